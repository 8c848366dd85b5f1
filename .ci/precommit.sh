#!/usr/bin/env bash
# make precommit: tests .pre-commit-hooks.yaml for real with pre-commit (from
# Debian's packages, installed when missing). In a scratch git repository
# holding a copy of testdata/project, `pre-commit try-repo` builds the hook
# from this repository and must pass; then a source is changed so that a fact
# is contradicted, and the hook must fail and name the contradiction.
#
# try-repo is given a snapshot of the working tree (tracked and untracked
# files, less the ignored ones) committed in a scratch repository: on the
# repository itself it would add uncommitted changes to tracked files but
# leave out untracked ones, so a new hook file or a new .go file would be
# missing from what it builds.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)

if ! command -v pre-commit >/dev/null 2>&1; then
  sudo=
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
  echo "precommit: installing pre-commit from Debian's packages"
  apt() { $sudo env DEBIAN_FRONTEND=noninteractive apt-get -q "$@"; }
  apt install -y pre-commit || { apt update && apt install -y pre-commit; }
fi
pre-commit --version

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
project=$scratch/project
mkdir "$project"
cp -R "$repo/testdata/project/." "$project"
snapshot=$scratch/factcheck
mkdir "$snapshot"
(cd "$repo" && git ls-files -z -co --exclude-standard |
  while IFS= read -r -d '' f; do
    if [ -f "$f" ] || [ -L "$f" ]; then printf '%s\0' "$f"; fi # not the deleted
  done | xargs -0 cp -P --parents -t "$snapshot")
cd "$project"
export GIT_AUTHOR_NAME=factcheck GIT_AUTHOR_EMAIL=factcheck@example.invalid
export GIT_COMMITTER_NAME=factcheck GIT_COMMITTER_EMAIL=factcheck@example.invalid
git -C "$snapshot" init -q
git -C "$snapshot" add -A
git -C "$snapshot" commit -q -m "factcheck as it is in the working tree"
git init -q
git add -A
git commit -q -m "the fact sheet and its sources"
# Reuse the module cache instead of downloading the modules again into the
# hook's own GOPATH (pre-commit sets GOPATH, and with it the default cache).
GOMODCACHE=$(go env GOMODCACHE)
export GOMODCACHE

if ! pre-commit try-repo "$snapshot" factcheck --all-files >"$scratch/pass.log" 2>&1; then
  cat "$scratch/pass.log"
  echo "precommit: FAIL: the hook failed on testdata/project, whose contradictions are all labelled"
  exit 1
fi
# Passed, not Skipped: a files: pattern that matches nothing also exits 0.
if ! grep -Eq '^factcheck\.+Passed$' "$scratch/pass.log"; then
  cat "$scratch/pass.log"
  echo "precommit: FAIL: the hook did not run on testdata/project (files: matched none of its files?)"
  exit 1
fi
echo "precommit: ok: the hook passes on testdata/project (every contradiction labelled)"

# Source 001 gives the embassy staff 24 hours to leave, as the sheet does
# (fact embassy-deadline); make it 48.
file=seeds/001_f77ce270795376ab.txt
grep -q 'had 24 hours to leave' "$file"
sed -i 's/had 24 hours to leave/had 48 hours to leave/' "$file"
git commit -q -am "source 001 now says 48 hours"
want='embassy-deadline: unexpected contradiction: source 001 says "48 hours", the sheet says 24 hours'
code=0
pre-commit try-repo "$snapshot" factcheck --all-files >"$scratch/fail.log" 2>&1 || code=$?
if [ "$code" -eq 0 ]; then
  cat "$scratch/fail.log"
  echo "precommit: FAIL: the hook passed although source 001 contradicts embassy-deadline"
  exit 1
fi
if ! grep -qF "$want" "$scratch/fail.log"; then
  cat "$scratch/fail.log"
  echo "precommit: FAIL: the hook failed (exit $code) without naming the contradiction: $want"
  exit 1
fi
echo "precommit: ok: the hook fails (exit $code) on a contradicted source and says: $(grep -F "$want" "$scratch/fail.log")"
