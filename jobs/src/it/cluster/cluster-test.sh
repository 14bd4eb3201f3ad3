#!/usr/bin/env bash
# Integration test on a real Spark cluster: a standalone master and one worker on 127.0.0.1, started from
# Maven jars, receive the shaded job jar through spark-submit. Checks that the jar holds no tool, submits the whole
# pipeline on a small data set that the tools' launcher generated and checks the publish tables and the exit code;
# submits a job that must fail (missing raw folder) and checks its non-zero exit code and one-line error. Stops what
# it started, by PID.
# Usage: jobs/src/it/cluster/cluster-test.sh   (after `mvn package`; run from anywhere)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
jar="$(ls "$root"/jobs/target/opvangmonitor-jobs-*-all.jar)"
work="$(mktemp -d "${TMPDIR:-/tmp}/opvangmonitor-cluster.XXXXXX")"
flags="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$root/pom.xml")"
flags="${flags/--add-modules=jdk.incubator.vector /}"
port=$((17000 + RANDOM % 2000)); ui=$((port + 1)); worker_ui=$((port + 2))
pids=()

say() { echo "[cluster-test] $*" >&2; }
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

say "Spark jars from Maven into $work/spark/jars"
mvn -q -B -ntp -f "$root/jobs/src/it/cluster/spark-home.pom.xml" dependency:copy-dependencies \
  -DoutputDirectory="$work/spark/jars" >&2
export SPARK_HOME="$work/spark" SPARK_LOCAL_IP=127.0.0.1 SPARK_SCALA_VERSION=2.13
spark_java() { java -Xmx1g $flags -cp "$SPARK_HOME/jars/*" "$@"; }

say "master on 127.0.0.1:$port"
# shellcheck disable=SC2086
spark_java org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port "$ui" \
  > "$work/master.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do grep -q "I have been elected leader" "$work/master.log" && break; sleep 1; done
grep -q "I have been elected leader" "$work/master.log" || { cat "$work/master.log" >&2; exit 1; }

say "worker (2 cores, 3g)"
spark_java org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 2 --memory 3g --webui-port "$worker_ui" \
  --work-dir "$work/worker" "spark://127.0.0.1:$port" > "$work/worker.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do grep -q "Successfully registered with master" "$work/worker.log" && break; sleep 1; done
grep -q "Successfully registered with master" "$work/worker.log" || { cat "$work/worker.log" >&2; exit 1; }

submit() {
  spark_java org.apache.spark.deploy.SparkSubmit --master "spark://127.0.0.1:$port" --deploy-mode client \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
    --conf spark.executor.memory=1g --conf spark.sql.shuffle.partitions=4 \
    --conf "spark.executor.extraJavaOptions=$flags" --driver-java-options "$flags" \
    --class nl.opvangmonitor.jobs.cli.Main "$jar" "$@"
}

say "the job jar holds the product only: no generator, bench or tools class, no DuckDB"
tools_in_jar="$(jar tf "$jar" | grep -E '^nl/opvangmonitor/(generator|tools)/|^org/duckdb/' || true)"
[ -z "$tools_in_jar" ] || { echo "$tools_in_jar" | sed -n 1,5p >&2; say "FAIL: tool classes in $jar"; exit 1; }

say "spark-submit --help lists the jobs"
submit --help > "$work/help.txt"
for cmd in ingest conform metrics publish export sql pipeline report; do
  grep -qE "^\s+$cmd\b" "$work/help.txt" || { cat "$work/help.txt" >&2; say "FAIL: --help lacks $cmd"; exit 1; }
done

say "generate a small data set with the tools' launcher: 100 persons, three months (local files)"
"$root/bin/opvangmonitor" generate --persons 100 --seed 11 --from 2026-04-01 --to 2026-06-30 --out "$work/raw" \
  > /dev/null

say "pipeline on the cluster"
export OPVANGMONITOR_PSEUDONYM_KEY="cluster-test-key-$(date +%s%N)"
set +e
submit pipeline --raw "file://$work/raw" --lake "file://$work/lake" > "$work/pipeline.out" 2> "$work/pipeline.err"
code=$?
set -e
[ "$code" -eq 0 ] || { tail -20 "$work/pipeline.err" >&2; say "FAIL: pipeline exited $code"; exit 1; }
grep -q "Successfully registered\|Granted executor\|Executor added" "$work/master.log" "$work/worker.log" \
  || { say "FAIL: no executor ran on the worker"; exit 1; }

say "publish tables answer through sql"
submit sql --lake "file://$work/lake" --format csv \
  "SELECT count(*) AS n FROM publish.headline" > "$work/headline.csv"
[ "$(tail -1 "$work/headline.csv")" -ge 1 ] || { cat "$work/headline.csv" >&2; say "FAIL: no headline"; exit 1; }
submit sql --lake "file://$work/lake" --format csv \
  "SELECT count(*) AS n FROM publish.occupancy_monthly" > "$work/occupancy.csv"
[ "$(tail -1 "$work/occupancy.csv")" -gt 0 ] || { say "FAIL: empty publish.occupancy_monthly"; exit 1; }

say "a job that must fail: missing raw folder"
set +e
submit ingest --raw "file://$work/no-such-folder" --lake "file://$work/lake" > "$work/fail.out" 2> "$work/fail.err"
code=$?
set -e
[ "$code" -ne 0 ] || { say "FAIL: ingest of a missing folder exited 0"; exit 1; }
errors="$(grep -c '^opvangmonitor: error:' "$work/fail.err" || true)"
[ "$errors" -eq 1 ] || { cat "$work/fail.err" >&2; say "FAIL: expected one error line"; exit 1; }
grep -q "no-such-folder" "$work/fail.err" || { say "FAIL: the error does not name the folder"; exit 1; }
if grep -qE '^\s+at [a-z]' "$work/fail.err"; then say "FAIL: stack trace printed"; exit 1; fi

say "passed: pipeline on a standalone cluster, publish tables present, failure exit code $code with one line"
