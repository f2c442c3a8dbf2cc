"""Alert latency: from a feed update to the Slack post, with cycles running continuously.

A local feed farm (``--feeds`` feeds × ``--items`` plain items, all indexed by a warm-up
cycle) and the fake Slack are started; a worker thread then runs ``run_cycle`` back to back,
as a scheduler with no idle time would (each cycle's clock is advanced past the feeds'
interval so every feed is polled; unchanged feeds answer 304). ``--runs`` times, at a random
moment, an article reporting a government action is added to a random feed, and the time
until the fake Slack has a message linking it is measured. The latency is the wait for the
next cycle's poll plus that cycle's own work; with a scheduler that starts a cycle every
``I`` seconds add up to ``I - cycle`` of waiting (printed as an estimate for ``--schedule``).

Needs Elasticsearch (``ELASTICSEARCH_URL``, default http://127.0.0.1:9200); uses a fresh
index prefix and deletes its indices afterwards. Usage::

    python bench/bench_latency.py [--runs 20] [--feeds 50] [--items 20] [--schedule 60]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.alerts import SlackSender  # noqa: E402
from monitor.pipeline import run_cycle  # noqa: E402
from monitor.rules import load_rules  # noqa: E402
from monitor.settings import DEFAULT_RULES_FILE, Settings  # noqa: E402
from monitor.store import INDICES, make_es, setup  # noqa: E402
from tests.fakes.feeds import ACTIONS, FeedFarm, action_item  # noqa: E402
from tests.fakes.slack import FakeSlack  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="feed updates to time (default 20)")
    parser.add_argument("--feeds", type=int, default=50, help="feeds in the farm (default 50)")
    parser.add_argument("--items", type=int, default=20, help="items per feed (default 20)")
    parser.add_argument("--schedule", type=float, default=60.0, help="scheduler interval for the estimate, seconds (default 60)")
    parser.add_argument("--timeout", type=float, default=180.0, help="give up on one update after this long (default 180 s)")
    args = parser.parse_args(argv)
    rng = random.Random(5)
    farm = FeedFarm.generate(args.feeds, args.items, seed=5).start()
    slack = FakeSlack().start()
    settings = Settings(elasticsearch_url=os.environ.get("ELASTICSEARCH_URL", "http://127.0.0.1:9200"),
                        index_prefix=f"benchl{uuid.uuid4().hex[:8]}", allow_hosts=frozenset({"127.0.0.1"}),
                        freshness_hours=24 * 365, slack_channel="C0ALERTS", slack_bot_token="xoxb-test", slack_api_url=slack.base_url,
                        per_host=8, host_spacing=0.0)  # all pages on one local host: politeness off (see README)
    es = make_es(settings)
    setup(es, settings)
    rules = load_rules(DEFAULT_RULES_FILE)
    stop = threading.Event()
    durations: list[float] = []
    errors: list[str] = []
    try:
        clock = [datetime.now(UTC)]

        def cycle() -> None:
            clock[0] += timedelta(minutes=11)  # every feed due again
            start = time.monotonic()
            run_cycle(es, settings, SlackSender(settings), feeds=farm.feed_list(), rules=rules, now=max(clock[0], datetime.now(UTC)))
            durations.append(time.monotonic() - start)

        t = time.monotonic()
        cycle()
        print(f"warm-up cycle: {args.feeds * args.items} items indexed in {time.monotonic() - t:.1f}s")
        durations.clear()

        def loop() -> None:
            while not stop.is_set():
                try:
                    cycle()
                except Exception as exc:  # keep the loop running; report at the end
                    errors.append(f"{type(exc).__name__}: {exc}")
                    stop.wait(1)

        worker = threading.Thread(target=loop, daemon=True)
        worker.start()
        latencies: list[float] = []
        names = sorted(farm.feeds)
        for run in range(args.runs):
            stop.wait(rng.uniform(0.0, statistics.mean(durations) if durations else 2.0))
            country, phrase, action_type = ACTIONS[run % len(ACTIONS)]
            feed = farm.feeds[rng.choice(names)]
            item = action_item(f"{feed.name}-update{run:03d}", country, phrase, action_type, minutes_ago=0)
            url = farm.page_url(item.slug)
            farm.pages[item.slug] = item
            injected = time.monotonic()
            feed.items.insert(0, item)
            deadline = injected + args.timeout
            while time.monotonic() < deadline and not any(url in str(m.blocks) for m in list(slack.messages)):
                time.sleep(0.01)
            if time.monotonic() >= deadline:
                print(f"  run {run}: no Slack post within {args.timeout:.0f}s")
                continue
            latencies.append(time.monotonic() - injected)
        stop.set()
        worker.join(args.timeout)
        if not latencies:
            print("no latencies measured", errors[:3])
            return 1
        cyc = statistics.median(durations)
        p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
        print(f"{len(latencies)} updates, {len(durations)} cycles over {args.feeds} feeds ({len(slack.messages)} Slack posts)")
        print(f"cycle duration: median {cyc:.2f}s, max {max(durations):.2f}s")
        print(f"feed update → Slack post, cycles back to back: p50 {p50:.2f}s, p95 {p95:.2f}s, max {max(latencies):.2f}s "
              f"(target p95 ≤ 60 s)")
        print(f"estimate with a cycle started every {args.schedule:.0f}s: p95 ≈ {0.95 * args.schedule + cyc:.1f}s "
              f"(wait for the next start + one cycle)")
        if errors:
            print(f"{len(errors)} cycles failed; first: {errors[0]}")
    finally:
        stop.set()
        farm.stop()
        slack.stop()
        es.indices.delete(index=",".join(settings.index(n) for n in INDICES), ignore_unavailable=True)
        for tpl in es.indices.get_index_template(name=f"{settings.index_prefix}-*")["index_templates"]:
            es.indices.delete_index_template(name=tpl["name"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
