"""Reading a count's modifiers from the text around it: its verb, field, award, issuer, period and unit.

Shared by the model, award and outcome extractors; every function takes a `Quantity` (see `quantities`) and the
article context and looks first in the count's own group windows, then in what the group inherits.
"""

from __future__ import annotations

import re

from extractors import lexicon
from extractors.context import ArticleContext
from extractors.periods import Period
from extractors.quantities import Group, Quantity
from extractors.textnorm import blank_out, fold

_ACTIONS = sorted(lexicon.ACTION_VERBS, key=len, reverse=True)
_VERB_RE = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, _ACTIONS + sorted(lexicon.NULL_VERBS, key=len,
                                                                                 reverse=True))) + r")(?!\w)")
_FILLER_RE = re.compile(r"(?:\s|,|" + "|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in sorted(
    lexicon.CHAIN_FILLERS, key=len, reverse=True)) + r")*$")
_FIELD_RES = [(re.compile(r"(?<!\w)" + p), f) for p, f in lexicon.FIELDS]
# A field phrase ending the text before a number, with at most a linking word: "an ninh có 167", "kinh tế: 26".
_FIELD_LEAD_END = r"\s*(?:có|là|đạt|:|\()?\s*$"
_AWARD_RES = [(re.compile(r"(?<!\w)(?:" + p + r")(?!\w)"), a) for p, a in lexicon.AWARDS]
_POST_QUALIFIERS = re.compile(r"^(?:\s|“[^”]*”|\"[^\"]*\"|dân vận khéo|tiêu biểu|điển hình|tập thể|cá nhân|"
                              r"nội dung|việc làm|cấp \w+|giai đoạn \d{4}\s*[-–]\s*\d{4}|năm \d{4}|"
                              r"(?:của|ở|tại|thuộc) (?:[^\W\d_]+ ){0,3}?(?=được ))*")


def window(ctx: ArticleContext, span: tuple[int, int]) -> str:
    return fold(ctx.doc.text[span[0]:span[1]])


def verb_chain_action(text_before: str) -> tuple[bool, str | None]:
    """(found, action) from the verbs right before a number: "đã xây dựng và nhân rộng được" -> xay_dung.

    Walks left over verbs and fillers; the leftmost verb of the chain wins ("first named"), and a non-action
    verb there makes the action None."""
    rest, verbs = text_before, []
    while True:
        filler = _FILLER_RE.search(rest)
        rest = rest[: filler.start()] if filler else rest
        match = None
        for candidate in _VERB_RE.finditer(rest):
            if candidate.end() == len(rest):
                match = candidate
        if not match:
            break
        verbs.append(match.group(1))
        rest = rest[: match.start()]
    if not verbs:
        return False, None
    first = verbs[-1]
    return True, lexicon.ACTION_VERBS.get(first)


_POST_VERB = re.compile(r"\s*(?:đã\s+|đều\s+)?(?:hoàn thành\s+(?:và\s+)?)?(?:được\s+(?:[^\W\d_]+\s+){0,5}?|"
                        r"(?:[^\W\d_]+\s+){0,1}?)(" + "|".join(map(re.escape, _ACTIONS)) + r")(?!\w)")
_POST_OTHER_VERB = re.compile(r"\s*(?:đã\s+|đang\s+|đều\s+|vẫn\s+)*(?:được\s+)?(" + "|".join(
    map(re.escape, sorted(lexicon.NULL_VERBS, key=len, reverse=True))) + r")(?!\w)")


def post_action(text_after: str) -> str | None:
    """An action verb right after the counted noun: "1.240 mô hình ... đăng ký", "... được (Ban Chỉ đạo) công nhận"."""
    rest = text_after[_POST_QUALIFIERS.match(text_after).end():]
    match = _POST_VERB.match(rest)
    return lexicon.ACTION_VERBS.get(match.group(1)) if match else None


def post_verb_is_other(text_after: str) -> bool:
    """A non-action verb right after the counted noun: "27 mô hình đang được duy trì hiệu quả"."""
    rest = text_after[_POST_QUALIFIERS.match(text_after).end():]
    return bool(_POST_OTHER_VERB.match(rest))


def action_of(ctx: ArticleContext, q: Quantity) -> str | None:
    """Action of a count: its verb chain, a verb after it, its coordinated neighbour's or its whole's."""
    group = q.group
    found, action = verb_chain_action(window(ctx, group.pre))
    if found:
        return action
    header = _list_header(ctx, q)
    if header:
        return header  # "số mô hình xây dựng được gồm: kinh tế 142 mô hình", "- Cấp tỉnh công nhận: 12 mô hình"
    if group.previous is not None and re.search(r"nâng tổng số", window(ctx, group.pre)):
        return action_of(ctx, group.previous.members[0])  # "64 mô hình được xây dựng, nâng tổng số ... lên 356"
    after = post_action(window(ctx, group.post))
    if after:
        return after
    if post_verb_is_other(window(ctx, group.post)):
        return None  # its own verb, not its whole's: "riêng xã X có 27 mô hình đang được duy trì"
    if group.joined and group.previous is not None:
        return action_of(ctx, group.previous.members[0])
    if q.parent is not None:
        return action_of(ctx, q.parent)
    return None


def _list_header(ctx: ArticleContext, q: Quantity) -> str | None:
    """The action verb of the header a count is listed under, when the count's clause follows a colon."""
    header = _header_before_colon(ctx, q, label_allowed=True)
    if header is None:
        return None
    for pattern, _ in _FIELD_RES:  # "Lĩnh vực xây dựng hệ thống chính trị: 35 mô hình" names a field, not a verb
        header = blank_out(pattern, header)
    actions = [(m.start(), lexicon.ACTION_VERBS.get(m.group(1))) for m in _VERB_RE.finditer(header)]
    return actions[0][1] if actions else None


# What may stand between a header's colon and the count: a field or grade label ("kinh tế 142 mô hình").
_LIST_LABEL_ONLY = re.compile(r"[\s\-–+]*" + lexicon.BREAKDOWN_LABEL + r"?\s*(?:có|:)?\s*")


def field_of(ctx: ArticleContext, q: Quantity) -> str | None:
    """Field of a count when one field is named for it ("Lĩnh vực văn hoá – xã hội 85 mô hình")."""
    for span, after in ((q.group.pre, False), (q.group.post, True)):
        text = window(ctx, span)
        if not after and not text.strip():
            text = _header_before_colon(ctx, q) or text  # "- Lĩnh vực kinh tế: 120 mô hình;"
        subset = list(re.finditer(r"trong đó|trong số đó", text))
        if subset and not after:
            text = text[subset[-1].end():]
        if after:
            text = text[:80]
            if not re.search(r"(?:trên|thuộc|trong|ở) (?:lĩnh vực|các lĩnh vực|tất cả)|gắn (?:trực tiếp |liền )?với",
                             text):
                continue
        if re.search(r"(?:các|mọi|tất cả các|nhiều) lĩnh vực", text):
            return None
        if not after and not re.search(lexicon.FIELD_CUE, text) and q.parent is None:
            # No cue word: only a field named right before the number counts ("; quốc phòng - an ninh 167 mô hình").
            direct = {f for pattern, f in _FIELD_RES if re.search(pattern.pattern + _FIELD_LEAD_END, text)}
            if len(direct) == 1:
                return direct.pop()
            continue
        found = {f for pattern, f in _FIELD_RES if pattern.search(text)}
        if len(found) == 1:
            return found.pop()
        if len(found) > 1:
            return None
    return None


def _header_before_colon(ctx: ArticleContext, q: Quantity, label_allowed: bool = False) -> str | None:
    """The folded text a count follows in a "header: count" line ("- Lĩnh vực kinh tế: 120 mô hình"), from the
    clause start to the colon; None when the count's clause does not open right after a colon (with
    `label_allowed`, a field or grade label may stand between: "gồm: kinh tế 142 mô hình")."""
    text = ctx.doc.text
    colon = q.group.pre[0] - 1
    if text[colon:colon + 1] != ":":
        return None
    between = fold(text[q.group.pre[0]:q.group.start])
    if between.strip(" -–+") and not (label_allowed and _LIST_LABEL_ONLY.fullmatch(between)):
        return None
    start = q.sentence.start
    for match in re.finditer(r"[;:]", text[start:colon]):
        start = q.sentence.start + match.end()
    return fold(text[start:colon]) + " "


_LEVEL_WORDS = r"cấp (tỉnh|thành phố|huyện|quận|thị xã|xã|phường|cơ sở)"


def level_of(ctx: ArticleContext, q: Quantity) -> str | None:
    """Grade of the counted models: "06 mô hình cấp huyện", or "cấp tỉnh 320 mô hình" in a breakdown."""
    match = re.search(_LEVEL_WORDS, fold(ctx.doc.text[q.start:q.end])) or re.search(
        _LEVEL_WORDS + r"\s*(?:có\s*)?$", fold(ctx.doc.text[q.group.pre[0]:q.start]))
    header = _header_before_colon(ctx, q) if not match else None
    if header:
        match = re.match(r"[\s\-–+]*" + _LEVEL_WORDS, header)  # "- Cấp tỉnh công nhận: 12 mô hình"
    if not match:
        return None
    return {"tỉnh": "cap_tinh", "thành phố": "cap_tinh", "huyện": "cap_huyen", "quận": "cap_huyen",
            "thị xã": "cap_huyen"}.get(match.group(1), "cap_xa")


def _own_period(ctx: ArticleContext, group: Group, later: list[Group]) -> Period | None:
    """A period in the group's windows, or after its parts ("55 mô hình (29 tập thể, 26 cá nhân) ... năm 2022")."""
    index = group.members[0].sentence.index
    before = ctx.periods_in(group.pre[0], group.pre[1], index)
    after = ctx.periods_in(group.post[0], group.post[1], index)
    if before and after:  # the nearer one: "... năm 2022, đồng thời ... 18 mô hình giai đoạn 2020- 2022"
        found = [before[-1]] if group.start - before[-1].char_end < after[0].char_start - group.end else after[:1]
    else:
        found = before[-1:] or after[:1]
    parts = [g for g in later if g.members[0].parent is group.members[0]]
    if not found and parts:
        following = [g for g in later if g.members[0].parent is not group.members[0]]
        end = following[0].start if following else group.members[0].sentence.end
        found = ctx.periods_in(parts[-1].end, end, index)
    return found[0] if found else None


def _later_groups(group: Group, ctx_groups: list[Group]) -> list[Group]:
    for index, candidate in enumerate(ctx_groups):
        if candidate is group:
            return ctx_groups[index + 1:]
    return []


def period_of(ctx: ArticleContext, q: Quantity) -> tuple[int | None, int | None]:
    """Period of a count: its clause, its neighbour's or whole's, its sentence, its paragraph, then the event's."""
    group, seen = q.group, 0
    while group is not None and seen < 4:
        own = _own_period(ctx, group, _later_groups(group, q.sentence_groups))
        if own:
            return own.start, own.end
        group = group.previous if group.coordinated else None
        seen += 1
    if q.parent is not None:
        return period_of(ctx, q.parent)
    earlier = ctx.periods_in(q.sentence.start, q.group.start, q.sentence.index)
    if earlier:  # "Từ đầu giai đoạn 2021 - 2025 đến nay, toàn tỉnh đã xây dựng ...; có 245 mô hình được công nhận"
        return earlier[-1].start, earlier[-1].end
    paragraph = ctx.paragraph_period(q.sentence.index)
    if paragraph:
        return paragraph.start, paragraph.end
    if ctx.event and ctx.event.period_start:
        return ctx.event.period_start, ctx.event.period_end
    return None, None


def unit_of(ctx: ArticleContext, q: Quantity) -> str | None:
    """Unit of a count: named or implied ("toàn huyện") in its clause or sentence, its whole's, the event's."""
    # The clause before the count speaks first: "toàn huyện xây dựng 526 mô hình, tiêu biểu là ... tại xã Thọ Lập",
    # "toàn tỉnh có 245 mô hình ..., riêng thị xã Vĩnh Châu có 18": later units are examples or parts.
    mention = ctx.explicit_unit_in(q.group.pre[0], q.group.end)
    if mention:
        return mention.label
    implied = ctx.implied_unit(q.group.pre[0], q.group.start)
    if implied:
        return implied
    examples = re.search(lexicon.EXAMPLE_CUES, window(ctx, (q.group.end, q.group.post[1])))
    mention = ctx.explicit_unit_in(q.group.end, q.group.end + examples.start() if examples else q.group.post[1])
    if mention:
        return mention.label
    if q.parent is not None:
        return unit_of(ctx, q.parent)
    # the sentence up to the end of the count's clause ("...; số mô hình ... ở xã Điện Hồng" is another clause)
    unit = ctx.unit_for(q.group.pre[0], q.group.post[1]) or ctx.unit_for(q.sentence.start, q.group.post[1])
    if unit:
        return unit
    return ctx.event.unit if ctx.event else None


def award_of(ctx: ArticleContext, q: Quantity) -> str | None:
    """First award word of the count's clause (before the number, then after it); parts of a recognised model
    count are honoured without a named award unless their own clause names one."""
    spans = (q.group.pre,) if q.parent is not None else (q.group.pre, q.group.post)
    texts = [window(ctx, span) for span in spans] + [_header_before_colon(ctx, q, label_allowed=True) or ""]
    for text in texts:  # its clause before, after, then the header of a "... tặng Bằng khen: 6 tập thể" list
        text = blank_out(_AWARD_TOPIC, text)  # "Về khen thưởng, ..."
        hits = [(m.start(), award) for pattern, award in _AWARD_RES for m in pattern.finditer(text)]
        if hits:
            return min(hits)[1]
    if q.group.coordinated and q.group.previous is not None:
        return award_of(ctx, q.group.previous.members[0])
    return "bieu_duong" if q.parent is not None else None


_AWARD_TOPIC = re.compile(r"(?:về|công tác|hình thức) khen thưởng")
ISSUER_HEAD = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(lexicon.ISSUER_HEADS, key=len, reverse=True)))
                          + r")(?!\w)")
_GIVE = r"(?:trao tặng|tặng thưởng|tặng|trao|biểu dương|tuyên dương|khen thưởng|khen|vinh danh|tôn vinh|công nhận)"


def _issuer_span(text: str, folded: str, pattern: str) -> str | None:
    match = re.search(pattern, folded)
    if not match:
        return None
    head = ISSUER_HEAD.search(folded, match.start(1), match.end(1))
    if not head:
        return None
    return text[head.start():match.end(1)].strip(" ,")


_POST_ISSUER = (
    rf"^\s*(?:[^\W\d_]+\s+){{0,3}}?được\s+(.{{3,90}}?)\s+(?:đã\s+)?(?:có quyết định\s+)?{_GIVE}",
    rf"(?<!\w)do\s+(.{{3,90}}?)\s+{_GIVE}",
    rf"đề nghị\s+(.{{3,90}}?)\s+{_GIVE}",
    r"(?<!\w)của\s+(.{3,60}?)(?:\s+(?:cho|vì|về)(?!\w)|[,.;]|$)",
)
_PRE_ISSUER = r"(?:giấy khen|bằng khen|kỷ niệm chương|cờ thi đua)\s+của\s+(.{3,60}?)\s+(?:cho|tặng)\s*$"
_SUBJECT_GIVES = re.compile(rf"([^,;:]{{3,120}}?)\s+(?:đã\s+|vừa\s+)?(?:có quyết định\s+)?{_GIVE}(?!\w)")


def issuer_of(ctx: ArticleContext, q: Quantity) -> str | None:
    """Who grants the award: "được X tặng", "do X trao", "đề nghị X biểu dương", or the clause's subject.
    Parts of a count ("55 mô hình (29 tập thể, 26 cá nhân)") have the issuer of the whole."""
    if q.parent is not None:
        return issuer_of(ctx, q.parent)
    group = q.group
    post_text = ctx.doc.text[group.post[0]:group.post[1]]
    post = fold(post_text)
    for pattern in _POST_ISSUER:
        found = _issuer_span(post_text, post, pattern)
        if found:
            return trim_issuer(found)
    pre_text = ctx.doc.text[group.pre[0]:group.pre[1]]
    found = _issuer_span(pre_text, fold(pre_text), _PRE_ISSUER)  # "trao Giấy khen của UBND huyện cho 8 tập thể"
    if found:
        return trim_issuer(found)
    sentence = q.sentence
    head_text = ctx.doc.text[sentence.start:group.start]
    folded = fold(head_text)
    matches = list(_SUBJECT_GIVES.finditer(folded))
    for match in reversed(matches):
        head = ISSUER_HEAD.search(folded, match.start(1), match.end(1))
        if head:
            return trim_issuer(head_text[head.start():match.end(1)])
    if re.search(rf"{_GIVE}\s*(?:cho\s*)?$", fold(ctx.doc.text[group.pre[0]:group.pre[1]])):
        return sentence_subject(sentence.text)
    return None


_LEADING_ADVERBIAL = re.compile(r"\s*(?:[^,]{0,30},\s*)?")
_SUBJECT_VERB = re.compile(r"\s(?:đã|vừa|sẽ|phát động|tổ chức|tặng|trao|khen thưởng|biểu dương|tuyên dương|quyết định)"
                           r"(?!\w)")


def sentence_subject(text: str) -> str | None:
    """The organisation a sentence starts with, after a leading adverbial ("Dịp này, UBND phường An Cựu ...")."""
    folded = fold(text)
    start = _LEADING_ADVERBIAL.match(folded).end()
    head = ISSUER_HEAD.match(folded, start) or ISSUER_HEAD.match(folded, 0)
    if not head:
        return None
    verb = _SUBJECT_VERB.search(folded, head.end())
    return trim_issuer(text[head.start():verb.start()]) if verb and verb.start() - head.start() < 120 else None


_TRAILING_FILLERS = re.compile(r"(?:\s+(?:tiếp tục|đã|vừa|bình xét|xét|và|cũng|đồng thời))+\s*$", re.IGNORECASE)


def trim_issuer(text: str) -> str:
    return _TRAILING_FILLERS.sub("", text.strip(" ,"))
