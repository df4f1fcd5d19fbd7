"""Idempotent, incremental storage: reruns change nothing, changed articles replace their facts, bad input is
reported and skipped without touching what is stored."""

from __future__ import annotations

import shutil

import duckdb

from pipeline import orchestrate
from pipeline.store import FACT_TABLES, Store
from tests.conftest import CORPUS

SPEC_COLUMNS = {
    "articles": {"article_id", "source", "url", "outlet", "title", "published", "text", "lang", "content_sha256",
                 "pipeline_version", "ingested_at"},
    "events": {"article_id", "kind", "event_date", "event_year", "event_month", "event_day", "date_text",
               "movement", "period_start", "period_end", "unit", "province", "unit_code", "attendees"},
    "officials": {"article_id", "name", "title", "unit", "role"},
    "model_counts": {"article_id", "count", "approx", "kind", "field", "action", "level", "unit", "period_start",
                     "period_end"},
    "award_counts": {"article_id", "count", "approx", "recipient", "award", "issuer"},
    "units": {"article_id", "level", "name", "province", "code", "code_2025"},
    "outcomes": {"article_id", "value", "approx", "unit", "what"},
}
PROVENANCE = {"evidence", "char_start", "char_end", "extractor"}


def test_tables_follow_spec(store):
    for table, columns in SPEC_COLUMNS.items():
        present = {row[0] for row in store.con.execute(f"DESCRIBE {table}").fetchall()}
        assert columns <= present, table
        if table != "articles":
            assert PROVENANCE <= present, table


def test_second_ingest_changes_no_row_count(store):
    first = orchestrate.ingest([CORPUS], store)
    counts = store.counts()
    assert first.written == counts["articles"] >= 5 and first.failed == 0
    again = orchestrate.ingest([CORPUS], store)
    assert (again.written, again.skipped) == (0, counts["articles"])
    forced = orchestrate.ingest([CORPUS], store, force=True)
    assert forced.written == counts["articles"]
    assert store.counts() == counts


def test_provenance_points_at_the_span(store):
    orchestrate.ingest([CORPUS / "seed_001.txt"], store)
    rows = store.con.execute(
        "SELECT m.count, substr(a.text, m.char_start + 1, m.char_end - m.char_start), m.evidence, m.extractor "
        "FROM model_counts m JOIN articles a USING (article_id)").fetchall()
    for count, span, evidence, extractor in rows:
        assert span.startswith(str(count)) and span in evidence
        assert extractor.startswith("model_counts.rules@")


def test_changed_article_replaces_its_facts(store, tmp_path):
    article = tmp_path / "article.txt"
    text = (CORPUS / "seed_000.txt").read_text(encoding="utf-8")
    article.write_text(text, encoding="utf-8")
    orchestrate.ingest([article], store)
    (old_id,) = store.con.execute("SELECT article_id FROM articles").fetchone()
    article.write_text(text.replace("23 mô hình", "25 mô hình"), encoding="utf-8")
    orchestrate.ingest([article], store)
    ids = store.con.execute("SELECT article_id FROM articles").fetchall()
    assert len(ids) == 1 and ids[0][0] != old_id
    counts = {r[0] for r in store.con.execute("SELECT count FROM model_counts").fetchall()}
    assert 25 in counts and 23 not in counts
    for table in FACT_TABLES:
        stale = store.con.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", [old_id]).fetchone()[0]
        assert stale == 0


def test_garbage_is_reported_and_skipped(store, tmp_path):
    shutil.copy(CORPUS / "seed_002.txt", tmp_path / "good.txt")
    (tmp_path / "garbage.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (tmp_path / "empty.html").write_text("   ", encoding="utf-8")
    (tmp_path / "notes.jsonl").write_text('{"url": "x"}\nnot json\n', encoding="utf-8")
    summary = orchestrate.ingest([tmp_path, tmp_path / "missing.warc"], store)
    reasons = {e.source.split("/")[-1]: e.reason for e in summary.errors}
    assert summary.written == 1
    assert "NUL" in reasons["garbage.txt"]
    assert "empty" in reasons["empty.html"]
    assert "neither 'html' nor 'text'" in reasons["notes.jsonl#1"]
    assert "invalid JSON" in reasons["notes.jsonl#2"]
    assert "no such file" in reasons["missing.warc"]
    logged = store.con.execute("SELECT count(*) FROM ingest_errors").fetchone()[0]
    assert logged == len(summary.errors) == 5


def test_failure_while_writing_keeps_previous_state(store, monkeypatch):
    orchestrate.ingest([CORPUS / "seed_001.txt"], store)
    before = store.counts()

    def broken(model, records):
        raise duckdb.Error("disk full")

    monkeypatch.setattr(store, "_insert", broken)
    try:
        orchestrate.ingest([CORPUS / "seed_001.txt"], store, force=True)
    except duckdb.Error:
        pass
    monkeypatch.undo()
    assert store.counts() == before


def test_reprocess_reextracts_without_inputs(store, tmp_path, monkeypatch):
    source = tmp_path / "seed.txt"
    shutil.copy(CORPUS / "seed_001.txt", source)
    orchestrate.ingest([source], store)
    before = store.counts()
    source.unlink()  # the input is gone: reprocessing reads the stored text
    store.con.execute("UPDATE articles SET pipeline_version = 'old'")
    summary = orchestrate.reprocess(store)
    assert summary.written == 1 and summary.failed == 0
    assert store.counts() == before
    version = store.con.execute("SELECT pipeline_version FROM articles").fetchone()[0]
    assert version == orchestrate.PIPELINE_VERSION
    assert orchestrate.reprocess(store).written == 0  # nothing left to do


def test_parallel_workers_give_the_same_rows(tmp_path):
    with Store(tmp_path / "one.duckdb") as one, Store(tmp_path / "two.duckdb") as two:
        orchestrate.ingest([CORPUS], one, workers=1)
        orchestrate.ingest([CORPUS], two, workers=2)
        sql = "SELECT fact_id FROM model_counts ORDER BY fact_id"
        assert one.query(sql) == two.query(sql)
        assert one.counts() == two.counts()


def test_breakdown_parts_point_at_their_whole(store):
    orchestrate.ingest([CORPUS], store)
    rows = store.con.execute("""
        SELECT m.count, m.level, w.count FROM model_counts m JOIN model_counts w ON m.part_of = w.fact_id
        ORDER BY m.char_start""").fetchall()
    assert (48, "cap_tinh", 1356) in rows and (1003, "cap_xa", 1356) in rows and (6, "cap_huyen", 23) in rows
    (total,) = store.con.execute("""
        SELECT sum(count) FROM model_counts JOIN articles USING (article_id)
        WHERE source LIKE '%portal_thoxuan%' AND part_of IS NULL AND field IS NULL AND level IS NULL""").fetchone()
    assert total == 1356  # the whole, not the whole plus its grades


def test_every_fact_span_lies_in_its_evidence_sentence(store):
    orchestrate.ingest([CORPUS], store)
    for table in FACT_TABLES:
        outside = store.con.execute(f"""
            SELECT count(*) FROM {table} f JOIN articles a USING (article_id)
            WHERE strpos(f.evidence, substr(a.text, f.char_start + 1, f.char_end - f.char_start)) = 0""").fetchone()
        assert outside == (0,), table


def test_store_made_before_a_new_column_gains_it(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.con.execute("ALTER TABLE model_counts DROP COLUMN part_of")
    with Store(path) as store:
        orchestrate.ingest([CORPUS], store)
        assert store.con.execute("SELECT count(*) FROM model_counts WHERE part_of IS NOT NULL").fetchone()[0] > 0
