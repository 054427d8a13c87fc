#!/usr/bin/env bash
# Night 1 then night 2 with `--state` against one run over both nights, when night 2 brings the
# articles a nightly dump could bring late: a corpus of N articles (`provenance synth`, 5% of the
# copies undated, real base text from ../shared/corpora when present) is cut in two by publication
# time: the earlier half of the dated articles is night 1, the rest and every undated article night 2
# (as bench/nightly.sh cuts its nights). Prints how many of night 2's rows differ from the single
# run's rows for the same articles (0 when they are equal).
# Usage: bench/nightgap.sh [N] [SEED] [generated]  (generated: generated text even when the real corpora are there)
set -euo pipefail
n=${1:-1000}
seed=${2:-4242}
source "$(dirname "$0")/common.sh"
[ "${3:-}" = generated ] && real=()
dir=/tmp/provenance-nightgap-$n-$seed${3:+-$3}
mkdir -p "$dir"
[ -f "$dir/corpus.jsonl" ] || "${cli[@]}" synth --articles "$n" --seed "$seed" --undated 0.05 --out "$dir" "${real[@]}" >/dev/null 2>&1
python3 - "$dir" <<'PY'
import datetime, json, sys
folder = sys.argv[1]
lines = [l for l in open(f"{folder}/corpus.jsonl", encoding="utf-8") if l.strip()]
published = lambda l: json.loads(l).get("published")
dated = sorted((l for l in lines if published(l)), key=lambda l: datetime.datetime.fromisoformat(published(l)).timestamp())
night1 = dated[:len(dated) // 2]
first = set(night1)
night2 = [l for l in lines if l not in first]
for name, part in (("night1", night1), ("night2", night2), ("both", night1 + night2)):
    open(f"{folder}/{name}.jsonl", "w", encoding="utf-8").writelines(part)
PY
rm -rf "$dir/state"
"${cli[@]}" analyze "$dir/both.jsonl" --out "$dir/both.csv" --quiet
"${cli[@]}" analyze "$dir/night1.jsonl" --out "$dir/night1.csv" --state "$dir/state" --window 100000d --quiet
"${cli[@]}" analyze "$dir/night2.jsonl" --out "$dir/night2.csv" --state "$dir/state" --window 100000d --quiet
python3 - "$dir" <<'PY'
import csv, json, sys
folder = sys.argv[1]
ids = {json.loads(l)["id"] for l in open(f"{folder}/night2.jsonl", encoding="utf-8") if l.strip()}
rows = lambda path: [r for r in csv.reader(open(path, encoding="utf-8-sig", newline=""))][1:]
full = [r for r in rows(f"{folder}/both.csv") if r[0] in ids]
night = rows(f"{folder}/night2.csv")
differing = sum(a != b for a, b in zip(full, night)) + abs(len(full) - len(night))
print(f"night 2: {len(night)} rows, one run: {len(full)} rows for the same articles; {differing} differ")
PY
