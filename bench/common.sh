# Sourced by the bench scripts: publishes the CLI as users run it nightly (self-contained, precompiled,
# README "Nightly runs") and sets `cli` (the command) and `real` (the synth options that use the
# real corpora in ../shared/corpora when present, else nothing).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
shared=../shared/corpora
real=()
if [ -f "$shared/reuters21578.jsonl" ] && [ -f "$shared/bbc.jsonl" ]; then
  real=(--base "$shared/reuters21578.jsonl" --originals "$shared/bbc.jsonl")
  [ -f "$shared/reuters21578-datelines.tsv" ] && real+=(--base-datelines "$shared/reuters21578-datelines.tsv")
fi
published=${TMPDIR:-/tmp}/provenance-bench-cli
dotnet publish src/Provenance.Cli -c Release -r "${PROVENANCE_RID:-linux-x64}" --self-contained -p:PublishReadyToRun=true \
  -p:PublishReadyToRunComposite=true -p:PublishReadyToRunCrossgen2ExtraArgs=--instruction-set:native -o "$published" -v q -nologo >/dev/null
cli=("$published/Provenance.Cli")
