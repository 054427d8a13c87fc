#!/bin/sh
# Builds data/wordlists/synonyms.tsv (WordNet synsets of one-word lemmas, one group a line) and
# data/wordlists/word-forms.tsv (WordNet's irregular inflections: form, lemma) from the WordNet 3.0
# database (Debian/Ubuntu: apt-get install wordnet-base, which puts it in /usr/share/wordnet).
# The output is sorted, so the same database gives the same bytes.
#   bench/wordnet-synonyms.sh [WORDNET_DIR] [OUTPUT_DIR]
set -eu
wordnet=${1:-/usr/share/wordnet}
out=${2:-$(dirname "$0")/../data/wordlists}
export LC_ALL=C

{
  echo "# WordNet 3.0 synsets with two or more one-word lemmas: part of speech, then the lemmas, tab-separated."
  echo "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence: see README.md here."
  echo "# Built by bench/wordnet-synonyms.sh from $(basename "$wordnet")/data.{noun,verb,adj,adv}."
  for pos in noun verb adj adv; do
    # Synset line: offset lex_filenum ss_type w_cnt(hex) word lex_id [word lex_id ...] ...
    awk -v pos="$pos" '
      /^  / { next }
      {
        hex = tolower($4); n = 0
        for (i = 1; i <= length(hex); i++) n = n * 16 + index("0123456789abcdef", substr(hex, i, 1)) - 1
        line = ""; kept = 0; delete seen
        for (w = 0; w < n; w++) {
          lemma = tolower($(5 + 2 * w)); sub(/\([a-z]+\)$/, "", lemma)
          if (lemma !~ /^[a-z]+(-[a-z]+)*$/ || (lemma in seen)) continue
          seen[lemma] = 1; line = line "\t" lemma; kept++
        }
        if (kept >= 2) print pos line
      }' "$wordnet/data.$pos"
  done | sort -u
} > "$out/synonyms.tsv"

{
  echo "# WordNet 3.0 irregular inflections (form, lemma), from $(basename "$wordnet")/{noun,verb,adj,adv}.exc."
  echo "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence: see README.md here."
  for pos in noun verb adj adv; do
    awk '$1 ~ /^[a-z]+$/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+$/ && $i != $1) print $1 "\t" $i }' "$wordnet/$pos.exc"
  done | sort -u
} > "$out/word-forms.tsv"

wc -l -c "$out/synonyms.tsv" "$out/word-forms.tsv"
