"""Shared fixtures: the real Elasticsearch, local HTTP servers, the fake Slack Web API.

Elasticsearch: ``ELASTICSEARCH_URL`` when set (``.ci/run`` and ``make test`` start a node
first), otherwise ``scripts/elasticsearch.sh start`` is run once for the session. A test
that needs Elasticsearch fails, never skips, when none can be had. Each test gets its own
index prefix, so tests never see each other's documents.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from monitor.settings import Settings
from monitor.store import INDICES, check_health, make_es, setup
from tests.fakes.http import LocalServer
from tests.fakes.slack import FakeSlack

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def es_url() -> str:
    url = os.environ.get("ELASTICSEARCH_URL", "http://127.0.0.1:9200")
    try:
        check_health(Elasticsearch(url, request_timeout=5), timeout="2s")
    except Exception:
        subprocess.run([str(ROOT / "scripts" / "elasticsearch.sh"), "start"], check=True)
        check_health(Elasticsearch(url, request_timeout=5))
    return url


@pytest.fixture
def settings(es_url: str, tmp_path: Path) -> Iterator[Settings]:
    prefix = f"t{uuid.uuid4().hex[:10]}"
    s = Settings(
        elasticsearch_url=es_url,
        index_prefix=prefix,
        allow_hosts=frozenset({"127.0.0.1", "localhost"}),
        freshness_hours=24 * 365 * 30,
        slack_channel="C0ALERTS",
        per_host=8,
        host_spacing=0.0,  # politeness is tested on its own; here it would only slow the suite
    )
    yield s
    es = make_es(s)
    try:
        # Wildcard deletes are refused by default (action.destructive_requires_name): name each index.
        es.indices.delete(index=",".join(s.index(n) for n in INDICES), ignore_unavailable=True)
        for tpl in es.indices.get_index_template(name=f"{prefix}-*")["index_templates"]:
            es.indices.delete_index_template(name=tpl["name"])
    except Exception:
        pass


@pytest.fixture(autouse=True)
def _fresh_robots_cache() -> Iterator[None]:
    """robots.txt answers are cached per process across cycles; tests start without any."""
    from monitor.robots import clear_cache

    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def es(settings: Settings) -> Elasticsearch:
    client = make_es(settings)
    setup(client, settings)
    return client


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()
