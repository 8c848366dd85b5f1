#!/usr/bin/env bash
# The scale benchmark of make bench: a deterministic synthetic corpus of
# SOURCES sources (about 5 kB each) checked end to end by the factcheck
# command against 10, 100 and 1,000 facts, on one core and on two. Prints
# throughput, time per source and peak memory, and the ratios issue 5 sets
# targets for. Figures go into BENCHMARKS.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
SOURCES=${SOURCES:-10000}
work=${BENCH_DIR:-${TMPDIR:-/tmp}/factcheck-bench}
mkdir -p "$work"
go build -o "$work/factcheck" ./cmd/factcheck
go build -o "$work/synth" ./cmd/synth
timer=()
if [ -x /usr/bin/time ]; then timer=(/usr/bin/time -f '%e %M' -o "$work/time"); fi

printf '%-6s %-5s %9s %9s %12s %10s\n' facts cores MB/s seconds ms/source peak-MB
declare -A rate
for facts in 10 100 1000; do
  corpus="$work/s$SOURCES-f$facts"
  if [ ! -f "$corpus/bytes" ]; then
    rm -rf "$corpus" && mkdir -p "$corpus"
    "$work/synth" -dir "$corpus" -sources "$SOURCES" -facts "$facts" -seeds seeds | cut -f1 > "$corpus/bytes.tmp"
    mv "$corpus/bytes.tmp" "$corpus/bytes"
  fi
  bytes=$(cat "$corpus/bytes")
  for cores in 1 2; do
    start=$(date +%s.%N)
    GOMAXPROCS=$cores "${timer[@]}" "$work/factcheck" check --facts "$corpus/facts.yaml" --sources "$corpus/pages" \
      --format json --out "$work/out.json" || [ $? = 1 ]
    end=$(date +%s.%N)
    secs=$(echo "$end - $start" | bc -l)
    peak=n/a
    if [ -f "$work/time" ]; then peak=$(( $(tail -n 1 "$work/time" | awk '{print $2}') / 1024 )); fi
    mbs=$(echo "$bytes / 1000000 / $secs" | bc -l)
    rate[$facts-$cores]=$mbs
    printf '%-6s %-5s %9.2f %9.1f %12.2f %10s\n' "$facts" "$cores" "$mbs" "$secs" "$(echo "$secs * 1000 / $SOURCES" | bc -l)" "$peak"
  done
done
printf '\nfrom 10 to 1,000 facts on one core, throughput falls %.1fx (target: at most 2x)\n' "$(echo "${rate[10-1]} / ${rate[1000-1]}" | bc -l)"
printf 'two cores give %.2fx one core at 1,000 facts (target: at least 1.8x)\n' "$(echo "${rate[1000-2]} / ${rate[1000-1]}" | bc -l)"

# What the machine allows: reading the corpus with no checking at all, and
# what two cores give a loop that only computes and one that allocates as
# the check does (BenchmarkCeiling, internal/synth/bench_test.go).
corpus="$work/s$SOURCES-f1000"
start=$(date +%s.%N)
find "$corpus/pages" -type f -exec cat {} + > /dev/null
end=$(date +%s.%N)
printf '\nreading the corpus alone (cat): %.0f MB/s\n' "$(echo "$(cat "$corpus/bytes") / 1000000 / ($end - $start)" | bc -l)"
# The best of three runs: the machine's neighbours make single runs vary.
go test -run '^$' -bench Ceiling -cpu 1,2 -count 3 ./internal/synth | awk '
  function best(t, k, v) { if (!(k in t) || v < t[k]) t[k] = v }
  /^BenchmarkCeiling/ { split($1, a, "/"); name = a[2]; sub(/-2$/, "", name); if ($1 ~ /-2$/) best(two, name, $3); else best(one, name, $3) }
  END { for (n in one) printf "two cores give %.2fx one core on a loop that %s (the machine'"'"'s ceiling)\n", one[n] / two[n], (n == "compute" ? "only computes" : "allocates") }' | sort
