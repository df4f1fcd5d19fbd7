"""`thidua export`: every table and view of a store as files for R, Stata, pandas or a spreadsheet.

One file per table and view (`DIR/model_counts.parquet`, ...) and `DIR/codebook.json` beside them, with each
column's type and meaning, so files travel without the project. Parquet, CSV and JSON lines are written by
DuckDB's `COPY`; Stata files by pandas (`to_stata(version=118)`: Unicode, long strings as strL).

Types are kept: codes are text (`02020` keeps its zero), integers stay integers, dates are dates. Money is
exact: outcomes' `value` is written as a decimal (no `5.08e10`) and `value_dong` carries money outcomes in
whole đồng as an integer.

`--where` is a condition on `articles` ("published >= '2024-01-01'", "movement_code = 'dan_van_kheo'"): every
table and view is then computed over those articles and their facts only; tables that belong to no article
(the ingest logs, runs) are written whole.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from pipeline import codebook
from pipeline.views import create_views

FORMATS = {"parquet": "parquet", "csv": "csv", "jsonl": "jsonl", "dta": "dta"}
COPY_OPTIONS = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true", "jsonl": "FORMAT json"}

# Columns changed on the way out (exact money); the codebook describes them as export columns.
EXPORT_SELECT = {
    "outcomes": "* REPLACE (CAST(value AS DECIMAL(24, 3)) AS value), "
                "CASE WHEN unit IN ('dong', 'dong_per_nguoi_nam') THEN CAST(round(value) AS BIGINT) END AS value_dong",
}
EXPORT_COLUMNS = {
    ("outcomes", "value_dong"): "Money outcomes (unit dong or dong_per_nguoi_nam) in whole đồng, as an integer; "
                                "null for other units.",
}


class ExportError(ValueError):
    """A bad export request (unknown format, a --where that is not a valid condition on articles)."""


def _filtered_source(store: Path, where: str | None) -> duckdb.DuckDBPyConnection:
    """An in-memory connection whose tables are views over the store, restricted to the articles `where`
    selects, with the store's views defined on top of them (nothing is copied)."""
    con = duckdb.connect()
    con.execute(f"ATTACH '{store}' AS src (READ_ONLY)")
    tables = [row[0] for row in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = 'src' AND schema_name = 'main' "
        "ORDER BY table_name").fetchall()]
    with_article = {row[0] for row in con.execute(
        "SELECT table_name FROM duckdb_columns() WHERE database_name = 'src' AND column_name = 'article_id'"
    ).fetchall()}
    condition = f"WHERE {where}" if where else ""
    try:
        con.execute(f"CREATE VIEW articles AS SELECT * FROM src.articles {condition}")
        con.execute("SELECT count(*) FROM articles").fetchall()
    except duckdb.Error as exc:
        raise ExportError(f"--where {where!r} is not a condition on articles: {str(exc).splitlines()[0]}") from exc
    for table in tables:
        if table == "articles":
            continue
        keep = " WHERE article_id IN (SELECT article_id FROM articles)" if where and table in with_article else ""
        con.execute(f'CREATE VIEW "{table}" AS SELECT * FROM src."{table}"{keep}')
    create_views(con)
    return con


def _stata(con: duckdb.DuckDBPyConnection, name: str, select: str, path: Path, labels: dict[str, str]) -> None:
    """One table as a Stata 118 file: long text as strL, booleans as bytes, variable labels from the codebook."""
    import pandas as pd

    frame = con.execute(f'SELECT {select} FROM "{name}"').df()
    for column in frame.columns:
        series = frame[column]
        if pd.api.types.is_bool_dtype(series) or str(series.dtype) == "boolean":
            frame[column] = series.astype("Int8")
        elif pd.api.types.is_object_dtype(series) and series.dropna().map(lambda v: isinstance(v, bool)).all():
            frame[column] = series.astype("boolean").astype("Int8")
        elif str(series.dtype).startswith("decimal") or (
                pd.api.types.is_object_dtype(series) and series.dropna().map(lambda v: hasattr(v, "as_tuple")).any()):
            frame[column] = series.astype("float64")
    strl = [c for c in frame.columns if pd.api.types.is_string_dtype(frame[c])
            and max(frame[c].dropna().map(lambda v: len(str(v).encode("utf-8"))), default=0) > 2045]
    frame.to_stata(path, version=118, write_index=False, convert_strl=strl,
                   variable_labels={c: labels[c][:80] for c in frame.columns if labels.get(c)})


def export(store: str | Path, out: str | Path, fmt: str, where: str | None = None) -> list[Path]:
    """Write every table and view of `store` to `out` in `fmt`, and codebook.json; returns the files written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (expected {', '.join(FORMATS)})")
    store, out = Path(store), Path(out)
    if not store.is_file():
        raise ExportError(f"{store}: no such store")
    out.mkdir(parents=True, exist_ok=True)
    con = _filtered_source(store, where)
    try:
        book = codebook.build(con)
        written = []
        for kind in ("tables", "views"):
            for entry in book[kind]:
                name = entry["name"]
                select = EXPORT_SELECT.get(name, "*")
                path = out / f"{name}.{FORMATS[fmt]}"
                if fmt == "dta":
                    labels = {c["name"]: c["description"] for c in entry["columns"]}
                    _stata(con, name, select, path, labels)
                else:
                    target = str(path).replace("'", "''")
                    con.execute(f"COPY (SELECT {select} FROM \"{name}\") TO '{target}' ({COPY_OPTIONS[fmt]})")
                written.append(path)
                entry["file"] = path.name
                entry["rows"] = con.execute(f'SELECT count(*) FROM "{name}"').fetchall()[0][0]
                if name in EXPORT_SELECT:  # the columns as written
                    types = {r[0]: r[1] for r in con.execute(f'DESCRIBE SELECT {select} FROM "{name}"').fetchall()}
                    known = {c["name"] for c in entry["columns"]}
                    for column in entry["columns"]:
                        column["type"] = types[column["name"]]
                    for column, sql_type in types.items():
                        if column not in known:
                            entry["columns"].append({"name": column, "type": sql_type, "values": {},
                                                     "description": EXPORT_COLUMNS[(name, column)]})
        book["format"], book["where"], book["store"] = fmt, where, str(store)
        (out / "codebook.json").write_text(json.dumps(book, ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(out / "codebook.json")
        return written
    finally:
        con.close()
