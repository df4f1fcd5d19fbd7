"""`thidua export`: every table and view round-trips through DuckDB and pandas with its rows and types."""

from __future__ import annotations

import json
from datetime import datetime

import duckdb
import pytest
from typer.testing import CliRunner

import thidua
from pipeline.cli import app
from pipeline.export import EXPORT_SELECT
from pipeline.store import ArticleFacts, Store
from pipeline.views import VIEWS
from schemas import Article, Unit
from tests.conftest import CORPUS

pd = pytest.importorskip("pandas")
runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("export") / "corpus.duckdb"
    assert runner.invoke(app, ["ingest", str(CORPUS), "--db", str(db)]).exit_code == 0
    return db


def source_types(db, name: str) -> list[tuple[str, str]]:
    """Column names and DuckDB types of a table or view as the export writes it."""
    con = thidua.connect(db)
    try:
        return [(r[0], r[1]) for r in con.execute(
            f'DESCRIBE SELECT {EXPORT_SELECT.get(name, "*")} FROM "{name}"').fetchall()]
    finally:
        con.close()


def source_rows(db, name: str) -> int:
    con = thidua.connect(db)
    try:
        return con.execute(f'SELECT count(*) FROM "{name}"').fetchall()[0][0]
    finally:
        con.close()


def export(store, tmp_path, fmt, *extra):
    out = tmp_path / fmt
    result = runner.invoke(app, ["export", "--format", fmt, "--out", str(out), "--db", str(store), *extra])
    assert result.exit_code == 0, result.output
    return out, json.loads((out / "codebook.json").read_text(encoding="utf-8"))


def reader(fmt: str, path, types: list[tuple[str, str]]) -> str:
    """DuckDB SQL reading an exported file back, declaring the codebook's types where the format has none."""
    if fmt == "parquet":
        return f"read_parquet('{path}')"
    columns = "{" + ", ".join(f"'{c}': '{t}'" for c, t in types) + "}"
    if fmt == "csv":
        return f"read_csv('{path}', header = true, columns = {columns})"
    return f"read_json('{path}', format = 'newline_delimited', columns = {columns})"


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_every_table_and_view_round_trips_through_duckdb(store, tmp_path, fmt):
    out, book = export(store, tmp_path, fmt)
    names = [e["name"] for e in book["tables"] + book["views"]]
    assert set(VIEWS) | {"articles", "model_counts", "units", "outcomes"} <= set(names)
    assert sorted(p.name for p in out.iterdir()) == sorted([f"{n}.{fmt}" for n in names] + ["codebook.json"])
    con = thidua.connect(store)
    try:
        for entry in book["tables"] + book["views"]:
            name = entry["name"]
            types = [(c["name"], c["type"]) for c in entry["columns"]]
            assert types == source_types(store, name), name  # the codebook lists the columns as written
            back = reader(fmt, out / entry["file"], types)
            assert [(r[0], r[1]) for r in duckdb.sql(f"DESCRIBE SELECT * FROM {back}").fetchall()] == types, name
            rows = duckdb.sql(f"SELECT * FROM {back}").fetchall()
            assert len(rows) == entry["rows"] == source_rows(store, name), name
            original = con.execute(f'SELECT {EXPORT_SELECT.get(name, "*")} FROM "{name}"').fetchall()
            assert sorted(map(repr, rows)) == sorted(map(repr, original)), name  # identical values
    finally:
        con.close()


def test_pandas_reads_the_files_with_the_types_of_thidua_table(store, tmp_path):
    out, book = export(store, tmp_path, "parquet")
    for entry in book["tables"] + book["views"]:
        frame = pd.read_parquet(out / entry["file"], dtype_backend="numpy_nullable")
        expected = thidua.table(store, entry["name"])
        assert len(frame) == len(expected), entry["name"]
        for column in expected.columns:
            if entry["name"] == "outcomes" and column == "value":
                continue  # exported as an exact decimal, not a float
            got, want = frame[column].dtype.kind, expected[column].dtype.kind
            if want == "M":  # DATE: pyarrow gives datetime.date objects, DuckDB datetime64
                assert got in "MO" and all(hasattr(d, "year") for d in frame[column].dropna())
            else:
                assert got == want, (entry["name"], column, frame[column].dtype, expected[column].dtype)
    units = pd.read_parquet(out / "units.parquet", dtype_backend="numpy_nullable")
    assert units["code"].dropna().str.fullmatch(r"\d{2,5}").all()


def test_csv_keeps_codes_and_money_exact(store, tmp_path):
    out, book = export(store, tmp_path, "csv")
    text = (out / "outcomes.csv").read_text(encoding="utf-8")
    assert "e+" not in text.lower()
    outcomes = pd.read_csv(out / "outcomes.csv")
    money = outcomes[outcomes["unit"] == "dong"]
    assert len(money) > 0 and (money["value_dong"] == money["value"].round()).all()
    assert money["value_dong"].map(float.is_integer).all()


def test_codes_keep_their_leading_zeros(tmp_path):
    """A commune code such as 02020 (Hà Giang) is text in every format, read with the codebook's types."""
    db = tmp_path / "zero.duckdb"
    text = "Xã Lũng Cú tổ chức hội nghị tổng kết phong trào thi đua Dân vận khéo."
    article = Article(article_id="a1", source="x.txt", text=text, content_sha256="", pipeline_version="t",
                      ingested_at=datetime(2025, 1, 1))
    unit = Unit(article_id="a1", evidence=text, char_start=0, char_end=9, extractor="units.rules@2", level="xa",
                name="Lũng Cú", province="Hà Giang", code="02020", label="xã Lũng Cú").with_id()
    with Store(db) as opened:
        opened.write([ArticleFacts(article, {"units": [unit]})])
    for fmt in ("csv", "jsonl", "parquet", "dta"):
        out, book = export(db, tmp_path, fmt)
        types = {c["name"]: c["type"] for e in book["tables"] if e["name"] == "units" for c in e["columns"]}
        if fmt == "csv":
            frame = pd.read_csv(out / "units.csv", dtype={c: str for c, t in types.items() if t == "VARCHAR"})
        elif fmt == "jsonl":
            frame = pd.read_json(out / "units.jsonl", lines=True, dtype={c: str for c, t in types.items()
                                                                          if t == "VARCHAR"})
        elif fmt == "parquet":
            frame = pd.read_parquet(out / "units.parquet")
        else:
            frame = pd.read_stata(out / "units.dta")
        assert frame["code"].tolist() == ["02020"], fmt


def test_stata_files_round_trip_through_pandas(store, tmp_path):
    out, book = export(store, tmp_path, "dta")
    for entry in book["tables"] + book["views"]:
        frame = pd.read_stata(out / entry["file"])
        expected = thidua.table(store, entry["name"])
        assert len(frame) == len(expected) == entry["rows"], entry["name"]
        assert list(frame.columns) == [c["name"] for c in entry["columns"]], entry["name"]
        if entry in book["views"]:  # a grouped view has no row order: compare both read in one order
            keys = [c for c in expected.columns if not pd.api.types.is_bool_dtype(expected[c]) and (
                pd.api.types.is_string_dtype(expected[c]) or pd.api.types.is_numeric_dtype(expected[c]))]
            frame = frame.sort_values(keys, na_position="first").reset_index(drop=True)
            expected = expected.sort_values(keys, na_position="first").reset_index(drop=True)
        for column in expected.columns:
            got, want = frame[column], expected[column]
            if pd.api.types.is_integer_dtype(want) or pd.api.types.is_float_dtype(want):
                # outcomes.value is written as a decimal of 3 places (8,3 tỷ read as 8300000000.000001 is 8300000000)
                want = want.astype("float64")
                if (entry["name"], column) == ("outcomes", "value"):
                    want = want.round(3)
                assert got.astype("float64").fillna(-1).tolist() == want.fillna(-1).tolist(), (entry["name"], column)
            elif pd.api.types.is_string_dtype(want) and not pd.api.types.is_bool_dtype(want):
                assert got.fillna("").tolist() == want.fillna("").tolist(), (entry["name"], column)
    articles = pd.read_stata(out / "articles.dta")
    assert articles["text"].str.len().max() > 2045  # long text kept whole (strL)
    with pd.io.stata.StataReader(out / "model_counts.dta") as dta:
        labels = dta.variable_labels()
    assert labels["part_of"].startswith("fact_id of the count this one was stated as part of")


def test_where_restricts_every_table_to_the_chosen_articles(store, tmp_path):
    condition = "published >= '2024-10-01'"
    out, book = export(store, tmp_path, "parquet", "--where", condition)
    rows = {e["name"]: e["rows"] for e in book["tables"] + book["views"]}
    assert 0 < rows["articles"] < source_rows(store, "articles")
    assert rows["articles"] == len(thidua.table(store, "articles", where=condition))
    kept = set(pd.read_parquet(out / "articles.parquet")["article_id"])
    for name in ("model_counts", "units", "facts", "model_totals", "dvk_events"):
        assert set(pd.read_parquet(out / f"{name}.parquet")["article_id"]) <= kept, name
    assert rows["units"] == len(thidua.table(store, "units", where=f"article_id IN (SELECT article_id FROM articles "
                                                                      f"WHERE {condition})"))
    assert book["where"] == condition


def test_bad_requests_fail_clearly(store, tmp_path):
    result = runner.invoke(app, ["export", "--format", "csv", "--out", str(tmp_path / "x"), "--db", str(store),
                                 "--where", "no_such_column = 1"])
    assert result.exit_code == 2 and "not a condition on articles" in result.output
    result = runner.invoke(app, ["export", "--format", "csv", "--out", str(tmp_path / "x"),
                                 "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no such store" in result.output
