"""DuckDB DDL derived from the pydantic models, so the store and the records can never drift apart."""

from __future__ import annotations

import types
import typing
from datetime import date, datetime

from pydantic import BaseModel

from schemas.records import FACT_MODELS, Article

TABLE_MODELS: dict[str, type[BaseModel]] = {Article.table: Article} | {m.table: m for m in FACT_MODELS}

_SQL_TYPES = {str: "VARCHAR", int: "INTEGER", float: "DOUBLE", date: "DATE", datetime: "TIMESTAMP", bool: "BOOLEAN"}


def _sql_type(annotation) -> str:
    """Map a field annotation (`int | None`, `Literal[...]`, ...) to a DuckDB column type."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _sql_type(inner[0])
    if origin is typing.Literal:
        return "VARCHAR"
    return _SQL_TYPES[annotation]


def insert_columns(model: type[BaseModel]) -> list[str]:
    """Column order used for both CREATE TABLE and INSERT."""
    return list(model.model_fields)


def column_types(model: type[BaseModel]) -> dict[str, str]:
    """Column name -> DuckDB type, in insert order."""
    return {name: _sql_type(info.annotation) for name, info in model.model_fields.items()}


def create_table_sql(model: type[BaseModel], primary_key: bool = True) -> str:
    """CREATE TABLE IF NOT EXISTS statement for one model; `article_id`/`fact_id` become primary keys unless
    `primary_key` is false (the store keeps fact ids unique itself: an index over millions of facts would cost
    memory and checkpoint time growing with the store)."""
    table = model.table  # type: ignore[attr-defined]
    key = "article_id" if table == "articles" else "fact_id"
    cols = []
    for name, info in model.model_fields.items():
        primary = " PRIMARY KEY" if name == key and primary_key else ""
        cols.append(f"{name} {_sql_type(info.annotation)}{primary}")
    return f"CREATE TABLE IF NOT EXISTS {table} (\n  " + ",\n  ".join(cols) + "\n)"
