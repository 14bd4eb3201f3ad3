"""Apache Airflow (2.x) DAG for opvangmonitor: one task per job, monthly, safe to run unattended.

- The run's as_of is the last day of the month before the data interval's end: the run of 2 July 06:00 (interval
  2 June .. 2 July) reports on 30 June, ingests deliveries up to 30 June and never asks for a one-day month.
- A sensor waits (rescheduling, not holding a worker slot) until every source has a delivery folder dated in that
  month in the landing zone; a source that never delivers times the run out instead of reporting without it.
- Only exit code 1 (an unexpected failure) is retried; 2 (usage), 3 (data quality: the quality gate, a changed
  delivery), 4 (row accounting), 5 (lake locked: with max_active_runs=1 the holder is not this DAG) and 6 fail
  the task at once (docs/cluster.md). The exit code reaches Airflow because the driver runs in client deploy mode
  (spark-submit then exits with the job's own code); in cluster mode spark-submit only says failed or not, so
  every failure would look like exit 1.
- Airflow Variables are read when a task runs (Jinja templates), never when the file is parsed.

Deploy the job jar (jobs/target/opvangmonitor-jobs-<version>-all.jar) where the Spark client can read it and set the
Variables opvangmonitor_jar, opvangmonitor_raw, opvangmonitor_lake and opvangmonitor_out. The pseudonymisation key
comes from the environment of the Spark driver (OPVANGMONITOR_PSEUDONYM_KEY, e.g. from a secret), never from the DAG.
The sensor lists the landing zone with fsspec (installed with Airflow; s3a:// needs s3fs on the worker).
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from airflow import DAG
from airflow.exceptions import AirflowException, AirflowFailException
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator
from airflow.sensors.python import PythonSensor

MAIN = "nl.opvangmonitor.jobs.cli.Main"
SOURCES = ("coa_locaties", "coa_inventarisatie", "coa_bewoning", "coa_verhuisbewegingen", "duo_inschrijvingen",
           "jeugdhulp_trajecten", "coa_kso_leads")
JAR = "{{ var.value.get('opvangmonitor_jar', '/opt/opvangmonitor/opvangmonitor-jobs-0.1.0-SNAPSHOT-all.jar') }}"
RAW = "{{ var.value.get('opvangmonitor_raw', 's3a://opvang-landing/raw') }}"
LAKE = "{{ var.value.get('opvangmonitor_lake', 's3a://opvang-lake/lake') }}"
OUT = "{{ var.value.get('opvangmonitor_out', '/data/opvangmonitor/out') }}/{{ as_of(data_interval_end) }}"
AS_OF = "{{ as_of(data_interval_end) }}"
DELTA_CONF = {
    "spark.sql.extensions": "io.delta.sql.DeltaSparkSessionExtension",
    "spark.sql.catalog.spark_catalog": "org.apache.spark.sql.delta.catalog.DeltaCatalog",
    "spark.sql.shuffle.partitions": "64",
    "spark.executor.memory": "8g",
}
RETRIED_EXIT_CODES = {1}


def as_of(data_interval_end: datetime) -> str:
    """The run's reporting date: the last day of the month before the data interval's end, yyyy-MM-dd."""
    return (date(data_interval_end.year, data_interval_end.month, 1) - timedelta(days=1)).isoformat()


def exit_code(error: AirflowException) -> int | None:
    """The spark-submit exit code in the provider's error ("... Error code is: 3."), None when it names none."""
    found = re.search(r"Error code is: (\d+)", str(error))
    return int(found.group(1)) if found else None


class OpvangmonitorJob(SparkSubmitOperator):
    """A spark-submit of one subcommand in client deploy mode that fails without retries unless the job exited 1."""

    def execute(self, context):
        try:
            return super().execute(context)
        except AirflowException as error:
            code = exit_code(error)
            if code is not None and code not in RETRIED_EXIT_CODES:
                raise AirflowFailException(f"opvangmonitor {self.task_id} exited {code}: not retried "
                                           f"(docs/cluster.md)") from error
            raise


def job(task_id: str, *args: str) -> OpvangmonitorJob:
    """The task of one opvangmonitor subcommand."""
    return OpvangmonitorJob(
        task_id=task_id,
        application=JAR,
        java_class=MAIN,
        application_args=[task_id, *args],
        conf=DELTA_CONF,
        deploy_mode="client",  # the job's exit code is spark-submit's only with the driver here
        conn_id="spark_default",
        name=f"opvangmonitor-{task_id}-{AS_OF}",
    )


def every_source_delivered(raw: str, month_end: str) -> bool:
    """Whether every source has a delivery folder <raw>/<source>/<yyyy-MM-dd> dated in the month of month_end."""
    import fsspec  # imported when the sensor pokes, so parsing the DAG needs no file system client

    filesystem, root = fsspec.core.url_to_fs(raw.replace("s3a://", "s3://", 1))
    month = month_end[:7]
    for source in SOURCES:
        folder = f"{root.rstrip('/')}/{source}"
        names = [path.rsplit("/", 1)[-1] for path in filesystem.ls(folder, detail=False)] \
            if filesystem.exists(folder) else []
        if not any(name.startswith(month) for name in names):
            return False
    return True


with DAG(
    dag_id="opvangmonitor",
    description="Raw COA/DUO/municipal extracts to published monitoring figures",
    schedule="0 6 2 * *",  # monthly, the day after the month-end deliveries land
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,  # one writer per lake (the lake lock refuses a second one anyway)
    user_defined_macros={"as_of": as_of},
    default_args={"retries": 2, "retry_delay": timedelta(minutes=15), "retry_exponential_backoff": True},
    tags=["opvangmonitor"],
) as dag:
    landed = PythonSensor(
        task_id="deliveries_landed",
        python_callable=every_source_delivered,
        op_kwargs={"raw": RAW, "month_end": AS_OF},
        mode="reschedule",
        poke_interval=timedelta(hours=1),
        timeout=timedelta(days=5),
        retries=0,
    )
    ingest = job("ingest", "--raw", RAW, "--lake", LAKE, "--until", AS_OF, "--require-all-sources")
    conform = job("conform", "--lake", LAKE)
    metrics = job("metrics", "--lake", LAKE, "--as-of", AS_OF)
    publish = job("publish", "--lake", LAKE)
    export = job("export", "--lake", LAKE, "--out", f"{OUT}/exports")
    report = job("report", "--lake", LAKE, "--out", f"{OUT}/report.html")
    landed >> ingest >> conform >> metrics >> publish >> [export, report]
