"""Rule extractors: pure functions from a `SegmentedArticle` to typed fact records.

Nothing here reads files or touches the store; the only project import is `schemas`. `extract_all` runs the
extractors in dependency order:
  1. units      -- administrative units named in the text (everything else is attributed to them)
  2. events     -- the conference the article reports (kind, date, period, unit, attendees)
  3. officials  -- named people with their titles (plus, when the segmenter ran NER, untitled people in
                   trusted contexts: `ner_officials`)
  4. model_counts, award_counts, outcomes -- the numbers, attributed to the unit/period of their sentence,
     paragraph or event
"""

from __future__ import annotations

import hashlib

from extractors import award_counts, events, model_counts, ner_officials, officials, outcomes, units
from extractors.context import ArticleContext
from extractors.movements import article_movement
from extractors.quantities import find_quantities
from schemas import Fact, SegmentedArticle

EXTRACTOR_MODULES = (units, events, officials, ner_officials, model_counts, award_counts, outcomes)


def extractor_versions() -> dict[str, str]:
    """Name -> version of every extractor: recorded in each fact's `extractor` column."""
    return {m.NAME: m.VERSION for m in EXTRACTOR_MODULES}


def rules_fingerprint() -> str:
    """Short hash of all extractor versions: part of `pipeline_version`, so a rule change triggers reprocessing."""
    text = ";".join(f"{k}={v}" for k, v in sorted(extractor_versions().items()))
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def extract_all(doc: SegmentedArticle) -> dict[str, list[Fact]]:
    """Every fact of one article, by table name, each with a stable `fact_id`."""
    mentions = units.find_mentions(doc)
    unit_records = units.extract(doc, mentions)
    ctx = ArticleContext.build(doc, mentions, unit_records)
    event_records = events.extract(ctx)
    ctx.event = event_records[0] if event_records else None
    quantities = find_quantities(doc)
    official_records = officials.extract(ctx)
    if any(sentence.entities for sentence in doc.sentences):  # the optional NER pass was run
        official_records += ner_officials.extract(ctx, official_records)
    facts: dict[str, list[Fact]] = {"units": unit_records, "officials": official_records, "events": [],
                                    "model_counts": [], "award_counts": [], "outcomes": []}
    if article_movement(doc).about_movement:  # an article about no movement yields no movement facts
        facts |= {
            "events": event_records,
            "model_counts": model_counts.extract(ctx, quantities),
            "award_counts": award_counts.extract(ctx, quantities),
            "outcomes": outcomes.extract(ctx, quantities),
        }
    return {table: [record.with_id() for record in records] for table, records in facts.items()}
