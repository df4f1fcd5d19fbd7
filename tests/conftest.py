"""Shared fixtures: extract facts from a literal text, a fresh store, and the shared dev set when present."""

from __future__ import annotations

from pathlib import Path

import pytest

import extractors
from pipeline.clean import clean
from pipeline.ingest import RawDocument
from pipeline.orchestrate import article_id_for
from pipeline.segment import segment
from pipeline.store import Store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED_DEV = ROOT.parent / "shared" / "gold" / "dev"


def extract_text(text: str, published: str | None = None, title: str | None = None,
                 url: str | None = None) -> dict[str, list]:
    """Run clean -> segment -> extract on a literal article text and return the facts by table."""
    meta = {k: v for k, v in (("published", published), ("title", title), ("url", url)) if v}
    cleaned = clean(RawDocument("test.txt", "text", text, meta, "sha"))
    doc = segment(cleaned, article_id_for(cleaned.text), with_words=False)
    return extractors.extract_all(doc)


@pytest.fixture
def facts_of():
    return extract_text


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "test.duckdb") as opened:
        yield opened


def check_stores(folder: Path) -> None:
    """`thidua check` on every store a test left in `folder`: spans, numbers, orphans, duplicates, schema."""
    from pipeline.check import check_store
    from pipeline.storefile import StoreError

    for path in sorted(folder.rglob("*.duckdb")):
        try:
            opened = Store(path, read_only=True)
        except StoreError:
            continue  # a file a test made to be no store, or one still held open elsewhere
        with opened:
            problems = check_store(opened.con)
        # counts per rule only: a store may hold held-back articles whose details must not be printed
        assert not problems, f"{path.name}: " + "; ".join(f"{p.table} {p.rule}: {p.count}" for p in problems)


@pytest.fixture(autouse=True)
def _checked_stores(request, tmp_path):
    """Every test that writes a store under its tmp_path has the store checked afterwards (tests that corrupt a
    store on purpose are marked `unchecked_store`)."""
    yield
    if request.node.get_closest_marker("unchecked_store") is None:
        check_stores(tmp_path)


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory):
    """The bundled corpus ingested once for the session; tests only read it (copy it before writing)."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    db = tmp_path_factory.mktemp("corpus") / "thidua.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(CORPUS), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture
def shared_dev():
    if not SHARED_DEV.is_dir():
        pytest.skip("../shared/gold/dev is not available on this machine")
    return SHARED_DEV
