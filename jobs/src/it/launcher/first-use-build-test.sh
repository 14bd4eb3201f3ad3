#!/usr/bin/env bash
# The launcher's first-use build (bin/opvangmonitor builds the project when it is not built yet) prints plain
# text: a scheduler's log gets no ANSI escape codes (issue 21). Runs the launcher in a fresh clone of this
# repository, so the build really happens; exits 1 with the reason when the build or the check fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone -q "$root" "$work/repo"

if ! "$work/repo/bin/opvangmonitor" --version > "$work/out" 2> "$work/err"; then
  echo "first-use build: the launcher failed:" >&2
  cat "$work/err" >&2
  exit 1
fi
grep -q "^opvangmonitor: building (first use or changed sources)" "$work/err" \
  || { echo "first-use build: the launcher did not build (no 'building' line)" >&2; exit 1; }
grep -q "^opvangmonitor " "$work/out" || { echo "first-use build: no version printed after the build" >&2; exit 1; }
if grep -q $'\x1b' "$work/err" "$work/out"; then
  echo "first-use build: ANSI escape codes in the output:" >&2
  grep -n $'\x1b' "$work/err" "$work/out" | cat -v >&2
  exit 1
fi
echo "first-use build: built, no ANSI escape codes"
