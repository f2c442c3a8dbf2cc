"""Polling DAG: poll → fetch/extract/analyze/index (mapped over batches) → match → alert.

Only wiring lives here; every task body is in ``monitor.airflow_tasks``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import Param, dag, get_current_context, task

from monitor.airflow_tasks import default_args

DEFAULT_ARGS = default_args(retries=3, timeout_minutes=10)


@dag(
    dag_id="tiktok_monitor",
    schedule=timedelta(minutes=5),
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["monitoring", "tiktok", "alerts"],
    doc_md=__doc__,
    params={"dry_run": Param(False, type="boolean", description="Print alerts to the task log instead of posting them.")},
)
def tiktok_monitor() -> None:
    @task(doc_md="Create or update index templates and indices; sync watch rules. Idempotent.")
    def setup() -> dict[str, str]:
        from monitor.airflow_tasks import setup_task

        return setup_task()

    @task(doc_md="Poll due feeds with conditional GETs; return new entries in batches (the feeds' new state goes to XCom `feed_states`).")
    def poll() -> list[list[dict[str, object]]]:
        from monitor.airflow_tasks import poll_task

        result = poll_task()
        get_current_context()["ti"].xcom_push(key="feed_states", value=result["states"])
        return list(result["batches"])

    @task(
        doc_md="Store the feeds' new state (ETags, health) once every batch is indexed, so nothing is skipped after a failure.",
        trigger_rule="none_failed",
    )
    def save_feed_states() -> int:
        from monitor.airflow_tasks import save_feed_states_task

        states = get_current_context()["ti"].xcom_pull(task_ids="poll", key="feed_states") or []
        return save_feed_states_task(states)

    @task(doc_md="Fetch pages, extract text, analyze, and bulk-index one batch (create-only).", max_active_tis_per_dag=4)
    def process(batch: list[dict[str, object]]) -> dict[str, object]:
        from monitor.airflow_tasks import process_task

        return process_task(batch, run_id=str(get_current_context()["run_id"]))

    @task(doc_md="Match watch rules over unmatched articles (one _msearch), group events, queue alerts.", trigger_rule="all_done")
    def match() -> dict[str, int]:
        from monitor.airflow_tasks import match_task

        return match_task()

    @task(doc_md="Deliver queued alerts to Slack exactly once (or print them without a token, or on a dry run).")
    def dispatch(params: dict[str, object] | None = None) -> dict[str, object]:
        from monitor.airflow_tasks import dispatch_task

        return dispatch_task(dry_run=bool((params or {}).get("dry_run", False)))

    batches = poll()
    processed = process.expand(batch=batches)
    setup() >> batches
    processed >> save_feed_states()
    processed >> match() >> dispatch()


dag_object = tiktok_monitor()
