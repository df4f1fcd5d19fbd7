#!/usr/bin/env python
"""Throughput benchmark: articles/second per core, peak memory, and the share of time per stage.

usage: python scripts/benchmark.py [INPUT ...] [--copies N] [--workers N] [--json OUT]
       python scripts/benchmark.py --rerun 20000            # unchanged rerun vs first run
       python scripts/benchmark.py --store-scale 2000 200000 # per-batch write time, peak RSS by stored articles
       python scripts/benchmark.py --compare-workers 2000    # --workers 2 against 1, side by side

The inputs (default: corpus/ plus ../shared/gold/dev when present) are replicated N times with a marker line so
every copy is a distinct article, then ingested into a fresh store. Copies are ordered copy by copy, so the
per-article caches (folded sentences) never see a repeat; only what repeats in real crawls (words, names,
places) is served from cache. Stage times come from the pipeline's own
per-stage timers (clean, segment, extract, store); "read+other" is the rest of the wall time.

The batch measurements (issue: reprocessing from one crawl to a million articles) run long and are not tests:
  --rerun N          N synthetic articles ingested, then the same command three times more (unchanged): wall
                     times and the ratio of the first to the median rerun (each run a fresh process, as a
                     researcher runs `thidua ingest`).
  --store-scale A B  a store filled with A (then B) articles (real extractions of the inputs replicated in SQL
                     with distinct ids and texts), then, in a fresh process, 2,000 new articles ingested into
                     it: mean and worst per-batch write time and the process's peak RSS.
  --compare-workers N  N articles with 1 worker, then with 2, each into a fresh store, in one sitting: seconds,
                     articles/s, their ratio, the load average before and after (run it on an idle machine).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import orchestrate  # noqa: E402
from pipeline.ingest import discover  # noqa: E402
from pipeline.store import Store  # noqa: E402


def _letters(number: int) -> str:
    """A copy number in letters: digits in the marker would be read as quantities."""
    word = ""
    while True:
        number, digit = divmod(number, 26)
        word = "abcdefghijklmnopqrstuvwxyz"[digit] + word
        if not number:
            return word


def with_marker(text: str, copy: int, html: bool) -> str:
    """The text with a sentence naming the copy at the start of its first body paragraph (kept by cleaning,
    which drops short trailing lines as page furniture)."""
    marker = f"Bản sao {_letters(copy)}. "
    if html:  # the first long paragraph: short ones are often sidebars that cleaning drops
        return re.sub(r"<p>(?=[^<]{80,})", lambda m: m.group(0) + marker, text, count=1)
    lines = text.split("\n")
    body = next((n for n, line in enumerate(lines) if n > 0 and len(line) > 80), len(lines) - 1)
    lines[body] = marker + lines[body]
    return "\n".join(lines)


def copied_sidecar(sidecar: Path, copy: int) -> str:
    """The sidecar of a copy, its URL made distinct: a URL is an article's identity, so copies sharing one
    would be one source whose text changes with every copy."""
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    if isinstance(meta, dict) and isinstance(meta.get("url"), str):
        meta["url"] += ("&" if "?" in meta["url"] else "?") + f"copy={copy}"
    return json.dumps(meta, ensure_ascii=False)


def replicate(inputs: list[Path], copies: int, target: Path, first: int = 0) -> int:
    """Write `copies` variants of every .txt/.html input (plus sidecars); returns the number of articles written
    (inputs of the same name in two folders make one file per copy, so this can be less than inputs x copies)."""
    written: set[str] = set()
    for path in (p for p in discover(inputs) if isinstance(p, Path)):
        text = path.read_text(encoding="utf-8")
        sidecar = path.with_name(path.name.split(".")[0] + ".meta.json")
        for i in range(first, first + copies):
            stem = f"copy{i:05d}_{path.name.split('.')[0]}"  # copies far apart, so no cache sees a repeat
            body = with_marker(text, i, path.suffix in (".html", ".htm"))
            (target / f"{stem}{path.suffix}").write_text(body, encoding="utf-8")
            if sidecar.exists():
                (target / f"{stem}.meta.json").write_text(copied_sidecar(sidecar, i), encoding="utf-8")
            written.add(f"{stem}{path.suffix}")
    return len(written)


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def default_inputs() -> list[Path]:
    return [ROOT / "corpus"] + [p for p in [ROOT.parent / "shared" / "gold" / "dev"] if p.is_dir()]


def synthetic_corpus(inputs: list[Path], articles: int, target: Path, first: int = 0) -> int:
    """About `articles` distinct articles made from the inputs (copy numbers from `first` on)."""
    target.mkdir(parents=True, exist_ok=True)
    per_copy = sum(1 for p in discover(inputs) if isinstance(p, Path))
    return replicate(inputs, max(1, round(articles / per_copy)), target, first)


def run_cli(args: list[str]) -> tuple[float, str]:
    """`thidua ARGS` in a fresh process: wall seconds and output (start-up included, as a user sees it)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", "from pipeline.cli import main; main()", *args], cwd=ROOT,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):  # 1: some input failed, reported in the output
        raise SystemExit(f"thidua {' '.join(args)} exited with {done.returncode}:\n{done.stderr[-2000:]}")
    return seconds, done.stdout.splitlines()[0] if done.stdout else ""


def load_average() -> float:
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else float("nan")


def bench_rerun(inputs: list[Path], articles: int, reruns: int = 3) -> dict:
    """The first ingest of a synthetic corpus, then `reruns` unchanged reruns of the same command; the ratio uses
    their median (a rerun takes seconds, so one busy moment of a shared machine would swing a single one)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "inputs"
        made = synthetic_corpus(inputs, articles, folder)
        db = str(Path(tmp) / "rerun.duckdb")
        load = load_average()
        first, first_line = run_cli(["ingest", str(folder), "--db", db])
        again = [run_cli(["ingest", str(folder), "--db", db]) for _ in range(reruns)]
    times = sorted(seconds for seconds, _ in again)
    median = times[len(times) // 2]
    result = {"articles": made, "first_seconds": round(first, 2), "rerun_seconds": [round(t, 2) for t in times],
              "rerun_median_seconds": round(median, 2), "rerun_ms_per_article": round(1000 * median / made, 3),
              "speedup": round(first / median, 1), "load_average_before": load, "load_average_after": load_average(),
              "first": first_line, "rerun": again[-1][1]}
    print(f"{made} articles: first run {first:.1f} s, unchanged rerun {median:.2f} s (median of "
          f"{', '.join(f'{t:.2f}' for t in times)}; {1000 * median / made:.3f} ms per article): "
          f"{first / median:.0f}x faster (load average {load} before, {result['load_average_after']} after)")
    print(f"  first: {first_line}\n  rerun: {again[-1][1]}")
    return result


FILL_SQL = """
CREATE TEMP TABLE tpl_{table} AS SELECT * FROM {table};
INSERT INTO {table} SELECT t.* REPLACE ({replace}) FROM tpl_{table} t, range(1, {copies} + 1) r(i);
"""


def _copied_id(column: str, width: int) -> str:
    return f"substr(sha256({column} || '#' || i), 1, {width})"


def fill_store(db: Path, inputs: list[Path], articles: int) -> int:
    """A store of about `articles` articles: the inputs ingested for real, then copied in SQL with new ids."""
    from pipeline.store import FACT_TABLES

    with Store(db) as store:
        orchestrate.ingest(inputs, store)
        templates = store.counts()["articles"]
        copies = max(0, round(articles / templates) - 1)
        article_id = _copied_id("article_id", 16)
        replaces = {
            "articles": f"{article_id} AS article_id, text || ' #' || i AS text, source || '#' || i AS source, "
                        "sha256(content_sha256 || i) AS content_sha256",
            "article_sources": f"{article_id} AS article_id, source_key || '#' || i AS source_key, "
                               "sha256(content_sha256 || i) AS content_sha256",
            "changes": f"{article_id} AS article_id, {_copied_id('fact_id', 20)} AS fact_id",
        }
        for table in FACT_TABLES:
            replaces[table] = f"{article_id} AS article_id, {_copied_id('fact_id', 20)} AS fact_id"
        replaces["model_counts"] += ", CASE WHEN part_of IS NULL THEN NULL ELSE " + _copied_id("part_of", 20) + " END AS part_of"
        for table, replace in replaces.items():
            store.con.execute(FILL_SQL.format(table=table, replace=replace, copies=copies))
        store.con.execute("CHECKPOINT")
        return store.counts()["articles"]


def measure_ingest(db: str, folder: str) -> dict:
    """Ingest `folder` into an existing store (this process only): write time per batch, peak RSS."""
    from pipeline import writer

    batches: list[float] = []
    original = Store.write

    def timed(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return original(self, *args, **kwargs)
        finally:
            batches.append(time.perf_counter() - started)

    Store.write = timed
    started = time.perf_counter()
    with Store(db) as store:
        summary = orchestrate.ingest([folder], store)
        stored = store.counts()["articles"]
    wall = time.perf_counter() - started
    return {"stored_after": stored, "written": summary.written, "batches": len(batches),
            "batch_articles": writer.WRITE_BATCH, "write_mean_ms": round(1000 * sum(batches) / len(batches), 1),
            "write_max_ms": round(1000 * max(batches), 1), "wall_seconds": round(wall, 1),
            "peak_rss_mb": own_peak_rss_mb()}


def own_peak_rss_mb() -> float:
    """This process's peak RSS. Not `ru_maxrss`: Linux carries it over from the parent through fork and exec,
    so a child started by a parent that filled a large store would report the parent's peak."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def bench_store_scale(inputs: list[Path], sizes: list[int], batch_articles: int = 2000) -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "new"
        made = synthetic_corpus(inputs, batch_articles, folder, first=90000)
        for size in sizes:
            db = Path(tmp) / f"store_{size}.duckdb"
            stored = fill_store(db, inputs, size)
            done = subprocess.run([sys.executable, __file__, "--measure-ingest", str(db), str(folder)],
                                  capture_output=True, text=True, check=True)
            result = json.loads(done.stdout) | {"stored_before": stored, "new_articles": made,
                                                "db_mb": round(db.stat().st_size / 1e6, 1)}
            print(f"{stored} stored (+{made} new): write {result['write_mean_ms']} ms per batch of "
                  f"{result['batch_articles']} (worst {result['write_max_ms']}), peak RSS {result['peak_rss_mb']} MB, "
                  f"file {result['db_mb']} MB")
            results.append(result)
            db.unlink()
    if len(results) >= 2:
        first, last = results[0], results[-1]
        print(f"ratio {last['stored_before']} / {first['stored_before']} stored: write time "
              f"{last['write_mean_ms'] / first['write_mean_ms']:.2f}x, peak RSS "
              f"{last['peak_rss_mb'] / first['peak_rss_mb']:.2f}x")
    return results


def bench_workers(inputs: list[Path], articles: int) -> dict:
    """The same synthetic corpus ingested with 1 worker, then 2, each into a fresh store, in one sitting. Only
    meaningful on an idle machine: the load average is printed before and after so a busy one shows."""
    result: dict = {"cpus": os.cpu_count(), "load_average_before": load_average(), "runs": {}}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "inputs"
        made = synthetic_corpus(inputs, articles, folder)
        result["articles"] = made
        for workers in (1, 2):
            db = Path(tmp) / f"w{workers}.duckdb"
            seconds, line = run_cli(["ingest", str(folder), "--db", str(db), "--workers", str(workers)])
            with Store(db, read_only=True) as store:
                stored = store.counts()
            result["runs"][workers] = {"seconds": round(seconds, 2), "articles_per_second": round(made / seconds, 1),
                                       "output": line, "rows": stored}
            print(f"{workers} worker(s): {seconds:.1f} s, {made / seconds:.1f} articles/s ({line})")
    one, two = result["runs"][1], result["runs"][2]
    result["load_average_after"] = load_average()
    result["speedup"] = round(one["seconds"] / two["seconds"], 2)
    result["same_rows"] = one["rows"] == two["rows"]
    print(f"{made} articles: 1 worker {one['seconds']:.1f} s, 2 workers {two['seconds']:.1f} s: "
          f"{result['speedup']:.2f}x on {result['cpus']} CPUs (load average {result['load_average_before']} before, "
          f"{result['load_average_after']} after; same rows in both stores: {result['same_rows']})")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--rerun", type=int, metavar="N")
    parser.add_argument("--store-scale", type=int, nargs="+", metavar="N")
    parser.add_argument("--compare-workers", type=int, metavar="N")
    parser.add_argument("--measure-ingest", nargs=2, metavar=("DB", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    inputs = args.inputs or default_inputs()
    if args.measure_ingest:
        print(json.dumps(measure_ingest(*args.measure_ingest)))
        return 0
    special = {"rerun": (bench_rerun, args.rerun), "store_scale": (bench_store_scale, args.store_scale),
               "workers": (bench_workers, args.compare_workers)}
    results = {name: fn(inputs, value) for name, (fn, value) in special.items() if value}
    if results:
        if args.json:
            args.json.write_text(json.dumps(results, indent=1))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "inputs"
        folder.mkdir()
        articles = replicate(inputs, args.copies, folder)
        chars = sum(p.stat().st_size for p in folder.iterdir())
        # warm up imports and the gazetteer so the figures describe steady-state throughput
        with Store(Path(tmp) / "warm.duckdb") as warm:
            orchestrate.ingest([next(folder.glob("*.txt"))], warm)
        started = time.perf_counter()
        with Store(Path(tmp) / "bench.duckdb") as store:
            summary = orchestrate.ingest([folder], store, workers=args.workers)
            rows = store.counts()
        wall = time.perf_counter() - started
    stages = dict(summary.seconds)
    if args.workers > 1:  # worker stage timers add up CPU time over processes; report them per worker
        stages = {k: v / args.workers if k != "store" else v for k, v in stages.items()}
    stages["read+other"] = max(0.0, wall - sum(stages.values()))
    result = {
        "articles": articles, "input_mb": round(chars / 1e6, 2), "workers": args.workers,
        "wall_seconds": round(wall, 2), "articles_per_second": round(articles / wall, 1),
        "articles_per_second_per_core": round(articles / wall / args.workers, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1), "failed": summary.failed,
        "stage_share": {k: round(v / wall, 3) for k, v in sorted(stages.items(), key=lambda kv: -kv[1])},
        "rows": rows,
    }
    print(f"{articles} articles ({result['input_mb']} MB) in {wall:.1f} s with {args.workers} worker(s): "
          f"{result['articles_per_second']} articles/s, {result['articles_per_second_per_core']} per core, "
          f"peak RSS {result['peak_rss_mb']} MB")
    for stage, share in result["stage_share"].items():
        print(f"  {stage:<11} {share:6.1%}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
