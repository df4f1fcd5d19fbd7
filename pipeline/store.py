"""The DuckDB store: one embedded file with the tables of SPEC.md, written idempotently.

An article's facts are always replaced as a whole, inside one transaction with the article row and its sources:
a rerun leaves one copy of everything, a changed article (same source, new text) replaces the old one unless
another source still has the old text, and a crash mid-batch leaves the previous state of the articles being
written, never half of them. `article_sources` records every input an article was read from (one row per source
key, see `pipeline.identity`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pipeline import check, inputfiles, runlog, storefile
from pipeline.views import create_views
from schemas import FACT_MODELS, TABLE_MODELS, Article, Fact, column_types, create_table_sql, insert_columns

FACT_TABLES = tuple(m.table for m in FACT_MODELS)
# Inputs stored with something not understood (an unreadable date, not Vietnamese) or files skipped in a folder.
WARNINGS_SQL = """CREATE TABLE IF NOT EXISTS ingest_warnings (
  source VARCHAR,
  reason VARCHAR,
  pipeline_version VARCHAR,
  logged_at TIMESTAMP,
  PRIMARY KEY (source, reason)
)"""
ERRORS_SQL = """CREATE TABLE IF NOT EXISTS ingest_errors (
  source VARCHAR PRIMARY KEY,
  reason VARCHAR,
  pipeline_version VARCHAR,
  logged_at TIMESTAMP
)"""
# No primary key: keys are unique by construction (rows of a key are deleted before it is written again), and
# an index over every source would cost memory and checkpoint time growing with the store.
SOURCES_SQL = """CREATE TABLE IF NOT EXISTS article_sources (
  source_key VARCHAR NOT NULL,
  article_id VARCHAR NOT NULL,
  source VARCHAR,
  content_sha256 VARCHAR,
  first_seen TIMESTAMP,
  last_seen TIMESTAMP
)"""


@dataclass
class ArticleFacts:
    """An article and all the facts extracted from it: the unit the store writes atomically."""

    article: Article
    facts: dict[str, list[Fact]] = field(default_factory=dict)


@dataclass(frozen=True)
class SourceRow:
    """One input of an article: its source key (URL or resolved path), how it was given, its content hash."""

    source_key: str
    article_id: str
    source: str
    content_sha256: str


@dataclass(frozen=True)
class StoredArticle:
    """What the writer needs to know of a stored article: its row (without text) and its source keys."""

    row: dict
    source_keys: tuple[str, ...]


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
        self.con = storefile.connect(self.path, read_only=read_only)
        if not read_only:
            tables = self._tables()
            for model in TABLE_MODELS.values():
                self.con.execute(create_table_sql(model, primary_key=model is Article))
                self._add_new_columns(model)
            self._drop_fact_keys()
            self.con.execute(ERRORS_SQL)
            self.con.execute(WARNINGS_SQL)
            self.con.execute(SOURCES_SQL)
            runlog.create_tables(self.con)
            inputfiles.create_table(self.con)
            check.record_schema_version(self.con)
            if "article_sources" not in tables:
                self._record_legacy_sources()
        # views: stored in the file when writing; session-only (TEMP) on a read-only connection
        create_views(self.con, temporary=read_only)
        if not read_only:
            from pipeline.codebook import apply_comments

            apply_comments(self.con)  # the codebook's descriptions as COMMENT ON, readable in any SQL client

    def _add_new_columns(self, model) -> None:
        """Columns added to a record type since the store was made (nullable, filled on reprocess)."""
        present = {row[0] for row in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [model.table]).fetchall()}
        for name, sql_type in column_types(model).items():
            if name not in present:
                self.con.execute(f"ALTER TABLE {model.table} ADD COLUMN {name} {sql_type}")

    def _tables(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}

    def _drop_fact_keys(self) -> None:
        """Stores made before fact tables lost their primary keys are rebuilt once without them: the index over
        every fact id grew memory and checkpoint time with the store (fact ids stay unique by construction)."""
        keyed = {r[0] for r in self.con.execute(
            "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'").fetchall()}
        for table in set(FACT_TABLES) & keyed:
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute(f"CREATE TABLE {table}__rebuilt AS SELECT * FROM {table}")
            self.con.execute(f"DROP TABLE {table}")
            self.con.execute(f"ALTER TABLE {table}__rebuilt RENAME TO {table}")
            self.con.execute("COMMIT")

    def _record_legacy_sources(self) -> None:
        """A store made before `article_sources` existed: each article's own source becomes its source row (its
        content hash is left empty, so the next ingest of that input re-reads it once)."""
        from pipeline.identity import source_key

        rows = self.con.execute("SELECT article_id, source, url, ingested_at FROM articles").fetchall()
        if rows:
            self.con.executemany("INSERT INTO article_sources VALUES (?, ?, ?, NULL, ?, ?)",
                                 [[source_key(source, url), article_id, source, at, at]
                                  for article_id, source, url, at in rows])

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- reading --------------------------------------------------------------------------------------------
    def _where_in(self, table: str, column: str, values: list, columns: str) -> list[tuple]:
        """`columns` of the rows of `table` whose `column` is one of `values`.

        Matched on that one column, then fetched by rowid: a join on the values would read every selected column
        of every row, so time and memory would grow with the store; this way they follow the batch."""
        if not values:
            return []
        rowids = [r[0] for r in self.con.execute(
            f"SELECT rowid FROM {table} WHERE {column} IN (SELECT unnest(?))", [list(values)]).fetchall()]
        if not rowids:
            return []
        return self.con.execute(f"SELECT {columns} FROM {table} WHERE rowid IN (SELECT unnest(?))",
                                [rowids]).fetchall()

    def _versions(self, article_ids) -> dict[str, str]:
        return dict(self._where_in("articles", "article_id", sorted(set(article_ids)), "article_id, pipeline_version"))

    def known_sources(self, keys: list[str]) -> dict[str, tuple[str | None, str]]:
        """source key -> (content hash, pipeline version of its article) for the keys already stored."""
        rows = self._where_in("article_sources", "source_key", keys, "source_key, content_sha256, article_id")
        versions = self._versions(r[2] for r in rows)
        return {key: (sha, versions[article_id]) for key, sha, article_id in rows if article_id in versions}

    def known_contents(self, hashes: list[str]) -> dict[str, tuple[str, str]]:
        """content hash -> (article id, pipeline version) for contents already stored under some source."""
        rows = self._where_in("article_sources", "content_sha256", hashes, "content_sha256, article_id")
        versions = self._versions(r[1] for r in rows)
        return {sha: (article_id, versions[article_id]) for sha, article_id in rows if article_id in versions}

    def source_articles(self, keys: list[str]) -> dict[str, tuple[str, str | None]]:
        """source key -> (the article id it currently points at, its content hash)."""
        rows = self._where_in("article_sources", "source_key", keys, "source_key, article_id, content_sha256")
        return {key: (article_id, sha) for key, article_id, sha in rows}

    def article_states(self, article_ids: list[str]) -> dict[str, StoredArticle]:
        """The stored row (text excluded) and source keys of each of `article_ids` that is stored."""
        columns = [c for c in insert_columns(Article) if c != "text"]
        rows = {values[0]: dict(zip(columns, values))
                for values in self._where_in("articles", "article_id", article_ids, ", ".join(columns))}
        keys: dict[str, list[tuple]] = {}
        for article_id, first_seen, key in self._where_in("article_sources", "article_id", list(rows),
                                                          "article_id, first_seen, source_key"):
            keys.setdefault(article_id, []).append((first_seen, key))
        return {article_id: StoredArticle(row, tuple(k for _, k in sorted(keys.get(article_id, []))))
                for article_id, row in rows.items()}

    def article_ids_needing(self, pipeline_version: str, everything: bool = False) -> list[str]:
        """Ids of stored articles extracted by another pipeline version (or all of them), for re-extraction."""
        sql = "SELECT article_id FROM articles" + ("" if everything else " WHERE pipeline_version IS DISTINCT FROM ?")
        return [r[0] for r in self.con.execute(sql, [] if everything else [pipeline_version]).fetchall()]

    def articles_by_id(self, article_ids: list[str]) -> list[dict]:
        """Stored article rows (text included), in the order of `article_ids`."""
        columns = insert_columns(Article)
        rows = {row[0]: dict(zip(columns, row))
                for row in self._where_in("articles", "article_id", article_ids, ", ".join(columns))}
        return [rows[i] for i in article_ids if i in rows]

    def counts(self) -> dict[str, int]:
        tables = ("articles",) + FACT_TABLES + ("article_sources", "ingest_errors", "ingest_warnings")
        present = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables if t in present}

    def query(self, sql: str) -> tuple[list[str], list[tuple]]:
        cursor = self.con.execute(sql)
        columns = [c[0] for c in cursor.description] if cursor.description else []
        return columns, cursor.fetchall() if columns else []

    # --- writing --------------------------------------------------------------------------------------------
    def write(self, articles: Iterable[ArticleFacts], sources: Iterable[SourceRow] = (),
              run_id: int | None = None, files: list[inputfiles.FileRecord] = ()) -> WriteResult:
        """Replace the given articles and their facts, record their sources, in one transaction; say what changed.

        A source that now points at another article (its text changed) leaves its old article, which is removed
        once no source points at it. Rewritten articles' old rows are compared with the new ones (a fact keeps
        its id while its article, table, span and key values stay), deleted, and the new rows inserted
        column-wise through Arrow (one scan: far faster than row-by-row inserts). With a
        `run_id`, every change is logged in `changes` in the same transaction, and `files` are the input files
        whose fingerprints to record (`pipeline.inputfiles`)."""
        items = list({item.article.article_id: item for item in articles}.values())
        rows = list({row.source_key: row for row in sources}.values())
        if not items and not rows and not files:
            return WriteResult()
        ids = [item.article.article_id for item in items]
        now = datetime.now()
        self.con.execute("BEGIN TRANSACTION")
        try:
            previous = self._replace_sources(rows, now)
            moved = {old for key, (old, _) in previous.items()} - {row.article_id for row in rows}
            still = {r[0] for r in self._where_in("article_sources", "article_id", sorted(moved), "article_id")}
            orphans = moved - still - set(ids)
            stored = {r[0] for r in self._where_in("articles", "article_id", ids, "article_id")}
            doomed = sorted(stored | orphans)
            old = self._delete_articles(doomed) if doomed else {}
            if rows:
                self.con.execute("DELETE FROM ingest_errors WHERE source IN (SELECT unnest(?))",
                                 [[row.source for row in rows]])
                self.con.execute("DELETE FROM ingest_warnings WHERE source IN (SELECT unnest(?))",
                                 [[row.source for row in rows]])
            new = {Article.table: {item.article.article_id: item.article for item in items}}
            self._insert(Article, list(new[Article.table].values()))
            for model in FACT_MODELS:
                new[model.table] = {row.fact_id: row for item in items for row in item.facts.get(model.table, [])}
                self._insert(model, list(new[model.table].values()))
            changes = _diff(old, new)
            if run_id is not None and changes:
                self._log_changes(run_id, changes)
            inputfiles.write_records(self.con, list(files), now)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return WriteResult(len(items), changes)

    def _log_changes(self, run_id: int, changes: list[Change]) -> None:
        values = [[run_id] * len(changes), [c.table for c in changes], [c.fact_id for c in changes],
                  [c.article_id for c in changes], [c.change for c in changes]]
        self._insert_columns("changes", ["run_id", "table_name", "fact_id", "article_id", "change"], values)

    def _replace_sources(self, rows: list[SourceRow], now: datetime) -> dict[str, tuple[str, datetime]]:
        """Write source rows (keeping when each key was first seen); returns key -> (old article id, first seen)
        for the keys that were already stored."""
        if not rows:
            return {}
        keys = [row.source_key for row in rows]
        found = self._where_in("article_sources", "source_key", keys, "rowid, source_key, article_id, first_seen")
        previous = {key: (article_id, first) for _, key, article_id, first in found}
        if found:
            self.con.execute("DELETE FROM article_sources WHERE rowid IN (SELECT unnest(?))", [[r[0] for r in found]])
        columns = ["source_key", "article_id", "source", "content_sha256", "first_seen", "last_seen"]
        values = [keys, [r.article_id for r in rows], [r.source for r in rows], [r.content_sha256 for r in rows],
                  [previous.get(r.source_key, (None, now))[1] for r in rows], [now] * len(rows)]
        self._insert_columns("article_sources", columns, values)
        return previous

    def _delete_articles(self, article_ids: list[str]) -> dict[str, dict[str, tuple]]:
        """Delete some articles and their facts; returns their rows, table -> key -> (article_id, values...), to
        compare with the rows that replace them. Rows are found by article id alone, then read and deleted by
        rowid (see `_where_in`)."""
        old = {}
        for model in (Article, *FACT_MODELS):
            key = "article_id" if model is Article else "fact_id"
            columns = ", ".join(["rowid", key, "article_id", *_compared_columns(model)])
            rows = self._where_in(model.table, "article_id", article_ids, columns)
            if rows:
                self.con.execute(f"DELETE FROM {model.table} WHERE rowid IN (SELECT unnest(?))",
                                 [[r[0] for r in rows]])
            old[model.table] = {r[1]: r[2:] for r in rows}
        return old

    def _insert(self, model, records: list) -> None:
        if records:
            columns = insert_columns(model)
            self._insert_columns(model.table, columns, [[getattr(r, c) for r in records] for c in columns])

    def _insert_columns(self, table: str, columns: list[str], values: list[list]) -> None:
        """Insert rows given column by column, through an Arrow table (one scan, no per-row binding)."""
        import pyarrow as pa

        self.con.register("_new_rows", pa.table(dict(zip(columns, values))))
        try:
            names = ", ".join(columns)
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _new_rows")
        finally:
            self.con.unregister("_new_rows")

    def log_errors(self, errors: Iterable, pipeline_version: str) -> None:
        """Remember inputs that failed (file + reason) without touching anything already stored."""
        rows = [[e.source, e.reason, pipeline_version, datetime.now()] for e in errors]
        if rows:
            self.con.executemany(
                "INSERT OR REPLACE INTO ingest_errors (source, reason, pipeline_version, logged_at) VALUES (?, ?, ?, ?)",
                rows)

    def log_warnings(self, warnings: Iterable, pipeline_version: str) -> None:
        """Remember what was stored with a warning, or skipped, once per source and reason."""
        rows = [[w.source, w.reason, pipeline_version, datetime.now()] for w in warnings]
        if rows:
            self.con.executemany(
                "INSERT OR REPLACE INTO ingest_warnings (source, reason, pipeline_version, logged_at) "
                "VALUES (?, ?, ?, ?)", rows)


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
