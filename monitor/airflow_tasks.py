"""Task bodies for the Airflow DAGs: settings from Airflow Connections, stage functions, JSON in and out.

DAG files only wire these functions. Each returns plain JSON-serialisable data (XCom), and
all state is in Elasticsearch, so any worker can run any task.

Connections (override the environment variables when present):

* ``elasticsearch_default``: host/port/schema, login/password, or ``api_key`` in extra.
* ``slack_api_default``: the bot token as password; ``base_url`` and ``channel`` in extra.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from monitor.settings import Settings

log = logging.getLogger(__name__)

BATCH_SIZE = 50
MAX_BATCHES = 1000  # below Airflow's map-length limit of 1024


def _connection(conn_id: str) -> Any | None:
    try:
        from airflow.sdk import Connection

        return Connection.get(conn_id)
    except Exception:  # not defined, or not running inside Airflow
        return None


def settings_from_airflow(base: Settings | None = None) -> Settings:
    """Environment settings, overridden by the ``elasticsearch_default`` and ``slack_api_default`` connections."""
    settings = base or Settings.from_env()
    es = _connection("elasticsearch_default")
    if es is not None and es.host:
        extra = es.extra_dejson if hasattr(es, "extra_dejson") else json.loads(es.extra or "{}")
        scheme = es.schema or extra.get("scheme") or "http"
        host = es.host if "://" in es.host else f"{scheme}://{es.host}"
        url = f"{host}:{es.port}" if es.port else host
        settings = settings.with_(
            elasticsearch_url=url,
            elasticsearch_username=es.login or None,
            elasticsearch_password=es.password or None,
            elasticsearch_api_key=extra.get("api_key") or settings.elasticsearch_api_key,
        )
    slack = _connection("slack_api_default")
    if slack is not None and slack.password:
        extra = slack.extra_dejson if hasattr(slack, "extra_dejson") else json.loads(slack.extra or "{}")
        settings = settings.with_(
            slack_bot_token=slack.password,
            slack_api_url=extra.get("base_url") or settings.slack_api_url,
            slack_channel=extra.get("channel") or settings.slack_channel,
        )
    return settings


def setup_task(settings: Settings | None = None) -> dict[str, str]:
    from monitor.rules import load_rules, sync_rules
    from monitor.store import check_health, make_es, setup

    settings = settings or settings_from_airflow()
    es = make_es(settings)
    check_health(es)
    outcome = setup(es, settings)
    outcome["rules"] = str(sync_rules(es, settings, load_rules(settings.rules_file)))
    return outcome


def poll_task(settings: Settings | None = None, batch_size: int = BATCH_SIZE, all_feeds: bool = False) -> dict[str, Any]:
    """Poll due feeds (every enabled one with ``all_feeds``). Returns ``{"batches": [[entry, ...],
    ...], "states": [feed state, ...]}``.

    The same step as ``monitor run`` (:func:`monitor.pipeline.collect_entries`): aggregator
    links resolved, only entries not indexed yet, and edited headlines of known articles
    updated. The feeds' new state (with ETag/Last-Modified) is *not* stored here:
    ``save_feed_states_task`` stores it once every batch is indexed, so a failed run polls the
    same entries again.
    """
    from monitor.feeds import load_feeds
    from monitor.fetch import make_client
    from monitor.pipeline import collect_entries, feed_state_docs
    from monitor.store import make_es

    settings = settings or settings_from_airflow()
    es = make_es(settings)
    feeds = load_feeds(settings.feeds_file)
    with make_client(settings) as client:
        collected = collect_entries(es, settings, client, feeds, datetime.now(UTC), all_feeds=all_feeds)
    results = collected.polled
    for r in results:
        if r.error:
            log.warning("feed %s failed: %s", r.feed.url, r.error)
    entries = collected.fresh
    log.info(
        "%d feeds polled, %d failed, %d new entries, %d edited titles; aggregator links: %s",
        len(results), sum(1 for r in results if r.error), len(entries), collected.titles_updated, collected.links.summary(),
    )  # fmt: skip
    rows = [entry_to_dict(e) for e in entries]
    size = max(batch_size, -(-len(rows) // MAX_BATCHES))
    states = [{"id": doc_id, **doc} for doc_id, doc in feed_state_docs(results)]
    return {"batches": [rows[i : i + size] for i in range(0, len(rows), size)], "states": states}


def save_feed_states_task(states: Sequence[dict[str, Any]], settings: Settings | None = None) -> int:
    """Store the polled feeds' new state (after their entries are indexed)."""
    from monitor.pipeline import store_feed_states
    from monitor.store import make_es

    settings = settings or settings_from_airflow()
    docs = [(str(d["id"]), {k: v for k, v in d.items() if k != "id"}) for d in states]
    store_feed_states(make_es(settings), settings, docs)
    return len(docs)


def process_task(batch: Sequence[dict[str, Any]], run_id: str, settings: Settings | None = None) -> dict[str, Any]:
    """Fetch, extract, analyze and index one batch of entries."""
    from monitor.pipeline import index_articles, process_entries
    from monitor.store import make_es

    settings = settings or settings_from_airflow()
    entries = [entry_from_dict(d) for d in batch]
    docs, from_page = process_entries(settings, entries, run_id)
    report = index_articles(make_es(settings), settings, docs)
    return {
        "entries": len(entries),
        "from_page": from_page,
        "created": len(report.created),
        "existing": len(report.existing),
        "set_aside": report.failed,
    }


def match_task(settings: Settings | None = None) -> dict[str, int]:
    from monitor.pipeline import match_and_plan
    from monitor.rules import active_rules
    from monitor.store import make_es

    settings = settings or settings_from_airflow()
    es = make_es(settings)
    matches, new, updated, planned = match_and_plan(es, settings, active_rules(es, settings))
    return {"matches": matches, "events_new": new, "events_updated": updated, "alerts_queued": planned}


def dispatch_task(settings: Settings | None = None, dry_run: bool = False) -> dict[str, Any]:
    from monitor.alerts import Dispatcher, make_sender
    from monitor.store import make_es

    settings = settings or settings_from_airflow()
    es = make_es(settings)
    if dry_run:  # show what is queued; post nothing and change nothing
        es.indices.refresh(index=settings.index("alerts"))
        pending = es.search(index=settings.index("alerts"), query={"terms": {"status": ["pending", "posting"]}}, size=100)["hits"]["hits"]
        for hit in pending:
            log.info(
                "dry run: would post %s alert to %s: %s",
                hit["_source"].get("kind"),
                hit["_source"].get("channel"),
                hit["_source"].get("title"),
            )
        return {"dry_run": True, "queued": len(pending)}
    report = Dispatcher(es, settings, make_sender(settings, echo=log.info)).dispatch()
    if report.failed:
        log.error("alerts failed: %s", report.failed)
    return {
        "posted": len(report.posted),
        "reconciled": len(report.reconciled),
        "deferred": len(report.deferred),
        "failed": len(report.failed),
        "digested": len(report.digested),
    }


def tracker_task(path: str, settings: Settings | None = None) -> dict[str, Any]:
    """Write the tracker page to ``path``, store each event's current stage, and post a Slack
    summary of the steps no summary listed yet, only when there are some (exactly once,
    through the alert outbox: :mod:`monitor.tracker_summary`)."""
    from pathlib import Path

    from monitor.alerts import make_sender
    from monitor.store import make_es
    from monitor.tracker_summary import publish_tracker

    settings = settings or settings_from_airflow()
    report = publish_tracker(make_es(settings), settings, make_sender(settings, echo=log.info), Path(path), datetime.now(UTC))
    return report.to_dict()


def entry_to_dict(entry: Any) -> dict[str, Any]:
    from dataclasses import asdict

    data = asdict(entry)
    data["published"] = entry.published.isoformat() if entry.published else None
    return data


def entry_from_dict(data: dict[str, Any]) -> Any:
    from monitor.models import Entry

    published = datetime.fromisoformat(data["published"]) if data.get("published") else None
    return Entry(**{**data, "published": published})


def replay_task(start: str, end: str, dry_run: bool = True, settings: Settings | None = None) -> dict[str, Any]:
    """Re-analyze articles published in [start, end); with ``dry_run`` nothing is written."""
    from monitor.replay import replay
    from monitor.rules import active_rules
    from monitor.store import make_es

    settings = settings or settings_from_airflow()
    es = make_es(settings)
    report = replay(es, settings, active_rules(es, settings), datetime.fromisoformat(start), datetime.fromisoformat(end), dry_run=dry_run)
    log.info("replay %s..%s: %d articles, %d changed (dry run: %s)", start, end, report.articles, len(report.changed), dry_run)
    return report.to_dict()


def failure_notifiers() -> list[Any]:
    """Airflow Slack provider notifiers that post a task's final failure to ``MONITOR_OPS_CHANNEL``
    through the ``slack_api_default`` connection (none when the variable is unset)."""
    import os

    channel = os.environ.get("MONITOR_OPS_CHANNEL", "").strip()
    if not channel:
        return []
    from airflow.providers.slack.notifications.slack import SlackNotifier

    return [
        SlackNotifier(
            slack_conn_id="slack_api_default",
            channel=channel,
            text=(
                ":red_circle: Airflow task {{ dag.dag_id }}.{{ ti.task_id }} failed"
                " (run {{ run_id }}, try {{ ti.try_number }}): {{ exception }}"
            ),
        )
    ]


def default_args(retries: int = 3, timeout_minutes: int = 10) -> dict[str, Any]:
    """The DAGs' shared defaults: owner, retries with exponential back-off, timeouts, ops notices.

    ``MONITOR_TASK_RETRIES`` overrides the number of retries (e.g. 0 in tests).
    """
    import os
    from datetime import timedelta

    raw = os.environ.get("MONITOR_TASK_RETRIES", "").strip()
    return {
        "owner": "media-monitoring",
        "retries": int(raw) if raw.isdigit() else retries,
        "retry_delay": timedelta(seconds=30),
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(minutes=10),
        "execution_timeout": timedelta(minutes=timeout_minutes),
        "on_failure_callback": failure_notifiers(),
    }
