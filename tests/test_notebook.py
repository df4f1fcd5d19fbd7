"""The analysis notebook, executed in-process (no Jupyter kernel) against stores built here.

Each code cell of `notebooks/explore_dataset.ipynb` runs in one shared namespace, as a kernel would run them in
order; IPython magics and shell lines (`%...`, `!...`) are skipped. The assertions check what the notebook
computed, not only that it ran: the overview matches a direct COUNT(*) per table, model totals use top-level rows
only, and the provenance cell's sentence contains the number it traces.
"""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

import duckdb  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

from pipeline.store import Store  # noqa: E402
from tests.conftest import CORPUS, ROOT  # noqa: E402

NOTEBOOK = ROOT / "notebooks" / "explore_dataset.ipynb"
SPEC_TABLES = ("articles", "events", "officials", "model_counts", "award_counts", "units", "outcomes",
               "ingest_errors")


def code_cells(path=NOTEBOOK) -> list[str]:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    cells = []
    for cell in notebook["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        cells.append("\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("%", "!"))))
    return cells


def run_notebook(db, monkeypatch, path=NOTEBOOK, figures=None) -> dict:
    """Execute every code cell against the store `db`; return the notebook's namespace. With `figures` (a
    folder), each figure shown is saved there as NAME.png (its matplotlib label) for a person to look at."""
    monkeypatch.setenv("THIDUA_DB", str(db))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    if figures is not None:
        figures.mkdir(parents=True, exist_ok=True)

        def save_figure(*args, **kwargs):
            figure = plt.gcf()
            figure.savefig(figures / f"{figure.get_label() or figure.number}.png", dpi=90)

        monkeypatch.setattr(plt, "show", save_figure)
    namespace: dict = {"__name__": "__notebook__"}
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*non-interactive.*")  # plt.show() under Agg
            for index, source in enumerate(code_cells(path)):
                exec(compile(source, f"{path.name}[code cell {index}]", "exec"), namespace)
    finally:
        plt.close("all")
        if "con" in namespace:
            namespace["con"].close()
    return namespace


def direct_counts(db) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in SPEC_TABLES}


def assert_saved_without_outputs(path: Path) -> None:
    """A notebook in the repository carries no outputs: a researcher's first run is the only one they see."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    assert notebook["metadata"]["kernelspec"]["name"] == "python3"
    assert all(c["outputs"] == [] and c["execution_count"] is None
               for c in notebook["cells"] if c["cell_type"] == "code")


def test_notebook_is_saved_without_outputs():
    assert_saved_without_outputs(NOTEBOOK)


def test_notebook_on_bundled_corpus(corpus_db, monkeypatch):
    ns = run_notebook(corpus_db, monkeypatch)
    counts = direct_counts(corpus_db)

    # (a) one overview row per SPEC table, with the table's real row count
    overview = ns["overview"]
    for table in SPEC_TABLES:
        rows = overview.loc[overview["table"] == table, "rows"]
        assert len(rows) == 1, table
        assert int(rows.iloc[0]) == counts[table], table
    assert counts["articles"] == len(list(CORPUS.glob("*.txt")) + list(CORPUS.glob("*.html")))

    # (b) totals use top-level rows only: Hương Sơn is 839, not 839 + its field breakdown 257 + 434 + 78
    totals = ns["model_totals"]
    assert not totals.empty
    huong_son = totals.loc[totals["unit"] == "huyện Hương Sơn", "count"]
    assert huong_son.max() == 839 and huong_son.sum() == 839
    with duckdb.connect(str(corpus_db), read_only=True) as con:
        top_level = con.execute("SELECT count(*), max(count) FROM model_counts "
                                    "WHERE part_of IS NULL AND field IS NULL AND level IS NULL"
                                ).fetchone()
    assert int(ns["mc"]["top_level"].sum()) == top_level[0]
    assert int(totals["count"].max()) == top_level[1]
    assert {"kinh_te", "van_hoa_xa_hoi"} <= set(ns["field_pivot"].columns)

    # (h) provenance: the traced number is written in its sentence and in the span cut from the article
    provenance = ns["provenance"]
    assert provenance is not None and provenance["table"] == "model_counts"
    number = int(provenance["number"])
    assert number == top_level[1]  # the largest model count
    assert provenance["span"] == provenance["span_sql"]
    assert provenance["span"] in provenance["sentence"]
    assert number in {int(m.replace(".", "")) for m in re.findall(r"\d+(?:\.\d{3})*", provenance["sentence"])}
    assert provenance["number_in_sentence"] and provenance["extractor"].startswith("model_counts.")

    # (h) the check over every fact covers every row; model counts lie in their sentences
    trace = ns["trace"]
    for table in ("events", "officials", "model_counts", "award_counts", "units", "outcomes"):
        assert trace.loc[table, "facts"] == counts[table], table
        assert trace.loc[table, "span_in_sentence"] <= counts[table], table
    assert trace.loc["model_counts", "span_in_sentence"] == counts["model_counts"]
    assert 0 < trace.loc["model_counts", "number_in_span"] <= counts["model_counts"]

    # (d), (f), (i): the other sections read the same store; events of unknown year are not dropped
    assert len(ns["ev"]) == counts["events"]
    assert int(ns["events_by_year"].to_numpy().sum()) == counts["events"]
    assert len(ns["units_df"]) > 0 and ns["units_df"]["latitude"].notna().any()
    assert int(ns["no_unit"]["facts"].sum()) == sum(
        counts[t] for t in ("events", "officials", "model_counts", "award_counts", "outcomes"))
    assert ns["errors"].empty and len(ns["no_facts"]) < counts["articles"]


def test_notebook_on_empty_store(tmp_path, monkeypatch):
    db = tmp_path / "empty.duckdb"
    Store(db).close()
    ns = run_notebook(db, monkeypatch)
    overview = ns["overview"]
    assert set(SPEC_TABLES) <= set(overview["table"])
    assert (overview["rows"] == 0).all()
    assert ns["model_totals"].empty and ns["provenance"] is None


def test_notebook_reports_a_missing_store(tmp_path, monkeypatch):
    with pytest.raises(FileNotFoundError, match="THIDUA_DB"):
        run_notebook(tmp_path / "nope.duckdb", monkeypatch)
