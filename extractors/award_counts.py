"""Numbers of collectives, individuals, comrades or households commended: recipient, award, issuer.

A count is an award only when its clause commends (an award word before or after it) and its verb is not
registering or "discovering" exemplars; parts of a model count ("55 mô hình (29 tập thể, 26 cá nhân)") are
awards only when that count was recognised or commended.
"""

from __future__ import annotations

import re

from extractors import clauses, lexicon
from extractors.context import ArticleContext
from extractors.numbers import as_int
from extractors.quantities import Quantity, SentenceQuantities
from schemas import AwardCount

NAME = "award_counts"
VERSION = "1"
EXTRACTOR = f"{NAME}.rules@{VERSION}"

_NOT_AWARD = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, lexicon.NOT_AWARD_VERBS)) + r")(?!\w)")


def _commends(ctx: ArticleContext, q: Quantity) -> bool:
    pre, post = clauses.window(ctx, q.group.pre), clauses.window(ctx, q.group.post)
    nearest_pre = pre[-40:]
    if _NOT_AWARD.search(nearest_pre) or _NOT_AWARD.match(post.strip()[:30]) or _NOT_AWARD.search(post[:25]):
        return False
    if q.parent is not None:
        return clauses.action_of(ctx, q.parent) in ("cong_nhan", "bieu_duong")
    return clauses.award_of(ctx, q) is not None


def extract(ctx: ArticleContext, quantities: list[SentenceQuantities]) -> list[AwardCount]:
    records, seen = [], set()
    for sq in quantities:
        for q in sq.quantities:
            if q.category != "recipient" or not _commends(ctx, q):
                continue
            ident = (as_int(q.value), q.subtype)
            if ident in seen:
                continue
            seen.add(ident)
            award = clauses.award_of(ctx, q) or "bieu_duong"
            records.append(AwardCount(
                article_id=ctx.doc.article_id, evidence=q.sentence.text, char_start=q.start, char_end=q.end,
                extractor=EXTRACTOR, count=as_int(q.value), approx=q.approx, recipient=q.subtype,
                award=award, issuer=clauses.issuer_of(ctx, q),
            ))
    return records
