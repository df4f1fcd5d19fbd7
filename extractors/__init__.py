"""Rule extractors: pure functions from a `SegmentedArticle` to typed fact records.

Nothing here reads files or touches the store; the only project import is `schemas`. Every extractor has one
interface (`registry`: NAME, VERSION, TABLE, NEEDS, PROVIDES, MOVEMENT_FACTS, `extract(ctx)`), and
`extract_all` runs them in the order their needs dictate:
  1. units         -- administrative units named in the text (mentions: `unit_mentions`); everything else is
                      attributed to them
  2. events        -- the conference the article reports (kind, date, period, unit, attendees, movement);
                      provides "event"
  3. officials     -- named people with their titles; provides "officials"; `ner_officials` adds untitled
                      people in trusted contexts when the segmenter ran NER
  4. model_counts, award_counts, outcomes -- the numbers (`quantities`), attributed to the unit and period of
                      their clause, sentence, paragraph or event
Articles about no emulation movement keep only units and officials (`movements.article_movement`).

Modules:
  fact extractors  units, events, officials, ner_officials, model_counts, award_counts, outcomes
  shared helpers   context (ArticleContext: analyses, provided slots, unit and period attribution),
                   unit_mentions, quantities (numbers with their nouns, groups, parts), clauses (a count's verb,
                   award and whether it commends), people (name casing, role), titles (where an official's
                   title ends), movements, periods, numbers,
                   gazetteer, textnorm, lexicon (every word list, as data)
A fact module imports shared helpers only, never another fact module.
"""

from __future__ import annotations

from extractors import award_counts, events, model_counts, ner_officials, officials, outcomes, units
from extractors.context import ArticleContext
from extractors.registry import Extractor, run, run_order
from schemas import Fact, SegmentedArticle

EXTRACTOR_MODULES = (units, events, officials, ner_officials, model_counts, award_counts, outcomes)
EXTRACTORS: tuple[Extractor, ...] = tuple(Extractor.from_module(m) for m in EXTRACTOR_MODULES)
RUN_ORDER: tuple[Extractor, ...] = tuple(run_order(EXTRACTORS))


def extractor_versions() -> dict[str, str]:
    """Name -> version of every extractor: recorded in each fact's `extractor` column."""
    return {e.name: e.version for e in EXTRACTORS}


def extract_all(doc: SegmentedArticle) -> dict[str, list[Fact]]:
    """Every fact of one article, by table name, each with a stable `fact_id`."""
    facts = run(ArticleContext.build(doc), RUN_ORDER)
    return {table: [record.with_id() for record in records] for table, records in facts.items()}
