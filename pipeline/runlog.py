"""The run log: one `runs` row per ingest or reprocess, and one `changes` row per article or fact it touched.

A researcher sees what a rerun changed (`SELECT * FROM changes WHERE run_id = 7`) and re-syncs an export from it:
rows `added` or `changed` are re-read by `fact_id` (`article_id` for table `articles`), rows `removed` are
dropped. Change rows are written in the same transaction as the rows they describe, so the log never claims
a change that a crash undid. A run killed before its end stays `running` with no `finished` time; the changes
of the batches it committed are logged all the same.
"""

from __future__ import annotations

import json
import socket
from datetime import datetime

RUNS_SQL = """CREATE TABLE IF NOT EXISTS runs (
  run_id INTEGER PRIMARY KEY,
  command VARCHAR,
  status VARCHAR,
  started TIMESTAMP,
  finished TIMESTAMP,
  pipeline_version VARCHAR,
  version_components VARCHAR,
  inputs VARCHAR,
  host VARCHAR,
  workers INTEGER,
  new INTEGER,
  changed INTEGER,
  unchanged INTEGER,
  duplicate INTEGER,
  failed INTEGER,
  articles_written INTEGER,
  facts_added INTEGER,
  facts_changed INTEGER,
  facts_removed INTEGER
)"""
CHANGES_SQL = """CREATE TABLE IF NOT EXISTS changes (
  run_id INTEGER,
  table_name VARCHAR,
  fact_id VARCHAR,
  article_id VARCHAR,
  change VARCHAR
)"""


def create_tables(con) -> None:
    con.execute(RUNS_SQL)
    con.execute(CHANGES_SQL)


def start_run(con, command: str, inputs: list[str], pipeline_version: str, workers: int = 1) -> int:
    """A new `runs` row in state `running`; returns its id."""
    from pipeline.version import components

    (run_id,) = con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()
    con.execute(
        "INSERT INTO runs (run_id, command, status, started, pipeline_version, version_components, inputs, host, "
        "workers) VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?)",
        [run_id, command, datetime.now(), pipeline_version, json.dumps(components(), sort_keys=True),
         json.dumps([str(p) for p in inputs], ensure_ascii=False), socket.gethostname(), workers])
    return run_id


def finish_run(con, run_id: int, summary, status: str = "finished") -> None:
    """Record the end of a run and its counts (`summary` is an `orchestrate.BatchSummary`)."""
    outcomes, facts = summary.outcomes, summary.facts
    con.execute(
        "UPDATE runs SET status = ?, finished = ?, new = ?, changed = ?, unchanged = ?, duplicate = ?, failed = ?, "
        "articles_written = ?, facts_added = ?, facts_changed = ?, facts_removed = ? WHERE run_id = ?",
        [status, datetime.now(), outcomes["new"], outcomes["changed"], outcomes["unchanged"],
         outcomes["duplicate"], summary.failed, summary.written, facts["added"], facts["changed"],
         facts["removed"], run_id])
