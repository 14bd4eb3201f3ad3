#!/usr/bin/env bash
# The newcomer's report in a browser (issue 18): headless Chromium opens the report the demo wrote and the DOM it
# builds must show data points in every chart, a text alternative per chart, and the marks of suppressed (x) and
# provisional (*) points. Usage: demo-report-test.sh [REPORT.html] (default data/demo/report.html); exits 1 with the
# reason when a check fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
report="$(realpath "${1:-$root/data/demo/report.html}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --window-size=900,4000 \
  --dump-dom "file://$report" > "$work/dom.html" 2> /dev/null
python3 - "$work/dom.html" <<'PY'
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
charts = re.findall(r"<svg.*?</svg>", dom, re.S)
problems = []
if not charts:
    problems.append("no chart in the page")
for svg in charts:
    label = re.search(r'aria-label="([^"]*)"', svg)
    name = label.group(1).split(":")[0] if label else "a chart"
    if not label or 'role="img"' not in svg:
        problems.append(f"{name}: no text alternative")
    # a series line (JFreeSVG's 2-pixel stroke; grid and ticks are thinner) or a point's filled circle, which is all
    # an isolated published value between suppressed ones draws
    drawn = re.search(r"<line [^>]*style=[\"']stroke-width:2\.0;stroke:rgb\(", svg) \
        or re.search(r"<g style=[\"']fill:rgb\([0-9,]+\);stroke:none[\"'][^>]*><path d=[\"']M[^\"']*C", svg)
    if not drawn:
        problems.append(f"{name}: no data point drawn")
for mark, what in ((">x</text>", "suppressed"), (">*</text>", "provisional")):
    if mark not in dom:
        problems.append(f"no {what} point marked ({mark[1]}) in any chart")
if problems:
    print("demo report: " + "; ".join(problems), file=sys.stderr)
    sys.exit(1)
print(f"demo report: {len(charts)} charts, each with data points and a text alternative; x and * marks drawn")
PY
