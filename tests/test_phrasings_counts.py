"""Phrasings of model counts and award counts (issue 7, classes 3 and 7): each rule's shape in invented sentences.

Every sentence here is written for the test; none is taken from an article.
"""

from __future__ import annotations

import pytest


def _fields(facts) -> dict[int, str | None]:
    return {m.count: m.field for m in facts["model_counts"]}


# --- breakdowns: each count takes the field phrase that belongs to it -----------------------------------------
@pytest.mark.parametrize("text, expected", [
    # field after the count, the preposition varying from item to item
    ("Năm 2023, huyện Krông Pắc có 120 mô hình ở lĩnh vực kinh tế; 85 mô hình ở lĩnh vực văn hoá, xã hội; 40 mô "
     "hình về quốc phòng - an ninh và 30 mô hình trên lĩnh vực xây dựng hệ thống chính trị.",
     {120: "kinh_te", 85: "van_hoa_xa_hoi", 40: "quoc_phong_an_ninh", 30: "xay_dung_he_thong_chinh_tri"}),
    ("Toàn thị xã Ba Đồn hiện có 64 mô hình thuộc lĩnh vực kinh tế, 37 mô hình trong lĩnh vực văn hóa - xã hội, "
     "19 mô hình về an ninh, trật tự và 8 mô hình ở lĩnh vực xây dựng Đảng.",
     {64: "kinh_te", 37: "van_hoa_xa_hoi", 19: "quoc_phong_an_ninh", 8: "xay_dung_he_thong_chinh_tri"}),
    ("Các đoàn thể xã Phước Hưng đăng ký 12 mô hình kinh tế, 9 mô hình văn hóa - xã hội và 5 mô hình quốc "
     "phòng - an ninh.",
     {12: "kinh_te", 9: "van_hoa_xa_hoi", 5: "quoc_phong_an_ninh"}),
    # a count of the list without a field of its own does not take its neighbour's
    ("Huyện Đak Đoa có 210 mô hình trên lĩnh vực kinh tế và 75 mô hình khác được duy trì.",
     {210: "kinh_te", 75: None}),
    # field first, with or without "lĩnh vực", "có", a colon
    ("Toàn tỉnh xây dựng 500 mô hình, trong đó lĩnh vực kinh tế 200 mô hình, lĩnh vực văn hóa - xã hội 150 mô "
     "hình, lĩnh vực quốc phòng - an ninh 100 mô hình và lĩnh vực xây dựng hệ thống chính trị 50 mô hình.",
     {500: None, 200: "kinh_te", 150: "van_hoa_xa_hoi", 100: "quoc_phong_an_ninh",
      50: "xay_dung_he_thong_chinh_tri"}),
    ("Quận Ngũ Hành Sơn có 96 mô hình, gồm: kinh tế có 41 mô hình; văn hóa - xã hội có 33 mô hình; quốc phòng - "
     "an ninh có 22 mô hình.",
     {96: None, 41: "kinh_te", 33: "van_hoa_xa_hoi", 22: "quoc_phong_an_ninh"}),
    ("Năm 2024, huyện Tuy Phước công nhận 77 mô hình: về kinh tế 30 mô hình, về văn hóa - xã hội 27 mô hình và "
     "về an ninh - quốc phòng 20 mô hình.",
     {77: None, 30: "kinh_te", 27: "van_hoa_xa_hoi", 20: "quoc_phong_an_ninh"}),
])
def test_each_count_takes_its_own_field(facts_of, text, expected):
    assert _fields(facts_of("Hội nghị tổng kết.\n\n" + text)) == expected


@pytest.mark.parametrize("text, count", [
    ("Trong 20 mô hình tiêu biểu được chọn, ở lĩnh vực kinh tế có mô hình nuôi bò vỗ béo của Hội Nông dân.", 20),
    ("Có 132 mô hình đạt hiệu quả cao, hỗ trợ nhân dân phát triển kinh tế, giữ gìn an ninh trật tự.", 132),
    ("Huyện đã xây dựng 48 mô hình “Dân vận khéo trong xây dựng nông thôn mới” trên địa bàn.", 48),
    ("Trong số 315 mô hình đã đăng ký, trên lĩnh vực quốc phòng - an ninh, nổi bật là mô hình “Camera an ninh”.",
     315),
])
def test_a_field_of_an_example_or_a_verb_is_not_the_counts(facts_of, text, count):
    """A field phrase after a clause break belongs to the example that follows; "phát triển kinh tế" as an
    object of a verb and a quoted movement name are no field phrases."""
    assert _fields(facts_of("Hội nghị sơ kết.\n\nNăm 2022, " + text[0].lower() + text[1:]))[count] is None


@pytest.mark.parametrize("text, whole, parts", [
    ("Năm 2024, huyện Tuy Phước công nhận 77 mô hình: về kinh tế 30 mô hình, về văn hóa - xã hội 27 mô hình.",
     77, (30, 27)),
    ("Năm 2023, toàn huyện xây dựng 96 mô hình, cụ thể: cấp huyện 12 mô hình, cấp xã 84 mô hình.", 96, (12, 84)),
    ("Đến nay, phường Tân Phong có 58 điển hình: lĩnh vực kinh tế 25 điển hình, lĩnh vực an ninh trật tự 33 điển "
     "hình.", 58, (25, 33)),
])
def test_a_breakdown_after_a_colon_points_at_its_whole(facts_of, text, whole, parts):
    found = {m.count: m for m in facts_of("Hội nghị tổng kết.\n\n" + text)["model_counts"]}
    assert found[whole].part_of is None
    assert [found[n].part_of for n in parts] == [found[whole].fact_id] * len(parts)
    assert {found[n].action for n in parts} == {found[whole].action}
