"""The conference an article reports: kind, date, period, unit, province, attendees, movement.

Stages:
  1. Candidate mentions: an event noun ("hội nghị", "lễ", "hội thi", "ngày hội") with a kind word close after it
     ("hội nghị sơ kết"), a review verb ("vừa tổng kết"), or a bare "tại hội nghị" (kind hoi_nghi).
  2. Mentions that are planned, rehearsed, counted ("236 hội thi") or unrelated to a movement are dropped.
  3. One event per article: the first body mention with a specific kind (the headline only if the body has
     none), else the first generic one.
  4. Date, period, unit, attendees and movement are read from its sentence, then its paragraph and article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import timedelta

from extractors import lexicon
from extractors.context import ArticleContext
from extractors.gazetteer import RANK
from extractors.movements import movement_code, movements_named, usual_name
from extractors.periods import as_date, find_dates, resolve_year
from extractors.textnorm import fold
from schemas import Event, Sentence

NAME = "events"
VERSION = "3"  # 3: dates resolved at the reference's precision (month-only published, URL dates)
EXTRACTOR = f"{NAME}.rules@{VERSION}"
TABLE = "events"
NEEDS = ("mentions", "province", "periods", "units")
PROVIDES = ("event",)
MOVEMENT_FACTS = True

_NOUN_RE = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, lexicon.EVENT_NOUNS), key=len, reverse=True))
                      + r")(?!\w)")
_KIND_RES = [(re.compile(r"(?<!\w)(?:" + p + r")(?!\w)"), kind) for p, kind in lexicon.EVENT_KINDS]
_REVIEW_RE = [re.compile(p) for p in lexicon.REVIEW_VERBS]
_JOINED_REVIEW = re.compile(r"(?<!\w)và (?:tổ chức |tiến hành )?(sơ kết|tổng kết)(?!\w)")
_VENUE = re.compile(r"(?<!\w)(?:tại|ở)\s+$")
_COUNTED = re.compile(r"(?<![/\d.-])\d[\d.]*\s*$")
NEGATIVE_WINDOW = 40  # characters around the noun: "sẽ tổ chức hội nghị", "hội nghị ... dự kiến" (dev and written sets)
COUNT_BEFORE_NOUN = 12  # a number and its approximation word before the noun: "hơn 1.200 hội nghị"
VENUE_REACH = 8  # "tại " or "ở " and spaces before a unit: the unit is the venue, not the host
ATTENDANCE_SENTENCES = 5  # "Tham dự có ..." follows the lede within five sentences in the dev articles
ATTENDEE_SENTENCES = 4  # the delegates are counted in the event's sentence or the three after it
# Reports of a conference appear within days (at most 3 days after in the dev, corpus and written sets that
# give both dates); 90 days leaves room for slow portals.
CITED_AFTER_DAYS = 90
LEDE_SENTENCES = 3  # the lede of the dev articles names date and event within its first three sentences
_ATTENDEES = re.compile(r"(?:(hơn|gần|khoảng|trên)\s+)?(\d{1,3}(?:\.\d{3})*|\d+)\s+đại biểu(?! quốc hội| hđnd)")


@dataclass(frozen=True)
class Mention:
    kind: str
    start: int
    end: int
    sentence: Sentence
    specific: bool


_CELEBRATED = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.EVENT_CELEBRATED_CUES) + r")(?!\w)")


def celebrated_from(folded: str) -> int:
    """Where the first celebration cue of a sentence ends ("chào mừng Đại hội ..."): gatherings named after it
    are celebrated, not reported. Computed once per sentence (len + 1 when there is none), so each noun is
    checked in constant time instead of by searching the text before it."""
    match = _CELEBRATED.search(folded)
    return match.end() if match else len(folded) + 1


def _negated(folded: str, start: int, end: int, celebrated_end: int) -> bool:
    """A plan, rehearsal or other non-event cue near the noun ("sẽ", "tổng duyệt"), not counting decree
    references ("Kế hoạch số 104 ... về tổ chức tổng kết"), or a celebration cue anywhere before it."""
    around = folded[max(0, start - NEGATIVE_WINDOW):end + NEGATIVE_WINDOW]
    around = re.sub(r"kế hoạch số[^,;]*", " ", around)
    if any(re.search(rf"(?<!\w){cue}(?!\w)", around) for cue in lexicon.EVENT_NEGATIVE_CUES):
        return True
    return celebrated_end <= start


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


def _relevant(folded_sentence: str, title: str) -> bool:
    return any(cue in folded_sentence or cue in title for cue in lexicon.MOVEMENT_CUES)


def _mentions_in(sentence: Sentence, title: str) -> list[Mention]:
    folded = fold(sentence.text)
    if not _relevant(folded, title):
        return []
    found = []
    celebrated_end = celebrated_from(folded)
    whole_kind: list = []  # the kind of the whole sentence, for ceremonies ("lễ"): computed once
    joined_starts: list[int] | None = None  # starts of "và tổng kết" in the sentence, for gatherings
    for match in _NOUN_RE.finditer(folded):
        noun = match.group(1)
        if _COUNTED.search(folded[max(0, match.start() - COUNT_BEFORE_NOUN):match.start()]):
            continue  # "đã tổ chức hơn 20 hội nghị": statistics, not the event
        if _negated(folded, match.start(), match.end(), celebrated_end):
            continue
        kind = lexicon.SELF_KIND_NOUNS.get(noun)
        specific = kind is not None
        if kind is None:
            # a ceremony ("lễ") takes its kind from the whole sentence: "Tại buổi lễ, ... trao Kỷ niệm chương"
            if "lễ" in noun:
                if not whole_kind:
                    whole_kind.append(_kind_after(folded, 0, whole=True))
                after = whole_kind[0]
            else:
                after = _kind_after(folded, match.end())
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
                kind, specific = ("so_ket" if joined.group(1) == "sơ kết" else "tong_ket"), True
            else:
                kind = "hoi_nghi"
        found.append(Mention(kind, sentence.start + match.start(), sentence.start + match.end(), sentence, specific))
    for pattern in _REVIEW_RE if not found else ():
        for match in pattern.finditer(folded):
            kind = "so_ket" if match.group(1) == "sơ kết" else "tong_ket"
            found.append(Mention(kind, sentence.start + match.start(1), sentence.start + match.end(1), sentence, True))
    return sorted(found, key=lambda m: m.start)


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


def choose(ctx: ArticleContext) -> Mention | None:
    """Stage 3: the article's event mention."""
    doc = ctx.doc
    title = fold(doc.title or "")
    body, heading = [], []
    for sentence in doc.sentences:
        (heading if sentence.is_title else body).extend(_mentions_in(sentence, title))
    for pool in (body, heading):
        specific = [m for m in pool if m.specific]
        if specific:
            return specific[0]
    attendance = _attendance_mention(ctx)
    if attendance:
        return attendance
    return (body or heading or [None])[0]


def _event_date(ctx: ArticleContext, mention: Mention):
    """Date of the event: a time-of-day date in its sentence, else any date there, else in the sentence before.

    An event named only by the headline is dated by the lede: the first body sentences with a time-of-day date
    ("Sáng 10/10, Huyện ủy ... tổ chức họp mặt ...")."""
    doc = ctx.doc
    index = mention.sentence.index
    candidates = [doc.sentences[index]] + ([doc.sentences[index - 1]] if index > 0 else [])
    if mention.sentence.is_title:
        lede = [s for s in doc.sentences if not s.is_title][:LEDE_SENTENCES]
        for sentence in lede:
            timed = [d for d in find_dates(sentence.text, sentence.start) if d.time_of_day]
            if timed and _NOUN_RE.search(fold(sentence.text)):
                return timed[0]
    for sentence in candidates:
        dates = _outside_parentheses(sentence, find_dates(sentence.text, sentence.start))
        if dates:
            timed = [d for d in dates if d.time_of_day]
            return (timed or dates)[0]
    return None


def _outside_parentheses(sentence: Sentence, dates: list) -> list:
    """The dates not in parentheses: those are anniversaries or references ("(15/10/1930 - 15/10/2024)"), not
    the event's. A date is inside when more "(" than ")" come before it (counted in one pass over the text)."""
    kept, opened, closed, counted_to = [], 0, 0, 0
    for date in sorted(dates, key=lambda d: d.char_start):
        upto = date.char_start - sentence.start
        if upto > counted_to:
            opened += sentence.text.count("(", counted_to, upto)
            closed += sentence.text.count(")", counted_to, upto)
            counted_to = upto
        if not opened > closed:
            kept.append(date)
    return kept


def _event_period(ctx: ArticleContext, mention: Mention, event_year: int | None):
    """Reviewed period: first non-plan period of the event sentence, else the article's first reviewed one."""
    def reviewed(periods):
        return [p for p in periods if not p.plan and (event_year is None or p.end is None or p.end <= event_year)]

    own = reviewed(ctx.periods_of(mention.sentence.index))
    if own:
        return own[0]
    plans = [p for p in ctx.periods_of(mention.sentence.index) if p.plan and p.start == p.end]
    for sentence in ctx.doc.sentences:
        found = reviewed(ctx.periods_of(sentence.index))
        if found:
            return found[0]
    if plans and mention.kind == "tong_ket":  # "tổng kết ..., triển khai nhiệm vụ năm 2023" reviews 2022
        return type(plans[0])(plans[0].start - 1, plans[0].end - 1, plans[0].char_start, plans[0].char_end)
    return None


def _event_unit(ctx: ArticleContext, mention: Mention) -> str | None:
    sentence = mention.sentence
    before = [m for m in ctx.mentions if sentence.start <= m.start < mention.start and not m.qualifier]
    hosts = [m for m in before if not _VENUE.search(fold(ctx.doc.text[max(sentence.start, m.start - VENUE_REACH):m.start]))]
    organiser = max(hosts or before, key=lambda m: (RANK[m.level], m.start), default=None)
    if organiser:  # "tại xã Đại Đình, Huyện ủy ... huyện Tam Đảo tổ chức": the venue is not the reviewed unit
        return organiser.label
    unit = ctx.unit_for(sentence.start, sentence.end)
    if unit:
        return unit
    if ctx.doc.sentences and ctx.doc.sentences[0].is_title:
        title = ctx.doc.sentences[0]
        in_title = ctx.explicit_unit_in(title.start, title.end)
        if in_title:
            return in_title.label
    named = [m for m in ctx.mentions if not m.qualifier]
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


def _latest(reference, precision):
    """The last day the article can have been published: the end of a month- or year-only reference."""
    if reference is None or precision in (None, "day"):
        return reference
    if precision == "year":
        return as_date(reference.year, 12, 31)
    following = as_date(reference.year + reference.month // 12, reference.month % 12 + 1, 1)
    return following - timedelta(days=1)


def extract(ctx: ArticleContext) -> list[Event]:
    """At most one event: the conference the article reports (stages in the module docstring)."""
    mention = choose(ctx)
    if mention is None:
        return []
    when = _event_date(ctx, mention)
    reference, precision = ctx.doc.reference
    year = resolve_year(when, reference, precision) if when else None
    if _cited(when, _latest(reference, precision)):
        return []
    period = _event_period(ctx, mention, year or (reference.year if reference else None))
    movement = _movement(ctx, mention)
    unit = _event_unit(ctx, mention)
    record = ctx.unit_record(unit)
    province = record.province if record else ctx.province
    return [Event(
        article_id=ctx.doc.article_id, evidence=mention.sentence.text, char_start=mention.start,
        char_end=mention.end, extractor=EXTRACTOR, kind=mention.kind,
        event_date=as_date(year, when.month, when.day) if when else None, event_year=year,
        event_month=when.month if when else None, event_day=when.day if when else None,
        date_text=when.text if when else None, movement=movement, movement_code=movement_code(movement),
        period_start=period.start if period else None, period_end=period.end if period else None,
        unit=unit, province=province, unit_code=record.code if record else None,
        attendees=_attendees(ctx, mention),
    )]


def provided(records: list[Event]) -> dict[str, Event | None]:
    """The event later extractors attribute to: the article's one event, or None."""
    return {"event": records[0] if records else None}
