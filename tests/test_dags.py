"""The Airflow DAGs: they import cleanly, follow the house policy, and run end to end.

``dag.test()`` runs in a subprocess with its own ``AIRFLOW_HOME`` (SQLite), against the real
Elasticsearch, the demo feed server and the fake Slack Web API.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from monitor.demo import DemoServer
from monitor.store import make_es
from tests.conftest import ROOT


@pytest.fixture(scope="session")
def airflow_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("airflow")
    env = {
        **os.environ,
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home}/airflow.db",
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"], env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    return env


def _run(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=900, cwd=ROOT)


def test_dagbag_imports_without_errors_and_follows_policy(airflow_env):
    code = """
import json
from airflow.dag_processing.dagbag import DagBag
bag = DagBag(dag_folder="dags")
out = {"errors": {k: str(v) for k, v in bag.import_errors.items()}, "dags": {}}
for dag_id, dag in bag.dags.items():
    out["dags"][dag_id] = {
        "tags": sorted(dag.tags), "catchup": dag.catchup, "max_active_runs": dag.max_active_runs,
        "doc": bool(dag.doc_md), "schedule": str(dag.schedule),
        "tasks": {t.task_id: {"retries": t.retries, "owner": t.owner, "doc": bool(t.doc_md),
                              "timeout": t.execution_timeout.total_seconds() if t.execution_timeout else None} for t in dag.tasks},
    }
print(json.dumps(out))
"""
    result = _run(code, airflow_env)
    assert result.returncode == 0, result.stderr[-3000:]
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["errors"] == {}
    assert "tiktok_monitor" in data["dags"]
    for dag_id, dag in data["dags"].items():
        assert dag["tags"], dag_id
        assert dag["catchup"] is False, dag_id
        assert dag["max_active_runs"] == 1, dag_id
        assert dag["doc"], dag_id
        for task_id, task in dag["tasks"].items():
            assert task["retries"] >= 1, (dag_id, task_id)
            assert task["owner"] == "media-monitoring", (dag_id, task_id)
            assert task["timeout"] and task["timeout"] <= timedelta(hours=1).total_seconds(), (dag_id, task_id)
            assert task["doc"], (dag_id, task_id)


def test_polling_dag_runs_the_cycle_end_to_end(airflow_env, settings, slack, tmp_path: Path):
    with DemoServer() as demo:
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text("feeds:\n" + "".join(f"  - name: {f.name}\n    url: {f.url}\n" for f in demo.feeds()), encoding="utf-8")
        env = {
            **airflow_env,
            "ELASTICSEARCH_URL": settings.elasticsearch_url,
            "MONITOR_INDEX_PREFIX": settings.index_prefix,
            "MONITOR_FEEDS": str(feeds),
            "MONITOR_ALLOW_HOSTS": "127.0.0.1",
            "SLACK_BOT_TOKEN": "xoxb-test",
            "SLACK_API_URL": slack.base_url,
            "SLACK_CHANNEL": "C0ALERTS",
        }
        code = "from dags.tiktok_monitor import dag_object as d\nimport sys\nrun = d.test()\nprint('STATE', run.state)\n"
        for attempt in range(2):
            result = _run(code, env)
            assert result.returncode == 0, result.stderr[-5000:]
            assert "STATE success" in result.stdout, (result.stdout[-3000:], result.stderr[-3000:])
            es = make_es(settings)
            es.indices.refresh(index=settings.index("articles"))
            assert es.count(index=settings.index("articles"))["count"] == 5, f"run {attempt + 1}"
            assert len(slack.messages) == 1, f"run {attempt + 1}: {[m.text for m in slack.messages]}"
            es.indices.refresh(index=settings.index("feeds"))
            states = [h["_source"] for h in es.search(index=settings.index("feeds"))["hits"]["hits"]]
            assert len(states) == 2 and all(st["etag"] and st["last_success"] and st["failures"] == 0 for st in states)
    assert "Canada" in slack.messages[0].text and "wind-up" in slack.messages[0].text


def test_a_failed_task_is_reported_to_the_ops_channel_through_the_slack_provider(airflow_env, settings, slack):
    env = {
        **airflow_env,
        "ELASTICSEARCH_URL": "http://127.0.0.1:9",  # nothing listens: the setup task fails
        "MONITOR_INDEX_PREFIX": settings.index_prefix,
        "MONITOR_TASK_RETRIES": "0",
        "MONITOR_OPS_CHANNEL": "COPS",
        "AIRFLOW_CONN_SLACK_API_DEFAULT": json.dumps({"conn_type": "slack", "password": "xoxb-ops", "extra": {"base_url": slack.base_url}}),
    }
    result = _run("from dags.tiktok_monitor import dag_object as d\nrun = d.test()\nprint('STATE', run.state)\n", env)
    assert "STATE failed" in result.stdout, (result.stdout[-2000:], result.stderr[-3000:])
    ops = [m.text for m in slack.messages if m.channel == "COPS"]
    assert ops and all("Elasticsearch not reachable" in text for text in ops), ops
    # (dag.test() runs a failed task's callback from its own loop as well as from the task runner,
    # so the same notice can arrive twice here; under the scheduler it is sent once.)
    assert any("tiktok_monitor.setup failed" in text for text in ops), ops
    assert len(ops) == len(slack.messages)  # nothing went to the alert channel
