"""Unchanged input files are skipped before they are decoded, by a fingerprint of their raw bytes and sidecar; a
changed byte is always seen, even when the file's size and modification time are put back."""

from __future__ import annotations

import json
import os
import shutil

from pipeline import inputfiles, orchestrate
from tests.conftest import CORPUS

TABLES = ("articles", "events", "officials", "model_counts", "award_counts", "units", "outcomes", "article_sources",
          "input_files", "changes", "ingest_errors", "ingest_warnings")


def _no_reading(*args, **kwargs):
    raise AssertionError("an unchanged file was read again")


def _snapshot(store) -> dict[str, list]:
    return {t: sorted(store.con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}


def _crawl(folder, names=("seed_000.txt", "seed_001.txt", "seed_002.txt")):
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(CORPUS / name, folder / name)
        sidecar = CORPUS / name.replace(".txt", ".meta.json")
        if sidecar.exists():
            shutil.copy(sidecar, folder / sidecar.name)
    return folder


def _edit_keeping_size_and_time(path, old: str, new: str) -> None:
    """Replace `old` by `new` (same length) and put the file's access and modification times back."""
    assert len(old.encode()) == len(new.encode())
    status = os.stat(path)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns) == (status.st_size, status.st_mtime_ns)


def test_unchanged_rerun_reads_no_file_and_writes_nothing_but_the_run(store, tmp_path, monkeypatch):
    crawl = _crawl(tmp_path / "crawl")
    first = orchestrate.ingest([crawl], store)
    assert first.written == 3
    assert store.query("SELECT count(*), count(DISTINCT file_key) FROM input_files")[1] == [(3, 3)]
    before = _snapshot(store)
    monkeypatch.setattr(inputfiles, "read_file", _no_reading)
    monkeypatch.setattr(orchestrate, "process_document", _no_reading)
    monkeypatch.chdir(tmp_path)
    for spelling in (str(crawl), "crawl", "./crawl/../crawl"):
        again = orchestrate.ingest([spelling], store)
        assert (again.written, again.skipped, dict(again.outcomes), again.failed) == (0, 3, {"unchanged": 3}, 0)
    assert _snapshot(store) == before
    runs = store.query("SELECT run_id, unchanged, articles_written FROM runs ORDER BY run_id")[1]
    assert runs == [(1, 0, 3), (2, 3, 0), (3, 3, 0), (4, 3, 0)]


def test_changed_byte_with_size_and_time_restored_is_processed(store, tmp_path):
    crawl = _crawl(tmp_path / "crawl", ("seed_000.txt",))
    orchestrate.ingest([crawl], store)
    _edit_keeping_size_and_time(crawl / "seed_000.txt", "23 mô hình", "25 mô hình")
    summary = orchestrate.ingest([crawl], store)
    assert dict(summary.outcomes) == {"changed": 1} and summary.written == 1
    counts = {r[0] for r in store.query("SELECT count FROM model_counts")[1]}
    assert 25 in counts and 23 not in counts
    again = orchestrate.ingest([crawl], store)
    assert dict(again.outcomes) == {"unchanged": 1} and again.written == 0


def test_changed_sidecar_byte_with_size_and_time_restored_is_processed(store, tmp_path):
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    shutil.copy(CORPUS / "seed_001.txt", crawl / "a.txt")
    sidecar = crawl / "a.meta.json"
    sidecar.write_text(json.dumps({"published": "2024-10-20"}), encoding="utf-8")
    orchestrate.ingest([crawl], store)
    _edit_keeping_size_and_time(sidecar, "2024-10-20", "2023-10-20")
    summary = orchestrate.ingest([crawl], store)
    assert dict(summary.outcomes) == {"changed": 1}
    assert store.query("SELECT strftime(published, '%Y-%m-%d') FROM articles")[1] == [("2023-10-20",)]
    assert store.query("SELECT strftime(event_date, '%Y-%m-%d') FROM events")[1] == [("2023-10-15",)]
    sidecar.unlink()  # a sidecar removed is a change too (the article keeps its known date: merged metadata)
    removed = orchestrate.ingest([crawl], store)
    assert dict(removed.outcomes) == {"changed": 1} and removed.written == 0


def _jsonl(path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def _records():
    return [{"url": f"https://example.gov.vn/tin/{i}.html", "text": (CORPUS / name).read_text(encoding="utf-8")}
            for i, name in enumerate(("seed_000.txt", "seed_001.txt", "seed_002.txt"))]


def test_jsonl_file_unchanged_as_a_whole_or_record_by_record(store, tmp_path, monkeypatch):
    crawl = tmp_path / "crawl.jsonl"
    records = _records()
    _jsonl(crawl, records)
    assert orchestrate.ingest([crawl], store).written == 3
    with monkeypatch.context() as patched:
        patched.setattr(inputfiles, "read_file", _no_reading)
        again = orchestrate.ingest([crawl], store)
    assert dict(again.outcomes) == {"unchanged": 3} and again.written == 0
    records[1]["text"] = records[1]["text"].replace("2024", "2025", 1)
    _jsonl(crawl, records)
    edited = orchestrate.ingest([crawl], store)
    assert dict(edited.outcomes) == {"unchanged": 2, "changed": 1} and edited.written == 1


def test_a_file_with_a_bad_record_is_read_and_reported_every_time(store, tmp_path):
    crawl = tmp_path / "crawl.jsonl"
    _jsonl(crawl, _records())
    with crawl.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
    for _ in range(2):
        summary = orchestrate.ingest([crawl], store)
        assert summary.failed == 1 and "invalid JSON" in summary.errors[0].reason
    assert store.query("SELECT count(*) FROM input_files")[1] == [(0,)]


def test_full_path_decides_when_the_store_changed_since(store, tmp_path, monkeypatch):
    crawl = _crawl(tmp_path / "crawl", ("seed_000.txt", "seed_002.txt"))
    orchestrate.ingest([crawl], store)
    store.con.execute("DELETE FROM article_sources WHERE source LIKE '%seed_000.txt'")  # a row deleted by hand
    summary = orchestrate.ingest([crawl], store)
    assert dict(summary.outcomes) == {"unchanged": 1, "new": 1}  # read again: the full path decides
    assert store.query("SELECT count(*) FROM article_sources")[1] == [(2,)]
    monkeypatch.setattr(orchestrate, "PIPELINE_VERSION", "0.1.0+edited")  # new rules: every file re-extracted
    redone = orchestrate.ingest([crawl], store)
    assert dict(redone.outcomes) == {"unchanged": 2} and redone.written == 2
    assert {r[0] for r in store.query("SELECT pipeline_version FROM articles")[1]} == {"0.1.0+edited"}


def test_a_file_changed_while_read_is_not_recorded(store, tmp_path, monkeypatch):
    crawl = _crawl(tmp_path / "crawl", ("seed_000.txt",))
    article = crawl / "seed_000.txt"
    original = inputfiles.read_file

    def read_then_edit(path, max_bytes):
        yield from original(path, max_bytes)
        article.write_text(article.read_text(encoding="utf-8").replace("23 mô hình", "25 mô hình"),
                           encoding="utf-8")

    with monkeypatch.context() as patched:
        patched.setattr(inputfiles, "read_file", read_then_edit)
        orchestrate.ingest([crawl], store)
    assert store.query("SELECT count(*) FROM input_files")[1] == [(0,)]
    summary = orchestrate.ingest([crawl], store)  # read in full: the edit is found
    assert dict(summary.outcomes) == {"changed": 1}
    assert 25 in {r[0] for r in store.query("SELECT count FROM model_counts")[1]}


def test_fingerprint_covers_bytes_sidecar_and_reading_settings(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Nội dung.", encoding="utf-8")
    bare = inputfiles.fingerprint(article, 1000)
    (tmp_path / "a.meta.json").write_text("{}", encoding="utf-8")
    with_sidecar = inputfiles.fingerprint(article, 1000)
    assert len({bare.file_sha256, with_sidecar.file_sha256, inputfiles.fingerprint(article, 2000).file_sha256}) == 3
    assert with_sidecar.file_key == str(article.resolve())
    assert inputfiles.fingerprint(article, 5).file_sha256 == ""  # too large: left to the reader to report
    link = tmp_path / "link.txt"
    link.symlink_to(article)
    assert inputfiles.fingerprint(link, 1000, {}).file_key == str(article.resolve())


def test_after_reprocess_by_new_rules_the_files_are_unchanged(store, tmp_path, monkeypatch):
    crawl = _crawl(tmp_path / "crawl", ("seed_000.txt", "seed_001.txt"))
    orchestrate.ingest([crawl], store)
    monkeypatch.setattr(orchestrate, "PIPELINE_VERSION", "0.1.0+edited")
    assert orchestrate.reprocess(store).written == 2
    monkeypatch.setattr(inputfiles, "read_file", _no_reading)
    again = orchestrate.ingest([crawl], store)
    assert dict(again.outcomes) == {"unchanged": 2} and again.written == 0
