"""Numbers with the noun they count, grouped as the sentence coordinates them.

"19 tập thể, 7 cá nhân được UBND huyện biểu dương" is one group of two quantities sharing everything written
before and after the group (the award, the issuer); "31 điển hình tiên tiến trong phong trào ... và 23 mô hình
... từ năm 2018 – 2023" is two groups, each with its own modifiers. Each group knows its `pre` and `post`
windows (text up to the previous/next group or clause boundary), and each quantity after "trong đó" or inside
parentheses knows its parent. The counting extractors read their attributes from these windows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors import lexicon
from extractors.numbers import APPROX_RE, APPROX_REACH, DIGITS, SPELLED, approx_before, parse_number
from extractors.textnorm import fold
from schemas import SegmentedArticle, Sentence

# Windows around a number, in characters of its sentence: a breakdown label before a bare part ("lĩnh vực văn hoá -
# xã hội (", the longest label with room: 60); a change ("tăng thêm ", "nhiều hơn ": 20) before it; "so với"
# within four words after its noun (40). The approximation word that opens the count's span is read within
# `numbers.APPROX_REACH`, whole ("xấp xỉ ", "không dưới ").
LABEL_REACH = 60
CHANGE_REACH = 20
COMPARED_REACH = 40
# A number ends at a space, punctuation or the end, or right before a unit of measure written against it
# ("9.600m2", "hơn 1ha", "3,2km", "150.000.000đ").
_NUMBER = re.compile(rf"(?<![\w.,/%-])({DIGITS}|{SPELLED})(?=\s|[,;.)]+(?:\s|$)|$|(?:m2|m²|ha|km|đ)(?!\w))")
_QUOTED = r"(?:\s*[“\"‘'][^”\"’']{1,80}[”\"’'])"
# "một" counts only as one gift or house handed over: "trao một phần quà", "bàn giao một căn nhà Đại đoàn kết", "xây
# tặng một ngôi nhà" (ANNOTATION.md: spelled numbers count); the verb ends the text before it.
GIVE_REACH = 20
_ONE_GIVEN = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.VERBS_OF_GIVING) + r")\s+$")
_TIGHT_GAP = re.compile(r"\s*(?:,|và|,\s*và)?\s*(?:hơn|trên|gần|khoảng)?\s*$")
_BOUNDARY = re.compile(r"[;:]")


def _compile(pairs):
    return [(re.compile(r"\s*(?:" + p + r")(?!\w)"), v) for p, v in pairs]


_MODEL = _compile(lexicon.MODEL_NOUNS)
_RECIPIENT = _compile(lexicon.RECIPIENT_NOUNS)
_OUTCOME = [(re.compile(r"\s*" + p + r"(?!\w)"), v) for p, v in lexicon.OUTCOME_NOUNS]
_ATTENDEES = re.compile(r"\s*" + lexicon.ATTENDEE_NOUN)
# Qualifiers that may follow a model noun without ending its phrase: "mô hình tập thể, cá nhân",
# "mô hình “Dân vận khéo”", "06 mô hình dân vận khéo cấp huyện", "66 mô hình cấp phường, xã" (any grade), "4 mô
# hình điểm cấp huyện" (pilot, sample and new models).
_MODEL_TAIL = re.compile(rf"(?:{_QUOTED}|\s+dân vận khéo|\s+(?:tập thể|cá nhân)(?:\s*,\s*(?:tập thể|cá nhân))?"
                         r"|\s*,\s*nội dung\s*,\s*việc làm|\s+" + lexicon.GRADE_PHRASE +
                         r"|\s+(?:tiêu biểu|điểm|mẫu|kiểu mẫu|mới))*")


@dataclass(eq=False)
class Quantity:
    """A number and its counted noun: `category` is model, recipient, outcome or attendees."""

    value: float
    approx: str
    category: str
    subtype: str
    start: int          # absolute offset of the number (or of the approx word before it)
    number_end: int
    end: int            # end of the noun phrase
    sentence: Sentence
    scale: str | None = None
    group: Group | None = None
    parent: Quantity | None = None
    sentence_groups: list[Group] = field(default_factory=list)
    denominator: float | None = None  # "105/130 mô hình": the 130 the 105 are counted out of
    change: bool = False  # "tăng 276 mô hình so với năm 2020": models added since, counted within a total
    noun_at: int | None = None  # "Số mô hình ... được công nhận là 1.027": offset of the noun written before it


@dataclass(eq=False)
class Group:
    members: list[Quantity]
    pre: tuple[int, int] = (0, 0)
    post: tuple[int, int] = (0, 0)
    previous: Group | None = None
    coordinated: bool = False   # joined to `previous` by "và"/"," with nothing of its own in between
    joined: bool = False        # same kind of count as `previous`, listed after it with "và" ("vinh danh 31 ... và 23")
    index: int = 0              # position among the sentence's groups

    @property
    def start(self) -> int:
        return self.members[0].start

    @property
    def end(self) -> int:
        return self.members[-1].end


@dataclass
class SentenceQuantities:
    sentence: Sentence
    quantities: list[Quantity] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)


def _noun_at(folded: str, pos: int):
    for category, table in (("model", _MODEL), ("recipient", _RECIPIENT)):
        for pattern, subtype in table:
            match = pattern.match(folded, pos)
            if match:
                end = match.end()
                if category == "model":
                    tail = _MODEL_TAIL.match(folded, end)
                    end = tail.end() if tail else end
                return category, subtype, end, None
    match = _ATTENDEES.match(folded, pos)
    if match:
        return "attendees", "dai_bieu", match.end(), None
    for pattern, subtype in _OUTCOME:
        match = pattern.match(folded, pos)
        if match:
            scale = match.group(1) if pattern.groups else None
            return "outcome", subtype, match.end(), scale
    return None


# A bare number after a grade or field label inside a breakdown: "812 mô hình, trong đó cấp tỉnh 57, cấp huyện 214
# và cấp xã 541" counts the same noun as its whole.
_PART_LABEL = re.compile(lexicon.BREAKDOWN_LABEL + r"\s*(?:có|:)?\s*$")
_PAREN_ITEM = re.compile(lexicon.BREAKDOWN_LABEL + r"\s*\(\s*$")
_PART_END = re.compile(r"\s*(?:[,;.)]|và(?!\w)|$)")
_CLOSING = re.compile(r"\s*\)")
# A unit named as the label of a bare part: "trong đó huyện Kỳ Sơn có 45, huyện Tương Dương có 30". The level word
# and a name of at most UNIT_LABEL_WORDS capitalised syllables (the longest unit names have four: "Thừa Thiên
# Huế", "Krông A Na"), then "có" or ":".
UNIT_LABEL_WORDS = 4
_UNIT_LABEL = re.compile(r"(?<!\w)(?:" + "|".join(sorted(lexicon.UNIT_LEVEL_WORDS, key=len, reverse=True)).replace(
    ".", r"\.") + r")\s+((?:\S+\s+){1," + str(UNIT_LABEL_WORDS) + r"}?)(?:có\s+|:\s*)?$", re.IGNORECASE)
# What opens a breakdown between a whole and its first part: a subset word ("trong đó", "gồm"), a colon right after
# the whole ("839 mô hình: cấp tỉnh 15, ...", "..., cụ thể: ...") or a parenthesis ("230 mô hình (kinh tế 120, ...)").
_COLON_OPENER = re.compile(r"\s*(?:,\s*(?:cụ thể|như sau|chia ra)\s*)?:")
_PAREN_OPENER = re.compile(r"[^();.]*\([^()]*$")  # "230 mô hình (kinh tế 120", "52 mô hình được công nhận (cấp tỉnh 12"


def _is_whole(q: Quantity) -> bool:
    """A model count written with its noun, which noun-less parts after it may divide (not an elided part)."""
    return q.category == "model" and q.end > q.number_end


def _unit_label_before(text_before: str) -> bool:
    """Whether the original text before a bare number ends with a unit's name as a label ("huyện Kỳ Sơn có ")."""
    match = _UNIT_LABEL.search(text_before)
    return bool(match) and all(word[0].isupper() for word in match.group(1).split())


def opens_breakdown(between: str) -> bool:
    """Whether the folded text between a whole and a later number opens a breakdown of the whole."""
    return bool(_SUBSET.search(between) or _COLON_OPENER.match(between) or _PAREN_OPENER.match(between))


# Scale words between a number and a counted model or recipient noun: "hơn 2,1 nghìn mô hình" is 2100, "1,5 nghìn
# tập thể, cá nhân" 1500 (outcome nouns carry their own scales).
COUNT_SCALES = {"nghìn": 1_000, "ngàn": 1_000, "vạn": 10_000}
_COUNT_SCALE = re.compile(r"\s+(" + "|".join(COUNT_SCALES) + r")(?=\s)")


def _scaled_count(folded: str, pos: int):
    """(category, subtype, end, scale word) of a model or recipient noun after a scale word, or None."""
    scale = _COUNT_SCALE.match(folded, pos)
    if scale is None:
        return None
    noun = _noun_at(folded, scale.end())
    if noun is None or noun[0] not in ("model", "recipient"):
        return None
    return (*noun[:3], scale.group(1))


def _elided_part(folded: str, text: str, match: re.Match, whole: Quantity | None, between: str):
    """(category, subtype, end, scale) of a noun-less breakdown part, or None: a bare number after a field, grade
    or unit label in a breakdown opened after its whole (`opens_breakdown`: "trong đó cấp tỉnh 57, cấp huyện
    214", "839 mô hình: cấp tỉnh 15, ...", "230 mô hình (kinh tế 120, ...)", "trong đó huyện A có 45"), or in
    parentheses beside a labelled count ("kinh tế (412 mô hình), văn hóa - xã hội (386)"); `whole` is the
    sentence's last model count with its noun so far, or the previous sentence's when this one opens with a
    subset word ("... 512 mô hình. Trong đó, cấp tỉnh 15, ..."); `between` is the folded text from it (or from
    the start of this sentence) to the number. `text` is the sentence as written (unit names are told by their
    capitals)."""
    if whole is None or not _PART_END.match(folded, match.end()):
        return None
    before = folded[max(0, match.start() - LABEL_REACH):match.start()]
    listed = _PAREN_ITEM.search(before) and _CLOSING.match(folded, match.end())
    labelled = _PART_LABEL.search(before) or _unit_label_before(text[max(0, match.start() - LABEL_REACH):match.start()])
    if listed or labelled and opens_breakdown(between):
        return "model", whole.subtype, match.end(), None
    return None


# The noun before the number: "Số mô hình “Dân vận khéo” được công nhận là 1.027", "nâng tổng số mô hình lên 356".
# A change of a number of models is a count of the models added or removed (the dev gold counts "tăng 276 mô
# hình, điển hình so với năm 2020"): `change` marks it, and the model counts make it a part of the total it
# changes. A change of other things, and a figure only compared with ("so với 200 hộ"), is no count.
_CHANGE_BEFORE = re.compile(r"(?:tăng|giảm|nhiều hơn|ít hơn)(?:\s+thêm)?(?:\s+(?:hơn|gần|khoảng|trên|xấp xỉ))?\s+$")
_COMPARED_AFTER = re.compile(r"\s*(?:[^\s\d(]+\s+){0,4}?so với")
_NOUN_FIRST = re.compile(r"(?<!\w)(?:tổng )?số (mô hình\s*,\s*điển hình|mô hình|điển hình(?: tiên tiến)?)(?!\w)"
                         r"[^.;:]{0,80}?\s(?:là|lên|lên đến|lên tới|đạt)\s+(?:hơn |trên |gần |khoảng )?"
                         rf"({DIGITS})(?![.,]?\d)(?=\s*(?:[,.;)]|$))")
# A share written as a ratio of models: "87/92 mô hình ... đạt hiệu quả" counts 87 (with the verb) out of 92.
_RATIO = re.compile(rf"(?<![\w.,/%-])({DIGITS})/(\d[\d.]*)(?=\s+(?:mô hình|điển hình))")


def _noun_first(sentence: Sentence, folded: str) -> list[Quantity]:
    found = []
    for match in list(_NOUN_FIRST.finditer(folded)) + list(_RATIO.finditer(folded)):
        number = match.group(1 if match.re is _RATIO else match.re.groups)
        value = parse_number(number)
        if value is None:
            continue
        noun_at = match.start(1) - 1 if match.re is _NOUN_FIRST else match.end()
        subtype = next((v for p, v in _MODEL if p.match(folded, noun_at)), "mo_hinh")
        group = 1 if match.re is _RATIO else match.re.groups
        start, number_end = match.start(group), match.end(group)
        noun_end = _noun_at(folded, match.end())[2] if match.re is _RATIO else number_end
        approx = approx_before(folded[max(0, start - APPROX_REACH):start])
        found.append(Quantity(value, approx, "model", subtype, sentence.start + start, sentence.start + number_end,
                              sentence.start + noun_end, sentence,
                              denominator=parse_number(match.group(2)) if match.re is _RATIO else None,
                              noun_at=sentence.start + noun_at if match.re is _NOUN_FIRST else None))
    return found


def _quantities(sentence: Sentence, carried: Quantity | None = None) -> list[Quantity]:
    """The quantities of one sentence; `carried` is the last model count of the sentence before, which bare parts
    of a sentence opened by a subset word divide ("Trong đó, cấp tỉnh 15, cấp huyện 120")."""
    folded = fold(sentence.text)
    found = _noun_first(sentence, folded)
    whole = next((q for q in reversed(found) if _is_whole(q)), None)
    if whole is None and carried is not None and _SUBSET.match(folded.lstrip(" ,.-")):
        whole = carried
    for match in _NUMBER.finditer(folded):
        raw = match.group(1)
        value = parse_number(raw)
        if value is None:
            continue
        between = folded[whole.end - sentence.start if whole and whole.sentence is sentence else 0:match.start()]
        noun = _noun_at(folded, match.end()) or _scaled_count(folded, match.end()) or _elided_part(
            folded, sentence.text, match, whole, between)
        if noun is not None and noun[3] in COUNT_SCALES and noun[0] in ("model", "recipient"):
            value *= COUNT_SCALES[noun[3]]  # "2,1 nghìn mô hình" is 2100
            noun = (*noun[:3], None)
        if noun is None or raw == "một" and not _ONE_GIVEN.search(folded, max(0, match.start() - GIVE_REACH),
                                                                   match.start()) or raw == "một" and noun[:2] not in (
                ("outcome", "suat_qua"), ("outcome", "nha")):
            continue  # "một" is the article ("một số", "một phần"), except a gift or a house handed over
        category, subtype, end, scale = noun
        change = bool(_CHANGE_BEFORE.search(folded, max(0, match.start() - CHANGE_REACH), match.start()))
        if change and category != "model" or not change and _COMPARED_AFTER.match(folded[end:end + COMPARED_REACH]):
            continue  # a change of other things ("tăng 50 hộ"), a figure compared with ("so với 200 hộ năm 2021")
        before = folded[max(0, match.start() - APPROX_REACH):match.start()]
        approx = approx_before(before)
        approx_word = APPROX_RE.search(before)  # the whole word, of one or two syllables ("hơn", "xấp xỉ")
        start = match.start() - (len(before) - approx_word.start(1) if approx != "exact" and approx_word else 0)
        base = sentence.start
        found.append(Quantity(value, approx, category, subtype, base + start, base + match.end(), base + end,
                              sentence, scale, change=change))
        whole = found[-1] if _is_whole(found[-1]) else whole
    return sorted(found, key=lambda q: q.start)


def _opens_parenthesis(text: str, pos: int) -> bool:
    """Whether the last non-space character before `pos` is "(" (without copying the text before it)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos > 0 and text[pos - 1] == "("


def _make_groups(sq: SentenceQuantities, text: str) -> None:
    groups: list[Group] = []
    for q in sq.quantities:
        last = groups[-1] if groups else None
        if last and last.members[-1].category == q.category and _TIGHT_GAP.fullmatch(
                fold(text[last.end:q.start])):
            last.members.append(q)
        else:
            groups.append(Group([q], previous=last))
        q.group = groups[-1]
    s_start, s_end = sq.sentence.start, sq.sentence.end
    for i, group in enumerate(groups):
        lower = groups[i - 1].end if i else s_start
        # the clause starts after the last ";" or ":" before the group, or where the previous group ends
        boundary = max(sq.sentence.text.rfind(";", lower - s_start, group.start - s_start),
                       sq.sentence.text.rfind(":", lower - s_start, group.start - s_start))
        pre_start = max(lower, boundary + 1 + s_start) if boundary >= 0 else lower
        upper = groups[i + 1].start if i + 1 < len(groups) else s_end
        tail = sq.sentence.text[group.end - s_start: upper - s_start]
        cut = _BOUNDARY.search(tail)
        if _opens_parenthesis(text, group.start) or re.search(r"\([^()]*$", text[lower:group.start]):
            closing = tail.find(")")  # parts in parentheses: their clause ends with the parenthesis
            cut = re.compile(r"\)").search(tail) if closing >= 0 else cut
        group.pre = (pre_start, group.start)
        group.post = (group.end, group.end + cut.start() if cut else upper)
        gap = fold(text[lower:group.start]) if i else ""
        group.coordinated = bool(i) and bool(re.fullmatch(r"\s*(?:,|và|,\s*và|cùng)\s*(?:hơn|trên|gần|khoảng)?\s*",
                                                          gap))
    for group in groups:
        previous = group.previous
        group.joined = group.coordinated or (
            previous is not None and previous.members[0].category == group.members[0].category
            and bool(re.search(r"(?:,|\svà)\s*$", fold(text[group.pre[0]:group.pre[1]])))
            and not _VERB.search(_FIELD_PHRASES.sub(" ", fold(text[group.pre[0]:group.pre[1]])))) or (
            previous is not None and previous.members[0].category == group.members[0].category
            and bool(_ELIDED_VERB.fullmatch(fold(text[group.pre[0]:group.pre[1]]))))
    sq.groups = groups
    for index, group in enumerate(groups):
        group.index = index
    for q in sq.quantities:
        q.sentence_groups = groups


_VERB = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, list(lexicon.ACTION_VERBS) + list(lexicon.NULL_VERBS)))
                   + r")(?!\w)")
_FIELD_PHRASES = re.compile(lexicon.FIELD_PHRASE)
# "xây dựng 412 mô hình; quốc phòng - an ninh 167 mô hình", "công nhận cấp tỉnh 46 mô hình, cấp huyện 215 mô hình":
# a clause of only a field or grade and a count repeats the verb of the clause before it.
_ELIDED_VERB = re.compile(r"[\s,;]*" + lexicon.BREAKDOWN_LABEL + r"\s*(?:có|:)?\s*")
# The next item of a breakdown whose items name their grading body's verb: "trong đó, cấp tỉnh công nhận 120 mô
# hình, cấp huyện công nhận 1.234 mô hình" (a label and a verb, nothing else, between two parts).
_LABELLED_VERB = re.compile(r"[\s,;]*(?:và\s+)?" + lexicon.BREAKDOWN_LABEL + r"\s+(?:đã\s+)?(?:được\s+)?(?:"
                            + "|".join(map(re.escape, sorted(lexicon.ACTION_VERBS, key=len, reverse=True)))
                            + r")\s*")
_SUBSET = re.compile(r"(?:trong đó|trong số đó|bao gồm|gồm có|(?<!\w)gồm(?=\s*:?\s*(?:\d|$|(?:về\s+|trên\s+|ở\s+)?"
                     + lexicon.BREAKDOWN_LABEL + r"))|trong số này|"
                     r"trong số (?:các |những )?(?:mô hình|điển hình)(?:,? điển hình)? (?:trên|này|nói trên)|"
                     r"riêng (?=" + "|".join(lexicon.LEVEL_OF_WORD) + r"|lĩnh vực|cấp|năm))")


# A breakdown opened by a colon right after its whole, each item labelled with a field or grade: "công nhận 77 mô
# hình: về kinh tế 30 mô hình, ...", "xây dựng 96 mô hình, cụ thể: cấp tỉnh 12, ...".
_COLON_LIST = re.compile(r"\s*(?:,\s*(?:cụ thể|như sau|chia ra)\s*)?:\s*(?:về\s+|trên\s+|ở\s+)?"
                         + lexicon.BREAKDOWN_LABEL + r"\s*(?:có|:)?\s*")


# A sentence that breaks down the models of the sentence before: "Các mô hình được phân bổ trên 4 lĩnh vực: ...".
_BACK_REFERENCE = re.compile(r"(?:các|những|số) (?:mô hình|điển hình)(?:,? điển hình)? (?:được phân bổ|phân bổ|phân theo|"
                             r"chia theo|được chia|thuộc các|nói trên|trên)")
# An item of a list printed one per line: "- Lĩnh vực kinh tế: 120 mô hình;", "+ ...", "• ...", "a) ...".
_LIST_ITEM = re.compile(r"\s*(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)])\s")


def _link_parents(items: list[SentenceQuantities], text: str) -> None:
    """Quantities after "trong đó" or in parentheses right after a count, or listed one per line after a count
    ending in ":", are parts of that count; a part's siblings later in the same sentence or list share its whole.
    Only a model count has parts here."""
    previous: Group | None = None
    for sq in items:
        for group in sq.groups:
            parent = None
            if previous is not None:
                same_sentence = previous.members[0].sentence is sq.sentence
                between = fold(text[previous.end:group.start])
                if same_sentence and previous.members[0].parent is not None and not _SUBSET.search(between) \
                        and previous.members[0].category == group.members[0].category \
                        and (not _VERB.search(_FIELD_PHRASES.sub(" ", between)) or _LABELLED_VERB.fullmatch(between)):
                    parent = previous.members[0].parent  # the next part of the same breakdown
                elif previous.members[0].category == "model" and (
                        re.fullmatch(r"\s*\((?:trong đó|gồm)?\s*(?:có)?\s*", between)
                        or same_sentence and group.members[0].end == group.members[0].number_end
                        and opens_breakdown(between)  # a bare part after "839 mô hình: cấp tỉnh", "(kinh tế"
                        or same_sentence and _SUBSET.search(between)
                        or same_sentence and _COLON_LIST.fullmatch(between)
                        or not same_sentence and group is sq.groups[0]
                        and (_SUBSET.match(fold(sq.sentence.text).lstrip(" ,.-"))
                             or _BACK_REFERENCE.match(fold(sq.sentence.text).lstrip(" ,.-"))
                             or _LIST_ITEM.match(sq.sentence.text)
                             and previous.members[0].sentence.text.rstrip().endswith(":"))):
                    parent = previous.members[0]
                    while not same_sentence and parent.parent is not None:
                        parent = parent.parent  # "Riêng năm 2023 ..." divides the total, not the last part
                    if parent.change:  # "138 mô hình ..., tăng 35 mô hình so với năm 2023; trong đó, có 12 ...":
                        parent = _changed_whole(parent) or parent  # the parts divide the total, not its change
                elif not same_sentence and group is sq.groups[0] and previous.members[0].parent is not None \
                        and _LIST_ITEM.match(sq.sentence.text) and _LIST_ITEM.match(previous.members[0].sentence.text) \
                        and previous.members[0].category == group.members[0].category:
                    parent = previous.members[0].parent  # the next item of a list of parts
            for q in group.members:
                q.parent = parent
            previous = group


def _changed_whole(change: Quantity) -> Quantity | None:
    """The total a change count changes: the last model count before it in its sentence that is no change and no
    part ("có 138 mô hình ..., tăng 35 mô hình")."""
    earlier = [g.members[0] for g in change.sentence_groups if g.end <= change.start]
    return next((q for q in reversed(earlier) if q.category == "model" and not q.change and q.parent is None
                 and q.end > q.number_end), None)


def find_quantities(doc: SegmentedArticle, include_title: bool = False) -> list[SentenceQuantities]:
    """Quantities of every body sentence (the headline repeats body numbers and is skipped by default)."""
    items = []
    for sentence in doc.sentences:
        if sentence.is_title and not include_title:
            continue
        previous = items[-1] if items and items[-1].sentence.index == sentence.index - 1 else None
        carried = next((q for q in reversed(previous.quantities) if _is_whole(q)), None) if previous else None
        sq = SentenceQuantities(sentence, _quantities(sentence, carried))
        if sq.quantities:
            _make_groups(sq, doc.text)
            items.append(sq)
    _link_parents(items, doc.text)
    return items


def headline_quantities(doc: SegmentedArticle) -> list[SentenceQuantities]:
    """Quantities of the headline alone, grouped but linked to no whole: a count only the headline states is a
    fact (ANNOTATION.md "Headline counts"); the counting extractors compare these with the body's."""
    items = []
    for sentence in doc.sentences:
        if sentence.is_title:
            sq = SentenceQuantities(sentence, _quantities(sentence))
            if sq.quantities:
                _make_groups(sq, doc.text)
                items.append(sq)
    return items


# Within this share of each other, two counts of one kind in a headline or caption and elsewhere are one quantity
# ("hơn 500 mô hình" over the body's 501; a caption's "Tuyên dương 93 điển hình" under the headline's 92;
# ANNOTATION.md "Headline counts"). Shared by the counting extractors, which each compare their own kind.
ROUNDING_SHARE = 0.1


def restates(count: int, approx: str, other: int) -> bool:
    """Whether a headline or caption count (`count`, with its `approx`) repeats or rounds `other`."""
    if count == other:
        return True
    if approx == "at_least":
        return other > count and other - count <= ROUNDING_SHARE * other
    if approx == "at_most":
        return other < count and count - other <= ROUNDING_SHARE * count
    return abs(count - other) <= ROUNDING_SHARE * max(count, other)
