#!/usr/bin/env bash
# Ingest a gold folder into a fresh store and score it with the shared scorer (development helper).
set -euo pipefail
gold=${1:-../shared/gold/dev}
db=$(mktemp -d)/dev.duckdb
thidua ingest "$gold" --db "$db" >/dev/null 2>&1 || thidua ingest "$gold" --db "$db"
python ../shared/eval/score.py "$gold" "$db" ${2:-}
