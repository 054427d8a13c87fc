# Sourced by the bench scripts: builds the CLI and sets `cli` (the command) and `real` (the
# synth options that use the real corpora in ../shared/corpora when present, else nothing).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
shared=../shared/corpora
real=()
if [ -f "$shared/reuters21578.jsonl" ] && [ -f "$shared/bbc.jsonl" ]; then
  real=(--base "$shared/reuters21578.jsonl" --originals "$shared/bbc.jsonl")
  [ -f "$shared/reuters21578-datelines.tsv" ] && real+=(--base-datelines "$shared/reuters21578-datelines.tsv")
fi
dotnet build src/Provenance.Cli -c Release -v q -nologo >/dev/null
cli=(dotnet src/Provenance.Cli/bin/Release/net10.0/Provenance.Cli.dll)
