"""Exact facts extracted from the seed articles shipped in corpus/ (real articles, full pipeline)."""

from __future__ import annotations

import pytest

from pipeline.ingest import read_inputs
from pipeline.orchestrate import process_document
from tests.conftest import CORPUS


def facts(name: str) -> dict[str, list]:
    (raw,) = list(read_inputs([CORPUS / f"{name}.txt"]))
    processed = process_document(raw)
    assert processed.error is None
    return processed.result.facts


@pytest.fixture(scope="module")
def huong_son():
    return facts("seed_001")


def test_huong_son_model_counts_by_field(huong_son):
    counts = {(m.count, m.field): m for m in huong_son["model_counts"]}
    assert set(counts) == {(839, None), (257, "kinh_te"), (434, "van_hoa_xa_hoi"), (78, "quoc_phong_an_ninh")}
    total = counts[(839, None)]
    assert (total.kind, total.action, total.unit) == ("mo_hinh_dien_hinh", "xay_dung", "huyện Hương Sơn")
    assert (total.period_start, total.period_end) == (2019, 2024)
    assert counts[(78, "quoc_phong_an_ninh")].kind == "mo_hinh_dien_hinh"


def test_huong_son_headline_count_is_not_a_fact(huong_son):
    # "Hương Sơn biểu dương 19 mô hình" is the headline; the body has 19 collectives, not 19 models.
    assert 19 not in {m.count for m in huong_son["model_counts"]}


def test_huong_son_award_and_event(huong_son):
    (award,) = huong_son["award_counts"]
    assert (award.count, award.recipient, award.award) == (19, "tap_the", "giay_khen")
    (event,) = huong_son["events"]
    assert (event.kind, event.event_month, event.event_day, event.attendees) == ("bieu_duong", 10, 15, 200)
    # no year in the date and no publication date: the year of the phase it reviews (2019-2024), held in October
    assert event.event_year == 2024
    assert (event.unit, event.province) == ("huyện Hương Sơn", "Hà Tĩnh")


def test_huong_son_officials_fix_casing(huong_son):
    officials = {o.name: o for o in huong_son["officials"]}
    assert officials["Bùi Nhân Sâm"].title == "Bí thư Huyện ủy Hương Sơn"
    assert officials["Bùi Nhân Sâm"].unit == "huyện Hương Sơn"
    assert officials["Nguyễn Xuân Cảnh"].title == "Bí thư Đảng ủy xã Quang Diệm"
    assert len(officials) == 2


def test_huong_son_outcomes_and_teasers(huong_son):
    outcomes = {(o.value, o.unit) for o in huong_son["outcomes"]}
    assert outcomes == {(964, "nha"), (50_800_000_000, "dong"), (47_883, "suat_qua")}
    # "Đọc thêm" teasers name Bí thư Tỉnh ủy Nguyễn Duy Lâm: never an official of this article.
    assert all("Lâm" not in o.name for o in huong_son["officials"])


def test_son_tien_attribution_to_commune():
    found = facts("seed_000")
    counts = {m.count: m for m in found["model_counts"]}
    assert counts[23].unit == counts[6].unit == "xã Sơn Tiến"
    assert counts[6].level == "cap_huyen"
    assert {(a.count, a.recipient, a.issuer) for a in found["award_counts"]} == {
        (4, "tap_the", "Đảng ủy xã Sơn Tiến"), (5, "ca_nhan", "Đảng ủy xã Sơn Tiến")}
    (event,) = found["events"]
    assert str(event.event_date) == "2024-05-17"  # not 25/3/2024, the date of "Kế hoạch số 104"
    outcomes = {(o.value, o.unit, o.approx) for o in found["outcomes"]}
    assert (300_000_000_000, "dong", "at_least") in outcomes
    assert (44_400_000, "dong_per_nguoi_nam", "exact") in outcomes
    # site furniture: "Thống kê: 161.145", "Online: 7" must not yield anything
    assert 161145 not in {o.value for o in found["outcomes"]}


def test_thoai_son_first_named_award_and_comrades():
    found = facts("seed_002")
    awards = {(a.count, a.recipient): a for a in found["award_counts"]}
    assert set(awards) == {(3, "dong_chi"), (19, "tap_the"), (7, "ca_nhan")}
    assert awards[(3, "dong_chi")].award == "ky_niem_chuong"
    assert awards[(19, "tap_the")].award == "bieu_duong"
    assert awards[(7, "ca_nhan")].issuer == "UBND huyện Thoại Sơn"
    (model,) = found["model_counts"]
    assert (model.count, model.action, model.period_start, model.period_end) == (1240, "dang_ky", 2021, 2023)
    (event,) = found["events"]
    assert str(event.event_date) == "2023-12-07"  # year from the page dateline "07/12/2023 - 17:36"


def test_kim_son_breakdown_inherits_registration():
    found = facts("seed_003")
    by_field = {m.field: m for m in found["model_counts"] if m.count in (26, 85) or m.field}
    assert by_field["kinh_te"].count == 26 and by_field["kinh_te"].action == "dang_ky"
    assert (by_field["van_hoa_xa_hoi"].period_start, by_field["van_hoa_xa_hoi"].period_end) == (2016, 2020)
    recognised = [m for m in found["model_counts"] if m.count == 15]
    assert recognised[0].action == "cong_nhan" and recognised[0].kind == "mo_hinh_dien_hinh"
    assert 27 not in {m.count for m in found["model_counts"]}  # "27/27 Đảng ủy" is a ratio
    officials = {o.name: o.title for o in found["officials"]}
    assert officials["Đinh Thị Phượng"] == "TUV, Bí thư Tỉnh Đoàn"


def test_cam_xuyen_coordinated_counts():
    found = facts("seed_004")
    counts = {m.count: m for m in found["model_counts"]}
    assert counts[31].kind == "dien_hinh_tien_tien" and counts[31].action == "bieu_duong"
    assert counts[23].action == "bieu_duong" and (counts[23].period_start, counts[23].period_end) == (2018, 2023)
    assert counts[381].action is None  # "phát hiện, bồi dưỡng, nhân rộng": first verb is not an action
    # the parts of 381 exemplars "phát hiện" are not awards
    assert {(a.count, a.recipient, a.approx) for a in found["award_counts"]} == {(300, "mixed", "at_least")}
