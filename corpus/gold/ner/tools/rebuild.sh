#!/usr/bin/env bash
# Rebuild sentences.jsonl from the read-only sources and the hand corrections in corrections/.
# Usage: bash rebuild.sh [shared_corpus_dir] [output.jsonl]
# Defaults: ../../../../../shared/corpus (i.e. <repo>/../shared/corpus) and a file in a temporary directory.
# Needs python3 and poppler-utils (pdftotext). Compare the output with ../sentences.jsonl to check reproducibility.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../../.." && pwd)"
shared="${1:-$repo/../shared/corpus}"
work="$(mktemp -d)"
out="${2:-$work/sentences.jsonl}"
rm -f "$out"
python3 "$here/extract.py" "$shared" "$repo" "$work/alldocs.jsonl"
python3 "$here/workflow.py" select "$work/alldocs.jsonl" "$work/cand.jsonl"
for i in $(seq 0 16); do
  python3 "$here/workflow.py" apply "$work/cand.jsonl" "$i" "$here/corrections/c$(printf %02d "$i").txt" "$out"
done
python3 "$here/workflow.py" select-extra "$work/alldocs.jsonl" "$work/cand.jsonl" "$work/cand2.jsonl"
for i in $(seq 0 3); do
  python3 "$here/workflow.py" apply "$work/cand2.jsonl" "$i" "$here/corrections/d$(printf %02d "$i").txt" "$out"
done
python3 "$here/workflow.py" select-third "$work/alldocs.jsonl" "$work/cand.jsonl" "$work/cand2.jsonl" "$work/cand3.jsonl"
for i in 0 1; do
  python3 "$here/workflow.py" apply "$work/cand3.jsonl" "$i" "$here/corrections/e$(printf %02d "$i").txt" "$out"
done
python3 "$here/workflow.py" select-fourth "$work/alldocs.jsonl" "$work/cand.jsonl" "$work/cand2.jsonl" "$work/cand3.jsonl" "$work/cand4.jsonl"
for i in 0 1; do
  python3 "$here/workflow.py" apply "$work/cand4.jsonl" "$i" "$here/corrections/f$(printf %02d "$i").txt" "$out"
done
python3 "$here/workflow.py" select-fifth "$work/alldocs.jsonl" "$work/cand.jsonl" "$work/cand2.jsonl" "$work/cand3.jsonl" "$work/cand4.jsonl" "$work/cand5.jsonl"
for i in 0 1; do
  python3 "$here/workflow.py" apply "$work/cand5.jsonl" "$i" "$here/corrections/g$(printf %02d "$i").txt" "$out"
done
python3 "$here/workflow.py" patch "$out" "$here/corrections/patches.txt"
python3 "$here/workflow.py" subsample "$out" 43
echo "written: $out"
