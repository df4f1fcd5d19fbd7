"""Scoring suites of the accuracy gate, shared by tests/test_accuracy.py and scripts/update_baseline.py."""

from __future__ import annotations

from pathlib import Path

from pipeline import orchestrate
from pipeline.evaluate import Report, evaluate
from pipeline.store import Store

ROOT = Path(__file__).resolve().parent.parent
BASELINE = Path(__file__).resolve().parent / "accuracy_baseline.json"
SHARED_DEV = ROOT.parent / "shared" / "gold" / "dev"
SUITES = {
    # bundled articles and their gold facts, always available
    "corpus": ([ROOT / "corpus"], ROOT / "corpus" / "gold"),
    # articles written for the project in the style of other provinces and outlets (tests/written/README.md)
    "written": ([ROOT / "tests" / "written"], ROOT / "tests" / "written"),
    # the shared dev set (third-party articles, read in place, never copied into the project)
    "dev": ([SHARED_DEV], SHARED_DEV),
}


def gated_scores(report: Report) -> dict[str, float]:
    """What the gate pins: each table's F1 ("model_counts") and each attribute's agreement on matched facts
    ("model_counts.action"), so a wrong award or unit fails the gate even when the fact itself is found."""
    scores = {}
    for table, score in report.tables.items():
        scores[table] = score.f1
        for attribute in score.attributes:
            agreement = score.agreement(attribute)
            if agreement is not None:
                scores[f"{table}.{attribute}"] = agreement
    return scores


def score_suite(inputs: list[Path], gold: Path, db: Path) -> Report:
    with Store(db) as store:
        summary = orchestrate.ingest(inputs, store)
        assert summary.failed == 0, summary.errors
        return evaluate(gold, store)
