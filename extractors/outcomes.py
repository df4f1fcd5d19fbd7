"""Other quantified results: money (đồng, đồng/người/năm), households, houses, m², km, gift packages, people,
members. Hectares become m² (1 ha = 10 000 m²); money scales ("50,8 tỷ") are applied."""

from __future__ import annotations

import re

from extractors import lexicon
from extractors.clauses import commends
from extractors.context import ArticleContext
from extractors.quantities import Quantity
from extractors.textnorm import fold
from schemas import Outcome

NAME = "outcomes"
VERSION = "2"  # 2: clause-first units; households describing a place ("là xã ... có 3.500 hộ") are no result
EXTRACTOR = f"{NAME}.rules@{VERSION}"
TABLE = "outcomes"
NEEDS = ("quantities",)
PROVIDES = ()
MOVEMENT_FACTS = True
# Background statistics are recognised by a cue (lexicon.OUTCOME_EXCLUDE_CUES) within 25 characters before the
# number or 20 after its noun, inside its clause ("dân số trên 30 vạn người", "1.200 đảng viên"); rates and
# sizes ("mỗi căn 60 triệu đồng", "cả nhà bốn người") by the 20 characters before the number.
EXCLUDE_BEFORE = 25
EXCLUDE_AFTER = 20
RATE_BEFORE = 20
# POPULATION_AFTER reads "chiếm" after at most 60 characters: 60 + len("chiếm") + 1.
POPULATION_AFTER_REACH = 66
WHAT_WORDS = 10
WHAT_WORDS_AFTER = 6


def _value(q: Quantity) -> tuple[float, str]:
    value = q.value * lexicon.MONEY_SCALES.get(q.scale, 1)
    if q.subtype == "ha":
        return value * 10_000, "m2"
    return value, q.subtype


def _what(ctx: ArticleContext, q: Quantity) -> str:
    """A short description: the clause's words before the number, the number and noun as written, and the
    words after it up to the next comma ("vận động được hơn 232 tỷ đồng")."""
    before = re.split(r"[,;:]\s", ctx.doc.text[q.group.pre[0]:q.start])[-1].split()[-WHAT_WORDS:]
    counted = ctx.doc.text[q.start:q.end].strip()
    after = re.split(r"[,;.:(]", ctx.doc.text[q.end:q.group.post[1]])[0].split()[:WHAT_WORDS_AFTER]
    return " ".join(before + [counted] + after).strip(" ,.;")


def _excluded(ctx: ArticleContext, q: Quantity) -> bool:
    near = fold(ctx.doc.text[max(q.group.pre[0], q.start - EXCLUDE_BEFORE):min(q.group.post[1], q.end + EXCLUDE_AFTER)])
    if any(cue in near for cue in lexicon.OUTCOME_EXCLUDE_CUES):  # "dân số trên 30 vạn người", "1.200 đảng viên"
        return True
    before = fold(ctx.doc.text[max(q.sentence.start, q.start - RATE_BEFORE):q.start])
    if q.subtype == "ho" and re.search(r"xây dựng\s*$", before):
        return True
    if q.subtype.startswith("dong") and re.search(r"(?<!\w)mỗi\s+\w+(?:\s+\w+)?\s*(?:là|khoảng|trị giá)?\s*$", before):
        return True  # a rate ("48 nhà Đại đoàn kết, mỗi căn 60 triệu đồng"), not an amount mobilised
    if q.subtype == "nguoi" and re.search(r"(?:cả nhà|gia đình|hộ|nhà)\s+(?:có\s+)?$", before):
        return True  # the size of a household ("cả nhà bốn người")
    if q.subtype in ("ho", "nguoi"):
        clause = fold(ctx.doc.text[q.group.pre[0]:q.start])
        if re.search(lexicon.POPULATION_BEFORE, clause):
            return True
        # POPULATION_AFTER needs "chiếm" within its first POPULATION_AFTER_REACH characters: the rest of the
        # sentence is only folded and searched when it is there
        if "chiếm" not in fold(ctx.doc.text[q.end:min(q.sentence.end, q.end + POPULATION_AFTER_REACH)]):
            return False
        return bool(re.search(lexicon.POPULATION_AFTER, fold(ctx.doc.text[q.end:q.sentence.end])))
    return False


def extract(ctx: ArticleContext) -> list[Outcome]:
    records, seen = [], set()
    for sq in ctx.quantities:
        for q in sq.quantities:
            if q.category not in ("outcome", "recipient") or _excluded(ctx, q):
                continue
            if q.category == "recipient":
                if q.subtype != "ho_gia_dinh" or q.parent is not None or commends(ctx, q):
                    continue
                value, unit = q.value, "ho"
            else:
                value, unit = _value(q)
            if value <= 0:
                continue  # "Chợ phiên 0 đồng" names a market, not an amount
            ident = (round(value, 2), unit)
            if ident in seen:
                continue
            seen.add(ident)
            records.append(Outcome(
                article_id=ctx.doc.article_id, evidence=q.sentence.text, char_start=q.start, char_end=q.end,
                extractor=EXTRACTOR, value=value, approx=q.approx, unit=unit, what=_what(ctx, q),
            ))
    return records


