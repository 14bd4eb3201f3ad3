"""Apache Airflow DAG for opvangmonitor: one task per job, the run date as as_of, retries.

Deploy the job jar (jobs/target/opvangmonitor-jobs-<version>-all.jar) where the Spark client can read it and set
the Airflow Variables below. The pseudonymisation key comes from the environment of the Spark driver
(OPVANGMONITOR_PSEUDONYM_KEY, e.g. from a Kubernetes or YARN secret), never from the DAG.

Exit codes the tasks see (docs/cluster.md): 0 ok; 2 usage error (fix the DAG, do not retry); 3 data-quality threshold
exceeded; 4 row accounting broken; 5 the lake is locked by another run (retry later); 1 any other failure.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

JAR = Variable.get("opvangmonitor_jar", "/opt/opvangmonitor/opvangmonitor-jobs-0.1.0-SNAPSHOT-all.jar")
RAW = Variable.get("opvangmonitor_raw", "s3a://opvang-landing/raw")
LAKE = Variable.get("opvangmonitor_lake", "s3a://opvang-lake/lake")
MAIN = "nl.opvangmonitor.jobs.cli.Main"
DELTA_CONF = {
    "spark.sql.extensions": "io.delta.sql.DeltaSparkSessionExtension",
    "spark.sql.catalog.spark_catalog": "org.apache.spark.sql.delta.catalog.DeltaCatalog",
    "spark.sql.shuffle.partitions": "64",
    "spark.executor.memory": "8g",
}


def job(task_id: str, *args: str) -> SparkSubmitOperator:
    """A spark-submit of one opvangmonitor subcommand."""
    return SparkSubmitOperator(
        task_id=task_id,
        application=JAR,
        java_class=MAIN,
        application_args=[task_id, *args],
        conf=DELTA_CONF,
        conn_id="spark_default",
        name=f"opvangmonitor-{task_id}-{{{{ ds }}}}",
    )


with DAG(
    dag_id="opvangmonitor",
    description="Raw COA/DUO/municipal extracts to published monitoring figures",
    schedule="0 6 2 * *",  # monthly, the day after the deliveries of the 1st land
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,  # one writer per lake (the lake lock refuses a second one anyway)
    default_args={"retries": 2, "retry_delay": timedelta(minutes=15), "retry_exponential_backoff": True},
    tags=["opvangmonitor"],
) as dag:
    ingest = job("ingest", "--raw", RAW, "--lake", LAKE, "--until", "{{ ds }}")
    conform = job("conform", "--lake", LAKE)
    metrics = job("metrics", "--lake", LAKE, "--as-of", "{{ ds }}")
    publish = job("publish", "--lake", LAKE)
    ingest >> conform >> metrics >> publish
