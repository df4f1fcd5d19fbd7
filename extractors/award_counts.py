"""Numbers of collectives, individuals, comrades or households commended: recipient, award, issuer.

A count is an award only when its clause commends (an award word before or after it) and its verb is not
registering or "discovering" exemplars; parts of a model count ("55 mô hình (29 tập thể, 26 cá nhân)") are
awards only when that count was recognised or commended.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from extractors import clauses, lexicon
from extractors.context import ArticleContext
from extractors.numbers import SPELLED, as_int
from extractors.quantities import Quantity, headline_quantities, restates
from extractors.textnorm import fold
from schemas import AwardCount

NAME = "award_counts"
# 4: issuers end at verbs of deciding and proposing, "Thay mặt X", headers "Bằng khen của X:", named officials
#    handing over, emulation councils, mass associations, mixed lists of awards, equal counts of two awards;
#    3: lists of named recipients, prizes, joined model counts, organisers; 2: issuer_unit
VERSION = "4"
EXTRACTOR = f"{NAME}.rules@{VERSION}"
TABLE = "award_counts"
# issuer_unit may be the event's unit; an official's name is cut from an issuer ("Chủ tịch UBND tỉnh Phạm Văn Tuấn")
NEEDS = ("quantities", "mentions", "province", "units", "event", "officials")
PROVIDES = ()
MOVEMENT_FACTS = True

_AWARD_WORDS = "|".join(p for p, _ in lexicon.AWARDS)
_GIVE = r"(?:khen thưởng|tặng|trao tặng|trao|tặng thưởng)"
# Windows of the single-recipient rules, in characters of the sentence (set on the dev and written articles):
# a count after the award ("tặng Bằng khen cho 3 tập thể") comes within 40 characters of it; a plural subject
# ("nhiều tập thể ... được") within 80 before it; two mentions whose next 20 characters agree are one recipient
# (a caption repeating the body).
COUNT_AFTER_AWARD = 40
PLURAL_SUBJECT_REACH = 80
SAME_RECIPIENT_CHARS = 20
# "khen thưởng cho tập thể UBND phường Hàng Bài": one named collective (ANNOTATION.md counts it 1).
# The recipient follows "cho" or, after the award, a second "tặng": "trao danh hiệu “Tập thể lao động xuất sắc”
# tặng Ban Tổ chức Huyện uỷ", "trao Cờ thi đua của UBND tỉnh tặng Phòng Nội vụ".
_NAMED_COLLECTIVE = re.compile(rf"{_GIVE}(?:\s+(?:{_AWARD_WORDS}))?[^,.;]{{0,40}}?\s+(?:cho|tặng)\s+"
                               rf"((?:tập thể|{lexicon.COLLECTIVE_NOUNS}))\s+(?=\w)", re.IGNORECASE)
# "Công an tỉnh vinh dự được Thủ tướng Chính phủ tặng Cờ thi đua": one collective honoured by name.
_HONOURED_COLLECTIVE = re.compile(r"(?<![\d\w])(?:vinh dự )?được\s+(.{3,60}?)\s+(?:tặng|trao tặng|trao)\s+"
                                  r"(cờ thi đua|bằng khen|giấy khen|danh hiệu)", re.IGNORECASE)
# Captions such as "Tặng giấy khen cho các tập thể có thành tích xuất sắc" name the award a count did not.
_CAPTION_AWARD = re.compile(rf"{_GIVE}\s+({_AWARD_WORDS})\s+cho\s+các\s+(tập thể|cá nhân)", re.IGNORECASE)


def _named_award_by_recipient(ctx: ArticleContext) -> dict[str, str]:
    found = {}
    for match in _CAPTION_AWARD.finditer(fold(ctx.doc.text)):
        award = next(a for pattern, a in lexicon.AWARDS if re.fullmatch(pattern, match.group(1)))
        if award not in ("bieu_duong", "khen_thuong"):
            found.setdefault({"tập thể": "tap_the", "cá nhân": "ca_nhan"}[match.group(2)], award)
    return found


# "... cho tập thể Chi hội ... và bà Hoàng Thị Lan": one named person (ANNOTATION.md counts each named recipient).
_NAMED_PERSON = re.compile(rf"{_GIVE}(?:\s+(?:{_AWARD_WORDS}))?[^.;]{{0,160}}?(?:\scho|\svà|,)\s+"
                           rf"({lexicon.PERSON_MARKERS})\s+(?=[A-ZĐ])", re.IGNORECASE)
# Who is honoured by "được X tặng ...": a person named just before, or an unnamed plural (no count to give).
_PERSON_SUBJECT = re.compile(rf"(?i:{lexicon.PERSON_MARKERS})\s+[A-ZĐ][^\s,]*(?:\s+[A-ZĐ][^\s,]*){{0,3}}"
                             r"(?:\s*\([^()]{1,30}\))?\s*$")
_PLURAL_SUBJECT = re.compile(r"(?<!\w)(?:nhiều|các|những|một số)\s+(?:tập thể|cá nhân)")
_PRIZE = re.compile(r"(?<!\w)giải(?!\w)")
# A count of recipients before "được X tặng", in digits or spelled ("3 tập thể", "Ba tập thể và bốn cá nhân được UBND
# tỉnh tặng"): the honoured are counted, not one collective named.
_COUNTED_BEFORE = re.compile(rf"(?:\d|(?<!\w)(?:{SPELLED}))\s+(?:tập thể|cá nhân|đồng chí)[^,;]*$")
# A sentence that gives an award without naming the giver continues the previous one ("Đồng thời, tặng ...").
_NO_SUBJECT = re.compile(rf"\s*(?:(?:đồng thời|cùng dịp|dịp này|nhân dịp này|bên cạnh đó)\s*,?\s*)?{_GIVE}(?!\w)")


# The next named recipient of the same list: ", Đoàn Thanh niên xã", " và Hội Phụ nữ ...", " và bà Lò Thị Hoa".
_MORE_COLLECTIVE = re.compile(rf"[^,;.()]*?(?:,|\svà)\s+(?:tập thể\s+)?({lexicon.COLLECTIVE_NOUNS})\s+(?=\w)")
_MORE_PERSON = re.compile(rf"[^,;.()]*?(?:,|\svà)\s+(?:{lexicon.PERSON_MARKERS})\s+(?=\w)")


_VILLAGE_NAME = re.compile(r"(?:" + "|".join(map(re.escape, lexicon.VILLAGE_WORDS)) + r")\s+\w")


def _capitalised(text: str, at: int) -> bool:
    """A name starts at `at`: a capital or a digit ("cho tập thể UBND phường", not "cho tập thể và cá nhân"), or
    a village ("Chi đoàn ấp 5"). The rules match folded text, so case is read from the original."""
    return at < len(text) and (text[at].isupper() or text[at].isdigit() or bool(
        _VILLAGE_NAME.match(fold(text), at)))


def _named_list(sentence, match: re.Match, more: re.Pattern) -> tuple[int, int]:
    """(how many recipients, end) of a list of named recipients starting at a match: "cho Phòng Nội vụ và Đoàn
    Thanh niên xã" is one count of 2 (ANNOTATION.md "Named recipients": named together under one award)."""
    part, count, end = fold(sentence.text), 1, match.end()
    while True:
        item = more.match(part, end)
        # a name: capitalised after its noun ("Phòng Nội vụ"), or the noun itself capitalised as a name ("Thanh
        # tra quận", "UBND phường Hải Thành")
        if item is None or not (_capitalised(sentence.text, item.end()) or more.groups and _capitalised(
                sentence.text, item.start(1))):
            return count, end
        count, end = count + 1, item.end()


# A collective or a person that receives an award of a named giver: "chi bộ thôn đã vinh dự nhận Bằng khen của Chủ
# tịch UBND tỉnh", "Hội Phụ nữ xã được nhận Giấy khen của UBND huyện", "bà Lò Thị Hoa vinh dự đón nhận Bằng khen
# của Trung ương Hội". The receiver opens the clause at most RECEIVER_REACH characters before the verb.
RECEIVER_REACH = 60
_RECEIVED = re.compile(rf"(?<!\w)(?:(tập thể|{lexicon.COLLECTIVE_NOUNS})(?!\w)|({lexicon.PERSON_MARKERS})\s+(?=[A-ZĐ]))"
                       rf"[^,.;:]{{0,{RECEIVER_REACH}}}?\s(?:đã\s+|vừa\s+)?(?:vinh dự\s+)?(?:được\s+)?(?:nhận|đón nhận)"
                       rf"\s+((?:{_AWARD_WORDS}))(?!\w)[^,.;]{{0,40}}?\s+của\s+(.{{3,60}}?)(?=\s+(?:vì|cho|về|do|với)(?!\w)|"
                       r"[,.;]|$)", re.IGNORECASE)
# Words before a receiver that make it many or counted ("nhiều chi bộ", "3 tập thể"): no single recipient.
_MANY_BEFORE = re.compile(r"(?:\d|(?<!\w)(?:các|những|nhiều|một số|mỗi))\s*$")


def _received(sentence) -> list[tuple[int, int, str | None, str, int]]:
    """(start, end, issuer, recipient, 1) of each single collective or person receiving a giver's award."""
    part, hits = fold(sentence.text), []
    for m in _RECEIVED.finditer(part):
        if _MANY_BEFORE.search(part[max(0, m.start() - 12):m.start()]):
            continue
        if m.group(1) and not (_capitalised(sentence.text, m.start(1)) or _capitalised(sentence.text, m.end(1) + 1)
                               or _DEFINITE_COLLECTIVE.match(part, m.end(1))):
            continue  # "tập thể nhận ..." of nobody in particular
        if m.group(2) and not _capitalised(sentence.text, len(part) - len(part[m.end(2):].lstrip())):
            continue  # "bà con nhận ...": no named person
        head = ISSUER_HEAD.match(part, m.start(4))
        issuer = trim_issuer(sentence.text[m.start(4):m.end(4)]) if head else None
        hits.append((m.start(), m.end(), issuer, "ca_nhan" if m.group(2) else "tap_the", 1))
    return hits


# A collective made definite by the village or unit it belongs to: "chi bộ thôn", "Hội Phụ nữ xã", "Đoàn Thanh
# niên phường".
_DEFINITE_COLLECTIVE = re.compile(r"\s+(?:[^\W\d_]+\s+){0,3}?(?:" + "|".join(
    map(re.escape, lexicon.VILLAGE_WORDS + tuple(lexicon.LEVEL_OF_WORD))) + r")(?!\w)")


def _hits(sentence) -> list[tuple[int, int, str | None, str, int]]:
    """(start, end, issuer, recipient, count) of every list of named recipients in a sentence."""
    part = fold(sentence.text)
    hits = [(m.start(), *_named_list(sentence, m, _MORE_COLLECTIVE)[::-1], None, "tap_the")
            for m in _NAMED_COLLECTIVE.finditer(part)
            if not _PRIZE.search(m.group())  # contest prizes are not awards
            and (_capitalised(sentence.text, m.start(1)) or _capitalised(sentence.text, m.end()))]
    hits = [(start, end, issuer, recipient, count) for start, end, count, issuer, recipient in hits]
    for m in _NAMED_PERSON.finditer(part):
        count, end = _named_list(sentence, m, _MORE_PERSON)
        recipient = "dong_chi" if m.group(1) == "đồng chí" and "kỷ niệm chương" in part[m.start():m.end()] \
            else "ca_nhan"
        hits.append((m.start(), end, None, recipient, count))
    for m in _HONOURED_COLLECTIVE.finditer(part):
        before = part[:m.start()]
        if _COUNTED_BEFORE.search(before) or \
                re.match(r"\s*(?:cho\s+)?(?:các\s+)?\d", part[m.end():m.end() + COUNT_AFTER_AWARD].split(" cho ", 1)[-1]) \
                or re.match(r"được biết", part[m.start():]) or _PLURAL_SUBJECT.search(before[-PLURAL_SUBJECT_REACH:]):
            continue  # counted elsewhere ("3 tập thể được ... tặng") or nobody in particular ("nhiều tập thể")
        head = ISSUER_HEAD.match(part, m.start(1))
        issuer = trim_issuer(sentence.text[m.start(1):m.end(1)]) if head else None
        person = _PERSON_SUBJECT.search(sentence.text[:m.start()].rstrip())
        hits.append((m.start(), m.end(), issuer, "ca_nhan" if person else "tap_the", 1))
    return hits + _received(sentence)


def _single_recipients(ctx: ArticleContext, counted: list[AwardCount]) -> list[AwardCount]:
    """Awards to named collectives or persons, which the text does not count with a number: one count per list
    named together under one award."""
    records, seen = [], set()
    for sentence in ctx.doc.sentences:
        if sentence.is_title:
            continue
        part = fold(sentence.text)
        for start, end, issuer, recipient, count in _hits(sentence):
            award_words = [(am.start(), a) for pattern, a in lexicon.AWARDS
                           for am in re.finditer(pattern, part[start:end])]
            award = min(award_words)[1] if award_words else "khen_thuong"
            if issuer is None:  # the subject of the hit's own clause ("...; Ban Dân vận Thành ủy tặng ... cho")
                clause_start = sentence.text.rfind(";", 0, start) + 1
                issuer = sentence_subject(sentence.text[clause_start:])
            if issuer is None and _NO_SUBJECT.match(part):
                earlier = [r for r in counted + records if r.char_start < sentence.start and r.issuer]
                issuer = earlier[-1].issuer if earlier else None
            mark = (recipient, award, part[end:end + SAME_RECIPIENT_CHARS])  # a caption repeating the body
            if mark in seen or any(r.count == count and r.recipient == recipient and r.award == award
                                   for r in counted):
                continue  # the recipients a numbered count counts, named in a caption or the lede
            seen.add(mark)
            issuer = without_person(ctx, issuer)
            records.append(AwardCount(
                article_id=ctx.doc.article_id, evidence=sentence.text, char_start=sentence.start + start,
                char_end=sentence.start + end, extractor=EXTRACTOR, count=count, approx="exact", recipient=recipient,
                award=award, issuer=issuer, issuer_unit=ctx.unit_of_organisation(issuer),
            ))
    return records


def _caption_award(named: str | None, award: str | None, explicit: set[tuple[str, str]], recipient: str,
                   is_part: bool) -> str:
    """The award of a count whose clause names none or only a generic one ("biểu dương khen thưởng 04 tập thể"):
    the award a caption names for that kind of recipient ("Tặng giấy khen cho các tập thể"), unless the text
    already gives that award to a count of the same recipients, which the caption then illustrates."""
    if award not in (None, "bieu_duong", "khen_thuong") or is_part:
        return award or "bieu_duong"
    if named and (recipient, named) not in explicit:
        return named
    return award or "bieu_duong"


# --- the issuer: who grants the award ------------------------------------------------------------------
ISSUER_HEAD = re.compile(r"(?<!\w)" + "".join(f"(?<!{w} )" for w in lexicon.NOT_ISSUER_BEFORE_HEAD) + r"(" + "|".join(
    map(re.escape, sorted(lexicon.ISSUER_HEADS, key=len, reverse=True))) + r")(?!\w)")
_ISSUER_GIVE = r"(?:trao tặng|tặng thưởng|tặng|trao|biểu dương|tuyên dương|khen thưởng|khen|vinh danh|tôn vinh|công nhận)"
_DECIDING = r"(?:(?:" + "|".join(map(re.escape, lexicon.ISSUER_DECIDING_VERBS)) + r")\s+)"


def _issuer_span(text: str, folded: str, pattern: str) -> str | None:
    match = re.search(pattern, folded)
    if not match:
        return None
    head = ISSUER_HEAD.search(folded, match.start(1), match.end(1))
    if not head:
        return None
    return text[head.start():match.end(1)].strip(" ,")


_POST_ISSUER = (
    rf"^\s*(?:[^\W\d_]+\s+){{0,3}}?được\s+(.{{3,90}}?)\s+(?:đã\s+|vừa\s+)?{_DECIDING}?{_ISSUER_GIVE}",
    rf"(?<!\w)do\s+(.{{3,90}}?)\s+{_ISSUER_GIVE}",
    rf"đề nghị\s+(.{{3,90}}?)\s+{_ISSUER_GIVE}",
    r"(?<!\w)của\s+(.{3,60}?)(?:\s+(?:cho|vì|về)(?!\w)|[,.;]|$)",
)
# The next item of a mixed list of awards after a count ("Huân chương ... cho 1 tập thể, Cờ thi đua của Chính phủ cho
# 2 tập thể và Bằng khen của Thủ tướng Chính phủ cho 5 cá nhân"): what follows it is another award's. Such an item
# ends with "cho" before its own count; "nhận bằng khen, giấy khen do X trao tặng" lists two awards of one count.
_NEXT_AWARD = re.compile(rf"(?:[,;]|\svà)\s+(?:{_AWARD_WORDS})(?!\w)")
_GIVEN_TO_NEXT = re.compile(r"(?<!\w)cho\s*$")
_PRE_ISSUER = r"(?:giấy khen|bằng khen|kỷ niệm chương|cờ thi đua)\s+của\s+(.{3,60}?)\s+(?:cho|tặng)\s*$"
# A list headed by its award and giver: "Bằng khen của UBND tỉnh: 5 tập thể, 7 cá nhân".
_HEADER_ISSUER = r"(?:giấy khen|bằng khen|kỷ niệm chương|cờ thi đua)\s+của\s+(.{3,60}?)\s*$"


def _header_text(ctx: ArticleContext, q: Quantity) -> str | None:
    """The original text of the header a count's clause follows after a colon (from the last ";" or ":" before it),
    or None when the count's clause does not open right after a colon."""
    if clauses.header_before_colon(ctx, q, label_allowed=True) is None:
        return None
    colon = q.group.pre[0] - 1
    start = q.sentence.start
    for match in re.finditer(r"[;:]", ctx.doc.text[start:colon]):
        start = q.sentence.start + match.end()
    return ctx.doc.text[start:colon]


_SUBJECT_ISSUER_GIVES = re.compile(rf"([^,;:]{{3,120}}?)\s+(?:đã\s+|vừa\s+)?{_DECIDING}?{_ISSUER_GIVE}(?!\w)")


def issuer_of(ctx: ArticleContext, q: Quantity) -> str | None:
    """Who grants the award: "được X tặng", "do X trao", "đề nghị X biểu dương", or the clause's subject.
    Parts of a count ("55 mô hình (29 tập thể, 26 cá nhân)") have the issuer of the whole."""
    if q.parent is not None:
        return issuer_of(ctx, q.parent)
    group = q.group
    post_text = ctx.doc.text[group.post[0]:group.post[1]]
    post = fold(post_text)
    next_award = _NEXT_AWARD.search(post)
    if next_award and _GIVEN_TO_NEXT.search(post):  # "... cho 1 tập thể, Cờ thi đua của Chính phủ cho 2 tập thể": that giver is the next item's
        post_text, post = post_text[:next_award.start()], post[:next_award.start()]
    for pattern in _POST_ISSUER:
        found = _issuer_span(post_text, post, pattern)
        if found:
            return trim_issuer(found)
    pre_text = ctx.doc.text[group.pre[0]:group.pre[1]]
    found = _issuer_span(pre_text, fold(pre_text), _PRE_ISSUER)  # "trao Giấy khen của UBND huyện cho 8 tập thể"
    if found:
        return trim_issuer(found)
    header = _header_text(ctx, q)  # "Bằng khen của UBND tỉnh: 5 tập thể, 7 cá nhân; Giấy khen của UBND huyện: 20 ..."
    found = _issuer_span(header, fold(header), _HEADER_ISSUER) if header else None
    if found:
        return trim_issuer(found)
    sentence = q.sentence
    behalf = on_behalf_of(sentence.text, group.start - sentence.start)
    if behalf:
        return behalf
    subject = _giving_subject(sentence.text, group.start - sentence.start)
    if subject:
        return trim_issuer(subject)
    if re.search(rf"{_ISSUER_GIVE}\s*(?:cho\s*)?$", fold(ctx.doc.text[group.pre[0]:group.pre[1]])):
        return sentence_subject(sentence.text)
    return None


_EMULATION_BODY = re.compile(r"(?<!\w)" + lexicon.EMULATION_BODY_NAME + r"(?!\w)")
_AWARD_IN_NAME = len("khen thưởng")


def _body_names_kept(folded: str) -> str:
    """`folded` with the award word of an emulation body's name blanked ("Hội đồng Thi đua - Khen thưởng tỉnh đã tặng":
    the body gives, its name holds no verb of giving), offsets unchanged."""
    return _EMULATION_BODY.sub(lambda m: m.group()[:-_AWARD_IN_NAME] + " " * _AWARD_IN_NAME, folded)


def _last_giver(text: str, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """Span of the last "<issuer> tặng/khen thưởng ..." subject in folded[start:end] that starts with an issuer
    head ("UBND huyện đã tặng"), or None."""
    folded = _body_names_kept(folded)
    found = None
    for match in _SUBJECT_ISSUER_GIVES.finditer(folded, start, end):
        head = ISSUER_HEAD.search(folded, match.start(1), match.end(1))
        if head:
            found = (head.start(), match.end(1))
    return found


@lru_cache(maxsize=64)
def _givers(sentence_text: str) -> tuple[list[int], list[tuple[int, int] | None]] | None:
    """The givers of a sentence by stretch between ",", ";" and ":" (a subject never spans them): the stretches'
    ends and, for each, the last giver in it or any stretch before. None when folding changes the length."""
    folded = fold(sentence_text)
    if len(sentence_text.lower()) != len(sentence_text):
        return None
    ends = [m.start() for m in _STRETCH_END.finditer(sentence_text)]
    givers, start, latest = [], 0, None
    for end in ends:
        latest = _last_giver(sentence_text, folded, start, end) or latest
        givers.append(latest)
        start = end + 1
    return ends, givers


_STRETCH_END = re.compile(r"[,;:]")


def _giving_subject(sentence_text: str, upto: int) -> str | None:
    """The issuer that is the subject of a giving verb before `upto` in the sentence, the nearest first: "Ban
    Thường vụ Huyện uỷ đã tặng Giấy khen cho 12 tập thể". Each stretch between commas is searched once per
    sentence, and only the stretch `upto` falls in is searched for each count."""
    givers = _givers(sentence_text)
    if givers is None:  # the text as it was searched before the index existed
        folded = fold(sentence_text[:upto])
        found = _last_giver(sentence_text, folded, 0, len(folded))
        return sentence_text[found[0]:found[1]] if found else None
    ends, by_stretch = givers
    stretch = bisect_left(ends, upto)  # `upto` lies in the stretch that `ends[stretch]` closes
    start = ends[stretch - 1] + 1 if stretch else 0
    found = _last_giver(sentence_text[start:upto], fold(sentence_text[start:upto]), 0, upto - start)
    if found:
        return sentence_text[_joint_start(sentence_text, start + found[0]):start + found[1]]
    earlier = by_stretch[stretch - 1] if stretch else None
    return sentence_text[_joint_start(sentence_text, earlier[0]):earlier[1]] if earlier else None


# Givers listed with commas before the one whose verb follows: "Huyện uỷ, UBND huyện Ba Vì đã khen thưởng ...",
# "Thường trực Huyện uỷ, HĐND, UBND huyện tặng ..." (ANNOTATION.md: the issuer as written, several joined as the
# dev gold writes "UBND TP.Hội An và Ban Dân vận Thành uỷ Hội An"). Each listed giver is a bare name of a body of
# at most JOINT_GIVER_CHARS characters (the longest: "Ban Thường vụ Huyện uỷ Hương Sơn", with room), opening
# with an issuer head and holding no verb or number.
JOINT_GIVER_CHARS = 60
_JOINT_BREAK = re.compile(rf"\d|(?<!\w){_ISSUER_GIVE}(?!\w)|(?<!\w)(?:đã|vừa|sẽ|của|cho)(?!\w)")


def _joint_start(sentence_text: str, start: int) -> int:
    """Where the comma-joined givers before a giver starting at `start` begin (`start` when none)."""
    while True:
        before = sentence_text[:start].rstrip()
        if not before.endswith(","):
            return start
        comma = len(before) - 1
        opening = max(before.rfind(",", 0, comma), before.rfind(";", 0, comma), before.rfind(":", 0, comma)) + 1
        piece = fold(sentence_text[opening:comma])
        lead = len(piece) - len(piece.lstrip())
        if len(piece) > JOINT_GIVER_CHARS or not ISSUER_HEAD.match(piece, lead) or _JOINT_BREAK.search(piece):
            return start
        start = opening + lead


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
    verb = _SUBJECT_VERB.search(_body_names_kept(folded), head.end())
    return trim_issuer(text[head.start():verb.start()]) if verb and verb.start() - head.start() < 120 else None


_TRAILING_FILLERS = re.compile(r"(?:\s+(?:tiếp tục|đã|vừa|sẽ|dự kiến|bình xét|xét|và|cũng|đồng thời|long trọng|"
                               r"trang trọng))+\s*$", re.IGNORECASE)
# A proposal names its proposer first: "UBND huyện đề nghị UBND tỉnh tặng Bằng khen" is the province's award
# (ANNOTATION.md counts proposed recipients; the issuer is who grants).
_PROPOSER = re.compile(r"^.*\s(?:đề nghị|kiến nghị|đề xuất|trình)\s+(?=\S)", re.IGNORECASE | re.DOTALL)


# The issuer as the subject of a conference: "Tỉnh ủy Long An tổ chức hội nghị tuyên dương ...", "Ban Thường vụ
# Thị ủy long trọng tổ chức Lễ biểu dương ...": the organisation ends where its verb of organising begins.
# A verb of deciding ends it too ("UBND huyện đã ký quyết định"); "Ban Tổ chức" is a body's name, not its verb.
_ORGANISING = re.compile(r"(?<!\bban)\s+(?:(?:đã|vừa|long trọng|trang trọng|chính thức)\s+)*(?:tổ chức|phối hợp tổ chức|"
                         r"chủ trì|" + "|".join(map(re.escape, lexicon.ISSUER_DECIDING_VERBS)) + r")(?!\w).*$",
                         re.IGNORECASE | re.DOTALL)


# "Thay mặt Ban Thường vụ Tỉnh uỷ, đồng chí X trao ...": the giver named at the head of the count's sentence, up to
# the comma that closes it (at most ON_BEHALF_REACH characters: the longest issuer names, "Ban Thường trực Uỷ ban
# Trung ương MTTQ Việt Nam", are about 50).
ON_BEHALF_REACH = 90
_ON_BEHALF = re.compile(r"(?:^|[,;:]\s*|\s)(?:" + "|".join(map(re.escape, lexicon.ON_BEHALF_CUES)) +
                        rf")\s+(.{{3,{ON_BEHALF_REACH}}}?)\s*,")


@lru_cache(maxsize=64)
def _behalf_givers(sentence_text: str) -> tuple[list[int], list[str]]:
    """(ends, issuers) of every "Thay mặt X," of a sentence that names an issuer, in order (searched once per
    sentence: a one-line page is one sentence with thousands of counts)."""
    folded = fold(sentence_text)
    ends, issuers = [], []
    if len(folded) != len(sentence_text):
        return ends, issuers
    for match in _ON_BEHALF.finditer(folded):
        head = ISSUER_HEAD.match(folded, match.start(1))
        if head and head.group(1) != "lãnh đạo":  # "Thay mặt lãnh đạo tỉnh" names leaders, not a body
            ends.append(match.end())
            issuers.append(trim_issuer(sentence_text[match.start(1):match.end(1)]))
    return ends, issuers


def on_behalf_of(sentence_text: str, upto: int) -> str | None:
    """The issuer an official hands an award over for, named before the count: "Thay mặt Chủ tịch UBND tỉnh, đồng
    chí Phó Chủ tịch ... trao Bằng khen cho 8 tập thể" is the chair's award."""
    ends, issuers = _behalf_givers(sentence_text)
    before = bisect_left(ends, upto + 1)  # the last one that closes at or before the count
    return issuers[before - 1] if before else None


def trim_issuer(text: str) -> str:
    trimmed = _TRAILING_FILLERS.sub("", _ORGANISING.sub("", text.strip(" ,")))
    proposer = _PROPOSER.match(trimmed)
    if proposer and ISSUER_HEAD.match(fold(trimmed), proposer.end()):
        return trimmed[proposer.end():]
    return trimmed


# A conference held to commend: "Thành ủy TPHCM tổ chức hội nghị tuyên dương điển hình ...".
_COMMENDING_CONFERENCE = re.compile(r"(?<!\w)tổ chức\s+[^.;]{0,60}?(?:tuyên dương|biểu dương|khen thưởng|vinh danh|tôn vinh)")


def recipients_post_end(ctx: ArticleContext, q: Quantity) -> int:
    return clauses.recipients_post(ctx, q)[1]


def organiser_of_commendation(ctx: ArticleContext) -> str | None:
    """The organisation that held the article's commendation conference ("Ngày 19-11, Thành ủy TPHCM tổ chức hội
    nghị tuyên dương ..."): it honours the counts that name no giver and no award of another giver."""
    event = ctx.event
    if event is None or not _COMMENDING_CONFERENCE.search(fold(event.evidence)):
        return None
    return sentence_subject(event.evidence)


# A count that names no giver of its own: nothing but an adverbial of the occasion, "có" or the verb of
# commendation before it in its sentence ("Dịp này, có 60 tập thể ...", "Tuyên dương 93 điển hình ..."); not a
# count of all levels or of years gone by ("Các cấp đã khen thưởng 245 tập thể", "Trong 5 năm, ...").
_OCCASION = re.compile(r"\s*(?:(?:cũng\s+)?(?:tại|trong|nhân)\s+(?:dịp|hội nghị|buổi lễ|lễ|chương trình)[^,]{0,40},|"
                       r"(?:nhân\s+)?dịp này\s*,?|đồng thời\s*,?)?\s*(?:đã\s+)?(?:có\s+)?"
                       rf"(?:(?:{_ISSUER_GIVE})(?:\s*,\s*(?:{_ISSUER_GIVE}))*\s+(?:cho\s+)?)?$")
_CUMULATIVE = re.compile(r"(?<!\w)(?:các cấp|đến nay|những năm qua|thời gian qua|(?:qua|trong|sau)\s+\d+\s+năm|"
                         r"từ năm \d{4}|từ đầu)(?!\w)")


OCCASION_REACH = 120  # the longest opening that names no giver: "Cũng tại hội nghị tổng kết ..., đã biểu dương, khen thưởng"


def _names_no_giver(ctx: ArticleContext, q: Quantity) -> bool:
    if q.group.start - q.sentence.start > OCCASION_REACH:
        return False
    head = fold(ctx.doc.text[q.sentence.start:q.group.start])
    clause = fold(ctx.doc.text[q.group.start:recipients_post_end(ctx, q)])
    return bool(_OCCASION.fullmatch(head)) and not _CUMULATIVE.search(head + clause)


def without_person(ctx: ArticleContext, issuer: str | None) -> str | None:
    """No issuer when the giver found is a named official handing the award over ("Chủ tịch UBND quận Hoàn Kiếm Phạm
    Tuấn Long trao ... khen thưởng cho tập thể ...", "Bí thư Tỉnh uỷ Lê Quang Tùng trao Cờ thi đua cho 2 tập thể"):
    the dev gold names no issuer there, as the official presents an award whose grantor the sentence does not
    state; an unnamed position ("Chủ tịch UBND tỉnh đã tặng Bằng khen") is the issuer. Which capitalised run is a
    person the officials extractor decides, so that unit names ("UBND TP Hồ Chí Minh", "huyện Trần Văn Thời") stay
    issuers."""
    if not issuer:
        return issuer
    names = ctx.memo.get("award_counts.official_names")
    if names is None:
        names = ctx.memo["award_counts.official_names"] = dict.fromkeys(fold(o.name) for o in ctx.officials)
    words = fold(issuer).split()
    # a name is two to five syllables ("Ya Tiong", "Nguyễn Thị Thu Hà", "Y Khút Niê ...")
    if any(" ".join(words[-size:]) in names for size in range(2, min(5, len(words) - 1) + 1)):
        return None
    return issuer


# Awards that name no particular form: a count with one of these restates any other count of its size.
_GENERIC_AWARDS = (None, "bieu_duong", "khen_thuong")


def _restated(earlier: list[str | None], award: str | None) -> bool:
    """Whether a count repeats an earlier count of the same size and recipients (a lede, a caption, a summary):
    unless both name different forms of award ("Bằng khen cho 5 tập thể; Giấy khen cho 5 tập thể" are two)."""
    return any(a == award or a in _GENERIC_AWARDS or award in _GENERIC_AWARDS for a in earlier)


_PHOTO_CREDIT = re.compile(lexicon.PHOTO_CREDIT)


# A credit on its own after the caption's sentence: "(Ảnh: Hồng Anh)", "Ảnh: T.L" (a name of a few words).
CREDIT_CHARS = 40


def _is_captioned(ctx: ArticleContext, sentence) -> bool:
    """A sentence that carries a photo credit, or that a short credit of its own paragraph follows."""
    if _PHOTO_CREDIT.search(fold(sentence.text)):
        return True
    following = sentence.index + 1
    if following >= len(ctx.doc.sentences):
        return False
    credit = ctx.doc.sentences[following]
    return credit.paragraph == sentence.paragraph and len(credit.text) <= CREDIT_CHARS and bool(
        _PHOTO_CREDIT.match(fold(credit.text).lstrip()))


def extract(ctx: ArticleContext) -> list[AwardCount]:
    found, seen = [], {}
    captioned_sentences = {sq.sentence.index for sq in ctx.quantities if _is_captioned(ctx, sq.sentence)}
    body_kinds = {q.subtype for sq in ctx.quantities if sq.sentence.index not in captioned_sentences
                  for q in sq.quantities if q.category == "recipient"}
    for sq in ctx.quantities:
        captioned = sq.sentence.index in captioned_sentences
        for q in sq.quantities:
            if q.category != "recipient" or not clauses.commends(ctx, q):
                continue
            if captioned and q.subtype in body_kinds:
                continue  # a photo shows some of the recipients the body counts
            ident = (as_int(q.value), q.subtype)
            award = clauses.award_of(ctx, q)
            if _restated(seen.get(ident, []), award):
                continue
            seen.setdefault(ident, []).append(award)
            found.append((q, award))
    named_awards = _named_award_by_recipient(ctx)
    explicit = {(q.subtype, award) for q, award in found if award}
    organiser = organiser_of_commendation(ctx)
    records = []
    for q, award in found:
        award = _caption_award(named_awards.get(q.subtype), award, explicit, q.subtype, q.parent is not None)
        issuer = without_person(ctx, issuer_of(ctx, q))
        if issuer is None and award in ("bieu_duong", "khen_thuong") and _names_no_giver(ctx, q):
            issuer = organiser
        records.append(AwardCount(
            article_id=ctx.doc.article_id, evidence=q.sentence.text, char_start=q.start, char_end=q.end,
            extractor=EXTRACTOR, count=as_int(q.value), approx=q.approx, recipient=q.subtype,
            award=award, issuer=issuer, issuer_unit=ctx.unit_of_organisation(issuer),
        ))
    return _headline_awards(ctx) + records + _single_recipients(ctx, records)


def _headline_awards(ctx: ArticleContext) -> list[AwardCount]:
    """Award counts only the headline states ("Khen thưởng 38 tập thể, 44 cá nhân ..." over a body that gives no
    number of them; ANNOTATION.md "Headline counts"): a headline count that the body repeats or rounds, as a count
    of recipients or of the models behind them, adds nothing."""
    body = {as_int(b.value) for sq in ctx.quantities for b in sq.quantities if b.category in ("recipient", "model")}
    found: list[AwardCount] = []
    for sq in headline_quantities(ctx.doc):
        for q in sq.quantities:
            if q.category != "recipient" or not clauses.commends(ctx, q) or any(
                    restates(as_int(q.value), q.approx, n) for n in body) or any(
                    r.recipient == q.subtype and restates(as_int(q.value), q.approx, r.count) for r in found):
                continue
            issuer = without_person(ctx, issuer_of(ctx, q))
            found.append(AwardCount(
                article_id=ctx.doc.article_id, evidence=q.sentence.text, char_start=q.start, char_end=q.end,
                extractor=EXTRACTOR, count=as_int(q.value), approx=q.approx, recipient=q.subtype,
                award=clauses.award_of(ctx, q) or "bieu_duong", issuer=issuer,
                issuer_unit=ctx.unit_of_organisation(issuer),
            ))
    return found
