"""Review pages in a real browser: Debian's headless Chromium (driven by Selenium through Debian's chromedriver)
opens the pages and checks that every fact's highlight is laid out, painted and on top; a full-page screenshot of
each page is saved under tests/artifacts/ for a person to look at.

`.ci/run` installs chromium and chromium-driver; elsewhere the test is skipped with the reason (and fails under
CI=true, where a skip would hide a missing install step).
"""

from __future__ import annotations

import base64
import os
import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from tests.conftest import CORPUS, ROOT
from tests.review_pages import hostile_store

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
ARTIFACTS = ROOT / "tests" / "artifacts"
# Chromium as root on a machine without a display or outside network (see the machine notes in the README)
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,1000", "--hide-scrollbars")

# For every mark: its box, its paint, and whether it (or a mark/label inside it) is what the page shows at the
# centre of its first line box. Grouped by fact in Python.
MEASURE_JS = """
const out = [];
for (const m of document.querySelectorAll('.article mark[data-fact]')) {
  m.scrollIntoView({block: 'center'});  // elementFromPoint sees the viewport only
  const s = getComputedStyle(m), r = m.getBoundingClientRect(), boxes = m.getClientRects();
  let onTop = false;
  if (boxes.length) {
    const b = boxes[0];
    const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
    onTop = hit !== null && (hit === m || m.contains(hit));
  }
  out.push({fact: m.dataset.fact, table: m.dataset.table, width: r.width, height: r.height,
            display: s.display, visibility: s.visibility, opacity: parseFloat(s.opacity),
            background: s.backgroundColor, border: parseFloat(s.borderBottomWidth), borderStyle: s.borderBottomStyle,
            onTop: onTop, label: m.querySelector(':scope > .lbl') ? m.querySelector(':scope > .lbl').innerText : null});
}
return out;
"""


def _browser(profile: Path):
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        reason = f"Chromium or chromedriver not installed ({CHROMIUM}, {CHROMEDRIVER}): apt-get install chromium " \
                 "chromium-driver (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium not installed (pip install -e '.[dev]')")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    return webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = _browser(tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.quit()


def _expected(db, article_id: str) -> dict[str, str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {fid: table for table in ("events", "officials", "model_counts", "award_counts", "units", "outcomes")
                for (fid,) in con.execute(f"SELECT fact_id FROM {table} WHERE article_id = ?",
                                          [article_id]).fetchall()}


def _visible_rgba(colour: str) -> bool:
    """'rgba(46, 160, 67, 0.22)' or 'rgb(...)': painted at all?"""
    inside = colour[colour.index("(") + 1:colour.index(")")].split(",")
    return len(inside) == 3 or float(inside[3]) > 0


def check_in_browser(driver, page: Path, expected: dict[str, str], shot: Path) -> list[dict]:
    driver.get(page.resolve().as_uri())
    assert driver.execute_script("return document.readyState") == "complete"
    marks = driver.execute_script(MEASURE_JS)
    by_fact: dict[str, list[dict]] = {}
    for mark in marks:
        by_fact.setdefault(mark["fact"], []).append(mark)
    assert set(by_fact) == set(expected), "every fact has a highlight, and only facts do"
    for fact_id, table in expected.items():
        pieces = by_fact[fact_id]
        assert {p["table"] for p in pieces} == {table}
        for p in pieces:
            assert p["display"] == "inline" and p["visibility"] == "visible" and p["opacity"] == 1, p
            assert _visible_rgba(p["background"]) and p["border"] >= 2 and p["borderStyle"] == "solid", p
        assert any(p["width"] > 0 and p["height"] > 0 for p in pieces), f"{fact_id}: highlight has no size"
        assert any(p["onTop"] for p in pieces), f"{fact_id}: highlight is hidden under something else"
        labels = [p["label"] for p in pieces if p["label"]]
        assert len(labels) == 1 and labels[0].strip(), f"{fact_id}: one visible label"
    driver.execute_script("window.scrollTo(0, 0)")
    size = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
    png = driver.execute_cdp_cmd("Page.captureScreenshot", {  # the whole page, not only the window
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size[0], "height": min(size[1], 10000), "scale": 1}})["data"]
    shot.parent.mkdir(parents=True, exist_ok=True)
    shot.write_bytes(base64.b64decode(png))
    assert shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")
    return marks


def test_corpus_page_highlights_every_fact(browser, tmp_path):
    db = tmp_path / "corpus.duckdb"
    assert CliRunner().invoke(app, ["ingest", str(CORPUS / "portal_thoxuan_tong_ket.html"), "--db", str(db)]
                              ).exit_code == 0
    with duckdb.connect(str(db), read_only=True) as con:
        (article_id,) = con.execute("SELECT article_id FROM articles").fetchone()
    page = tmp_path / "thoxuan.html"
    assert CliRunner().invoke(app, ["review", article_id, "--out", str(page), "--db", str(db)]).exit_code == 0
    expected = _expected(db, article_id)
    assert len(expected) >= 20
    check_in_browser(browser, page, expected, ARTIFACTS / "review_thoxuan.png")


@pytest.mark.unchecked_store  # facts made wrong on purpose
def test_overlapping_spans_stay_visible(browser, tmp_path):
    db = tmp_path / "hostile.duckdb"
    article_id, spans = hostile_store(db)
    page = tmp_path / "hostile.html"
    assert CliRunner().invoke(app, ["review", article_id, "--out", str(page), "--db", str(db)]).exit_code == 0
    marks = check_in_browser(browser, page, _expected(db, article_id), ARTIFACTS / "review_overlaps.png")
    # facts over the same words are drawn as separate underlines: the marks covering one piece differ in depth
    paddings = browser.execute_script(
        "return [...document.querySelectorAll('.article mark mark mark')].map(m => "
        "[m.dataset.fact, m.parentElement.dataset.fact, m.parentElement.parentElement.dataset.fact, "
        "m.getBoundingClientRect().bottom, m.parentElement.getBoundingClientRect().bottom, "
        "m.parentElement.parentElement.getBoundingClientRect().bottom])")
    assert paddings, "three facts cover one piece of the text"
    for inner, middle, outer, b_inner, b_middle, b_outer in paddings:
        assert len({inner, middle, outer}) == 3
        assert len({round(b_inner), round(b_middle), round(b_outer)}) == 3, "stacked underlines at distinct depths"
    assert len(marks) > len(spans)  # crossing spans are split into several marks
