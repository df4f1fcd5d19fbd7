"""The codebook: every column of every table and view is described, in the records, in DuckDB and in
docs/codebook.md, and the committed file is what `thidua codebook` generates now."""

from __future__ import annotations

import json
import typing

from typer.testing import CliRunner

from pipeline import codebook
from pipeline.cli import app
from pipeline.store import Store
from schemas import TABLE_MODELS
from schemas.codes import MEANINGS
from tests.conftest import ROOT


def test_every_record_column_is_described():
    missing = [f"{table}.{name}" for table, model in TABLE_MODELS.items()
               for name, info in model.model_fields.items() if not (info.description or "").strip()]
    assert not missing, f"columns without Field(description=...): {missing}"


def test_every_code_has_a_meaning():
    for literal, meanings in MEANINGS.items():
        codes = set(typing.get_args(literal))
        assert set(meanings) == codes, (sorted(codes - set(meanings)), sorted(set(meanings) - codes))
        assert all(text.strip() for text in meanings.values())
    book = codebook.fresh_codebook()
    coded = [(e["name"], c["name"], code) for e in book["tables"] for c in e["columns"]
             for code, text in c["values"].items() if not text]
    assert not coded, f"codes without a meaning in schemas/codes.py: {coded}"


def test_every_table_view_and_column_of_a_store_carries_a_comment(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        tables = store.con.execute("SELECT table_name, comment FROM duckdb_tables() WHERE NOT internal UNION ALL "
                                   "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall()
        columns = store.con.execute("SELECT table_name, column_name, comment FROM duckdb_columns() "
                                    "WHERE NOT internal").fetchall()
    assert {"articles", "model_counts", "ingest_errors", "model_totals", "facts"} <= {t for t, _ in tables}
    assert [t for t, comment in tables if not comment] == []
    assert [f"{t}.{c}" for t, c, comment in columns if not comment] == []
    comment = {(t, c): text for t, c, text in columns}
    assert comment[("units", "code")].startswith("Official code before the 2025 reorganisation")
    assert "cong_nhan = công nhận: recognised by a committee" in comment[("model_counts", "action")]


def test_comments_survive_reopening(tmp_path):
    db = tmp_path / "c.duckdb"
    Store(db).close()
    with Store(db) as store:
        assert store.con.execute("SELECT count(*) FROM duckdb_columns() WHERE NOT internal AND comment IS NULL"
                                 ).fetchall() == [(0,)]


def test_docs_codebook_is_current():
    committed = (ROOT / "docs" / "codebook.md").read_text(encoding="utf-8")
    assert committed == codebook.markdown(codebook.fresh_codebook()), \
        "docs/codebook.md is stale: run `thidua codebook`"


def test_codebook_command_writes_markdown_and_json(tmp_path):
    out, js = tmp_path / "book.md", tmp_path / "book.json"
    result = CliRunner().invoke(app, ["codebook", "--out", str(out), "--json", str(js)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# Codebook")

    book = json.loads(js.read_text(encoding="utf-8"))
    names = [e["name"] for e in book["tables"]]
    assert names[:7] == ["articles", "events", "officials", "model_counts", "award_counts", "units", "outcomes"]
