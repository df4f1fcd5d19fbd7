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
    (event,) = facts_of(text, url="https://baoexample.vn/bieu-duong-dien-hinh-910557.html")["events"]
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
