"""Which emulation movement a text names, and whether an article reports one at all.

Researchers filter the dataset by movement ("only Dân vận khéo"), so every event carries a `movement_code` beside
the name as written, and every article carries the movement it is mainly about. Articles about no movement (a
flood visit, a groundbreaking, a council session) still name officials and units, but their money, houses and
people are not outcomes of a movement: the extractors of movement facts skip them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from extractors import lexicon
from extractors.textnorm import fold
from schemas import SegmentedArticle


@cache
def _patterns() -> tuple[tuple[str, str, re.Pattern], ...]:
    return tuple((code, name, re.compile(r"(?<!\w)(?:" + "|".join(pats) + r")(?!\w)"))
                 for code, name, pats in lexicon.MOVEMENTS)


_ARTICLE_CUES = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.MOVEMENT_ARTICLE_CUES) + r")(?!\w)")
_WEAK_ARTICLE_CUES = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.MOVEMENT_ARTICLE_WEAK_CUES) + r")(?!\w)")


def movement_code(text: str | None) -> str | None:
    """The code of the movement a name or phrase denotes: the first listed movement it matches, `khac` for a
    named movement outside the list, None for no text."""
    if not text or not text.strip():
        return None
    folded = fold(text)
    for code, _, pattern in _patterns():
        if pattern.search(folded):
            return code
    return "khac"


# A generic name directly followed by a specific one is one name: "phong trào thi đua “Dân vận khéo”".
_JOINED_NAME_GAP = 3


def movements_named(text: str) -> list[tuple[int, str]]:
    """(offset, code) of every movement named in `text`, one code per position, in text order."""
    folded = fold(text)
    found: dict[int, tuple[int, str]] = {}
    for code, _, pattern in _patterns():
        for match in pattern.finditer(folded):
            found.setdefault(match.start(), (match.end(), code))
    specific_starts = {start for start, (_, code) in found.items() if code not in lexicon.GENERIC_MOVEMENTS}
    return sorted((start, code) for start, (end, code) in found.items()
                  if code not in lexicon.GENERIC_MOVEMENTS
                  or not any(other in specific_starts for other in range(end, end + _JOINED_NAME_GAP + 1)))


def usual_name(code: str) -> str | None:
    """The usual name of a listed movement ("Dân vận khéo" for dan_van_kheo)."""
    return next((name for listed, name, _ in lexicon.MOVEMENTS if listed == code), None)


@dataclass(frozen=True)
class ArticleMovement:
    """The movement an article is mainly about (None when it names none) and whether it reports a movement."""

    code: str | None
    about_movement: bool


def main_movement(named: list[tuple[int, str]]) -> str | None:
    """The movement named most often (the earliest on a tie), specific movements before the generic codes."""
    specific = [code for _, code in named if code not in lexicon.GENERIC_MOVEMENTS]
    codes = specific or [code for _, code in named]
    counts = Counter(codes)  # counted once: Counter keeps the order in which codes are first named
    return max(counts, key=lambda c: counts[c], default=None)


def article_movement(doc: SegmentedArticle) -> ArticleMovement:
    """The movement the headline names, else the one the body names most; a specific movement ("Dân vận khéo")
    wins over the generic codes ("phong trào thi đua", "công tác dân vận") wherever it is named.

    An article reports a movement when it names one or uses the vocabulary of emulation and commendation
    (`lexicon.MOVEMENT_ARTICLE_CUES`) in its headline or body, or several words of mobilising people
    (`lexicon.MOVEMENT_ARTICLE_WEAK_CUES`): one of those alone also occurs in news about no movement."""
    title = " ".join(s.text for s in doc.sentences if s.is_title) or (doc.title or "")
    body = " ".join(s.text for s in doc.sentences if not s.is_title)
    in_title, in_body = movements_named(title), movements_named(body)
    code = main_movement(in_title)
    if code is None or code in lexicon.GENERIC_MOVEMENTS:
        code = main_movement(in_title + in_body)
    folded = fold(title + " " + body)
    weak = {match.group() for match in _WEAK_ARTICLE_CUES.finditer(folded)}
    about = code is not None or bool(_ARTICLE_CUES.search(folded)) or len(weak) >= lexicon.MOVEMENT_ARTICLE_WEAK_NEEDED
    return ArticleMovement(code, about)
