"""The cycle on a two-node Elasticsearch cluster that loses a node in the middle of a run.

``scripts/es-cluster.sh`` starts node-1 (master + data, HTTP 9201) and node-2 (data only,
HTTP 9202) once for the session and stops them at the end. The test indices get one replica,
with every primary placed on node-2, so killing node-2 (SIGKILL, as the articles' bulk request
is about to be sent) forces a real fail-over: node-1's replicas are promoted to primaries while
the cycle is writing. The client knows both nodes. Whether the first run completes or stops
with a StoreError, the rerun must leave each article stored once and each alert posted once.
"""

from __future__ import annotations

import subprocess
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from elasticsearch import Elasticsearch

from monitor.alerts import SlackSender
from monitor.errors import StoreError
from monitor.pipeline import run_cycle
from monitor.rules import load_rules
from monitor.settings import DEFAULT_RULES_FILE, Settings
from monitor.store import INDICES, setup
from monitor.urls import article_id
from tests.conftest import ROOT
from tests.fakes.feeds import FeedFarm

SCRIPT = ROOT / "scripts" / "es-cluster.sh"
NODES = ["http://127.0.0.1:9201", "http://127.0.0.1:9202"]
N_ACTIONS = 4  # each reported by two feeds: 4 parents + 4 replies


@pytest.fixture(scope="session")
def cluster() -> Iterator[list[str]]:
    subprocess.run([str(SCRIPT), "start"], check=True, timeout=300)
    yield NODES
    subprocess.run([str(SCRIPT), "stop"], check=False, timeout=120)


@pytest.fixture
def cluster_settings(cluster: list[str], slack: Any) -> Iterator[Settings]:
    s = Settings(elasticsearch_url=cluster[0], index_prefix=f"c{uuid.uuid4().hex[:10]}", allow_hosts=frozenset({"127.0.0.1"}),
                 freshness_hours=24 * 365, slack_channel="C0ALERTS", slack_bot_token="xoxb-test", slack_api_url=slack.base_url,
                 per_host=8, host_spacing=0.0)  # the whole farm is one host (127.0.0.1): no politeness wait
    yield s
    es = Elasticsearch(cluster[0], request_timeout=30)
    try:
        es.indices.delete(index=",".join(s.index(n) for n in INDICES), ignore_unavailable=True)
        for tpl in es.indices.get_index_template(name=f"{s.index_prefix}-*")["index_templates"]:
            es.indices.delete_index_template(name=tpl["name"])
    except Exception:
        pass


def wait_health(es: Elasticsearch, indices: str, **params: Any) -> dict[str, Any]:
    health = es.cluster.health(index=indices, timeout="60s", **params)
    assert not health["timed_out"], health
    return dict(health)


def shard_nodes(es: Elasticsearch, indices: str) -> Counter[tuple[str, str]]:
    rows = es.cat.shards(index=indices, format="json", h="index,prirep,state,node")
    return Counter((r["prirep"], r["node"]) for r in rows if r["state"] == "STARTED")


def state(es: Elasticsearch, s: Settings) -> dict[str, Any]:
    es.indices.refresh(index=",".join(s.index(n) for n in ("articles", "alerts", "events")))
    articles = es.search(index=s.index("articles"), size=1000, source=["matched"])["hits"]["hits"]
    alerts = es.search(index=s.index("alerts"), size=1000, source=["status", "kind"])["hits"]["hits"]
    return {
        "ids": Counter(h["_id"] for h in articles),
        "unmatched": sum(1 for h in articles if not h["_source"].get("matched")),
        "alerts": Counter((h["_source"]["kind"], h["_source"]["status"]) for h in alerts),
        "events": es.count(index=s.index("events"))["count"],
    }


def test_node_killed_mid_cycle_loses_nothing_and_duplicates_nothing(cluster, cluster_settings, slack):
    s = cluster_settings
    es = Elasticsearch(cluster, request_timeout=60, max_retries=3, retry_on_timeout=True)
    setup(es, s)
    names = ",".join(s.index(n) for n in INDICES)
    # Every primary on node-2, then one replica each (on node-1): killing node-2 forces promotion.
    # Rebalancing is off, or the balancer may move a primary to the empty node-1 before the
    # replicas are allocated, and the kill would then promote nothing for that index.
    es.cluster.put_settings(persistent={"cluster.routing.rebalance.enable": "none"})
    es.indices.put_settings(index=names, settings={"index.routing.allocation.require._name": "node-2"})
    wait_health(es, names, wait_for_status="green", wait_for_no_relocating_shards=True)
    es.indices.put_settings(index=names, settings={"index.routing.allocation.require._name": None, "index.number_of_replicas": 1})
    wait_health(es, names, wait_for_status="green", wait_for_no_relocating_shards=True, wait_for_active_shards="all")
    assert shard_nodes(es, names) == Counter({("p", "node-2"): len(INDICES), ("r", "node-1"): len(INDICES)})

    with FeedFarm.generate(20, 10, n_actions=N_ACTIONS, coverage=2, shared=3, seed=11) as farm:
        expected = {article_id(farm.page_url(slug)) for slug in farm.reachable_items()}
        assert len(expected) == 200
        rules = load_rules(DEFAULT_RULES_FILE)
        killed: list[float] = []

        def on_stage(name: str) -> None:
            if name == "index":
                subprocess.run([str(SCRIPT), "kill", "2"], check=True, timeout=30)
                killed.append(time.monotonic())

        started = time.monotonic()
        try:
            first = run_cycle(es, s, SlackSender(s), feeds=farm.feed_list(), rules=rules, min_interval=0, on_stage=on_stage)
            outcome = f"completed: {first.indexed.summary()}; {first.dispatch.summary()}"
        except StoreError as exc:
            outcome = f"StoreError: {exc}"
        assert killed, "the node was never killed"
        assert time.monotonic() - started < 120, outcome

        # The survivor holds every shard as a primary.
        survivor = Elasticsearch(cluster[0], request_timeout=60)
        health = wait_health(survivor, names, wait_for_nodes="1", wait_for_status="yellow", wait_for_no_initializing_shards=True)
        assert health["number_of_nodes"] == 1 and health["active_primary_shards"] == len(INDICES), outcome
        assert shard_nodes(survivor, names) == Counter({("p", "node-1"): len(INDICES)})

        rerun = run_cycle(es, s, SlackSender(s), feeds=farm.feed_list(), rules=rules, min_interval=0,
                          now=datetime.now(UTC) + timedelta(minutes=11))
        after = state(survivor, s)
        assert set(after["ids"]) == expected, outcome
        assert max(after["ids"].values()) == 1
        assert after["unmatched"] == 0 and after["events"] == N_ACTIONS
        assert after["alerts"] == Counter({("parent", "posted"): N_ACTIONS, ("reply", "posted"): N_ACTIONS}), outcome
        assert len(slack.parents("C0ALERTS")) == N_ACTIONS and len(slack.messages) == 2 * N_ACTIONS, outcome
        alert_ids = [m.metadata["event_payload"]["alert_id"] for m in slack.messages]
        assert len(set(alert_ids)) == len(alert_ids)
        assert rerun.dispatch.failed == []

        third = run_cycle(es, s, SlackSender(s), feeds=farm.feed_list(), rules=rules, min_interval=0,
                          now=datetime.now(UTC) + timedelta(minutes=22))
        assert third.new_entries == 0 and third.dispatch.posted == [] and len(slack.messages) == 2 * N_ACTIONS
        print(f"first run after the kill: {outcome}")
