"""The command line, tested in-process: exit codes, error text, rows written."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.store import Store
from tests.conftest import CORPUS

runner = CliRunner()


def test_run_builds_the_bundled_store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["run"])
    assert result.exit_code == 0, result.output
    assert "Extracted per article" in result.output
    with Store(tmp_path / "thidua.duckdb", read_only=True) as store:
        counts = store.counts()
    assert counts["articles"] == len(list(CORPUS.glob("*.txt")) + list(CORPUS.glob("*.html")))
    assert all(counts[t] > 0 for t in ("events", "officials", "model_counts", "award_counts", "units", "outcomes"))


def test_ingest_reports_bad_files_and_goes_on(tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"\x00\x00binary")
    db = tmp_path / "x.duckdb"
    result = runner.invoke(app, ["ingest", str(CORPUS / "seed_002.txt"), str(bad), "--db", str(db)])
    assert result.exit_code == 1  # some input failed; the others were stored
    assert f"{bad}: binary content" in result.output
    assert "written 1, unchanged 0, failed 1" in result.output


def test_a_missing_input_path_is_a_usage_error_and_creates_nothing(tmp_path):
    result = runner.invoke(app, ["ingest", str(CORPUS / "seed_002.txt"), str(tmp_path / "nope.txt"),
                                 "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 2
    assert result.output.strip() == f"error {tmp_path / 'nope.txt'}: no such file or directory"
    assert list(tmp_path.iterdir()) == []


def test_query_formats(tmp_path):
    db = tmp_path / "q.duckdb"
    runner.invoke(app, ["ingest", str(CORPUS / "seed_001.txt"), "--db", str(db)])
    sql = "SELECT count, field FROM model_counts ORDER BY count DESC"
    as_json = runner.invoke(app, ["query", sql, "--db", str(db), "--format", "json"])
    assert json.loads(as_json.output)[0] == {"count": 839, "field": None}
    as_csv = runner.invoke(app, ["query", sql, "--db", str(db), "--format", "csv"])
    assert as_csv.output.splitlines()[:2] == ["count,field", "839,"]
    table = runner.invoke(app, ["query", sql, "--db", str(db)])
    assert "839" in table.output and table.exit_code == 0
    broken = runner.invoke(app, ["query", "SELECT nope FROM model_counts", "--db", str(db)])
    assert broken.exit_code == 1 and "query failed" in broken.output


def test_query_without_store(tmp_path):
    result = runner.invoke(app, ["query", "SELECT 1", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no such store" in result.output


def test_eval_on_bundled_gold(tmp_path):
    db = tmp_path / "e.duckdb"
    runner.invoke(app, ["ingest", str(CORPUS), "--db", str(db)])
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["eval", str(CORPUS / "gold"), "--db", str(db), "--errors", "--json", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    assert report["docs_stored"] == report["docs_gold"]
    assert report["micro"]["f1"] >= 0.85
    assert "micro" in result.output
