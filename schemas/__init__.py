"""Typed records of thidua: the pydantic models here are the DuckDB contract (see SPEC.md).

This package imports nothing else of the project, so extractors and the pipeline can both depend on it.
"""

from schemas.document import Entity, SegmentedArticle, Sentence, Token
from schemas.records import (
    FACT_MODELS,
    Approx,
    Article,
    AwardCount,
    Event,
    Fact,
    ModelCount,
    Official,
    Outcome,
    Unit,
)
from schemas.tables import TABLE_MODELS, column_types, create_table_sql, insert_columns

__all__ = [
    "FACT_MODELS",
    "TABLE_MODELS",
    "Approx",
    "Article",
    "AwardCount",
    "Entity",
    "Event",
    "Fact",
    "ModelCount",
    "Official",
    "Outcome",
    "SegmentedArticle",
    "Sentence",
    "Token",
    "Unit",
    "column_types",
    "create_table_sql",
    "insert_columns",
]
