"""Other quantified results: money (đồng, đồng/người/năm), households, houses, m², km, gift packages, people,
members. Hectares become m² (1 ha = 10 000 m²); money scales ("50,8 tỷ", "102 tỷ 140 triệu") are applied.

Values are computed exactly (Decimal from the digits as written, integer scales) and stored as the float of an
exact integer: "8,3 tỷ" is 8 300 000 000, never 8300000000.000001.

What is not a result (ANNOTATION.md "Outcomes are results", "People", "More on lượt"): targets and plans, values
per item, background statistics of a place or body, person-times (the nouns table never matches "lượt").
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors import clauses, lexicon
from extractors.clauses import commends
from extractors.context import ArticleContext
from extractors.numbers import DIGITS, approx_before, trailing_decimal
from extractors.quantities import Quantity
from extractors.textnorm import fold
from schemas import Outcome

NAME = "outcomes"
# 4: money written "đ" or without its currency, values per item after the amount, incomes per head, households of a
#    place, one value twice in a sentence; 3: exact values, compound amounts, own-phrase background cues, targets,
#    per-item values, members
VERSION = "4"
EXTRACTOR = f"{NAME}.rules@{VERSION}"
TABLE = "outcomes"
NEEDS = ("quantities",)
PROVIDES = ()
MOVEMENT_FACTS = True
# POPULATION_AFTER reads "chiếm" after at most 60 characters: 60 + len("chiếm") + 1.
POPULATION_AFTER_REACH = 66
WHAT_WORDS = 10
WHAT_WORDS_AFTER = 6
# How far back from a number its clause is read (a target cue, "Năm 2025, huyện phấn đấu vận động ... 2 tỷ đồng";
# a standing body, "Hội Nông dân xã hiện có 1.500 hội viên"): about twenty words, longer than the clauses of the
# dev articles, and a bound that keeps a sentence of thousands of counts linear.
CLAUSE_REACH = 120
# How far after the counted noun its own phrase is read ("186 hộ với 812 nhân khẩu", "120 cá nhân tham gia"):
# about ten words.
PHRASE_REACH = 60
# A compound amount's larger parts stand within this many characters before its last part: "1.250 nghìn tỷ 300 "
# is 19, three parts fit.
COMPOUND_REACH = 60

# A money amount written in two scales, the larger first: "102 tỷ 140 triệu đồng", "1 tỷ 200 triệu 500 nghìn
# đồng". The quantity found is the last part ("140 triệu đồng"); the earlier parts stand right before it.
_SCALE_WORDS = sorted((w for w in lexicon.MONEY_SCALES if w), key=len, reverse=True)
_COMPOUND_PART = re.compile(rf"(?<![\w.,])({DIGITS})\s+(" + "|".join(map(re.escape, _SCALE_WORDS)) + r")\s+$")
_PER_ITEM = re.compile(lexicon.PER_ITEM)
_PER_ITEM_AFTER = re.compile(lexicon.PER_ITEM_AFTER)
_POPULATION_PAIR = re.compile(lexicon.POPULATION_PAIR)
_TARGET = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.OUTCOME_TARGET_CUES) + r")(?!\w)")
_BACKGROUND_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.OUTCOME_BACKGROUND_BEFORE) + r")(?!\w)"
                                rf"(?:\s+\S+){{0,{lexicon.OUTCOME_BACKGROUND_WORDS}}}\s*$")
_BACKGROUND_AFTER = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.OUTCOME_BACKGROUND_AFTER) + r")(?!\w)")
_PARTICIPATION = re.compile(r"\s*" + lexicon.PARTICIPATION_VERBS)
_MEMBERS_SIZE = re.compile(lexicon.MEMBERS_SIZE_BEFORE)
_MEMBERS_FORMED = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.MEMBERS_FORMED_CUES) + r")(?!\w)")
_STANDING_BODY = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.STANDING_BODIES) + r")(?!\w)")
_PER_HEAD = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.INCOME_PER_HEAD_CUES) + r")(?!\w)")
# Clause punctuation; "," and "." inside a number ("2.486", "2,5") are not breaks.
_CLAUSE_BREAK = re.compile(r"[;:()]|[,.](?!\d)")


def _compound(ctx: ArticleContext, q: Quantity) -> tuple[int, Decimal, str] | None:
    """(start, value in đồng of the larger parts, approx) of a compound amount ending in `q`, or None."""
    if q.category != "outcome" or q.subtype != "dong" or q.approx != "exact":
        return None
    text, start = ctx.doc.text, q.start
    scale = lexicon.MONEY_SCALES.get(q.scale, 1)
    value, found = Decimal(0), False
    while True:
        before = fold(text[max(q.sentence.start, start - COMPOUND_REACH):start])
        match = _COMPOUND_PART.search(before)
        if not match or lexicon.MONEY_SCALES[match.group(2)] <= scale:
            break
        number = trailing_decimal(match.group(1))
        if number is None:
            break
        scale = lexicon.MONEY_SCALES[match.group(2)]
        value += number * scale
        start -= len(before) - match.start()
        found = True
    if not found:
        return None
    return start, value, approx_before(fold(text[max(q.sentence.start, start - COMPOUND_REACH):start]))


def _value(ctx: ArticleContext, q: Quantity) -> tuple[Decimal, str]:
    """Exact value and unit of measure: scales applied, hectares in m², a compound amount's parts added."""
    number = trailing_decimal(ctx.doc.text[q.start:q.number_end]) or Decimal(int(q.value))
    value = number * lexicon.MONEY_SCALES.get(q.scale, 1)
    if q.subtype == "ha":
        return value * lexicon.M2_PER_HA, "m2"
    compound = _compound(ctx, q)
    if compound:
        value += compound[1]
    return value, q.subtype


def _what(ctx: ArticleContext, q: Quantity, start: int) -> str:
    """A short description: the clause's words before the number, the number and noun as written, and the
    words after it up to the next comma ("vận động được hơn 232 tỷ đồng")."""
    before = re.split(r"[,;:]\s", ctx.doc.text[q.group.pre[0]:start])[-1].split()[-WHAT_WORDS:]
    counted = ctx.doc.text[start:q.end].strip()
    after = _CLAUSE_BREAK.split(ctx.doc.text[q.end:q.group.post[1]])[0].split()[:WHAT_WORDS_AFTER]
    return " ".join(before + [counted] + after).strip(" ,.;")


def _own_phrase(ctx: ArticleContext, q: Quantity) -> tuple[str, str]:
    """The quantity's own words, folded: its clause before the number (from the last comma, semicolon, colon
    or parenthesis) and its noun phrase after it (to the next one)."""
    text = ctx.doc.text
    before = fold(text[max(q.group.pre[0], q.sentence.start, q.start - CLAUSE_REACH):q.start])
    after = fold(text[q.end:min(q.sentence.end, q.end + PHRASE_REACH)])
    return _CLAUSE_BREAK.split(before)[-1], _CLAUSE_BREAK.split(after)[0]


def _is_target(ctx: ArticleContext, q: Quantity) -> bool:
    """A plan or target: a target cue earlier in the clause and no completed action between it and the number."""
    text = ctx.doc.text
    clause = fold(text[max(q.sentence.start, q.start - CLAUSE_REACH):q.start])
    clause = clause.split(";")[-1]
    return clauses.states_target(clause, _TARGET)


def _is_background(ctx: ArticleContext, q: Quantity, own_before: str, own_after: str) -> bool:
    """A statistic describing a place or body: "dân số ...", "186 hộ với 812 nhân khẩu", "là xã ... có 3.500 hộ,
    trong đó ... chiếm 76%", "Hội có 1.500 hội viên"."""
    if _BACKGROUND_BEFORE.search(own_before) or _BACKGROUND_AFTER.search(own_after):
        return True
    if q.subtype == "ho" and _POPULATION_PAIR.match(fold(ctx.doc.text[q.end:min(q.sentence.end, q.end + PHRASE_REACH)])):
        return True  # "thôn có 215 hộ, 870 khẩu"
    if q.subtype in ("ho", "nguoi"):
        clause = fold(ctx.doc.text[q.group.pre[0]:q.start])
        if re.search(lexicon.POPULATION_BEFORE, clause) or re.search(lexicon.POPULATION_WITH_PLACES, clause):
            return True
        # POPULATION_AFTER needs "chiếm" within its first POPULATION_AFTER_REACH characters: the rest of the
        # sentence is only folded and searched when it is there
        if "chiếm" in fold(ctx.doc.text[q.end:min(q.sentence.end, q.end + POPULATION_AFTER_REACH)]) and \
                re.search(lexicon.POPULATION_AFTER, fold(ctx.doc.text[q.end:q.sentence.end])):
            return True
    if q.subtype == "thanh_vien" and _MEMBERS_SIZE.search(own_before):
        sentence = fold(ctx.doc.text[max(q.sentence.start, q.start - CLAUSE_REACH):q.start])
        return bool(_STANDING_BODY.search(sentence)) and not _MEMBERS_FORMED.search(sentence)
    return False


def _excluded(ctx: ArticleContext, q: Quantity) -> bool:
    own_before, own_after = _own_phrase(ctx, q)
    if _is_background(ctx, q, own_before, own_after) or _is_target(ctx, q):
        return True
    before = fold(ctx.doc.text[max(q.sentence.start, q.group.pre[0], q.start - CLAUSE_REACH):q.start])
    if _PER_ITEM.search(before):
        return True  # "48 nhà Đại đoàn kết, mỗi căn 60 triệu đồng", "mỗi suất quà trị giá 300 nghìn đồng"
    if q.subtype == "dong" and _PER_ITEM_AFTER.match(fold(ctx.doc.text[q.end:min(q.sentence.end, q.end + PHRASE_REACH)])):
        return True  # "50 triệu đồng mỗi căn", "500 nghìn đồng một suất"
    if q.subtype == "ho" and re.search(r"xây dựng\s*$", before):
        return True
    if q.subtype == "nguoi" and re.search(r"(?:cả nhà|gia đình|hộ|nhà)\s+(?:có\s+)?$", before):
        return True  # the size of a household ("cả nhà bốn người")
    return False


def _recipient_outcome(ctx: ArticleContext, q: Quantity) -> str | None:
    """The unit of measure of a count of recipients that is a result, not a commendation: households or families
    of no commendation ("22.930 hộ gia đình đạt chuẩn văn hóa") and individuals taking part ("11 đội thi với 120
    cá nhân tham gia tranh tài"); None otherwise."""
    if q.parent is not None or commends(ctx, q):
        return None
    if q.subtype == "ho_gia_dinh":
        return "ho"
    if q.subtype == "ca_nhan" and _PARTICIPATION.match(fold(ctx.doc.text[q.end:min(q.sentence.end,
                                                                                   q.end + PHRASE_REACH)])):
        return "nguoi"
    return None


def extract(ctx: ArticleContext) -> list[Outcome]:
    # a value and unit met again in a later sentence restates the result; twice in one sentence they are two results
    # ("xây mới 20 căn nhà, sửa chữa 20 căn nhà")
    records, seen = [], {}
    for sq in ctx.quantities:
        for q in sq.quantities:
            if q.category not in ("outcome", "recipient") or _excluded(ctx, q):
                continue
            start = q.start
            if q.category == "recipient":
                unit = _recipient_outcome(ctx, q)
                if unit is None:
                    continue
                value, approx = Decimal(int(q.value)), q.approx
            else:
                value, unit = _value(ctx, q)
                if unit == "dong" and _PER_HEAD.search(_own_phrase(ctx, q)[0]):
                    unit = "dong_per_nguoi_nam"  # "thu nhập bình quân đầu người đạt 65 triệu đồng/năm"
                compound = _compound(ctx, q)
                start, approx = (compound[0], compound[2]) if compound else (q.start, q.approx)
            if value <= 0:
                continue  # "Chợ phiên 0 đồng" names a market, not an amount
            ident = (value, unit)
            if seen.get(ident, q.sentence.index) != q.sentence.index:
                continue
            seen.setdefault(ident, q.sentence.index)
            records.append(Outcome(
                article_id=ctx.doc.article_id, evidence=q.sentence.text, char_start=start, char_end=q.end,
                extractor=EXTRACTOR, value=float(value), approx=approx, unit=unit, what=_what(ctx, q, start),
            ))
    return records
