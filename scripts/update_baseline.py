#!/usr/bin/env python
"""Pin the accuracy floors of tests/accuracy_baseline.json (table F1 and attribute agreement) to the current
scores, rounded down to 0.01.

usage: python scripts/update_baseline.py [--allow-lower --reason "why"]

Floors only go up by default. A floor that would go down is refused unless --allow-lower is given with a
reason; put the same reason in the commit message.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.accuracy import BASELINE, SUITES, gated_scores, score_suite  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--allow-lower", action="store_true")
    parser.add_argument("--reason", default="")
    args = parser.parse_args()
    if args.allow_lower and not args.reason.strip():
        parser.error("--allow-lower needs --reason")
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    lowered = []
    with tempfile.TemporaryDirectory() as tmp:
        for suite, (inputs, gold) in SUITES.items():
            if not all(Path(p).exists() for p in inputs):
                print(f"{suite}: inputs not available, floors kept")
                continue
            report = score_suite(inputs, gold, Path(tmp) / f"{suite}.duckdb")
            floors = baseline.setdefault(suite, {})
            for name, value in gated_scores(report).items():
                current = math.floor(value * 100) / 100
                old = floors.get(name, 0.0)
                if current < old:
                    lowered.append(f"{suite}.{name}: {old} -> {current}")
                    if not args.allow_lower:
                        continue
                floors[name] = current if args.allow_lower else max(old, current)
    if lowered and not args.allow_lower:
        print("refused to lower floors (use --allow-lower --reason):\n  " + "\n  ".join(lowered))
        return 1
    if lowered:
        baseline.setdefault("_lowered", []).append({"floors": lowered, "reason": args.reason})
    BASELINE.write_text(json.dumps(baseline, indent=1, ensure_ascii=False) + "\n")
    print(json.dumps({k: v for k, v in baseline.items() if not k.startswith("_")}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
