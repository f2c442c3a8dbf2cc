"""Tracker DAG: once a day, write the action tracker page and post what changed to Slack.

The page (``monitor tracker --html``) goes to the ``path`` param; each event's current stage is
stored for Kibana; a Slack summary lists the steps taken since the last one, and nothing is
posted when nothing changed. Only wiring lives here; the task body is in ``monitor.airflow_tasks``.
"""

from __future__ import annotations

from datetime import datetime

from airflow.sdk import Param, dag, task

from monitor.airflow_tasks import default_args

DEFAULT_ARGS = default_args(retries=3, timeout_minutes=15)


@dag(
    dag_id="monitor_tracker",
    schedule="@daily",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["monitoring", "tracker"],
    doc_md=__doc__,
    params={"path": Param("reports/tracker.html", type="string", description="Where to write the tracker page (on the worker).")},
)
def monitor_tracker() -> None:
    @task(doc_md="Write the tracker page, store current stages, post a Slack summary of new steps (only if any, exactly once).")
    def tracker(params: dict[str, object] | None = None) -> dict[str, object]:
        from monitor.airflow_tasks import tracker_task

        return tracker_task(str((params or {}).get("path") or "reports/tracker.html"))

    tracker()


dag_object = monitor_tracker()
