"""`thidua check` finds each kind of violation; a store in use or not a store is one line; Ctrl-C stops cleanly."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.store import Store
from tests.conftest import CORPUS, ROOT, check_stores

runner = CliRunner()


def _ingest(db, *paths):
    result = runner.invoke(app, ["ingest", *map(str, paths), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result


def test_check_passes_on_a_fresh_store(tmp_path):
    db = tmp_path / "ok.duckdb"
    _ingest(db, CORPUS)
    result = runner.invoke(app, ["check", "--db", str(db)])
    assert result.exit_code == 0
    assert result.output.startswith("checked 8 articles and ") and result.output.endswith("facts: no violations\n")


@pytest.mark.unchecked_store
def test_check_reports_every_kind_of_violation(tmp_path):
    db = tmp_path / "bad.duckdb"
    _ingest(db, CORPUS / "seed_001.txt")
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE model_counts SET count = count + 1 WHERE count = 839")
        con.execute("UPDATE units SET char_end = 1000000 WHERE fact_id = (SELECT min(fact_id) FROM units)")
        con.execute("UPDATE officials SET evidence = 'không có trong bài' WHERE fact_id = (SELECT min(fact_id) "
                    "FROM officials)")
        con.execute("INSERT INTO events SELECT * REPLACE ('orphan' AS article_id, 'x1' AS fact_id) FROM events")
        con.execute("INSERT INTO award_counts SELECT * REPLACE (fact_id || 'dup' AS fact_id) FROM award_counts "
                    "WHERE fact_id = (SELECT min(fact_id) FROM award_counts)")
        con.execute("UPDATE articles SET text = text || chr(0)")
        con.execute("CREATE OR REPLACE MACRO thidua_schema_version() AS '000000000000'")
    result = runner.invoke(app, ["check", "--db", str(db)])
    assert result.exit_code == 1
    violations = sorted(line.split(" (e.g.")[0] for line in result.output.splitlines()
                        if line.startswith("violation"))
    assert violations == sorted([
        "violation articles: 1 row schema version 000000000000, this thidua writes "
        f"{__import__('pipeline.check').check.schema_version()} (any ingest or reprocess migrates the store)",
        "violation units: 1 row with a span outside the article text",
        "violation officials: 1 row whose evidence is not the text around its span",
        "violation model_counts: 1 row whose span does not contain its count",
        "violation events: 1 row pointing at no stored article (orphans)",
        "violation award_counts: 1 row duplicating another fact (same article, span and key values)",
        "violation articles: 1 row with NUL or control characters in their text",
    ])
    assert result.output.splitlines()[-1] == "checked 1 articles and " + result.output.split(" and ")[-1].split(
        "\n")[0]


def test_check_of_a_missing_store_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["check", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and result.output == f"error {tmp_path / 'none.duckdb'}: no such store (run `thidua ingest` first)\n"


def test_a_file_that_is_not_a_store_is_one_line(tmp_path):
    db = tmp_path / "notes.duckdb"
    db.write_text("ghi chép, không phải cơ sở dữ liệu\n" * 100, encoding="utf-8")
    for command in (["ingest", str(CORPUS / "seed_001.txt")], ["query", "SELECT 1"], ["check"]):
        result = runner.invoke(app, [*command, "--db", str(db)])
        assert result.exit_code == 2, (command, result.output)
        assert result.output == (f"error {db}: not a thidua store (the file exists but is not a DuckDB database); "
                                 "give --db a new file name or a store made by thidua\n")
    assert db.read_text(encoding="utf-8").startswith("ghi chép")  # untouched


def test_a_store_in_use_is_one_line_naming_the_other_process(tmp_path):
    db = tmp_path / "busy.duckdb"
    _ingest(db, CORPUS / "seed_001.txt")
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from pipeline.store import Store
        with Store({str(db)!r}):
            print("open", flush=True)
            time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True, cwd=str(ROOT))
    try:
        assert holder.stdout.readline() == "open\n"
        for command in (["ingest", str(CORPUS / "seed_002.txt")], ["query", "SELECT 1"], ["check"]):
            result = runner.invoke(app, [*command, "--db", str(db)])
            assert result.exit_code == 1, (command, result.output)
            (line,) = result.output.splitlines()
            assert line.startswith(f"error {db}: store in use by another process (PID {holder.pid}: ")
            assert line.endswith("; wait for it to finish or close its connection (a notebook: con.close()), "
                                 "then run this again")
    finally:
        holder.kill()
        holder.wait()
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 1


def test_ctrl_c_stops_after_the_current_batch_and_keeps_what_was_stored(tmp_path):
    """SIGINT mid-run: the documents in flight are written, the summary is printed, exit code 130; a rerun
    goes on where it stopped and the store ends as a clean run would."""
    folder = tmp_path / "crawl"
    folder.mkdir()
    seed = (CORPUS / "seed_001.txt").read_text(encoding="utf-8")
    for i in range(300):
        (folder / f"a{i:03}.txt").write_text(seed.replace("839", str(1000 + i)), encoding="utf-8")
    db = tmp_path / "stopped.duckdb"
    env = dict(os.environ, COLUMNS="200")
    thidua = shutil.which("thidua") or f"{sys.executable} -m pipeline.cli"
    process = subprocess.Popen([*thidua.split(), "ingest", str(folder), "--db", str(db), "--workers", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 60
    while not db.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(3)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130, (out, err)
    assert "Traceback" not in out + err
    written = int(out.split("written ")[1].split(",")[0])
    assert "interrupted: inputs not yet read were left out" in out
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == written < 300
    check_stores(tmp_path)
    rerun = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert rerun.exit_code == 0
    assert f"written {300 - written}, unchanged {written}" in rerun.output


@pytest.mark.unchecked_store  # the test breaks the span on purpose
def test_a_count_of_recipients_named_in_a_list_needs_no_number(tmp_path):
    """"tặng Ban Tổ chức Huyện uỷ, Phòng Nội vụ huyện" is an award count of 2 whose span names them and holds no
    number; a span holding another number than the count is still a violation."""
    from pipeline.check import _check_numbers

    article = tmp_path / "named.txt"
    article.write_text("Hội nghị tổng kết phong trào thi đua năm 2024.\n\nChủ tịch UBND huyện trao danh hiệu "
                       "“Tập thể lao động xuất sắc” tặng Ban Tổ chức Huyện ủy, Phòng Nội vụ huyện.\n", encoding="utf-8")
    db = tmp_path / "named.duckdb"
    _ingest(db, article)
    with duckdb.connect(str(db)) as con:
        assert con.execute("SELECT count FROM award_counts").fetchall() == [(2,)]
        assert _check_numbers(con, "award_counts", "count") == []
        con.execute("UPDATE award_counts SET char_start = 0")  # the span now holds "2024", which is not the count
        assert [v.rule for v in _check_numbers(con, "award_counts", "count")] == ["whose span does not contain its count"]
