"""`notebooks/first_questions.ipynb`, executed in-process on the bundled corpus: the Dân vận khéo figures it
computes are the right ones (exact values), unlike quantities stay apart, nested units are not added, the
movement filter holds, every chart says what it rests on, and the figures are saved as PNG under
tests/artifacts/notebooks/ for a person to look at. Also checks the shipped province shapes."""

from __future__ import annotations

import json
import shutil

import pytest

pd = pytest.importorskip("pandas")
matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

import duckdb  # noqa: E402
from matplotlib.path import Path as MplPath  # noqa: E402

import thidua  # noqa: E402
from pipeline import choropleth  # noqa: E402
from pipeline.store import Store  # noqa: E402
from tests.conftest import ROOT  # noqa: E402
from tests.test_notebook import assert_saved_without_outputs, code_cells, run_notebook  # noqa: E402

NOTEBOOK = ROOT / "notebooks" / "first_questions.ipynb"
FIGURES = ROOT / "tests" / "artifacts" / "notebooks"
CHARTS = ("dvk_models_by_unit", "dvk_awards_by_issuer_level", "dvk_events_by_year", "dvk_models_map")


def test_saved_without_outputs():
    assert_saved_without_outputs(NOTEBOOK)
    assert len(code_cells(NOTEBOOK)) >= 8


def test_first_questions_on_bundled_corpus(corpus_db, monkeypatch):
    shutil.rmtree(FIGURES, ignore_errors=True)
    ns = run_notebook(corpus_db, monkeypatch, NOTEBOOK, figures=FIGURES)
    print(f"figures: {FIGURES}")

    # 1. models by unit, action, kind and period: headline figures only, each once
    models = ns["dvk_models"]
    keys = ["unit", "action", "kind_group", "period"]
    assert not models.duplicated(keys).any()
    figure = models.set_index(keys)["count"]
    assert figure[("huyện Thọ Xuân", "xay_dung", "mô hình, điển hình", "2020–2025")] == 1356
    assert figure[("huyện Hương Sơn", "xay_dung", "mô hình, điển hình", "2019–2024")] == 839
    assert figure[("huyện Thoại Sơn", "dang_ky", "mô hình", "2021–2023")] == 1240
    con = thidua.connect(corpus_db)
    try:
        stated = sorted(r[0] for r in con.execute("SELECT count FROM dvk_model_totals").fetchall())
    finally:
        con.close()
    assert sorted(models["count"]) == stated  # one figure per article, unit, action and period, each once
    assert not {526, 257, 48, 1003} & set(models["count"])  # no field or grade breakdown

    # 2. awards by issuer level, recipients kept apart
    awards = ns["awards_by_level"].fillna(0)
    assert awards.loc["huyện", "tap_the"] == 12 + 22 + 19 and awards.loc["huyện", "ca_nhan"] == 20 + 35 + 7
    assert awards.loc["xã", "tap_the"] == 4 + 4 and awards.loc["xã", "ca_nhan"] == 11 + 5
    assert awards.loc["(not stated)", "mixed"] == 300 and awards.loc["(not stated)", "dong_chi"] == 3

    # 3. events: Dân vận khéo only (the Cẩm Xuyên event is about another movement); the Hương Sơn event ("Sáng
    # 15/10", no publication date) takes 2024 from the phase it reviews, 2019-2024
    by_year = ns["events_by_year"]
    assert int(by_year.to_numpy().sum()) == 7 and list(by_year.index) == list(range(2018, 2026))
    assert by_year.loc[2024].sum() == 4 and by_year.loc[2020].sum() == 0
    assert "without a year" not in ns["chart_notes"]["dvk_events_by_year"]

    # 4. the map: sums over units that do not contain one another
    totals = ns["province_totals"]
    assert totals["dang_ky"] == {"An Giang": 1240, "Hà Tĩnh": 686, "Hải Dương": 164, "Ninh Bình": 122,
                                 "Nghệ An": 37}
    assert totals["xay_dung"] == {"Thanh Hóa": 1356, "Hà Tĩnh": 839}  # xã Sơn Tiến (23) is inside Hương Sơn
    son_tien = ns["map_units"].set_index(["unit", "action"]).loc[("xã Sơn Tiến", "xay_dung"), "kept"]
    assert son_tien == "no: its district (Hương Sơn) reports this action"

    # every chart says how many articles it rests on, and names an article that gives half or more
    notes = ns["chart_notes"]
    assert set(notes) == set(CHARTS)
    assert "7 articles; 65% of it from one: seed_004.txt" == notes["dvk_awards_by_issuer_level"]
    assert "cong_nhan (2 articles; 91% of it from one: news_kinhmon_so_ket.html)" in notes["dvk_models_by_unit"]
    for chart in CHARTS:
        png = FIGURES / f"{chart}.png"
        assert png.stat().st_size > 10_000, chart


def test_only_dan_van_kheo_is_counted(corpus_db, tmp_path, monkeypatch):
    db = tmp_path / "other.duckdb"
    shutil.copy(corpus_db, db)
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE articles SET movement_code = 'nong_thon_moi' WHERE source LIKE '%seed_002.txt'")
        con.execute("UPDATE events SET movement_code = 'nong_thon_moi' WHERE article_id IN "
                    "(SELECT article_id FROM articles WHERE source LIKE '%seed_002.txt')")
    ns = run_notebook(db, monkeypatch, NOTEBOOK)
    assert "huyện Thoại Sơn" not in set(ns["dvk_models"]["unit"])
    assert "An Giang" not in ns["province_totals"]["dang_ky"]
    assert int(ns["events_by_year"].to_numpy().sum()) == 6
    assert ns["awards_by_level"].fillna(0).loc["huyện", "tap_the"] == 12 + 22


def test_first_questions_on_empty_store(tmp_path, monkeypatch):
    db = tmp_path / "empty.duckdb"
    Store(db).close()
    ns = run_notebook(db, monkeypatch, NOTEBOOK)
    assert ns["dvk_models"].empty and ns["province_totals"] == {} and ns["chart_notes"] == {}


def test_province_shapes_are_small_and_fit_the_communes():
    shapes = choropleth.provinces()
    path = ROOT / "pipeline" / "data" / choropleth.SHAPES
    assert path.stat().st_size < 1_000_000
    names = choropleth.province_names()
    assert len(names) == len(set(names)) == 63
    from extractors.gazetteer import gazetteer

    places = [p for ps in gazetteer().by_key.values() for p in ps
              if p.era == "legacy" and p.tier == "ward" and p.latitude is not None]
    assert {p.province for p in places} <= set(names)
    outlines = {f["properties"]["name"]: MplPath(
        [pt for ring in choropleth.rings(f["geometry"]) for pt in ring],
        [c for ring in choropleth.rings(f["geometry"])
         for c in [MplPath.MOVETO] + [MplPath.LINETO] * (len(ring) - 2) + [MplPath.CLOSEPOLY]])
        for f in shapes["features"]}
    inside = sum(outlines[p.province].contains_point((p.longitude, p.latitude)) for p in places)
    assert inside / len(places) > 0.97, f"{inside} of {len(places)} communes inside their province"


def test_province_shapes_are_made_by_the_script():
    """The committed GeoJSON is what scripts/make_province_shapes.py makes (deterministic, offline)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_province_shapes", ROOT / "scripts" / "make_province_shapes.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert json.loads(json.dumps(script.build(), ensure_ascii=False)) == choropleth.provinces()
