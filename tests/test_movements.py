"""Movement codes and the per-article decision whether an article reports an emulation movement at all."""

from __future__ import annotations

import pytest

from extractors.movements import movement_code


@pytest.mark.parametrize("name, code", [
    ("Dân vận khéo", "dan_van_kheo"),
    ("phong trào thi đua Dân vận khéo", "dan_van_kheo"),  # unquoted: not thi đua yêu nước
    ("thi đua “Dân vận khéo” giai đoạn 2021-2025", "dan_van_kheo"),
    ("thi đua yêu nước", "thi_dua_yeu_nuoc"),
    ("Toàn dân đoàn kết xây dựng đời sống văn hóa", "toan_dan_doan_ket"),
    ("Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "toan_dan_doan_ket"),
    ("Vì người nghèo", "vi_nguoi_ngheo"),
    ("Toàn dân bảo vệ an ninh Tổ quốc", "bao_ve_an_ninh_to_quoc"),
    ("Cả nước chung sức xây dựng nông thôn mới", "nong_thon_moi"),
    ("công tác dân vận", "cong_tac_dan_van"),
    ("Tuổi trẻ sáng tạo", "khac"),
    (None, None),
])
def test_movement_codes(name, code):
    assert movement_code(name) == code


def test_event_carries_the_movement_code(facts_of):
    f = facts_of("Sáng 12/10/2024, Huyện ủy Hương Sơn tổ chức hội nghị tổng kết phong trào thi đua Dân vận khéo "
                 "giai đoạn 2019-2024.")
    (event,) = f["events"]
    assert (event.kind, event.movement_code) == ("tong_ket", "dan_van_kheo")


@pytest.mark.parametrize("text", [
    # a flood visit: money, households and gift packages that are relief, not a movement's outcomes
    "Chiều 12/9, Chủ tịch UBND tỉnh Nguyễn Văn A đến thăm, tặng 200 suất quà cho người dân vùng lũ xã Tân Lập. "
    "Mưa lũ đã làm 35 ngôi nhà bị sập, 120 hộ phải di dời khẩn cấp, thiệt hại ước tính 15 tỷ đồng.",
    # a groundbreaking
    "Sáng 3/4, UBND huyện Bát Xát khởi công xây dựng trường học với tổng vốn đầu tư 45 tỷ đồng, quy mô 1.200 m2.",
    # a council session
    "Kỳ họp thứ 10 HĐND tỉnh khóa XVIII đã thông qua 25 nghị quyết, trong đó dự toán thu ngân sách 12.000 tỷ đồng.",
])
def test_articles_about_no_movement_yield_no_movement_facts(facts_of, text):
    f = facts_of(text)
    assert not f["outcomes"] and not f["model_counts"] and not f["award_counts"] and not f["events"]


def test_article_record_carries_its_movement(store):
    from pipeline import orchestrate
    from pipeline.ingest import RawDocument

    text = ("Huyện ủy Kim Sơn sơ kết phong trào thi đua Dân vận khéo\n\nSáng 30/7/2018, Ban Chỉ đạo phong trào "
            "thi đua Dân vận khéo huyện Kim Sơn tổ chức hội nghị sơ kết. Toàn huyện xây dựng 122 mô hình.")
    processed = orchestrate.process_document(RawDocument("a.txt", "text", text, {}, "sha"))
    article = processed.result.article
    assert (article.movement_code, article.about_movement) == ("dan_van_kheo", True)
    relief = orchestrate.process_document(RawDocument("b.txt", "text", "Lũ quét làm 12 ngôi nhà bị cuốn trôi ở xã "
                                                     "Nậm Pung; 40 hộ phải sơ tán.", {}, "sha2"))
    assert (relief.result.article.movement_code, relief.result.article.about_movement) == (None, False)
