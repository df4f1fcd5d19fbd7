"""Where an article names administrative units: mentions with level, name and offsets (shared helper).

Every extractor attributes its facts to units, so the mentions are found once per article (`ArticleContext`
computes them on first use) and the `units` extractor turns them into records. Stages:
  1. Explicit mentions: a level word and a capitalised name ("huyện Hương Sơn", "TP Hà Nội", "H. Nam Đàn").
  2. Party committees named after their unit ("Huyện uỷ Hương Sơn", "Tỉnh uỷ Thanh Hoá").
  3. Continuations of a mention ("xã Vĩnh Khương, Tuấn Đạo", "các huyện: Quan Sơn, Như Thanh và Mường Lát")
     and provinces in parentheses ("Cẩm Xuyên (Hà Tĩnh)").
  4. Bare names that are clearly units: the headline's leading place ("Tuyên Quang: ...") and known names after
     a place preposition ("tại Nam Đàn").
  5. The article's province is voted from all mentions (`vote_province`).
A name is only taken without a level word when the gazetteer knows it; with a level word, unknown names are kept
(new or renamed units), except for provinces, which are a closed list.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate

from extractors import lexicon
from extractors.gazetteer import DISTRICT_LEVELS, LEVEL_WORD, PROVINCE_LEVELS, WARD_LEVELS, gazetteer
from extractors.textnorm import fold, key
from schemas import SegmentedArticle

_SYLLABLE = re.compile(r"[^\W_]+")
PREVIOUS_WORD_REACH = 20  # the word before a bare province name, if it is capitalised the name is part of another
ORGANISATION_REACH = 40  # "Trường Cao đẳng Công nghiệp " before "Thanh Hoá": an organisation's words before a place
PARENTHESIS_REACH = 60  # a qualifier aside "(huyện Gia Bình, tỉnh Bắc Ninh)" opens within 60 characters
MAX_NAME_SYLLABLES = 4
_LEVEL_RE = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(w) for w in sorted(lexicon.UNIT_LEVEL_WORDS, key=len, reverse=True))
    + r")(?=[\s:])"
)
_COMMITTEE_RE = re.compile(r"(?<!\w)(" + "|".join(lexicon.COMMITTEE_LEVELS) + r")(?=\s)")
_CONTRACTION_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in sorted(
    lexicon.CITY_CONTRACTIONS, key=len, reverse=True)) + r")(?!\w)")


@dataclass(frozen=True)
class UnitMention:
    """One place in the text where a unit is named; `qualifier` marks "(Hà Tĩnh)"-style asides."""

    level: str
    name: str
    start: int
    end: int
    how: str
    qualifier: bool = False

    @property
    def label(self) -> str:
        return f"{LEVEL_WORD[self.level]} {self.name}"


def tier_levels(level: str) -> tuple[str, ...]:
    """Levels a gazetteer entry may have for a mention written with `level` (thành phố is two tiers)."""
    if level == "thanh_pho":
        return PROVINCE_LEVELS + DISTRICT_LEVELS
    if level in PROVINCE_LEVELS:
        return PROVINCE_LEVELS
    return DISTRICT_LEVELS if level in DISTRICT_LEVELS else WARD_LEVELS


def _capitalised_run(text: str, pos: int, numbered: bool = False) -> list[re.Match]:
    """Capitalised syllables starting at `pos`, separated by single spaces; with `numbered`, a leading number
    too ("Phường 1", "Quận 3": only wards and urban districts are numbered)."""
    run = []
    while len(run) < MAX_NAME_SYLLABLES + 2:
        match = _SYLLABLE.match(text, pos)
        if not match or not (match.group()[0].isupper() or (numbered and match.group().isdigit() and not run
                                                             and not re.match(r"[.,]\d", text[match.end():]))):
            break
        run.append(match)
        pos = match.end()
        if match.group().isdigit() or text[pos:pos + 1] != " ":
            break  # "Phường 5 Thạch Sô Phal": a numbered ward's name is its number
        pos += 1
    return run


def _best_name(text: str, run: list[re.Match], levels: tuple[str, ...], known_only: bool) -> tuple[str, int] | None:
    """The longest prefix of `run` that the gazetteer knows at `levels`, else (if allowed) a plausible unknown."""
    if not run:
        return None
    gaz = gazetteer()
    for size in range(min(len(run), MAX_NAME_SYLLABLES), 0, -1):
        name = text[run[0].start():run[size - 1].end()]
        alias = lexicon.PROVINCE_ALIASES.get(key(name))
        if alias:
            return alias, run[size - 1].end()
        if gaz.lookup(name, levels):
            if size < len(run) and _looks_like_person(run) and key(run[size].group()) not in lexicon.SURNAMES:
                return None  # "Bí thư Đảng ủy xã Phan Thị Thanh Hoa": a name, though "Phan" is also a commune
            return name, run[size - 1].end()
    if known_only or key(run[0].group()) in lexicon.NOT_UNIT_NAMES or _looks_like_person(run):
        return None
    size = len(run) if len(run) <= 3 else 2
    if any(len(m.group()) > 1 and m.group().isupper() for m in run[:size]):
        return None  # acronyms: "xã NTM", "huyện CHQS"
    return text[run[0].start():run[size - 1].end()], run[size - 1].end()


def _looks_like_person(run: list[re.Match]) -> bool:
    """"thành phố Nguyễn Chí Tài": a title followed by a name, not a unit ("Văn"/"Thị" are middle names)."""
    words = [m.group() for m in run]
    return len(words) >= 3 and (key(words[0]) in lexicon.SURNAMES or key(words[1]) in ("văn", "thị"))


def _explicit_mentions(text: str, folded: str) -> list[UnitMention]:
    mentions = []
    for match in _LEVEL_RE.finditer(folded):
        word = match.group(1)
        level = lexicon.UNIT_LEVEL_WORDS[word]
        pos = match.end()
        plural = folded[max(0, match.start() - 4):match.start()] == "các "
        while pos < len(text) and (text[pos] == " " or text[pos] == ":" and plural):
            pos += 1
        abbreviated = word.endswith(".") or word in ("tp",)
        known_only = level in PROVINCE_LEVELS and level != "thanh_pho" or (abbreviated and word != "tp")
        numbered = level in ("phuong", "quan") and word in ("phường", "quận")
        found = _best_name(text, _capitalised_run(text, pos, numbered), tier_levels(level), known_only)
        if found:
            name, end = found
            mentions.append(UnitMention(level, name, match.start(), end, "level_word"))
    for match in _CONTRACTION_RE.finditer(folded):
        mentions.append(UnitMention("thanh_pho", lexicon.CITY_CONTRACTIONS[match.group(1)], match.start(),
                                    match.end(), "contraction"))
    return mentions


def _committee_mentions(text: str, folded: str) -> list[UnitMention]:
    mentions = []
    for match in _COMMITTEE_RE.finditer(folded):
        level = lexicon.COMMITTEE_LEVELS[match.group(1)]
        found = _best_name(text, _capitalised_run(text, match.end() + 1), tier_levels(level), known_only=True)
        if found:
            mentions.append(UnitMention(level, found[0], match.end() + 1, found[1], "committee"))
    return mentions


_CONTINUATION = re.compile(r"\s*(?:,|;|và|,\s*và)\s+")


def _continuations(text: str, mention: UnitMention) -> list[UnitMention]:
    """Further names of the same level listed after a mention: "xã Bó Sinh, Mường Lầm"."""
    found, end, gaz = [], mention.end, gazetteer()
    while True:
        sep = _CONTINUATION.match(text, end)
        if not sep:
            break
        name = _best_name(text, _capitalised_run(text, sep.end()), tier_levels(mention.level), known_only=True)
        if not name or gaz.is_province(name[0]) and mention.level not in PROVINCE_LEVELS:
            break
        found.append(UnitMention(mention.level, name[0], sep.end(), name[1], "list"))
        end = name[1]
    return found


_PAREN = re.compile(r"\s*\(([^()]{2,40})\)")


def _qualifier(text: str, mention: UnitMention) -> UnitMention | None:
    """A province in parentheses right after a unit: "huyện Mường La (Sơn La)"."""
    match = _PAREN.match(text, mention.end)
    if not match:
        return None
    inner = match.group(1).strip()
    alias = lexicon.PROVINCE_ALIASES.get(key(inner), inner)
    places = [p for p in gazetteer().lookup(alias) if p.tier == "province"]
    if not places:
        return None
    return UnitMention(places[0].level, places[0].name, match.start(1), match.end(1), "qualifier", qualifier=True)


def _bare_provinces(text: str) -> list[UnitMention]:
    """Province names standing alone ("Công an Nghệ An", "(LLVT) Quảng Bình"): the whole capitalised run must be
    the name, and no organisation word ("Báo", "Trường") may precede it within a few words."""
    gaz, found = gazetteer(), []
    for match in _province_names_re().finditer(text):
        start, end = match.span()
        previous = re.search(r"([^\W\d_]+)\s$", text[max(0, start - PREVIOUS_WORD_REACH):start])
        following = _SYLLABLE.match(text, end + 1) if text[end:end + 1] == " " else None
        if previous and previous.group(1)[0].isupper() or following and following.group()[0].isupper():
            continue  # part of a longer name: "Hải Huế" (a byline), "Nguyễn Hà Nam"
        window = fold(text[max(0, start - ORGANISATION_REACH):start])
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", window) for w in lexicon.ORGANISATION_PREFIXES):
            continue
        place = next(p for p in gaz.lookup(match.group()) if p.tier == "province")
        found.append(UnitMention(place.level, place.name, start, end, "bare"))
    return found


@cache
def _province_names_re() -> re.Pattern:
    names = {p.name for places in gazetteer().by_key.values() for p in places
             if p.tier == "province" and (" " in p.name or p.name == "Huế") and p.name not in lexicon.PERSON_NAMED_PLACES}
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)")


def _inside_parentheses(text: str, start: int) -> bool:
    """An aside: a "(" less than PARENTHESIS_REACH characters before, not closed in between."""
    opened = text.rfind("(", max(0, start - PARENTHESIS_REACH + 1), start)
    return opened >= 0 and text.rfind(")", opened, start) < 0


def _bare_mentions(doc: SegmentedArticle, provinces: set[str], known: dict[str, UnitMention]) -> list[UnitMention]:
    """Known unit names without a level word: the headline's leading place, names after "tại"/"ở"."""
    text, gaz, mentions = doc.text, gazetteer(), []
    spots = []
    if doc.title and doc.sentences and doc.sentences[0].is_title:
        spots.append((doc.sentences[0].start, True))
    folded = fold(text)
    for prep in lexicon.PLACE_PREPOSITIONS:
        for match in re.finditer(rf"(?<!\w){prep}\s+(?=[^\W\d_])", folded):
            spots.append((match.end(), False))
    for pos, is_headline in spots:
        run = _capitalised_run(text, pos)
        for size in range(min(len(run), 3), 1, -1):
            name = text[run[0].start():run[size - 1].end()]
            if key(name) in known:
                mentions.append(replace(known[key(name)], start=run[0].start(), end=run[size - 1].end(), how="bare"))
                break
            places = [p for p in gaz.lookup(name) if p.era == "legacy" and p.tier in ("province", "district")]
            province_level = [p for p in places if p.tier == "province"]
            if province_level and (is_headline or not provinces or province_level[0].province in provinces):
                mentions.append(UnitMention(province_level[0].level, province_level[0].name, run[0].start(),
                                            run[size - 1].end(), "bare"))
                break
            in_article = [p for p in places if p.tier == "district" and p.province in provinces]
            if len({p.level for p in in_article}) == 1:
                mentions.append(UnitMention(in_article[0].level, in_article[0].name, run[0].start(),
                                            run[size - 1].end(), "bare"))
                break
    return mentions


def find_mentions(doc: SegmentedArticle) -> list[UnitMention]:
    """Every unit mention in the article, in text order (stages 1-4 of the module docstring)."""
    text, folded = doc.text, fold(doc.text)
    mentions = _explicit_mentions(text, folded) + _committee_mentions(text, folded)
    extra = []
    for mention in mentions:
        extra += _continuations(text, mention)
        qualifier = _qualifier(text, mention)
        if qualifier:
            extra.append(qualifier)
    mentions += extra
    mentions = [replace(m, qualifier=m.qualifier or _inside_parentheses(text, m.start)) for m in mentions]
    provinces = article_provinces(mentions)
    known = {key(m.name): m for m in mentions}
    mentions += _bare_mentions(doc, provinces, known)
    covered = sorted((m.start, m.end) for m in mentions)
    starts, reach = [s for s, _ in covered], list(accumulate((e for _, e in covered), max))

    def is_covered(pos: int) -> bool:  # inside a mention found already (the spans starting before, furthest end)
        index = bisect_right(starts, pos) - 1
        return index >= 0 and reach[index] > pos

    mentions += [m for m in _bare_provinces(text) if not is_covered(m.start)]
    unique = {(m.start, m.level): m for m in mentions}
    return sorted(unique.values(), key=lambda m: m.start)


def article_provinces(mentions: list[UnitMention]) -> set[str]:
    """Provinces the article names, directly or through units that only one province has."""
    gaz, found = gazetteer(), set()
    for m in mentions:
        places = [p for p in gaz.lookup(m.name, tier_levels(m.level)) if p.era == "legacy"]
        if m.level in PROVINCE_LEVELS and any(p.tier == "province" for p in places):
            found.add(next(p.province for p in places if p.tier == "province"))
    return found


def vote_province(mentions: list[UnitMention]) -> str | None:
    """The province that explains most of the article's units (ties -> None: never guessed)."""
    gaz, votes = gazetteer(), Counter()
    for label in {(m.level, key(m.name)): m for m in mentions}.values():
        provinces = {p.province for p in gaz.lookup(label.name, tier_levels(label.level)) if p.era == "legacy"}
        weight = 3 if label.level in PROVINCE_LEVELS and len(provinces) == 1 else 1
        for province in provinces:
            votes[province] += weight / max(1, len(provinces)) if len(provinces) > 3 else weight
    if not votes:
        return None
    ranked = votes.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]
