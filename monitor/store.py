"""Elasticsearch: the client, index templates and the setup step.

Elasticsearch is the single store (articles, events, alerts outbox, feed state, rules),
so any Airflow worker can run any task. Only core features are used (no ingest
pipelines, percolator or language analyzers), so the same code runs on a bare node and
on a full deployment.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError

from monitor.errors import StoreError
from monitor.settings import Settings

log = logging.getLogger(__name__)

MAPPINGS_DIR = Path(__file__).resolve().parent.parent / "mappings"
INDICES = ("articles", "events", "alerts", "feeds", "rules", "links")


def mappings_dir() -> Path:
    """Where the index templates live (the repo's ``mappings/``, or the installed copy)."""
    for candidate in (MAPPINGS_DIR, Path(__file__).resolve().parent / "mappings"):
        if (candidate / "articles.json").exists():
            return candidate
    raise StoreError("index templates not found: expected mappings/articles.json")


def make_es(settings: Settings) -> Elasticsearch:
    """A client for ``settings.elasticsearch_url`` with credentials, timeouts and retries."""
    kwargs: dict[str, Any] = {"request_timeout": 30, "max_retries": 2, "retry_on_timeout": True}
    if settings.elasticsearch_api_key:
        kwargs["api_key"] = settings.elasticsearch_api_key
    elif settings.elasticsearch_username:
        kwargs["basic_auth"] = (settings.elasticsearch_username, settings.elasticsearch_password or "")
    return Elasticsearch(settings.elasticsearch_url, **kwargs)


def check_health(es: Elasticsearch, timeout: str = "30s") -> str:
    """Wait for the cluster to be at least yellow; return its status or raise StoreError.

    (``ping()``/``info()`` use ``GET /``, which some minimal distributions lack.)
    """
    try:
        health = es.cluster.health(wait_for_status="yellow", timeout=timeout)
    except (TransportError, ApiError) as exc:
        raise StoreError(f"Elasticsearch not reachable: {exc}") from exc
    status = str(health["status"])
    if status == "red" or health.get("timed_out"):
        raise StoreError(f"Elasticsearch cluster is {status}")
    return status


def load_template(name: str) -> dict[str, Any]:
    with open(mappings_dir() / f"{name}.json", encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def setup(es: Elasticsearch, settings: Settings) -> dict[str, str]:
    """Create or update every index template and create missing indices. Idempotent.

    Returns what happened per index: ``created``, ``updated`` (template changed) or
    ``unchanged``.
    """
    outcome: dict[str, str] = {}
    try:
        for name in INDICES:
            index = settings.index(name)
            template = load_template(name)
            template["index_patterns"] = [f"{index}*"]
            template_name = f"{index}-template"
            status = "unchanged"
            try:
                current = es.indices.get_index_template(name=template_name)["index_templates"][0]["index_template"]
                if current.get("_meta", {}).get("version") != template["_meta"]["version"]:
                    status = "updated"
            except NotFoundError:
                status = "created"
            if status != "unchanged":
                es.indices.put_index_template(name=template_name, body=template)
            if not es.indices.exists(index=index):
                es.indices.create(index=index)
                status = "created"
            elif status == "updated":
                es.indices.put_mapping(index=index, body=template["template"]["mappings"])
            outcome[index] = status
    except (TransportError, ApiError) as exc:
        raise StoreError(f"setup failed: {exc}") from exc
    return outcome


def refresh(es: Elasticsearch, settings: Settings, *names: str) -> None:
    """Make recent writes searchable (used between pipeline stages and in tests)."""
    try:
        es.indices.refresh(index=",".join(settings.index(n) for n in (names or INDICES)))
    except (TransportError, ApiError) as exc:
        raise StoreError(f"refresh failed: {exc}") from exc
