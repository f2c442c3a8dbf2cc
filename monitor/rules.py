"""Watch rules: loading and validating the YAML, syncing to ``monitor-rules``, and matching.

Every enabled rule is matched against a cycle's unmatched articles in **one** ``_msearch``
round trip (no percolator: the same code works on any Elasticsearch).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from elasticsearch import ApiError, Elasticsearch, TransportError

from monitor.errors import ConfigError, StoreError
from monitor.index import bulk_write
from monitor.settings import Settings

log = logging.getLogger(__name__)

SEVERITIES = ("low", "medium", "high", "critical")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_MENTION = re.compile(r"^(none|here|channel|[UWS][A-Z0-9]{2,20})$")
_FILTER_KEYS = {"new_action", "labels", "action_types", "jurisdictions", "stages", "entities", "min_confidence"}
_RULE_KEYS = {"name", "description", "enabled", "query", "filters", "channel", "severity", "mention", "silenced_until"}
ARTICLE_FIELDS = [
    "id",
    "url",
    "title",
    "published",
    "feed",
    "outlet",
    "site",
    "official",
    "new_action",
    "label",
    "actions",
    "entities",
    "action_types",
    "jurisdictions",
    "stages",
    "evidence",
    "confidence",
    "support",
    "source",
    "language",
]


@dataclass(frozen=True)
class Rule:
    name: str
    description: str = ""
    enabled: bool = True
    query: str = ""
    new_action: bool | None = None
    labels: tuple[str, ...] = ()
    action_types: tuple[str, ...] = ()
    jurisdictions: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    min_confidence: float | None = None  # the article's calibrated confidence (monitor.calibration) at least this
    channel: str | None = None
    severity: str = "medium"
    mention: str = "none"
    silenced_until: datetime | None = None

    def silenced(self, now: datetime) -> bool:
        return self.silenced_until is not None and self.silenced_until > now

    def to_doc(self) -> dict[str, Any]:
        doc = asdict(self)
        doc["silenced_until"] = self.silenced_until.isoformat() if self.silenced_until else None
        doc["updated"] = datetime.now(UTC).isoformat()
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in doc.items()}

    def accepts(self, findings: dict[str, Any]) -> bool:
        """Whether this rule's filters accept an article's findings, evaluated in memory.

        The in-memory twin of the filter part of :meth:`query_body` (the text query is not
        re-run), for dry runs over findings that are not stored yet.
        """

        def overlaps(wanted: tuple[str, ...], key: str) -> bool:
            return not wanted or bool(set(wanted) & set(findings.get(key) or []))

        if self.new_action is not None and findings.get("new_action") != self.new_action:
            return False
        if self.labels and findings.get("label") not in self.labels:
            return False
        if not (overlaps(self.action_types, "action_types") and overlaps(self.stages, "stages")):
            return False
        if self.entities and not any(set(self.entities) & set(v) for v in (findings.get("entities") or {}).values()):
            return False
        if self.min_confidence is not None and float(findings.get("confidence") or 0.0) < self.min_confidence:
            return False
        codes = findings.get("jurisdictions") or []
        return not self.jurisdictions or any(
            c == j or (j.endswith("*") and c.startswith(j[:-1])) for j in self.jurisdictions for c in codes
        )

    def query_body(self, extra_filters: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
        """The Elasticsearch query for this rule, with ``extra_filters`` (e.g. unmatched, a date range)."""
        filters: list[dict[str, Any]] = list(extra_filters)
        if self.new_action is not None:
            filters.append({"term": {"new_action": self.new_action}})
        for field_name, values in (("label", self.labels), ("action_types", self.action_types), ("stages", self.stages)):
            if values:
                filters.append({"terms": {field_name: list(values)}})
        if self.jurisdictions:
            exact = [j for j in self.jurisdictions if not j.endswith("*")]
            should: list[dict[str, Any]] = [{"terms": {"jurisdictions": exact}}] if exact else []
            should += [{"prefix": {"jurisdictions": j[:-1]}} for j in self.jurisdictions if j.endswith("*")]
            filters.append({"bool": {"should": should, "minimum_should_match": 1}})
        if self.min_confidence is not None:
            filters.append({"range": {"confidence": {"gte": self.min_confidence}}})
        if self.entities:
            fields = [f"entities.{k}" for k in ("targets", "governments", "agencies", "officials", "companies", "courts")]
            filters.append({"bool": {"should": [{"terms": {f: list(self.entities)}} for f in fields], "minimum_should_match": 1}})
        must: list[dict[str, Any]] = []
        if self.query.strip():
            must.append({"simple_query_string": {"query": self.query, "fields": ["title^2", "text"], "default_operator": "and"}})
        return {"bool": {"filter": filters, "must": must or [{"match_all": {}}]}}


def load_rules(path: Path) -> list[Rule]:
    """Load and validate a rules file; errors name the file, the rule and the field."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ConfigError(f"cannot read rules file {path}: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    items = data.get("rules") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ConfigError(f"{path}: expected a top-level 'rules:' list")
    rules = [_rule_from_mapping(item, f"{path}: rules[{i}]") for i, item in enumerate(items)]
    names = [r.name for r in rules]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise ConfigError(f"{path}: rule name(s) used twice: {sorted(dupes)}")
    return rules


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"{where}: expected a string or a list of strings")


def _rule_from_mapping(item: Any, where: str) -> Rule:
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: expected a mapping")
    unknown = set(item) - _RULE_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown field(s) {sorted(unknown)}")
    name = item.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ConfigError(f"{where}.name: must be 1-64 letters, digits, '-' or '_', got {name!r}")
    where = f"{where} ({name})"
    filters = item.get("filters") or {}
    if not isinstance(filters, dict):
        raise ConfigError(f"{where}.filters: expected a mapping")
    unknown = set(filters) - _FILTER_KEYS
    if unknown:
        raise ConfigError(f"{where}.filters: unknown filter(s) {sorted(unknown)}")
    new_action = filters.get("new_action")
    if new_action is not None and not isinstance(new_action, bool):
        raise ConfigError(f"{where}.filters.new_action: expected true or false")
    min_confidence = filters.get("min_confidence")
    if min_confidence is not None and (
        isinstance(min_confidence, bool) or not isinstance(min_confidence, int | float) or not 0 <= min_confidence <= 1
    ):
        raise ConfigError(f"{where}.filters.min_confidence: expected a number from 0 to 1, got {min_confidence!r}")
    severity = item.get("severity", "medium")
    if severity not in SEVERITIES:
        raise ConfigError(f"{where}.severity: expected one of {', '.join(SEVERITIES)}, got {severity!r}")
    mention = str(item.get("mention", "none"))
    if not _MENTION.match(mention):
        raise ConfigError(f"{where}.mention: expected none, here, channel or a Slack user/group id, got {mention!r}")
    silenced = item.get("silenced_until")
    if silenced is not None:
        try:
            silenced = silenced if isinstance(silenced, datetime) else datetime.fromisoformat(str(silenced))
        except ValueError:
            raise ConfigError(f"{where}.silenced_until: not an ISO date-time: {silenced!r}") from None
        if silenced.tzinfo is None:
            silenced = silenced.replace(tzinfo=UTC)
    query = item.get("query", "")
    if not isinstance(query, str):
        raise ConfigError(f"{where}.query: expected a string")
    enabled = item.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ConfigError(f"{where}.enabled: expected true or false")
    return Rule(
        name=name,
        description=str(item.get("description", "")),
        enabled=enabled,
        query=query,
        new_action=new_action,
        labels=_strings(filters.get("labels"), f"{where}.filters.labels"),
        action_types=_strings(filters.get("action_types"), f"{where}.filters.action_types"),
        jurisdictions=_strings(filters.get("jurisdictions"), f"{where}.filters.jurisdictions"),
        stages=_strings(filters.get("stages"), f"{where}.filters.stages"),
        entities=_strings(filters.get("entities"), f"{where}.filters.entities"),
        min_confidence=None if min_confidence is None else float(min_confidence),
        channel=item.get("channel"),
        severity=severity,
        mention=mention,
        silenced_until=silenced,
    )


def sync_rules(es: Elasticsearch, settings: Settings, rules: Sequence[Rule]) -> int:
    """Write the rules into ``monitor-rules`` (one document per rule name); returns how many.

    A silence set from the command line survives a sync unless the file sets its own.
    """
    docs = []
    for rule in rules:
        doc = rule.to_doc()
        if doc["silenced_until"] is None:
            del doc["silenced_until"]
        docs.append((rule.name, doc))
    report = bulk_write(es, settings.index("rules"), docs, op_type="update", upsert=True, refresh=True)
    if report.failed:
        raise StoreError(f"cannot sync rules: {report.failed[0][1]}")
    return len(report.created) + len(report.updated)


def silence_rule(es: Elasticsearch, settings: Settings, name: str, until: datetime | None) -> None:
    """Silence a rule until ``until`` (``None`` lifts the silence). The rule still matches; it posts nothing."""
    try:
        es.update(index=settings.index("rules"), id=name, doc={"silenced_until": until.isoformat() if until else None}, refresh=True)
    except (TransportError, ApiError) as exc:
        raise StoreError(f"cannot silence rule {name}: {exc}") from exc


def active_rules(es: Elasticsearch, settings: Settings) -> list[Rule]:
    """The rules file, with silences recorded in ``monitor-rules`` applied."""
    from dataclasses import replace

    rules = load_rules(settings.rules_file)
    try:
        response = es.mget(index=settings.index("rules"), ids=[r.name for r in rules])
    except (TransportError, ApiError) as exc:
        raise StoreError(f"cannot read rules: {exc}") from exc
    stored = {d["_id"]: d["_source"] for d in response["docs"] if d.get("found")}
    out = []
    for rule in rules:
        silenced = stored.get(rule.name, {}).get("silenced_until")
        if silenced and rule.silenced_until is None:
            rule = replace(rule, silenced_until=datetime.fromisoformat(silenced))
        out.append(rule)
    return out


@dataclass
class MatchResult:
    hits: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def total(self) -> int:
        return sum(len(v) for v in self.hits.values())


RULES_PER_MSEARCH = 100
MGET_CHUNK = 1000


def match_rules(
    es: Elasticsearch, settings: Settings, rules: Sequence[Rule], extra_filters: Sequence[dict[str, Any]], size: int = 1000
) -> MatchResult:
    """Run every enabled rule over the articles selected by ``extra_filters``.

    Up to ``RULES_PER_MSEARCH`` rules go in one ``_msearch`` round trip (more rules: one more
    round trip per hundred). The searches return ids only; the matched articles are then
    fetched once with ``_mget``, so a thousand broad rules do not each carry the same sources
    (which trips Elasticsearch's circuit breaker).
    """
    active = [r for r in rules if r.enabled]
    result = MatchResult()
    if not active:
        return result
    index = settings.index("articles")
    ids_by_rule: dict[str, list[str]] = {}
    for start in range(0, len(active), RULES_PER_MSEARCH):
        batch = active[start : start + RULES_PER_MSEARCH]
        searches: list[dict[str, Any]] = []
        for rule in batch:
            searches.append({"index": index})
            searches.append(
                {
                    "query": rule.query_body(extra_filters),
                    "size": size,
                    "_source": False,
                    "sort": [{"published": {"order": "asc", "missing": "_last"}}, {"id": "asc"}],
                }
            )
        try:
            response = es.msearch(searches=searches)
        except (TransportError, ApiError) as exc:
            raise StoreError(f"rule matching failed: {exc}") from exc
        for rule, answer in zip(batch, response["responses"], strict=True):
            if "error" in answer:
                raise StoreError(f"rule {rule.name} failed: {answer['error']}")
            ids_by_rule[rule.name] = [h["_id"] for h in answer["hits"]["hits"]]
    wanted = list(dict.fromkeys(i for ids in ids_by_rule.values() for i in ids))
    docs: dict[str, dict[str, Any]] = {}
    for start in range(0, len(wanted), MGET_CHUNK):
        try:
            response = es.mget(index=index, ids=wanted[start : start + MGET_CHUNK], source_includes=ARTICLE_FIELDS)
        except (TransportError, ApiError) as exc:
            raise StoreError(f"cannot read matched articles: {exc}") from exc
        docs.update({d["_id"]: dict(d["_source"], id=d["_id"]) for d in response["docs"] if d.get("found")})
    result.hits = {name: [docs[i] for i in ids if i in docs] for name, ids in ids_by_rule.items()}
    return result
