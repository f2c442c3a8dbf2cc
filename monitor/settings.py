"""Configuration, read once from the environment into an immutable object.

The variable names are a contract shared with the docs, docker-compose and Airflow:

=========================  ==============================================================
``ELASTICSEARCH_URL``      Elasticsearch endpoint (default ``http://127.0.0.1:9200``)
``ELASTICSEARCH_API_KEY``  API key, or ``ELASTICSEARCH_USERNAME``/``ELASTICSEARCH_PASSWORD``
``SLACK_BOT_TOKEN``        bot token; without it alerts are printed instead of posted
``SLACK_API_URL``          Web API base URL (default ``https://slack.com/api/``)
``SLACK_CHANNEL``          default channel for alerts
``MONITOR_FEEDS``          feeds file, YAML or OPML (default: the bundled ``feeds.yaml``)
``MONITOR_ALLOW_HOSTS``    comma-separated hosts that may be fetched although private
``MONITOR_FRESHNESS_HOURS``  articles first published longer ago are indexed, never alerted
``MONITOR_RULES``          watch-rules YAML file (default: the bundled rules)
``MONITOR_INDEX_PREFIX``   index name prefix (default ``monitor``: ``monitor-articles`` ...)
``MONITOR_OPS_CHANNEL``    Slack channel for DAG failure notices (read by the DAG file)
``MONITOR_PER_HOST``       concurrent requests per host, feeds and pages (default 2)
``MONITOR_HOST_SPACING``   seconds between request starts on one host (default 0.5)
``MONITOR_RESPECT_ROBOTS`` honour robots.txt for article pages (default true)
``MONITOR_RESOLVE_AGGREGATORS`` resolve Google News article links to the publisher's URL (default true)
``MONITOR_RESOLVE_BUDGET`` seconds a cycle may spend resolving aggregator links (default 60)
``MONITOR_GOOGLE_NEWS_URL`` base URL of the Google News decoding endpoints (default ``https://news.google.com``)
``MONITOR_DIGEST_THRESHOLD`` more new events than this for one channel in one dispatch make a digest (default 10)
=========================  ==============================================================

Airflow tasks build the same object from the ``elasticsearch_default`` and
``slack_api_default`` connections (see :mod:`monitor.airflow_support`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from monitor.errors import ConfigError

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_FEEDS_FILE = PACKAGE_DIR / "data" / "feeds.yaml"
DEFAULT_RULES_FILE = PACKAGE_DIR / "data" / "rules.yaml"
DEFAULT_ELASTICSEARCH_URL = "http://127.0.0.1:9200"
DEFAULT_SLACK_API_URL = "https://slack.com/api/"
DEFAULT_FRESHNESS_HOURS = 48.0
DEFAULT_FETCH_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_MAX_REDIRECTS = 5
DEFAULT_PER_HOST = 2  # concurrent requests per host (feeds and pages)
DEFAULT_HOST_SPACING = 0.5  # seconds between request starts on one host
DEFAULT_DIGEST_THRESHOLD = 10  # new events for one channel in one dispatch above which one digest is posted
DEFAULT_GOOGLE_NEWS_URL = "https://news.google.com"
DEFAULT_RESOLVE_BUDGET = 60.0  # seconds per cycle for aggregator link resolution
DEFAULT_USER_AGENT = "tiktok-action-monitor/0.1 (+https://github.com/; media monitoring)"


@dataclass(frozen=True)
class Settings:
    """Everything a cycle needs to know about its environment."""

    elasticsearch_url: str = DEFAULT_ELASTICSEARCH_URL
    elasticsearch_api_key: str | None = None
    elasticsearch_username: str | None = None
    elasticsearch_password: str | None = field(default=None, repr=False)
    slack_bot_token: str | None = field(default=None, repr=False)
    slack_api_url: str = DEFAULT_SLACK_API_URL
    slack_channel: str = "#tiktok-actions"
    feeds_file: Path = DEFAULT_FEEDS_FILE
    rules_file: Path = DEFAULT_RULES_FILE
    allow_hosts: frozenset[str] = frozenset()
    freshness_hours: float = DEFAULT_FRESHNESS_HOURS
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    user_agent: str = DEFAULT_USER_AGENT
    index_prefix: str = "monitor"
    per_host: int = DEFAULT_PER_HOST
    host_spacing: float = DEFAULT_HOST_SPACING
    respect_robots: bool = True
    resolve_aggregators: bool = True
    resolve_budget: float = DEFAULT_RESOLVE_BUDGET
    google_news_url: str = DEFAULT_GOOGLE_NEWS_URL
    digest_threshold: int = DEFAULT_DIGEST_THRESHOLD

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read settings from ``env`` (default: ``os.environ``)."""
        env = os.environ if env is None else env

        def opt(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        def number(name: str, default: float) -> float:
            raw = opt(name)
            if raw is None:
                return default
            try:
                value = float(raw)
            except ValueError:
                raise ConfigError(f"{name}={raw!r} is not a number") from None
            if value < 0:
                raise ConfigError(f"{name}={raw!r} must not be negative")
            return value

        allow = frozenset(h.strip().lower() for h in (opt("MONITOR_ALLOW_HOSTS") or "").split(",") if h.strip())
        return cls(
            elasticsearch_url=opt("ELASTICSEARCH_URL") or DEFAULT_ELASTICSEARCH_URL,
            elasticsearch_api_key=opt("ELASTICSEARCH_API_KEY"),
            elasticsearch_username=opt("ELASTICSEARCH_USERNAME"),
            elasticsearch_password=opt("ELASTICSEARCH_PASSWORD"),
            slack_bot_token=opt("SLACK_BOT_TOKEN"),
            slack_api_url=opt("SLACK_API_URL") or DEFAULT_SLACK_API_URL,
            slack_channel=opt("SLACK_CHANNEL") or "#tiktok-actions",
            feeds_file=Path(opt("MONITOR_FEEDS") or DEFAULT_FEEDS_FILE),
            rules_file=Path(opt("MONITOR_RULES") or DEFAULT_RULES_FILE),
            allow_hosts=allow,
            freshness_hours=number("MONITOR_FRESHNESS_HOURS", DEFAULT_FRESHNESS_HOURS),
            fetch_timeout=number("MONITOR_FETCH_TIMEOUT", DEFAULT_FETCH_TIMEOUT),
            max_bytes=int(number("MONITOR_MAX_BYTES", DEFAULT_MAX_BYTES)),
            index_prefix=opt("MONITOR_INDEX_PREFIX") or "monitor",
            per_host=max(1, int(number("MONITOR_PER_HOST", DEFAULT_PER_HOST))),
            host_spacing=number("MONITOR_HOST_SPACING", DEFAULT_HOST_SPACING),
            respect_robots=(opt("MONITOR_RESPECT_ROBOTS") or "true").lower() not in ("0", "false", "no", "off"),
            resolve_aggregators=(opt("MONITOR_RESOLVE_AGGREGATORS") or "true").lower() not in ("0", "false", "no", "off"),
            resolve_budget=number("MONITOR_RESOLVE_BUDGET", DEFAULT_RESOLVE_BUDGET),
            google_news_url=(opt("MONITOR_GOOGLE_NEWS_URL") or DEFAULT_GOOGLE_NEWS_URL).rstrip("/"),
            digest_threshold=int(number("MONITOR_DIGEST_THRESHOLD", DEFAULT_DIGEST_THRESHOLD)),
        )

    def with_(self, **changes: object) -> Settings:
        """A copy with some fields changed (used by tests and Airflow)."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def index(self, name: str) -> str:
        """Full index name, e.g. ``index("articles") == "monitor-articles"``."""
        return f"{self.index_prefix}-{name}"
