"""The action tracker: where each government action against TikTok stands now.

An event (:mod:`monitor.events`) holds one real-world action: who acted, what, when, and the
later developments attached to it. This module turns events into :class:`Action` rows with a
**current stage**, the date of each step and the article that showed it. Nothing is stored to
get there: the stage is computed from the event, its articles and its developments, so it is
the same whoever asks and whenever (the daily tracker task copies it into ``current_stage``
for Kibana, see :mod:`monitor.tracker_summary`).

Stages and transitions
----------------------
``proposed`` → ``enacted`` (or in force) → ``challenged`` → ``blocked``, ``upheld`` or ``lifted``.

Every report of the action (the event's first article, its later coverage, its developments)
says one stage. Reports are taken in the order they were published (then the order the event
recorded them); a report moves the action only along an allowed transition
(``TRANSITIONS``), and the first report of each move is the step's article and date:

===============  ==========================================================================
from             a report of ... moves it to
===============  ==========================================================================
(no report yet)  any stage: the stage the first report shows
``proposed``     ``enacted`` (adopted), ``blocked`` (a court stops it), ``lifted`` (dropped)
``enacted``      ``challenged``, ``blocked``, ``upheld``, ``lifted``
``challenged``   ``blocked``, ``upheld``, ``lifted``
``blocked``      ``upheld`` (a higher court reinstates the act), ``lifted``
``upheld``       ``challenged`` (a further appeal), ``blocked``, ``lifted``
``lifted``       nothing: a lifted action stays lifted; a new act is a new event
===============  ==========================================================================

Anything else is coverage of a step already taken and changes nothing: a write-up of the
enactment after a court blocked it, a second report of the same challenge, an appeal by the
government against a block (the act stays blocked until a court rules). ``upheld`` means a
court ruled for the government's act, as the analyzer reads it (``COURT_UPHOLD``).

Which action a development concerns
-----------------------------------
* **Place.** A development concerns the state its article names. A ruling on Montana's law
  that was attached to Texas's action (as events stored by earlier versions could hold)
  is moved to Montana's action, and never changes Texas's; when Montana has no action
  tracked, it is left out rather than shown on another state's. A development naming no
  state stays where the event put it.
* **Rulings reported as news.** The analyzer reports a court upholding an act as a new
  action, so such an article opens an event of its own (stage ``upheld``, ``challenged``,
  ``blocked`` or ``lifted`` from its first report). Such an event is folded into the action
  it concerns: the latest action of the same jurisdiction first reported before it (within
  ``DEVELOPMENT_WINDOW``), preferring one of the same family of act. With none, it is shown
  as an action of its own, its origin unknown.

The functions are pure over event and article documents; :func:`load_actions` reads them from
Elasticsearch.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError

from monitor.alert_render import ACTION_LABELS
from monitor.errors import StoreError
from monitor.events import DEVELOPMENT_STAGES, DEVELOPMENT_WINDOW, main_action, outlet_of, parse_time
from monitor.identity import FAMILIES
from monitor.jurisdictions import flag, jurisdiction_name
from monitor.settings import Settings

log = logging.getLogger(__name__)

STAGES = ("proposed", "enacted", "challenged", "blocked", "upheld", "lifted")
STAGE_LABELS = {
    "proposed": "proposed",
    "enacted": "enacted / in force",
    "challenged": "challenged in court",
    "blocked": "blocked by a court",
    "upheld": "upheld by a court",
    "lifted": "lifted",
}
TRANSITIONS: dict[str | None, frozenset[str]] = {
    None: frozenset(STAGES),
    "proposed": frozenset({"enacted", "blocked", "lifted"}),
    "enacted": frozenset({"challenged", "blocked", "upheld", "lifted"}),
    "challenged": frozenset({"blocked", "upheld", "lifted"}),
    "blocked": frozenset({"upheld", "lifted"}),
    "upheld": frozenset({"challenged", "blocked", "lifted"}),
    "lifted": frozenset(),
}
RECENT = timedelta(days=7)  # "changed in the last 7 days"
ARTICLE_FIELDS = ["published", "fetched", "url", "title", "outlet", "site", "official", "actions", "entities.governments"]
PAGE = 1000


@dataclass(frozen=True)
class Report:
    """One article's word on an action: the stage it shows, when, and where to read it."""

    stage: str
    date: str  # ISO 8601
    article_id: str
    url: str
    title: str
    outlet: str
    official: bool = False
    development: bool = False


@dataclass(frozen=True)
class Step:
    """A move of an action to ``stage``, shown first by one article."""

    stage: str
    date: str
    article_id: str
    url: str
    title: str
    outlet: str
    official: bool = False

    @property
    def day(self) -> str:
        return self.date[:10]


@dataclass(frozen=True)
class Action:
    """One tracked action with its current stage."""

    event_id: str
    jurisdiction: str
    jurisdiction_name: str
    flag: str
    action_type: str
    act: str
    actor: str
    title: str
    stage: str
    stage_date: str
    first_date: str
    steps: tuple[Step, ...]
    source_url: str
    official_url: str
    outlet_count: int
    article_count: int
    merged_event_ids: tuple[str, ...] = field(default=())

    @property
    def last_changed(self) -> str:
        return self.steps[-1].date if self.steps else self.first_date

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["stage_label"] = STAGE_LABELS.get(self.stage, self.stage)
        data["steps"] = [asdict(s) for s in self.steps]
        data["merged_event_ids"] = list(self.merged_event_ids)
        return data


# --------------------------------------------------------------------------- transitions


def next_stage(current: str | None, reported: str) -> str | None:
    """The stage an action moves to on a report of ``reported``, or None when it does not move."""
    return reported if reported in TRANSITIONS.get(current, frozenset()) else None


def fold_steps(reports: Iterable[Report]) -> list[Step]:
    """The steps an action took, from its reports in publication order (stable for equal dates)."""
    steps: list[Step] = []
    current: str | None = None
    for r in sorted(reports, key=lambda r: parse_time(r.date) or datetime.max.replace(tzinfo=UTC)):
        moved = next_stage(current, r.stage)
        if moved is None:
            continue
        current = moved
        steps.append(Step(moved, r.date, r.article_id, r.url, r.title, r.outlet, r.official))
    return steps


# --------------------------------------------------------------------------- events → actions


def _stage_of(article: Mapping[str, Any] | None) -> str | None:
    stage = main_action(dict(article)).get("stage") if article else None
    return str(stage) if stage in STAGES else None


def _report(event: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]], article_id: str, index: int) -> Report | None:
    """A coverage article's report (index 0 is the article that opened the event)."""
    article = articles.get(article_id)
    urls = event.get("urls") or []
    url = str((article or {}).get("url") or (urls[index] if index < len(urls) else "") or "")
    stage = str(event.get("stage") or "enacted") if index == 0 else _stage_of(article)
    if stage not in STAGES:
        return None
    date = (article or {}).get("published") or (article or {}).get("fetched") or (event.get("first_published") if index == 0 else None)
    if not date:
        return None
    title = str((article or {}).get("title") or (event.get("title") if index == 0 else "") or "")
    outlet = outlet_of(dict(article)) if article else outlet_of({"url": url})
    return Report(stage, str(date), article_id, url, title, outlet, bool((article or {}).get("official")))


def _development_report(dev: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> Report | None:
    article = articles.get(str(dev.get("article_id")))
    stage = str(dev.get("stage") or _stage_of(article) or "")
    if stage not in STAGES:
        return None
    date = (article or {}).get("published") or dev.get("seen")
    if not date:
        return None
    url = str(dev.get("url") or (article or {}).get("url") or "")
    outlet = outlet_of(dict(article)) if article else outlet_of({"url": url})
    title = str(dev.get("title") or (article or {}).get("title") or "")
    return Report(stage, str(date), str(dev.get("article_id")), url, title, outlet, bool((article or {}).get("official")), True)


def states_named(article: Mapping[str, Any] | None) -> list[str]:
    """The states (``US-MT``) an article's main action and its governments name, main action first."""
    if not article:
        return []
    codes = [str(main_action(dict(article)).get("jurisdiction") or "")]
    codes += [str(c) for c in (article.get("entities") or {}).get("governments") or []]
    return list(dict.fromkeys(c for c in codes if "-" in c))


def _opening_stage(event: Mapping[str, Any]) -> str:
    return str(event.get("stage") or "enacted")


def _is_ruling(event: Mapping[str, Any]) -> bool:
    """An event opened by a development (a ruling the analyzer reported as news)."""
    return _opening_stage(event) in DEVELOPMENT_STAGES


def _host(
    hosts: Sequence[Mapping[str, Any]], jurisdiction: str, action_type: str | None, when: datetime | None
) -> Mapping[str, Any] | None:
    """The action of ``jurisdiction`` a development reported at ``when`` concerns: the latest
    first reported before it within ``DEVELOPMENT_WINDOW``, one of the same family first."""
    candidates = []
    for event in hosts:
        if event.get("jurisdiction") != jurisdiction:
            continue
        first = parse_time(event.get("first_published"))
        if when is not None and first is not None and not (when - DEVELOPMENT_WINDOW <= first <= when):
            continue
        same_family = action_type not in (None, "other") and FAMILIES.get(str(event.get("action_type"))) == FAMILIES.get(str(action_type))
        candidates.append((same_family, first or datetime.min.replace(tzinfo=UTC), str(event.get("event_id")), event))
    if not candidates:
        return None
    return max(candidates, key=lambda c: c[:3])[3]


def track(events: Sequence[Mapping[str, Any]], articles: Mapping[str, Mapping[str, Any]] | None = None) -> list[Action]:
    """Every action with its current stage, sorted by jurisdiction then first report.

    ``articles`` maps article ids to their documents (published date, stage, places named);
    without them the event's own fields are used (first published, stored stages, seen dates).
    """
    articles = articles or {}
    hosts = [e for e in events if not _is_ruling(e)]
    reports: dict[str, list[Report]] = {str(e.get("event_id")): [] for e in events}
    merged: dict[str, list[str]] = {str(e.get("event_id")): [] for e in events}
    for event in events:
        event_id = str(event.get("event_id"))
        target = event_id
        if _is_ruling(event):
            host = _host(hosts, str(event.get("jurisdiction") or ""), None, parse_time(event.get("first_published")))
            if host is not None:
                target = str(host.get("event_id"))
                merged[target].append(event_id)
                merged.pop(event_id, None)
        developments = {str(d.get("article_id")) for d in event.get("developments") or []}
        for i, article_id in enumerate(event.get("article_ids") or []):
            if str(article_id) in developments:
                continue  # events list a development's article too: it is read as a development below
            r = _report(event, articles, str(article_id), i)
            if r is not None:
                reports[target].append(r)
        for dev in event.get("developments") or []:
            r = _development_report(dev, articles)
            if r is None:
                continue
            dest = _development_target(event, hosts, articles.get(str(dev.get("article_id"))), r)
            if dest is None:
                log.info("development %s names another state than event %s's, which has no action: left out", r.article_id, event_id)
                continue
            reports[target if dest == event_id else dest].append(r)
    actions = []
    for event in events:
        event_id = str(event.get("event_id"))
        if event_id not in merged:
            continue  # folded into the action it concerns
        actions.append(_action(event, reports[event_id], merged[event_id], articles))
    return sorted(actions, key=lambda a: (a.jurisdiction_name, a.first_date, a.event_id))


def _development_target(
    event: Mapping[str, Any], hosts: Sequence[Mapping[str, Any]], article: Mapping[str, Any] | None, report: Report
) -> str | None:
    """The event whose action a development concerns (see "Which action a development concerns")."""
    event_id = str(event.get("event_id"))
    place = str(event.get("jurisdiction") or "")
    named = [s for s in states_named(article) if s.split("-")[0] == place.split("-")[0]]
    if not named or place in named:
        return event_id
    host = _host(hosts, named[0], None, parse_time(report.date))
    if host is not None:
        return str(host.get("event_id"))
    return None if "-" in place else event_id  # another state's ruling never changes this state's action


def _official_url(event: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> str:
    if event.get("best_official"):
        return str(event.get("best_url") or "")
    for article_id in event.get("article_ids") or []:
        article = articles.get(str(article_id))
        if article and article.get("official") and article.get("url"):
            return str(article["url"])
    return ""


def _action(event: Mapping[str, Any], reports: list[Report], merged: list[str], articles: Mapping[str, Mapping[str, Any]]) -> Action:
    steps = fold_steps(reports)
    code = str(event.get("jurisdiction") or "")
    action_type = str(event.get("action_type") or "other")
    first = steps[0].date if steps else str(event.get("first_published") or "")
    current = steps[-1] if steps else None
    return Action(
        event_id=str(event.get("event_id")),
        jurisdiction=code,
        jurisdiction_name=jurisdiction_name(code),
        flag=flag(code),
        action_type=action_type,
        act=ACTION_LABELS.get(action_type, action_type.replace("_", " ")),
        actor=str(event.get("actor") or ""),
        title=str(event.get("title") or ""),
        stage=current.stage if current else _opening_stage(event),
        stage_date=current.date if current else first,
        first_date=first,
        steps=tuple(steps),
        source_url=str(event.get("best_url") or ((event.get("urls") or [""])[0]) or ""),
        official_url=_official_url(event, articles),
        outlet_count=int(event.get("outlet_count") or len(event.get("outlets") or []) or 1),
        article_count=int(event.get("article_count") or len(event.get("article_ids") or []) or 1),
        merged_event_ids=tuple(merged),
    )


# --------------------------------------------------------------------------- selecting


def select(
    actions: Iterable[Action],
    *,
    jurisdictions: Sequence[str] = (),
    stages: Sequence[str] = (),
    types: Sequence[str] = (),
    since: datetime | None = None,
) -> list[Action]:
    """Filter actions. A country code also selects its parts (``US`` → ``US-MT``); ``US-*``
    selects only the parts; ``since`` keeps actions that changed (any step) since then."""

    def place_ok(code: str) -> bool:
        for want in jurisdictions:
            want = want.upper()
            if want.endswith("-*"):
                if code.startswith(want[:-1]):
                    return True
            elif code == want or code.startswith(want + "-"):
                return True
        return not jurisdictions

    out = []
    for a in actions:
        if not place_ok(a.jurisdiction) or (stages and a.stage not in stages) or (types and a.action_type not in types):
            continue
        if since is not None and not any((parse_time(s.date) or since) >= since for s in a.steps):
            continue
        out.append(a)
    return out


def recent_changes(actions: Iterable[Action], since: datetime) -> list[tuple[Action, Step]]:
    """Steps taken since ``since``, newest first."""
    changes = [(a, s) for a in actions for s in a.steps if (d := parse_time(s.date)) is not None and d >= since]
    return sorted(changes, key=lambda c: (c[1].date, c[0].event_id), reverse=True)


def step_key(action: Action, step: Step) -> str:
    """A stable name for one step (the action, the stage, the article that showed it)."""
    return f"{action.event_id}|{step.stage}|{step.article_id}"


def table_rows(actions: Iterable[Action]) -> list[dict[str, str]]:
    """The rows of ``monitor tracker``'s table (the same data as ``--json`` and the page)."""
    return [
        {
            "jurisdiction": f"{a.flag} {a.jurisdiction_name}",
            "code": a.jurisdiction,
            "act": a.act,
            "actor": a.actor,
            "stage": a.stage,
            "since": a.stage_date[:10],
            "first reported": a.first_date[:10],
            "source": a.source_url,
        }
        for a in actions
    ]


def to_json(actions: Sequence[Action], now: datetime, recent: timedelta = RECENT) -> dict[str, Any]:
    """What ``monitor tracker --json`` prints."""
    return {
        "generated": now.isoformat(),
        "actions": [a.to_dict() for a in actions],
        "changed_recently": [
            {"event_id": a.event_id, "jurisdiction": a.jurisdiction, "act": a.act, **asdict(s)}
            for a, s in recent_changes(actions, now - recent)
        ],
    }


# --------------------------------------------------------------------------- reading


def read_events(es: Elasticsearch, settings: Settings) -> list[dict[str, Any]]:
    """Every event document (paged with ``search_after``)."""
    index = settings.index("events")
    events: list[dict[str, Any]] = []
    after: list[Any] | None = None
    try:
        es.indices.refresh(index=index)
        while True:
            kwargs: dict[str, Any] = {"search_after": after} if after else {}
            response = es.search(index=index, query={"match_all": {}}, size=PAGE, sort=[{"event_id": "asc"}], **kwargs)
            hits = response["hits"]["hits"]
            events.extend(dict(h["_source"], event_id=h["_source"].get("event_id") or h["_id"]) for h in hits)
            if len(hits) < PAGE:
                return events
            after = hits[-1]["sort"]
    except NotFoundError:
        return []
    except (TransportError, ApiError) as exc:
        raise StoreError(f"cannot read events: {exc}") from exc


def read_articles(es: Elasticsearch, settings: Settings, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The fields the tracker needs of the given articles (missing ones are left out)."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(wanted), PAGE):
        try:
            response = es.mget(index=settings.index("articles"), ids=wanted[start : start + PAGE], source_includes=ARTICLE_FIELDS)
        except NotFoundError:
            return found
        except (TransportError, ApiError) as exc:
            raise StoreError(f"cannot read articles: {exc}") from exc
        found.update({d["_id"]: d["_source"] for d in response["docs"] if d.get("found")})
    return found


def load_actions(es: Elasticsearch, settings: Settings) -> list[Action]:
    """Every tracked action, from ``monitor-events`` and the articles they hold."""
    events = read_events(es, settings)
    ids = [str(i) for e in events for i in e.get("article_ids") or []]
    ids += [str(d.get("article_id")) for e in events for d in e.get("developments") or []]
    return track(events, read_articles(es, settings, ids))
