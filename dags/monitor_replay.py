"""Replay DAG: re-run analysis and rule matching over a date range after a rule or analyzer change.

Dry run by default: it reports what would change and what would fire, and writes nothing.
Articles older than the freshness window are never alerted, even when not a dry run.
"""

from __future__ import annotations

from datetime import datetime

from airflow.sdk import Param, dag, task

from monitor.airflow_tasks import default_args

DEFAULT_ARGS = default_args(retries=1, timeout_minutes=30)


@dag(
    dag_id="monitor_replay",
    schedule=None,
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["monitoring", "replay"],
    doc_md=__doc__,
    params={
        "start": Param("2024-01-01T00:00:00+00:00", type="string", format="date-time", description="Replay articles published from (ISO)."),
        "end": Param("2100-01-01T00:00:00+00:00", type="string", format="date-time", description="...until (ISO, exclusive)."),
        "dry_run": Param(True, type="boolean", description="Report only; write nothing."),
    },
)
def monitor_replay() -> None:
    @task(doc_md="Re-analyze the window; store new findings and re-match unless dry run.")
    def replay(params: dict[str, object] | None = None) -> dict[str, object]:
        from monitor.airflow_tasks import replay_task

        p = params or {}
        return replay_task(str(p["start"]), str(p["end"]), dry_run=bool(p.get("dry_run", True)))

    @task(doc_md="Match rules over the re-analyzed articles and queue alerts (fresh articles only).")
    def match(params: dict[str, object] | None = None) -> dict[str, int]:
        if (params or {}).get("dry_run", True):
            return {"matches": 0, "events_new": 0, "events_updated": 0, "alerts_queued": 0}
        from monitor.airflow_tasks import match_task

        return match_task()

    replay() >> match()


dag_object = monitor_replay()
