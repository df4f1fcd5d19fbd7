"""Named officials with their title, unit and role.

Two patterns cover the articles:
  1. title before name: "Bí thư Huyện uỷ Hương Sơn Bùi Nhân Sâm", "Chủ tịch UBND huyện Cẩm Xuyên Hà Văn Bình";
  2. name before title: "đồng chí Nguyễn Văn Linh - HUV, Bí thư Huyện đoàn", lists "các đồng chí: A – T1; B, T2".
A name is 2-4 capitalised syllables starting with a Vietnamese surname (or any capitalised run after an
honorific such as "ông", "bà", "Đại tá"); a lower-case syllable inside it is a casing error ("Bùi nhân Sâm").
When a capitalised run holds a unit and a name ("Hương Sơn Bùi Nhân Sâm"), the gazetteer tells where the unit
ends. Names without any title are left out (ANNOTATION.md); see `pipeline.ner` for the optional NER pass.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, islice

from extractors import lexicon
from extractors.context import ArticleContext
from extractors.gazetteer import gazetteer
from extractors.people import role_of, title_case
from extractors.textnorm import blank_out, fold, key
from schemas import Official

NAME = "officials"
VERSION = "2"  # 2: "TP." inside titles, apostrophe names, can-chi years, short names completed
EXTRACTOR = f"{NAME}.rules@{VERSION}"
TABLE = "officials"
NEEDS = ("mentions", "units", "event")  # an official's unit may be the event's ("Chủ tịch UBND huyện")
PROVIDES = ("officials",)
MOVEMENT_FACTS = False  # officials are stored for every article
MAX_TITLE_SYLLABLES = 40
HONORIFIC_REACH = 15  # the longest honorific before a name ("phó chủ tịch" is a title; "thượng tướng", 12) and spaces
NAME_AFTER_COMMA = 40  # a name after a comma in a title list: four syllables of up to seven letters and spaces
MAX_GAP_SYLLABLES = 22  # "Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Chỉ đạo phong trào thi đua “Dân vận khéo” huyện" + name

_SYL = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")  # "H'Linh Niê": Ê Đê and Jrai names keep their apostrophe
_HEAD_RE = re.compile(r"(?<![\w])(" + "|".join(map(re.escape, sorted(lexicon.TITLE_HEADS, key=len, reverse=True)))
                      + r")(?!\w)")
_HONORIFIC_RE = re.compile(r"(?<![\w/])(" + "|".join(map(re.escape, sorted(lexicon.HONORIFICS, key=len,
                                                                             reverse=True))) + r")\s+$")
_STOP_RE = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(lexicon.TITLE_STOPS, key=len, reverse=True)))
                      + r")(?!\w)")
# A dash before another "Name - Title" of a list: "A – Bí thư ...; B – Chủ tịch ...".
_DASH_BEFORE_NAME = re.compile(r"\s[-–]\s(?=[^\W\d_]+\s[^\W\d_]+\s*[-–,])")
_SEPARATOR = re.compile(r"\s*(?:[-–—]|,)\s*")
# A title goes on with the place it belongs to: "Người có uy tín bản Mì, xã Mường Kim".
_TITLE_PLACE = re.compile(r"(?:" + "|".join(lexicon.LEVEL_OF_WORD) + r")\s+[A-ZĐ0-9]")
# Organisations whose names hold a verb that otherwise ends a title: "Trưởng Ban Chỉ đạo ..."
_ORG_WITH_VERB = re.compile(r"ban (?:chỉ đạo|tổ chức|đại diện|vận động)")

_STOP_WORDS = frozenset(w for w in lexicon.TITLE_STOPS if " " not in w) | frozenset(
    w for w in lexicon.ACTION_VERBS if " " not in w)
_VILLAGE_END = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.VILLAGE_WORDS) + r")\s*$")
_UNIT_BEFORE = re.compile(r"(?:" + "|".join(lexicon.UNIT_BEFORE_NAME) + r")\s*$")
_SHORT_QUOTE = re.compile(r"“[^”.;:]{1,40}”")
_ASIDE = re.compile(r"\s*\([^()]{1,30}\)")


@dataclass(frozen=True)
class Found:
    name: str
    title: str
    name_start: int
    name_end: int
    title_start: int
    title_end: int


def _is_surname(word: str) -> bool:
    folded = key(word)
    return folded in lexicon.SURNAMES or (folded.startswith("h ") and ("'" in word or "’" in word))  # H'Linh


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
        self.counted = [m.start() for m in self.pattern.finditer(text, start, end)
                        if _counts(text, start, end, m.start())]

    def first(self, start: int) -> int | None:
        """Offset of the first clause-ending mark in [start, end), or None."""
        near = min(self.end, start + QUOTE_REACH)
        for match in self.pattern.finditer(self.text, start, near):
            if _counts(self.text, start, self.end, match.start()):
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
    return not any(p.tier == "province" for p in gazetteer().lookup(name))


def _name_in_run(text: str, run: list[re.Match], anchored: bool) -> int | None:
    """Index where the personal name starts in a capitalised run, or None when the run holds no name."""
    words = [m.group() for m in run]
    options = [i for i in range(len(words)) if 2 <= len(words) - i <= 4 and (anchored and i == 0 or
                                                                              _is_surname(words[i]))
               and _plausible_name(text[run[i].start():run[-1].end()])]
    if not options:
        return None
    gaz = gazetteer()
    for i in options:
        prefix = text[run[0].start():run[i - 1].end()] if i else ""
        if not prefix or gaz.lookup(prefix):
            return i
    # after an unknown place ("Trưởng thôn Pả Vi Hạ"), only a full three-syllable name is taken as a name
    return options[0] if len(words) - options[0] >= 3 else None


def _title_before(text: str, folded: str, sentence_start: int, sentence_end: int) -> list[Found]:
    found = []
    marks = ClauseMarks(text, sentence_start, sentence_end)
    for head in _HEAD_RE.finditer(folded, sentence_start, sentence_end):
        limit = marks.first(head.end()) or sentence_end
        syllables = list(islice(_SYL.finditer(text, head.end(), limit), MAX_GAP_SYLLABLES))
        if not syllables:
            continue
        for run in _capitalised_runs(text, head.end(), syllables[-1].end()):
            gap = folded[head.end():run[0].start()]
            honorific = _HONORIFIC_RE.search(gap)
            gap_core = gap[: honorific.start()] if honorific else gap
            with_head = blank_out(_ORG_WITH_VERB, folded[head.start():head.end() + len(gap_core)])
            if _STOP_RE.search(with_head, head.end() - head.start()) or re.search(r"(?<!\w)và\s*$", gap_core) or any(
                    not _HEAD_RE.match(folded, head.end() + comma.end()) for comma in re.finditer(r",\s*", gap_core)):
                break
            index = _name_in_run(text, run, anchored=bool(honorific))
            if index is None:
                continue
            if index == 0 and _UNIT_BEFORE.search(gap_core) and \
                    gazetteer().lookup(text[run[0].start():run[-1].end()]):
                continue  # "Bí thư Quận uỷ Dương Kinh": a unit, not a name
            if index == 0 and head.group() != "già làng" and _VILLAGE_END.search(folded[head.start():run[0].start()]):
                continue  # "Trưởng thôn Ngọc Xuyên": the village, not a name
            name_start, name_end = run[index].start(), run[-1].end()
            if name_end < len(text) and text[name_end:name_end + 2].strip()[:1].isupper() and \
                    _SYL.match(text, name_end + 1):
                break
            title_end = run[index - 1].end() if index else head.start() + len(gap_core.rstrip()) + (
                head.end() - head.start())
            title = text[head.start():title_end].strip(" ,-–")
            found.append(Found(text[name_start:name_end], title, name_start, name_end, head.start(), title_end))
            break
    return _drop_nested(found)


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
        anchored = bool(_HONORIFIC_RE.search(before))
        run, capitalised_honorific = _strip_honorific(run)
        anchored = anchored or capitalised_honorific
        if not run:
            continue
        index = _name_in_run(text, run, anchored)
        if index is None or index != 0 and not anchored:
            if index is None:
                continue
        name_start, name_end = run[index].start(), run[-1].end()
        inside = bisect_right(starts, name_start) - 1  # spans starting at or before the name
        if inside >= 0 and reach[inside] > name_start:
            continue  # the name is part of a title found before its name
        aside = _ASIDE.match(text, name_end)  # "Đinh Thị Hlen (32 tuổi), cán bộ ..."
        skip_aside = aside and not _HEAD_RE.match(folded, aside.start() + aside.group().index("(") + 1)
        after_name = aside.end() if skip_aside else name_end
        sep = _SEPARATOR.match(text, after_name)
        head_pos = sep.end() if sep else after_name + 1
        head = _HEAD_RE.match(folded, head_pos)
        if not head or (not sep and not anchored):
            continue
        end = _title_end(text, folded, head.start(), sentence_end, starts, marks, head.end())
        title = text[head.start():end].strip(" ,;-–")
        if title:
            found.append(Found(text[name_start:name_end], title, name_start, name_end, head.start(), end))
    return found


# Past the 41st syllable a title is cut to 40 (MAX_TITLE_SYLLABLES) whatever ends it later, so the words that
# might end it are looked for only this far beyond: enough for what decides a comma (40 characters after it)
# and a dash (the two words after it).
TITLE_SCAN_MARGIN = 120


def _title_end(text: str, folded: str, start: int, limit: int, taken_starts: list[int], marks: ClauseMarks,
               head_end: int | None = None) -> int:
    """Where a title written after a name ends: clause punctuation, a stop word, the next listed name."""
    end = marks.first(start) or limit
    beyond = list(islice(_SYL.finditer(text, start, end), MAX_TITLE_SYLLABLES + 1))
    if len(beyond) > MAX_TITLE_SYLLABLES:
        end = min(end, beyond[-1].start() + TITLE_SCAN_MARGIN)
    dash = _DASH_BEFORE_NAME.search(text, start, end)
    if dash:
        end = dash.start()
    stop = _STOP_RE.search(folded, head_end or start, end)  # not inside the head ("Người có uy tín")
    if stop:
        end = stop.start()
    for comma in re.finditer(r",\s*", text[start:end]):
        after = start + comma.end()
        runs = _capitalised_runs(text, after, min(end, after + NAME_AFTER_COMMA))
        starts_name = runs and runs[0][0].start() == after and _name_in_run(text, runs[0], False) == 0
        # a title goes on after a comma with another title or organisation ("HUV, Bí thư Huyện đoàn",
        # "Trưởng ban Dân vận, Phòng Chính trị"), and stops at anything else (", năm 2023 huyện đã ...")
        goes_on = text[after:after + 1].isupper() or _HEAD_RE.match(folded, after) or _TITLE_PLACE.match(text, after)
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


def _unit(ctx: ArticleContext, f: Found) -> str | None:
    mention = ctx.explicit_unit_in(f.title_start, f.title_end)
    if mention:
        return mention.label
    title = fold(f.title)
    for cue, level in lexicon.TITLE_UNIT_CUES:
        if re.search(rf"(?<!\w){cue}", title):
            return ctx.main_unit(level)
    return None


def find(text: str, sentence_start: int, sentence_end: int) -> list[Found]:
    """Every (name, title) pair in one sentence."""
    folded = fold(text)
    before = _title_before(text, folded, sentence_start, sentence_end)
    taken = [(f.title_start, f.name_end) for f in before]
    after = _title_after(text, folded, sentence_start, sentence_end, taken)
    return sorted(before + after, key=lambda f: f.name_start)


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
    surname and need no search)."""
    if _is_surname(name.split()[0]):
        return name
    longer = {f for f in full_names(text) if key(f).endswith(" " + key(name))}
    return longer.pop() if len(longer) == 1 else name


def extract(ctx: ArticleContext) -> list[Official]:
    doc, merged = ctx.doc, {}
    for sentence in doc.sentences:
        for found in find(doc.text, sentence.start, sentence.end):
            f = dataclasses.replace(found, name=_completed(title_case(found.name), doc.text))
            name = title_case(f.name)
            ident = key(name)
            if ident in merged:
                previous = merged[ident]
                if key(previous[0].title) in key(f.title) and len(f.title) > len(previous[0].title):
                    merged[ident] = (f, sentence)  # the span must lie in the evidence sentence
                continue
            merged[ident] = (f, sentence)
    records = []
    for f, sentence in merged.values():
        records.append(Official(
            article_id=doc.article_id, evidence=sentence.text, char_start=min(f.name_start, f.title_start),
            char_end=max(f.name_end, f.title_end), extractor=EXTRACTOR, name=title_case(f.name), title=f.title,
            unit=_unit(ctx, f), role=role_of(sentence.text),
        ))
    return records
