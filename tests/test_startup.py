"""Start-up stays light: `thidua --help`, `thidua query` and an unchanged rerun of `thidua ingest` never load the
NLP stack or the rules, and the gazetteer index is read from its on-disk cache instead of being rebuilt."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import CORPUS

PROBE = """
import sys
from typer.testing import CliRunner
from pipeline.cli import app
result = CliRunner().invoke(app, sys.argv[1:])
assert result.exit_code == 0, result.output
print(",".join(sorted(m for m in ("underthesea", "trafilatura", "dask", "spacy", "extractors", "lxml")
                      if m in sys.modules)))
"""


def _loaded(*args: str) -> str:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_help_and_query_load_no_nlp(tmp_path):
    from pipeline import orchestrate
    from pipeline.store import Store

    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        orchestrate.ingest([CORPUS / "seed_000.txt"], store)
    assert _loaded("--help") == ""
    assert _loaded("query", "SELECT count(*) FROM articles", "--db", str(db)) == ""


def test_unchanged_rerun_loads_no_processing_code(tmp_path):
    from pipeline import orchestrate
    from pipeline.store import Store

    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        orchestrate.ingest([CORPUS], store)
    assert _loaded("ingest", str(CORPUS), "--db", str(db)) == ""


def test_gazetteer_index_comes_from_the_disk_cache(tmp_path, monkeypatch):
    from extractors import gazetteer as places
    from pipeline import warm

    monkeypatch.setenv("THIDUA_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(warm, "_ready", False)
    original = places._index
    try:
        warm.ensure_gazetteer()  # built once and written
        path = warm.gazetteer_cache_path()
        assert path.parent == tmp_path and path.stat().st_size > 100_000
        built = places.gazetteer()
        monkeypatch.setattr(places, "build_gazetteer", lambda: (_ for _ in ()).throw(AssertionError("rebuilt")))
        monkeypatch.setattr(warm, "_ready", False)
        warm.ensure_gazetteer()  # read back, not rebuilt
        assert places.gazetteer() is not built
        assert places.gazetteer().lookup("Hương Sơn") == built.lookup("Hương Sơn") != []
    finally:
        places.use_gazetteer(original)
