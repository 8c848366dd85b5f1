#!/usr/bin/env bash
# make browser: the HTML report checked in a real browser (headless Chromium
# from Debian's packages, installed when missing). A copy of testdata/project
# gets a new contradiction; its report must parse, in the browser, to a page
# that leads with "Needs attention", links that item to its evidence, and
# shows the evidence; a screenshot is taken and must be a picture of it.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  sudo=
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
  echo "browser: installing chromium from Debian's packages"
  apt() { $sudo env DEBIAN_FRONTEND=noninteractive apt-get -q "$@"; }
  apt install -y chromium >/dev/null || { apt update >/dev/null && apt install -y chromium >/dev/null; }
  browser=$(command -v chromium)
fi
"$browser" --version

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -R "$repo/testdata/project/." "$scratch"
source=$scratch/seeds/001_f77ce270795376ab.txt
grep -q "had 24 hours" "$source"
sed -i 's/had 24 hours/had 48 hours/' "$source"
(cd "$repo" && go build -o "$scratch/factcheck" ./cmd/factcheck)
code=0
(cd "$scratch" && ./factcheck check --format html=report.html --quiet) || code=$?
[ "$code" -eq 1 ] || { echo "browser: FAIL: check exited $code, want 1 (a new contradiction)"; exit 1; }

# Chromium gets a profile and a home of its own in the scratch directory and
# keeps its shared memory out of /dev/shm (small in containers), so that the
# machine's state cannot crash it. A crash (exit code 128 and above, as the
# segfault of one CI run) is retried twice with its messages shown; any other
# failure, or a third crash, fails the run.
mkdir -p "$scratch/home"
run() {
  local try code
  for try in 1 2 3; do
    code=0
    HOME=$scratch/home "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
      --hide-scrollbars --disable-dev-shm-usage --disable-crash-reporter --disable-breakpad \
      --user-data-dir="$scratch/profile" "$@" 2>"$scratch/browser.err" || code=$?
    [ "$code" -ge 128 ] || return "$code"
    echo "browser: chromium crashed (exit $code, try $try of 3); its messages:" >&2
    tail -n 20 "$scratch/browser.err" >&2
  done
  return "$code"
}
fail() { echo "browser: FAIL: $*"; exit 1; }
run --dump-dom "file://$scratch/report.html" > "$scratch/dom.html" || fail "chromium could not read the report (exit $?)"
run --screenshot="$scratch/report.png" --window-size=1280,1600 "file://$scratch/report.html" >/dev/null || fail "chromium could not take the screenshot (exit $?)"

dom=$scratch/dom.html
grep -q '<h2>Needs attention</h2>' "$dom" || fail "no Needs attention heading in the page as the browser read it"
attention=$(grep -n '<h2>Needs attention</h2>' "$dom" | head -1 | cut -d: -f1)
matrix=$(grep -n '<table id="matrix">' "$dom" | head -1 | cut -d: -f1)
[ -n "$matrix" ] && [ "$attention" -lt "$matrix" ] || fail "Needs attention does not come before the matrix"
grep -q '<a href="#embassy-deadline--001">embassy-deadline: unexpected contradiction' "$dom" || fail "the new contradiction is not listed, linked to its evidence"
grep -q '<section id="embassy-deadline--001" class="new">' "$dom" || fail "the link's target, the evidence, is not on the page"
grep -q '<script' "$dom" && fail "a script in the page"
head -c 8 "$scratch/report.png" | od -An -tx1 | grep -q '89 50 4e 47' || fail "the screenshot is not a PNG"
size=$(stat -c %s "$scratch/report.png")
[ "$size" -gt 20000 ] || fail "the screenshot is $size bytes: a blank page?"
mkdir -p "$repo/.out"
cp "$scratch/report.png" "$repo/.out/report.png"
echo "browser: ok: the report leads with the new contradiction, linked to its evidence; screenshot in .out/report.png ($size bytes)"
