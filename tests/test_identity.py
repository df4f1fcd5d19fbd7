"""Article identity does not depend on how a path is spelled: source keys, content hashes over input and
sidecar, one article per text with all its sources, merged metadata, and reruns that write nothing."""

from __future__ import annotations

import json
import shutil

import pytest

from pipeline import identity, orchestrate
from tests.conftest import CORPUS

URL = "https://huongson.hatinh.gov.vn/tin-tuc/so-ket-dan-van-kheo.html"


def _no_processing(*args, **kwargs):
    raise AssertionError("an unchanged text was processed again")


def _copy(folder, name="seed_001.txt", as_name=None, meta=None):
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (as_name or name)
    shutil.copy(CORPUS / name, target)
    if meta is not None:
        (folder / (target.name.split(".")[0] + ".meta.json")).write_text(json.dumps(meta), encoding="utf-8")
    return target


def _rows(store, sql):
    return store.query(sql)[1]


def test_source_keys():
    assert identity.source_key("a.txt", "HTTPS://Example.VN:443/x?id=1#top") == "https://example.vn/x?id=1"
    assert identity.source_key("a.txt", None) == identity.source_key("./sub/../a.txt", None)
    assert identity.source_key("a.txt", "not a url").endswith("/a.txt")


def test_merge_never_forgets_a_known_value():
    known = {"url": URL, "outlet": "Báo", "title": None, "published": "2024-10-20", "published_precision": "day",
             "published_text": "2024-10-20"}
    bare = dict.fromkeys(known)
    assert identity.merge_metadata(known, bare) == known
    assert identity.merge_metadata(bare, known) == known
    corrected = bare | {"published": "2024-10-21", "published_precision": "day", "published_text": "2024-10-21"}
    assert identity.merge_metadata(known, corrected) == known | corrected | {"url": URL, "outlet": "Báo"}
    unparsed = bare | {"published_text": "hôm qua"}
    assert identity.merge_metadata(known, unparsed) == known


def test_relative_and_absolute_paths_are_one_source(store, tmp_path, monkeypatch):
    for name in ("seed_000.txt", "seed_001.txt", "seed_002.txt"):
        _copy(tmp_path / "crawl", name)
    monkeypatch.chdir(tmp_path)
    first = orchestrate.ingest(["crawl"], store)
    assert first.written == 3 and dict(first.outcomes) == {"new": 3}
    counts = store.counts()
    monkeypatch.setattr(orchestrate, "process_document", _no_processing)
    for spelling in (str(tmp_path / "crawl"), "./crawl/", f"../{tmp_path.name}/crawl"):
        again = orchestrate.ingest([spelling], store)
        assert (again.written, again.skipped, dict(again.outcomes)) == (0, 3, {"unchanged": 3})
    assert store.counts() == counts


def test_edited_article_by_another_spelling_replaces_the_old_one(store, tmp_path, monkeypatch):
    article = _copy(tmp_path / "crawl", "seed_000.txt", "a.txt")
    monkeypatch.chdir(tmp_path)
    orchestrate.ingest(["crawl/a.txt"], store)
    article.write_text(article.read_text(encoding="utf-8").replace("23 mô hình", "25 mô hình"), encoding="utf-8")
    summary = orchestrate.ingest([str(article)], store)
    assert dict(summary.outcomes) == {"changed": 1} and summary.written == 1
    assert _rows(store, "SELECT count(*) FROM articles") == [(1,)]
    counts = {r[0] for r in _rows(store, "SELECT count FROM model_counts")}
    assert 25 in counts and 23 not in counts
    assert _rows(store, "SELECT count(*) FROM article_sources") == [(1,)]


def test_renamed_folder_is_not_processed_again(store, tmp_path, monkeypatch):
    for name in ("seed_000.txt", "seed_002.txt"):
        _copy(tmp_path / "crawl", name)
    orchestrate.ingest([tmp_path / "crawl"], store)
    counts = store.counts()
    (tmp_path / "crawl").rename(tmp_path / "crawl-2024")
    monkeypatch.setattr(orchestrate, "process_document", _no_processing)
    moved = orchestrate.ingest([tmp_path / "crawl-2024"], store)
    assert moved.written == 0 and dict(moved.outcomes) == {"duplicate": 2}
    assert store.counts() == counts | {"article_sources": 4}  # both spellings remembered, no duplicate article
    again = orchestrate.ingest([tmp_path / "crawl-2024"], store)
    assert again.written == 0 and dict(again.outcomes) == {"unchanged": 2}


@pytest.mark.parametrize("order", ["together", "with-sidecar-first", "bare-first"])
def test_same_text_from_two_sources_is_one_article_with_merged_metadata(store, tmp_path, order):
    meta = {"url": URL, "published": "2024-10-20", "outlet": "Cổng TTĐT huyện Hương Sơn"}
    rich = _copy(tmp_path / "a", "seed_001.txt", meta=meta)
    bare = _copy(tmp_path / "b", "seed_001.txt")
    runs = {"together": [[rich, bare]], "with-sidecar-first": [[rich], [bare]], "bare-first": [[bare], [rich]]}
    for paths in runs[order]:
        orchestrate.ingest(paths, store)
    expected = [(URL, "2024-10-20", "Cổng TTĐT huyện Hương Sơn")]
    article_sql = "SELECT url, strftime(published, '%Y-%m-%d'), outlet FROM articles"
    event_sql = "SELECT strftime(event_date, '%Y-%m-%d') FROM events"
    assert _rows(store, article_sql) == expected
    assert _rows(store, event_sql) == [("2024-10-15",)]  # the year comes from the merged date
    keys = {r[0] for r in _rows(store, "SELECT source_key FROM article_sources")}
    assert keys == {URL, str(bare.resolve())}
    counts = store.counts()
    for _ in range(3):  # no swapping places on rerun, nothing forgotten every other run
        again = orchestrate.ingest([rich, bare], store)
        assert again.written == 0 and dict(again.outcomes) == {"unchanged": 2}
        assert _rows(store, article_sql) == expected and _rows(store, event_sql) == [("2024-10-15",)]
    assert store.counts() == counts


def test_duplicate_found_after_processing_is_counted_once(store, tmp_path):
    _copy(tmp_path / "a", "seed_002.txt")
    _copy(tmp_path / "b", "seed_002.txt", as_name="other_name.txt", meta={"outlet": "Báo Hà Tĩnh"})
    summary = orchestrate.ingest([tmp_path], store)
    assert dict(summary.outcomes) == {"new": 1, "duplicate": 1} and summary.written == 1
    assert store.counts()["articles"] == 1 and store.counts()["article_sources"] == 2


def test_sidecar_edit_is_a_change(store, tmp_path):
    article = _copy(tmp_path, "seed_001.txt", meta={"published": "2024-10-20"})
    orchestrate.ingest([article], store)
    assert _rows(store, "SELECT strftime(event_date, '%Y-%m-%d') FROM events") == [("2024-10-15",)]
    (tmp_path / "seed_001.meta.json").write_text(json.dumps({"published": "2023-10-20"}), encoding="utf-8")
    summary = orchestrate.ingest([article], store)
    assert dict(summary.outcomes) == {"changed": 1} and summary.written == 1
    assert _rows(store, "SELECT strftime(published, '%Y-%m-%d') FROM articles") == [("2023-10-20",)]
    assert _rows(store, "SELECT strftime(event_date, '%Y-%m-%d') FROM events") == [("2023-10-15",)]
    assert set(summary.facts) == {"changed"}  # the event and the periods of the year keep their ids


def test_changed_text_keeps_the_old_article_while_another_source_has_it(store, tmp_path):
    one = _copy(tmp_path / "a", "seed_000.txt")
    _copy(tmp_path / "b", "seed_000.txt")
    orchestrate.ingest([tmp_path], store)
    (old_id,) = _rows(store, "SELECT article_id FROM articles")[0]
    one.write_text(one.read_text(encoding="utf-8").replace("23 mô hình", "25 mô hình"), encoding="utf-8")
    summary = orchestrate.ingest([tmp_path], store)
    assert dict(summary.outcomes) == {"changed": 1, "unchanged": 1}
    ids = {r[0] for r in _rows(store, "SELECT article_id FROM articles")}
    assert old_id in ids and len(ids) == 2
    one.unlink()
    shutil.copy(CORPUS / "seed_002.txt", one)  # the same source now has another text again
    orchestrate.ingest([tmp_path], store)
    assert len(_rows(store, "SELECT article_id FROM articles")) == 2  # the 25-model version is gone
    assert _rows(store, "SELECT count(*) FROM model_counts WHERE count = 25") == [(0,)]
