"""Outcomes: each class of issue 7 (failure class 6) with phrasings other than the one that prompted it.

Every text names a movement, so the per-article gate (articles about no movement yield no outcomes) lets them
through; `test_articles_about_no_movement_yield_no_outcomes` checks the gate itself.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.numbers import parse_decimal, parse_number, trailing_decimal


def outcomes(facts) -> list[tuple[float, str]]:
    return sorted((o.value, o.unit) for o in facts["outcomes"])


# --- money is exact ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("written, value", [
    ("8,3 tỷ đồng", 8_300_000_000), ("50,8 tỷ đồng", 50_800_000_000), ("1,25 triệu đồng", 1_250_000),
    ("102 tỷ 140 triệu đồng", 102_140_000_000), ("2,575 tỷ đồng", 2_575_000_000), ("0,3 tỷ đồng", 300_000_000),
    ("1.100 tỷ đồng", 1_100_000_000_000), ("4,35 nghìn tỷ đồng", 4_350_000_000_000),
])
def test_money_is_the_exact_integer(facts_of, written, value):
    f = facts_of(f"Qua phong trào thi đua, Nhân dân trong huyện đã đóng góp {written}.")
    [outcome] = f["outcomes"]
    assert outcome.unit == "dong" and outcome.value == value and outcome.value == float(Decimal(value))


@pytest.mark.parametrize("written, value", [("0,5 ha", 5_000), ("1ha", 10_000), ("2,75 ha", 27_500),
                                            ("9.600m2", 9_600), ("1,2 triệu m2", 1_200_000)])
def test_areas_in_square_metres(facts_of, written, value):
    f = facts_of(f"Hưởng ứng phong trào, bà con đã hiến {written} đất làm đường.")
    assert outcomes(f) == [(value, "m2")]


def test_numbers_parse_exactly():
    assert parse_decimal("8,3") == Decimal("8.3") and parse_decimal("1.387") == 1387
    assert parse_decimal("2,575") * 10**9 == 2_575_000_000
    assert parse_number("06") == 6.0 and parse_decimal("hai mươi lăm") == 25
    assert trailing_decimal("hơn 102") == 102 and trailing_decimal("khoảng 12,5") == Decimal("12.5")
    assert parse_decimal("1.2.3") is None and trailing_decimal("đồng") is None


# --- lists of results after one verb of mobilising ---------------------------------------------------------------
def test_list_of_results_with_compound_amount_and_elided_noun(facts_of):
    # compound amount "A tỷ B triệu", a house noun elided after "căn", pupils helped, gift packages
    f = facts_of("Qua phong trào, Ủy ban MTTQ huyện đã vận động được 12 tỷ 500 triệu đồng để xây mới 215 căn nhà "
                 "Đại đoàn kết, sửa chữa 64 căn, hỗ trợ 3.250 học sinh nghèo, trao 8.400 phần quà cho hộ khó khăn.")
    assert outcomes(f) == [(64, "nha"), (215, "nha"), (3250, "nguoi"), (8400, "suat_qua"),
                           (12_500_000_000, "dong")]


@pytest.mark.parametrize("text, expected", [
    ("Thực hiện phong trào thi đua, các cấp Hội đã vận động hơn 3 tỷ 200 triệu đồng giúp hội viên nghèo.",
     [(3_200_000_000, "dong", "at_least")]),
    ("Phong trào “Dân vận khéo” của xã: quỹ khuyến học vận động 1 tỷ 250 triệu 500 nghìn đồng.",
     [(1_250_500_000, "dong", "exact")]),
    ("Phong trào thi đua Dân vận khéo: huyện vận động gần 3 tỷ 50 triệu đồng, xây 18 căn.",
     [(18, "nha", "exact"), (3_050_000_000, "dong", "approx")]),
])
def test_compound_amounts(facts_of, text, expected):
    assert sorted((o.value, o.unit, o.approx) for o in facts_of(text)["outcomes"]) == expected


def test_people_nouns_helped_or_taking_part(facts_of):
    f = facts_of("Phong trào thi đua: các đoàn thể giới thiệu việc làm cho 650 lao động, cảm hóa 120 đối tượng, "
                 "hỗ trợ 35 hộ viên khó khăn, tặng quà 80 sinh viên.")
    assert outcomes(f) == [(35, "nguoi"), (80, "nguoi"), (120, "nguoi"), (650, "nguoi")]
    f = facts_of("Hội thi Dân vận khéo có 12 đội với 86 thí sinh tham gia; hội thi thu hút hơn 2.000 người dân "
                 "đến cổ vũ.")
    assert outcomes(f) == [(86, "nguoi"), (2000, "nguoi")]
    f = facts_of("Giao lưu Dân vận khéo năm 2024 có 9 đội thi với 54 cá nhân tranh tài sôi nổi.")
    assert outcomes(f) == [(54, "nguoi")]


def test_amounts_in_parentheses_after_named_models(facts_of):
    f = facts_of("Tiêu biểu như mô hình “Bếp ăn yêu thương” của phong trào Dân vận khéo (45 triệu đồng); mô hình "
                 "“Tủ sách cộng đồng” (12,5 triệu đồng); mô hình tặng xe đạp cho học sinh nghèo (86 triệu đồng).")
    assert outcomes(f) == [(12_500_000, "dong"), (45_000_000, "dong"), (86_000_000, "dong")]


def test_members_of_a_group_formed_by_the_movement(facts_of):
    f = facts_of("Phong trào Dân vận khéo: Hội Nông dân xã có 1.500 hội viên. Hội đã thành lập 3 tổ hợp tác với "
                 "45 thành viên và kết nạp 120 hội viên mới.")
    assert outcomes(f) == [(45, "thanh_vien"), (120, "thanh_vien")]
    f = facts_of("Từ phong trào thi đua, Câu lạc bộ Dưỡng sinh của phường hiện có 64 thành viên.")
    assert outcomes(f) == [(64, "thanh_vien")]
    f = facts_of("Phong trào thi đua: Đoàn Thanh niên xã hiện có 320 đoàn viên, sinh hoạt tại 8 chi đoàn.")
    assert outcomes(f) == []


def test_households_with_a_title_en_masse_are_outcomes(facts_of):
    f = facts_of("Qua phong trào thi đua, có 4.000 hộ đạt danh hiệu hộ sản xuất kinh doanh giỏi và 12.500 hộ gia "
                 "đình được công nhận gia đình văn hóa.")
    assert outcomes(f) == [(4000, "ho"), (12500, "ho")] and f["award_counts"] == []
    f = facts_of("Phong trào Toàn dân đoàn kết: năm 2024, 18.240 gia đình đạt danh hiệu gia đình văn hóa.")
    assert outcomes(f) == [(18240, "ho")] and f["award_counts"] == []
    f = facts_of("Dịp này, UBND xã tặng Giấy khen cho 12 hộ gia đình tiêu biểu trong phong trào hiến đất.")
    assert outcomes(f) == [] and [(a.count, a.recipient) for a in f["award_counts"]] == [(12, "ho_gia_dinh")]


# --- what is not an outcome ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Phong trào thi đua: năm 2025, huyện phấn đấu vận động 2 tỷ đồng, xây dựng 50 nhà Đại đoàn kết.",
    "Theo kế hoạch, phong trào sẽ hỗ trợ 300 hộ nghèo và trao 1.000 suất quà dịp Tết.",
    "Phong trào thi đua Dân vận khéo: chỉ tiêu năm 2024 là xây dựng 40 căn nhà cho hộ nghèo.",
    "Phong trào nông thôn mới của xã đặt mục tiêu hiến 5.000 m2 đất, làm mới 3 km đường trong năm tới.",
])
def test_targets_and_plans_are_no_outcomes(facts_of, text):
    assert facts_of(text)["outcomes"] == []


def test_a_completed_action_after_a_plan_is_a_result(facts_of):
    f = facts_of("Thực hiện kế hoạch của Ban Chỉ đạo phong trào, đến nay toàn huyện đã xây dựng 85 căn nhà Đại đoàn "
                 "kết.")
    assert outcomes(f) == [(85, "nha")]
    f = facts_of("Phong trào thi đua: từ nguồn vốn Chương trình mục tiêu quốc gia và xã hội hóa, huyện đã hỗ trợ xây "
                 "mới 120 nhà cho hộ nghèo.")
    assert outcomes(f) == [(120, "nha")]
    f = facts_of("Phong trào nhằm giúp đỡ hộ nghèo vươn lên; qua đó đã hỗ trợ 50 hộ thoát nghèo.")
    assert outcomes(f) == [(50, "ho")]


@pytest.mark.parametrize("text, expected", [
    ("Trong phong trào, huyện trao 500 suất quà, mỗi suất quà trị giá 300 nghìn đồng.", [(500, "suat_qua")]),
    ("Phong trào đã xây 30 căn nhà, mỗi căn trị giá 60 triệu đồng; hỗ trợ mỗi hộ 5 triệu đồng.", [(30, "nha")]),
    ("Phong trào Dân vận khéo: mỗi hộ nghèo được hỗ trợ 2 triệu đồng; bình quân mỗi căn nhà có giá trị 55 triệu "
     "đồng.", []),
    ("Phong trào thi đua: mỗi năm Hội trao 200 suất quà cho hội viên nghèo.", [(200, "suat_qua")]),
])
def test_values_per_item_are_no_outcomes(facts_of, text, expected):
    assert outcomes(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Phong trào thi đua yêu nước: xã có dân số trên 12.000 người, diện tích tự nhiên 3.500 ha.", []),
    ("Làng Kon Hring có 186 hộ với 812 nhân khẩu; qua phong trào, 64 hộ đã hiến đất làm đường.", [(64, "ho")]),
    ("Phong trào Dân vận khéo: huyện hiện có 1.340 hộ nghèo, chiếm 4,2% tổng số hộ; năm qua có 215 hộ thoát nghèo.",
     [(215, "ho")]),
    ("Khu phố 3 hiện có 540 hộ với 2.160 nhân khẩu; phong trào hiến đất đã giúp mở rộng 1,2 km đường.",
     [(1.2, "km")]),
])
def test_background_statistics_are_no_outcomes(facts_of, text, expected):
    assert outcomes(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Phong trào Dân vận khéo thu hút 12.000 lượt người tham gia và 3.400 lượt hộ được thăm hỏi.", []),
    ("Phong trào Vì người nghèo trao 300 suất học bổng, tổng trị giá 450 triệu đồng.", [(450_000_000, "dong")]),
    ("Phong trào thi đua: các cấp Hội khám bệnh cho 2.500 lượt người và tặng 140 suất học bổng.", []),
])
def test_person_times_and_scholarships(facts_of, text, expected):
    assert outcomes(facts_of(text)) == expected


def test_articles_about_no_movement_yield_no_outcomes(facts_of):
    flood = ("Chiều 12/10, đoàn công tác của tỉnh đến thăm, tặng quà người dân vùng lũ xã Hương Lâm. Đoàn đã trao "
             "350 suất quà, mỗi suất trị giá 500 nghìn đồng, và hỗ trợ 20 triệu đồng cho 4 hộ có nhà bị sập.")
    landslide = ("Sạt lở đất tại huyện Nam Trà My làm 3 căn nhà bị vùi lấp, 12 hộ phải di dời khẩn cấp; thiệt hại "
                 "ước tính 4,5 tỷ đồng.")
    groundbreaking = ("Sáng 5/9, UBND tỉnh khởi công dự án đường ven biển dài 12 km, tổng mức đầu tư 1.250 tỷ đồng, "
                      "giải phóng mặt bằng 45 ha.")
    council = ("Kỳ họp thứ 8 HĐND huyện Cẩm Xuyên khóa XX thông qua 12 nghị quyết, trong đó phân bổ 86 tỷ đồng vốn "
               "đầu tư công năm 2025 cho 240 hộ tái định cư.")
    for text in (flood, landslide, groundbreaking, council):
        f = facts_of(text)
        assert f["outcomes"] == [] and f["model_counts"] == [] and f["award_counts"] == [], text


def test_store_check_reads_compound_amounts_and_attached_units():
    from pipeline.check import _numbers_in

    assert 102_140_000_000 in _numbers_in("102 tỷ 140 triệu đồng")
    assert 1_250_500_000 in _numbers_in("1 tỷ 250 triệu 500 nghìn đồng")
    assert 10_000 in _numbers_in("hơn 1ha") and 9_600 in _numbers_in("9.600m2") and 3.5 in _numbers_in("3,5km")
    assert 2_140_000_000 not in _numbers_in("2 tỷ, 140 triệu đồng")  # two amounts, not one
