"""Accuracy gate: each table's F1 and each attribute's agreement must stay at or above the floors pinned in
accuracy_baseline.json."""

from __future__ import annotations

import json

import pytest

from tests.accuracy import BASELINE, SUITES, gated_scores, score_suite

FLOORS = json.loads(BASELINE.read_text())
HELD_BACK = "h2_"


@pytest.mark.parametrize("suite", sorted(SUITES))
def test_f1_floors(suite, tmp_path):
    inputs, gold = SUITES[suite]
    if not all(p.exists() for p in inputs):
        pytest.skip(f"{suite} inputs are not available on this machine")
    report = score_suite(inputs, gold, tmp_path / "gate.duckdb")
    assert report.found == report.documents, "every gold document must be ingested"
    scores = gated_scores(report)
    below = {name: round(scores.get(name, 0.0), 3) for name, floor in FLOORS[suite].items()
             if scores.get(name, 0.0) < floor}
    # errors of the held-back articles (h2_*) are never printed: they are a first-look measurement set
    shown = [e for e in report.errors if not e.startswith(HELD_BACK)][:20]
    assert not below, f"scores below the floors of {BASELINE.name}: {below} (errors: {shown})"
