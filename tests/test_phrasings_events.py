"""Event phrasings: dates, kinds, several events, units. Every sentence here is invented for the test."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.periods import DateMention, resolve_year
from pipeline.urldates import url_date
from schemas import SegmentedArticle


def _day_month(day: int, month: int) -> DateMention:
    return DateMention(None, month, day, 0, 5, f"{day}/{month}", False)


# --- reference date and its precision (class: a day-month date resolved against a reference) -----------------
@pytest.mark.parametrize(("published", "when", "year"), [
    ("2023-12", (13, 12), 2023),   # same month as a month-only reference: that year, not the one before
    ("2024-01", (3, 1), 2024),
    ("2024-01", (28, 12), 2023),   # a later month than a month-only reference: the year before
    ("2019-10", (31, 10), 2019),
    ("2022", (5, 11), 2022),       # a year-only reference: that year
])
def test_day_month_resolved_against_a_month_only_published(facts_of, published, when, year):
    day, month = when
    text = (f"Sáng {day}/{month}, Ban Dân vận Huyện ủy Cam Lộ tổ chức hội nghị tổng kết công tác dân vận và phong "
            "trào thi đua “Dân vận khéo”.\nHội nghị đã biểu dương 12 tập thể.")
    (event,) = facts_of(text, published=published)["events"]
    assert (event.event_year, event.event_month, event.event_day) == (year, month, day)


def test_resolve_year_by_precision():
    assert resolve_year(_day_month(13, 12), date(2023, 12, 1), "month") == 2023
    assert resolve_year(_day_month(6, 12), date(2023, 12, 1), "day") == 2023  # 5 days ahead: announced
    assert resolve_year(_day_month(20, 12), date(2023, 12, 1), "day") == 2022  # weeks ahead: the year before
    assert resolve_year(_day_month(18, 10), date(2025, 10, 17), "day") == 2025  # announced a day ahead
    assert resolve_year(_day_month(3, 1), date(2024, 12, 30), "day") == 2024
    assert resolve_year(_day_month(29, 2), date(2023, 5, 1), "day") == 2023
    assert resolve_year(DateMention(2019, 6, 9, 0, 5, "9/6/2019", False), date(2024, 1, 1), "day") == 2019


@pytest.mark.parametrize(("url", "expected"), [
    ("https://baoexample.vn/chinh-tri/202010/tien-giang-tuyen-duong-910557/", (date(2020, 10, 1), "month")),
    ("https://tinhuy.example.gov.vn/channel/3482/201705/doan-dbqh-5532209", (date(2017, 5, 1), "month")),
    ("https://news.example.vn/thoi-su/tuyen-duong-dan-van-kheo-20251023091007011.htm", (date(2025, 10, 23), "day")),
    ("https://portal.example.vn/pages/2023-10-10/Tinh-hinh-thuc-hien.aspx", (date(2023, 10, 10), "day")),
    ("https://portal.example.vn/2021/03/07/hoi-nghi-so-ket/", (date(2021, 3, 7), "day")),
    # ids and slugs that merely hold digits are no dates
    ("https://baoexample.vn/hoi-an-co-hon-500-mo-hinh-3142753.html", (None, None)),
    ("https://tv.example.vn/print/tong-ket-nam-2023-180240126224239069.htm", (None, None)),
    ("https://tv.example.vn/giai-doan-2021-2025-10308127.html", (None, None)),
    ("https://example.vn/chinh-tri/202013/khong-phai-thang/", (None, None)),
    ("https://example.vn/tin-20251399091007011.htm", (None, None)),
    (None, (None, None)),
])
def test_url_dates(url, expected):
    assert url_date(url) == expected


def test_url_date_resolves_a_day_month_when_metadata_has_none(facts_of):
    text = ("Ngày 8-10, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức hội nghị biểu dương điển hình “Dân vận khéo” giai "
            "đoạn 2015 - 2020.\nHội nghị biểu dương 40 tập thể và 52 cá nhân.")
    (event,) = facts_of(text, url="https://baoexample.vn/chinh-tri/202010/soc-trang-bieu-duong-910557/")["events"]
    assert str(event.event_date) == "2020-10-08"
    undated = text.replace(" giai đoạn 2015 - 2020", "")
    (event,) = facts_of(undated, url="https://baoexample.vn/bieu-duong-dien-hinh-910557.html")["events"]
    assert (event.event_year, event.event_month, event.event_day) == (None, 10, 8)


def test_reference_prefers_a_day_precise_date_within_the_published_month():
    def doc(**kwargs):
        return SegmentedArticle("a", "x", (), **kwargs)

    assert doc(published=date(2023, 12, 1), published_precision="month", url_date=date(2023, 12, 9),
               url_date_precision="day").reference == (date(2023, 12, 9), "day")
    # a header widget showing another month disagrees with the metadata: the metadata month wins
    assert doc(published=date(2023, 12, 1), published_precision="month",
               dateline=date(2025, 3, 2)).reference == (date(2023, 12, 1), "month")
    assert doc(url_date=date(2020, 10, 1), url_date_precision="month").reference == (date(2020, 10, 1), "month")
    assert doc(published=date(2024, 5, 6), published_precision="day",
               dateline=date(2024, 5, 7)).reference == (date(2024, 5, 6), "day")


# --- dates written in other shapes (class: the event's own date) ------------------------------------------------
@pytest.mark.parametrize(("lede", "published", "expected"), [
    # "Chiều nay 3/1", "sáng nay (3/1)", "tối qua 5/6": a time of day with "nay"/"qua"
    ("Chiều nay 3/1, Ban Dân vận Thị ủy Hương Thủy tổ chức hội nghị tổng kết công tác dân vận năm 2023.",
     "2024-01-03", "2024-01-03"),
    ("Sáng nay (21/12), Huyện ủy Krông Búk tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo”.",
     "2023-12-21", "2023-12-21"),
    ("Tối qua 5/6, Đoàn Thanh niên xã Đồng Xuân tổ chức chương trình giao lưu điển hình “Dân vận khéo”.",
     "2024-06-06", "2024-06-05"),
    # several days: the first
    ("Trong 2 ngày 21-22/9, Ban Dân vận Tỉnh ủy Kon Tum tổ chức Hội thi “Dân vận khéo” năm 2023.",
     "2023-09-23", "2023-09-21"),
    ("Hội thi “Dân vận khéo” tỉnh Trà Vinh (10 và 11/8) đã diễn ra tại Nhà văn hóa tỉnh.", "2024-08-12",
     "2024-08-10"),
    ("Từ ngày 8 đến 9/11, Ban Dân vận Huyện ủy Mường Tè tổ chức hội thi “Dân vận khéo”.", "2022-11-10",
     "2022-11-08"),
    # dotted and dashed dates
    ("Ngày 05.11.2022, Huyện ủy Đức Trọng tổ chức hội nghị sơ kết phong trào thi đua “Dân vận khéo”.", None,
     "2022-11-05"),
    ("Sáng 17-10, Đảng ủy xã Tân Minh tổ chức hội nghị biểu dương điển hình “Dân vận khéo”.", "2025-10-18",
     "2025-10-17"),
])
def test_event_dates_in_other_shapes(facts_of, lede, published, expected):
    (event,) = facts_of(lede + "\nHội nghị đã tặng Giấy khen cho 10 tập thể.", published=published)["events"]
    assert str(event.event_date) == expected


@pytest.mark.parametrize("lede", [
    "Nhân kỷ niệm 95 năm Ngày truyền thống công tác dân vận 15/10/1930 - 15/10/2025, Huyện ủy Ea Kar tổ chức "
    "hội nghị biểu dương điển hình “Dân vận khéo”.",
    "Hướng tới kỷ niệm 90 năm Ngày thành lập Mặt trận 18.11.1930-18.11.2020, Ủy ban MTTQ huyện Chư Sê tổ chức "
    "hội nghị biểu dương gia đình văn hóa.",
    "Kỷ niệm Ngày Dân vận cả nước (15/10), Ban Dân vận Thành ủy Pleiku tổ chức hội nghị tuyên dương điển hình.",
])
def test_anniversaries_and_observances_do_not_date_the_event(facts_of, lede):
    (event,) = facts_of(lede + "\nHội nghị đã tặng Giấy khen cho 10 tập thể.", published="2025-10-20")["events"]
    assert event.event_date is None and event.event_day is None


@pytest.mark.parametrize(("text", "expected"), [
    # the event named in a line of its own, dated in the lede after it
    ("Đại hội thi đua yêu nước huyện Tam Nông lần thứ V\nSáng ngày 12/8/2020, UBND huyện Tam Nông tổ chức Đại hội "
     "thi đua yêu nước lần thứ V.", "2020-08-12"),
    ("Hội nghị biểu dương gia đình văn hóa tiêu biểu huyện Phù Cát\n(BĐ) - Ngày 3-9-2019, Ban Chỉ đạo phong trào "
     "huyện tổ chức hội nghị biểu dương 120 gia đình văn hóa tiêu biểu.", "2019-09-03"),
    ("Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư thôn 5\nSáng 16/11/2023, tại thôn 5, xã Ea Tu, Ủy ban MTTQ "
     "xã tổ chức ngày hội đại đoàn kết.", "2023-11-16"),
])
def test_event_named_in_a_line_and_dated_in_the_next(facts_of, text, expected):
    events = facts_of("Your Website Title\n" + text + "\nDịp này, 12 tập thể được khen thưởng.")["events"]
    assert str(events[0].event_date) == expected


@pytest.mark.parametrize(("lede", "expected"), [
    # a review of year X held from July on: X; held January to March: X+1; April to June: unknown
    ("Ngày 28/12, Ban Dân vận Huyện ủy Phong Điền tổ chức hội nghị tổng kết công tác dân vận năm 2023.", 2023),
    ("Ngày 9/1, Ban Chỉ đạo tỉnh tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm 2019, triển "
     "khai nhiệm vụ năm 2020.", 2020),
    ("Sáng 12/3, Huyện ủy Cái Nước tổ chức hội nghị sơ kết phong trào “Dân vận khéo” giai đoạn 2021 - 2023.", 2024),
    ("Sáng 4/10, Huyện ủy Kỳ Anh tổ chức hội nghị sơ kết phong trào “Dân vận khéo” giai đoạn 2021 - 2023.", 2023),
    ("Sáng 20/5, Huyện ủy Can Lộc tổ chức hội nghị biểu dương điển hình “Dân vận khéo” năm 2023.", None),
    # a contest named with its year is held in that year, whatever the month
    ("Ngày 15/4, Ban Dân vận Tỉnh ủy Đắk Nông tổ chức Hội thi “Dân vận khéo” năm 2024.", 2024),
    ("Sáng 2/3, Ban Dân vận Thị ủy Ba Đồn tổ chức hội thi “Dân vận khéo” năm 2022.", 2022),
])
def test_year_from_the_events_own_name_without_a_reference(facts_of, lede, expected):
    (event,) = facts_of(lede + "\nHội nghị đã tặng Giấy khen cho 10 tập thể.")["events"]
    assert event.event_year == expected


@pytest.mark.parametrize(("lede", "expected"), [
    ("Trong dịp kỷ niệm 90 năm ngày thành lập Mặt trận (18/11/1930 - 18/11/2020), 420 khu dân cư của huyện Gò "
     "Công Tây tổ chức Ngày hội Đại đoàn kết toàn dân tộc.", (2020, 11)),
    ("Nhân dịp kỷ niệm 95 năm Ngày truyền thống công tác dân vận (15.10.1930-15.10.2025), Huyện ủy Lắk tổ chức "
     "hội nghị biểu dương điển hình “Dân vận khéo”.", (2025, 10)),
    ("Vào dịp kỷ niệm 93 năm Ngày truyền thống Hội Nông dân (14/10/1930 - 14/10/2023), Hội Nông dân huyện Krông "
     "Pắc tổ chức hội nghị tuyên dương nông dân sản xuất giỏi.", (2023, 10)),
])
def test_event_held_on_the_occasion_of_an_anniversary_takes_its_month(facts_of, lede, expected):
    (event,) = facts_of(lede + "\nDịp này, 20 tập thể được khen thưởng.")["events"]
    assert (event.event_year, event.event_month, event.event_day) == (*expected, None)


# --- what is an event (class: event detection) ----------------------------------------------------------------
@pytest.mark.parametrize(("lede", "kind"), [
    ("Sáng 23/10, Đảng ủy UBND tỉnh Gia Lai tổ chức chương trình tuyên dương điển hình “Dân vận khéo” 2025.",
     "bieu_duong"),
    ("Tối 14/10, Ban Dân vận Thành ủy Cần Thơ tổ chức chương trình tôn vinh các mô hình “Dân vận khéo”.",
     "bieu_duong"),
    ("Ngày 2/12, Huyện đoàn Sơn Tây tổ chức chương trình tổng kết phong trào thanh niên tình nguyện năm 2024.",
     "tong_ket"),
    # a gathering joined by "và" to a commendation takes the commendation's kind
    ("Ngày 17-10, Đảng ủy phường Tân Hưng tổ chức chương trình họp mặt kỷ niệm 95 năm Ngày truyền thống công tác "
     "dân vận của Đảng (15-10-1930 – 15-10-2025) và tuyên dương các điển hình “Dân vận khéo” năm 2025.",
     "bieu_duong"),
    ("Chiều 9/10, Hội Nông dân xã Kim Sơn tổ chức buổi gặp mặt kỷ niệm ngày thành lập Hội và vinh danh 30 hội "
     "viên điển hình.", "bieu_duong"),
])
def test_programmes_and_gatherings_of_commendation(facts_of, lede, kind):
    (event,) = facts_of(lede + "\nCó 25 tập thể được khen thưởng.", published="2025-10-25")["events"]
    assert event.kind == kind


def test_a_programme_that_is_no_gathering_is_no_event(facts_of):
    f = facts_of("Năm 2024, huyện Lắk thực hiện chương trình mục tiêu quốc gia, xây dựng 45 mô hình “Dân vận "
                 "khéo”.", published="2024-12-01")
    assert f["events"] == []


@pytest.mark.parametrize("lede", [
    "Sáng 20/1, tại thôn 3, xã Ea Tu, Ủy ban MTTQ tỉnh tổ chức lễ bàn giao nhà Đại đoàn kết cho hộ nghèo.",
    "Chiều 25/1, Ban Vận động quỹ “Vì người nghèo” huyện Krông Ana tổ chức lễ trao quà Tết cho 200 hộ nghèo.",
    "Ngày 12/12, Ủy ban MTTQ huyện Cư M'gar tổ chức lễ khánh thành và bàn giao 3 căn nhà Đại đoàn kết.",
    "Sáng 5/2, Hội Cựu chiến binh xã Đồng Xuân tổ chức buổi lễ trao tặng nhà tình nghĩa cho hội viên khó khăn, "
    "dịp này trao tặng Giấy khen cho 2 tập thể.",
])
def test_ceremonies_of_the_movement_are_hoi_nghi(facts_of, lede):
    (event,) = facts_of(lede + "\nCông trình do nhân dân đóng góp trong cuộc vận động “Toàn dân đoàn kết xây "
                        "dựng đời sống văn hóa”.", published="2025-02-10")["events"]
    assert event.kind == "hoi_nghi"


def test_groundbreaking_is_still_no_event(facts_of):
    f = facts_of("Sáng 20/1, Ủy ban MTTQ xã Ea Tu tổ chức lễ khởi công xây dựng nhà Đại đoàn kết cho hộ nghèo.",
                 published="2025-01-21")
    assert f["events"] == []


@pytest.mark.parametrize(("lede", "kinds"), [
    ("Ngày 10-10, Ban Vận động quỹ “Vì người nghèo” tỉnh tổ chức cuộc họp đánh giá kết quả hoạt động quỹ 9 tháng "
     "năm 2019.", ["hoi_nghi"]),
    ("Chiều 5/7, Ban Chỉ đạo phong trào “Dân vận khéo” huyện Lệ Thủy có buổi họp sơ kết 6 tháng đầu năm 2024.",
     ["so_ket"]),
    # working sessions that grade or select are no events (ANNOTATION.md "Working meetings")
    ("Sáng 3/9, Ban Chỉ đạo phong trào “Dân vận khéo” huyện Lệ Thủy tổ chức cuộc họp đánh giá, phân loại 48 mô "
     "hình năm 2024.", []),
    ("Ngày 12/6, Ban Thi đua huyện Lệ Thủy tổ chức phiên họp xét chọn các tập thể đề nghị khen thưởng.", []),
    ("Ngày 12/6, Ban Thường vụ Huyện ủy Lệ Thủy có cuộc họp với các xã về công tác dân vận.", []),
])
def test_meetings_that_review_results_are_events_and_working_sessions_are_not(facts_of, lede, kinds):
    assert [e.kind for e in facts_of(lede, published="2024-12-01")["events"]] == kinds


@pytest.mark.parametrize("lede", [
    "Hướng tới kỷ niệm 93 năm Ngày truyền thống công tác dân vận của Đảng, Ban Dân vận Tỉnh ủy Gia Lai đã tổ chức "
    "Hội thi “Dân vận khéo” năm 2023 tại Nhà văn hóa tỉnh.",
    "Chào mừng Đại hội Đảng bộ tỉnh, Huyện ủy Chư Păh tổ chức hội nghị biểu dương điển hình “Dân vận khéo”.",
    "Hướng về ngày truyền thống, sáng 14/10 Hội Nông dân tỉnh long trọng tổ chức hội nghị tuyên dương điển hình.",
])
def test_a_gathering_held_after_a_celebration_cue_is_reported(facts_of, lede):
    assert len(facts_of(lede, published="2023-10-20")["events"]) == 1


def test_a_celebrated_gathering_is_no_event(facts_of):
    f = facts_of("Các địa phương thi đua chào mừng Đại hội Thi đua yêu nước toàn quốc lần thứ XI.",
                 published="2025-10-01")
    assert f["events"] == []


@pytest.mark.parametrize("lede", [
    "Ngày 12/10/2023, Ban Dân vận Tỉnh ủy Gia Lai tổ chức Hội thi “Dân vận khéo” năm 2023.",
    "Sáng 15/8, Ban Dân vận Huyện ủy Tam Đảo tổ chức hội thi “Dân vận khéo” giai đoạn 2021 - 2025.",
    "Ngày 2/11, Đảng ủy phường Tân Hưng tổ chức Hội thi tìm hiểu về phong trào thi đua “Dân vận khéo” năm 2025.",
])
def test_contests_have_no_period(facts_of, lede):
    (event,) = facts_of(lede)["events"]
    assert (event.kind, event.period_start, event.period_end) == ("giao_luu", None, None)


# --- a digest: several events, each in a paragraph with its own date and organiser ------------------------------
def test_digest_paragraphs_each_report_their_own_event(facts_of):
    text = ("Ngày 17-10, Đảng ủy xã Kim Sơn tổ chức Hội nghị tuyên dương điển hình “Dân vận khéo” năm 2025.\n"
            "Năm 2025, xã Kim Sơn đã xây dựng 54 mô hình “Dân vận khéo”.\n"
            "* Ngày 16-10, Đảng ủy phường Tân Hưng tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” giai "
            "đoạn 2020 - 2025.\n"
            "Phường Tân Hưng có 120 mô hình.\n"
            "- Sáng 18/10, Ủy ban MTTQ xã Trung Hưng tổ chức buổi họp mặt kỷ niệm ngày truyền thống và biểu dương "
            "các điển hình “Dân vận khéo”.\n"
            "Tại hội nghị, 15 cá nhân được tặng Giấy khen.")
    events = facts_of(text, published="2025-10-19")["events"]
    assert [(e.kind, str(e.event_date), e.unit) for e in events] == [
        ("bieu_duong", "2025-10-17", "xã Kim Sơn"),
        ("tong_ket", "2025-10-16", "phường Tân Hưng"),
        ("bieu_duong", "2025-10-18", "xã Trung Hưng"),
    ]


@pytest.mark.parametrize("later", [
    # the main event restated by its own organiser later on
    "Ngày 17-10, Đảng ủy xã Kim Sơn tổ chức hội nghị tuyên dương 20 tập thể.",
    # another unit's gathering only planned, or without its own date, or without an organiser
    "Ngày 25-10, Đảng ủy xã Trung Hưng sẽ tổ chức hội nghị tổng kết phong trào.",
    "Trước đó, Đảng ủy xã Trung Hưng cũng tổ chức hội nghị tổng kết phong trào “Dân vận khéo”.",
    "Ngày 16-10, tại hội trường, đã diễn ra hội nghị tổng kết phong trào “Dân vận khéo” của nhiều đơn vị.",
])
def test_paragraphs_that_are_no_digest_item_add_no_event(facts_of, later):
    text = ("Ngày 17-10, Đảng ủy xã Kim Sơn tổ chức Hội nghị tuyên dương điển hình “Dân vận khéo” năm 2025.\n"
            "Năm 2025, xã Kim Sơn đã xây dựng 54 mô hình “Dân vận khéo”.\n" + later)
    assert len(facts_of(text, published="2025-10-19")["events"]) == 1


# --- the event's unit (class: organisers naming their unit, headline prefixes) ---------------------------------
@pytest.mark.parametrize(("lede", "unit", "province"), [
    ("Ngày 17-10, Đảng ủy phường Tân Hưng (TPHCM) tổ chức hội nghị tuyên dương điển hình “Dân vận khéo”.",
     "phường Tân Hưng", "Hồ Chí Minh"),
    ("Sáng 20/10, Đảng ủy xã Đồng Xuân (Đắk Lắk) tổ chức hội nghị biểu dương điển hình “Dân vận khéo”.",
     "xã Đồng Xuân", "Đắk Lắk"),
    ("Chiều 22/10, Ban Dân vận Đảng ủy xã Trung Hưng, thành phố Cần Thơ tổ chức hội nghị tổng kết phong trào "
     "“Dân vận khéo”.", "xã Trung Hưng", "Cần Thơ"),
])
def test_organiser_naming_its_unit(facts_of, lede, unit, province):
    (event,) = facts_of(lede, published="2025-10-25")["events"]
    assert (event.unit, event.province) == (unit, province)


@pytest.mark.parametrize(("title", "body", "unit"), [
    ("Bình Phước: Sôi nổi Hội thi “Dân vận khéo” năm 2023",
     "Đến dự có lãnh đạo phường Hưng Long cùng 11 đội thi tham gia Hội thi.", "phường Hưng Long"),
    ("Đắk Lắk: Tưng bừng ngày hội đại đoàn kết toàn dân tộc",
     "Tham dự ngày hội có đồng chí Bí thư Đảng ủy xã Đồng Xuân và bà con thôn 3.", "xã Đồng Xuân"),
    ("Kon Tum: Hội nghị biểu dương điển hình “Dân vận khéo”",
     "Tham dự hội nghị có lãnh đạo Huyện ủy và các xã của huyện Đắk Hà.", "huyện Đắk Hà"),
])
def test_a_province_before_the_headlines_colon_is_not_the_events_unit(facts_of, title, body, unit):
    (event,) = facts_of(title + "\n" + body + "\nDịp này, 10 tập thể được khen thưởng.", title=title)["events"]
    assert event.unit == unit


@pytest.mark.parametrize(("lede", "unit"), [
    # a village's event takes its commune (ANNOTATION.md "Village events"); "Ban Công tác Mặt trận" after a
    # listed commune is an organisation, not the commune Ban Công of Thanh Hoá
    ("Sáng 16/11, tại ấp Phú Hòa, xã Tân Phú Đông, Ban Công tác Mặt trận ấp tổ chức ngày hội đại đoàn kết toàn "
     "dân tộc.", "xã Tân Phú Đông"),
    ("Ngày 12/11, Ban Công tác Mặt trận thôn Đông, xã Quảng Phú tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm "
     "2024.", "xã Quảng Phú"),
    ("Tối 15/11, khu dân cư khu phố 3, phường Hiệp Bình tổ chức Ngày hội đại đoàn kết toàn dân tộc.",
     "phường Hiệp Bình"),
    ("Sáng 11-11, lãnh đạo tỉnh dự ngày hội đại đoàn kết toàn dân tộc ở khu dân cư ấp Tân Lợi, xã Đồng Xuân.",
     "xã Đồng Xuân"),
])
def test_village_events_take_their_commune(facts_of, lede, unit):
    (event,) = facts_of(lede, published="2024-11-20")["events"]
    assert event.unit == unit


@pytest.mark.parametrize(("lede", "unit", "province"), [
    # units of the 2025 reorganisation: "Sài Gòn" names the city only at a province's level
    ("Ngày 17-10, Đảng ủy phường Sài Gòn tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” năm 2025.",
     "phường Sài Gòn", "Hồ Chí Minh"),
    ("Ngày 18-10, Đảng ủy xã Bình Hưng (TPHCM) tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” năm 2025.",
     "xã Bình Hưng", "Hồ Chí Minh"),
    ("Ngày 20-10, Đảng ủy phường Thủ Đức tổ chức hội nghị biểu dương điển hình “Dân vận khéo” năm 2025.",
     "phường Thủ Đức", "Hồ Chí Minh"),
    ("Ngày 21-10, Thành ủy TP Sài Gòn tổ chức hội nghị biểu dương điển hình “Dân vận khéo” năm 2025.",
     "thành phố Hồ Chí Minh", "Hồ Chí Minh"),
])
def test_organisers_of_2025_units(facts_of, lede, unit, province):
    (event,) = facts_of(lede, published="2025-11-20")["events"]
    assert (event.unit, event.province) == (unit, province)


# --- statistics of past gatherings and their examples are no event ------------------------------------------
@pytest.mark.parametrize("lede", [
    ("Từ năm 2012 đến nay, Ban Dân vận Huyện ủy đã tổ chức 9 hội nghị, tuyên dương hơn 300 điển hình “Dân vận "
     "khéo”, như: Hội nghị biểu dương người có uy tín; Hội nghị tuyên dương cán bộ cơ sở giai đoạn 2016-2020."),
    ("Những năm qua, Ủy ban MTTQ tỉnh phối hợp tổ chức 12 hội nghị, gồm Hội nghị biểu dương gương người tốt "
     "việc tốt và Hội nghị tổng kết phong trào thi đua “Dân vận khéo” ở các huyện."),
    ("Giai đoạn 2019-2024, toàn tỉnh tổ chức hơn 40 hội nghị vinh danh điển hình “Dân vận khéo”, tiêu biểu là "
     "Hội nghị tôn vinh nông dân sản xuất giỏi."),
    ("Huyện đã tổ chức 5 hội nghị: Hội nghị sơ kết 3 năm, Hội nghị biểu dương mô hình “Dân vận khéo” và các "
     "buổi tọa đàm."),
])
def test_examples_of_counted_gatherings_are_no_event(facts_of, lede):
    assert facts_of(lede, published="2024-10-20")["events"] == []


def test_a_gathering_after_the_statistics_without_an_example_cue_is_still_found(facts_of):
    text = ("Năm 2023, huyện tổ chức 4 hội nghị tập huấn. Sáng 12/10, Ban Dân vận Huyện ủy Cam Lộ tổ chức Hội "
            "nghị tổng kết phong trào thi đua “Dân vận khéo” năm 2024.")
    (event,) = facts_of(text, published="2024-10-20")["events"]
    assert (event.kind, event.event_day) == ("tong_ket", 12)


# --- event year from the event's own sentence when the article has no date ---------------------------------------
@pytest.mark.parametrize(("lede", "date_", "period"), [
    # a review of part of a year, dated by the rest of that year planned with it
    ("Sáng 8/7, Ban Dân vận Huyện ủy Mường Khương tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, "
     "triển khai nhiệm vụ 6 tháng cuối năm 2023.", date(2023, 7, 8), (2023, 2023)),
    ("Chiều 28-6, Ủy ban MTTQ huyện Quảng Điền tổ chức hội nghị sơ kết phong trào thi đua 6 tháng đầu năm và "
     "bàn nhiệm vụ những tháng cuối năm 2022.", date(2022, 6, 28), (2022, 2022)),
    ("Ngày 5/10, Đảng ủy xã Yên Lạc tổ chức hội nghị sơ kết công tác dân vận 9 tháng đầu năm, triển khai nhiệm "
     "vụ quý IV năm 2021.", date(2021, 10, 5), (2021, 2021)),
    ("Ngày 2/4, Ban Dân vận Thị ủy tổ chức hội nghị sơ kết công tác dân vận quý I, triển khai nhiệm vụ quý II năm "
     "2024.", date(2024, 4, 2), (2024, 2024)),
])
def test_part_year_reviews_take_the_year_of_the_rest_of_the_year(facts_of, lede, date_, period):
    (event,) = facts_of(lede)["events"]
    assert (event.event_date, (event.period_start, event.period_end)) == (date_, period)


@pytest.mark.parametrize(("lede", "date_", "period"), [
    # a review stated as a duration ends in the year it is held in; the launch of that year's fund dates it
    ("(BT) Ngày 20-9, Ủy ban MTTQ huyện Đức Linh tổ chức hội nghị tổng kết 10 năm cuộc vận động “Ngày vì người "
     "nghèo” và phát động “Quỹ vì người nghèo” năm 2010.", date(2010, 9, 20), (2000, 2010)),
    ("Sáng 14/8, Huyện ủy Tam Nông tổ chức hội nghị sơ kết 5 năm phong trào “Dân vận khéo” và phát động thi đua "
     "năm 2021.", date(2021, 8, 14), (2016, 2021)),
    ("Ngày 3/3, Thành ủy tổ chức hội nghị tổng kết mười năm thực hiện cuộc vận động và ra quân năm 2019.",
     date(2019, 3, 3), (2009, 2019)),
])
def test_reviews_stated_as_durations_and_launches_of_a_year(facts_of, lede, date_, period):
    (event,) = facts_of(lede)["events"]
    assert (event.event_date, (event.period_start, event.period_end)) == (date_, period)


def test_a_duration_takes_the_articles_phase_spanning_it(facts_of):
    text = ("Ngày 15-10, Huyện ủy Cam Lộ tổ chức hội nghị tổng kết 5 năm phong trào thi đua “Dân vận khéo”.\n"
            "Năm 2024, huyện xây dựng 20 mô hình.\nGiai đoạn 2019-2024, toàn huyện có 120 mô hình “Dân vận khéo”.")
    (event,) = facts_of(text, published="2024-10-16")["events"]
    assert (event.period_start, event.period_end) == (2019, 2024)


def test_a_launch_late_in_the_year_gives_no_year(facts_of):
    # in December the next year's campaign is launched at the review of the current one
    (event,) = facts_of("Sáng 20/12, Huyện ủy Cam Lộ tổ chức hội nghị tổng kết công tác dân vận và phát động thi "
                        "đua “Dân vận khéo” năm 2024.")["events"]
    assert (event.event_year, event.event_month, event.event_day) == (None, 12, 20)


# --- a line standing for the headline, dated by the lede after it ------------------------------------------------
@pytest.mark.parametrize("text", [
    ("Xuất bản thông tin\n\nnull Cam Lộ tổ chức Đại hội thi đua yêu nước lần thứ V\n\nChi tiết bài viết\n\n"
     "Ngày 12/8/2020 huyện Cam Lộ tổ chức Đại hội thi đua yêu nước huyện Cam Lộ lần thứ V."),
    ("Trang chủ\n\nHuyện Cam Lộ tổ chức Đại hội thi đua yêu nước\n\nNgày 12/8/2020, huyện Cam Lộ tổ chức Đại hội "
     "thi đua yêu nước lần thứ V, biểu dương 80 tập thể."),
    ("Tin tức\n\nCam Lộ: Đại hội thi đua yêu nước lần thứ V\n\nẢnh tư liệu\n\nSáng 12-8-2020, tại hội trường "
     "huyện, UBND huyện Cam Lộ tổ chức Đại hội thi đua yêu nước lần thứ V."),
])
def test_a_headline_line_in_the_body_is_dated_by_the_lede(facts_of, text):
    (event,) = facts_of(text)["events"]
    assert event.event_date == date(2020, 8, 12)


# --- digests: festivals and dotted dates, dated by the main event ------------------------------------------------
@pytest.mark.parametrize(("item", "unit", "day"), [
    ("* Trước đó, chiều 11.11, khu phố Hòa Bình, phường Bồng Sơn (TX Hoài Nhơn) tổ chức Ngày hội Đại đoàn kết "
     "toàn dân tộc.", "phường Bồng Sơn", 11),
    ("* Cũng trong ngày 12-11, thôn Phú Hòa, xã Cát Tân tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2021.",
     "xã Cát Tân", 12),
    ("- Tối 10/11, Ban Công tác Mặt trận khu dân cư tổ dân phố 4, thị trấn Phù Mỹ tổ chức ngày hội đại đoàn kết.",
     "thị trấn Phù Mỹ", 10),
])
def test_digest_festivals_are_events_dated_by_the_main_event(facts_of, item, unit, day):
    text = ("Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư\n\n* Sáng 13.11, đồng chí Trưởng Ban Dân vận Tỉnh ủy "
            "dự Ngày hội Đại đoàn kết toàn dân tộc năm 2021 với nhân dân thôn 3, xã Vĩnh Hiệp, huyện Vĩnh Thạnh.\n\n"
            + item)
    main, other = facts_of(text)["events"]
    assert (main.unit, main.event_date) == ("xã Vĩnh Hiệp", date(2021, 11, 13))
    assert (other.kind, other.unit, other.event_date) == ("hoi_nghi", unit, date(2021, 11, day))
