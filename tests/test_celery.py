"""The polling DAG under the CeleryExecutor: two workers, Redis, PostgreSQL, a real scheduler.

What this proves: ``tiktok_monitor`` runs to success when its tasks are spread over two
separate Celery workers (``worker-a`` and ``worker-b``, two slots each), with the metadata
database on PostgreSQL, Redis as the broker, and the scheduler, dag-processor and api-server
as their own processes. The task instances' ``hostname`` shows both workers ran tasks, so no
task may rely on a file another task wrote or on memory another task filled: everything a
task hands on goes through XCom (the API server) or Elasticsearch. The outcome is the same as
in ``dag.test()``: the five demo articles are indexed in the real Elasticsearch and exactly one
Slack alert reaches the fake Slack Web API.

PostgreSQL rather than SQLite: Celery's result backend and every Airflow component write to
the metadata database at once, which SQLite (one writer, one machine) is not built for.

Needs the Debian packages ``redis-server`` and ``postgresql`` (server binaries; a throwaway
cluster is created in a temporary directory, as the ``postgres`` user when run as root).
Each worker is named through ``[core] hostname_callable`` (``worker_hostname`` in
``tests/airflow_support.py``), since both run on this machine.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import psycopg2
import pytest
import redis
from celery import Celery

from monitor.demo import DemoServer
from monitor.store import make_es
from tests.airflow_support import (
    AIRFLOW,
    WORKER_NAME_ENV,
    AirflowApi,
    Services,
    airflow_env,
    free_port,
    migrate,
    start_api_server,
    wait_for,
)

pytestmark = pytest.mark.slow

DAG_ID = "tiktok_monitor"
WORKERS = ("worker-a", "worker-b")


def _pg_binary(name: str) -> str:
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None)
    assert found, f"PostgreSQL's {name} is not installed: run scripts/system-deps.sh as root (Debian package 'postgresql')"
    return found


def start_postgres(services: Services, root: Path) -> str:
    """A throwaway PostgreSQL cluster on a free port; returns the SQLAlchemy URL of its ``airflow`` database."""
    user = "postgres" if os.geteuid() == 0 else None  # initdb refuses to run as root
    root.mkdir(mode=0o700)
    if user:
        shutil.chown(root, user)
    data, port = root / "data", free_port()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "HOME": str(root)}
    init = subprocess.run([_pg_binary("initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C",
                           "--no-sync"], env=env, cwd=root, user=user, capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, init.stdout[-2000:] + init.stderr[-2000:]
    services.start("postgres", [_pg_binary("postgres"), "-D", str(data), "-p", str(port), "-k", str(root),
                                "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
                                "-c", "full_page_writes=off", "-c", "max_connections=200"],
                   env, cwd=root, user=user, stop_signal=signal.SIGINT)  # SIGINT: fast shutdown

    def create_db() -> bool:
        conn = psycopg2.connect(host="127.0.0.1", port=port, user="postgres", dbname="postgres", connect_timeout=3)
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute("CREATE DATABASE airflow")
        finally:
            conn.close()
        return True

    wait_for("PostgreSQL to accept connections", create_db, 60, services, ["postgres"])
    return f"postgresql+psycopg2://postgres@127.0.0.1:{port}/airflow"


def start_redis(services: Services, root: Path) -> str:
    binary = shutil.which("redis-server")
    assert binary, "redis-server is not installed: run scripts/system-deps.sh as root (Debian package 'redis-server')"
    port = free_port()
    root.mkdir()
    services.start("redis", [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(root)], {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}, cwd=root)
    url = f"redis://127.0.0.1:{port}/0"
    wait_for("Redis to answer PING", lambda: redis.Redis.from_url(url, socket_timeout=2).ping(), 30, services, ["redis"])
    return url


def _task_errors(log: Path) -> list[str]:
    """The error events of one task log (JSON lines), with the exception each carries."""
    found = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            event = json.loads(line)
        except ValueError:
            continue
        if event.get("level") in ("error", "critical"):
            detail = "; ".join(f"{d.get('exc_type')}: {d.get('exc_value')}" for d in event.get("error_detail") or [])
            found.append(f"{event.get('event')} {detail}".strip())
    return found


def _failure_report(home: Path, tis: list[dict[str, Any]], services: Services) -> str:
    lines = [f"{ti['task_id']}[{ti['map_index']}] {ti['state']} on {ti['hostname']} (try {ti['try_number']})" for ti in tis]
    for log in sorted((home / "logs").rglob("*.log")):
        errors = _task_errors(log)
        if errors:
            lines.append(f"--- {log.relative_to(home / 'logs')} ---")
            lines.extend(errors[-5:])
    return "\n".join(lines) + "\n" + services.logs(15)


def test_polling_dag_runs_on_two_celery_workers(tmp_path: Path, settings, slack):
    root = Path(tempfile.mkdtemp(prefix="celery-test-"))  # reachable by the postgres user, unlike pytest's tmp_path
    os.chmod(root, 0o755)
    services = Services(tmp_path / "services")
    demo = DemoServer().start()
    api: AirflowApi | None = None
    try:
        db_url = start_postgres(services, root / "pg")
        broker = start_redis(services, root / "redis")
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text("feeds:\n" + "".join(f"  - name: {f.name}\n    url: {f.url}\n" for f in demo.feeds()), encoding="utf-8")
        home = tmp_path / "airflow"
        env = airflow_env(home, free_port(), executor="CeleryExecutor", db_url=db_url, extra={
            "AIRFLOW__CELERY__BROKER_URL": broker,
            "AIRFLOW__CELERY__RESULT_BACKEND": f"db+{db_url}",
            "AIRFLOW__CELERY__WORKER_CONCURRENCY": "2",
            "AIRFLOW__CORE__HOSTNAME_CALLABLE": "tests.airflow_support.worker_hostname",
            # Only the run this test triggers: no scheduled run when the DAG is unpaused.
            "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False",
            "ELASTICSEARCH_URL": settings.elasticsearch_url,
            "MONITOR_INDEX_PREFIX": settings.index_prefix,
            "MONITOR_FEEDS": str(feeds),
            "MONITOR_ALLOW_HOSTS": "127.0.0.1",
            "SLACK_BOT_TOKEN": "xoxb-test",
            "SLACK_API_URL": slack.base_url,
            "SLACK_CHANNEL": "C0ALERTS",
        })
        migrate(env)
        start_api_server(services, env)
        services.start("scheduler", [*AIRFLOW, "scheduler"], env)
        services.start("dag-processor", [*AIRFLOW, "dag-processor"], env)
        for name in WORKERS:
            services.start(name, [*AIRFLOW, "celery", "worker", "--celery-hostname", f"{name}@localhost", "--concurrency", "2",
                                  "--skip-serve-logs", "--pid", str(home / f"{name}.pid")], {**env, WORKER_NAME_ENV: name})

        api = AirflowApi(env)
        wait_for("the API server", api.healthy, 180, services)
        api.wait_for_dags(services, [DAG_ID])
        app = Celery(broker=broker)
        try:
            wait_for("both Celery workers to answer a ping",
                     lambda: {f"{n}@localhost" for n in WORKERS} <= {k for r in app.control.ping(timeout=2) for k in r}, 120, services)
        finally:
            app.close()

        api.request("PATCH", f"/dags/{DAG_ID}", json={"is_paused": False})
        run_id = api.request("POST", f"/dags/{DAG_ID}/dagRuns", json={"logical_date": None, "conf": {}})["dag_run_id"]

        def task_instances() -> list[dict[str, Any]]:
            return list(api.get(f"/dags/{DAG_ID}/dagRuns/{run_id}/taskInstances", limit=100)["task_instances"])

        def finished() -> str | None:
            state = str(api.get(f"/dags/{DAG_ID}/dagRuns/{run_id}")["state"])
            # A task that failed once is a failed test: do not wait out its retries.
            if any(ti["state"] in ("up_for_retry", "failed", "upstream_failed") for ti in task_instances()):
                return "task failed"
            return state if state in ("success", "failed") else None

        outcome = wait_for(f"run {run_id} to finish", finished, 240, services)
        tis = task_instances()
        assert outcome == "success", _failure_report(home, tis, services)

        summary = sorted((ti["task_id"], ti["map_index"], ti["state"], ti["hostname"]) for ti in tis)
        assert {ti["task_id"] for ti in tis} >= {"setup", "poll", "process", "match", "dispatch"}, summary
        assert all(ti["state"] == "success" for ti in tis), summary
        assert all(ti["hostname"] in WORKERS for ti in tis), summary
        assert {ti["hostname"] for ti in tis} == set(WORKERS), f"every task ran on one worker: {summary}"

        es = make_es(settings)
        es.indices.refresh(index=settings.index("articles"))
        assert es.count(index=settings.index("articles"))["count"] == 5
        assert len(slack.messages) == 1, [m.text for m in slack.messages]
        assert "Canada" in slack.messages[0].text and "wind-up" in slack.messages[0].text
    finally:
        if api is not None:
            api.close()
        services.stop()
        demo.stop()
        shutil.rmtree(root, ignore_errors=True)
