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


def extract_text(text: str, published: str | None = None, title: str | None = None) -> dict[str, list]:
    """Run clean -> segment -> extract on a literal article text and return the facts by table."""
    meta = {k: v for k, v in (("published", published), ("title", title)) if v}
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


@pytest.fixture
def shared_dev():
    if not SHARED_DEV.is_dir():
        pytest.skip("../shared/gold/dev is not available on this machine")
    return SHARED_DEV
