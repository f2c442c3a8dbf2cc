"""Load: 200 feeds × 50 items through one cycle, with about 10% of everything failing.

A local feed farm serves 10,000 items (20 of them listed by two feeds): 5% of the feeds answer
500, 3% of the pages 404, 0.5% hang past the fetch timeout, 1% are slow. Elasticsearch sits
behind the fault proxy, which rejects 10 articles for good (400) and 20 once (429). Most items
are ordinary news; 8 actions against TikTok are each reported by two feeds.

Exact accounting: every unique item of a healthy feed is either indexed or set aside with a
reason; Slack gets one parent per event and one reply per further report; a second run adds
nothing; the process's peak memory stays bounded.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from monitor.alerts import SlackSender
from monitor.pipeline import run_cycle
from monitor.rules import load_rules
from monitor.settings import DEFAULT_RULES_FILE
from monitor.store import make_es
from monitor.urls import article_id
from tests.fakes.feeds import FeedFarm
from tests.fakes.proxy import EsProxy

N_FEEDS, N_ITEMS, N_ACTIONS, SHARED = 200, 50, 8, 20
FETCH_TIMEOUT = 1.5
MAX_RSS_GROWTH_MB = 400


@pytest.fixture
def farm() -> Iterator[FeedFarm]:
    with FeedFarm.generate(N_FEEDS, N_ITEMS, n_actions=N_ACTIONS, coverage=2, shared=SHARED, feed_fault_rate=0.05,
                           page_404_rate=0.03, page_timeout_rate=0.005, page_slow_rate=0.01, hang_seconds=FETCH_TIMEOUT + 3,
                           slow_seconds=0.3, seed=2024) as f:
        yield f


@pytest.fixture
def proxy(es_url: str) -> Iterator[EsProxy]:
    with EsProxy(es_url) as p:
        yield p


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


@pytest.mark.slow
def test_200_feeds_of_50_items_with_faults_exact_counts(es, settings, slack, farm, proxy):
    s = settings.with_(elasticsearch_url=proxy.url, slack_bot_token="xoxb-test", slack_api_url=slack.base_url,
                       fetch_timeout=FETCH_TIMEOUT)
    reachable = farm.reachable_items()
    ids = {article_id(farm.page_url(slug)): slug for slug in reachable}
    assert len(ids) == len(reachable) == (N_FEEDS - len(farm.feed_faults)) * N_ITEMS
    assert len(farm.feed_faults) == 10 and len(farm.action_items()) == 2 * N_ACTIONS
    fallbacks = {slug for slug in reachable if farm.page_faults.get(slug) in ("404", "timeout")}
    assert len(fallbacks) > 200

    plain = sorted(i for i, slug in ids.items() if reachable[slug].action is None)
    rejected = set(plain[:10])  # refused for good: set aside with the reason
    busy = set(plain[10:30])  # refused once: retried after a back-off
    seen_busy: set[str] = set()

    def plan(request_no: int, doc_id: str, op: str) -> int | None:
        if op != "create":
            return None
        if doc_id in rejected:
            return 400
        if doc_id in busy and doc_id not in seen_busy:
            seen_busy.add(doc_id)
            return 429
        return None

    proxy.bulk_faults(plan)
    es_p = make_es(s)
    rules = load_rules(DEFAULT_RULES_FILE)
    rss_before = rss_mb()
    started = time.monotonic()
    report = run_cycle(es_p, s, SlackSender(s), feeds=farm.feed_list(), rules=rules, min_interval=0)
    first_s = time.monotonic() - started
    rss_first = rss_mb()

    assert report.feeds_polled == N_FEEDS
    assert sorted(url for url, _ in report.feeds_failed) == sorted(f"{farm.base}/feeds/{name}.xml" for name in farm.feed_faults)
    assert all("500" in error for _, error in report.feeds_failed)
    assert report.entries == len(reachable) + SHARED  # shared items are listed twice ...
    assert report.new_entries == len(reachable)  # ... and stored once
    created, failed = set(report.indexed.created), dict(report.indexed.failed)
    assert len(created) + len(failed) == len(reachable)
    assert set(failed) == rejected and all("mapper_parsing_exception" in reason for reason in failed.values())
    assert created == set(ids) - rejected and report.indexed.existing == []
    assert seen_busy == busy
    assert report.summary_fallbacks == len(fallbacks)
    assert report.pages_fetched == len(reachable) - len(fallbacks)

    es.indices.refresh(index=s.index("articles"))
    assert es.count(index=s.index("articles"))["count"] == len(reachable) - len(rejected)
    assert es.count(index=s.index("articles"), query={"term": {"source": "feed"}})["count"] == len(fallbacks - {ids[i] for i in rejected})
    assert es.count(index=s.index("articles"), query={"term": {"new_action": True}})["count"] == 2 * N_ACTIONS
    assert es.count(index=s.index("articles"), query={"term": {"matched": False}})["count"] == 0
    assert es.count(index=s.index("events"))["count"] == N_ACTIONS
    parents = slack.parents("C0ALERTS")
    assert len(parents) == N_ACTIONS and len(slack.messages) == 2 * N_ACTIONS
    assert all(len(slack.replies(p.ts)) == 1 for p in parents)
    assert rss_first - rss_before < MAX_RSS_GROWTH_MB, f"peak RSS grew by {rss_first - rss_before:.0f} MB"

    started = time.monotonic()
    second = run_cycle(es_p, s, SlackSender(s), feeds=farm.feed_list(), rules=rules, min_interval=0,
                       now=datetime.now(UTC) + timedelta(minutes=11))
    second_s = time.monotonic() - started
    assert second.feeds_polled == N_FEEDS and second.feeds_not_modified == N_FEEDS - len(farm.feed_faults)
    assert second.new_entries == 0 and second.indexed.created == [] and second.dispatch.posted == []
    assert es.count(index=s.index("articles"))["count"] == len(reachable) - len(rejected)
    assert len(slack.messages) == 2 * N_ACTIONS
    assert rss_mb() - rss_first < 50  # the second run holds nothing new
    print(f"\nload: first cycle {first_s:.1f}s ({len(reachable) / first_s:.0f} items/s), second {second_s:.1f}s, "
          f"peak RSS {rss_before:.0f} → {rss_first:.0f} MB; {report.indexed.summary()}")
