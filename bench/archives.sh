#!/usr/bin/env bash
# The archive benchmark of make bench (issue 14): the checker beside the
# floor loop (bench/floor: read, split sentences, lowercase words) and
# grep -F with the sheet's terms, on two archives written by cmd/synth:
#
#   dense   DENSE_MB of perturbed copies of the seeds, every sentence about
#           the seed sheet (the seeds' sheet without its labels);
#   sparse  SPARSE_MB of prose from the Go distribution's comments with one
#           seed sentence in fifty.
#
# Each archive is checked against the seed sheet and against it plus 1,000
# synthetic facts, on one core and on two. Every figure of one run is
# printed in one table, so that each is read as a ratio of the others;
# BENCHMARKS.md records them by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
DENSE_MB=${DENSE_MB:-50}
SPARSE_MB=${SPARSE_MB:-200}
work=${BENCH_DIR:-${TMPDIR:-/tmp}/factcheck-bench}/archives
mkdir -p "$work"
go build -o "$work/factcheck" ./cmd/factcheck
go build -o "$work/synth" ./cmd/synth
go build -o "$work/floor" ./bench/floor
timer=()
if [ -x /usr/bin/time ]; then timer=(/usr/bin/time -f '%e %U %S %M' -o "$work/time"); fi

# archive NAME FLAG MB: writes the archive once and keeps it.
archive() {
  local dir="$work/$1"
  if [ ! -f "$dir/bytes" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    "$work/synth" -dir "$dir" "$2" "$(( $3 * 1000000 ))" -facts 1000 > "$dir/bytes.tmp"
    mv "$dir/bytes.tmp" "$dir/bytes"
  fi
}
archive dense -dense "$DENSE_MB"
archive sparse -sparse "$SPARSE_MB"
# The sparse archive's seed sheet: the dense one's (the seeds' sheet
# without its labels).
cp "$work/dense/facts.yaml" "$work/sparse/facts.yaml"

# timed CMD...: runs it and sets secs, cpu (user + system) and peak (MB).
timed() {
  local start end
  start=$(date +%s.%N)
  "${timer[@]}" "$@" > /dev/null 2> "$work/stderr" || [ $? = 1 ]
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc -l)
  cpu=$secs peak=n/a
  if [ -f "$work/time" ]; then
    read -r _ user sys kb < <(tail -n 1 "$work/time")
    cpu=$(echo "$user + $sys" | bc -l)
    peak=$(( kb / 1024 ))
  fi
}

printf '%-7s %-22s %5s %10s %12s %8s %12s\n' archive run cores MB/s MB/cpu-s peak-MB json/corpus
for a in dense sparse; do
  dir="$work/$a"
  bytes=$(cat "$dir/bytes")
  mb=$(echo "$bytes / 1000000" | bc -l)
  row() { printf '%-7s %-22s %5s %10.1f %12.1f %8s %12s\n' "$a" "$1" "$2" "$(echo "$mb / $secs" | bc -l)" "$(echo "$mb / $cpu" | bc -l)" "$peak" "$3"; }
  timed "$work/floor" "$dir/pages"
  row "floor loop" 1 -
  timed grep -r -F -i -c -f "$dir/facts-1000.terms" "$dir/pages"
  row "grep -F, $(wc -l < "$dir/facts-1000.terms") terms" 1 -
  for sheet in facts.yaml facts-1000.yaml; do
    n=$(grep -c '^  - id:' "$dir/$sheet")
    for cores in 1 2; do
      GOMAXPROCS=$cores timed "$work/factcheck" check --facts "$dir/$sheet" --sources "$dir/pages" --format json --out "$work/out.json"
      ratio=$(echo "$(stat -c %s "$work/out.json") / $bytes" | bc -l)
      row "factcheck, $n facts" "$cores" "$(printf '%.2f' "$ratio")"
    done
  done
done
