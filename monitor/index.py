"""Bulk indexing of articles: create-only with deterministic ids, so a re-run adds nothing.

Per-item outcomes of a bulk request are sorted out here: ``created``; ``409`` means the
article is already stored; ``429``/``503`` are retried with back-off; any other error
sets the item aside with its reason. If Elasticsearch itself cannot be reached a
:class:`~monitor.errors.StoreError` is raised so the task fails with nothing marked done.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from elasticsearch import ApiError, Elasticsearch, TransportError, helpers

from monitor.errors import StoreError

log = logging.getLogger(__name__)

RETRYABLE = frozenset({429, 502, 503, 504})


@dataclass
class BulkReport:
    created: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (id not indexed, id of the article with the same text)

    def summary(self) -> str:
        return (
            f"{len(self.created)} created, {len(self.existing)} already present, {len(self.updated)} updated, {len(self.failed)} set aside"
            + (f", {len(self.duplicates)} same text as an article of the outlet" if self.duplicates else "")
        )


def existing_ids(es: Elasticsearch, index: str, ids: Sequence[str]) -> set[str]:
    """Which of ``ids`` already exist in ``index`` (one ``_mget``)."""
    if not ids:
        return set()
    try:
        response = es.mget(index=index, ids=list(ids), source=False)
    except (TransportError, ApiError) as exc:
        raise StoreError(f"cannot read {index}: {exc}") from exc
    return {doc["_id"] for doc in response["docs"] if doc.get("found")}


def bulk_write(
    es: Elasticsearch,
    index: str,
    docs: Iterable[tuple[str, dict[str, Any]]],
    *,
    op_type: str = "create",
    upsert: bool = False,
    retries: int = 4,
    backoff: float = 0.5,
    refresh: bool | str = False,
) -> BulkReport:
    """Write ``(id, doc)`` pairs with ``helpers.streaming_bulk``; see module docstring.

    ``op_type`` is ``create`` (create-only), ``index`` (replace) or ``update`` (merge ``doc``
    into the stored document; with ``upsert`` a missing document is created).
    """
    report = BulkReport()
    pending = list(docs)
    attempt = 0
    while pending:
        actions = [_action(op_type, index, doc_id, doc, upsert) for doc_id, doc in pending]
        by_id = dict(pending)
        retry: list[tuple[str, dict[str, Any]]] = []
        try:
            for ok, item in helpers.streaming_bulk(
                es,
                actions,
                chunk_size=500,
                max_chunk_bytes=20 * 1024 * 1024,
                raise_on_error=False,
                raise_on_exception=True,
                max_retries=0,
                refresh=refresh,
            ):
                result = next(iter(item.values()))
                doc_id = str(result.get("_id"))
                status = int(result.get("status", 0))
                if ok:
                    (report.created if result.get("result") == "created" else report.updated).append(doc_id)
                elif status == 409:
                    report.existing.append(doc_id)
                elif status in RETRYABLE:
                    retry.append((doc_id, by_id[doc_id]))
                else:
                    reason = result.get("error", {})
                    text = f"{reason.get('type')}: {reason.get('reason')}" if isinstance(reason, dict) else str(reason)
                    log.error("document %s set aside: %s", doc_id, text)
                    report.failed.append((doc_id, text))
        except (TransportError, ApiError) as exc:
            raise StoreError(f"bulk write to {index} failed: {exc}") from exc
        attempt += 1
        if retry and attempt > retries:
            raise StoreError(f"{len(retry)} documents still rejected by {index} after {retries} retries")
        pending = retry
        if pending:
            time.sleep(backoff * 2 ** (attempt - 1))
    return report


def _action(op_type: str, index: str, doc_id: str, doc: dict[str, Any], upsert: bool) -> dict[str, Any]:
    if op_type == "update":
        return {"_op_type": "update", "_index": index, "_id": doc_id, "doc": doc, "doc_as_upsert": upsert}
    return {"_op_type": op_type, "_index": index, "_id": doc_id, "_source": doc}


def language_counts(es: Elasticsearch, index: str) -> dict[str, dict[str, int]]:
    """Per feed: articles per language, and how many no detector could read.

    ``{"Feed name": {"fr": 12, "en": 3, "unsupported_language": 2}}``, from one terms
    aggregation; used by ``monitor feeds status`` so a team sees a feed whose language the
    detector cannot read instead of a silent "no action".
    """
    body = {
        "size": 0,
        "aggs": {
            "feeds": {
                "terms": {"field": "feed", "size": 10000},
                "aggs": {
                    "languages": {"terms": {"field": "language", "size": 100}},
                    "unsupported": {"filter": {"term": {"detection": "unsupported_language"}}},
                },
            }
        },
    }
    try:
        resp = es.search(index=index, body=body, ignore_unavailable=True)
    except (TransportError, ApiError) as exc:
        raise StoreError(f"cannot count languages: {exc}") from exc
    out: dict[str, dict[str, int]] = {}
    for bucket in resp.get("aggregations", {}).get("feeds", {}).get("buckets", []):
        counts = {str(b["key"]): int(b["doc_count"]) for b in bucket["languages"]["buckets"]}
        counts["unsupported_language"] = int(bucket["unsupported"]["doc_count"])
        out[str(bucket["key"])] = counts
    return out
