"""Reviewed periods ("giai đoạn 2019-2024", "năm 2023", "từ năm 2016 đến nay") and event dates ("Sáng 15/10").

Both are shared by the events extractor and the counting extractors, which attribute each number to the period
of its clause, sentence, paragraph or event.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from extractors.textnorm import fold

YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
DASH = r"\s*[-–—]\s*"
_PERIOD_PATTERNS = [
    (re.compile(rf"(?:giai đoạn|thời kỳ|từ năm|từ|trong|năm)?\s*\(?({YEAR}){DASH}({YEAR})\)?"), "range"),
    (re.compile(rf"từ (?:năm )?({YEAR}) (?:đến|tới) (?:năm )?({YEAR})"), "range"),
    (re.compile(rf"từ (?:năm |đầu năm |cuối năm )?({YEAR}) (?:đến|tới) nay"), "since"),
    # "(kể) từ năm 2019, huyện đã xây dựng ...": a start year alone runs to the reference year, as "đến nay" does
    (re.compile(rf"từ (?:năm |đầu năm |cuối năm )({YEAR})(?!\d|[/.]\d|\s*(?:[-–—]|đến|tới))"), "since"),
    (re.compile(rf"(?<![/\d])năm ({YEAR})(?![/\d])"), "year"),
    # a year right after a quoted name is the round of the movement or contest: "“Dân vận khéo” 2025"
    (re.compile(rf"[”\"’']\s*({YEAR})(?![/\d.]|\s*[-–—]\s*\d)"), "year"),
]
# A part of a year reviewed without its year ("sơ kết 6 tháng đầu năm", "9 tháng đầu năm", "quý I") and the rest
# of that year planned with it ("triển khai nhiệm vụ 6 tháng cuối năm 2024", "những tháng cuối năm 2024", "quý IV
# năm 2024"): the review is of the plan's year, [2024, 2024]. Both halves belong to one year, so a part-year review
# is held in that year (`Period.part`).
_PART_OF_YEAR = r"(?:\d{1,2}|ba|sáu|chín)\s+tháng\s+đầu\s+năm|quý\s+(?:i{1,3}|iv|[1-4])(?!\w)(?:\s+năm)?"
_PART_REVIEWED = re.compile(rf"(?<![\w/])(?:{_PART_OF_YEAR})(?!\s*(?:nay|qua|{YEAR}))")
# The same part of a year stated with its year ("6 tháng đầu năm 2024", "quý I năm 2025", "9 tháng năm 2023"): the
# words before the "năm X" the year pattern finds. Such a review is held in that year too (`Period.part`).
_PART_BEFORE_YEAR = re.compile(r"(?:(?:\d{1,2}|ba|sáu|chín)\s+tháng(?:\s+đầu)?|quý\s+(?:i{1,3}|iv|[1-4]))\s*$")
PART_BEFORE_YEAR_REACH = 16  # "9 tháng đầu " / "quý iii " before "năm 2023"
_REST_OF_YEAR = re.compile(rf"(?:(?:\d{{1,2}}|ba|sáu)\s+tháng|những\s+tháng)\s+cuối\s+năm\s+({YEAR})|"
                           rf"quý\s+(?:ii|iii|iv|[2-4])(?:\s+năm)?\s+({YEAR})")
# A review of a number of years ending with the year it is held in: "tổng kết 15 năm cuộc vận động", "sơ kết 05 năm
# thực hiện phong trào", "tổng kết mười năm": 15 years held in 2015 review [2000, 2015] (the dev gold's reading).
_SPELLED_YEARS = {"ba": 3, "năm": 5, "mười": 10, "mười lăm": 15, "hai mươi": 20}
_YEARS_REVIEWED = re.compile(r"(?<!\w)(?:sơ kết|tổng kết)\s+(\d{1,2}|" + "|".join(sorted(_SPELLED_YEARS, key=len,
                                                                                         reverse=True))
                             + r")\s+năm(?!\s*" + YEAR + r")")
# Words before a period that make it a plan, not the period being reviewed ("phương hướng nhiệm vụ năm 2023").
PLAN_CUES = ("phương hướng", "nhiệm vụ", "triển khai", "phát động", "kế hoạch", "nhiệm kỳ", "đến năm", "mục tiêu",
             "giai đoạn tới", "định hướng", "chương trình công tác", "hướng tới", "phấn đấu", "ra quân")
PLAN_CUE_WINDOW = 40  # characters before a period: "phương hướng, nhiệm vụ trọng tâm năm 2024" (dev set)
MONTH_BEFORE_YEAR = 12  # "tháng 6 " before "năm 2025": the word, a number and spaces
DOCUMENT_REACH = 40  # "Kế hoạch số 104-KH/HU ngày " before a date: the longest reference number of the dev set
# Dates a "15/10" must not be read from: document references ("Kế hoạch số 104 ngày 25/3/2024").
# A document is named by its kind, "số" and its number, or by its code alone ("Kế hoạch 104-KH/HU", "Chỉ thị
# 16/CT-TU", "Hướng dẫn số 05", "Quyết định 1234/QĐ-UBND"): a code is digits joined to letters by "-" or "/".
DOCUMENT_KINDS = (r"kế hoạch|quyết định|nghị quyết|chỉ thị|công văn|hướng dẫn|thông báo|thông tư|nghị định|kết luận|"
                  r"quy định|quy chế")
DOCUMENT_CODE = r"\d[\w.]*(?:[-/][\w.]+)*[-/][\w.]*[a-zđ][\w/.-]*"
DOCUMENT_CUES = re.compile(rf"(?:số\s*[\w/-]*\d[\w/-]*|(?:{DOCUMENT_KINDS})(?:\s+số)?(?:\s+\d[\w/.-]*)?|{DOCUMENT_CODE})"
                           r"\s*(?:của\s+[^,;]{1,30}?\s*)?(?:ngày\s*)?$")
# A day/month(/year) date, with an optional time-of-day or "ngày" word before it: "Sáng 15/10", "Ngày 17-10",
# "Chiều nay 3/1", "sáng nay (3/1)" (the word, "nay"/"qua" and an opening bracket before the date), a range of days
# of one month ("21-22/9", "8 và 9/11", "từ 8 đến 9/11": the first day), dotted or dashed dates ("05.11.2022").
_DATE = re.compile(
    r"(?:(?P<word>sáng|chiều|tối|trưa|đêm|hôm|ngày)(?:\s+(?:nay|qua|mai))?\s*(?:ngày\s*)?:?\s*\(?\s*)?"
    r"(?P<day>\d{1,2})(?:\s*(?:[-–]|và|,|đến)\s*\d{1,2})?\s*(?P<sep>[/.-])\s*(?P<month>\d{1,2})"
    r"(?:\s*(?P=sep)\s*(?P<year>\d{4}))?(?![\d/])"
)
# A range of dates longer than an event lasts is a reviewed period ("từ ngày 1/10/2023 đến ngày 30/9/2024"), not
# an event's days; the longest multi-day gatherings (contests, festivals) last under a week.
EVENT_SPAN_DAYS = 7
_DATE_RANGE = re.compile(r"từ\s+(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\s*(?:đến|tới|-|–)\s*"
                         r"(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])")
# Two full dates joined by a dash are an anniversary's span ("15/10/1930 - 15/10/2025", "18.11.1930-18.11.2020"):
# neither is the date of an event.
_SPAN = re.compile(r"\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{4}\s*[-–—]\s*\d{1,2}\s*([/.-])\s*\d{1,2}\s*\2\s*\d{4}")
TIME_OF_DAY = ("sáng", "chiều", "tối", "trưa", "đêm")
# An occasion of an anniversary with its span: "trong dịp kỷ niệm 90 năm ngày thành lập ... (18.11.1930-18.11.2020)",
# "nhân dịp kỷ niệm ... (15/10/1930 - 15/10/2025)". Gatherings held "in the occasion" of it fall in the month of
# the anniversary (a day-less date).
OCCASION_REACH = 120  # characters from "kỷ niệm" to the span: "90 năm ngày thành lập Mặt trận ... Việt Nam" fits
_OCCASION = re.compile(r"(?:nhân|trong|vào)\s+(?:dịp\s+)?kỷ niệm[^.;()]{0," + str(OCCASION_REACH) + r"}\(\s*"
                       + _SPAN.pattern + r"\s*\)")
# A month of a year, with no day: "Tháng 11/2023", "tháng 11 năm 2020" (ANNOTATION.md: a day-less date "2020-11").
_MONTH_YEAR = re.compile(r"(?<!\w)tháng\s+(\d{1,2})\s*(?:/|-|\s+năm\s+)\s*(\d{4})(?!\d)")
_DATE_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?")
# A month with neither day nor year that opens a sentence: "Trong tháng 10 vừa qua, ...", "Cuối tháng 11, ...",
# "Tháng 9 này, ..." (a day-less date whose year comes from the reference). Only at the opening: inside a sentence
# "tháng 10" is as often a plan or a season ("vào tháng 10 tới", "tháng 10 hằng năm").
_MONTH_OPENING = re.compile(r"(?:(?:trong|vào|cuối|đầu|giữa|hồi)\s+)?tháng\s+(\d{1,2})(?:\s+(?:vừa qua|qua|này))?"
                            r"\s*,")
MONTH_OPENING_CHARS = 20  # a dash or bullet and a few words before it: "- Trong tháng 10, ..."
# A source tag that opens a lede before its date: "(Báo Phú Thọ điện tử) - ", "(QNO) - ", "Baophutho.vn - ",
# "CTTĐT - ". Dates are "opening" counted from its end.
SOURCE_TAG = re.compile(r"\s*(?:\([^()]{1,60}\)|[\w.]{2,30}(?:\s[\w.]{2,30}){0,3}\s+[-–—])\s*[-–—:]?\s*")


def opening_offset(text: str) -> int:
    """Where a sentence's own words start, after a source tag ("(Báo Phú Thọ điện tử) - ")."""
    tag = SOURCE_TAG.match(text)
    return tag.end() if tag else 0


@dataclass(frozen=True)
class Period:
    start: int
    end: int | None
    char_start: int
    char_end: int
    plan: bool = False
    part: bool = False  # a part of one year ("6 tháng đầu năm"): reviewed, and held, in that year


@dataclass(frozen=True)
class DateMention:
    year: int | None
    month: int
    day: int | None
    char_start: int
    char_end: int
    text: str
    time_of_day: bool


def find_periods(text: str, offset: int = 0, reference_year: int | None = None) -> list[Period]:
    """Periods in `text` (offsets shifted by `offset`), leftmost first, without overlaps."""
    folded = fold(text)
    found: list[Period] = []
    taken_starts: list[int] = []  # spans taken so far, disjoint, sorted by start (so their ends are sorted too)
    taken_ends: list[int] = []
    for pattern, kind in _PERIOD_PATTERNS:
        for match in pattern.finditer(folded):
            s, e = match.span()
            last_before = bisect_left(taken_starts, e) - 1  # the last taken span starting before this one ends
            if last_before >= 0 and taken_ends[last_before] > s:
                continue
            part = False
            if kind == "range":
                start, end = int(match.group(1)), int(match.group(2))
                if not (0 <= end - start <= 30):
                    continue
                before = folded[max(0, s - 3):s]  # a digit and "/" or "." just before: the tail of a date
                if re.search(r"\d[/.]$", before):  # part of a date "18.11.1930-18.11.2020"
                    continue
            elif kind == "since":
                start, end = int(match.group(1)), reference_year
            else:
                if re.search(r"tháng\s*\d{1,2}\s*$", folded[max(0, s - MONTH_BEFORE_YEAR):s]):
                    continue  # "ngày 12 tháng 6 năm 2025" is a date, not the year under review
                start = end = int(match.group(1))
                part = match.group().startswith("năm") and bool(
                    _PART_BEFORE_YEAR.search(folded[max(0, s - PART_BEFORE_YEAR_REACH):s]))
            cue_window = folded[max(0, s - PLAN_CUE_WINDOW):s]
            plan = any(cue in cue_window for cue in PLAN_CUES) and kind != "since"
            at = bisect_left(taken_starts, s)
            taken_starts.insert(at, s)
            taken_ends.insert(at, e)
            found.append(Period(start, end, offset + s, offset + e, plan, kind == "year" and part))
    found += _parts_of_year(folded, offset, taken_starts, taken_ends)
    return sorted(found, key=lambda p: p.char_start)


def _parts_of_year(folded: str, offset: int, taken_starts: list[int], taken_ends: list[int]) -> list[Period]:
    """Part-year reviews without their year, dated by the rest of the year planned after them in the same text
    ("sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024": [2024, 2024], `part`)."""
    found = []
    rest = None
    for match in _PART_REVIEWED.finditer(folded):
        s, e = match.span()
        if rest is None or rest.start() < e:  # the next rest-of-year plan, looked up once per plan passed
            rest = _REST_OF_YEAR.search(folded, e)
        if rest is None:
            break
        last_before = bisect_left(taken_starts, e) - 1  # the last period found starting before this one ends
        if last_before >= 0 and taken_ends[last_before] > s:
            continue
        year = int(rest.group(1) or rest.group(2))
        found.append(Period(year, year, offset + s, offset + e, part=True))
    return found


def years_reviewed(text: str) -> int | None:
    """The number of years a review covers when it is stated as a duration ("tổng kết 15 năm cuộc vận động": 15),
    else None."""
    match = _YEARS_REVIEWED.search(fold(text))
    if match is None:
        return None
    word = match.group(1)
    return int(word) if word.isdigit() else _SPELLED_YEARS[word]


def find_dates(text: str, offset: int = 0) -> list[DateMention]:
    """Day/month(/year) and month/year mentions that can date an event; document references are skipped."""
    folded = fold(text)
    found = []
    spans = [m.span() for m in _SPAN.finditer(folded)] + _long_ranges(folded)
    for match in _DATE.finditer(folded):
        word, day, sep, month, year = match.group("word", "day", "sep", "month", "year")
        if sep in ".-" and not word and not year:
            continue  # "7-3" or "18.11" alone is not a date without "Sáng", "ngày" ... or a year
        day, month = int(day), int(month)
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if any(s <= match.start("day") < e for s, e in spans):
            continue
        if DOCUMENT_CUES.search(folded[max(0, match.start() - DOCUMENT_REACH):match.start()]):
            continue
        found.append(DateMention(int(year) if year else None, month, day, offset + match.start(),
                                 offset + match.end(), text[match.start():match.end()].strip(),
                                 word in TIME_OF_DAY))
    for match in _DATE_WORDS.finditer(folded):
        day, month, year = match.groups()
        if 1 <= int(day) <= 31 and 1 <= int(month) <= 12:
            found.append(DateMention(int(year) if year else None, int(month), int(day), offset + match.start(),
                                     offset + match.end(), text[match.start():match.end()], False))
    for match in _MONTH_YEAR.finditer(folded):
        month, year = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12 and not DOCUMENT_CUES.search(folded[max(0, match.start() - DOCUMENT_REACH):match.start()]):
            found.append(DateMention(year, month, None, offset + match.start(), offset + match.end(),
                                     text[match.start():match.end()], False))
    words_from = opening_offset(text)
    opening = _MONTH_OPENING.search(folded, words_from, words_from + MONTH_OPENING_CHARS + 30)
    if not found and opening and opening.start() - words_from <= MONTH_OPENING_CHARS \
            and 1 <= int(opening.group(1)) <= 12:
        found.append(DateMention(None, int(opening.group(1)), None, offset + opening.start(), offset + opening.end(),
                                 text[opening.start():opening.end()].rstrip(" ,"), False))
    return sorted(found, key=lambda d: d.char_start)


def _long_ranges(folded: str) -> list[tuple[int, int]]:
    """Spans of date ranges longer than EVENT_SPAN_DAYS: periods, not the days of an event."""
    spans = []
    for match in _DATE_RANGE.finditer(folded):
        d1, m1, y1, d2, m2, y2 = match.groups()
        y2 = int(y2) if y2 else (int(y1) if y1 else 2000)
        y1 = int(y1) if y1 else (y2 if (int(m1), int(d1)) <= (int(m2), int(d2)) else y2 - 1)
        first, last = as_date(y1, int(m1), int(d1)), as_date(y2, int(m2), int(d2))
        if first and last and (last - first).days > EVENT_SPAN_DAYS:
            spans.append(match.span())
    return spans


def find_occasions(text: str, offset: int = 0) -> list[DateMention]:
    """The month of an anniversary a gathering is held on the occasion of ("trong dịp kỷ niệm ... (18.11.1930 -
    18.11.2020)" is November 2020), as a day-less date."""
    found = []
    for match in _OCCASION.finditer(fold(text)):
        span = _SPAN.search(match.group())
        last = re.findall(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})", span.group())[-1]
        month, year = int(last[1]), int(last[2])
        if 1 <= month <= 12:
            found.append(DateMention(year, month, None, offset + match.start(), offset + match.end(),
                                     text[match.start():match.end()], False))
    return found


# A day/month date up to this many days after the reference date is of the same year: an event announced a few
# days ahead or a publication date stamped a little early, not an event of the year before (a report appears within
# days of its event; a year-old event is "cited", not reported).
AHEAD_DAYS = 7


def resolve_year(mention: DateMention, reference: date | None, precision: str | None = "day") -> int | None:
    """Year of a day/month date: its own, else the reference date's, or the year before when the date would fall
    after the reference.

    The reference is known to `precision` ("day", "month", "year"; `reference` is the first day of what is known):
    with a month-only reference ("2023-12") a "13/12" lies within that month, so in that year; only a later month
    means the year before. With a year-only reference the date is taken to lie in that year."""
    if mention.year or reference is None:
        return mention.year
    if precision == "year":
        return reference.year
    if precision == "month":
        return reference.year - 1 if mention.month > reference.month else reference.year
    held = as_date(reference.year, mention.month, mention.day or 1)
    if held is None:  # 29/2 of a year without it: compare month and day
        later = (mention.month, mention.day or 1) > (reference.month, reference.day)
    else:
        later = (held - reference).days > AHEAD_DAYS
    return reference.year - 1 if later else reference.year


def as_date(year: int | None, month: int | None, day: int | None) -> date | None:
    if not (year and month and day):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
