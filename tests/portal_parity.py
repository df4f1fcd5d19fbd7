"""Text-versus-page parity of the dev set: each article scored as text with its sidecar and as portal pages.

Shared by tests/test_portal_parity.py and `python -m tests.portal_parity` (which prints the per-template table of
micro-F1 on each group of the dev set). Only aggregate scores of the held-back `h2_*` articles are ever shown.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from pipeline import orchestrate
from pipeline.evaluate import Report, evaluate
from pipeline.store import Store
from tests.portal_pages import DECOYS, FURNITURE_MARKERS, SUMMARIES, TEMPLATES, write_pages

SHARED_DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "dev"
HELD_BACK = "h2_"
GROUPS = {"ho": ("ho_",), "old": ("dev_", "dv_", "seed_"), "h2": (HELD_BACK,)}
FACT_TABLES = ("events", "officials", "model_counts", "award_counts", "units", "outcomes")
# The fact columns compared article by article (what the gold scores, not provenance)
FACT_KEYS = {
    "events": ("kind", "event_year", "event_month", "event_day", "unit", "attendees", "period_start", "period_end"),
    "officials": ("name", "title", "unit", "role"),
    "model_counts": ("count", "kind", "field", "action", "level", "unit", "period_start", "period_end"),
    "award_counts": ("count", "recipient", "award", "issuer"),
    "units": ("level", "name"),
    "outcomes": ("value", "unit"),
}


def group_of(name: str) -> str | None:
    return next((g for g, prefixes in GROUPS.items() if name.startswith(prefixes)), None)


def _gold_dir(root: Path, names: list[str], group: str | None = None) -> Path:
    """A folder of links to the gold files of `names` (of one group when given)."""
    folder = root / f"gold_{group or 'all'}"
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        if group is None or group_of(name) == group:
            link = folder / f"{name}.json"
            if not link.exists():
                link.symlink_to(SHARED_DEV / f"{name}.json")
    return folder


def ingest(inputs: list[Path], db: Path) -> Store:
    store = Store(db)
    summary = orchestrate.ingest(inputs, store)
    assert summary.failed == 0, [str(e) for e in summary.errors][:5]
    return store


def scores(store: Store, root: Path, names: list[str]) -> dict[str, Report]:
    """Report per group of the dev set (and "all") over the articles `names`."""
    reports = {"all": evaluate(_gold_dir(root, names), store)}
    for group in GROUPS:
        if any(group_of(n) == group for n in names):
            reports[group] = evaluate(_gold_dir(root, names, group), store)
    return reports


def facts_by_article(store: Store) -> dict[str, set]:
    """The scored values of every fact, per article (by file name), for an article-by-article comparison."""
    names = {aid: Path(str(src)).name.split(".")[0]
             for aid, src in store.con.execute("SELECT article_id, source FROM articles").fetchall()}
    found: dict[str, set] = defaultdict(set)
    for table in FACT_TABLES:
        columns = ", ".join(FACT_KEYS[table])
        for row in store.con.execute(f"SELECT article_id, {columns} FROM {table}").fetchall():
            found[names[row[0]]].add((table,) + tuple(str(v) for v in row[1:]))
    return found


def article_meta(store: Store) -> dict[str, tuple]:
    """(published, precision, url, title) per article (by file name)."""
    return {Path(str(source)).name.split(".")[0]: tuple(str(v) for v in rest) for source, *rest in store.con.execute(
        "SELECT source, published, published_precision, url, title FROM articles").fetchall()}


def decoy_leaks(store: Store) -> list[tuple[str, str]]:
    """(article, what) for every decoy teaser or furniture line found in a stored article's text or evidence."""
    markers = [d[:40] for d in DECOYS + SUMMARIES] + list(FURNITURE_MARKERS)
    leaks = []
    for source, text in store.con.execute("SELECT source, text FROM articles").fetchall():
        for marker in markers:
            if marker in text:
                leaks.append((Path(str(source)).name.split(".")[0], marker))
    for table in FACT_TABLES:
        for source, evidence in store.con.execute(
                f"SELECT a.source, f.evidence FROM {table} f JOIN articles a USING (article_id)").fetchall():
            leaks += [(Path(str(source)).name.split(".")[0], m) for m in markers if evidence and m in evidence]
    return leaks


@dataclass
class Comparison:
    template: str
    names: list[str]
    text: dict[str, Report]
    page: dict[str, Report]
    differing: dict[str, tuple[set, set]]  # article -> (only in text, only in page)
    meta_differing: dict[str, tuple[tuple, tuple]]  # article -> ((published, precision, url, title) text, page)
    leaks: list[tuple[str, str]]


def rotation(index: int, per_article: int = len(TEMPLATES)) -> tuple[str, ...]:
    """The templates article number `index` is wrapped in: all of them, or `per_article` taken in turn."""
    return tuple(TEMPLATES[(index + k) % len(TEMPLATES)] for k in range(per_article))


def compare(root: Path, per_article: int = len(TEMPLATES)) -> tuple[dict[str, Comparison], float]:
    """Ingest the dev set as text and as pages of every template; (comparisons per template, seconds)."""
    started = time.perf_counter()
    texts = sorted(SHARED_DEV.glob("*.txt"))
    written = write_pages(texts, root / "pages", lambda i: rotation(i, per_article))
    with ingest([SHARED_DEV], root / "text.duckdb") as text_store:
        text_facts, text_meta = facts_by_article(text_store), article_meta(text_store)
        text_reports = {t: scores(text_store, root / t / "text", names) for t, names in written.items()}
    comparisons = {}
    for template, names in written.items():
        with ingest([root / "pages" / template], root / f"{template}.duckdb") as page_store:
            page_facts, page_meta = facts_by_article(page_store), article_meta(page_store)
            meta_differing = {n: (text_meta[n], page_meta[n]) for n in names if text_meta[n] != page_meta[n]}
            differing = {}
            for name in names:
                only_text, only_page = text_facts[name] - page_facts[name], page_facts[name] - text_facts[name]
                if only_text or only_page:
                    differing[name] = (only_text, only_page)
            comparisons[template] = Comparison(template, names, text_reports[template],
                                               scores(page_store, root / template / "page", names), differing, meta_differing,
                                               decoy_leaks(page_store))
    return comparisons, time.perf_counter() - started


def main(argv: list[str]) -> None:
    """Print micro-F1 text vs page per template and group; with --diff, the differing facts (never of h2_*)."""
    with tempfile.TemporaryDirectory() as tmp:
        comparisons, seconds = compare(Path(tmp))
    print(f"{'template':10} {'group':5} {'text':>6} {'page':>6}  per table (text/page)")
    for template, c in comparisons.items():
        for group in ("all",) + tuple(GROUPS):
            if group not in c.text:
                continue
            t, p = c.text[group], c.page[group]
            tables = " ".join(f"{name}={t.tables[name].f1:.3f}/{p.tables[name].f1:.3f}" for name in t.tables
                              if abs(t.tables[name].f1 - p.tables[name].f1) > 1e-9)
            print(f"{template:10} {group:5} {t.micro.f1:6.3f} {p.micro.f1:6.3f}  {tables}")
        shown = {n: d for n, d in c.differing.items() if not n.startswith(HELD_BACK)}
        print(f"  {len(c.differing)} articles differ ({len(shown)} shown), {len(c.leaks)} decoy leaks "
              f"({sorted({m for n, m in c.leaks if not n.startswith(HELD_BACK)})[:5]})")
        shown_meta = {n: d for n, d in c.meta_differing.items() if not n.startswith(HELD_BACK)}
        print(f"  {len(c.meta_differing)} articles with other metadata ({len(shown_meta)} shown)")
        if "--diff" in argv:
            for name, (text, page) in sorted(shown_meta.items()):
                print(f"    {name}: text {text}\n    {' ' * len(name)}  page {page}")
            for name, (only_text, only_page) in sorted(shown.items()):
                print(f"    {name}: text only {sorted(only_text)}\n    {' ' * len(name)}  page only {sorted(only_page)}")
    print(f"{seconds:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
