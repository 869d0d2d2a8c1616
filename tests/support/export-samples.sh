#!/bin/sh
# Imports every sample and made-up notation document, and writes what the CLI makes of each (JSON,
# CSV, and `list` as of 2024-06-01) into OUTDIR. Run it before and after a refactoring and diff the
# two folders: the CLI's output on the samples must not change.
#   tests/support/export-samples.sh build/release/app/taizhang-cli /tmp/before
set -eu
CLI=$1
OUT=$2
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$OUT"
rm -f "$OUT"/*
for f in "$ROOT"/../shared/samples/*.txt "$ROOT"/tests/data/notations/* "$ROOT"/tests/data/*.txt; do
    [ -f "$f" ] || continue
    b=$(basename "$f")
    ledger="$OUT/$b.taizhang"
    "$CLI" import "$f" --into "$ledger" >/dev/null 2>&1 || true
    "$CLI" export "$ledger" --format json --out "$OUT/$b.json" >/dev/null 2>&1 || true
    "$CLI" export "$ledger" --format csv --out "$OUT/$b.csv" >/dev/null 2>&1 || true
    "$CLI" list "$ledger" --today 2024-06-01 >"$OUT/$b.list" 2>&1 || true
    rm -f "$ledger" "$ledger.lock"
done
