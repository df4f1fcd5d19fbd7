"""The `published` metadata value read into a date, with how much of it is known, or a warning.

Crawls write publication dates every way: "2025-10-13", "2025/10/13", "2025.10.13", "20251013", "13/10/2025",
"Thứ Hai, 13/10/2025 08:30", "13 tháng 10 năm 2025", "2023-12", an ISO timestamp. A regex that only knows
"YYYY-MM-DD" read the first three as 2025-01-01. Here the common ISO shapes are read directly (most inputs, and
fast), everything else goes through dateparser (Vietnamese and English, day before month as in Vietnam, relative
expressions such as "hôm qua" refused because a crawl's "yesterday" has no fixed day). Precision is kept: "2023-12"
is December 2023 ("month"), not 1 December. What cannot be read, or names an impossible or implausible date, gives
no date and a warning that says so: never a wrong date stored silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

EARLIEST_YEAR = 1945  # no Vietnamese news site publishes articles dated before the Republic
MAX_DATE_CHARS = 120  # a longer "date" is a crawl error (a paragraph in the field), not worth parsing

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_YEAR = re.compile(r"(\d{4})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_PERIODS = {"day": "day", "week": "day", "time": "day", "month": "month", "year": "year"}


@dataclass(frozen=True)
class Published:
    """A publication date: `value` is the first day of what is known, `precision` "day", "month" or "year"."""

    value: date | None
    precision: str | None
    warning: str | None = None


def _made(year: int, month: int = 1, day: int = 1, precision: str = "day", text: str = "") -> Published:
    try:
        value = date(year, month, day)
    except ValueError:
        return Published(None, None, f"published date {text!r} does not exist; stored without a date")
    if not EARLIEST_YEAR <= year <= date.today().year + 1:
        return Published(None, None, f"published date {text!r} is implausible (year {year}); stored without a date")
    return Published(value, precision)


@lru_cache(maxsize=1)
def _parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["vi", "en"], settings={
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],  # no "relative-time": "hôm qua" is no date
        "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["year"],  # "ngày 5/3" must not get this year invented for it
    })


def _with_dateparser(text: str) -> Published | None:
    data = _parser().get_date_data(text, date_formats=["%Y%m%d", "%Y.%m.%d", "%d.%m.%Y"])
    if data is None or data.date_obj is None:
        return None
    found, precision = data.date_obj, _PERIODS.get(data.period or "day", "day")
    if precision == "year":
        return _made(found.year, precision="year", text=text)
    if precision == "month":
        return _made(found.year, found.month, precision="month", text=text)
    return _made(found.year, found.month, found.day, text=text)


def parse_published(value) -> Published:
    """Read a metadata `published` value (any of the shapes in the module docstring)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return Published(None, None)
    text = " ".join(str(value).split())
    if len(text) > MAX_DATE_CHARS:
        return Published(None, None, f"published value is {len(text)} characters long, not a date; stored without "
                                     "a date")
    if match := _ISO_DAY.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
        return _made(year, month, day, text=text)
    if match := _ISO_MONTH.fullmatch(text):
        year, month = int(match.group(1)), int(match.group(2))
        return _made(year, month, precision="month", text=text) if 1 <= month <= 12 else Published(
            None, None, f"published date {text!r} does not exist; stored without a date")
    if match := _YEAR.fullmatch(text):
        return _made(int(match.group(1)), precision="year", text=text)
    if match := _COMPACT.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
        return _made(year, month, day, text=text)
    try:
        found = _with_dateparser(text)
    except Exception:  # dateparser raises assorted errors on odd input; an unreadable date is only a warning
        found = None
    return found or Published(None, None, f"published date {text!r} not understood; stored without a date")
