#!/usr/bin/env bash
# The crontab line as cron runs it (sh -c, % unescaped), with the launcher, the key file and the log folder swapped
# for temporary ones and "today" fixed: the as_of is the month end before the run day, the schedule is the 2nd at
# 06:00, and the job's exit code is the command's. Exit 0 when every check holds.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
line="$(grep -v '^#' "$here/crontab" | grep -m1 .)"
read -r minute hour day month weekday user command <<<"$line"
[ "$minute $hour $day $month $weekday" = "0 6 2 * *" ] || { echo "schedule is '$minute $hour $day $month $weekday'"; exit 1; }
[ "$user" = "opvang" ] || { echo "user is '$user'"; exit 1; }

mkdir -p "$work/bin" "$work/log"
echo "crontab-test-key" > "$work/key"
cat > "$work/bin/opvangmonitor" <<'STUB'
#!/bin/sh
echo "$*" > "$STUB_ARGS"
exit "${STUB_EXIT:-0}"
STUB
# date with "now" fixed at $TODAY unless -d gives a date
cat > "$work/bin/date" <<'STUB'
#!/bin/sh
for a in "$@"; do case "$a" in -d|--date=*) exec /bin/date "$@";; esac; done
exec /bin/date -d "$TODAY" "$@"
STUB
chmod +x "$work/bin/opvangmonitor" "$work/bin/date"
command="${command//\\%/%}"
command="${command//\/opt\/opvangmonitor\/bin\/opvangmonitor/$work/bin/opvangmonitor}"
command="${command//\/etc\/opvangmonitor\/key/$work/key}"
command="${command//\/var\/log\/opvangmonitor/$work/log}"

run() { # today, exit code of the stub -> the command's exit code
  TODAY="$1" STUB_EXIT="$2" STUB_ARGS="$work/args" PATH="$work/bin:$PATH" sh -c "$command" && echo 0 || echo $?
}
for case in "2026-07-02 06:00|2026-06-30" "2026-03-02 06:00|2026-02-28" "2027-01-02 06:00|2026-12-31"; do
  today="${case%|*}"; expected="${case#*|}"
  code="$(run "$today" 0)"
  args="$(cat "$work/args")"
  [ "$code" = 0 ] || { echo "exit $code on $today"; exit 1; }
  [ "$args" = "pipeline --raw /data/raw --lake /data/lake --as-of $expected --require-all-sources" ] \
    || { echo "on $today the job got: $args"; exit 1; }
  [ -f "$work/log/${today% *}.log" ] || { echo "no log file for $today"; exit 1; }
done
code="$(run "2026-07-02 06:00" 3)"
[ "$code" = 3 ] || { echo "the quality gate's exit 3 came out as $code"; exit 1; }
echo "crontab: schedule, as_of and exit code as documented"
