"""kill -9 in the middle of a 2,000-article ingest, then the same command again: the store ends with exactly the
rows of an uninterrupted run (each batch of articles, facts, sources and change log is one transaction)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import duckdb

from tests.conftest import CORPUS

ARTICLES = 2000
COMMAND = [sys.executable, "-c", "from pipeline.cli import main; main()", "ingest"]
# Everything but the times of day (ingested_at, first_seen, last_seen) and the run log, which records the
# interruption on purpose.
SNAPSHOT = {
    "articles": "SELECT * EXCLUDE (ingested_at) FROM articles",
    "article_sources": "SELECT * EXCLUDE (first_seen, last_seen) FROM article_sources",
    **{t: f"SELECT * FROM {t}" for t in ("events", "officials", "model_counts", "award_counts", "units", "outcomes")},
}


def _letters(number: int) -> str:
    return "".join("abcdefghijklmnopqrstuvwxyz"[int(d)] for d in str(number))


def _corpus(folder, articles: int) -> None:
    """`articles` distinct articles: the bundled ones with a sentence naming the copy in their first paragraph."""
    folder.mkdir()
    sources = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html"))
    for copy in range(articles // len(sources)):
        marker = f"Bản sao {_letters(copy)}. "
        for path in sources:
            text = path.read_text(encoding="utf-8")
            if path.suffix == ".html":
                text = re.sub(r"<p>(?=[^<]{80,})", "<p>" + marker, text, count=1)
            else:
                head, _, body = text.partition("\n")
                text = f"{head}\n{marker}{body}"
            (folder / f"c{copy:04d}_{path.name}").write_text(text, encoding="utf-8")


def _snapshot(db) -> dict[str, list]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {table: sorted(con.execute(sql).fetchall(), key=repr) for table, sql in SNAPSHOT.items()}


def test_kill_during_ingest_then_rerun_gives_the_same_rows(tmp_path):
    inputs = tmp_path / "crawl"
    _corpus(inputs, ARTICLES)
    whole, killed = tmp_path / "whole.duckdb", tmp_path / "killed.duckdb"
    env = os.environ | {"THIDUA_CACHE_DIR": str(tmp_path / "cache")}
    reference = subprocess.Popen([*COMMAND, str(inputs), "--db", str(whole)], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    victim = subprocess.Popen([*COMMAND, str(inputs), "--db", str(killed)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = killed.with_name(killed.name + ".wal")
    deadline = time.monotonic() + 600
    while not (wal.exists() and wal.stat().st_size > 1_000_000) and victim.poll() is None:
        assert time.monotonic() < deadline, "no batch was committed"
        time.sleep(0.05)
    time.sleep(0.5)  # into the next batch
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    assert reference.wait() == 0
    with duckdb.connect(str(killed), read_only=True) as con:
        (partial,) = con.execute("SELECT count(*) FROM articles").fetchone()
        (status,) = con.execute("SELECT status FROM runs").fetchone()
    expected = _snapshot(whole)
    assert 0 < partial < len(expected["articles"]) and status == "running"  # killed mid-way, as intended

    resumed = subprocess.run([*COMMAND, str(inputs), "--db", str(killed)], env=env, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert f"unchanged {partial}," in resumed.stdout  # committed batches are not redone
    assert _snapshot(killed) == expected
    assert len(expected["articles"]) == ARTICLES
