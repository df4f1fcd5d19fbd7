"""A generated hostile crawl through `thidua ingest`: no traceback, every bad input reported once, the good
articles' facts identical to a run without the bad inputs, odd encodings giving the same articles, and
`thidua check` clean (the autouse fixture of conftest checks both stores)."""

from __future__ import annotations

import shutil

import duckdb
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.store import FACT_TABLES
from tests import hostile_corpus
from tests.conftest import CORPUS

runner = CliRunner()


def _facts(db) -> dict[str, set[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {table: set(con.execute(f"SELECT * FROM {table}").fetchall()) for table in FACT_TABLES}


def _lines(output: str, word: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(f"{word} ")]


def test_hostile_crawl(tmp_path):
    good = tmp_path / "good"
    good.mkdir()
    for path in sorted(CORPUS.glob("*.*")):
        shutil.copy(path, good / path.name)
    expected = hostile_corpus.make(tmp_path / "hostile", good)
    kinds = len(expected["errors"]) + len(expected["warnings"]) + len(expected["stored"])
    assert kinds >= 40

    clean_db, hostile_db = tmp_path / "clean.duckdb", tmp_path / "hostile.duckdb"
    alone = runner.invoke(app, ["ingest", str(good), "--db", str(clean_db)])
    assert alone.exit_code == 0, alone.output
    result = runner.invoke(app, ["ingest", str(good), str(tmp_path / "hostile"), "--db", str(hostile_db),
                                 "--max-input-mb", str(hostile_corpus.MAX_INPUT_MB)])
    output = result.output
    assert result.exit_code == 1, output
    assert "Traceback" not in output and result.exception is None or isinstance(result.exception, SystemExit)

    errors, warnings = _lines(output, "error"), _lines(output, "warning")
    for source, reason in expected["errors"].items():
        mine = [line for line in errors if line.startswith(f"error {source}: ")]
        assert len(mine) == 1, (source, mine)
        assert reason in mine[0], (source, mine[0])
    for source, reason in expected["warnings"].items():
        mine = [line for line in warnings if line.startswith(f"warning {source}: ")]
        assert len(mine) == 1, (source, mine)
        assert reason in mine[0], (source, mine[0])
    assert len(errors) == len(expected["errors"]), set(errors) - {
        line for line in errors for s in expected["errors"] if line.startswith(f"error {s}: ")}
    assert len(warnings) == len(expected["warnings"])
    assert f"failed {len(expected['errors'])}, warnings {len(expected['warnings'])}" in output

    with duckdb.connect(str(hostile_db), read_only=True) as con:
        logged = dict(con.execute("SELECT source, reason FROM ingest_errors").fetchall())
        assert set(logged) == set(expected["errors"])
        assert all("\n" not in reason for reason in logged.values())
        assert {s for (s,) in con.execute("SELECT source FROM ingest_warnings").fetchall()} == \
            set(expected["warnings"])
        sources = dict(con.execute("SELECT source, article_id FROM article_sources").fetchall())
        texts = [t for (t,) in con.execute("SELECT text FROM articles").fetchall()]
        langs = dict(con.execute("SELECT source, lang FROM articles WHERE lang <> 'vi'").fetchall())
    with duckdb.connect(str(clean_db), read_only=True) as con:
        good_ids = {a for (a,) in con.execute("SELECT article_id FROM articles").fetchall()}

    # odd encodings, names and NULs of good articles are stored as those very articles
    for source in expected["stored"]:
        assert source in sources, source
    copies = [s for s in expected["stored"] if s.endswith(".txt")]
    assert {sources[s] for s in copies} <= good_ids
    assert not any("\x00" in text for text in texts)
    assert set(langs.values()) == {"en", "zxx"}

    # the good articles' facts are exactly those of a run without the hostile inputs
    hostile_facts, clean_facts = _facts(hostile_db), _facts(clean_db)
    for table in FACT_TABLES:
        assert {row for row in hostile_facts[table] if row[1] in good_ids} == clean_facts[table], table
