"""`thidua eval` gives the figures of the shared reference scorer (../shared/eval/score.py) to the third decimal,
strict titles and issuers included, so the accuracy gate measures what researchers are promised."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pipeline import orchestrate
from pipeline.evaluate import evaluate
from pipeline.store import Store
from tests.accuracy import SHARED_DEV

SCORER = SHARED_DEV.parent.parent / "eval" / "score.py"


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not available on this machine")
def test_eval_agrees_with_the_reference_scorer(tmp_path):
    db = tmp_path / "dev.duckdb"
    with Store(db) as store:
        orchestrate.ingest([SHARED_DEV], store)
        ours = evaluate(SHARED_DEV, store).as_dict()
    out = tmp_path / "reference.json"
    subprocess.run([sys.executable, str(SCORER), str(SHARED_DEV), str(db), "--json", str(out)], check=True,
                   capture_output=True)
    reference = json.loads(out.read_text(encoding="utf-8"))
    assert ours["micro"] == reference["micro"]
    assert ours["tables"] == reference["tables"]
    assert ours["docs_stored"] == reference["docs_stored"] == reference["docs_gold"]
