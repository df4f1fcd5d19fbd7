"""Text folding for matching: old/new tone placement and case, without moving any character offset.

"hòa"/"hoà", "thủy"/"thuỷ", "Huyện ủy"/"Huyện uỷ" are the same word written in two conventions. Moving the tone
mark from one vowel to the other keeps the length of an NFC string, so `fold(text)` can be searched with
regular expressions and the match offsets used directly on the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Old style puts the mark on the first vowel of oa/oe/uy; we fold to the new style (mark on the second).
_TONE_PAIRS = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
}
_TONE_PAIRS |= {k.upper(): v.upper() for k, v in _TONE_PAIRS.items()}
_TONE_PAIRS |= {k[0].upper() + k[1]: v[0].upper() + v[1] for k, v in list(_TONE_PAIRS.items()) if k.islower()}
# Only at the end of a syllable: "hoàn", "thuyền" are written the same way in both conventions.
_TONE_RE = re.compile("(" + "|".join(map(re.escape, _TONE_PAIRS)) + r")(?![^\W\d_])")


def fold_tones(text: str) -> str:
    """Same text with tone marks placed the new way ("hòa" -> "hoà"); same length, same offsets."""
    return _TONE_RE.sub(lambda m: _TONE_PAIRS[m.group(1)], text)


@lru_cache(maxsize=1024)  # one article's sentences are folded by several extractors in turn
def fold(text: str) -> str:
    """Lower-cased, tone-folded text for matching; `len(fold(t)) == len(t)` for NFC input."""
    folded = fold_tones(text).lower()
    return folded if len(folded) == len(text) else fold_tones(text)


_PUNCT = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # names and words repeat across every sentence of a crawl
def key(text: str) -> str:
    """A comparison key for names: NFC, tone-folded, lower-case, single spaces, no punctuation."""
    text = fold(unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", _PUNCT.sub(" ", text)).strip()


def blank_out(pattern: re.Pattern, text: str) -> str:
    """`text` with every match of `pattern` replaced by spaces: words to ignore, offsets unchanged."""
    return pattern.sub(lambda m: " " * len(m.group()), text)


def strip_accents(text: str) -> str:
    """ASCII-ish key ("Hương Sơn" -> "huong son") for names typed without diacritics."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
