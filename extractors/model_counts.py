"""Numbers of "mô hình" / "điển hình" (models, exemplars): kind, field, action, level, unit, period, part_of.

Where each attribute comes from (all of a model count's logic but its verb is in this module):
  - the number, its kind and its whole (`part_of`): `quantities` (numbers with their nouns, grouped as the
    sentence coordinates them, parts after "trong đó", in parentheses or listed under a header);
  - action: `clauses.action_of` (the verb chain before the number or the verb after the noun; shared, because
    whether a part of a model count is commended depends on it);
  - field, level (grade), period and unit: the functions below, which look in the count's own clause first,
    then in its coordinated neighbour, its whole, its sentence, its paragraph and the event.
The headline is skipped (it repeats body numbers); a count repeated later in the body (a caption, the lede
and the body saying the same thing) is kept once, at its first mention.
"""

from __future__ import annotations

import re

from extractors import clauses, lexicon
from extractors.context import ArticleContext
from extractors.gazetteer import gazetteer
from extractors.numbers import as_int
from extractors.periods import Period
from extractors.quantities import Group, Quantity, headline_quantities, restates
from extractors.textnorm import blank_out, fold
from schemas import ModelCount

NAME = "model_counts"
# 4: bare parts after ":", "(", unit labels and in the next sentence; grades after verbs and of cities; noun-first
#    verbs; targets and quotas; 3: own field per breakdown item, subsets part_of, ratio wholes, verbs after agents;
#    2: elided verbs, part_of
VERSION = "4"
EXTRACTOR = f"{NAME}.rules@{VERSION}"
TABLE = "model_counts"
NEEDS = ("quantities", "mentions", "periods", "units", "event")  # the event's unit and period are the fallback
PROVIDES = ()
MOVEMENT_FACTS = True

# A cued field phrase after a count starts within the count's clause and runs at most this far beyond its start:
# the longest cue and field phrase ("gắn trực tiếp với xây dựng hệ thống chính trị", 46) with room to spare.
FIELD_PHRASE_SPAN = 60
# A field phrase ending the text before a number, with at most a linking word: "an ninh có 167", "kinh tế: 26".
_FIELD_LEAD_END = r"\s*(?:có|là|đạt|:|\()?\s*$"
_FIELD = r"(?:" + lexicon.FIELD_PHRASE + r")"
# Quoted names ("Dân vận khéo trong xây dựng nông thôn mới") name a movement, never a field (ANNOTATION.md).
_QUOTED = re.compile(r"[“\"‘][^”\"’]{1,120}[”\"’]")
# A field phrase with the word that ties it to a count: "ở lĩnh vực kinh tế", "về quốc phòng - an ninh", "trên
# lĩnh vực phát triển kinh tế", "thuộc lĩnh vực văn hóa, xã hội", "gắn với xây dựng nông thôn mới", "lĩnh vực
# kinh tế"; a phrase of all fields ("trên các lĩnh vực", "ở mọi lĩnh vực") ties the count to none.
_CUED_FIELD = re.compile(r"(?<!\w)(?:(?:" + lexicon.FIELD_CUE + r"|thuộc|gắn (?:trực tiếp |liền )?với)\s+"
                         r"(?:lĩnh vực\s+)?|lĩnh vực\s+)(?:" + _FIELD + r")")
_ALL_FIELDS = re.compile(r"(?:các|mọi|tất cả các|nhiều|những) lĩnh vực")
# What may stand between a count's noun and the field phrase that follows it in the same clause: its qualifiers
# and a verb phrase, but no clause break and no other number ("45 mô hình được công nhận thuộc lĩnh vực kinh tế").
_AFTER_GAP = re.compile(r"[^,;:.()\d]*")
# A field label right before the number of a field-first item: "lĩnh vực kinh tế 200 mô hình", "; an ninh có 167",
# "Về lĩnh vực văn hóa - xã hội, có 85 mô hình", "kinh tế: 26".
_BEFORE_FIELD = re.compile(r"(?:(?:" + lexicon.FIELD_CUE + r")\s+)?(?:lĩnh vực\s+)?(" + _FIELD + r")\s*[,:(]?\s*"
                           r"(?:có|là|đạt|với|gồm|chiếm)?\s*$")


def _field_named(text: str) -> str | None:
    """The one field a field phrase names (None when it names several or none)."""
    found = {f for pattern, f in clauses.FIELD_RES if pattern.search(text)}
    return found.pop() if len(found) == 1 else None


def _after_field(ctx: ArticleContext, group: Group) -> tuple[str | None, int] | None:
    """(field, end offset) of the field phrase that follows a count in its own clause ("120 mô hình ở lĩnh vực
    kinh tế", "30 mô hình kinh tế"), or None; a phrase of all fields gives (None, end)."""
    post = blank_out(_QUOTED, clauses.window(ctx, group.post))
    tied = re.match(r"\s*(?:dân vận khéo\s*)?(" + _FIELD + r")", post)  # "mô hình kinh tế" (noun + field)
    if tied:
        return _field_named(tied.group(1)), group.post[0] + tied.end()
    gap = _AFTER_GAP.match(post).end()
    for match in (_ALL_FIELDS.search(post, 0, gap), _CUED_FIELD.search(post, 0, gap + FIELD_PHRASE_SPAN)):
        if match and match.start() <= gap:
            if match.re is _ALL_FIELDS:
                return None, group.post[0] + match.end()
            return _field_named(match.group()), group.post[0] + match.end()
    return None


def _before_field(ctx: ArticleContext, q: Quantity) -> str | None:
    """The field label right before a count's number ("lĩnh vực kinh tế 200 mô hình"), or of the header it is
    listed under ("- Lĩnh vực kinh tế: 120 mô hình")."""
    text = blank_out(_QUOTED, clauses.window(ctx, q.group.pre))
    if not text.strip():
        text = clauses.header_before_colon(ctx, q) or text
    match = _BEFORE_FIELD.search(text)
    return _field_named(match.group(1)) if match else None


def _list_items(ctx: ArticleContext, group: Group) -> list[Group]:
    """The counts listed with this one in its sentence, first to last: the run of model groups around it that
    share its whole (a whole before "trong đó" is not an item of its breakdown; a colon starts a new list).
    Built once per list."""
    memo = ctx.memo.setdefault("model_counts.list_items", {})
    if id(group) in memo:
        return memo[id(group)]
    groups = group.members[0].sentence_groups

    def sibling(g: Group) -> bool:
        return g.members[0].category == "model" and g.members[0].parent is group.members[0].parent

    def opens_list(g: Group) -> bool:  # "công nhận 77 mô hình: về kinh tế 30 ...": a colon starts a new list
        return ctx.doc.text[g.previous.end:g.start].find(":") >= 0 if g.previous is not None else True

    first, last = group.index, group.index
    while first > 0 and sibling(groups[first - 1]) and not opens_list(groups[first]):
        first -= 1
    while last + 1 < len(groups) and sibling(groups[last + 1]) and not opens_list(groups[last + 1]):
        last += 1
    items = groups[first:last + 1]
    for item in items:
        memo[id(item)] = items
    return items


def field_of(ctx: ArticleContext, q: Quantity) -> str | None:
    """Field of a count when one field is named for it.

    Breakdowns list counts with their fields in one of two shapes, and each count takes the field phrase that
    belongs to it: field after the count ("120 mô hình ở lĩnh vực kinh tế; 85 mô hình về văn hóa - xã hội và 40
    mô hình trên lĩnh vực quốc phòng - an ninh") or field first ("lĩnh vực kinh tế 120 mô hình, văn hóa - xã hội
    85 mô hình"). The list's first item decides the shape: a label right before its number makes the list
    field-first, and then the phrase between two counts is the later one's label; otherwise it is the earlier
    one's field. A count without a phrase of its own in such a list has no field (never its neighbour's); a
    count outside a list takes a field phrase of its clause.
    """
    if q.noun_at is not None:
        named = _noun_first_field(ctx, q)
        if named is not None:
            return named
    items = _list_items(ctx, q.group)
    if _before_field(ctx, items[0].members[0]) is not None:
        return _before_field(ctx, q)
    memo = ctx.memo.setdefault("model_counts.list_has_after", {})
    if id(items[0]) not in memo:
        memo[id(items[0])] = any(_after_field(ctx, g) is not None for g in items)
    if memo[id(items[0])]:
        own = _after_field(ctx, q.group)
        return own[0] if own is not None else None
    decided, field = _clause_field(ctx, q)
    if decided or q.parent is not None or len(items) > 1:
        return field
    return _paragraph_field(ctx, q)


_NOUN_THEN_FIELD = re.compile(r"(?:mô hình|điển hình)(?:\s*,\s*điển hình)?\s+(?:dân vận khéo\s+)?(" + _FIELD + r")")


def _noun_first_field(ctx: ArticleContext, q: Quantity) -> str | None:
    """The field of a count written after its noun, named right after the noun or cued in the clause between
    them: "Số mô hình xây dựng nông thôn mới ở xã X đạt 27", "Số mô hình thuộc lĩnh vực kinh tế là 120"."""
    between = blank_out(_QUOTED, clauses.window(ctx, (q.noun_at, q.start)))
    found = {_field_named(m.group(1)) for m in _NOUN_THEN_FIELD.finditer(between)} | {
        _field_named(m.group()) for m in _CUED_FIELD.finditer(between)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _clause_field(ctx: ArticleContext, q: Quantity) -> tuple[bool, str | None]:
    """(decided, field): a field phrase tied by a cue word anywhere in the count's clause before it ("Trên lĩnh
    vực kinh tế, hội viên đã xây dựng 26 mô hình"), after "trong đó" when the count is a part; decided without a
    field when the clause names all fields or several."""
    text = blank_out(_QUOTED, clauses.window(ctx, q.group.pre))
    if not text.strip():
        text = clauses.header_before_colon(ctx, q) or text
    subset = list(re.finditer(r"trong đó|trong số đó", text))
    if subset:
        text = text[subset[-1].end():]
    if _ALL_FIELDS.search(text):
        return True, None
    found = {_field_named(m.group()) for m in _CUED_FIELD.finditer(text)} - {None}
    if len(found) == 1:
        return True, found.pop()
    if not found and q.parent is None:
        direct = {f for pattern, f in clauses.FIELD_RES if re.search(pattern.pattern + _FIELD_LEAD_END, text)}
        if len(direct) == 1:
            return True, direct.pop()
    return bool(found), None


# Models tied to a field in a sentence without a number: "nhiều mô hình Dân vận khéo trong lĩnh vực phát triển kinh
# tế được nhân dân triển khai", "Các mô hình về quốc phòng - an ninh ...". The field phrase follows the noun within
# this many characters of its clause (a quoted name and a cue: "mô hình “Dân vận khéo” trong lĩnh vực ", 40, with
# room for a qualifier).
PARAGRAPH_FIELD_REACH = 60
_MODEL_NOUN = re.compile(r"(?<!\w)(?:mô hình|điển hình)(?!\w)")
_CLAUSE_END = re.compile(r"[.;:\d]|trong đó|trong số")  # a breakdown's labels belong to its numbered parts
# A noun with its own number ("57 mô hình gắn với xây dựng nông thôn mới") is a count, whose field is its own: the
# number ends at most a word before the noun ("1.532 mô hình", "12 tổ, mô hình").
COUNTED_NOUN_REACH = 20
_COUNTED_NOUN = re.compile(r"\d\s*(?:[^\W\d_]+\s*,?\s*)?$")
_PARAGRAPH_FIELD_OPENING = re.compile(r"\s*(?:(?:" + lexicon.FIELD_CUE + r")\s+)(?:lĩnh vực\s+)?(?:" + _FIELD + r")\s*[,:]")


def _fields_of_models(after_noun: str) -> set[str | None]:
    """The fields a cued field phrase ties to a model noun in its clause: none without a cue within reach, None
    for all fields ("trên các lĩnh vực"), else every field its clause names from the cue on."""
    end = _CLAUSE_END.search(after_noun)
    clause = after_noun[:end.start()] if end else after_noun
    cued = _CUED_FIELD.search(clause, 0, PARAGRAPH_FIELD_REACH + FIELD_PHRASE_SPAN)
    if cued is None or cued.start() > PARAGRAPH_FIELD_REACH:
        return set()
    if _ALL_FIELDS.search(clause):
        return {None}
    return {f for pattern, f in clauses.FIELD_RES if pattern.search(clause, cued.start())}


def _field_mentions(ctx: ArticleContext, index: int) -> list[tuple[int, set[str | None]]]:
    """(offset, fields) of each uncounted model noun of sentence `index` that a cued phrase ties to fields (see
    `_fields_of_models`); read once per sentence."""
    memo = ctx.memo.setdefault("model_counts.field_mentions", {})
    if index not in memo:
        sentence = ctx.doc.sentences[index]
        text = blank_out(_QUOTED, fold(sentence.text))
        found = []
        for noun in _MODEL_NOUN.finditer(text):
            if not _COUNTED_NOUN.search(text, max(0, noun.start() - COUNTED_NOUN_REACH), noun.start()):
                fields = _fields_of_models(text[noun.end():noun.end() + PARAGRAPH_FIELD_REACH + FIELD_PHRASE_SPAN])
                if fields:
                    found.append((sentence.start + noun.start(), fields))
        memo[index] = found
    return memo[index]


def _paragraph_fields_before(ctx: ArticleContext, index: int) -> frozenset[str | None]:
    """The fields tied to models in the sentences of a paragraph before sentence `index`: built sentence by
    sentence and remembered, so a paragraph of many counts is read once."""
    memo = ctx.memo.setdefault("model_counts.paragraph_fields", {})
    sentences, pending = ctx.doc.sentences, []
    while index not in memo:
        previous = index - 1
        if previous < 0 or sentences[previous].paragraph != sentences[index].paragraph or sentences[previous].is_title:
            memo[index] = frozenset()
            break
        pending.append(index)
        index = previous
    for later in reversed(pending):
        memo[later] = memo[later - 1].union(*(fields for _, fields in _field_mentions(ctx, later - 1)))
    return memo[pending[0] if pending else index]


def _paragraph_first(ctx: ArticleContext, index: int) -> int:
    """Index of the first body sentence of the paragraph of sentence `index` (remembered per sentence)."""
    memo = ctx.memo.setdefault("model_counts.paragraph_first", {})
    sentences, walked = ctx.doc.sentences, []
    while index not in memo:
        walked.append(index)
        previous = index - 1
        if previous < 0 or sentences[previous].paragraph != sentences[index].paragraph or sentences[previous].is_title:
            memo[index] = index
            break
        index = previous
    for sentence_index in walked:
        memo[sentence_index] = memo[index]
    return memo[index]


def _paragraph_field(ctx: ArticleContext, q: Quantity) -> str | None:
    """The field its paragraph states for the models a count counts (ANNOTATION.md "Fields are stated": "earlier
    in its paragraph about those models"): models tied to one field in an earlier sentence of the paragraph or
    earlier in the count's own sentence ("Trong giai đoạn 2018-2020, nhiều mô hình trong lĩnh vực phát triển kinh
    tế được triển khai ... Đã xây dựng được 1.088 mô hình"), or a paragraph opened by a field ("Về lĩnh vực kinh
    tế, ..."). Only when the paragraph names one such field; a count across all fields ("trên các lĩnh vực") has
    none (decided in its clause)."""
    post = clauses.window(ctx, q.group.post)
    if _ALL_FIELDS.search(post[:FIELD_PHRASE_SPAN]):
        return None
    found = set(_paragraph_fields_before(ctx, q.sentence.index)).union(
        *(fields for at, fields in _field_mentions(ctx, q.sentence.index) if at < q.group.start))
    first = _paragraph_first(ctx, q.sentence.index)
    opening = _PARAGRAPH_FIELD_OPENING.match(fold(ctx.doc.sentences[first].text))  # a paragraph opened by its field
    if opening:
        found.add(_field_named(opening.group()))
    return found.pop() if len(found) == 1 else None  # a paragraph of all fields ({None}) or several has none


_GRADE = re.compile(lexicon.GRADE_PHRASE)
# A grade of the models around the verb of their count: as the label before it, maybe with the grading body's verb
# ("cấp tỉnh 15", "cấp huyện có 120", "cấp tỉnh công nhận 120 mô hình"), or after the verb that graded them ("312
# mô hình được công nhận cấp huyện", "18 mô hình được công nhận là mô hình “Dân vận khéo” cấp tỉnh", "9 mô hình được
# Ban Thường vụ Tỉnh uỷ công nhận cấp tỉnh": past the count's qualifiers and the agent of its passive).
_GRADING_VERB = r"(?:" + "|".join(map(re.escape, sorted(lexicon.ACTION_VERBS, key=len, reverse=True))) + r")"
_GRADE_BEFORE = re.compile("(" + lexicon.GRADE_PHRASE + r")\s*(?:có\s*|(?:đã\s+)?(?:được\s+)?" + _GRADING_VERB
                           + r"\s+)?$")
_GRADE_AFTER_VERB = re.compile(r"\s*(?:đã\s+|đều\s+)?(?:được\s+(?:[^\W\d_]+,?\s+){0,"
                               + str(clauses.PASSIVE_AGENT_WORDS) + r"}?)?" + _GRADING_VERB + r"\s+(?:(?:là|đạt)\s+)?"
                               r"(?:(?:mô hình|điển hình)\s+)?(?:“[^”]*”\s*|\"[^\"]*\"\s*|dân vận khéo\s+)?("
                               + lexicon.GRADE_PHRASE + ")")
_GRADE_HEADER = re.compile(r"[\s\-–+]*(" + lexicon.GRADE_PHRASE + ")")  # "- Cấp tỉnh công nhận: 12 mô hình"
_GRADE_WORD = re.compile(lexicon.GRADE_WORD)


def level_of(ctx: ArticleContext, q: Quantity, unit: str | None = None) -> str | None:
    """Grade of the counted models: "06 mô hình cấp huyện", or "cấp tỉnh 320 mô hình" in a breakdown; a grade of
    several words of one tier ("cấp xã, phường, thị trấn") has their grade, of several tiers none. "cấp thành phố"
    is the district's grade when the count's unit is a city of a province, or the city is listed with districts
    ("cấp huyện, thành phố")."""
    match = _GRADE.search(fold(ctx.doc.text[q.start:q.end])) or _GRADE_BEFORE.search(
        fold(ctx.doc.text[q.group.pre[0]:q.start])) or _GRADE_AFTER_VERB.match(
        clauses.after_qualifiers(clauses.window(ctx, q.group.post)))
    header = clauses.header_before_colon(ctx, q) if not match else None
    if header:
        match = _GRADE_HEADER.match(header)
    if not match:
        return None
    grade = match.group(1) if match.re is not _GRADE else match.group()
    words = [w.group() for w in _GRADE_WORD.finditer(grade[len("cấp"):])]
    # the city of "cấp thành phố": the count's unit, or the one it lies in; for a ward the gazetteer cannot place
    # ("phường 5") or a count without a unit, the article's city
    city_unit = ctx.main_unit("thanh_pho") if unit is None or unit.split(" ")[0] in ("phường", "xã") else None
    district_city = unit is not None and in_district_city(unit) or city_unit is not None and in_district_city(city_unit)
    grades = {lexicon.GRADE_OF_DISTRICT_CITY if w == "thành phố" and (district_city or any(
        lexicon.GRADE_OF_WORD[o] == lexicon.GRADE_OF_DISTRICT_CITY for o in words)) else lexicon.GRADE_OF_WORD[w]
              for w in words}
    return grades.pop() if len(grades) == 1 else None


def in_district_city(unit: str) -> bool:
    """Whether a unit is a city of a province (thành phố Hà Tĩnh, Vinh; not a city of the centre: Cần Thơ, Đà
    Nẵng) or a ward or commune of one (xã Ea Tu of Buôn Ma Thuột), by the gazetteer's units before 2025; a name
    the gazetteer places in several kinds of district is in none."""
    word, _, name = unit.partition(" ") if not unit.startswith(("thành phố ", "thị xã ", "thị trấn ")) else (
        " ".join(unit.split(" ")[:2]), " ", " ".join(unit.split(" ")[2:]))
    level = lexicon.LEVEL_OF_WORD.get(word)
    if level == "thanh_pho":
        places = gazetteer().lookup(name, levels=("thanh_pho",))
        return any(p.tier == "district" for p in places) and not any(p.tier == "province" for p in places)
    if level not in lexicon.WARD_LEVELS:
        return False
    districts = {(p.full_district or "").lower().startswith("thành phố")
                 for p in gazetteer().lookup(name, levels=(level,), era="legacy")}
    return districts == {True}


# A year a change is measured against is no period of the count: "(tăng 276 mô hình so với năm 2020)". The words
# before such a year are read this far back: "so với cùng kỳ năm " (19) with room to spare.
COMPARED_LOOKBACK = 30
_COMPARED = re.compile(r"(?<!\w)so với\s+(?:cùng kỳ\s+)?(?:năm|giai đoạn|nhiệm kỳ)?\s*$")


def _periods_in(ctx: ArticleContext, start: int, end: int, index: int) -> list[Period]:
    return [p for p in ctx.periods_in(start, end, index)
            if not _COMPARED.search(fold(ctx.doc.text[max(0, p.char_start - COMPARED_LOOKBACK):p.char_start]))]


def _own_period(ctx: ArticleContext, group: Group) -> Period | None:
    """A period in the group's windows, or after its parts ("55 mô hình (29 tập thể, 26 cá nhân) ... năm 2022").
    Remembered per group: a whole's period is asked again by each of its parts."""
    memo = ctx.memo.setdefault("model_counts.own_period", {})
    if id(group) not in memo:
        memo[id(group)] = _find_own_period(ctx, group)
    return memo[id(group)]


def _last_parts(ctx: ArticleContext, groups: list[Group]) -> dict[int, Group]:
    """id of a whole -> the last group of its parts, for one sentence's groups (built once per sentence)."""
    memo = ctx.memo.setdefault("model_counts.last_parts", {})
    if id(groups) not in memo:
        memo[id(groups)] = {id(g.members[0].parent): g for g in groups if g.members[0].parent is not None}
    return memo[id(groups)]


def _find_own_period(ctx: ArticleContext, group: Group) -> Period | None:
    index = group.members[0].sentence.index
    before = _periods_in(ctx, group.pre[0], group.pre[1], index)
    after = _periods_in(ctx, group.post[0], group.post[1], index)
    if before and after:  # the nearer one: "... năm 2022, đồng thời ... 18 mô hình giai đoạn 2020- 2022"
        found = [before[-1]] if group.start - before[-1].char_end < after[0].char_start - group.end else after[:1]
    else:
        found = before[-1:] or after[:1]
    whole, groups = group.members[0], group.members[0].sentence_groups
    last_part = _last_parts(ctx, groups).get(id(whole))  # parts come after their whole
    if not found and last_part is not None:
        following = next((groups[i] for i in range(group.index + 1, len(groups))
                          if groups[i].members[0].parent is not whole), None)  # the first later group of another
        end = following.start if following else whole.sentence.end
        found = _periods_in(ctx, last_part.end, end, index)
    return found[0] if found else None


def period_of(ctx: ArticleContext, q: Quantity) -> tuple[int | None, int | None]:
    """Period of a count: its clause, its neighbour's or whole's, its sentence, its paragraph, then the event's.
    A count selected to be replicated has the period of that purpose ("... để nhân rộng giai đoạn 2025 - 2030")."""
    purpose = clauses.replication_purpose(ctx, q)
    if purpose:
        planned = [p for p in ctx.periods_of(q.sentence.index) if purpose[0] <= p.char_start < purpose[1]]
        if planned:
            return planned[0].start, planned[0].end
    group, seen = q.group, 0
    while group is not None and seen < 4:
        own = _own_period(ctx, group)
        if own:
            return own.start, own.end
        group = group.previous if group.coordinated else None
        seen += 1
    if q.parent is not None:
        return period_of(ctx, q.parent)
    earlier = ctx.last_period_in(q.sentence.start, q.group.start, q.sentence.index)
    if earlier:  # "Từ đầu giai đoạn 2021 - 2025 đến nay, toàn tỉnh đã xây dựng ...; có 245 mô hình được công nhận"
        return earlier.start, earlier.end
    paragraph = ctx.paragraph_period(q.sentence.index)
    if paragraph:
        return paragraph.start, paragraph.end
    if ctx.event and ctx.event.period_start:
        return ctx.event.period_start, ctx.event.period_end
    return None, None


def unit_of(ctx: ArticleContext, q: Quantity, paragraph_units: dict[int, str] | None = None) -> str | None:
    """Unit of a count: named or implied ("toàn huyện") in its clause or sentence, its whole's, that of the first
    count of its paragraph (the paragraph's topic: "huyện X đăng ký 249 mô hình. Qua khảo sát, có 80 mô hình đạt
    hiệu quả cao"; not a "Riêng xã Y có 27 mô hình" between them), the event's."""
    own = _own_unit(ctx, q)
    if own:
        return own
    if paragraph_units and q.sentence.paragraph in paragraph_units:
        return paragraph_units[q.sentence.paragraph]
    return ctx.event.unit if ctx.event else None


def _own_unit(ctx: ArticleContext, q: Quantity) -> str | None:
    # The clause before the count speaks first: "toàn huyện xây dựng 526 mô hình, tiêu biểu là ... tại xã Thọ Lập",
    # "toàn tỉnh có 245 mô hình ..., riêng thị xã Vĩnh Châu có 18": later units are examples or parts.
    mention = ctx.explicit_unit_in(q.group.pre[0], q.group.end)
    if mention:
        return mention.label
    implied = ctx.implied_unit(q.group.pre[0], q.group.start)
    if implied:
        return implied
    # after the count, its own words end where examples or its parts begin ("..., riêng thị xã Vĩnh Châu có 18")
    after = clauses.window(ctx, (q.group.end, q.group.post[1]))
    cut = [m.start() for m in (re.search(lexicon.EXAMPLE_CUES, after), _PARTS_CUE.search(after)) if m]
    own_end = q.group.end + min(cut) if cut else q.group.post[1]
    mention = ctx.explicit_unit_in(q.group.end, own_end)
    if mention:
        return mention.label
    if q.parent is not None:
        return _own_unit(ctx, q.parent)
    # the sentence up to the end of the count's clause ("...; số mô hình ... ở xã Điện Hồng" is another clause)
    return ctx.unit_for(q.group.pre[0], own_end) or ctx.unit_for(q.sentence.start, own_end)


# Words after a count that open its parts: units named after them are the parts' ("toàn tỉnh có 245 mô hình, riêng
# thị xã Vĩnh Châu có 18 mô hình", "..., trong đó xã A có 12").
_PARTS_CUE = re.compile(r"(?<!\w)(?:trong đó|trong số đó|riêng|bao gồm|gồm)(?!\w)")


def extract(ctx: ArticleContext) -> list[ModelCount]:
    """One record per distinct count; a breakdown part points at its whole through `part_of` (the whole's
    fact_id), so totals are summed without their parts."""
    records, by_ident, by_quantity = [], {}, {}  # a repeated count maps to the record of its first mention
    stated: list[tuple[Quantity, ModelCount]] = []
    paragraph_units: dict[int, str] = {}  # the unit of the first count of each paragraph
    for sq in ctx.quantities:
        for q in sq.quantities:
            if q.category != "model" or _is_target(ctx, q):
                continue
            field, action = field_of(ctx, q), clauses.action_of(ctx, q)
            ident = (as_int(q.value), q.subtype, field)
            # the same number again restates it, unless both mentions name different actions: "có 501 mô hình
            # được đăng ký và đã công nhận 501 mô hình" is two quantities
            same = [r for r in by_ident.get(ident, []) if None in (r.action, action) or r.action == action]
            if same:
                by_quantity[id(q)] = same[0]
                continue
            if q.parent is None and field is None and _is_caption(ctx, q) and (
                    _repeats_earlier(q, action, records) or _restated_later(ctx, q, action)):
                continue  # "Tuyên dương 93 điển hình" under a headline of 92, a headline line over its body
            start, end = period_of(ctx, q)
            whole = by_quantity.get(id(q.parent)) if q.parent is not None else _changed_total(q, records)
            unit = whole.unit if q.change and whole else unit_of(ctx, q, paragraph_units)
            # a part or change of graded models has their grade unless it names its own ("245 mô hình được công
            # nhận cấp tỉnh, riêng thị xã X có 18 mô hình": 18 of them, cấp tỉnh too)
            level = level_of(ctx, q, unit) or (whole.level if whole else None)
            record = ModelCount(
                article_id=ctx.doc.article_id, evidence=q.sentence.text, char_start=q.start, char_end=q.end,
                extractor=EXTRACTOR, count=as_int(q.value), approx=q.approx, kind=q.subtype, field=field,
                action=action, level=level, unit=unit,
                period_start=start, period_end=end, part_of=whole.fact_id if whole else None,
            ).with_id()
            if record.unit:
                paragraph_units.setdefault(q.sentence.paragraph, record.unit)
            by_ident.setdefault(ident, []).append(record)
            by_quantity[id(q)] = record
            records.append(record)
            stated.append((q, record))
            out_of = _denominator(q, record, by_ident)
            if out_of is not None:
                records.append(out_of)
    wholes = _subset_wholes(ctx, stated)
    records = [r.model_copy(update={"part_of": wholes[r.fact_id]}) if r.fact_id in wholes else r for r in records]
    return _headline_counts(ctx, records) + records


_TARGET = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.MODEL_TARGET_CUES) + r")(?!\w)")
_QUOTA = re.compile(lexicon.MODEL_QUOTA)


def _is_target(ctx: ArticleContext, q: Quantity) -> bool:
    """A target or quota, not a count: a target cue in the count's clause before it (from its last comma or
    semicolon) with no completed action after the cue ("Năm 2024, huyện phấn đấu xây dựng 50 mô hình"), or a
    quota per unit right before it ("mỗi xã ít nhất 1 mô hình")."""
    before = fold(ctx.doc.text[q.sentence.start:q.start])
    if _QUOTA.search(before):
        return True
    clause = re.split(r"[,;:]", before)[-1]
    return clauses.states_target(clause, _TARGET)


def _changed_total(q: Quantity, records: list[ModelCount]) -> ModelCount | None:
    """The total a change count changes ("có 2.071 mô hình ..., trong đó ... (tăng 276 mô hình so với năm 2020)"):
    the sentence's first total before it; the change is stored as its part, so sums of totals do not add it,
    and has its unit."""
    if not q.change:
        return None
    return next((r for r in records if r.part_of is None and q.sentence.start <= r.char_start < q.start
                 and r.kind == q.subtype), None)


# --- headlines and captions: a count that repeats or rounds another adds nothing ---------------------------
CAPTION_WORDS = 15  # a photo caption or sub-heading line: one short sentence alone in its paragraph
CAPTION_CHARS = 8 * CAPTION_WORDS  # no longer than fifteen words of up to seven letters


def _is_caption(ctx: ArticleContext, q: Quantity) -> bool:
    """A short line standing alone without a full stop: a photo caption or a sub-heading."""
    sentence, sentences = q.sentence, ctx.doc.sentences
    if sentence.end - sentence.start > CAPTION_CHARS:
        return False
    alone = all(not (0 <= i < len(sentences)) or sentences[i].paragraph != sentence.paragraph
                for i in (sentence.index - 1, sentence.index + 1))
    text = sentence.text.strip()
    return alone and not text.endswith((".", "!", "?", "…", ":", ";")) and len(text.split()) <= CAPTION_WORDS


def _repeats_earlier(q: Quantity, action: str | None, records: list[ModelCount]) -> bool:
    """A caption line's count that repeats or rounds a count stated before it, under the same kind and verb."""
    return any(r.kind == q.subtype and r.action == action and r.field is None
               and restates(as_int(q.value), q.approx, r.count) for r in records)


def _restated_later(ctx: ArticleContext, q: Quantity, action: str | None) -> bool:
    """A caption or headline line's count that the body states after it: as models of the same kind and verb
    (or the line names no verb: "Buôn Hồ có hơn 300 mô hình" over "xây dựng 312 mô hình"), or as the collectives
    behind them ("biểu dương 27 mô hình" over "27 tập thể ... được tặng giấy khen")."""
    for sq in ctx.quantities:
        if sq.sentence.index <= q.sentence.index or _is_caption(ctx, sq.quantities[0]):
            continue
        for later in sq.quantities:
            if not restates(as_int(q.value), q.approx, as_int(later.value)):
                continue
            if later.category == "recipient" or later.category == "model" and later.subtype == q.subtype and (
                    action is None or clauses.action_of(ctx, later) == action):
                return True
    return False


def _headline_counts(ctx: ArticleContext, records: list[ModelCount]) -> list[ModelCount]:
    """Counts only the headline states ("Tuyên dương 92 điển hình" with no number in the body), unless the body
    repeats or rounds them (as a count of models or of recipients)."""
    body = {as_int(b.value) for sq in ctx.quantities for b in sq.quantities if b.category in ("model", "recipient")}
    found = []
    for sq in headline_quantities(ctx.doc):
        for q in sq.quantities:
            # the body's count of the same things may be of models or of the collectives behind them ("biểu dương
            # 19 mô hình" over "19 tập thể ... được trao tặng giấy khen")
            if q.category != "model" or any(restates(as_int(q.value), q.approx, n) for n in body) or any(
                    restates(as_int(q.value), q.approx, r.count) for r in found):
                continue
            start, end = period_of(ctx, q)
            unit = unit_of(ctx, q)
            found.append(ModelCount(
                article_id=ctx.doc.article_id, evidence=q.sentence.text, char_start=q.start, char_end=q.end,
                extractor=EXTRACTOR, count=as_int(q.value), approx=q.approx, kind=q.subtype, field=field_of(ctx, q),
                action=clauses.action_of(ctx, q), level=level_of(ctx, q, unit), unit=unit,
                period_start=start, period_end=end,
            ).with_id())
    return found


# --- subsets: a count picked out of a total stated before it (or after it) ------------------------------------
# "Trên cơ sở các mô hình đó, lựa chọn 55 mô hình tiêu biểu", "trong số các mô hình trên, chọn 20 ...": a
# reference back to the models counted before.
_BACK_TO_MODELS = re.compile(r"(?:trên cơ sở|từ|trong số|qua)\s+(?:các|những|số)\s+(?:mô hình|điển hình)(?:,?\s*điển hình)?"
                             r"\s+(?:đó|này|trên|nói trên|đã (?:đăng ký|xây dựng|được công nhận))")
# "có 80 mô hình đạt hiệu quả cao": a count qualified as the better part of the models counted before it.
_QUALIFIED = re.compile(r"^\s*(?:(?:“[^”]*”|\"[^\"]*\"|dân vận khéo)\s*)?(?:được đánh giá\s+)?(?:đạt hiệu quả|hoạt động hiệu quả|"
                        r"hiệu quả cao|tiêu biểu|xuất sắc|nổi bật|đạt loại (?:tốt|xuất sắc))")
# "Các mô hình tiêu biểu này được lựa chọn trong số 6.540 mô hình": the whole of the subset counted before.
_SELECTED_FROM = re.compile(r"(?:chọn|lựa chọn|bình chọn|tuyển chọn)(?:\s+ra)?\s+(?:từ|trong số|trong)\s*$")


def _subset_reach(ctx: ArticleContext, q: Quantity, record: ModelCount) -> int:
    """How many paragraphs back the whole of a subset may be stated (0: not a subset). A selection ("lựa chọn 55
    mô hình tiêu biểu") or a count after a reference back to the models counted ("Trên cơ sở các mô hình đó,
    ...", in its own clause) reaches over captions between; a count without a verb of its own qualified as the
    better part ("Qua khảo sát, có 80 mô hình đạt hiệu quả cao") reaches its paragraph and the one before."""
    if record.part_of is not None or record.field is not None or record.level is not None:
        return 0
    clause_start = q.group.previous.end if q.group.previous is not None else q.sentence.start
    if clauses.selects(ctx, q) or _BACK_TO_MODELS.search(fold(ctx.doc.text[clause_start:q.start])):
        return 4
    if record.action is None and q.denominator is None and _QUALIFIED.match(clauses.window(ctx, q.group.post)):
        return 1
    return 0


def _whole_before(stated: list[tuple[Quantity, ModelCount]], index: int, reach: int,
                  wholes: dict[str, str]) -> ModelCount | None:
    """The nearest larger total before a subset, at most `reach` paragraphs back."""
    q, record = stated[index]
    for earlier_q, earlier in reversed(stated[:index]):
        if q.sentence.paragraph - earlier_q.sentence.paragraph > reach:
            return None
        if earlier.part_of is None and earlier.field is None and earlier.level is None \
                and earlier.count > record.count and earlier.fact_id not in wholes:
            return earlier
    return None


def _whole_after(ctx: ArticleContext, stated: list[tuple[Quantity, ModelCount]], index: int) -> ModelCount | None:
    """A larger total the subset is said to be selected from, in the next two sentences."""
    q, record = stated[index]
    for later_q, later in stated[index + 1:]:
        if later_q.sentence.index - q.sentence.index > 2:
            return None
        if later.count > record.count and later.part_of is None and \
                _SELECTED_FROM.search(fold(ctx.doc.text[later_q.sentence.start:later_q.start])):
            return later
    return None


def _subset_wholes(ctx: ArticleContext, stated: list[tuple[Quantity, ModelCount]]) -> dict[str, str]:
    """fact_id of each subset -> fact_id of its whole: the nearest larger total before it within its reach (see
    `_subset_reach`), else a total it is said to be selected from after it ("được lựa chọn trong số 6.540 mô
    hình"). Subsets are counts of their own (the gold counts them) that model_totals must not add."""
    wholes = {}
    for index, (q, record) in enumerate(stated):
        reach = _subset_reach(ctx, q, record)
        if not reach:
            continue
        whole = _whole_before(stated, index, reach, wholes) or _whole_after(ctx, stated, index)
        if whole is not None:
            wholes[record.fact_id] = whole.fact_id
    return wholes


def _denominator(q: Quantity, record: ModelCount, by_ident: dict) -> ModelCount | None:
    """The whole of a ratio ("xây dựng được 105/130 mô hình": 130 is a count too, without the verb, which is the
    105's), unless it equals the share ("4/4 mô hình") or the text states it elsewhere."""
    if q.denominator is None or as_int(q.denominator) == record.count:
        return None
    ident = (as_int(q.denominator), record.kind, record.field)
    if ident in by_ident:
        return None
    out_of = record.model_copy(update={"count": as_int(q.denominator), "approx": "exact", "action": None,
                                       "part_of": None, "char_start": q.number_end + 1}).with_id()
    by_ident[ident] = [out_of]
    return out_of
