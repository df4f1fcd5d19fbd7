"""thidua from Python: extract facts from one article, open a store with its views, read a table into pandas.

    import thidua
    result = thidua.extract(html_or_text, published="2024-05-17")
    result.facts["model_counts"]              # pydantic records (schemas.records.ModelCount)
    con = thidua.connect("thidua.duckdb")     # DuckDB connection with the views (model_totals, facts, ...)
    df = thidua.table("thidua.duckdb", "model_totals")

A facade over `pipeline` (which stays the implementation): researchers get one import, DataFrames and records
instead of the tuples the store works with internally.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from pipeline import __version__
from pipeline.ingest import RawDocument
from pipeline.orchestrate import DEFAULT, Options, process_document
from pipeline.store import ArticleFacts, Store
from pipeline.views import VIEWS, create_views

if TYPE_CHECKING:
    import pandas

__all__ = ["ArticleFacts", "__version__", "connect", "extract", "tables", "table"]

_HTML = re.compile(r"<\s*(?:html|body|p|div|article|h1|br)\b", re.IGNORECASE)


def extract(text_or_html: str, published: str | date | None = None, *, title: str | None = None,
            url: str | None = None, outlet: str | None = None, source: str = "<string>",
            ner: bool = False) -> ArticleFacts:
    """Run the pipeline (clean -> segment -> extract) on one article given as a string.

    HTML is recognised by its tags and cleaned with trafilatura like a crawled page; anything else is read as the
    article's plain text. `published` ("2024-05-17", "2024-05" or a date) supplies the year of dates written without
    one. Returns the `Article` (`.article`) and its facts by table (`.facts["model_counts"]`, ...), the same
    records `thidua ingest` stores. Raises ValueError with the reason when no article can be read from the input.
    """
    kind = "html" if _HTML.search(text_or_html) else "text"
    meta = {key: value for key, value in (("published", published.isoformat() if isinstance(published, date)
                                                          else published),
                                          ("title", title), ("url", url), ("outlet", outlet)) if value}
    sha = hashlib.sha256(text_or_html.encode("utf-8")).hexdigest()
    processed = process_document(RawDocument(source, kind, text_or_html, meta, sha),
                                 Options(ner=ner) if ner else DEFAULT)
    if processed.error:
        raise ValueError(str(processed.error))
    return processed.result


def connect(path: str | Path, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection to a store with every view of `pipeline.views` (model_totals, facts, dvk_*, ...).

    Read-only by default, so notebooks can stay open while `thidua ingest` is not running; the views are then
    session-only (TEMP). `read_only=False` opens for writing (one process at a time) and (re)creates the tables'
    views in the file."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such store (run `thidua ingest` first)")
    if not read_only:
        store = Store(path)  # creates missing tables, columns and the views
        return store.con
    con = duckdb.connect(str(path), read_only=True)
    create_views(con, temporary=True)
    return con


def tables(path: str | Path) -> list[str]:
    """Names of the store's tables and views (what `table` accepts)."""
    with connect(path) as con:
        rows = con.execute("SELECT DISTINCT table_name FROM information_schema.tables ORDER BY 1").fetchall()
    return [row[0] for row in rows]


def table(path: str | Path, name: str, where: str | None = None) -> pandas.DataFrame:
    """A table or view of the store as a pandas DataFrame (optionally filtered by a SQL `where` condition).

    Codes stay strings ("02020" is not 2020), dates are datetime64 and integer columns with nulls keep pandas
    nullable integer types rather than turning into floats."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise ValueError(f"{name!r} is not a table or view name")
    with connect(path) as con:
        known = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if name not in known:
            raise ValueError(f"{name!r} is not a table or view of {path} (known: {', '.join(sorted(known))})")
        sql = f'SELECT * FROM "{name}"' + (f" WHERE {where}" if where else "")
        return con.execute(sql).df()


VIEW_NAMES = tuple(VIEWS)
