"""Which language an article is written in, offline: Vietnamese articles get facts, others are stored without.

The rules read Vietnamese; run on an English press release or a page of figures they can only produce noise.
Most articles settle it by their letters: Vietnamese is the only language written with ơ, ư, đ, ă and the
precomposed tone letters (U+1EA0-U+1EF9), so when enough words carry one the answer is immediate. Anything else
(unaccented text, other languages) goes to py3langid, a small offline n-gram model shipped on PyPI (no download at
run time). Text with almost no letters (tables of numbers) is "zxx", the ISO 639 code for "no linguistic content".
"""

from __future__ import annotations

import re

VIETNAMESE = "vi"
NO_LANGUAGE = "zxx"
SAMPLE_CHARS = 20_000  # enough to decide; a 1 MB text is not read whole
MIN_LETTERS = 40
VIETNAMESE_WORD_SHARE = 0.15  # share of words with a Vietnamese-only letter; Vietnamese prose has 40-70 %
_VIETNAMESE_LETTER = re.compile(r"[ăâđơưĂÂĐƠƯ\u1ea0-\u1ef9]")
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """ISO 639-1 code of the article's language ("vi", "en", ...), or "zxx" when it has hardly any words."""
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample)
    if sum(len(w) for w in words) < MIN_LETTERS:
        return NO_LANGUAGE
    marked = sum(1 for w in words if _VIETNAMESE_LETTER.search(w))
    if marked >= VIETNAMESE_WORD_SHARE * len(words):
        return VIETNAMESE
    import py3langid

    return py3langid.classify(sample)[0]
