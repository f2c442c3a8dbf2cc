"""Replay: re-run analysis (and, unless dry, matching) over a date range after a rule or
analyzer change.

A dry run reports what would change and which rules would fire, and writes nothing. A real
run updates the stored findings and marks changed articles unmatched so the next matching
step sees them; the freshness window still keeps old articles out of Slack.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from elasticsearch import ApiError, Elasticsearch, TransportError

from monitor.errors import StoreError
from monitor.index import bulk_write
from monitor.pipeline import article_findings
from monitor.rules import Rule, match_rules
from monitor.settings import Settings

log = logging.getLogger(__name__)

FINDING_FIELDS = (
    "new_action",
    "label",
    "actions",
    "action_types",
    "jurisdictions",
    "actors",
    "stages",
    "evidence",
    "confidence",
    "support",
    "entities",
)


@dataclass
class ReplayReport:
    articles: int = 0
    changed: list[dict[str, Any]] = field(default_factory=list)
    would_fire: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    dry_run: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "changed": len(self.changed),
            "changes": [{"id": c["id"], "title": c.get("title"), "before": c["before"], "after": c["after"]} for c in self.changed[:100]],
            "would_fire": {rule: [h.get("title") for h in hits] for rule, hits in self.would_fire.items()},
            "dry_run": self.dry_run,
        }


def _articles_between(es: Elasticsearch, index: str, start: datetime, end: datetime) -> Iterator[dict[str, Any]]:
    query = {"range": {"published": {"gte": start.isoformat(), "lt": end.isoformat()}}}
    search_after: list[Any] | None = None
    while True:
        try:
            response = es.search(
                index=index,
                query=query,
                size=500,
                sort=[{"published": "asc"}, {"id": "asc"}],
                search_after=search_after,
                source_includes=["id", "title", "text", "url", "published", *FINDING_FIELDS],
            )
        except (TransportError, ApiError) as exc:
            raise StoreError(f"cannot read articles for replay: {exc}") from exc
        hits = response["hits"]["hits"]
        if not hits:
            return
        for hit in hits:
            yield dict(hit["_source"], id=hit["_id"])
        search_after = hits[-1]["sort"]


def replay(
    es: Elasticsearch, settings: Settings, rules: Sequence[Rule], start: datetime, end: datetime, *, dry_run: bool = True
) -> ReplayReport:
    """Re-analyze articles published in ``[start, end)``; see the module docstring."""
    index = settings.index("articles")
    report = ReplayReport(dry_run=dry_run)
    updates: list[tuple[str, dict[str, Any]]] = []
    for article in _articles_between(es, index, start, end):
        report.articles += 1
        after = article_findings(
            article.get("title") or "", article.get("text") or "", article.get("published"), article.get("url"), article.get("language")
        )
        before = {k: article.get(k) for k in ("new_action", "label", "action_types", "jurisdictions")}
        if before != {k: after[k] for k in before}:
            report.changed.append(
                {
                    "id": article["id"],
                    "title": article.get("title"),
                    "before": before,
                    "after": {k: after[k] for k in before},
                    "knowledge_version": {"before": article.get("knowledge_version"), "after": after["knowledge_version"]},
                    "findings": after,
                }
            )
            updates.append((article["id"], {**after, "matched": False}))
    window = [{"range": {"published": {"gte": start.isoformat(), "lt": end.isoformat()}}}]
    if dry_run:
        # What the rules would select once the new findings are in: evaluate on the fresh findings in memory.
        changed_ids = {c["id"] for c in report.changed}
        current = match_rules(es, settings, rules, window)
        for rule in rules:
            if not rule.enabled:
                continue
            hits = [h for h in current.hits.get(rule.name, []) if h["id"] not in changed_ids]
            hits += [c for c in report.changed if rule.accepts(c["findings"])]
            report.would_fire[rule.name] = hits
        return report
    if updates:
        stored = bulk_write(es, index, updates, op_type="update", refresh=True)
        if stored.failed:
            raise StoreError(f"cannot store replayed findings: {stored.failed[0][1]}")
    found = match_rules(es, settings, rules, window)
    report.would_fire = found.hits
    return report
