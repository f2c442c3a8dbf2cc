"""Setup DAG: index templates and indices, watch rules, Kibana saved objects. Idempotent; run on demand."""

from __future__ import annotations

from datetime import datetime

from airflow.sdk import Param, dag, task

from monitor.airflow_tasks import default_args

DEFAULT_ARGS = default_args(retries=2, timeout_minutes=10)


@dag(
    dag_id="monitor_setup",
    schedule=None,
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["monitoring", "setup"],
    doc_md=__doc__,
    params={"import_kibana": Param(False, type="boolean", description="Also import the Kibana saved objects (needs KIBANA_URL).")},
)
def monitor_setup() -> None:
    @task(doc_md="Create or update templates and indices; sync rules from the rules file.")
    def indices_and_rules() -> dict[str, str]:
        from monitor.airflow_tasks import setup_task

        return setup_task()

    @task(doc_md="Import data views, saved searches and the dashboard into Kibana when asked to.")
    def kibana(params: dict[str, object] | None = None) -> str:
        import os

        if not (params or {}).get("import_kibana"):
            return "skipped"
        from monitor.kibana import import_saved_objects

        summary = import_saved_objects(
            os.environ.get("KIBANA_URL", "http://kibana:5601"),
            username=os.environ.get("KIBANA_USERNAME"),
            password=os.environ.get("KIBANA_PASSWORD"),
            api_key=os.environ.get("KIBANA_API_KEY"),
            index_prefix=os.environ.get("MONITOR_INDEX_PREFIX") or "monitor",
        )
        return f"imported {summary.success_count}"

    indices_and_rules() >> kibana()


dag_object = monitor_setup()
