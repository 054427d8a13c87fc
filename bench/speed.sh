#!/usr/bin/env bash
# End-to-end speed and memory: generates corpora of 10k, 20k, 40k and 80k articles with
# `provenance synth` (real base text from ../shared/corpora when present) and times `analyze`
# on each (wall time and peak resident memory, by /usr/bin/time). Usage: bench/speed.sh [SIZES...]
set -euo pipefail
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10000 20000 40000 80000)
source "$(dirname "$0")/common.sh"
printf '| articles | MB of JSONL | wall s | MB/s | peak MB |\n| --- | --- | --- | --- | --- |\n'
for n in "${sizes[@]}"; do
  dir=/tmp/provenance-speed-$n
  [ -f "$dir/corpus.jsonl" ] || "${cli[@]}" synth --articles "$n" --seed 777 --out "$dir" "${real[@]}" >/dev/null 2>&1
  bytes=$(stat -c %s "$dir/corpus.jsonl")
  /usr/bin/time -f "%e %M" -o "$dir/time.txt" "${cli[@]}" analyze "$dir/corpus.jsonl" --out "$dir/out.csv" >/dev/null 2>&1 || true
  read -r wall kb < "$dir/time.txt"
  awk -v n="$n" -v b="$bytes" -v w="$wall" -v k="$kb" 'BEGIN { printf "| %d | %.1f | %.2f | %.2f | %.0f |\n", n, b/1e6, w, b/1e6/w, k/1024 }'
done
