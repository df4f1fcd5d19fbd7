#!/usr/bin/env python
"""Throughput benchmark: articles/second per core, peak memory, and the share of time per stage.

usage: python scripts/benchmark.py [INPUT ...] [--copies N] [--workers N] [--json OUT]

The inputs (default: corpus/ plus ../shared/gold/dev when present) are replicated N times with a marker line so
every copy is a distinct article, then ingested into a fresh store. Copies are ordered copy by copy, so the
per-article caches (folded sentences) never see a repeat; only what repeats in real crawls (words, names,
places) is served from cache. Stage times come from the pipeline's own
per-stage timers (clean, segment, extract, store); "read+other" is the rest of the wall time.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import orchestrate  # noqa: E402
from pipeline.ingest import discover  # noqa: E402
from pipeline.store import Store  # noqa: E402


def replicate(inputs: list[Path], copies: int, target: Path) -> int:
    """Write `copies` variants of every .txt/.html input (plus sidecars); returns the number of articles."""
    count = 0
    for path in (p for p in discover(inputs) if isinstance(p, Path)):
        text = path.read_text(encoding="utf-8")
        sidecar = path.with_name(path.name.split(".")[0] + ".meta.json")
        for i in range(copies):
            stem = f"copy{i:03d}_{path.name.split('.')[0]}"  # copies far apart, so no cache sees a repeat
            marker = f"\n<p>Bản sao {i}.</p>\n" if path.suffix in (".html", ".htm") else f"\n\nBản sao {i}.\n"
            body = text.replace("</body>", marker + "</body>") if "</body>" in text else text + marker
            (target / f"{stem}{path.suffix}").write_text(body, encoding="utf-8")
            if sidecar.exists():
                (target / f"{stem}.meta.json").write_text(sidecar.read_text(encoding="utf-8"), encoding="utf-8")
            count += 1
    return count


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    inputs = args.inputs or [ROOT / "corpus"] + [p for p in [ROOT.parent / "shared" / "gold" / "dev"] if p.is_dir()]
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
