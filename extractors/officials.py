"""Named officials with their title, unit and role.

Two patterns cover the articles:
  1. title before name: "Bí thư Huyện uỷ Hương Sơn Bùi Nhân Sâm", "Chủ tịch UBND huyện Cẩm Xuyên Hà Văn Bình";
  2. name before title: "đồng chí Nguyễn Văn Linh - HUV, Bí thư Huyện đoàn", lists "các đồng chí: A – T1; B, T2".
and these combine: a title before and a second function after the name ("Phó Chủ tịch UBMTTQ tỉnh A, Phó
Trưởng Ban vận động quỹ ... tỉnh"), a plural title before several names ("các Phó Bí thư Đảng uỷ A, B và C"),
a plural title over a list ("các đồng chí Ủy viên BTV Tỉnh uỷ: A - T1; B - T2": "Ủy viên BTV Tỉnh uỷ, T1").
A name is 2-4 capitalised syllables starting with a Vietnamese surname or the first syllable of an
ethnic-minority name shape (`lexicon.SURNAMES`; or any capitalised run after an honorific such as "ông", "bà",
"Đại tá", or at the start of a list item); a lower-case syllable inside it is a casing error ("Bùi nhân Sâm").
When a capitalised run holds a unit and a name ("Hương Sơn Bùi Nhân Sâm", "Lạc Dương Ya Tiong"), the gazetteer
tells where the unit ends. Where a title ends is `titles`' business. Names without any title are left out
(ANNOTATION.md); see `ner_officials` for the optional NER pass.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, islice

from extractors import lexicon, titles
from extractors.context import ArticleContext
from extractors.gazetteer import RANK, gazetteer
from extractors.people import role_of, title_case
from extractors.textnorm import fold, key, strip_accents
from schemas import Official

NAME = "officials"
VERSION = "5"  # 5: a title after a name ends after the unit that closes it, title unit cues as whole words, place
# tails and bodies named after people before the holder's name, plural titles before "là"/"gồm", age asides, five-syllable
# Ê Đê names. 4: former positions in brackets, places named after people, bodies opened by surname-like
# syllables, verbs of visits, photo captions repeat the body. 3: titles as written (bodies with purposes, place
# tails, asides, lists, plural and shared heads, second functions), complete surname and position lexicons,
# ethnic-minority name shapes
EXTRACTOR = f"{NAME}.rules@{VERSION}"
TABLE = "officials"
NEEDS = ("mentions", "units", "event")  # an official's unit may be the event's ("Chủ tịch UBND huyện")
PROVIDES = ("officials",)
MOVEMENT_FACTS = False  # officials are stored for every article
MAX_TITLE_SYLLABLES = 40
HONORIFIC_REACH = 15  # the longest honorific before a name ("phó chủ tịch" is a title; "thượng tướng", 12) and spaces
NAME_AFTER_COMMA = 40  # a name after a comma in a title list: four syllables of up to seven letters and spaces
# "các đồng chí " and "những đồng chí " before a plural title, with spaces to spare
PLURAL_REACH = 20
# the separator between a title and the place it was cut before: ", " or " (" with stray spaces
SEPARATOR_REACH = 5
# a title shared by a list ("các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy:"): 15 syllables hold the longest
# (Ủy viên Ban Chấp hành Đảng bộ tỉnh, 8) with room, and keep a whole clause before a colon from being one
MAX_SHARED_TITLE_SYLLABLES = 15
BODY_REACH = max(map(len, lexicon.BODIES_OPENED_BY_SURNAMES)) + 1  # a body's opening words and the boundary after
# three functions before a name: "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh,
# Chủ tịch Hội Nông dân tỉnh" (25 syllables) and a name, with room
MAX_GAP_SYLLABLES = 32

_SYL = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")  # "H'Linh Niê": Ê Đê and Jrai names keep their apostrophe
_HEAD_RE = re.compile(r"(?<![\w])(" + titles.HEADS + r")(?!\w)")
_HONORIFIC_RE = re.compile(r"(?<![\w/])(" + "|".join(map(re.escape, sorted(lexicon.HONORIFICS, key=len,
                                                                             reverse=True))) + r")\s+$")
_STOP_RE = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(lexicon.TITLE_STOPS, key=len, reverse=True)))
                      + r")(?!\w)")
_SEPARATOR = re.compile(r"\s*(?:[-–—]|,)\s*")
# Nouns of bodies' names that hold a stop word: "Trung tâm Dịch vụ Việc làm", "Uỷ ban kiểm tra", "Phòng giao dịch".
COMPOUND_REACH = max(map(len, lexicon.NOUNS_HOLDING_STOPS))  # a compound lies within this of its stop word
_COMPOUND = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, lexicon.NOUNS_HOLDING_STOPS)) + r")(?!\w)")
# A dash before a lower-case word closes a title set off by dashes: "ông A - Chủ tịch Hội Nông dân xã - vẫn ...".
_DASH_LOWER = re.compile(r"\s[-–—]\s*(?=[^\W\d_])")
_CONTINUATION = re.compile(r"(?:" + "|".join(lexicon.TITLE_CONTINUATIONS) + r")(?!\w)")
# "Thủ tướng và Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn": a second head after "và" is a second person.
_AND_HEAD = re.compile(r"(?<!\w)và\s+(?=" + "(?:" + titles.HEADS + r")(?!\w))")

_STOP_WORDS = frozenset(w for w in lexicon.TITLE_STOPS if " " not in w) | frozenset(
    w for w in lexicon.ACTION_VERBS if " " not in w)
_STREET_END = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.STREET_WORDS) + r")\s*$")
_VILLAGE_END = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.VILLAGE_WORDS) + r")\s*$")
_UNIT_BEFORE = re.compile(r"(?:" + "|".join(lexicon.UNIT_BEFORE_NAME) + r")\s*$")
_SHORT_QUOTE = re.compile(r"“[^”.;:]{1,40}”")
_ASIDE = re.compile(r"\s*\([^()]{1,30}\)")
# One word standing for a whole name: K'Ho, M'nông, Ê Đê "K'Bình", "H'Hen" (never "M'Đrắk", a district).
_APOSTROPHE_NAME = re.compile(r"[HK]['’][^\W\d_]{2,}")
# A person's age or year of birth set off by commas between the name and the title.
_AGE_ASIDE = re.compile(r"\s*,\s*(?:\d{1,3}\s+tuổi|sinh năm\s+\d{4})(?=\s*,)")
_BRACKETED = re.compile(r"\s*\(([^()]{1," + str(titles.MAX_ASIDE_CHARS) + r"})\)")
# A level, village or street word right before a capitalised run: the run names a place ("xã Nguyễn Phích",
# "đường Lê Lợi"), never a person.
_PLACE_WORD_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(
    {*lexicon.LEVEL_OF_WORD, *lexicon.VILLAGE_WORDS, *lexicon.STREET_WORDS}, key=len, reverse=True))) + r")\s+$")
_BODY_OPENED_BY_SURNAME = re.compile(r"(?:" + "|".join(map(re.escape, lexicon.BODIES_OPENED_BY_SURNAMES))
                                     + r")(?!\w)")
# A head of deputies right after a delegation's noun names the delegation ("đoàn đại biểu Quốc hội tỉnh"), not a
# title of the name after it.
_DELEGATION_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.DELEGATION_NOUNS) + r")\s+$")
DELEGATION_REACH = max(map(len, lexicon.DELEGATION_NOUNS)) + 3
# the longest level, village or street word before a name ("quảng trường", "tổ dân phố") and spaces
PLACE_WORD_REACH = max(map(len, {*lexicon.LEVEL_OF_WORD, *lexicon.VILLAGE_WORDS, *lexicon.STREET_WORDS})) + 3
# A photo credit closing a caption ("... thăm hỏi người dân. Ảnh: BD", "(Ảnh: Xuân Đoàn)").
# Level words and committees of a title (`lexicon.TITLE_UNIT_CUES`) as whole words, longest first: "thị xã" is not
# "xã"; "xã hội" ("Ban Văn hoá - Xã hội HĐND tỉnh") names no level.
_UNIT_CUE = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted((c for c, _ in lexicon.TITLE_UNIT_CUES), key=len,
                                                                    reverse=True))) + r")(?!\w)(?! hội)")
_PHOTO_CREDIT = re.compile(r"(?:^|[\s(.])(?:ảnh|nguồn ảnh|photo)\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    name: str
    title: str
    name_start: int
    name_end: int
    title_start: int
    title_end: int
    unit_end: int | None = None  # a place left out of the title still says its unit ("..., huyện Giang Thành")


def _is_surname(word: str) -> bool:
    """Whether a name can start with `word`: a surname or the first syllable of an ethnic-minority name shape
    (`lexicon.SURNAMES`); "H'Linh", "K'Bình", "Bh'ling" by the part before the apostrophe."""
    folded = key(word)
    return folded in lexicon.SURNAMES or (("'" in word or "’" in word) and folded.split()[0] in lexicon.SURNAMES)


def _stop(text: str, folded: str, start: int, end: int,
          protected: list[tuple[int, int]] = ()) -> re.Match | None:
    """The first word of `lexicon.TITLE_STOPS` in [start, end) that the text writes in lower case, outside the
    `protected` names of bodies: verbs end a title, the names of bodies ("Ban Chỉ đạo", "Sở Thông tin và Truyền
    thông", "Ban chỉ đạo phong trào ... huyện") do not."""
    for match in _STOP_RE.finditer(folded, start, end):
        if text[match.start()].islower() and not titles.inside(protected, match.start()) and \
                not _in_compound(folded, match):
            return match
    return None


_COMMA_BODY = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, lexicon.BODIES_HOLDING_COMMAS)) + r")(?!\w)")
COMMA_BODY_REACH = max(map(len, lexicon.BODIES_HOLDING_COMMAS))


def _comma_in_body(folded: str, pos: int) -> bool:
    """Whether the comma at `pos` lies inside a body's name (`lexicon.BODIES_HOLDING_COMMAS`)."""
    return any(b.start() < pos < b.end() for b in _COMMA_BODY.finditer(
        folded, max(0, pos - COMMA_BODY_REACH), pos + COMMA_BODY_REACH))


def _in_compound(folded: str, match: re.Match) -> bool:
    """Whether a stop word lies inside a noun of `lexicon.NOUNS_HOLDING_STOPS` ("uỷ ban kiểm tra", "giao dịch")."""
    return any(c.start() <= match.start() and match.end() <= c.end() for c in _COMPOUND.finditer(
        folded, max(0, match.start() - COMPOUND_REACH), match.end() + COMPOUND_REACH))


def _capitalised_runs(text: str, start: int, end: int) -> list[list[re.Match]]:
    """Runs of capitalised syllables in [start, end); one lower-case syllable is allowed after a surname when a
    capitalised one follows ("Bùi nhân Sâm")."""
    runs, current = [], []
    syllables = list(_SYL.finditer(text, start, end))
    for i, match in enumerate(syllables):
        word = match.group()
        adjacent = current and text[current[-1].end():match.start()] == " "
        if word[0].isupper() and (not current or adjacent):
            current.append(match)
            continue
        if current and adjacent and _casing_error(text, syllables, i, current, adjacent):
            current.append(match)
            continue
        if current:
            runs.append(current)
        current = [match] if word[0].isupper() else []
    if current:
        runs.append(current)
    return runs


def _casing_error(text: str, syllables: list[re.Match], i: int, current: list[re.Match], adjacent: bool) -> bool:
    """"Bùi nhân Sâm": a surname, one lower-case syllable, one capitalised syllable, then the name ends."""
    word = syllables[i].group()
    if key(word) in _STOP_WORDS:
        return False  # "Phủ Lý tặng Giấy khen": a verb, not a mis-cased middle name
    if current and key(f"{current[-1].group()} {word}") in lexicon.WORDS_OPENED_BY_SURNAMES:
        return False  # "Trung tâm Văn hóa Thể dục": a noun, not "Văn" and a mis-cased name
    name = current[1:] if current and key(current[0].group()) in lexicon.HONORIFICS else current  # "Ông Nguyễn"
    if not (word[0].islower() and name and adjacent and _is_surname(name[-1].group())
            and (len(name) == 1 or not _is_surname(name[0].group()) or len(name) > 2)):
        return False
    if key(f"{current[-1].group()} {word}") in lexicon.HONORIFICS:
        return False  # "Đồng chí"
    nxt = syllables[i + 1] if i + 1 < len(syllables) else None
    if not nxt or not nxt.group()[0].isupper() or text[syllables[i].end():nxt.start()] != " ":
        return False
    after = syllables[i + 2] if i + 2 < len(syllables) else None
    return not (after and after.group()[0].isupper() and text[nxt.end():after.start()] == " ")


ALL_MARKS, END_MARKS = ";.:!?“”\"()", ";.:!?"
# A short quote spans at most 42 characters (“ + 40 + ”), so whether a mark is quoted depends only on the 41
# characters before it; an abbreviation's word is looked for in the 8 before its full stop.
QUOTE_REACH = 42
ABBREVIATION_REACH = 8


def _counts(text: str, start: int, end: int, pos: int) -> bool:
    """Whether the mark at `pos` ends a clause that starts at `start`: not inside a short quote that opens at or
    after `start` (“Dân vận khéo” inside a title), not the full stop of "TP." or "H." before a capital."""
    for opening in range(max(start, pos - QUOTE_REACH + 1), pos + 1):
        if text[opening] == "“":
            quote = _SHORT_QUOTE.match(text, opening, end)
            if quote and quote.end() > pos:
                return False
    if text[pos] == ".":
        word = re.search(r"([^\W\d_]+)$", text[max(start, pos - ABBREVIATION_REACH):pos])
        if word and key(word.group(1)) in lexicon.DOTTED_ABBREVIATIONS and text[pos + 1:pos + 3][-1:].isupper():
            return False
    return True


class ClauseMarks:
    """The clause-ending marks of one sentence, to find the first one after any offset in logarithmic time
    (looking it up by scanning from each title head would be quadratic in a long sentence).

    Whether a mark counts depends on where the clause starts only for marks within QUOTE_REACH of that start;
    those are checked one by one, the others were checked once for the whole sentence."""

    def __init__(self, text: str, start: int, end: int, marks: str = ALL_MARKS):
        self.text, self.end = text, end
        self.pattern = re.compile("[" + re.escape(marks) + "]")
        # brackets around a place do not end a clause: "xã X, huyện Y (Kiên Giang) Trương Văn Hiếu"
        self.asides = _place_asides(text, fold(text), start, end) if "(" in marks else []
        self.counted = [m.start() for m in self.pattern.finditer(text, start, end)
                        if _counts(text, start, end, m.start()) and not titles.inside(self.asides, m.start())]

    def first(self, start: int) -> int | None:
        """Offset of the first clause-ending mark in [start, end), or None."""
        near = min(self.end, start + QUOTE_REACH)
        for match in self.pattern.finditer(self.text, start, near):
            if _counts(self.text, start, self.end, match.start()) and not titles.inside(self.asides, match.start()):
                return match.start()
        index = bisect_left(self.counted, near)
        return self.counted[index] if index < len(self.counted) else None


def _plausible_name(name: str) -> bool:
    folded = key(name)
    words = folded.split()
    if len(words) == 2 and words[0] in lexicon.CAN_STEMS and words[1] in lexicon.CHI_BRANCHES:
        return False  # "Tết Giáp Thìn"
    if folded in lexicon.EXCLUDED_NAMES or _HEAD_RE.match(folded) or any(
            head.startswith(folded + " ") for head in lexicon.TITLE_HEADS):
        return False
    acronyms = [len(w) > 1 and w.isupper() for w in name.split()]
    if any(acronyms) and not all(acronyms):
        return False  # "Đoàn ĐBQH", "Hà UBND": an acronym beside capitalised words names a body, not a person
    return not any(p.tier == "province" for p in gazetteer().lookup(name))


def _name_in_run(text: str, run: list[re.Match], anchored: bool,
                 after_place: tuple[str, ...] | None = None) -> int | None:
    """Index where the personal name starts in a capitalised run, or None when the run holds no name.

    After a level word or a committee (`after_place`, the levels it names: "xã Mai Sơn Y Nhi", "Huyện uỷ Hà
    Quảng Nông Văn Dìn") the run opens with a place, so a split whose first part the gazetteer knows at that
    level wins over a name that would swallow the place ("Mai Sơn Y Nhi")."""
    words = [m.group() for m in run]
    options = [i for i in range(len(words)) if (2 <= len(words) - i <= _longest_name(words[i]) or
                                                 len(words) - i == 1 and _APOSTROPHE_NAME.fullmatch(words[i]))
               and (anchored and i == 0 or _is_surname(words[i]))
               and _plausible_name(text[run[i].start():run[-1].end()])
               and not _BODY_OPENED_BY_SURNAME.match(fold(text[run[i].start():run[i].start() + BODY_REACH]))]
    if not options:
        return None
    gaz = gazetteer()
    if after_place is not None:
        for i in options:
            if i and gaz.lookup(text[run[0].start():run[i - 1].end()], after_place or None):
                return i
    for i in options:
        prefix = text[run[0].start():run[i - 1].end()] if i else ""
        if not prefix or gaz.lookup(prefix) or _names_body(prefix):
            return i
    # a body named after a person before its head's name ("Bệnh viện Phạm Ngọc Thạch Trần Văn Hùng", "Trường THCS
    # Lê Quý Đôn Mạc Thị Hương"): two names in one run, and a personal name is three syllables most often
    if len(words) >= 5 and len(words) - 3 in options and \
            _is_surname(words[0]) and len(words) - 3 >= 2:
        return len(words) - 3
    # after an unknown place ("Trưởng thôn Pả Vi Hạ"), only a full three-syllable name is taken as a name
    return options[0] if len(words) - options[0] >= 3 else None


def _names_body(prefix: str) -> bool:
    """Whether a capitalised prefix is a body named with its level, alone or with its unit ("Tỉnh Đoàn", "Huyện
    Ủy", "Thành Đoàn Cần Thơ"): "Bí thư Tỉnh Đoàn Đoàn Văn Thái" is Đoàn Văn Thái."""
    words = key(prefix).split()
    body = " ".join(words[:2])
    if body not in lexicon.BODIES_NAMING_UNIT and body not in lexicon.COMMITTEE_LEVELS:
        return False
    return len(words) == 2 or bool(gazetteer().lookup(" ".join(words[2:])))


def _longest_name(first: str) -> int:
    """Most syllables of a name opening with `first`: five for the Ê Đê, Jrai and M'nông gender prefixes ("Y
    Thanh Hà Niê Kdăm", `lexicon.FIVE_SYLLABLE_NAME_STARTS`), else four ("Nguyễn Thị Minh Khai")."""
    folded = key(first)
    return 5 if folded in lexicon.FIVE_SYLLABLE_NAME_STARTS or folded.split()[0] == "h" and "'" in first else 4


def _title_before(text: str, folded: str, sentence_start: int, sentence_end: int) -> list[Found]:
    found = []
    marks = ClauseMarks(text, sentence_start, sentence_end)
    for head in _HEAD_RE.finditer(folded, sentence_start, sentence_end):
        if _DELEGATION_BEFORE.search(folded, max(sentence_start, head.start() - DELEGATION_REACH), head.start()):
            continue  # "Thay mặt đoàn đại biểu Quốc hội tỉnh, bà X": the delegation, not X's title
        limit = marks.first(head.end()) or sentence_end
        syllables = list(islice(_SYL.finditer(text, head.end(), limit), MAX_GAP_SYLLABLES))
        if not syllables:
            continue
        places = _place_asides(text, folded, head.end(), syllables[-1].end())
        for run in _capitalised_runs(text, head.end(), syllables[-1].end()):
            if titles.inside(places, run[0].start()):
                continue  # "(Kiên Giang)": the place of the title's unit
            gap = folded[head.end():run[0].start()]
            honorific = _HONORIFIC_RE.search(gap)
            gap_core = gap[: honorific.start()] if honorific else gap
            listed = _PLURAL_IS.search(gap_core)
            if listed and _PLURAL.search(folded[max(sentence_start, head.start() - PLURAL_REACH):head.start()]):
                gap_core = gap_core[:listed.start()]  # "hai Phó Chủ tịch UBND huyện là A và B": the names listed
            span = slice(head.start(), head.end() + len(gap_core))
            protected = titles.purpose_spans(text, folded, span.start, span.stop)
            if _stop(text, folded, head.end(), span.stop, protected) or _AND_HEAD.search(gap_core):
                break
            title_cut = _gap_place_tail(text, folded, head, span.stop)
            if title_cut is False:
                break
            if title_cut and run[0].start() < title_cut[1]:
                run = [m for m in run if m.start() >= title_cut[1]]
                if not run:
                    continue  # the place tail's own name
                # "..., huyện Giang Thành Nguyễn Văn Mười": the holder's name after the tail's
            index = _name_in_run(text, run, anchored=bool(honorific), after_place=_place_levels(gap_core))
            if index is None:
                continue
            if gap_core.rstrip().endswith(",") and not _set_off_by_comma(text, folded, sentence_start, head, run,
                                                                         index):
                break
            if re.search(r"(?<!\w)và\s*$", gap_core):
                break  # "Chủ tịch UBND xã và Nguyễn Văn A": A is not the Chủ tịch
            if index == 0 and _UNIT_BEFORE.search(gap_core) and \
                    gazetteer().lookup(text[run[0].start():run[-1].end()], _place_levels(gap_core) or None):
                continue  # "Bí thư Quận uỷ Dương Kinh": a unit, not a name (a Huyện uỷ names a huyện: "Ya Ly" after
                # it is a person, though a xã has that name)
            if index == 0 and head.group() != "già làng" and _VILLAGE_END.search(
                    folded[head.start():run[0].start()]) and not _personal_shape(run):
                continue  # "Trưởng thôn Ngọc Xuyên": the village, not a name
            if index == 0 and _STREET_END.search(folded, head.start(), run[0].start()):
                continue  # "Tổ trưởng tổ dân phố đường Lê Lợi": a street named after a person
            name_start, name_end = run[index].start(), run[-1].end()
            if name_end < len(text) and text[name_end:name_end + 2].strip()[:1].isupper() and \
                    _SYL.match(text, name_end + 1):
                break
            title_end = run[index - 1].end() if index else head.start() + len(gap_core.rstrip()) + (
                head.end() - head.start())
            if title_cut:
                title_end = title_cut[0]
            title_end = _before_place_aside(text, folded, head.start(), title_end)
            title = text[head.start():title_end].strip(" ,-–")
            found.append(Found(text[name_start:name_end], title, name_start, name_end, head.start(), title_end,
                               unit_end=name_start))
            break
    return _drop_nested(found)


def _personal_shape(run: list[re.Match]) -> bool:
    """A run shaped as a personal name and no place: a surname, then a middle name (`lexicon.MIDDLE_NAMES`), then a
    given name ("Nguyễn Văn Nam", "Lầu A Sình"): "Trưởng thôn Nguyễn Văn Nam" names the head, not the village."""
    return len(run) >= 3 and _is_surname(run[0].group()) and key(run[1].group()) in lexicon.MIDDLE_NAMES


def _set_off_by_comma(text: str, folded: str, sentence_start: int, head: re.Match, run: list[re.Match],
                      index: int) -> bool:
    """A title opening its clause and set off from its name by a comma: "Chủ tịch UBND xã Phú Lộc, ông Nguyễn
    Văn Bảy cho biết", "Theo Bí thư Huyện uỷ X, bà K'Mák, ...". Not when the title is the previous listed
    person's ("đồng chí A - Phó Giám đốc Sở X, đồng chí B - Chủ tịch ...", "của Bộ trưởng Bộ Công an, Đại tá B
    - Giám đốc ..."), which shows as the name having its own title after it or words before the head."""
    if index != 0:
        return False
    opening = folded[sentence_start:head.start()].strip(" \"“”'‘’(-–")
    # an adverbial clause before it opens the clause too ("Tại buổi lễ, Chỉ huy trưởng Ban CHQS huyện, Thiếu tá
    # A trao quà"), when it names no person whose title this could be
    introduced = opening.endswith(",") and not any(
        len(r) >= 2 and _is_surname(r[0].group()) for r in _capitalised_runs(text, sentence_start, head.start()))
    if opening not in ("", "theo") and not introduced:
        return False
    sep = _SEPARATOR.match(text, run[-1].end())
    return not (sep and sep.group().strip() and _HEAD_RE.match(folded, sep.end()))


def _place_levels(gap: str) -> tuple[str, ...] | None:
    """Levels of the unit whose name follows `gap` (folded): "... huyện " -> ("huyen",), "Huyện uỷ " -> ("huyen",),
    "Đảng uỷ ", "UBND " -> () (any level); None when no unit's name follows."""
    match = _UNIT_BEFORE.search(gap)
    if not match:
        return None
    word = re.search(r"(\S+\s+)?(\S+)\s*$", gap[:match.end()])
    pair, last = (word.group(1) or "").strip() + " " + word.group(2), word.group(2)
    if pair.strip() in lexicon.COMMITTEE_LEVELS:
        return (lexicon.COMMITTEE_LEVELS[pair.strip()],)
    if last in lexicon.LEVEL_OF_WORD:
        level = lexicon.LEVEL_OF_WORD[last]
        return ("thi_xa",) if pair.strip() == "thị xã" else (level,)
    return ()


def _gap_place_tail(text: str, folded: str, head: re.Match, gap_end: int) -> tuple[int, int] | None | bool:
    """Commas between a title's head and its name: each must open another title ("Bí thư Đảng uỷ, Chủ tịch HĐND
    xã X") or a place tail locating the unit ("Đảng uỷ xã Vĩnh Phú, huyện Giang Thành (Kiên Giang)"), which the
    title leaves out. Returns (where the title ends, where the tail ends) for a tail, None when every comma opens
    a title, False when a comma opens anything else (the name is not this head's)."""
    for comma in re.finditer(r",\s*", text[head.end():gap_end]):
        after = head.end() + comma.end()
        if _comma_in_body(folded, head.end() + comma.start()):
            continue  # "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh"
        if after == gap_end or _HEAD_RE.match(folded, after) or _CONTINUATION.match(folded, after):
            continue  # "Chủ tịch UBND xã Phú Lộc, ông Nguyễn Văn Bảy": the name right after the comma
        tail = titles.place_tail(text, folded, after)
        if tail:
            return head.end() + comma.start(), tail
        return False
    return None


def _place_asides(text: str, folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of places in brackets in [start, end): "(Kiên Giang)", "(thị xã Chơn Thành, tỉnh Bình Phước)"."""
    spans = []
    for bracket in re.finditer(r"\(", text[start:end]):
        found = titles.aside(text, folded, start + bracket.start())
        if found and found[1] == "place":
            spans.append((start + bracket.start(), found[0]))
    return spans


def _before_place_aside(text: str, folded: str, start: int, end: int) -> int:
    """A title before its name without a trailing place in brackets: "Bí thư Đảng uỷ xã X (Kiên Giang) Nguyễn ..."."""
    bracket = text.find("(", start, end)
    if bracket >= 0:
        found = titles.aside(text, folded, bracket)
        if found and found[1] == "place":
            return len(text[:bracket].rstrip())
    return end


def _drop_nested(found: list[Found]) -> list[Found]:
    """"Phó Bí thư" inside "Bí thư ..." gives the same name twice: keep the longest title."""
    best: dict[int, Found] = {}
    for f in found:
        if f.name_start not in best or f.title_start < best[f.name_start].title_start:
            best[f.name_start] = f
    return list(best.values())


def _title_after(text: str, folded: str, sentence_start: int, sentence_end: int,
                 taken: list[tuple[int, int]]) -> list[Found]:
    found = []
    taken = sorted(taken)
    starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))  # the furthest end among the spans starting so far
    marks = ClauseMarks(text, sentence_start, sentence_end, END_MARKS)
    for run in _capitalised_runs(text, sentence_start, sentence_end):
        before = folded[max(sentence_start, run[0].start() - HONORIFIC_REACH):run[0].start()]
        # a list item opens with its name: "có các đồng chí: Văn Thị Bạch Tuyết, Phó Bí thư ...; Ksor Phước, ..."
        anchored = bool(_HONORIFIC_RE.search(before) or re.search(r"[:;]\s*$", before))
        run, capitalised_honorific = _strip_honorific(run)
        anchored = anchored or capitalised_honorific
        if not run:
            continue
        if not capitalised_honorific and _PLACE_WORD_BEFORE.search(
                folded, max(sentence_start, run[0].start() - PLACE_WORD_REACH), run[0].start()):
            continue  # "Chủ tịch HĐND xã Nguyễn Phích (nguyên ...)": a commune named after a person
        index = _name_in_run(text, run, anchored)
        if index is None or index != 0 and not anchored:
            if index is None:
                continue
        name_start, name_end = run[index].start(), run[-1].end()
        inside = bisect_right(starts, name_start) - 1  # spans starting at or before the name
        if inside >= 0 and reach[inside] > name_start:
            continue  # the name is part of a title found before its name
        bracketed = _BRACKETED.match(text, name_end)
        head = bracketed and _HEAD_RE.match(folded, bracketed.start(1))
        if head:  # "Ông Nguyễn Văn Tư (Chủ tịch UBND xã Tân Hoà) trao quà": the title in brackets
            end = _title_end(text, folded, head.start(), bracketed.end(1), starts, marks, head.end())
            title = text[head.start():end].strip(" ,;-–")
            if title:
                found.append(Found(text[name_start:name_end], title, name_start, name_end, head.start(), end))
            continue
        aside = _ASIDE.match(text, name_end)  # "Đinh Thị Hlen (32 tuổi), cán bộ ..."
        skip_aside = aside and not _HEAD_RE.match(folded, aside.start() + aside.group().index("(") + 1)
        after_name = aside.end() if skip_aside else name_end
        age = _AGE_ASIDE.match(folded, after_name)  # "Trần Văn Bảy, 65 tuổi, Bí thư Chi bộ ...": the age set off
        after_name = age.end() if age else after_name
        sep = _SEPARATOR.match(text, after_name)
        head_pos = sep.end() if sep else after_name + 1
        head = _HEAD_RE.match(folded, head_pos)
        if not head or (not sep and not anchored):
            continue
        end = _title_end(text, folded, head.start(), sentence_end, starts, marks, head.end())
        title = text[head.start():end].strip(" ,;-–")
        if title:
            found.append(Found(text[name_start:name_end], title, name_start, name_end, head.start(), end,
                               unit_end=_trailing_place(text, folded, end)))
    return found


# Past the 41st syllable a title is cut to 40 (MAX_TITLE_SYLLABLES) whatever ends it later, so the words that
# might end it are looked for only this far beyond: enough for what decides a comma (40 characters after it)
# and a dash (the two words after it).
TITLE_SCAN_MARGIN = 120


def _title_end(text: str, folded: str, start: int, limit: int, taken_starts: list[int], marks: ClauseMarks,
               head_end: int | None = None) -> int:
    """Where a title written after a name ends: clause punctuation, a stop word outside the name of a body, "và"
    before a lower-case word, a note or a place in brackets, a comma before anything but another title or body,
    a place tail locating the title's unit, the next listed name."""
    end = _joined_by_semicolons(text, folded, min(marks.first(start) or limit, limit), limit, marks)
    beyond = list(islice(_SYL.finditer(text, start, end), MAX_TITLE_SYLLABLES + 1))
    if len(beyond) > MAX_TITLE_SYLLABLES:
        end = min(end, beyond[-1].start() + TITLE_SCAN_MARGIN)
    dash = _next_listed_name(text, start, end)
    if dash is not None:
        end = dash
    for aside in _DASH_LOWER.finditer(text, start, end):  # "ông A - nguyên Chủ tịch Hội Nông dân xã - vẫn ..."
        if text[aside.end()].islower() and not (_HEAD_RE.match(folded, aside.end()) or
                                                 _CONTINUATION.match(folded, aside.end())):
            end = aside.start()
            break
    protected = titles.purpose_spans(text, folded, start, end)
    stop = _stop(text, folded, head_end or start, end, protected)  # not inside the head ("Người có uy tín")
    if stop:
        end = stop.start()
        # a link before the stop word joins the next phrase, not the title: "..., Phó Chủ tịch UBND tỉnh và đồng
        # chí B", "... Hội Nông dân tỉnh cùng các đồng chí ..."
        link = _LINK_BEFORE.search(folded, start, end)
        if link:
            end = link.start()
    joined = titles.first_and_lower(text, folded, start, end, protected)
    if joined is not None:
        end = joined
    closed = titles.after_unit(text, folded, start, end, protected, head_end or start)
    if closed is not None:
        end = closed
    for bracket in re.finditer(r"\s*\(", text[start:end]):
        found = titles.aside(text, folded, start + bracket.end() - 1)
        if found and found[1] != "other" and not titles.inside(protected, start + bracket.end() - 1):
            end = start + bracket.start()  # "(bên phải)", "(thứ 2 từ trái sang)", "(thị xã X, tỉnh Y)"
            break
    for comma in re.finditer(r",\s*", text[start:end]):
        after = start + comma.end()
        if titles.inside(protected, after) or _comma_in_body(folded, start + comma.start()):
            continue
        runs = _capitalised_runs(text, after, min(end, after + NAME_AFTER_COMMA))
        starts_name = runs and runs[0][0].start() == after and _name_in_run(text, runs[0], False) == 0
        if titles.place_tail(text, folded, after):
            end = start + comma.start()  # ", TP Cần Thơ", "ấp Đông Hoà, xã X": where the title's body is
            break
        # a title goes on after a comma with another title or organisation ("HUV, Bí thư Huyện đoàn",
        # "Trưởng ban Dân vận, Phòng Chính trị", "Thị uỷ, phụ trách Đảng bộ phường X"), and stops at anything
        # else (", năm 2023 huyện đã ...")
        goes_on = text[after:after + 1].isupper() or _HEAD_RE.match(folded, after) or \
            _CONTINUATION.match(folded, after)
        if starts_name or not goes_on:
            end = start + comma.start()
            break
    following = bisect_right(taken_starts, start)  # the first title found before its name after `start`
    if following < len(taken_starts) and taken_starts[following] < end:
        end = taken_starts[following]
    words = list(_SYL.finditer(text, start, end))
    if len(words) > MAX_TITLE_SYLLABLES:
        end = words[MAX_TITLE_SYLLABLES - 1].end()
    return end


def _next_listed_name(text: str, start: int, end: int) -> int | None:
    """Offset of a dash (or "và") that opens the next "Name - Title" of a list ("A – Bí thư ...; B – Chủ tịch ...",
    "A, Phó Bí thư Huyện uỷ và B, Phó Chủ tịch ..."): it is followed by a personal name and another separator. A
    dash inside a body's name ("Trung tâm Tuyển sinh - Việc làm", "Thi đua - Khen thưởng") is not."""
    for dash in re.finditer(r"\s(?:[-–]|và)\s", text[start:end]):
        after = start + dash.end()
        runs = _capitalised_runs(text, after, min(end, after + NAME_AFTER_COMMA))
        if not runs or runs[0][0].start() != after or _name_in_run(text, runs[0], False) != 0:
            continue
        if _SEPARATOR.match(text, runs[0][-1].end()) and text[runs[0][-1].end():runs[0][-1].end() + 3].strip():
            return start + dash.start()
    return None


def _joined_by_semicolons(text: str, folded: str, end: int, limit: int, marks: ClauseMarks) -> int:
    """A title goes on across ";" when what follows is another title with no name of its own ("ông A, Bí thư Chi
    bộ; Trưởng thôn Pác Bó cho biết"); a list's next item opens with a name ("...; B, Chủ tịch ...")."""
    while end < limit and text[end] == ";":
        nxt = re.match(r";\s*", text[end:])
        after = end + nxt.end()
        if not _HEAD_RE.match(folded, after):
            break
        following = marks.first(after) or limit
        if _title_before(text, folded, after, following):
            break  # the head has a name of its own: the list's next item
        end = following
    return end


def _trailing_place(text: str, folded: str, end: int) -> int | None:
    """End of the place a title after a name was cut before (", TP Cần Thơ", " (thị xã X, tỉnh Y)"), or None."""
    match = re.match(r"\s*,\s*", text[end:end + SEPARATOR_REACH])
    if match:
        return titles.place_tail(text, folded, end + match.end())
    match = re.match(r"\s*(?=\()", text[end:end + SEPARATOR_REACH])
    found = titles.aside(text, folded, end + match.end()) if match else None
    return found[0] if found and found[1] == "place" else None


def _unit(ctx: ArticleContext, f: Found) -> str | None:
    mention = ctx.explicit_unit_in(f.title_start, max(f.title_end, f.unit_end or 0))
    if mention:
        return mention.label
    if f.unit_end and f.unit_end > f.title_end:  # "Trưởng thôn Pả Vi Hạ (xã Pả Vi)": the commune in brackets
        tail = [m for m in ctx.mentions if f.title_end <= m.start < f.unit_end]
        if tail:
            return max(tail, key=lambda m: (RANK[m.level], m.start)).label
    named = {match.group(1) for match in _UNIT_CUE.finditer(fold(f.title))}
    for cue, level in lexicon.TITLE_UNIT_CUES:
        if cue in named:
            return ctx.main_unit(level)
    return None


def find(text: str, sentence_start: int, sentence_end: int) -> list[Found]:
    """Every (name, title) pair in one sentence."""
    folded = fold(text)
    before = _title_before(text, folded, sentence_start, sentence_end)
    before = _with_second_function(text, folded, before, sentence_start, sentence_end)
    before += _plural_title_names(text, before, sentence_end)
    taken = [(f.title_start, max(f.name_end, f.title_end)) for f in before]
    after = _title_after(text, folded, sentence_start, sentence_end, taken)
    found = _with_shared_head(text, folded, sentence_start, sentence_end, before + after)
    return sorted(found, key=lambda f: f.name_start)


def _with_second_function(text: str, folded: str, before: list[Found], sentence_start: int,
                          sentence_end: int) -> list[Found]:
    """A title before the name and another after it, in apposition: "Phó Chủ tịch UBMTTQ tỉnh Nguyễn Thị Minh,
    Phó Trưởng Ban vận động quỹ “Vì người nghèo” tỉnh phát biểu" holds both, joined as written (", " or " - "),
    unless the second title is the next person's ("..., Phó Chủ tịch UBND huyện Trần Văn B")."""
    starts = sorted(f.title_start for f in before)
    marks = ClauseMarks(text, sentence_start, sentence_end, END_MARKS)
    result = []
    for f in before:
        sep = _SEPARATOR.match(text, f.name_end)
        head = _HEAD_RE.match(folded, sep.end()) if sep and sep.group().strip() else None
        if head:
            end = _title_end(text, folded, head.start(), sentence_end, starts, marks, head.end())
            second = text[head.start():end].strip(" ,;-–")
            nxt = bisect_left(starts, head.start())  # a title before the next name, inside this one?
            if second and not (nxt < len(starts) and starts[nxt] < end):
                joint = ", " if "," in sep.group() else f" {sep.group().strip()} "
                f = dataclasses.replace(f, title=f"{f.title}{joint}{second}", title_end=head.start() + len(second))
        result.append(f)
    return result


_PLURAL_IS = re.compile(r"\s+(?:là|gồm)\s+$")  # a plural title's names after "là" or "gồm"
_LINK_BEFORE = re.compile(r"\s+(?:và|cùng|với)\s*$")
_PLURAL = re.compile(r"(?<!\w)(?:các|những|hai|ba|bốn|năm)\s+(?:đồng chí\s+)?$")
_NAME_LINK = re.compile(r"\s*(?:,|và|;)\s*")


def _plural_title_names(text: str, before: list[Found], sentence_end: int) -> list[Found]:
    """A plural title before several names gives each the title: "các Phó Bí thư Đảng uỷ Nguyễn Lộc Hà, Trần
    Văn Nam và Ngô Thành Tuấn" are three Phó Bí thư Đảng uỷ."""
    more = []
    for f in before:
        if not _PLURAL.search(fold(text[max(0, f.title_start - PLURAL_REACH):f.title_start])):
            continue
        pos = f.name_end
        while link := _NAME_LINK.match(text, pos, sentence_end):
            runs = _capitalised_runs(text, link.end(), min(sentence_end, link.end() + NAME_AFTER_COMMA))
            if not runs or runs[0][0].start() != link.end() or _name_in_run(text, runs[0], True) != 0 or \
                    _HEAD_RE.match(fold(text[link.end():runs[0][-1].end()])):
                break
            run = runs[0]
            more.append(Found(text[run[0].start():run[-1].end()], f.title, run[0].start(), run[-1].end(),
                              f.title_start, f.title_end))
            pos = run[-1].end()
    return more


# "các đồng chí Ủy viên BTV Tỉnh ủy: A - Trưởng Ban ...; B - Giám đốc ...": a title shared by a list's names.
_SHARED_HEAD = re.compile(r"(?<!\w)(?:các|những)\s+(?:đồng chí\s+)?(?=" + "(?:" + titles.HEADS + r")(?!\w))")


def _with_shared_head(text: str, folded: str, start: int, end: int, found: list[Found]) -> list[Found]:
    """A plural title before a colon belongs to every name of the list after it: each listed title is written
    after it ("Ủy viên BTV Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy"), and a name listed alone takes it as its
    title ("các Phó Chủ tịch UBND tỉnh: A, B và C"). The list runs to the end of the sentence or the next plural
    title over a list."""
    marks = ClauseMarks(text, start, end, END_MARKS)
    lists = []
    for shared in _SHARED_HEAD.finditer(folded, start, end):
        colon = marks.first(shared.end())
        if colon is None or text[colon] != ":" or len(_SYL.findall(text, shared.end(), colon)) > MAX_SHARED_TITLE_SYLLABLES:
            continue
        if lists and lists[-1][2] > shared.start():
            continue  # inside the previous list's head
        lists.append((shared.end(), colon, colon))
    if not lists:
        return found
    found = sorted(found, key=lambda f: f.name_start)
    names = [f.name_start for f in found]
    result = list(found)
    for i, (head_start, colon, _) in enumerate(lists):
        list_end = lists[i + 1][0] if i + 1 < len(lists) else end
        head_title = text[head_start:colon].strip()
        first, last = bisect_left(names, head_start), bisect_left(names, list_end)
        if bisect_left(names, colon) > first:
            continue  # a name before the colon: not a title over the list
        for j in range(first, last):
            if found[j].title_start > colon:
                result[j] = dataclasses.replace(found[j], title=f"{head_title}, {found[j].title}")
        listed = set(names[first:last])
        result += _names_listed_alone(text, colon + 1, list_end, listed, head_title, head_start, colon)
    return result


def _names_listed_alone(text: str, pos: int, end: int, listed: set[int], title: str, title_start: int,
                        title_end: int) -> list[Found]:
    """Names standing alone as items of a list ("A, B và C"), with the list's shared title."""
    found = []
    while pos < end:
        space = re.compile(r"\s*").match(text, pos, end)
        runs = _capitalised_runs(text, space.end(), min(end, space.end() + NAME_AFTER_COMMA))
        if not runs or runs[0][0].start() != space.end():
            break
        run = runs[0]
        nxt = _NAME_LINK.match(text, run[-1].end(), end)
        stop = _STOP_RE.match(fold(text), run[-1].end() + 1) if text[run[-1].end():run[-1].end() + 1] == " " else None
        # the last name before the sentence's verb: "các Phó Chủ tịch UBND huyện: A, B dự hội nghị"
        alone = nxt or run[-1].end() >= end or text[run[-1].end()] == "." or (stop and text[stop.start()].islower())
        if not alone or run[0].start() in listed:
            break  # a listed name with its own title: handled by the title after the name
        if _name_in_run(text, run, True) != 0:
            break
        found.append(Found(text[run[0].start():run[-1].end()], title, run[0].start(), run[-1].end(), title_start,
                           title_end))
        pos = nxt.end() if nxt else end
    return found


def _strip_honorific(run: list[re.Match]) -> tuple[list[re.Match], bool]:
    """A run opening a sentence with its honorific ("Ông Sa Phol", "Đồng chí Lê Văn Phúc") without it."""
    for size in (2, 1):
        if len(run) > size and key(" ".join(m.group() for m in run[:size])) in lexicon.HONORIFICS:
            return run[size:], True
    return run, False


@lru_cache(maxsize=8)  # searched only when a short name needs completing, once per article
def full_names(text: str) -> tuple[str, ...]:
    """Names written in full after an honorific ("ông Lý Sà Rết"), to complete later short mentions."""
    names = []
    for run in _capitalised_runs(text, 0, len(text)):
        before = fold(text[max(0, run[0].start() - HONORIFIC_REACH):run[0].start()])
        run, capitalised_honorific = _strip_honorific(run)
        if 3 <= len(run) <= 4 and (capitalised_honorific or _HONORIFIC_RE.search(before)) and \
                _is_surname(run[0].group()):
            names.append(title_case(text[run[0].start():run[-1].end()]))
    return tuple(names)


def _completed(name: str, text: str) -> str:
    """ "Sà Rết" -> "Lý Sà Rết" when the article names exactly one such person in full (most names start with a
    surname and need no search); "Cụt Thị Hợi" -> "Cù Thị Hợi" when the article also writes the same given
    names after a surname one letter away (`_respelled`)."""
    if _is_surname(name.split()[0]):
        return name
    longer = {f for f in full_names(text) if key(f).endswith(" " + key(name))}
    return longer.pop() if len(longer) == 1 else _respelled(name, text)


def _respelled(name: str, text: str) -> str:
    """A name whose first syllable is no surname, written elsewhere in the article with a surname that differs
    from it by one letter (tones aside) before the same given names: a typo, and the person is named as
    officially spelled (ANNOTATION.md "Typos and look-alike letters"). The given names must be at least two
    syllables so that the match is one person; the only such spelling is taken."""
    words = name.split()
    if len(words) < 3:
        return name
    rest = r"\s+".join(map(re.escape, words[1:]))
    found = {m.group(1) for m in re.finditer(r"(?<!\w)([^\W\d_]+)\s+" + rest + r"(?!\w)", text, re.IGNORECASE)
             if m.group(1)[0].isupper() and _is_surname(m.group(1))
             and _one_letter_apart(strip_accents(m.group(1)), strip_accents(words[0]))}
    return f"{found.pop()} {' '.join(words[1:])}" if len(found) == 1 else name


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether one letter added, dropped or changed turns `a` into `b` (or they are equal)."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _photo_caption(ctx: ArticleContext, sentence) -> bool:
    """A photo caption: a sentence closed by a photo credit, in itself or in the next sentence of its paragraph
    ("Bí thư Tỉnh uỷ X Nguyễn Văn A thăm hỏi người dân. Ảnh: BD")."""
    if _PHOTO_CREDIT.search(sentence.text):
        return True
    sentences = ctx.doc.sentences
    following = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
    return bool(following and following.paragraph == sentence.paragraph and
                _PHOTO_CREDIT.match(following.text.lstrip()))


def extract(ctx: ArticleContext) -> list[Official]:
    """Every titled person once: with the title of their first mention, lengthened by a later mention that writes
    it in full ("Bí thư Quận uỷ" then "Bí thư Quận uỷ Dương Kinh"), except by a photo caption, which repeats the
    body ("Trần Văn Lâu, Bí thư Tỉnh uỷ" in the body keeps its title under a caption's "Bí thư Tỉnh uỷ Vĩnh
    Long Trần Văn Lâu"); a body mention replaces a caption's."""
    doc, merged = ctx.doc, {}
    for sentence in doc.sentences:
        caption = None
        for found in find(doc.text, sentence.start, sentence.end):
            f = dataclasses.replace(found, name=_completed(title_case(found.name), doc.text))
            name = title_case(f.name)
            ident = key(name)
            caption = _photo_caption(ctx, sentence) if caption is None else caption
            if ident in merged:
                previous, _, previous_caption = merged[ident]
                longer = key(previous.title) in key(f.title) and len(f.title) > len(previous.title)
                if (previous_caption and not caption) or (longer and previous_caption == caption):
                    merged[ident] = (f, sentence, caption)  # the span must lie in the evidence sentence
                continue
            merged[ident] = (f, sentence, caption)
    records = []
    for f, sentence, _ in merged.values():
        records.append(Official(
            article_id=doc.article_id, evidence=sentence.text, char_start=min(f.name_start, f.title_start),
            char_end=max(f.name_end, f.title_end), extractor=EXTRACTOR, name=title_case(f.name), title=f.title,
            unit=_unit(ctx, f), role=role_of(sentence.text),
        ))
    return records
