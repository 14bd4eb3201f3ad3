"""The DAG as Airflow loads it: no import error, the tasks in order, the run date, and which exit codes are retried.

Run: python -m venv .venv-airflow && .venv-airflow/bin/pip install -r docs/scheduling/requirements-test.txt &&
     AIRFLOW_HOME=$(mktemp -d) .venv-airflow/bin/python -m pytest -q docs/scheduling/test_dag.py
"""
from datetime import datetime
from pathlib import Path

import pytest
from airflow.exceptions import AirflowException, AirflowFailException
from airflow.models import DagBag, Variable

HERE = Path(__file__).resolve().parent


def read_at_parse_time(*args, **kwargs):
    raise AssertionError("a Variable is read while the DAG file is parsed")


@pytest.fixture(scope="module")
def bag():
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Variable, "get", read_at_parse_time)
        return DagBag(dag_folder=str(HERE / "opvangmonitor_dag.py"), include_examples=False)


@pytest.fixture(scope="module")
def dag(bag):
    return bag.dags.get("opvangmonitor")  # get_dag would ask the metadata database; the test has none


def test_the_dag_imports_without_errors_and_reads_no_variable_at_parse_time(bag, dag):
    assert bag.import_errors == {}
    assert dag is not None


def test_the_tasks_run_sensor_ingest_conform_metrics_publish_then_export_and_report(dag):
    order = ["deliveries_landed", "ingest", "conform", "metrics", "publish"]
    for upstream, downstream in zip(order, order[1:]):
        assert dag.get_task(downstream).upstream_task_ids == {upstream}
    assert dag.get_task("publish").downstream_task_ids == {"export", "report"}
    assert dag.max_active_runs == 1


def test_the_as_of_is_the_month_end_before_the_data_intervals_end(dag):
    as_of = dag.user_defined_macros["as_of"]
    assert as_of(datetime(2026, 7, 2, 6, 0)) == "2026-06-30"
    assert as_of(datetime(2026, 3, 2, 6, 0)) == "2026-02-28"
    assert as_of(datetime(2027, 1, 2, 6, 0)) == "2026-12-31"
    ingest = dag.get_task("ingest")
    assert "{{ as_of(data_interval_end) }}" in ingest.application_args
    assert "--require-all-sources" in ingest.application_args


def test_only_exit_code_1_is_retried(dag, monkeypatch):
    task = dag.get_task("metrics")
    from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

    def failing_with(code):
        def execute(self, context):
            raise AirflowException(f"Cannot execute: spark-submit ... Error code is: {code}.")
        return execute

    for code, retried in [(1, True), (2, False), (3, False), (4, False), (5, False), (6, False)]:
        monkeypatch.setattr(SparkSubmitOperator, "execute", failing_with(code))
        with pytest.raises(AirflowException) as raised:
            task.execute({})
        assert isinstance(raised.value, AirflowFailException) is not retried, code


def test_the_driver_runs_in_client_mode_so_exit_codes_reach_airflow(dag):
    for task_id in ["ingest", "conform", "metrics", "publish", "export", "report"]:
        assert dag.get_task(task_id)._deploy_mode == "client"
