"""The run log: every ingest or reprocess is a `runs` row, every article or fact it touched a `changes` row,
so a rerun's effect is visible and an export can be re-synced from it."""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest

import extractors
from pipeline import orchestrate
from pipeline.store import FACT_TABLES
from tests.conftest import CORPUS


def _run(store, run_id):
    columns, rows = store.query(f"SELECT * FROM runs WHERE run_id = {run_id}")
    return dict(zip(columns, rows[0]))


def _changes(store, run_id):
    return store.query(f"SELECT table_name, fact_id, change FROM changes WHERE run_id = {run_id} ORDER BY ALL")[1]


def _facts(store):
    return {t: {r[0]: r for r in store.query(f"SELECT * FROM {t}")[1]} for t in FACT_TABLES}


def test_runs_record_counts_versions_and_inputs(store):
    first = orchestrate.ingest([CORPUS], store)
    run = _run(store, first.run_id)
    facts = sum(store.counts()[t] for t in FACT_TABLES)
    assert (run["command"], run["status"], run["new"], run["unchanged"], run["failed"]) == ("ingest", "finished", 8, 0, 0)
    assert (run["articles_written"], run["facts_added"], run["facts_changed"], run["facts_removed"]) == (8, facts, 0, 0)
    assert run["pipeline_version"] == orchestrate.PIPELINE_VERSION and run["host"]
    assert json.loads(run["inputs"]) == [str(CORPUS)]
    assert set(json.loads(run["version_components"])) >= {"extractors/", "underthesea", "trafilatura"}
    assert run["started"] <= run["finished"]
    changes = _changes(store, first.run_id)
    assert len(changes) == facts + 8 and {c[2] for c in changes} == {"added"}

    again = orchestrate.ingest([CORPUS], store)
    assert again.run_id == first.run_id + 1
    assert _run(store, again.run_id)["unchanged"] == 8 and _changes(store, again.run_id) == []
    forced = orchestrate.ingest([CORPUS], store, force=True)
    assert forced.written == 8 and _changes(store, forced.run_id) == []  # same facts, same ids: nothing changed


def test_changes_resync_an_export(store, tmp_path):
    article = tmp_path / "a.txt"
    shutil.copy(CORPUS / "seed_000.txt", article)
    shutil.copy(CORPUS / "seed_002.txt", tmp_path / "b.txt")
    orchestrate.ingest([tmp_path], store)
    export = _facts(store)
    article.write_text(article.read_text(encoding="utf-8").replace("23 mô hình", "25 mô hình"), encoding="utf-8")
    run = orchestrate.ingest([tmp_path], store)
    changes = _changes(store, run.run_id)
    assert ("articles", store.query("SELECT article_id FROM articles WHERE source LIKE '%a.txt'")[1][0][0],
            "added") in changes
    assert {c[2] for c in changes} == {"added", "removed"}  # a new text is a new article: all its facts are new
    for table, fact_id, change in changes:  # what an export does with the log
        if table == "articles":
            continue
        if change == "removed":
            del export[table][fact_id]
        else:
            export[table][fact_id] = store.query(f"SELECT * FROM {table} WHERE fact_id = '{fact_id}'")[1][0]
    assert export == _facts(store)


@pytest.mark.unchecked_store  # facts made wrong on purpose
def test_reprocess_logs_the_changed_fact_only(store, monkeypatch):
    orchestrate.ingest([CORPUS / "seed_004.txt"], store)
    original = extractors.extract_all

    def edited(doc):
        facts = original(doc)
        facts["award_counts"] = [f.model_copy(update={"count": 301}) if f.count == 300 else f
                                 for f in facts["award_counts"]]
        return facts

    monkeypatch.setattr(orchestrate, "PIPELINE_VERSION", "0.1.0+edited")
    monkeypatch.setattr(extractors, "extract_all", edited)
    summary = orchestrate.reprocess(store)
    (fact_id,) = store.query("SELECT fact_id FROM award_counts WHERE count = 301")[1][0]
    (article_id,) = store.query("SELECT article_id FROM articles")[1][0]
    assert _changes(store, summary.run_id) == [("articles", article_id, "changed"),
                                               ("award_counts", fact_id, "changed")]
    assert _run(store, summary.run_id)["command"] == "reprocess"


def test_failed_run_is_marked_and_logs_nothing_it_undid(store, monkeypatch):
    def broken(*args, **kwargs):
        raise duckdb.Error("disk full")

    monkeypatch.setattr(store, "_insert", broken)
    with pytest.raises(duckdb.Error):
        orchestrate.ingest([CORPUS / "seed_001.txt"], store)
    monkeypatch.undo()
    assert store.query("SELECT status FROM runs")[1] == [("failed",)]
    assert store.query("SELECT count(*) FROM changes")[1] == [(0,)]
