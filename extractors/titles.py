"""Where an official's title ends and what belongs to it (a helper of `officials`).

A title is the position and the body it is held in, written as in the text ("Trưởng Ban Dân vận Huyện uỷ Cờ Đỏ").
These shapes decide its edges, each the same whether the title comes before or after the name:
  - a body named with its purpose runs on through verbs and quotes to the level word that closes it: "Trưởng
    Ban Chỉ đạo phong trào thi đua “Dân vận khéo” tỉnh", "Phó Trưởng Ban vận động quỹ “Vì người nghèo” huyện";
  - a place tail after a comma or in brackets, which locates the body the title names, is not part of it:
    "Huyện uỷ Cờ Đỏ, TP Cần Thơ", "Đảng uỷ xã Vĩnh Phú, huyện Giang Thành (Kiên Giang)", "Chi hội Phụ nữ ấp Đông
    Hoà, xã Long Hựu Đông" (the gold's convention across articles; the place still gives the official's unit);
  - an aside in brackets ends a title when it is a caption's position note ("(bên phải)", "(thứ 2 từ trái
    sang)") or a place ("(thị xã Chơn Thành, tỉnh Bình Phước)"); an abbreviation stays ("Bộ CHQS (Bộ Chỉ huy
    Quân sự) tỉnh", "(Viettel)"), and so does a former position ("(nguyên Bí thư Huyện uỷ, ...)");
  - "và" before a lower-case word is the sentence going on, not a body's name: "... Thị xã và toàn thể lãnh đạo";
    "và" between capitalised words joins a body's name: "Ban Tuyên giáo và Dân vận", "Bộ Giáo dục và Đào tạo".
All functions take the text and its `textnorm.fold` (same offsets) and work on character offsets.
"""

from __future__ import annotations

import re

from extractors import lexicon
from extractors.gazetteer import gazetteer
from extractors.textnorm import key

# The longest a body's purpose runs before the level word that closes it: "Ban Chỉ đạo phong trào thi đua “Dân
# vận khéo” và thực hiện quy chế dân chủ ở cơ sở tỉnh" has 18 syllables; 30 leaves room and stops far short of
# the next clause.
MAX_PURPOSE_SYLLABLES = 30
# The longest aside in brackets read as a note or a place: "(thị xã Chơn Thành, tỉnh Bình Phước)" is 36.
MAX_ASIDE_CHARS = 60

_LEVEL_WORDS = sorted({*lexicon.LEVEL_OF_WORD, *lexicon.LEVEL_ABBREVIATIONS}, key=len, reverse=True)
# A level word (or "TP", "TX.") before a name: the start of a place when the text capitalises what follows.
_PLACE_START = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _LEVEL_WORDS)) + r")(?:\s+|(?<=\.))")
_BODY_WITH_PURPOSE = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.BODIES_WITH_PURPOSE) + r")(?!\w)")
# A level word closing a body's name ("... “Dân vận khéo” tỉnh"); "xã hội" is a noun, not a level.
# What closes a body named with its purpose: a level word or a village word with its name ("... thôn 5").
_PURPOSE_CLOSE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted({*_LEVEL_WORDS, *lexicon.VILLAGE_WORDS},
                                                                           key=len, reverse=True)))
                            + r")(?!\w)(?! hội)")
_CLAUSE_OR_COMMA = re.compile(r"[,;.:!?]")
_QUOTE = re.compile(r"“[^”]{1,60}”|\"[^\"]{1,60}\"")
_SYLLABLE = re.compile(r"[^\W_]+")
# A word or a number; a name's words are capitalised (any Vietnamese capital: "Ô Môn", "Ứng Hoà") or numbers.
_WORD = re.compile(r"[^\W\d_]+|\d+")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+|\d+)")
_ASIDE = re.compile(r"\(([^()]{1," + str(MAX_ASIDE_CHARS) + r"})\)")
_AND = re.compile(r"\s+và\s+(?=[^\W\d_])")
# Every title head as one alternation, longest first (shared with the officials extractor)
HEADS = "|".join(map(re.escape, sorted(lexicon.TITLE_HEADS, key=len, reverse=True)))
_FORMER = re.compile(r"\s*(?:" + "|".join(lexicon.FORMER_WORDS) + r")\s+(?:" + HEADS + r")(?!\w)")


def purpose_spans(text: str, folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans in [start, end) of bodies named with their purpose, from the body's word to the level word (and the
    unit's name) that closes the name, or to its last quote when no level word comes before a comma: stop words
    and "và" inside them do not end a title."""
    spans = []
    for body in _BODY_WITH_PURPOSE.finditer(folded, start, end):
        clause = _CLAUSE_OR_COMMA.search(_QUOTE.sub(lambda m: " " * len(m.group()), folded[body.end():end]))
        limit = body.end() + clause.start() if clause else end
        syllables = list(_SYLLABLE.finditer(text, body.end(), limit))[:MAX_PURPOSE_SYLLABLES]
        limit = syllables[-1].end() if syllables else body.end()
        close = body.end()
        level = _PURPOSE_CLOSE.search(folded, body.end(), limit)
        if level:
            close = level.end()
            while (name := _NEXT_WORD.match(text, close, limit)) and _named(name.group(1)):
                close = name.end()
        else:
            quotes = list(_QUOTE.finditer(text, body.end(), limit))
            if quotes:
                close = quotes[-1].end()
        spans.append((body.start(), close))
    return spans


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def _name_end(text: str, pos: int) -> int | None:
    """End of the capitalised (or numbered) name that starts at `pos`, or None."""
    first = _WORD.match(text, pos)
    if not first or not _named(first.group()):
        return None
    end = first.end()
    while (name := _NEXT_WORD.match(text, end)) and _named(name.group(1)):
        end = name.end()
    return end


def _named(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


def _province_end(text: str, pos: int) -> int | None:
    """End of a province named without its level word at `pos` ("Kiên Giang", "Cần Thơ"), or None."""
    end = _name_end(text, pos)
    if end is None:
        return None
    words = list(_SYLLABLE.finditer(text, pos, end))
    for size in range(min(len(words), 4), 0, -1):
        name = text[pos:words[size - 1].end()]
        if gazetteer().is_province(name) or key(name) in lexicon.PROVINCE_ALIASES or \
                key(name) in lexicon.CITY_CONTRACTIONS:
            return words[size - 1].end()
    return None


def place_tail(text: str, folded: str, pos: int) -> int | None:
    """End of a place written at `pos` (after a comma or in brackets): a level word with its name ("huyện Giang
    Thành", "TP Cần Thơ", "tỉnh Bình Phước") or a bare province ("Kiên Giang"); None when no place starts there."""
    level = _PLACE_START.match(folded, pos)
    if level:
        return _place_name_end(text, level.end())
    return _province_end(text, pos)


def _place_name_end(text: str, pos: int) -> int | None:
    """End of a unit's name after its level word: a number names the unit alone ("quận 8 Nguyễn Văn Hai"), and a
    capitalised run that goes on past a name the gazetteer knows into a personal name ends with the place
    ("huyện Giang Thành Nguyễn Văn Mười"): the title before the name of its holder."""
    end = _name_end(text, pos)
    if end is None:
        return None
    words = list(_WORD.finditer(text, pos, end))
    if words[0].group().isdigit():
        return words[0].end()
    for size in range(len(words) - 2, 0, -1):  # the longest known place that leaves two words or more
        rest = words[size:]
        if key(rest[0].group()) in lexicon.SURNAMES and len(rest) <= 5 and \
                gazetteer().lookup(text[pos:words[size - 1].end()]) and not gazetteer().lookup(text[pos:end]):
            return words[size - 1].end()
    return end


def aside(text: str, folded: str, pos: int) -> tuple[int, str] | None:
    """The bracketed aside opening at `pos`: (its end, "note" | "place" | "other"). A note is a caption's position
    or anything in lower case ("(bên phải)", "(thứ 2 từ trái sang)", "(32 tuổi)"); a place is a list of places
    ("(Kiên Giang)", "(thị xã Chơn Thành, tỉnh Bình Phước)"); "other" is an abbreviation or a body's short name
    ("(CHQS)", "(Viettel)") or a former position ("(nguyên Bí thư Huyện uỷ, Chủ tịch HĐND huyện U Minh)"), which
    belong to the title."""
    match = _ASIDE.match(text, pos)
    if not match:
        return None
    if _FORMER.match(folded, match.start(1)):
        return match.end(), "other"
    places = True
    for part in re.finditer(r"[^,]+", text[:match.end(1)][match.start(1):]):
        start = match.start(1) + part.start() + len(part.group()) - len(part.group().lstrip())
        end = match.start(1) + part.start() + len(part.group().rstrip())
        places = places and place_tail(text, folded, start) == end
    if places:
        return match.end(), "place"
    return match.end(), "other" if match.group(1).strip()[:1].isupper() else "note"


# What closes a title's unit: a level or village word with the name after it ("xã Hòa Phú", "ấp Bình Hoà", "thôn
# 3", "huyện"), or a Party committee ("Huyện uỷ", "Đảng uỷ").
_UNIT_CLOSERS = sorted({*lexicon.LEVEL_OF_WORD, *lexicon.VILLAGE_WORDS, *lexicon.COMMITTEE_LEVELS, "đảng uỷ"},
                       key=len, reverse=True)
_UNIT_CLOSE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _UNIT_CLOSERS)) + r")(?!\w)")
_GOES_ON = re.compile(r"(?:" + "|".join(map(re.escape, (*lexicon.TITLE_CONTINUATIONS, *lexicon.LEVEL_BODY_WORDS)))
                      + r")(?!\w)")
_HEAD = re.compile(r"(?:" + HEADS + r")(?!\w)")


def after_unit(text: str, folded: str, start: int, end: int, protected: list[tuple[int, int]],
               head_end: int) -> int | None:
    """Offset where a title written after a name ends because its unit is complete: a lower-case word right after
    a unit that closes the title ("Chủ tịch UBND xã Hòa Phú vui vẻ cho biết", "Trưởng Ban Dân vận Huyện uỷ căn
    dặn", "Chủ tịch UBND huyện cắt băng"); a verb or adverb there is the sentence going on, whatever its word. Not
    when the word goes on with the title: a continuation ("kiêm", "phụ trách"), another place ("thôn Đông xã Hoà
    Phú"), a body named with its level ("huyện đoàn", "xã đội"), another title's head; nor inside a body named
    with its purpose. A unit word inside the head closes the title with its name ("Trưởng ấp Bình Hoà thừa nhận"),
    never alone ("Thôn trưởng")."""
    for unit in _UNIT_CLOSE.finditer(folded, start, end):
        close = unit.end()
        while (name := _NEXT_WORD.match(text, close, end)) and _named(name.group(1)):
            close = name.end()
        if close <= head_end:
            continue
        if unit.group().endswith("uỷ") and close > unit.end() and \
                not gazetteer().lookup(text[unit.end():close].strip()):
            continue  # a body after a committee, not its unit: "Đảng uỷ Quân sự tỉnh", "Đảng uỷ Mặt trận Tổ quốc"
        word = _NEXT_WORD.match(text, close, end)
        if not word or not word.group(1)[0].islower() or inside(protected, word.start(1)):
            continue
        pos = word.start(1)
        if _UNIT_CLOSE.match(folded, pos) or _GOES_ON.match(folded, pos) or _HEAD.match(folded, pos):
            continue
        return close
    return None


def first_and_lower(text: str, folded: str, start: int, end: int, protected: list[tuple[int, int]]) -> int | None:
    """Offset of the first " và " in [start, end) before a lower-case word, outside `protected` spans: where the
    sentence goes on after a title ("... Thị xã và toàn thể lãnh đạo")."""
    for match in _AND.finditer(folded, start, end):
        if not text[match.end()].isupper() and not inside(protected, match.start() + 1):
            return match.start()
    return None
