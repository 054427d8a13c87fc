#!/usr/bin/env bash
# Two builds of the program side by side on one corpus: runs each `analyze` N times, alternating (this
# machine's speed drifts by a fifth within minutes, so back-to-back blocks mislead), checks that both
# wrote the same bytes, and prints per build the least and the median of each stage, the collector's
# pauses, peak memory, wall and user time.
# Usage: bench/compare.sh N CORPUS PROGRAM_A PROGRAM_B [analyze options...]
#   PROGRAM_x is a published Provenance.Cli, e.g. one from
#   `dotnet publish src/Provenance.Cli -c Release -r linux-x64 --self-contained -p:PublishReadyToRun=true
#   -p:PublishReadyToRunComposite=true -p:PublishReadyToRunCrossgen2ExtraArgs=--instruction-set:native -o /tmp/cli-a`
#   (README "Nightly runs"; publish each build from its own checkout, or clean src/*/obj between them).
set -euo pipefail
[ $# -ge 4 ] || { sed -n '2,8p' "$0" >&2; exit 2; }
runs=$1 corpus=$2 a=$3 b=$4
shift 4
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for _ in $(seq "$runs"); do
  for side in A B; do
    program=$a; [ "$side" = B ] && program=$b
    /usr/bin/time -f "TIME $side %e %U" "$program" analyze "$corpus" --out "$scratch/$side.csv" --quiet --timings "$@" 2>&1 |
      sed -n "s/^timings/$side timings/p; /^TIME/p"
  done
done | python3 -c '
import sys, re, collections
seen = collections.defaultdict(lambda: collections.defaultdict(list))
for line in sys.stdin:
    if line.startswith("TIME"):
        _, side, wall, user = line.split()
        seen[side]["wall"].append(float(wall)); seen[side]["user"].append(float(user))
        continue
    m = re.match(r"(\S+) timings: (.*?); garbage collection paused ([\d.]+) s.*peak memory (\d+) MB", line)
    if m:
        for stage, secs in re.findall(r"([a-z+]+) ([\d.]+) s", m.group(2)): seen[m.group(1)][stage].append(float(secs))
        seen[m.group(1)]["gc"].append(float(m.group(3))); seen[m.group(1)]["peak MB"].append(float(m.group(4)))
for side in sorted(seen):
    print(side, "  ".join(f"{k} {min(v):g}/{sorted(v)[len(v) // 2]:g}" for k, v in seen[side].items()))
'
cmp -s "$scratch/A.csv" "$scratch/B.csv" && echo "same bytes" || { echo "THE OUTPUTS DIFFER"; exit 1; }
