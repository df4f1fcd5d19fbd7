"""Vietnamese numbers: "1.240" = 1240, "50,8" = 50.8, "06" = 6, "hơn 300" (at least), "ba đồng chí" = 3.

A number regex and its parser are shared by every counting extractor so that the conventions of
ANNOTATION.md are applied in exactly one place.
"""

from __future__ import annotations

import re
from decimal import Decimal

# Digits with "." thousands groups and an optional "," decimal part; a spelled number of up to four words.
DIGITS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"

UNITS_WORDS = {
    "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
    "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}
TENS_WORD, TEN_WORD = "mươi", "mười"
HUNDRED_WORD = "trăm"
# The words after "trăm" are digit words only ("một trăm hai mươi mô hình" is 120 with its noun after it).
_DIGIT_WORD = r"(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)"
_LAST_DIGIT_WORD = r"(?:mốt|một|hai|ba|bốn|tư|lăm|nhăm|năm|sáu|bảy|bẩy|tám|chín)"
SPELLED = (rf"(?:{_DIGIT_WORD}\s+trăm(?:\s+(?:linh|lẻ)\s+{_DIGIT_WORD}|\s+mười(?:\s+{_LAST_DIGIT_WORD})?"
           rf"|\s+{_DIGIT_WORD}\s+mươi(?:\s+{_LAST_DIGIT_WORD})?)?"
           r"|mười(?:\s+(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|bẩy|tám|chín))?"
           r"|(?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)\s+mươi(?:\s+(?:mốt|một|hai|ba|bốn|tư|lăm|nhăm|năm|sáu|bảy|bẩy|tám|chín))?"
           r"|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)")
NUMBER = rf"(?:{DIGITS})|(?:{SPELLED})"

# Words before a number that change its meaning, per ANNOTATION.md ("gần như 'hơn 500'" is at_least).
APPROX_WORDS = {
    "at_least": ("hơn", "trên", "ngót", "không dưới", "ít nhất", "tối thiểu", "hàng"),
    "approx": ("khoảng", "gần", "xấp xỉ", "chừng", "ước", "ước tính", "hầu"),
    "at_most": ("dưới", "tối đa", "không quá", "chưa đến", "chưa tới"),
}
APPROX_RE = re.compile(
    r"(?:(" + "|".join(w for ws in APPROX_WORDS.values() for w in sorted(ws, key=len, reverse=True)) + r")\s+)$",
    re.IGNORECASE,
)


def _spelled_value(text: str) -> int | None:
    words = text.lower().split()
    total, current = 0, 0
    i = 0
    while i < len(words):
        word = words[i]
        if word == TEN_WORD:
            current += 10
        elif word == TENS_WORD:
            current = (current or 1) * 10
        elif word == HUNDRED_WORD:
            total += (current or 1) * 100
            current = 0
        elif word in ("linh", "lẻ"):
            pass
        elif word in UNITS_WORDS:
            current += UNITS_WORDS[word]
        else:
            return None
        i += 1
    return total + current


def parse_decimal(text: str) -> Decimal | None:
    """Exact value of a digit or spelled number as Vietnamese writes it; None when it is neither.

    Decimal, never float: "8,3" times a billion must be 8 300 000 000, not 8300000000.000001 (money is exact)."""
    text = text.strip()
    if not text:
        return None
    if text[0].isdigit():
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
            text = text.replace(".", "")
        if re.fullmatch(r"\d+(?:,\d+)?", text):
            return Decimal(text.replace(",", "."))
        return None
    value = _spelled_value(text)
    return Decimal(value) if value is not None else None


def parse_number(text: str) -> float | None:
    """`parse_decimal` as a float, for counts (small integers, exact in a float)."""
    value = parse_decimal(text)
    return float(value) if value is not None else None


# How far before a number an approximation word is looked for: the longest word ("không dưới", "chưa đến") and
# its space, with room to spare.
APPROX_REACH = 20


_TRAILING_DIGITS = re.compile(rf"(?:{DIGITS})$")


def trailing_decimal(text: str) -> Decimal | None:
    """Exact value of the digit number that ends `text` ("hơn 8,3" -> 8.3), None when it ends in no digits."""
    match = _TRAILING_DIGITS.search(text.rstrip())
    return parse_decimal(match.group()) if match else None


# A comparative states a difference exactly: "nhiều hơn 15 mô hình so với năm 2020", "ít hơn 3" ("hơn" there is
# "more than the other figure", not an approximation of this one).
_COMPARATIVE = re.compile(r"(?<!\w)(?:nhiều|ít)\s+hơn\s+$", re.IGNORECASE)


def approx_before(prefix: str) -> str:
    """`approx` value from the words just before a number ("hơn 300" -> "at_least"); only the last
    APPROX_REACH characters of `prefix` are read."""
    match = APPROX_RE.search(prefix[-APPROX_REACH:].lower())
    if not match or _COMPARATIVE.search(prefix[-APPROX_REACH:]):
        return "exact"
    word = match.group(1)
    for name, words in APPROX_WORDS.items():
        if word in words:
            return name
    return "exact"


def as_int(value: float) -> int:
    return int(round(value))
