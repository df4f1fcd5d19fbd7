"""Snapshot every stored row of the accuracy suites, and diff two snapshots: proof that a refactoring of the
extractors changed no fact.

    python scripts/facts_snapshot.py dump before.json            # corpus, written and dev (when present)
    ... change the code ...
    python scripts/facts_snapshot.py dump after.json
    python scripts/facts_snapshot.py diff before.json after.json [--ignore extractor]
    python scripts/facts_snapshot.py check before.json [--ignore extractor]   # dump to a temp file and diff

Each suite is ingested with `pipeline.orchestrate.ingest` into a fresh store, then every table of the store is
dumped (every column except the run-dependent times and `pipeline_version`) as sorted JSON; paths of inputs
are written relative to their suite ("<corpus>/seed_000.txt"), so two checkouts can be compared.
Segmentation (underthesea, most of the run time) is cached under `--cache` keyed by the cleaned article and the
segmenter's source, so a second dump only re-runs cleaning, extraction and the store.

The diff never prints the rows of held-back articles (sources matching `--hide`, default `h2_*`): it only counts
them, so the measurement set stays unread.
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import json
import pickle
import sys
import tempfile
from collections import Counter
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SUITES = {
    "corpus": ROOT / "corpus",
    "written": ROOT / "tests" / "written",
    "dev": ROOT.parent / "shared" / "gold" / "dev",  # read in place, as tests/accuracy.py does
}
# Columns that differ between two runs of the same code: times of the run and the version of the code itself
# (an input file's fingerprint includes the reader's code).
VOLATILE = {"ingested_at", "logged_at", "first_seen", "last_seen", "started", "finished", "host", "pipeline_version",
            "version_components", "file_sha256", "recorded"}
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "thidua-facts-snapshot-cache"


def _cached_segment(cache: Path):
    """`pipeline.segment.segment` memoised on disk: same cleaned article and segmenter source -> same result."""
    from pipeline import segment as segment_module
    from pipeline import urldates

    real = segment_module.segment
    sources = b"".join(Path(m.__file__).read_bytes() for m in (segment_module, urldates))
    source_hash = hashlib.sha256(sources).hexdigest()
    cache.mkdir(parents=True, exist_ok=True)

    def segment(article, article_id, **kwargs):
        digest = hashlib.sha256(pickle.dumps((source_hash, article, article_id, sorted(kwargs.items())))).hexdigest()
        path = cache / f"{digest}.pickle"
        if path.exists():
            return pickle.loads(path.read_bytes())
        result = real(article, article_id, **kwargs)
        path.write_bytes(pickle.dumps(result))
        return result

    return segment


def _plain(value, folders: tuple[tuple[str, str], ...] = ()):
    if isinstance(value, str):
        for prefix, name in folders:
            value = value.replace(prefix, name)
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def dump_store(db: Path, folder: Path | None = None, name: str = "") -> dict[str, list[dict]]:
    """Every table of a store (views are derived from them) as sorted lists of rows (volatile columns left out,
    `folder` written `<name>`)."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY 1").fetchall()]
        out = {}
        folders = tuple((str(f), f"<{name}>") for f in sorted({folder.resolve(), folder}, key=lambda f: -len(str(f)))) \
            if folder else ()
        for table in tables:
            cursor = con.execute(f"SELECT * FROM {table}")
            columns = [c[0] for c in cursor.description]
            rows = [{c: _plain(v, folders) for c, v in zip(columns, row) if c not in VOLATILE} for row in cursor.fetchall()]
            out[table] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))
        return out
    finally:
        con.close()


def dump(suites: list[str], cache: Path | None) -> dict:
    from pipeline import orchestrate
    from pipeline.store import Store

    if cache is not None:  # the pipeline looks the segmenter up in its module when it first needs it
        from pipeline import segment as segment_module

        segment_module.segment = _cached_segment(cache)
    snapshot = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in suites:
            folder = SUITES[name]
            if not folder.is_dir():
                print(f"skip {name}: {folder} not found", file=sys.stderr)
                continue
            db = Path(tmp) / f"{name}.duckdb"
            with Store(db) as store:
                summary = orchestrate.ingest([folder], store)
            print(f"{name}: {summary.written} articles, {summary.failed} errors", file=sys.stderr)
            snapshot[name] = dump_store(db, folder, name)
    return snapshot


def _sources(tables: dict[str, list[dict]]) -> dict[str, str]:
    return {row["article_id"]: row.get("source", "") for row in tables.get("articles", [])}


def diff(before: dict, after: dict, ignore: set[str], hide: str, shown: int = 20) -> int:
    """Print the rows found in only one snapshot (hidden articles only counted); returns the number of rows."""
    differing = 0
    for suite in sorted(set(before) | set(after)):
        a_tables, b_tables = before.get(suite, {}), after.get(suite, {})
        sources = _sources(a_tables) | _sources(b_tables)
        for table in sorted(set(a_tables) | set(b_tables)):
            def keyed(rows):
                return Counter(json.dumps({k: v for k, v in r.items() if k not in ignore}, sort_keys=True,
                                          ensure_ascii=False) for r in rows)
            a, b = keyed(a_tables.get(table, [])), keyed(b_tables.get(table, []))
            only_a, only_b = a - b, b - a
            if not only_a and not only_b:
                continue
            n = sum(only_a.values()) + sum(only_b.values())
            differing += n
            print(f"== {suite}.{table}: {sum(only_a.values())} rows only before, {sum(only_b.values())} only after")
            hidden = 0
            for sign, rows in (("-", only_a), ("+", only_b)):
                for row in sorted(rows):
                    data = json.loads(row)
                    source = data.get("source") or sources.get(data.get("article_id"), "")
                    if fnmatch.fnmatch(Path(source).name, hide):
                        hidden += rows[row]
                        continue
                    if shown > 0:
                        data.pop("text", None)  # an article's text is too long to read in a diff
                        print(f"{sign} {json.dumps(data, ensure_ascii=False, sort_keys=True)}")
                        shown -= 1
            if hidden:
                print(f"   ({hidden} differing rows of held-back articles not shown)")
    return differing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    for command in ("dump", "check"):
        p = sub.add_parser(command)
        p.add_argument("path", type=Path)
        p.add_argument("--suite", action="append", choices=sorted(SUITES), help="default: all three")
        p.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="segmentation cache folder")
        p.add_argument("--no-cache", action="store_true")
        p.add_argument("--dev", type=Path, help="the shared dev set, when not at ../shared/gold/dev")
    p = sub.add_parser("diff")
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    for p in sub.choices.values():
        if p.prog.endswith(("diff", "check")):
            p.add_argument("--ignore", action="append", default=[], help="a column to leave out of the comparison")
            p.add_argument("--hide", default="h2_*", help="sources whose rows are never printed")
            p.add_argument("--show", type=int, default=20, help="how many differing rows to print")
    args = parser.parse_args(argv)
    if getattr(args, "dev", None):
        SUITES["dev"] = args.dev
    if args.command == "diff":
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in (args.before, args.after))
    else:
        snapshot = dump(args.suite or list(SUITES), None if args.no_cache else args.cache)
        if args.command == "dump":
            args.path.write_text(json.dumps(snapshot, ensure_ascii=False, indent=0, sort_keys=True),
                                 encoding="utf-8")
            print(f"wrote {args.path}", file=sys.stderr)
            return 0
        baseline = json.loads(args.path.read_text(encoding="utf-8"))
        before, after = {k: v for k, v in baseline.items() if k in snapshot}, snapshot
    n = diff(before, after, set(args.ignore), args.hide, args.show)
    print("identical" if n == 0 else f"{n} differing rows")
    return 0 if n == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
