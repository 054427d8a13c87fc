#!/usr/bin/env bash
# Accuracy benchmark: a synthetic corpus made with a seed the model never saw, analysed and scored
# against its truth. Usage: bench/accuracy.sh [ARTICLES] [SEED] [OUT_DIR]
# Real base text is read from ../shared/corpora when present (research-licensed, never committed).
set -euo pipefail
articles=${1:-20000}; seed=${2:-4242}; out=${3:-/tmp/provenance-bench-$articles-$seed}
source "$(dirname "$0")/common.sh"
"${cli[@]}" synth --articles "$articles" --seed "$seed" --out "$out" "${real[@]}"
/usr/bin/time -f "analyze: %e s wall, %M KB peak" "${cli[@]}" analyze "$out/corpus.jsonl" --out "$out/out.csv" 2>&1 | tail -2
"${cli[@]}" evaluate --truth "$out/truth.csv" "$out/out.csv"
if [ -f "$shared/msrp/msr_paraphrase_train.txt" ]; then
  "${cli[@]}" msrp --train "$shared/msrp/msr_paraphrase_train.txt" --test "$shared/msrp/msr_paraphrase_test.txt" | head -3
fi
