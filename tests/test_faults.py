"""Faults seen by a whole cycle: Elasticsearch down, slow or answering a bulk request with mixed
item results (through a fault-injecting proxy), and Slack failing at the cycle level.

Every test ends with exact counts taken from Elasticsearch directly (not through the proxy)
and from the fake Slack: nothing lost, nothing indexed or posted twice.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from elasticsearch import Elasticsearch

from monitor.alerts import SlackSender
from monitor.demo import DemoServer
from monitor.errors import StoreError
from monitor.index import bulk_write
from monitor.pipeline import run_cycle
from monitor.rules import load_rules
from monitor.settings import DEFAULT_RULES_FILE, Settings
from monitor.store import make_es
from monitor.urls import article_id
from tests.fakes.proxy import EsProxy
from tests.fakes.slack import FakeSlack

RULES = load_rules(DEFAULT_RULES_FILE)
ALERT_PAGE = "ottawa-orders-tiktok-wind-up"  # the one demo article that raises an alert


@pytest.fixture
def demo() -> Iterator[DemoServer]:
    with DemoServer() as server:
        yield server


@pytest.fixture
def proxy(es_url: str) -> Iterator[EsProxy]:
    with EsProxy(es_url) as p:
        yield p


def demo_ids(demo: DemoServer) -> dict[str, str]:
    """page name → article id, for every demo article."""
    pages = [item["page"] for spec in demo.catalog.values() for item in spec["items"]]
    return {page: article_id(f"{demo.base}/news/{page}.html") for page in pages}


def via_proxy(settings: Settings, proxy: EsProxy, slack: FakeSlack) -> Settings:
    return settings.with_(elasticsearch_url=proxy.url, slack_bot_token="xoxb-test", slack_api_url=slack.base_url)


def counts(es: Elasticsearch, settings: Settings) -> dict[str, Any]:
    es.indices.refresh(index=",".join(settings.index(n) for n in ("articles", "alerts", "events")))
    alerts = es.search(index=settings.index("alerts"), size=100)["hits"]["hits"]
    return {
        "articles": es.count(index=settings.index("articles"))["count"],
        "unmatched": es.count(index=settings.index("articles"), query={"term": {"matched": False}})["count"],
        "events": es.count(index=settings.index("events"))["count"],
        "alerts": sorted(h["_source"]["status"] for h in alerts),
    }


def later(minutes: int) -> datetime:
    return datetime.now(UTC) + timedelta(minutes=minutes)


# --------------------------------------------------------------------------- Elasticsearch down


@pytest.mark.parametrize("stage", ["index", "match", "alert"])
def test_es_down_mid_cycle_loses_nothing_and_the_rerun_alerts_once(es, settings, slack, demo, proxy, stage):
    s = via_proxy(settings, proxy, slack)
    es_p = make_es(s)

    def on_stage(name: str) -> None:
        if name == stage:
            proxy.down()

    started = time.monotonic()
    with pytest.raises(StoreError) as failure:
        run_cycle(es_p, s, SlackSender(s), feeds=demo.feeds(), rules=RULES, min_interval=0, on_stage=on_stage)
    assert time.monotonic() - started < 30
    assert "Connection" in str(failure.value) or "connect" in str(failure.value).lower()
    assert slack.messages == []
    before = counts(es, s)
    if stage == "index":
        assert before["articles"] == 0  # nothing written, nothing marked done
    else:
        assert before["articles"] == 5
    if stage in ("index", "match"):
        assert before["alerts"] == [] and before["unmatched"] == before["articles"]
    else:
        assert before["alerts"] == ["pending"] and before["unmatched"] == 0

    proxy.up()
    # The rerun comes when the feeds are due again: the entries must still be had (no 304 on a
    # feed whose articles were never stored).
    rerun = run_cycle(es_p, s, SlackSender(s), feeds=demo.feeds(), rules=RULES, min_interval=0, now=later(11))
    after = counts(es, s)
    assert after["articles"] == 5 and after["unmatched"] == 0
    assert after["events"] == 1 and after["alerts"] == ["posted"]
    assert len(slack.messages) == 1 and ALERT_PAGE in str(slack.messages[0].blocks)
    if stage == "index":
        assert len(rerun.indexed.created) == 5
    third = run_cycle(es_p, s, SlackSender(s), feeds=demo.feeds(), rules=RULES, min_interval=0, now=later(22))
    assert third.new_entries == 0 and len(slack.messages) == 1 and counts(es, s)["articles"] == 5


def test_es_refusing_from_the_start_fails_before_anything_is_fetched(settings, slack, demo, proxy, es):
    s = via_proxy(settings, proxy, slack)
    proxy.down()
    with pytest.raises(StoreError, match="feed state"):
        run_cycle(make_es(s), s, SlackSender(s), feeds=demo.feeds(), rules=RULES, min_interval=0)
    assert demo.httpd is not None and counts(es, s)["articles"] == 0 and slack.messages == []


# --------------------------------------------------------------------------- bulk item results


def test_bulk_mixed_item_results_in_a_cycle(es, settings, slack, demo, proxy):
    """429 and 503 items are retried after a back-off, a 400 is set aside with its reason and a
    409 (another worker stored the article first) counts as already present."""
    s = via_proxy(settings, proxy, slack)
    ids = demo_ids(demo)
    plan_status = {ids["transit-fares-freeze"]: 429, ids["foldable-phone-review"]: 503, ids["tiktok-shop-holiday-features"]: 400}
    faulted: set[str] = set()

    def plan(request_no: int, doc_id: str, op: str) -> int | None:
        if op == "create" and doc_id in plan_status and doc_id not in faulted:
            faulted.add(doc_id)
            return plan_status[doc_id]
        return None

    concurrent = ids["creators-weigh-next-steps"]

    def on_stage(name: str) -> None:
        if name == "index":  # another worker stores one article between our _mget and our _bulk
            es.create(index=s.index("articles"), id=concurrent, document={"title": "stored by another worker", "matched": True},
                      refresh=True)
            proxy.bulk_faults(plan)

    started = time.monotonic()
    report = run_cycle(make_es(s), s, SlackSender(s), feeds=demo.feeds(), rules=RULES, min_interval=0, on_stage=on_stage)
    article_bulks = [[i for op, i in b if op == "create"] for b in proxy.bulk_ops if any(i in ids.values() for _, i in b)]
    article_bulks = [b for b in article_bulks if b]
    assert len(article_bulks) == 2, proxy.bulk_ids
    assert sorted(article_bulks[0]) == sorted(ids.values())
    assert sorted(article_bulks[1]) == sorted([ids["transit-fares-freeze"], ids["foldable-phone-review"]])  # only the retryable ones
    assert time.monotonic() - started >= 0.5  # the first back-off step
    assert sorted(report.indexed.created) == sorted([ids[p] for p in (ALERT_PAGE, "transit-fares-freeze", "foldable-phone-review")])
    assert report.indexed.existing == [concurrent]
    assert [i for i, _ in report.indexed.failed] == [ids["tiktok-shop-holiday-features"]]
    assert "mapper_parsing_exception" in report.indexed.failed[0][1]
    assert counts(es, s)["articles"] == 4  # 3 created + the concurrent one; the rejected one is not stored
    assert len(slack.messages) == 1


def test_bulk_write_item_results_and_back_off(es, settings, proxy):
    index = settings.index("articles")
    es.create(index=index, id="d409", document={"title": "already here"}, refresh=True)
    es_p = Elasticsearch(proxy.url, request_timeout=10)
    script = {1: {"a429": 429, "b503": 503, "c400": 400, "e201": 201}, 2: {"a429": 429}}
    proxy.bulk_faults(lambda n, doc_id, op: script.get(n, {}).get(doc_id))
    started = time.monotonic()
    report = bulk_write(es_p, index, [(i, {"title": i}) for i in ("a429", "b503", "c400", "d409", "e201", "f201")], backoff=0.2)
    elapsed = time.monotonic() - started
    assert proxy.bulk_ids == [["a429", "b503", "c400", "d409", "e201", "f201"], ["a429", "b503"], ["a429"]]
    assert elapsed >= 0.2 + 0.4  # back-off doubles: 0.2 s, then 0.4 s
    assert sorted(report.created) == ["a429", "b503", "e201", "f201"]
    assert report.existing == ["d409"]
    assert report.failed == [("c400", "mapper_parsing_exception: failed to parse field [published] of type [date] (injected by proxy)")]

    proxy.bulk_faults(lambda n, doc_id, op: 429)  # never accepted: gives up with a StoreError, bounded
    started = time.monotonic()
    with pytest.raises(StoreError, match="still rejected"):
        bulk_write(es_p, index, [("g", {"title": "g"})], retries=2, backoff=0.05)
    assert time.monotonic() - started < 5


def test_connection_cut_after_bulk_sent_stores_each_article_once(es, settings, slack, demo, proxy):
    """Elasticsearch applied the bulk but the answer never came: the client's retry finds the
    articles present (409), the cycle goes on, and each article is stored and alerted once."""
    s = via_proxy(settings, proxy, slack)
    ids = demo_ids(demo)

    def on_stage(name: str) -> None:
        if name == "index":
            proxy.cut(("_bulk",), times=1)

    report = run_cycle(make_es(s), s, SlackSender(s), feeds=demo.feeds(), rules=RULES, min_interval=0, on_stage=on_stage)
    assert proxy.cuts == 1
    assert sorted(report.indexed.created + report.indexed.existing) == sorted(ids.values())
    c = counts(es, s)
    assert c["articles"] == 5 and c["unmatched"] == 0 and c["alerts"] == ["posted"]
    assert len(slack.messages) == 1


# --------------------------------------------------------------------------- Elasticsearch slow


def test_es_slower_than_the_timeout_is_a_clear_store_error_not_a_hang(es, settings, slack, demo, proxy):
    s = via_proxy(settings, proxy, slack)
    es_p = Elasticsearch(proxy.url, request_timeout=1, max_retries=1, retry_on_timeout=True)

    def on_stage(name: str) -> None:
        if name == "index":
            proxy.delay(4)

    started = time.monotonic()
    with pytest.raises(StoreError) as failure:
        run_cycle(es_p, s, SlackSender(s), feeds=demo.feeds(), rules=RULES, min_interval=0, on_stage=on_stage)
    elapsed = time.monotonic() - started
    assert elapsed < 10, f"a slow Elasticsearch held the cycle for {elapsed:.1f}s"
    assert "bulk write" in str(failure.value) and "timed out" in str(failure.value).lower()
    assert slack.messages == []

    # The delayed bulk requests may still land after the client gave up: the rerun must cope.
    proxy.pass_()
    run_cycle(es_p, s, SlackSender(s), feeds=demo.feeds(), rules=RULES, min_interval=0, now=later(11))
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        c = counts(es, s)
        if c["articles"] == 5 and c["alerts"] == ["posted"]:
            break
        time.sleep(0.2)
    c = counts(es, s)
    assert c["articles"] == 5 and c["unmatched"] == 0 and c["alerts"] == ["posted"]
    assert len(slack.messages) == 1


# --------------------------------------------------------------------------- Slack faults, cycle level


@pytest.mark.parametrize(("fault", "times", "first_posted", "in_slack_after_first"), [
    ("429:1", 2, 1, 1),        # retried inside the cycle, honouring Retry-After
    ("500", 1, 0, 0),          # not delivered: left for the next cycle
    ("reset_before", 1, 0, 0),  # connection dropped before Slack stored it
    ("reset_after", 1, 0, 1),  # Slack stored it but the answer was lost: the next cycle finds it
])
def test_slack_fault_during_a_cycle_posts_exactly_once(es, settings, slack, demo, fault, times, first_posted, in_slack_after_first):
    s = settings.with_(slack_bot_token="xoxb-test", slack_api_url=slack.base_url)
    slack.fail("chat.postMessage", fault, times=times)
    started = time.monotonic()
    first = run_cycle(es, s, SlackSender(s), feeds=demo.feeds(), rules=RULES, min_interval=0)
    assert time.monotonic() - started < 30
    assert len(first.dispatch.posted) == first_posted
    assert len(first.dispatch.deferred) == 1 - first_posted
    assert len(slack.messages) == in_slack_after_first
    second = run_cycle(es, s, SlackSender(s), feeds=demo.feeds(), rules=RULES, min_interval=0, now=later(11))
    assert len(slack.messages) == 1
    assert ALERT_PAGE in str(slack.messages[0].blocks)
    if fault == "reset_after":
        assert len(second.dispatch.reconciled) == 1 and second.dispatch.posted == []
    elif first_posted == 0:
        assert len(second.dispatch.posted) == 1
    c = counts(es, s)
    assert c["alerts"] == ["posted"] and c["articles"] == 5
    es.indices.refresh(index=s.index("events"))
    event = es.search(index=s.index("events"))["hits"]["hits"][0]["_source"]
    assert event["slack_ts"] == slack.messages[0].ts
