"""The pipeline version comes from content: any edit to a rule, lexicon or pattern file gives a new version,
and `reprocess` then re-extracts the stored articles and reports exactly which facts changed."""

from __future__ import annotations

import shutil

import pytest

import extractors
from pipeline import orchestrate, version
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory):
    target = tmp_path_factory.mktemp("pkg") / "extractors"
    shutil.copytree(version.package_dir("extractors"), target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_copy_has_the_installed_fingerprint(package_copy):
    assert version.tree_fingerprint(package_copy) == version.components()["extractors/"]


def test_every_rule_or_data_file_counts(package_copy):
    files = version.package_files(package_copy)
    assert {"lexicon.py", "units.py", "ner_official_patterns.json"} <= {p.name for p in files}
    base = version.tree_fingerprint(package_copy)
    seen = {base}
    for path in files:
        original = path.read_bytes()
        flipped = bytearray(original)
        flipped[len(flipped) // 2] ^= 0x01  # one bit of one byte, mid-file
        path.write_bytes(bytes(flipped))
        try:
            changed = version.tree_fingerprint(package_copy)
        finally:
            path.write_bytes(original)
        assert changed not in seen, path.name
        seen.add(changed)
    assert version.tree_fingerprint(package_copy) == base


def test_new_and_renamed_files_count(package_copy):
    base = version.tree_fingerprint(package_copy)
    extra = package_copy / "data" / "new_list.txt"
    extra.write_text("mô hình\n", encoding="utf-8")
    try:
        assert version.tree_fingerprint(package_copy) != base
    finally:
        extra.unlink()
    lexicon = package_copy / "lexicon.py"
    lexicon.rename(package_copy / "words.py")
    try:
        assert version.tree_fingerprint(package_copy) != base
    finally:
        (package_copy / "words.py").rename(lexicon)
    stale = package_copy / "__pycache__" / "lexicon.cpython-311.pyc"
    stale.parent.mkdir(exist_ok=True)
    stale.write_bytes(b"compiled")
    assert version.tree_fingerprint(package_copy) == base  # compiled files are no rule


def test_dependency_versions_count():
    parts = version.components()
    assert {"vietnamadminunits", "trafilatura", "underthesea", "pipeline.segment"} <= set(parts)
    for name in ("vietnamadminunits", "trafilatura", "underthesea"):
        assert version.fingerprint(parts | {name: parts[name] + ".post1"}) != version.fingerprint(parts)
    assert orchestrate.PIPELINE_VERSION == f"0.1.0+{version.fingerprint(parts)}"


def _edited_rules(original):
    """A rule change that touches one article only: the award count of 300 in seed_004 becomes 301."""
    def extract_all(doc):
        facts = original(doc)
        facts["award_counts"] = [f.model_copy(update={"count": 301}) if f.count == 300 else f
                                 for f in facts["award_counts"]]
        return facts
    return extract_all


@pytest.mark.unchecked_store  # facts made wrong on purpose
def test_rule_edit_reprocesses_and_reports_exact_changes(store, monkeypatch):
    orchestrate.ingest([CORPUS], store)
    articles = store.counts()["articles"]
    before = dict(store.query("SELECT fact_id, count FROM award_counts")[1])
    ids_before = {t: set(r[0] for r in store.query(f"SELECT fact_id FROM {t}")[1]) for t in ("units", "events")}
    (affected,) = [k for k, v in before.items() if v == 300]
    assert orchestrate.reprocess(store).written == 0  # same version: nothing to do

    monkeypatch.setattr(orchestrate, "PIPELINE_VERSION", "0.1.0+edited")
    monkeypatch.setattr(extractors, "extract_all", _edited_rules(extractors.extract_all))
    summary = orchestrate.reprocess(store)
    assert summary.written == articles and summary.failed == 0
    assert dict(summary.facts) == {"changed": 1}
    after = dict(store.query("SELECT fact_id, count FROM award_counts")[1])
    assert after == before | {affected: 301}  # fact ids stay, one value moved
    assert all(ids_before[t] == {r[0] for r in store.query(f"SELECT fact_id FROM {t}")[1]} for t in ids_before)
    versions = store.query("SELECT DISTINCT pipeline_version FROM articles")[1]
    assert versions == [("0.1.0+edited",)]
    again = orchestrate.reprocess(store)
    assert again.written == 0 and not again.facts
    store.con.execute("UPDATE articles SET pipeline_version = 'older' WHERE article_id = ?",
                      [store.query(f"SELECT article_id FROM award_counts WHERE fact_id = '{affected}'")[1][0][0]])
    only = orchestrate.reprocess(store)  # exactly the articles whose version differs
    assert only.written == 1 and not only.facts


def test_removed_and_added_facts_are_reported(store, monkeypatch):
    orchestrate.ingest([CORPUS / "seed_001.txt"], store)
    outcomes = store.counts()["outcomes"]
    assert outcomes > 0
    original = extractors.extract_all

    def no_outcomes(doc):
        return original(doc) | {"outcomes": []}

    monkeypatch.setattr(orchestrate, "PIPELINE_VERSION", "0.1.0+no-outcomes")
    monkeypatch.setattr(extractors, "extract_all", no_outcomes)
    assert dict(orchestrate.reprocess(store).facts) == {"removed": outcomes}
    monkeypatch.setattr(orchestrate, "PIPELINE_VERSION", "0.1.0+outcomes-again")
    monkeypatch.setattr(extractors, "extract_all", original)
    assert dict(orchestrate.reprocess(store).facts) == {"added": outcomes}


@pytest.mark.unchecked_store  # facts made wrong on purpose
def test_cli_reprocess_reports_fact_changes(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from pipeline.cli import app

    db = str(tmp_path / "r.duckdb")
    runner = CliRunner()
    runner.invoke(app, ["ingest", str(CORPUS / "seed_004.txt"), "--db", db])
    monkeypatch.setattr(orchestrate, "PIPELINE_VERSION", "0.1.0+edited")
    monkeypatch.setattr(extractors, "extract_all", _edited_rules(extractors.extract_all))
    result = runner.invoke(app, ["reprocess", "--db", db])
    assert result.exit_code == 0, result.output
    assert "facts added 0, changed 1, removed 0" in result.output
