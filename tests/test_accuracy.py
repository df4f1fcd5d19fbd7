"""Accuracy gate: each table's F1 must stay at or above the floors pinned in accuracy_baseline.json."""

from __future__ import annotations

import json

import pytest

from tests.accuracy import BASELINE, SUITES, score_suite

FLOORS = json.loads(BASELINE.read_text())


@pytest.mark.parametrize("suite", sorted(SUITES))
def test_f1_floors(suite, tmp_path):
    inputs, gold = SUITES[suite]
    if not all(p.exists() for p in inputs):
        pytest.skip(f"{suite} inputs are not available on this machine")
    report = score_suite(inputs, gold, tmp_path / "gate.duckdb")
    assert report.found == report.documents, "every gold document must be ingested"
    below = {table: round(score.f1, 3) for table, score in report.tables.items()
             if score.f1 < FLOORS[suite][table]}
    assert not below, f"F1 below the floors of {BASELINE.name}: {below} (errors: {report.errors[:20]})"
