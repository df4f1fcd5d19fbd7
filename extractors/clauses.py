"""What a count's clause says, shared by the counting extractors: its verb, its award, whether it commends.

Every function takes a `Quantity` (see `quantities`) and the article context and looks first in the count's own
group windows, then in what the group inherits (its coordinated neighbour, its whole). The model counts read
their `action` here, and the award and outcome extractors ask whether a count commends (`commends`), which
depends on the action of the model count it is a part of: that is why these live in one shared module and not
in a fact module. Attributes only one fact reads live in that fact's module (a model count's field, level,
period and unit in `model_counts`, an award's issuer in `award_counts`).
"""

from __future__ import annotations

import re

from extractors import lexicon
from extractors.context import ArticleContext
from extractors.numbers import APPROX_WORDS
from extractors.quantities import Quantity
from extractors.textnorm import blank_out, fold

_ACTIONS = sorted(lexicon.ACTION_VERBS, key=len, reverse=True)
# The verbs as regex alternations, longest first: those of an action code, those of none, and both
_ACTION_ALT = "|".join(map(re.escape, _ACTIONS))
_NULL_ALT = "|".join(map(re.escape, sorted(lexicon.NULL_VERBS, key=len, reverse=True)))
_ANY_VERB_ALT = _ACTION_ALT + "|" + _NULL_ALT
_VERB_RE = re.compile(r"(?<!\w)(" + _ANY_VERB_ALT + r")(?!\w)")
# Fillers of a verb chain: the lexicon's, and every approximation word, which may stand between the verb and its
# number ("nhân rộng xấp xỉ 90", "công nhận không dưới 40").
_FILLERS = set(lexicon.CHAIN_FILLERS) | {w for words in APPROX_WORDS.values() for w in words}
_FILLER_RE = re.compile(r"(?:\s|,|" + "|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in sorted(
    _FILLERS, key=len, reverse=True)) + r")*$")
FIELD_RES = [(re.compile(r"(?<!\w)" + p), f) for p, f in lexicon.FIELDS]
# Every field phrase, to be blanked before verbs are read: "xây dựng" in "xây dựng hệ thống chính trị" is a field's
# word, never a count's action.
_FIELD_PHRASES = re.compile(r"(?<!\w)(?:" + lexicon.FIELD_PHRASE + r")(?!\w)")
_AWARD_RES = [(re.compile(r"(?<!\w)(?:" + p + r")(?!\w)"), a) for p, a in lexicon.AWARDS]
# Qualifiers between a counted noun and its verb: quoted names, grades, periods, owners (a unit's name of up to six
# syllables: "của thị xã Bình Long được công nhận"), and how well the models work ("383 mô hình hoạt động hiệu quả
# được nhân rộng", "mô hình đạt hiệu quả cao được công nhận").
_POST_QUALIFIERS = re.compile(r"^(?:\s|“[^”]*”|\"[^\"]*\"|dân vận khéo|tiêu biểu|điển hình|tập thể|cá nhân|"
                              r"nội dung|việc làm|cấp \w+|giai đoạn \d{4}\s*[-–]\s*\d{4}|năm \d{4}|"
                              r"(?:hoạt động |đạt |có )?hiệu quả(?: cao| tốt| thiết thực)?|"
                              r"(?:của|ở|tại|thuộc) (?:[^\W\d_]+ ){0,6}?(?=được ))*")


def window(ctx: ArticleContext, span: tuple[int, int]) -> str:
    return fold(ctx.doc.text[span[0]:span[1]])


# The object of a verb whose possessor is the counted models, between the verb and the number: "xây dựng và phát
# huy hiệu quả của 274 mô hình", "duy trì hoạt động của 30 mô hình", "nâng cao chất lượng của 12 mô hình" (the
# models are what was built or kept up). At most three words before "của"; or, after "và", a second verb the
# lexicon does not know with its object ("nhân rộng và nâng cao chất lượng của": the chain is the first verb's).
_POSSESSED_OBJECT = [re.compile(r"(?:\s+[^\W\d_]+){" + str(words) + r"}\s+của\s*$") for words in (1, 2, 3)] + [
    re.compile(r"\s+và(?:\s+[^\W\d_]+){2,5}\s+của\s*$")]


# The verb's object restated by the count: "đăng ký xây dựng mô hình với tổng số 125 mô hình", "xây dựng các mô
# hình điển hình, với 48 mô hình" (the models counted are the verb's object, at most three words after the noun).
_RESTATED_OBJECT = re.compile(r"\s+(?:các\s+|những\s+)?(?:mô hình|điển hình)(?:\s+[^\W\d_]+){0,3}?\s*,?\s+với\s+"
                              r"(?:tổng số\s+|tổng cộng\s+)?(?:là\s+)?$")


def verb_chain_action(text_before: str) -> tuple[bool, str | None]:
    """(found, action) from the verbs right before a number: "đã xây dựng và nhân rộng được" -> xay_dung.

    Walks left over verbs and fillers; the leftmost verb of the chain wins ("first named"), and a non-action
    verb there makes the action None. A verb's object owned by the counted models ("phát huy hiệu quả của")
    stands between a chain and its number without breaking it. Field phrases are no verbs ("Về xây dựng nông
    thôn mới, có 40 mô hình")."""
    text_before = blank_out(_FIELD_PHRASES, text_before)
    found, action = _walk_chain(text_before)
    for pattern in [*_POSSESSED_OBJECT, _RESTATED_OBJECT] if not found else ():
        possessed = pattern.search(text_before)
        if possessed is None:
            continue
        chain = _walk_chain(text_before[:possessed.start()])
        if chain[0]:
            return chain
    return found, action


def _walk_chain(text_before: str) -> tuple[bool, str | None]:
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


# Who made the counted models, between the noun and its verb (a relative clause): "6.540 mô hình toàn tỉnh xây
# dựng", "mô hình do Hội Phụ nữ các cấp xây dựng", "128 mô hình, với 440 đơn vị, tổ chức, cá nhân đăng ký mới".
_AGENT = re.compile(r"\s*(?:(?:toàn|cả)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+|do\s+(?:[^\W\d_]+\s+){1,8}?|"
                    r",?\s*với\s+(?:hơn\s+|trên\s+|gần\s+|khoảng\s+)?\d[\d.]*\s+[^\W\d_]+"
                    r"(?:\s*(?:,|và)?\s*[^\W\d_]+){0,6}?\s+)(?:đã\s+|đều\s+|được\s+)?(?=(?:" + _ANY_VERB_ALT
                    + r")(?!\w))")
# The agent of a passive stands between "được" and the verb: "được Ban Thường vụ Huyện uỷ Nam Đàn công nhận" (7
# syllables). At most PASSIVE_AGENT_WORDS syllables, none of them opening a verb of the lexicon (a verb there is the
# count's own: "được triển khai ở các thôn và công nhận" is "triển khai"): the longest names of bodies that grant or
# recognise ("Ban Chỉ đạo phong trào thi đua Dân vận khéo thị xã Thái Hòa", 14) fit, with room.
PASSIVE_AGENT_WORDS = 16
_NOT_A_VERB = r"(?!(?:" + _ANY_VERB_ALT + r")(?!\w))"
_POST_VERB = re.compile(r"\s*(?:đã\s+|đều\s+)?(?:hoàn thành\s+(?:và\s+)?)?(?:được\s+(?:" + _NOT_A_VERB
                        + r"[^\W\d_]+,?\s+){0," + str(PASSIVE_AGENT_WORDS) + r"}?|"
                        r"(?:[^\W\d_]+\s+){0,1}?)(" + _ACTION_ALT + r")(?!\w)")
_POST_OTHER_VERB = re.compile(r"\s*(?:đã\s+|đang\s+|đều\s+|vẫn\s+)*(?:được\s+)?(" + _NULL_ALT + r")(?!\w)")
# A list of fields after the noun, before its verb: "1.808 mô hình trên các lĩnh vực kinh tế, xã hội, quốc phòng,
# an ninh, xây dựng hệ thống chính trị được triển khai hiệu quả" (the verb is "triển khai", not a field's word).
_FIELD_WORD = r"(?:" + lexicon.FIELD_PHRASE + r"|kinh tế|văn hoá|xã hội|quốc phòng|an ninh|trật tự|chính trị|môi trường|y tế|giáo dục)"
_FIELD_LIST = re.compile(r"\s*(?:trên|ở|thuộc|trong|về)\s+(?:các\s+|mọi\s+|nhiều\s+)?lĩnh vực(?:\s+khác nhau)?\s*"
                         rf"(?:[:,]?\s*(?:gồm|như)?\s*{_FIELD_WORD}(?:\s*(?:[,\-–]|và)\s*{_FIELD_WORD})*)?")

# A field phrase right after the noun, with its cue: "830 mô hình dân vận khéo xây dựng hệ thống chính trị", "520 mô
# hình xây dựng nông thôn mới", "214 mô hình về xây dựng hệ thống chính trị", "mô hình trong lĩnh vực phát triển
# kinh tế được nhân rộng": its verb names the field, not what was done to the models.
_FIELD_TAG = re.compile(r"\s*(?:(?:về|trong|ở|trên|thuộc|đối với|gắn với)\s+)?(?:(?:các\s+)?lĩnh vực\s+)?"
                        rf"{_FIELD_WORD}(?:\s*(?:[,\-–]|và)\s*{_FIELD_WORD})*(?!\w)")


def after_qualifiers(text_after: str) -> str:
    """The text after a counted noun from its verb on: without qualifiers, a list of fields, or the agent of a
    relative clause (the first verb after an agent is the count's, action or not: "với 125 cơ quan, đơn vị tham
    gia xây dựng" is "tham gia")."""
    rest = text_after[_POST_QUALIFIERS.match(text_after).end():]
    fields = _FIELD_LIST.match(rest) or _FIELD_TAG.match(rest)
    rest = rest[fields.end():] if fields else rest
    agent = _AGENT.match(rest)
    return " " + rest[agent.end():] if agent else rest


def post_action(text_after: str) -> str | None:
    """An action verb right after the counted noun: "1.240 mô hình ... đăng ký", "... được (Ban Chỉ đạo) công nhận",
    "6.540 mô hình toàn tỉnh xây dựng"."""
    match = _POST_VERB.match(after_qualifiers(text_after))
    return lexicon.ACTION_VERBS.get(match.group(1)) if match else None


def post_verb_is_other(text_after: str) -> bool:
    """A non-action verb right after the counted noun: "27 mô hình đang được duy trì hiệu quả"."""
    return bool(_POST_OTHER_VERB.match(after_qualifiers(text_after)))


_SELECTION = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(lexicon.SELECTION_VERBS, key=len, reverse=True)))
                        + r")(?:\s+(?:được|ra))?\s*$")
# The purpose of a selection: "chọn 20 mô hình tiêu biểu ... để xây dựng thành đề án triển khai nhân rộng".
_PURPOSE_REPLICATE = re.compile(r"(?<!\w)(?:để|nhằm)(?!\w)[^.;]{0,60}?(?<!\w)nhân rộng(?!\w)")


def selects(ctx: ArticleContext, q: Quantity) -> bool:
    """Whether the count is picked by a selection verb right before it ("lựa chọn 55 mô hình tiêu biểu")."""
    return bool(_SELECTION.search(window(ctx, q.group.pre)))


def replication_purpose(ctx: ArticleContext, q: Quantity) -> tuple[int, int] | None:
    """(start, end) offsets of the purpose clause of a count selected to be replicated ("chọn 20 mô hình ... để
    ... nhân rộng ... giai đoạn 2025 - 2030"): its action is nhân rộng and its period the clause's."""
    if not selects(ctx, q) or verb_chain_action(window(ctx, q.group.pre))[1] is not None:
        return None
    match = _PURPOSE_REPLICATE.search(window(ctx, q.group.post))
    return (q.group.post[0] + match.start(), q.group.post[1]) if match else None


def _noun_first_action(ctx: ArticleContext, q: Quantity) -> tuple[bool, str | None]:
    """(found, action) of a count written after its noun: the first verb of the relative clause between them
    ("Số mô hình “Dân vận khéo” được công nhận ở huyện X là 1.027" is công nhận; field phrases and quoted names
    are no verbs)."""
    between = blank_out(_QUOTED_NAME, blank_out(_FIELD_PHRASES, window(ctx, (q.noun_at, q.start))))
    verb = _VERB_RE.search(between)
    return (True, lexicon.ACTION_VERBS.get(verb.group(1))) if verb else (False, None)


_QUOTED_NAME = re.compile(r"[“\"‘][^”\"’]{1,120}[”\"’]")


def action_of(ctx: ArticleContext, q: Quantity) -> str | None:
    """Action of a count: its verb chain (or, after its noun, the verb between them), a verb after it, its
    coordinated neighbour's or its whole's."""
    group = q.group
    if q.noun_at is not None:
        found, action = _noun_first_action(ctx, q)
        if found:
            return action
    found, action = verb_chain_action(_own_pre(ctx, q))
    if found and replication_purpose(ctx, q):
        return "nhan_rong"  # selected to be replicated: "chọn 20 mô hình tiêu biểu ... để nhân rộng"
    if found:
        return action
    header = _list_header(ctx, q)
    if header:
        return header  # "số mô hình xây dựng được gồm: kinh tế 142 mô hình", "- Cấp tỉnh công nhận: 12 mô hình"
    if group.previous is not None and re.search(r"nâng tổng số", window(ctx, group.pre)):
        return action_of(ctx, group.previous.members[0])  # "64 mô hình được xây dựng, nâng tổng số ... lên 356"
    post = _post_through_agent(ctx, q)
    after = post_action(post)
    if after:
        return after
    if post_verb_is_other(post):
        return None  # its own verb, not its whole's: "riêng xã X có 27 mô hình đang được duy trì"
    if group.joined and group.previous is not None:
        return action_of(ctx, group.previous.members[0])
    if q.parent is not None:
        return action_of(ctx, q.parent)
    return None


# The passive verb of the count before, which opens the window of the next: "có 501 mô hình được đăng ký và đã
# công nhận 501 mô hình" (the second count is "công nhận", not "đăng ký").
_PREVIOUS_PASSIVE = re.compile(r"\s*(?:đã\s+|đều\s+)?được\s+(?:[^\W\d_]+\s+){0,3}?(?:" + _ACTION_ALT
                               + r")(?!\w)[^,;]*?(?:,|\svà)\s+(?=\S)")


def _own_pre(ctx: ArticleContext, q: Quantity) -> str:
    """The count's window before it, without the passive verb phrase of the count just before it."""
    pre = window(ctx, q.group.pre)
    previous = q.group.previous
    if previous is not None and q.group.pre[0] == previous.end:
        passive = _PREVIOUS_PASSIVE.match(pre)
        if passive:
            return " " * passive.end() + pre[passive.end():]
    return pre


def _post_through_agent(ctx: ArticleContext, q: Quantity) -> str:
    """The count's window after it, running on through a counted agent ("1.150 mô hình, với hơn 2.000 tập thể,
    cá nhân đăng ký": the agents are a count of their own, whose window holds the verb)."""
    post = window(ctx, q.group.post)
    groups, index = q.sentence_groups, q.group.index
    if index + 1 < len(groups) and re.search(r"(?<!\w)với\s*$", post):
        return fold(ctx.doc.text[q.group.post[0]:groups[index + 1].post[1]])
    return post


def _list_header(ctx: ArticleContext, q: Quantity) -> str | None:
    """The action verb of the header a count is listed under, when the count's clause follows a colon."""
    header = header_before_colon(ctx, q, label_allowed=True)
    if header is None:
        return None
    for pattern, _ in FIELD_RES:  # "Lĩnh vực xây dựng hệ thống chính trị: 35 mô hình" names a field, not a verb
        header = blank_out(pattern, header)
    actions = [(m.start(), lexicon.ACTION_VERBS.get(m.group(1))) for m in _VERB_RE.finditer(header)]
    return actions[0][1] if actions else None


# What may stand between a header's colon and the count: a field or grade label ("kinh tế 142 mô hình").
_LIST_LABEL_ONLY = re.compile(r"[\s\-–+]*" + lexicon.BREAKDOWN_LABEL + r"?\s*(?:có|:)?\s*")


def header_before_colon(ctx: ArticleContext, q: Quantity, label_allowed: bool = False) -> str | None:
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




def recipients_post(ctx: ArticleContext, q: Quantity) -> tuple[int, int]:
    """The window after a count of recipients, through a count of models joined to it: "159 tập thể và 62 điển
    hình “Dân vận khéo” được vinh danh" (the verb after the models is the collectives' too)."""
    groups, index = q.sentence_groups, q.group.index
    following = groups[index + 1] if index + 1 < len(groups) else None
    if following is not None and following.members[0].category == "model" and \
            re.fullmatch(r"\s*(?:,|và|,\s*và|cùng)\s*(?:hơn|trên|gần|khoảng)?\s*",
                         window(ctx, (q.group.end, following.start))):
        return q.group.post[0], following.post[1]
    return q.group.post


def award_of(ctx: ArticleContext, q: Quantity) -> str | None:
    """First award word of the count's clause (before the number, then after it); parts of a recognised model
    count are honoured without a named award unless their own clause names one."""
    spans = (q.group.pre,) if q.parent is not None else (q.group.pre, recipients_post(ctx, q))
    texts = [window(ctx, span) for span in spans] + [header_before_colon(ctx, q, label_allowed=True) or ""]
    previous = q.group.previous
    if previous is not None and q.group.pre[0] == previous.end and texts[0].lstrip().startswith("được"):
        # the passive clause of the count before ("1 tập thể được tặng Huân chương ..., 5 cá nhân được tặng Bằng
        # khen") ends at its last comma: what follows is this count's
        cut = max(texts[0].rfind(","), texts[0].rfind(";"))
        texts[0] = " " * (cut + 1) + texts[0][cut + 1:] if cut >= 0 else texts[0]
    for text in texts:  # its clause before, after, then the header of a "... tặng Bằng khen: 6 tập thể" list
        text = blank_out(_AWARD_TOPIC, text)  # "Về khen thưởng, ...", "Hội đồng Thi đua - Khen thưởng"
        hits = [(m.start(), award) for pattern, award in _AWARD_RES for m in pattern.finditer(text)]
        if hits:
            return min(hits)[1]
    if q.group.coordinated and q.group.previous is not None:
        return award_of(ctx, q.group.previous.members[0])
    return "bieu_duong" if q.parent is not None else None


_AWARD_TOPIC = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.NOT_AWARD_PHRASES) + r")(?!\w)")
# Prizes of a contest (ANNOTATION.md): a prize named in the count's clause before it, or won right after it.
_PRIZE = re.compile(r"(?<!\w)giải\s+(?:nhất|nhì|ba|tư|khuyến khích|đặc biệt|xuất sắc|phụ|[a-d])(?!\w)|"
                    r"(?<!\w)(?:đạt|đoạt|giành)\s+(?:các\s+)?giải(?!\w)")
_PRIZE_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?(?:đạt|đoạt|giành)\s+(?:các\s+)?giải(?!\w)")


# How close a verb of registering or discovering ("đăng ký", "phát hiện") must be to a count of recipients to
# make it no award: within 40 characters before the count (the verb and a qualifier: "đăng ký thi đua năm 2023
# có"), opening the text after it (first 30 characters), or within 25 after it ("12 tập thể đăng ký").
NOT_AWARD_BEFORE = 40
NOT_AWARD_OPENING = 30
NOT_AWARD_AFTER = 25
_COMMENDATION = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, lexicon.COMMENDATION_WORDS)) + r")(?!\w)")
_NOT_AWARD = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, lexicon.NOT_AWARD_VERBS)) + r")(?!\w)")


def commends(ctx: ArticleContext, q: Quantity) -> bool:
    """Whether a count of recipients is commended: an award word in its clause and no verb of registering or
    discovering next to it; a part of a model count ("55 mô hình (29 tập thể, 26 cá nhân)") is commended when
    that model count was recognised or honoured."""
    pre, post = window(ctx, q.group.pre), window(ctx, recipients_post(ctx, q))
    nearest_pre = pre[-NOT_AWARD_BEFORE:]
    if _PRIZE.search(pre) or _PRIZE_AFTER.match(post):
        return False  # contest prizes are not awards: "trao giải Nhất cho 3 tập thể", "5 tập thể đạt giải"
    if _NOT_AWARD.search(nearest_pre) or _NOT_AWARD.match(post.strip()[:NOT_AWARD_OPENING]) or \
            _NOT_AWARD.search(post[:NOT_AWARD_AFTER]):
        return False
    if q.parent is not None:
        return action_of(ctx, q.parent) in ("cong_nhan", "bieu_duong")
    if q.subtype == "ho_gia_dinh" and not _COMMENDATION.search(pre + " " + post):
        return False  # households that earned a title en masse are an outcome, not an award count
    return award_of(ctx, q) is not None


# A completed action ("đã", "hoàn thành" ...; lexicon.OUTCOME_DONE_CUES) after a target cue: the clause reports
# what was done under the plan, not the plan.
_DONE = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.OUTCOME_DONE_CUES) + r")(?!\w)")


def states_target(clause: str, target: re.Pattern) -> bool:
    """Whether a folded clause before a number states a target: a cue of `target` with no completed action after
    its last occurrence ("huyện phấn đấu xây dựng 50 mô hình", not "kế hoạch đề ra, đến nay đã xây dựng 50")."""
    cues = list(target.finditer(clause))
    return bool(cues) and not _DONE.search(clause[cues[-1].end():])
