"""The DuckDB store: one embedded file with the tables of SPEC.md, written idempotently.

An article's facts are always replaced as a whole, inside one transaction with the article row: a rerun leaves
one copy of everything, a changed article (same source, new text) replaces the old one, and a crash mid-batch
leaves the previous state of the articles being written, never half of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb

from schemas import FACT_MODELS, TABLE_MODELS, Article, Fact, column_types, create_table_sql, insert_columns

FACT_TABLES = tuple(m.table for m in FACT_MODELS)
ERRORS_SQL = """CREATE TABLE IF NOT EXISTS ingest_errors (
  source VARCHAR PRIMARY KEY,
  reason VARCHAR,
  pipeline_version VARCHAR,
  logged_at TIMESTAMP
)"""


@dataclass
class ArticleFacts:
    """An article and all the facts extracted from it: the unit the store writes atomically."""

    article: Article
    facts: dict[str, list[Fact]] = field(default_factory=dict)


@dataclass(frozen=True)
class Change:
    """One row that a write added, changed (same id, other values) or removed; `table` "articles" for articles."""

    table: str
    fact_id: str
    article_id: str
    change: str


@dataclass
class WriteResult:
    """What one write did: the number of articles written and every row-level change."""

    articles: int = 0
    changes: list[Change] = field(default_factory=list)

    def fact_counts(self) -> Counter:
        """added/changed/removed over the fact tables (articles excluded)."""
        return Counter(c.change for c in self.changes if c.table != "articles")


class Store:
    """A DuckDB file holding articles, facts and the log of inputs that failed."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        if not read_only:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            for model in TABLE_MODELS.values():
                self.con.execute(create_table_sql(model))
                self._add_new_columns(model)
            self.con.execute(ERRORS_SQL)

    def _add_new_columns(self, model) -> None:
        """Columns added to a record type since the store was made (nullable, filled on reprocess)."""
        present = {row[0] for row in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [model.table]).fetchall()}
        for name, sql_type in column_types(model).items():
            if name not in present:
                self.con.execute(f"ALTER TABLE {model.table} ADD COLUMN {name} {sql_type}")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- reading --------------------------------------------------------------------------------------------
    def stored_inputs(self) -> dict[str, tuple[str, str]]:
        """source -> (content_sha256, pipeline_version) of every stored article: what a rerun may skip."""
        rows = self.con.execute("SELECT source, content_sha256, pipeline_version FROM articles").fetchall()
        return {source: (sha, version) for source, sha, version in rows}

    def articles_needing(self, pipeline_version: str, everything: bool = False) -> list[dict]:
        """Stored articles extracted by another pipeline version (or all of them), for re-extraction."""
        sql = "SELECT * FROM articles" + ("" if everything else " WHERE pipeline_version IS DISTINCT FROM ?")
        cursor = self.con.execute(sql, [] if everything else [pipeline_version])
        columns = [c[0] for c in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]

    def counts(self) -> dict[str, int]:
        tables = ("articles",) + FACT_TABLES + ("ingest_errors",)
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def query(self, sql: str) -> tuple[list[str], list[tuple]]:
        cursor = self.con.execute(sql)
        columns = [c[0] for c in cursor.description] if cursor.description else []
        return columns, cursor.fetchall() if columns else []

    # --- writing --------------------------------------------------------------------------------------------
    def write(self, batch: Iterable[ArticleFacts]) -> WriteResult:
        """Replace the given articles and their facts in one transaction, and say what changed row by row.

        Old rows are found by article id or by source (a changed article keeps its source but gets a new id),
        compared with the new ones (a fact keeps its id while its article, table, span and key values stay),
        deleted, and the new rows inserted column-wise (`unnest` of one list per column: about 40 times faster
        than row-by-row inserts in DuckDB)."""
        latest = {item.article.source: item for item in batch}  # one version per source within a batch
        items = list({item.article.article_id: item for item in latest.values()}.values())
        if not items:
            return WriteResult()
        ids = [item.article.article_id for item in items]
        sources = [item.article.source for item in items]
        self.con.execute("BEGIN TRANSACTION")
        try:
            stale = [r[0] for r in self.con.execute(
                "SELECT article_id FROM articles WHERE list_contains(?, article_id) OR list_contains(?, source)",
                [ids, sources]).fetchall()]
            doomed = sorted(set(stale))
            old = self._rows_of(doomed) if doomed else {}
            for table in FACT_TABLES + ("articles",):
                if doomed:
                    self.con.execute(f"DELETE FROM {table} WHERE list_contains(?, article_id)", [doomed])
            self.con.execute("DELETE FROM ingest_errors WHERE list_contains(?, source)", [sources])
            new = {Article.table: {item.article.article_id: item.article for item in items}}
            self._insert(Article, list(new[Article.table].values()))
            for model in FACT_MODELS:
                new[model.table] = {row.fact_id: row for item in items for row in item.facts.get(model.table, [])}
                self._insert(model, list(new[model.table].values()))
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return WriteResult(len(items), _diff(old, new))

    def _rows_of(self, article_ids: list[str]) -> dict[str, dict[str, tuple]]:
        """table -> key -> (article_id, values...) of the stored rows of some articles (compared on rewrite)."""
        rows = {}
        for model in (Article, *FACT_MODELS):
            columns = _compared_columns(model)
            key = "article_id" if model is Article else "fact_id"
            cursor = self.con.execute(
                f"SELECT {key}, article_id, {', '.join(columns)} FROM {model.table} "
                "WHERE list_contains(?, article_id)", [article_ids])
            rows[model.table] = {r[0]: r[1:] for r in cursor.fetchall()}
        return rows

    def _insert(self, model, records: list) -> None:
        if not records:
            return
        columns = insert_columns(model)
        values = [[getattr(r, c) for r in records] for c in columns]
        select = ", ".join("unnest(?)" for _ in columns)
        self.con.execute(f"INSERT INTO {model.table} ({', '.join(columns)}) SELECT {select}", values)

    def log_errors(self, errors: Iterable, pipeline_version: str) -> None:
        """Remember inputs that failed (file + reason) without touching anything already stored."""
        rows = [[e.source, e.reason, pipeline_version, datetime.now()] for e in errors]
        if rows:
            self.con.executemany(
                "INSERT OR REPLACE INTO ingest_errors (source, reason, pipeline_version, logged_at) VALUES (?, ?, ?, ?)",
                rows)


def _compared_columns(model) -> list[str]:
    """Columns whose difference makes a row "changed" (the id is the key; the ingestion time always moves)."""
    return [c for c in insert_columns(model) if c not in ("fact_id", "ingested_at")]


def _diff(old: dict[str, dict[str, tuple]], new: dict[str, dict]) -> list[Change]:
    """Row changes between the stored rows of the rewritten articles and the rows that replaced them."""
    changes = []
    for table, records in new.items():
        model = TABLE_MODELS[table]
        columns = _compared_columns(model)
        before = old.get(table, {})
        for key, record in records.items():
            values = (record.article_id, *(getattr(record, c) for c in columns))
            if key not in before:
                changes.append(Change(table, key, record.article_id, "added"))
            elif before[key] != values:
                changes.append(Change(table, key, record.article_id, "changed"))
        changes += [Change(table, key, values[0], "removed") for key, values in before.items() if key not in records]
    return changes
