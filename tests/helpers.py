"""Builders shared by tests: article documents as the analyze stage would produce them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from monitor.urls import article_id


def article_doc(
    url: str,
    title: str,
    *,
    published: datetime | None = None,
    new_action: bool = True,
    label: str = "new_action",
    action_type: str = "business_wind_up_order",
    jurisdiction: str = "CA",
    actor: str = "Government of Canada",
    stage: str = "enacted",
    evidence: str = "The government ordered TikTok to wind up its Canadian business.",
    text: str = "TikTok was ordered to wind up its business in Canada.",
    official: bool = False,
) -> dict[str, Any]:
    published = published or datetime.now(UTC) - timedelta(minutes=30)
    action = {"type": action_type, "jurisdiction": jurisdiction, "actor": actor, "stage": stage, "evidence": evidence, "confidence": 0.9}
    host = url.split("/")[2]
    return {
        "id": article_id(url),
        "url": url,
        "canonical_url": url,
        "feed": "test",
        "title": title,
        "text": text,
        "published": published.isoformat(),
        "fetched": datetime.now(UTC).isoformat(),
        "indexed": datetime.now(UTC).isoformat(),
        "source": "page",
        "site": host,
        "outlet": host,
        "official": official,
        "matched": False,
        "new_action": new_action,
        "label": label,
        "actions": [action],
        "action_types": [action_type],
        "jurisdictions": [jurisdiction],
        "actors": [actor],
        "stages": [stage],
        "evidence": evidence,
        "confidence": 0.9,
        "entities": {"targets": ["TikTok"], "governments": [jurisdiction]},
    }
