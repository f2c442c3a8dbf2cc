"""Value types that flow between the pipeline stages.

Every stage takes and returns these frozen dataclasses, so a reader can follow
one article from the feed to the Slack message without guessing at dict keys.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

ActionType = Literal[
    "ban_national",
    "ban_regional",
    "ban_government_devices",
    "divestiture_order",
    "business_wind_up_order",
    "fine_or_penalty",
    "lawsuit_by_government",
    "investigation_opened",
    "law_enacted",
    "regulatory_order",
    "other",
]
UNSUPPORTED = "unsupported_language"  # Analysis.detection when no engine reads the language
# The acts a court keeps in force when it upholds one (not the suits, fines and inquiries it also decides)
RULED_ON: frozenset[str] = frozenset(
    {"ban_national", "ban_regional", "ban_government_devices", "law_enacted", "divestiture_order", "business_wind_up_order"}
)

Stage = Literal["proposed", "enacted", "challenged", "blocked", "upheld", "lifted"]

# Where an article states the new act it reports (``Analysis.support``). An act stated in both the
# headline and the lead is far more often right than one stated in one place only (see
# ``monitor.calibration``).
HEADLINE_AND_LEAD = "headline and lead"
HEADLINE_ONLY = "headline only"
LEAD_ONLY = "lead only"
LEAD_TWICE = "lead, twice"  # no headline: two lead sentences report an act


def stated_in(has_title: bool, in_title: bool, lead_sentences: int) -> str:
    """Where a new act is stated: ``in_title`` and the number of lead sentences that report one."""
    if in_title:
        return HEADLINE_AND_LEAD if lead_sentences else HEADLINE_ONLY
    if not has_title and lead_sentences >= 2:
        return LEAD_TWICE
    return LEAD_ONLY


@dataclass(frozen=True)
class Feed:
    """One entry of the feed registry (``feeds.yaml`` or OPML)."""

    name: str
    url: str
    enabled: bool = True
    interval_minutes: int = 10
    tags: tuple[str, ...] = ()
    language: str | None = None
    jurisdiction: str | None = None
    official: bool = False


@dataclass(frozen=True)
class Entry:
    """One item of a polled feed, before its page is fetched."""

    feed: str
    url: str
    canonical_url: str
    title: str
    summary: str
    published: datetime | None
    guid: str | None = None
    official: bool = False
    language: str | None = None  # the feed's declared language, if any
    outlet: str | None = None  # the publisher an aggregator names (RSS <source>, Atom source title)
    outlet_url: str | None = None  # that publisher's site (RSS <source url=…>, Atom source link)
    via: str | None = None  # the aggregator link this entry's URL was resolved from
    resolution_error: str | None = None  # why an aggregator link could not be resolved


@dataclass(frozen=True)
class Action:
    """One government action found in an article, with the sentence that shows it."""

    type: str
    jurisdiction: str
    actor: str
    stage: str
    evidence: str
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Analysis:
    """What :func:`monitor.analyze.analyze_article` found in one article."""

    new_action: bool
    actions: tuple[Action, ...] = ()
    entities: dict[str, list[str]] = field(default_factory=dict)
    label: str = "not_action"
    language: str = "en"
    detection: str = "ok"  # "ok", or UNSUPPORTED when the language has no engine
    knowledge_version: str = ""  # gazetteer + language pack versions that produced this
    support: str = ""  # where a new act is stated (HEADLINE_AND_LEAD ...); "" when there is none

    def to_dict(self) -> dict[str, Any]:
        return {
            "new_action": self.new_action,
            "label": self.label,
            "support": self.support,
            "language": self.language,
            "detection": self.detection,
            "knowledge_version": self.knowledge_version,
            "actions": [a.to_dict() for a in self.actions],
            "entities": self.entities,
        }


@dataclass(frozen=True)
class Article:
    """An article ready for indexing: extracted text plus provenance."""

    id: str
    url: str
    canonical_url: str
    feed: str
    title: str
    text: str
    published: datetime | None
    fetched: datetime
    source: str  # "page" when extracted from the page, "feed" when the summary was used
    site: str | None = None
    author: str | None = None
    language: str | None = None
    official: bool = False
    extraction_error: str | None = None
