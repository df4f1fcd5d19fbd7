"""Numbers of "mô hình" / "điển hình" (models, exemplars): kind, field, action, level, unit, period.

The headline is skipped (it repeats body numbers); a count repeated later in the body (a caption, the lede
and the body saying the same thing) is kept once, at its first mention.
"""

from __future__ import annotations

from extractors import clauses
from extractors.context import ArticleContext
from extractors.numbers import as_int
from extractors.quantities import SentenceQuantities
from schemas import ModelCount

NAME = "model_counts"
VERSION = "2"  # 2: elided verbs and noun-less parts, "được <agent> công nhận", clause-first units, part_of
EXTRACTOR = f"{NAME}.rules@{VERSION}"


def extract(ctx: ArticleContext, quantities: list[SentenceQuantities]) -> list[ModelCount]:
    """One record per distinct count; a breakdown part points at its whole through `part_of` (the whole's
    fact_id), so totals are summed without their parts."""
    records, by_ident, by_quantity = [], {}, {}  # a repeated count maps to the record of its first mention
    for sq in quantities:
        for q in sq.quantities:
            if q.category != "model":
                continue
            field = clauses.field_of(ctx, q)
            ident = (as_int(q.value), q.subtype, field)
            if ident in by_ident:
                by_quantity[id(q)] = by_ident[ident]
                continue
            start, end = clauses.period_of(ctx, q)
            whole = by_quantity.get(id(q.parent)) if q.parent is not None else None
            record = ModelCount(
                article_id=ctx.doc.article_id, evidence=q.sentence.text, char_start=q.start, char_end=q.end,
                extractor=EXTRACTOR, count=as_int(q.value), approx=q.approx, kind=q.subtype, field=field,
                action=clauses.action_of(ctx, q), level=clauses.level_of(ctx, q), unit=clauses.unit_of(ctx, q),
                period_start=start, period_end=end, part_of=whole.fact_id if whole else None,
            ).with_id()
            by_ident[ident] = by_quantity[id(q)] = record
            records.append(record)
    return records
