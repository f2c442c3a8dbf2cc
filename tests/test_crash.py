"""Kill the worker at the worst moments, then run again: every article is stored once and every
alert is posted once.

The worker is a real child process (this file run as a script) that runs one ``run_cycle``
against a local feed farm, the real Elasticsearch and the fake Slack started here. The crash
hook lives only in the child: it wraps a stage function so that it does its work and then the
process dies with ``os._exit(137)`` (what a SIGKILL or an OOM kill looks like to everyone else),
chosen by ``CRASH_AT``:

=============  ================================================================================
``fetch``      pages fetched, nothing extracted or stored
``extract``    pages extracted (worker processes running), nothing stored
``bulk``       Elasticsearch answered the articles' ``_bulk``; the answer is never processed
``index``      articles stored; feed state not yet saved, nothing matched
``plan``       outbox records written for a rule; articles not yet marked matched
``slack``      Slack accepted the first post; the outbox still says ``posting``
``reply``      Slack accepted the first thread reply; its outbox record still says ``posting``
=============  ================================================================================

The digest path (``MONITOR_DIGEST_THRESHOLD`` = 1, so the three actions make one digest):

====================  =========================================================================
``digest_planned``    the digest's outbox record created; nothing posted
``digest``            Slack accepted the digest; its record still says ``posting``
``digest_members``    the digest's members recorded ``digested``; its record still ``posting``
====================  =========================================================================
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # when run as the child script
    sys.path.insert(0, str(ROOT))

CRASH_POINTS = ["fetch", "extract", "bulk", "index", "plan", "slack", "reply"]
DIGEST_CRASH_POINTS = ["digest_planned", "digest", "digest_members"]
CRASH_CODE = 137


# --------------------------------------------------------------------------- the child


def _die() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(CRASH_CODE)


def install_crash_hook(point: str) -> None:
    """Wrap the stage function for ``point`` so that it does its work and then the process dies."""
    import monitor.pipeline as pipeline
    from monitor.alerts import SlackSender
    from monitor.extract import Extractor

    if point == "fetch":
        real_fetch = pipeline.fetch_pages

        def fetch_then_die(*args: Any, **kwargs: Any) -> Any:
            real_fetch(*args, **kwargs)
            _die()

        pipeline.fetch_pages = fetch_then_die  # type: ignore[assignment]
    elif point == "extract":
        class DyingExtractor(Extractor):
            def extract_many(self, pages: Any) -> Any:
                super().extract_many(pages)
                _die()  # the pool's worker processes are still alive

        pipeline.Extractor = DyingExtractor  # type: ignore[misc]
    elif point == "bulk":
        from elasticsearch import Elasticsearch

        real_bulk = Elasticsearch.bulk

        def bulk_then_die(self: Any, *args: Any, **kwargs: Any) -> Any:
            real_bulk(self, *args, **kwargs)  # the articles' bulk is the cycle's first
            _die()

        Elasticsearch.bulk = bulk_then_die  # type: ignore[method-assign]
    elif point == "index":
        real_index = pipeline.index_articles

        def index_then_die(*args: Any, **kwargs: Any) -> Any:
            real_index(*args, **kwargs)
            _die()

        pipeline.index_articles = index_then_die
    elif point == "plan":
        real_plan = pipeline.plan_alerts

        def plan_then_die(*args: Any, **kwargs: Any) -> Any:
            real_plan(*args, **kwargs)
            _die()

        pipeline.plan_alerts = plan_then_die
    elif point in ("digest_planned", "digest_members"):
        from monitor.outbox import Outbox

        name = "create" if point == "digest_planned" else "mark_digested"
        real = getattr(Outbox, name)

        def then_die(self: Any, *args: Any, **kwargs: Any) -> Any:
            real(self, *args, **kwargs)
            _die()

        setattr(Outbox, name, then_die)
    elif point in ("slack", "reply", "digest"):
        real_post = SlackSender.post

        def post_then_die(self: Any, channel: str, message: Any, thread_ts: str | None, metadata: dict[str, Any]) -> str:
            ts = real_post(self, channel, message, thread_ts, metadata)
            if point in ("slack", "digest") or thread_ts is not None:
                _die()
            return ts

        SlackSender.post = post_then_die  # type: ignore[method-assign]
    elif point:
        raise SystemExit(f"unknown CRASH_AT {point!r}")


def child_main() -> int:
    from monitor.alerts import SlackSender
    from monitor.models import Feed
    from monitor.pipeline import run_cycle
    from monitor.rules import load_rules
    from monitor.settings import DEFAULT_RULES_FILE, Settings
    from monitor.store import make_es

    env = os.environ
    settings = Settings(
        elasticsearch_url=env["CRASH_ES_URL"], index_prefix=env["CRASH_PREFIX"], allow_hosts=frozenset({"127.0.0.1"}),
        freshness_hours=24 * 365, slack_channel="C0ALERTS", slack_bot_token="xoxb-test", slack_api_url=env["CRASH_SLACK_URL"],
        per_host=8, host_spacing=0.0,  # every farm feed and page is on 127.0.0.1: no politeness wait
        digest_threshold=int(env.get("CRASH_DIGEST_THRESHOLD", "10")),
    )
    feeds = [Feed(name=f"f{i}", url=url) for i, url in enumerate(json.loads(env["CRASH_FEEDS"]))]
    install_crash_hook(env.get("CRASH_AT", ""))
    now = datetime.now(UTC) + timedelta(minutes=float(env.get("CRASH_NOW_OFFSET_MIN", "0")))
    report = run_cycle(make_es(settings), settings, SlackSender(settings), feeds=feeds, rules=load_rules(DEFAULT_RULES_FILE),
                       now=now, min_interval=0)
    print(json.dumps({"new_entries": report.new_entries, "created": len(report.indexed.created),
                      "existing": len(report.indexed.existing), "posted": len(report.dispatch.posted),
                      "reconciled": len(report.dispatch.reconciled)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(child_main())


# --------------------------------------------------------------------------- the tests

import pytest  # noqa: E402

from monitor.alerts import SlackSender  # noqa: E402
from monitor.pipeline import run_cycle  # noqa: E402
from monitor.rules import load_rules  # noqa: E402
from monitor.settings import DEFAULT_RULES_FILE  # noqa: E402
from monitor.urls import article_id  # noqa: E402
from tests.fakes.feeds import FeedFarm  # noqa: E402

N_ACTIONS = 3  # each reported by two feeds: 3 parent messages and 3 thread replies


@pytest.fixture
def farm() -> Iterator[FeedFarm]:
    with FeedFarm.generate(4, 5, n_actions=N_ACTIONS, coverage=2, shared=1, seed=3) as f:
        yield f


def run_worker(
    settings: Any, slack: Any, farm: FeedFarm, crash_at: str = "", offset_min: float = 0, digest_threshold: int = 10
) -> tuple[int, str]:
    env = {
        "CRASH_DIGEST_THRESHOLD": str(digest_threshold),
        **os.environ, "PYTHONPATH": str(ROOT), "CRASH_AT": crash_at, "CRASH_ES_URL": settings.elasticsearch_url,
        "CRASH_PREFIX": settings.index_prefix, "CRASH_SLACK_URL": slack.base_url, "CRASH_NOW_OFFSET_MIN": str(offset_min),
        "CRASH_FEEDS": json.dumps([f.url for f in farm.feed_list()]),
    }
    proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve())], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=180)
    finally:
        try:  # leftovers of the dead worker (its extraction processes) share its process group
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    return proc.returncode, out + err


def state(es: Any, settings: Any) -> dict[str, Any]:
    es.indices.refresh(index=",".join(settings.index(n) for n in ("articles", "alerts", "events")))
    articles = es.search(index=settings.index("articles"), size=1000, source=["matched"])["hits"]["hits"]
    alerts = es.search(index=settings.index("alerts"), size=1000, source=["status", "kind"])["hits"]["hits"]
    return {
        "ids": Counter(h["_id"] for h in articles),
        "unmatched": sum(1 for h in articles if not h["_source"].get("matched")),
        "alerts": Counter((h["_source"]["kind"], h["_source"]["status"]) for h in alerts),
        "events": es.count(index=settings.index("events"))["count"],
    }


@pytest.mark.parametrize("crash_at", CRASH_POINTS)
def test_kill_the_worker_then_rerun_stores_and_posts_everything_once(es, settings, slack, farm, crash_at):
    expected_ids = {article_id(farm.page_url(slug)) for slug in farm.reachable_items()}
    assert len(expected_ids) == 20 and len(farm.action_items()) == 2 * N_ACTIONS

    code, output = run_worker(settings, slack, farm, crash_at)
    assert code == CRASH_CODE, output[-3000:]
    before = state(es, settings)
    posted_before = len(slack.messages)
    if crash_at in ("fetch", "extract"):
        assert before["ids"] == Counter() and posted_before == 0
    else:
        assert set(before["ids"]) == expected_ids  # the bulk landed before the worker died
    if crash_at == "slack":
        assert posted_before == 1 and before["alerts"][("parent", "posting")] == 1
    if crash_at == "reply":
        assert len(slack.parents("C0ALERTS")) == N_ACTIONS and posted_before == N_ACTIONS + 1
        assert before["alerts"][("reply", "posting")] == 1

    # The scheduler runs the next cycle when the feeds are due again.
    code, output = run_worker(settings, slack, farm, offset_min=11)
    assert code == 0, output[-3000:]
    rerun = json.loads(output.strip().splitlines()[0])
    after = state(es, settings)
    assert set(after["ids"]) == expected_ids and max(after["ids"].values()) == 1
    assert after["unmatched"] == 0
    assert after["events"] == N_ACTIONS
    assert after["alerts"] == Counter({("parent", "posted"): N_ACTIONS, ("reply", "posted"): N_ACTIONS})
    parents = slack.parents("C0ALERTS")
    assert len(parents) == N_ACTIONS and len(slack.messages) == 2 * N_ACTIONS
    assert all(len(slack.replies(p.ts)) == 1 for p in parents)
    alert_ids = [m.metadata["event_payload"]["alert_id"] for m in slack.messages]
    assert len(set(alert_ids)) == len(alert_ids)  # no alert posted twice
    if crash_at in ("slack", "reply"):
        assert rerun["reconciled"] == 1  # found in Slack's history, not posted again
    if crash_at in ("fetch", "extract"):
        assert rerun["created"] == len(expected_ids)  # the feeds were polled again, not answered 304

    # And once more in this process: nothing new anywhere.
    s = settings.with_(slack_bot_token="xoxb-test", slack_api_url=slack.base_url)
    third = run_cycle(es, s, SlackSender(s), feeds=farm.feed_list(), rules=load_rules(DEFAULT_RULES_FILE),
                      now=datetime.now(UTC) + timedelta(minutes=22), min_interval=0)
    assert third.new_entries == 0 and third.dispatch.posted == [] and len(slack.messages) == 2 * N_ACTIONS
    assert state(es, settings)["ids"] == after["ids"]


@pytest.mark.parametrize("crash_at", DIGEST_CRASH_POINTS)
def test_kill_the_worker_on_the_digest_path_then_rerun_posts_one_digest(es, settings, slack, farm, crash_at):
    code, output = run_worker(settings, slack, farm, crash_at, digest_threshold=1)
    assert code == CRASH_CODE, output[-3000:]
    before = state(es, settings)
    assert before["alerts"][("digest", "posting" if crash_at != "digest_planned" else "pending")] == 1
    assert len(slack.messages) == (0 if crash_at == "digest_planned" else 1)
    if crash_at == "digest_members":
        assert before["alerts"][("parent", "digested")] == N_ACTIONS

    code, output = run_worker(settings, slack, farm, offset_min=11, digest_threshold=1)
    assert code == 0, output[-3000:]
    rerun = json.loads(output.strip().splitlines()[0])
    after = state(es, settings)
    # One digest listing the three actions (their second outlets folded into it), nothing else.
    assert after["alerts"] == Counter({("digest", "posted"): 1, ("parent", "digested"): N_ACTIONS, ("reply", "digested"): N_ACTIONS})
    assert len(slack.messages) == 1 and slack.messages[0].thread_ts is None
    assert f"{N_ACTIONS} new government actions" in slack.messages[0].text
    assert rerun["reconciled"] == (0 if crash_at == "digest_planned" else 1)
    assert rerun["posted"] == (1 if crash_at == "digest_planned" else 0)

    s = settings.with_(slack_bot_token="xoxb-test", slack_api_url=slack.base_url, digest_threshold=1)
    third = run_cycle(es, s, SlackSender(s), feeds=farm.feed_list(), rules=load_rules(DEFAULT_RULES_FILE),
                      now=datetime.now(UTC) + timedelta(minutes=22), min_interval=0)
    assert third.dispatch.posted == [] and len(slack.messages) == 1
