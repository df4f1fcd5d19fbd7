"""The conference an article reports: kind, date, period, unit, province, attendees, movement.

Stages:
  1. Candidate mentions: an event noun ("hội nghị", "lễ", "hội thi", "ngày hội", "chương trình tuyên dương") with
     a kind word close after it ("hội nghị sơ kết") or joined by "và" ("họp mặt ... và tuyên dương"), a review
     verb ("vừa tổng kết"), a bare "tại hội nghị" (kind hoi_nghi), a ceremony handing over the movement's gifts
     ("lễ bàn giao nhà Đại đoàn kết": hoi_nghi), a meeting that reviews results ("cuộc họp đánh giá kết quả").
  2. Mentions that are planned, rehearsed, counted ("236 hội thi"), celebrated ("chào mừng Đại hội ..."),
     working sessions or unrelated to a movement are dropped.
  3. The article's event: the first body mention with a specific kind (the headline only if the body has
     none), else the first generic one; a digest's further paragraphs that each report another unit's
     gathering with its own date and organiser add one event each.
  4. Date, period, unit, attendees and movement are read from its sentence, then its paragraph and article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

from extractors import lexicon
from extractors.context import ArticleContext
from extractors.gazetteer import RANK
from extractors.movements import movement_code, movements_named, usual_name
from extractors.periods import (
    PLAN_CUE_WINDOW,
    YEAR,
    Period,
    as_date,
    find_dates,
    find_occasions,
    opening_offset,
    resolve_year,
    years_reviewed,
)
from extractors.textnorm import fold
from schemas import Event, Sentence

NAME = "events"
# 6: dates restated in the next sentences or a caption, dated generic mentions, headline years, plenums, background
# clauses, cited first gatherings, document codes, long date ranges, source tags, spelled and coordinated counts
VERSION = "6"  # 5: part-year reviews, reviews stated as durations, launches of a year, headline lines in the
# body, festivals in digests, examples of counted gatherings. 4: digests, meetings, gift ceremonies, "chương trình
# tuyên dương"; dates in more shapes, years from the event's own name, anniversary occasions; contests without
# period; headline province prefixes
EXTRACTOR = f"{NAME}.rules@{VERSION}"
TABLE = "events"
NEEDS = ("mentions", "province", "periods", "units")
PROVIDES = ("event",)
MOVEMENT_FACTS = True

# Event nouns, meetings ("cuộc họp") and "chương trình" or "buổi" before a kind word ("chương trình tuyên dương
# ...", "buổi giao lưu ...").
_PROGRAMME = ("(?:" + "|".join(map(re.escape, lexicon.PROGRAMME_NOUNS)) + r")(?=\s+(?:"
              + "|".join(lexicon.PROGRAMME_KIND_WORDS) + r")(?!\w))")
_NOUN_RE = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, lexicon.EVENT_NOUNS + lexicon.MEETING_NOUNS),
                                                     key=len, reverse=True))
                      + "|" + _PROGRAMME + r")(?!\w)")
_KIND_RES = [(re.compile(r"(?<!\w)(?:" + p + r")(?!\w)"), kind) for p, kind in lexicon.EVENT_KINDS]
_REVIEW_RE = [re.compile(p) for p in lexicon.REVIEW_VERBS]
_JOINED_REVIEW = re.compile(r"(?<!\w)và (?:tổ chức |tiến hành )?(" + "|".join(lexicon.JOINED_KIND_WORDS)
                            + r")(?!\w)")
_GIFT_CEREMONY = re.compile(r"\s*" + lexicon.GIFT_CEREMONY)
_HOLDING = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.HOLDING_VERBS) + r")(?!\w)")
_VENUE = re.compile(r"(?<!\w)(?:tại|ở)\s+$")
_COUNTED = re.compile(r"(?:(?<![/\d.-])\d[\d.]*|(?<!\w)(?:" + "|".join(lexicon.GATHERING_COUNT_WORDS) + r"))\s*$")
# Gathering nouns coordinated under one count ("25 buổi giao lưu, toạ đàm", "12 hội nghị và hội thi"): what lies
# between a counted noun and the next is at most a kind word and a comma, "và" or "hoặc" (16 characters hold
# " giao lưu, " and " tuyên dương và ").
COORDINATED_REACH = 16
_COORDINATING = re.compile(r"[,/]|(?<!\w)(?:và|hoặc)(?!\w)")
_NEGATIVE_LOOKALIKES = re.compile("|".join(lexicon.NEGATIVE_CUE_LOOKALIKES))
# A plan named as a document ("Kế hoạch số 104 ... về tổ chức tổng kết", "Kế hoạch 104-KH/HU") is a reference that
# the reported gathering carries out, not a plan cue.
_PLAN_DOCUMENT = re.compile(r"kế hoạch số[^,;]*|kế hoạch\s+\d[\w/.-]*")
_EXAMPLES = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.GATHERING_EXAMPLE_CUES) + r")(?!\w)|:")
NEGATIVE_WINDOW = 40  # characters around the noun: "sẽ tổ chức hội nghị", "hội nghị ... dự kiến" (dev and written sets)
COUNT_BEFORE_NOUN = 12  # a number and its approximation word before the noun: "hơn 1.200 hội nghị"
VENUE_REACH = 8  # "tại " or "ở " and spaces before a unit: the unit is the venue, not the host
ATTENDANCE_SENTENCES = 5  # "Tham dự có ..." follows the lede within five sentences in the dev articles
ATTENDEE_SENTENCES = 4  # the delegates are counted in the event's sentence or the three after it
# Reports of a conference appear within days (at most 3 days after in the dev, corpus and written sets that
# give both dates); 90 days leaves room for slow portals.
CITED_AFTER_DAYS = 90
# An event named in one sentence may be dated in one of the next three: an attendance line ("Đến dự có ...") often
# comes between ("... vừa tổ chức hội nghị tổng kết ... Đến dự có ... Hội nghị diễn ra trong ngày 20/12 ...").
RESTATING_SENTENCES = 3
LEDE_SENTENCES = 3  # the lede of the dev articles names date and event within its first three sentences
# A lede opens with its date after at most a source tag and a dash or bullet ("(QNO) - Chiều nay 3/1, ...").
OPENING_DATE_CHARS = 20
# A place before a colon in the first characters of a headline is its prefix ("Bình Phước: ...", "TP Hồ Chí Minh:").
HEADLINE_PREFIX_CHARS = 30
# Words before a bracketed date that may name an observance ("kỷ niệm 93 năm Ngày truyền thống ... (15/10)").
OBSERVANCE_WINDOW = 60
# Reviews of year X are held from the second half of X (July on) to the first quarter of X+1 (the corpus and dev
# reviews with both dates fall in October to January).
HELD_IN_REVIEWED_YEAR_FROM = 7
HELD_NEXT_YEAR_UNTIL = 3
# A launch of year X's campaign or fund ("phát động “Quỹ vì người nghèo” năm 2015") is held in X up to October; in
# November and December the next year's campaign is often launched at the review of the current one.
LAUNCHED_IN_YEAR_UNTIL = 10
_LAUNCH = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.LAUNCH_WORDS) + r")(?!\w)")
_ATTENDEES = re.compile(r"(?:(hơn|gần|khoảng|trên)\s+)?(\d{1,3}(?:\.\d{3})*|\d+)\s+đại biểu(?! quốc hội| hđnd)")


@dataclass(frozen=True)
class Mention:
    kind: str
    start: int
    end: int
    sentence: Sentence
    specific: bool
    contest: bool = False  # a contest ("hội thi") reviews no phase: no period
    bare: bool = False  # a generic noun ("hội nghị", "buổi lễ") with no word of its own saying its kind


_CELEBRATED = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.EVENT_CELEBRATED_CUES) + r")(?!\w)")


def celebrated_spans(folded: str) -> list[tuple[int, int]]:
    """Stretches of a sentence whose gatherings are celebrated, not reported: from the end of a celebration cue
    ("chào mừng Đại hội ...") to the next verb that holds a gathering ("Hướng tới kỷ niệm ..., Ban Dân vận đã tổ
    chức Hội thi ...": the contest is held) or the sentence end. Computed once per sentence."""
    cues = [(m.end(), "cue") for m in _CELEBRATED.finditer(folded)]
    if not cues:
        return []
    marks = sorted(cues + [(m.start(), "held") for m in _HOLDING.finditer(folded)])
    spans, opened = [], None
    for position, what in marks:
        if what == "cue" and opened is None:
            opened = position
        elif what == "held" and opened is not None:
            spans.append((opened, position))
            opened = None
    if opened is not None:
        spans.append((opened, len(folded) + 1))
    return spans


def _negated(folded: str, start: int, end: int, celebrated: list[tuple[int, int]],
             allowed: tuple[str, ...] = ()) -> bool:
    """A plan, rehearsal or other non-event cue near the noun ("sẽ", "tổng duyệt"), not counting decree
    references ("Kế hoạch số 104 ... về tổ chức tổng kết") and the `allowed` cues, or a celebration cue before
    it with no holding verb in between."""
    around = folded[max(0, start - NEGATIVE_WINDOW):end + NEGATIVE_WINDOW]
    around = _NEGATIVE_LOOKALIKES.sub(" ", _PLAN_DOCUMENT.sub(" ", around))
    if any(re.search(rf"(?<!\w){cue}(?!\w)", around) for cue in lexicon.EVENT_NEGATIVE_CUES if cue not in allowed):
        return True
    if _planned_holding(folded, end):
        return True
    return any(s <= start < e for s, e in celebrated)


# "Hội nghị lần thứ 15 Ban Chấp hành ...", "Hội nghị Ban Thường vụ ...", "Hội nghị Trung ương 8" (lexicon.PLENUM_BODIES).
_PLENUM_AFTER = re.compile(r"\s*(?:lần thứ\s+\w+\s*,?\s*)?(?:" + "|".join(lexicon.PLENUM_BODIES) + r")(?!\w)")
_DOCUMENT_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.DOCUMENT_OF_A_CONFERENCE) + r")\s+(?:số\s+\S+\s+)?$")
PLENUM_REACH = 24  # "thông báo kết luận số 12 " before "hội nghị"
_PLANNED_HOLDING = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.PLANNED_HOLDING_CUES) + r")(?:\s+được)?\s+$")
# Characters before the holding verb that may hold its plan cue: "dự kiến sẽ được " (16).
PLANNED_HOLDING_REACH = 20
# Characters from a gathering noun to the verb that holds it: room for a long name ("Hội nghị biểu dương điển hình
# tiên tiến trong phong trào thi đua “Dân vận khéo” giai đoạn 2020 - 2025 của huyện ... sẽ được tổ chức").
HOLDING_VERB_REACH = 200
_CLAUSE_END = re.compile(r"[.;]")


def _planned_holding(folded: str, end: int) -> bool:
    """The gathering named at `end` is the subject of a holding verb in its own clause that a plan cue modifies
    ("Hội nghị biểu dương điển hình tiên tiến huyện Mộc Châu sẽ được tổ chức vào tháng 11")."""
    limit = min(len(folded), end + HOLDING_VERB_REACH)
    clause_end = _CLAUSE_END.search(folded, end, limit)
    held = _HOLDING.search(folded, end, clause_end.start() if clause_end else limit)
    if held is None:
        return False
    return _PLANNED_HOLDING.search(folded[max(end, held.start() - PLANNED_HOLDING_REACH):held.start()]) is not None


# The first EVENT_KIND_WINDOW words from a position (the words themselves, any spacing).
_FIRST_WORDS = re.compile(r"\s*(\S+(?:\s+\S+){0," + str(lexicon.EVENT_KIND_WINDOW - 1) + "})")


def _kind_after(folded: str, pos: int, whole: bool = False) -> tuple[str, int] | None:
    if whole:
        window = folded[pos:]
    else:
        words = _FIRST_WORDS.match(folded, pos)
        window = " ".join(words.group(1).split()) if words else ""
    best = None
    for pattern, kind in _KIND_RES:
        match = pattern.search(window)
        if match and (best is None or match.start() < best[1]):
            best = (kind, match.start())
    return best


def _about_movement(folded: str) -> bool:
    """Text about emulation or mass mobilisation, or naming a movement of the lexicon ("quỹ Vì người nghèo")."""
    return any(cue in folded for cue in lexicon.MOVEMENT_CUES) or bool(movements_named(folded))


_headline_about_movement = lru_cache(maxsize=256)(_about_movement)  # asked once per sentence, answered per article


def _relevant(folded_sentence: str, title: str) -> bool:
    """A gathering counts in a sentence or under a headline about emulation or mass mobilisation, or one that
    names a movement of the lexicon."""
    return _about_movement(folded_sentence) or _headline_about_movement(title)


def _meeting_kind(folded: str, end: int) -> str | None:
    """Kind of a meeting ("cuộc họp") that reviews results, None for a working session or any other meeting."""
    words = _FIRST_WORDS.match(folded, end)
    window = " ".join(words.group(1).split()) if words else ""
    if any(re.search(rf"(?<!\w){w}(?!\w)", window) for w in lexicon.MEETING_WORKING_WORDS):
        return None
    for word in lexicon.MEETING_REVIEW_WORDS:
        if re.search(rf"(?<!\w){word}(?!\w)", window):
            return {"sơ kết": "so_ket", "tổng kết": "tong_ket"}.get(word, "hoi_nghi")
    return None


def _mentions_in(sentence: Sentence, title: str, planned: set[str] | None = None) -> list[Mention]:
    """The gatherings a sentence reports (stages 1 and 2); the nouns of those it names as plans are added to
    `planned` when given."""
    folded = fold(sentence.text)
    if not _relevant(folded, title):
        return []
    found = []
    celebrated = celebrated_spans(folded)
    whole_kind: list = []  # the kind of the whole sentence, for ceremonies ("lễ"): computed once
    joined_starts: list[int] | None = None  # starts of "và tổng kết" in the sentence, for gatherings
    examples_from = None  # where the examples of the first counted gathering of the sentence open
    counted_end = None  # where the last counted gathering noun ends
    for match in _NOUN_RE.finditer(folded):
        noun = match.group(1)
        near = counted_end is not None and match.start() - counted_end <= COORDINATED_REACH
        between = folded[counted_end:match.start()] if near else ""
        coordinated = (near
                       and _COORDINATING.search(between) is not None and not re.search(r"[.;:]", between))
        if coordinated or _COUNTED.search(folded[max(0, match.start() - COUNT_BEFORE_NOUN):match.start()]):
            counted_end = match.end()
            if examples_from is None:
                cue = _EXAMPLES.search(folded, match.end())
                examples_from = cue.start() if cue else len(folded)
            continue  # "đã tổ chức hơn 20 hội nghị": statistics, not the event
        if examples_from is not None and examples_from < match.start():
            continue  # "16 hội nghị ..., như: Hội nghị biểu dương ...": an example of the counted ones
        gift = "lễ" in noun and _GIFT_CEREMONY.match(folded, match.end()) is not None
        if _negated(folded, match.start(), match.end(), celebrated, ("khánh thành",) if gift else ()):
            if planned is not None:
                planned.add(noun)
            continue
        kind = lexicon.SELF_KIND_NOUNS.get(noun)
        specific = kind is not None
        if noun in lexicon.MEETING_NOUNS:
            kind = _meeting_kind(folded, match.end())
            if kind is None:
                continue  # a working session or an ordinary meeting is no event
            specific = kind != "hoi_nghi"
        elif gift:  # "lễ bàn giao nhà Đại đoàn kết", "lễ trao quà": a ceremony of the movement
            kind = "hoi_nghi"
        elif kind is None:
            # a ceremony ("lễ") takes its kind from the whole sentence: "Tại buổi lễ, ... trao Kỷ niệm chương"
            if "lễ" in noun:
                if not whole_kind:
                    whole_kind.append(_kind_after(folded, 0, whole=True))
                after = whole_kind[0]
            else:
                # a noun closed by a comma ("Tại hội nghị, 20 tập thể được khen thưởng") is named again, not
                # named by the words after it
                after = None if folded[match.end():match.end() + 1] == "," else _kind_after(folded, match.end())
            joined = None
            if noun in lexicon.GATHERING_NOUNS:
                if joined_starts is None:
                    joined_starts = [m.start() for m in _JOINED_REVIEW.finditer(folded)]
                # the first "và tổng kết" after the noun (the pattern's matches cannot overlap)
                index = bisect_left(joined_starts, match.end())
                joined = _JOINED_REVIEW.match(folded, joined_starts[index]) if index < len(joined_starts) else None
            if after:
                kind, specific = after[0], True
            elif joined:  # "Họp mặt kỷ niệm 94 năm ... (15/10/1930 - 15/10/2024) và tổng kết phong trào"
                kind, specific = _kind_after(joined.group(1), 0)[0], True
            else:
                kind = "hoi_nghi"
        bare = kind == "hoi_nghi" and not specific and noun in lexicon.EVENT_NOUNS and not gift \
            and noun not in lexicon.FESTIVAL_NOUNS
        if noun == "hội nghị" and _DOCUMENT_BEFORE.search(folded, max(0, match.start() - PLENUM_REACH),
                                                          match.start()):
            continue  # a document named after a conference
        if bare and noun == "hội nghị" and _PLENUM_AFTER.match(folded, match.end()):
            # a plenary session of a body: an event only when its clause names a kind ("Hội nghị Ban Chấp hành
            # Đảng bộ xã ... tổng kết công tác dân vận")
            clause = re.match(r"[^,.;:]*", folded[match.end():match.end() + HOLDING_VERB_REACH]).group()
            named = _kind_after(clause, 0, whole=True)
            if named is None:
                continue
            kind, specific, bare = named[0], True, False
        found.append(Mention(kind, sentence.start + match.start(), sentence.start + match.end(), sentence, specific,
                             noun in lexicon.CONTEST_NOUNS, bare))
    for pattern in _REVIEW_RE if not found else ():
        for match in pattern.finditer(folded):
            kind = "so_ket" if match.group(1) == "sơ kết" else "tong_ket"
            found.append(Mention(kind, sentence.start + match.start(1), sentence.start + match.end(1), sentence, True))
    return _without_background(sorted(found, key=lambda m: m.start), sentence, folded)


_BACKGROUND = re.compile(r"(?:" + "|".join(sorted(lexicon.BACKGROUND_CLAUSE_CUES, key=len, reverse=True))
                         + r")(?!\w)[^,;]*,")


def _without_background(found: list[Mention], sentence: Sentence, folded: str) -> list[Mention]:
    """The mentions of a sentence without those of a fronted clause that sets the scene for another gathering
    ("Sau Hội thi ... hồi tháng 8, sáng 13/12 ... tổ chức hội nghị tổng kết ...": the review is reported, the
    contest is background). With no gathering after the clause, its gathering is the one reported ("Sau hội nghị
    tổng kết, các đại biểu tham quan ...")."""
    if len(found) < 2:
        return found
    words_from = opening_offset(sentence.text)
    clause = _BACKGROUND.match(folded, words_from)
    if clause is None:
        return found
    ends = sentence.start + clause.end()
    after = [m for m in found if m.start >= ends]
    return after if after else found


def _attendance_mention(ctx: ArticleContext) -> Mention | None:
    """A headline kind word plus "Tham dự có ..." in the body: the event the headline names."""
    doc = ctx.doc
    if not doc.sentences or not doc.sentences[0].is_title:
        return None
    title = doc.sentences[0]
    for pattern, kind in _KIND_RES:
        match = pattern.search(fold(title.text))
        if match and any(cue in fold(s.text) for s in doc.sentences[1:1 + ATTENDANCE_SENTENCES]
                     for cue in lexicon.ATTENDANCE_CUES):
            return Mention(kind, title.start + match.start(), title.start + match.end(), title, True)
    return None


def _headline_kind(ctx: ArticleContext) -> str | None:
    """The kind word the headline names first ("Xã ... tuyên dương 30 điển hình": bieu_duong), or None."""
    doc = ctx.doc
    if not doc.sentences or not doc.sentences[0].is_title:
        return None
    found = _kind_after(fold(doc.sentences[0].text), 0, whole=True)
    return found[0] if found else None


def candidates(ctx: ArticleContext) -> list[Mention]:
    """Stage 3: the mentions that may be the article's event, best first: the body's specific ones, the
    headline's, then one generic fallback. `extract` takes the first that is not cited from long before.

    A headline's gathering that the body names as a plan ("Theo kế hoạch, Hội thi ... sẽ diễn ra ...") is the
    plan, not a report. A body that names the event only by a generic noun ("Hội nghị có sự tham dự của ...")
    under a headline that names its kind ("Xã ... tuyên dương 30 điển hình") takes the headline's kind."""
    doc = ctx.doc
    title = fold(doc.title or "")
    body, heading = [], []
    planned: set[str] = set()
    for sentence in doc.sentences:
        if sentence.is_title:
            heading.extend(_mentions_in(sentence, title))
        else:
            body.extend(_mentions_in(sentence, title, planned))
    heading = [m for m in heading if fold(doc.text[m.start:m.end]) not in planned]
    found = [m for m in body if m.specific] + [m for m in heading if m.specific]
    attendance = _attendance_mention(ctx)
    kind = _headline_kind(ctx) if body and body[0].bare else None
    if attendance:
        found.append(attendance)
    elif kind:
        first = body[0]
        found.append(Mention(kind, first.start, first.end, first.sentence, True, first.contest))
    elif body or heading:
        found.append((body or heading)[0])
    return found


def _opens_with_date(sentence: Sentence) -> list:
    """The dates of a sentence that opens with one ("Sáng 30/7/2020, UBND huyện ...", "(ABO) Ngày 8-10, ...",
    "* Ngày 17-10, ..."), else []."""
    dates = _outside_parentheses(sentence, find_dates(sentence.text, sentence.start))
    words_from = opening_offset(sentence.text)
    return dates if dates and dates[0].char_start - sentence.start - words_from <= OPENING_DATE_CHARS else []


def _event_date(ctx: ArticleContext, mention: Mention):
    """Date of the event: a time-of-day date in its sentence, else any date there, else in the sentence before,
    else in the sentence after when that one opens with a date and names a gathering (an event named in a
    headline-like line and dated in the lede that follows it), else the month of the anniversary it is held on
    the occasion of ("trong dịp kỷ niệm ... (18.11.1930-18.11.2020)": November 2020).

    An event named only by the headline is dated by the lede: the first body sentences with a time-of-day date
    ("Sáng 10/10, Huyện ủy ... tổ chức họp mặt ...")."""
    doc = ctx.doc
    index = mention.sentence.index
    candidates = [doc.sentences[index]] + ([doc.sentences[index - 1]] if index > 0 else [])
    title = fold(doc.title or "")
    if mention.sentence.is_title:
        dated = _dated_by_lede(ctx, mention.sentence)
        if dated:
            return dated
    for sentence in candidates:
        dates = _outside_parentheses(sentence, find_dates(sentence.text, sentence.start))
        if dates:
            timed = [d for d in dates if d.time_of_day]
            if sentence is mention.sentence or _dates_a_gathering(sentence, mention, timed, title):
                return (timed or dates)[0]
    if _headline_like(ctx, mention.sentence):
        dated = _dated_by_lede(ctx, mention.sentence)
        if dated:
            return dated
    for following in doc.sentences[index + 1:index + 1 + RESTATING_SENTENCES]:
        dated = _restating_date(following)
        if dated and _names_the_same_gathering(following, mention, title):
            return dated
    for earlier in reversed(doc.sentences[:index]):
        if earlier.is_title:
            break
        mentions = _mentions_in(earlier, title)
        if mentions and all(m.bare for m in mentions):
            dates = _outside_parentheses(earlier, find_dates(earlier.text, earlier.start))
            dated = [d for d in dates if d.time_of_day] or _opens_with_date(earlier)
            if dated:
                return dated[0]
    occasions = find_occasions(mention.sentence.text, mention.sentence.start)
    return occasions[0] if occasions else None


def _names_the_same_gathering(sentence: Sentence, mention: Mention, title: str) -> bool:
    """A sentence whose gatherings are all named generically ("Hội nghị diễn ra ...") or of the event's kind: it
    may restate the event; one naming another kind ("Hội nghị sơ kết giữa kỳ được tổ chức ngày 10/6/2022") is
    about another gathering."""
    mentions = _mentions_in(sentence, title)
    return bool(mentions) and all(m.bare or m.kind == mention.kind for m in mentions)


def _dates_a_gathering(sentence: Sentence, mention: Mention, timed: list, title: str) -> bool:
    """A sentence before the event's whose date may be the event's: the headline; one whose gatherings are named
    generically or by the event's kind; one without a gathering that has a time of day or opens with its date and
    holds something ("Ngày 12/8, tại hội trường, UBND huyện tổ chức ..."). A date of something else ("Ngày
    20/11/2023, xã ... được công nhận đạt chuẩn", "15 mô hình được công nhận ngày 5/6"), of a gathering of another
    kind ("Ngày 15/6/2022, ... tổ chức hội nghị sơ kết giữa kỳ") is not."""
    if sentence.is_title:  # a headline is about the article's event
        return True
    folded = fold(sentence.text)
    mentions = _mentions_in(sentence, title) if _NOUN_RE.search(folded) else []
    if mentions:
        return all(m.bare or m.kind == mention.kind for m in mentions)
    return bool(timed) or bool(_opens_with_date(sentence) and _HOLDING.search(folded))


def _restating_date(sentence: Sentence):
    """The date of a sentence that names a gathering again and dates it: it opens with its date ("Ngày 12/8, Hội
    nghị ..."), dates it with a time of day ("Hội nghị diễn ra vào sáng 18/12", a caption "Quang cảnh hội nghị
    chiều 9/10") or holds it on a date ("Buổi lễ được tổ chức ngày 20/11 tại ..."). An event named in one
    sentence and dated in the next."""
    folded = fold(sentence.text)
    noun = _NOUN_RE.search(folded)
    if noun is None:
        return None
    opening = _opens_with_date(sentence)
    if opening:
        return opening[0]
    dates = _outside_parentheses(sentence, find_dates(sentence.text, sentence.start))
    held = _HOLDING.search(folded, noun.end())
    for date_ in dates:
        if date_.char_start - sentence.start < noun.end() or date_.day is None:
            continue
        if date_.time_of_day or (held and held.start() < date_.char_start - sentence.start):
            return date_
    return None


def _dated_by_lede(ctx: ArticleContext, line: Sentence):
    """The date of an event named by a headline (or a line standing for one) from the lede after it: the first
    of the next LEDE_SENTENCES body sentences that names a gathering and is dated with a time of day ("Sáng 10/10,
    Huyện ủy ... tổ chức họp mặt ...") or opens with its date ("Ngày 30/7/2020 huyện ... tổ chức Đại hội ..."). The
    first of them may date it without naming it again when it opens with its date or dates it with a time of day
    ("Sáng 26/12, Thị ủy ... đánh giá kết quả 5 năm ...", "Tại hội trường, sáng 13/12, ..."): a lede that names
    no other gathering reports the headline's."""
    lede = [s for s in ctx.doc.sentences[line.index + 1:] if not s.is_title][:LEDE_SENTENCES]
    for position, sentence in enumerate(lede):
        if not _NOUN_RE.search(fold(sentence.text)):
            if position == 0:
                dates = _outside_parentheses(sentence, find_dates(sentence.text, sentence.start))
                dated = [d for d in dates if d.time_of_day] or _opens_with_date(sentence)
                if dated:
                    return dated[0]
            continue
        timed = [d for d in find_dates(sentence.text, sentence.start) if d.time_of_day]
        dated = timed or _opens_with_date(sentence)
        if dated:
            return dated[0]
    return None


def _headline_like(ctx: ArticleContext, sentence: Sentence) -> bool:
    """A line standing for a headline in the body: alone in its paragraph and without a full stop, as when a
    portal's furniture took the headline's place and the crawl left the headline in the body ("null Hồng Ngự tổ
    chức Đại hội thi đua ...")."""
    doc = ctx.doc
    alone = all(s.paragraph != sentence.paragraph for s in doc.sentences[max(0, sentence.index - 1):sentence.index])
    following = doc.sentences[sentence.index + 1] if sentence.index + 1 < len(doc.sentences) else None
    alone = alone and (following is None or following.paragraph != sentence.paragraph)
    return alone and not sentence.text.rstrip().endswith((".", "!", "?", "…", ":", ";", "”", '"'))


def _outside_parentheses(sentence: Sentence, dates: list) -> list:
    """The dates not in parentheses: those are anniversaries or references ("(15/10/1930 - 15/10/2024)"), not
    the event's. A date is inside when more "(" than ")" come before it (counted in one pass over the text).
    A date that fills its parentheses alone after the gathering ("Hội thi ... (10 và 11/8)") is the event's,
    unless the words before name an observance ("Ngày Dân vận cả nước (15/10)", "kỷ niệm ... (15/10)")."""
    kept, opened, closed, counted_to = [], 0, 0, 0
    for date in sorted(dates, key=lambda d: d.char_start):
        upto = date.char_start - sentence.start
        if upto > counted_to:
            opened += sentence.text.count("(", counted_to, upto)
            closed += sentence.text.count(")", counted_to, upto)
            counted_to = upto
        if not opened > closed or _alone_in_parentheses(sentence.text, upto, date.char_end - sentence.start):
            kept.append(date)
    return kept


_OBSERVANCE = re.compile(r"(?i:kỷ niệm|kỉ niệm)|(?<!\w)[Nn]gày\s+[A-ZĐ]")


def _alone_in_parentheses(text: str, start: int, end: int) -> bool:
    opening = text.rfind("(", 0, start)
    if opening < 0 or text[opening + 1:start].strip() or not text[end:].lstrip().startswith(")"):
        return False
    return not _OBSERVANCE.search(text[max(0, opening - OBSERVANCE_WINDOW):opening])


def _year_from_event(ctx: ArticleContext, mention: Mention, when) -> int | None:
    """The year of a day-month date from the event's own name or sentence, when no reference date gives it.

    A contest or festival named with its year ("Hội thi Dân vận khéo năm 2023") is held in that year. A review of
    a year or phase ending in year X ("tổng kết công tác dân vận năm 2023", "giai đoạn 2019-2024") is held near
    its end or early in the next year: in X when held from July on, in X+1 when held January to March; in April
    to June either is common, so no year is given. The event's name in the headline counts as its own when the
    headline names the event's kind ("Huyện ... tổng kết phong trào “Dân vận khéo” năm 2024" over "Sáng 20/12, ...
    tổ chức hội nghị tổng kết phong trào")."""
    if when is None or when.year is not None:
        return None
    periods = [p for p in ctx.periods_of(mention.sentence.index) if not p.plan and p.end]
    if not periods:
        periods = _headline_periods(ctx, mention)
    if not periods:
        return _year_from_launch(ctx, mention, when)
    end = periods[0].end
    if mention.contest or mention.kind == "giao_luu" or periods[0].part:
        return end  # a contest of its year; a review of part of a year ("6 tháng đầu năm") is held in it
    if when.month >= HELD_IN_REVIEWED_YEAR_FROM:
        return end
    if when.month <= HELD_NEXT_YEAR_UNTIL:
        return end + 1
    return None


def _headline_periods(ctx: ArticleContext, mention: Mention) -> list:
    """The reviewed periods of a headline that names the event's kind, for an event named again in the body."""
    doc = ctx.doc
    if mention.sentence.is_title or not doc.sentences or not doc.sentences[0].is_title:
        return []
    if _headline_kind(ctx) != mention.kind:
        return []
    return [p for p in ctx.periods_of(doc.sentences[0].index) if not p.plan and p.end]


def _year_from_launch(ctx: ArticleContext, mention: Mention, when) -> int | None:
    """The year of a day-month date from the launch its sentence reports of one year's campaign or fund ("Ngày
    18-9, ... phát động “Quỹ vì người nghèo” năm 2015"): that year, when held up to October."""
    folded = fold(mention.sentence.text)
    for period in ctx.periods_of(mention.sentence.index):
        if not (period.plan and period.start == period.end):
            continue
        cue = folded[max(0, period.char_start - mention.sentence.start - PLAN_CUE_WINDOW):
                     period.char_start - mention.sentence.start]
        if _LAUNCH.search(cue) and when.month <= LAUNCHED_IN_YEAR_UNTIL:
            return period.end
    return None


def _event_period(ctx: ArticleContext, mention: Mention, event_year: int | None):
    """Reviewed period: first non-plan period of the event sentence, else the years of a review stated as a
    duration ("tổng kết 15 năm ..." held in 2015: a period of the article spanning them, else [2000, 2015]), else
    the article's first reviewed one."""
    def reviewed(periods):
        return [p for p in periods if not p.plan and (event_year is None or p.end is None or p.end <= event_year)]

    own = reviewed(ctx.periods_of(mention.sentence.index))
    if own:
        return own[0]
    years = None if mention.contest else years_reviewed(mention.sentence.text)
    if years:
        for sentence in ctx.doc.sentences:
            spanning = [p for p in reviewed(ctx.periods_of(sentence.index))
                        if p.end is not None and p.end - p.start in (years - 1, years)
                        and (event_year is None or p.end == event_year)]
            if spanning:
                return spanning[0]
        if event_year:
            return Period(event_year - years, event_year, mention.start, mention.end)
    plans = [p for p in ctx.periods_of(mention.sentence.index) if p.plan and p.start == p.end]
    for sentence in ctx.doc.sentences:
        found = reviewed(ctx.periods_of(sentence.index))
        if found:
            return found[0]
    if plans and mention.kind == "tong_ket":  # "tổng kết ..., triển khai nhiệm vụ năm 2023" reviews 2022
        return type(plans[0])(plans[0].start - 1, plans[0].end - 1, plans[0].char_start, plans[0].char_end)
    return None


def _organiser(ctx: ArticleContext, mention: Mention):
    """The unit named before the gathering in its sentence, the most specific one ("Đảng ủy xã Kim Long (TPHCM)
    tổ chức ..." is xã Kim Long); a venue ("tại xã Đại Đình, Huyện ủy ... huyện Tam Đảo tổ chức") only when no
    other unit is named."""
    sentence = mention.sentence
    prefix = _headline_prefix(ctx) if sentence.is_title else None
    before = [m for m in ctx.mentions if sentence.start <= m.start < mention.start and not m.qualifier
              and not (prefix and prefix[0] <= m.start < prefix[1] and _is_province(ctx, m))]
    hosts = [m for m in before if not _VENUE.search(fold(ctx.doc.text[max(sentence.start, m.start - VENUE_REACH):m.start]))]
    return max(hosts or before, key=lambda m: (RANK[m.level], m.start), default=None)


def _headline_prefix(ctx: ArticleContext) -> tuple[int, int] | None:
    """The span of a place prefixed to the headline ("Bình Phước: Sôi nổi Hội thi ..."): a province there says
    where the news is from, as a dateline does, not which unit holds the event."""
    if not ctx.doc.sentences or not ctx.doc.sentences[0].is_title:
        return None
    title = ctx.doc.sentences[0]
    colon = title.text.find(":")
    if 0 < colon <= HEADLINE_PREFIX_CHARS:
        return title.start, title.start + colon
    return None


def _is_province(ctx: ArticleContext, mention) -> bool:
    record = ctx.unit_record(mention.label)
    return mention.level == "tinh" or bool(record and record.province and record.name == record.province)


def _event_unit(ctx: ArticleContext, mention: Mention) -> str | None:
    """The organiser named before the gathering, else a unit its sentence names, else the headline's, else the
    article's first; a province prefixed to the headline ("Bình Phước: ...") is none of these."""
    organiser = _organiser(ctx, mention)
    if organiser:
        return organiser.label
    prefix = _headline_prefix(ctx)

    def usable(m) -> bool:
        return not m.qualifier and not (prefix and prefix[0] <= m.start < prefix[1] and _is_province(ctx, m))

    sentence = mention.sentence
    if not (prefix and sentence.is_title):
        unit = ctx.unit_for(sentence.start, sentence.end)
        if unit:
            return unit
    if ctx.doc.sentences and ctx.doc.sentences[0].is_title:
        title = ctx.doc.sentences[0]
        in_title = [m for m in ctx.mentions if title.start <= m.start < title.end and usable(m)]
        if in_title:
            return max(in_title, key=lambda m: (RANK[m.level], m.start)).label
    named = [m for m in ctx.mentions if usable(m)]
    return named[0].label if named else None


def _attendees(ctx: ArticleContext, mention: Mention) -> int | None:
    index = mention.sentence.index
    for sentence in ctx.doc.sentences[index: index + ATTENDEE_SENTENCES]:
        match = _ATTENDEES.search(fold(sentence.text))
        if match:
            return int(match.group(2).replace(".", ""))
    return None


def _movement(ctx: ArticleContext, mention: Mention) -> str | None:
    for sentence in (mention.sentence, *ctx.doc.sentences):
        match = re.search(r"(?:phong trào(?: thi đua)?|cuộc vận động|hội thi|thi đua)\s*[“\"‘']([^”\"’']{3,120})[”\"’']",
                          sentence.text, re.IGNORECASE)
        if match:
            return match.group(1).strip()
    for text in (mention.sentence.text, ctx.doc.title or ""):  # the first movement its sentence or headline names
        named = movements_named(text)
        if named:
            return usual_name(named[0][1])
    folded = fold(mention.sentence.text + " " + (ctx.doc.title or ""))
    for cue, name in lexicon.MOVEMENT_DEFAULTS:
        if cue in folded:
            return name
    return None


def _cited(when, reference) -> bool:
    """An event dated with its own year months before the article was published is cited ("Tháng 11/2023, ...
    được tặng Bằng khen tại Hội nghị biểu dương ..." in a July 2024 feature), not reported."""
    if when is None or when.year is None or reference is None:
        return False
    held = as_date(when.year, when.month or 12, when.day or 28)
    return held is not None and (reference - held).days > CITED_AFTER_DAYS


# A sentence that opens with its year ("Năm 2022, Huyện ủy tổ chức hội nghị sơ kết ...") is about that year.
_YEAR_OPENING = re.compile(r"(?:trong\s+)?năm\s+(" + YEAR + r")\s*,")


def _in_an_earlier_year(mention: Mention, reference) -> bool:
    """A gathering of a sentence that opens with a year before the article's ("Năm 2022, ..." in a 2024 article)
    is cited, not reported."""
    if reference is None:
        return False
    text = mention.sentence.text
    opening = _YEAR_OPENING.match(fold(text), opening_offset(text))
    return opening is not None and int(opening.group(1)) < reference.year


def _latest(reference, precision):
    """The last day the article can have been published: the end of a month- or year-only reference."""
    if reference is None or precision in (None, "day"):
        return reference
    if precision == "year":
        return as_date(reference.year, 12, 31)
    following = as_date(reference.year + reference.month // 12, reference.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _event(ctx: ArticleContext, mention: Mention, unit: str | None = None, anchor=None) -> Event | None:
    """The event record of a chosen mention, or None when it is cited from months before. `anchor` is the date
    of the article's main event, which dates a digest's other gatherings when the article has no date of its own
    ("* Trước đó, chiều 11.11, ..." under a main event of 12/11/2021)."""
    when = _event_date(ctx, mention)
    reference, precision = ctx.doc.reference
    year = resolve_year(when, reference, precision) if when else None
    if when and year is None:
        year = _year_from_event(ctx, mention, when)
    if when and year is None and anchor is not None:
        year = resolve_year(when, anchor, "day")
    if _cited(when, _latest(reference, precision)) or (when is None and _in_an_earlier_year(mention, reference)):
        return None
    period = None if mention.contest else _event_period(ctx, mention, year or (reference.year if reference else None))
    movement = _movement(ctx, mention)
    unit = unit or _event_unit(ctx, mention)
    record = ctx.unit_record(unit)
    province = record.province if record else ctx.province
    return Event(
        article_id=ctx.doc.article_id, evidence=mention.sentence.text, char_start=mention.start,
        char_end=mention.end, extractor=EXTRACTOR, kind=mention.kind,
        event_date=as_date(year, when.month, when.day) if when else None, event_year=year,
        event_month=when.month if when else None, event_day=when.day if when else None,
        date_text=when.text if when else None, movement=movement, movement_code=movement_code(movement),
        period_start=period.start if period else None, period_end=period.end if period else None,
        unit=unit, province=province, unit_code=record.code if record else None,
        attendees=_attendees(ctx, mention),
    )


def _digest_items(ctx: ArticleContext, main: Mention) -> list[tuple[Mention, str]]:
    """Further events of a digest: an article that reports another unit's gathering in a paragraph of its own
    ("* Ngày 17-10, Đảng ủy xã Thái Mỹ ... tổ chức chương trình họp mặt ... và tuyên dương ...").

    A paragraph reports an event of its own only when its first sentence has all of a report's parts: it opens
    with its own date, an organiser unit is named before the gathering, a holding verb ("tổ chức", "diễn ra")
    comes before it, and its kind is specific or it is a festival ("* Trước đó, chiều 11.11, khu phố ..., phường
    ... tổ chức Ngày hội Đại đoàn kết"; `lexicon.FESTIVAL_NOUNS`); the organiser must differ from the units of the events already
    found, so a restatement of the main event in a later paragraph adds nothing."""
    doc = ctx.doc
    title = fold(doc.title or "")
    seen_paragraphs = {main.sentence.paragraph}
    items: list[tuple[Mention, str]] = []
    previous_paragraph = None
    for sentence in doc.sentences:
        opens = sentence.paragraph != previous_paragraph
        previous_paragraph = sentence.paragraph
        if not opens or sentence.is_title or sentence.paragraph in seen_paragraphs or not _opens_with_date(sentence):
            continue
        folded = fold(sentence.text)
        for mention in _mentions_in(sentence, title):
            held = _HOLDING.search(folded, 0, mention.start - sentence.start)
            organiser = _organiser(ctx, mention)
            festival = fold(doc.text[mention.start:mention.end]) in lexicon.FESTIVAL_NOUNS
            if not ((mention.specific or festival) and held and organiser):
                continue
            items.append((mention, organiser.label))
            seen_paragraphs.add(sentence.paragraph)
            break
    return items


def extract(ctx: ArticleContext) -> list[Event]:
    """The conference the article reports (stages in the module docstring), then those of a digest's other
    paragraphs (`_digest_items`), each with its own date and organiser."""
    main = mention = None
    cited: set[int] = set()  # sentences whose gathering was cited: their other mentions are too
    for candidate in candidates(ctx):
        if candidate.sentence.index in cited:
            continue
        main = _event(ctx, candidate)
        if main is not None:
            mention = candidate
            break
        cited.add(candidate.sentence.index)
    if main is None or mention is None:
        return []
    events = [main]
    for item, organiser in _digest_items(ctx, mention):
        if any(e.unit == organiser for e in events):
            continue
        found = _event(ctx, item, organiser, main.event_date)
        if found is not None:
            events.append(found)
    return events


def provided(records: list[Event]) -> dict[str, Event | None]:
    """The event later extractors attribute to: the article's (first) event, or None."""
    return {"event": records[0] if records else None}
