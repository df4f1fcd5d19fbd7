"""A command line that fits: version, quiet and verbose, SQL from files and stdin, results that fit the terminal,
a progress bar that counts every input."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pipeline import __version__
from pipeline.cli import app
from pipeline.display import count_inputs, fitted_widths, layout
from tests.conftest import CORPUS

runner = CliRunner()
INPUTS = len(list(CORPUS.glob("*.txt")) + list(CORPUS.glob("*.html")))


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "c.duckdb"
    assert runner.invoke(app, ["ingest", str(CORPUS), "--db", str(path)]).exit_code == 0
    return path


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith(f"thidua {__version__} (pipeline {__version__}+")


def test_progress_counts_every_input_also_on_an_unchanged_rerun(tmp_path):
    store = tmp_path / "p.duckdb"
    first = runner.invoke(app, ["ingest", str(CORPUS), "--db", str(store)])
    assert f"{INPUTS}/{INPUTS}" in first.output and f"new {INPUTS}," in first.output
    again = runner.invoke(app, ["ingest", str(CORPUS), "--db", str(store)])
    assert f"{INPUTS}/{INPUTS}" in again.output and f"unchanged {INPUTS}," in again.output


def test_progress_total_counts_jsonl_records_and_bad_files(tmp_path):
    text = (CORPUS / "seed_002.txt").read_text(encoding="utf-8")
    lines = [json.dumps({"url": f"https://example.vn/{i}", "text": text + f"\nBài {i}."}, ensure_ascii=False)
             for i in range(3)]
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    (crawl / "batch.jsonl").write_text("\n".join(lines[:2]) + "\n\n" + lines[2] + "\n", encoding="utf-8")
    (crawl / "broken.html").write_bytes(b"\x00\x01binary")
    assert count_inputs([str(crawl)]) == 4
    result = runner.invoke(app, ["ingest", str(crawl), "--db", str(tmp_path / "j.duckdb")])
    assert "4/4" in result.output and "new 3," in result.output and "failed 1" in result.output


def test_quiet_shows_errors_only_and_verbose_logs_steps(tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"\x00\x00binary")
    quiet = runner.invoke(app, ["-q", "ingest", str(CORPUS / "seed_001.txt"), str(bad), "--db",
                                str(tmp_path / "q.duckdb")])
    assert quiet.exit_code == 1  # one input failed
    assert "binary" in quiet.output and "written" not in quiet.output and "ingest" not in quiet.output
    verbose = runner.invoke(app, ["-v", "ingest", str(CORPUS / "seed_001.txt"), "--db", str(tmp_path / "v.duckdb")])
    assert "articles written to" in verbose.output


def test_query_reads_sql_from_a_file_and_from_stdin(db, tmp_path):
    sql = "SELECT count(*) AS n FROM model_totals"
    (tmp_path / "q.sql").write_text(sql, encoding="utf-8")
    from_file = runner.invoke(app, ["query", "--file", str(tmp_path / "q.sql"), "--db", str(db), "--format", "csv"])
    from_stdin = runner.invoke(app, ["query", "--db", str(db), "--format", "csv"], input=sql)
    dash = runner.invoke(app, ["query", "-", "--db", str(db), "--format", "csv"], input=sql)
    assert from_file.output == from_stdin.output == dash.output
    assert from_file.output.splitlines()[0] == "n" and int(from_file.output.splitlines()[1]) > 0
    missing = runner.invoke(app, ["query", "--file", str(tmp_path / "none.sql"), "--db", str(db)])
    assert missing.exit_code == 2 and "no such SQL file" in missing.output


def test_wide_results_fit_the_terminal(db):
    few = runner.invoke(app, ["query", "SELECT * FROM articles LIMIT 2", "--db", str(db)], terminal_width=80)
    assert few.exit_code == 0
    assert "row 1" in few.output and "row 2" in few.output  # one field a line
    assert any(line.startswith("article_id ") for line in few.output.splitlines())
    many = runner.invoke(app, ["query", "SELECT fact_id, count, kind, action, unit, evidence FROM model_counts "
                                        "UNION ALL SELECT fact_id, count, kind, action, unit, evidence "
                                        "FROM model_counts", "--db", str(db)], terminal_width=80)
    lines = many.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    rows = int(runner.invoke(app, ["query", "SELECT count(*) FROM model_counts", "--db", str(db), "--format",
                                   "csv"]).output.splitlines()[1])
    assert sum(1 for line in lines if line.startswith("│")) == 2 * rows
    assert "…" in many.output


def test_layout_rules():
    assert layout(["a", "b"], [(1, 2)], 80) == "table"
    assert layout(["a"], [("x" * 200,)], 80) == "records"
    assert layout(["a", "b"], [("x" * 200, 1)] * 30, 80) == "truncated"
    assert layout([f"c{i}" for i in range(12)], [("x" * 20,) * 12] * 30, 80) == "records"
    assert fitted_widths([5, 50, 100], 60) == [5, 27, 27]
    assert fitted_widths([5, 10], 60) == [5, 10]


def test_reprocess_bar_knows_its_total_before_the_first_article(tmp_path, monkeypatch):
    """The bar of a long reprocess shows how far it has come from the start, not only at the end."""
    from pipeline import cli

    store = tmp_path / "r.duckdb"
    assert runner.invoke(app, ["ingest", str(CORPUS), "--db", str(store)]).exit_code == 0
    totals: list[int | None] = []
    real = cli._run_with_progress
    monkeypatch.setattr(cli, "_run_with_progress", lambda label, total, work: totals.append(total) or
                        real(label, total, work))
    result = runner.invoke(app, ["reprocess", "--all", "--db", str(store)])
    articles = len(list(CORPUS.glob("*.txt")) + list(CORPUS.glob("*.html")))
    assert result.exit_code == 0 and totals == [articles] and f"{articles}/{articles}" in result.output
    assert runner.invoke(app, ["reprocess", "--db", str(store)]).exit_code == 0 and totals[-1] == 0
