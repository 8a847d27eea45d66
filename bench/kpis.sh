#!/usr/bin/env bash
# Benchmark: the dashboard's figures on 1 million cases and 1 million feedback answers in
# PostgreSQL (SQL aggregates only; each figure timed RUNS times, median reported).
#
#   make bench-kpis        (or: ROWS=1000000 RUNS=5 bash bench/kpis.sh)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
trap bench_cleanup EXIT
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-5}

bench_start_site 1
echo "== Inserting $ROWS cases and $ROWS feedback answers, then timing the figures"
RESULT=$(cd "$ROOT" && $PY bench/kpi_figures.py "$ROWS" "$RUNS")
{
  echo "KPI benchmark ($(hostname), PostgreSQL)"
  echo "figures: $RESULT"
} | tee "$RESULTS/kpis-$(date +%Y%m%d-%H%M%S).txt"
