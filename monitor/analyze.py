"""Detection stage: does an article report a NEW government action against TikTok?

:func:`analyze_article` is a pure, rule-based function (the only I/O is loading the
gazetteer once). Pipeline:

1. :mod:`monitor.sentences` turns title + text into clean sentences;
2. :mod:`monitor.gazetteer` finds the target, governments, agencies, officials, companies;
3. :mod:`monitor.actions` extracts events per sentence (type, agent, stage, time cues);
4. this module picks the article's news: the headline and the first sentences carry it.
   An enacted act there, not marked as background, makes ``new_action``; a proposal,
   a court block, TikTok's own lawsuit, a lifted ban, or only background give the other
   labels. Every returned :class:`~monitor.models.Action` carries its evidence sentence.

:func:`analyze_jsonl` wraps it for JSON Lines in / JSON Lines out.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from monitor.actions import (
    ACTION,
    CHALLENGE,
    COURT_BLOCK,
    COURT_UPHOLD,
    LIFTED,
    OTHER_COMPANY,
    PRIVATE,
    PROCEDURAL,
    PROPOSED,
    Context,
    Event,
    _agent_from_mentions,
    fine_with_amount,
    sentence_events,
    sentence_subject,
    target_listed,
)
from monitor.actors import government_of, normalise_actor
from monitor.calibration import confidence as calibrated_confidence
from monitor.english_knowledge import _pattern
from monitor.gazetteer import (
    AGENCY,
    ANAPHOR,
    CAPITAL,
    COMPANY,
    COUNTRY,
    DEMONYM,
    GOV_NOUN,
    OFFICIAL,
    TARGET,
    TITLE,
    Gazetteer,
    Mention,
    load_gazetteer,
)
from monitor.language import detect_language
from monitor.models import RULED_ON, UNSUPPORTED, Action, Analysis, stated_in
from monitor.pack_engine import analyze_with_pack
from monitor.packs import has_pack, knowledge_version
from monitor.sentences import Sentence, dateline, split_article

LABELS = ("new_action", "proposed_or_threatened", "background_only", "court_blocks_action", "tiktok_challenges_action", "not_action")
MAX_TEXT = 10_000  # characters of the body the English engine reads
LEAD_SENTENCES = 3  # body sentences that count as the lead (with the title)

_LABEL_OF_KIND = {
    ACTION: "new_action",
    COURT_UPHOLD: "new_action",
    PROPOSED: "proposed_or_threatened",
    COURT_BLOCK: "court_blocks_action",
    CHALLENGE: "tiktok_challenges_action",
    LIFTED: "not_action",
    PRIVATE: "not_action",
    OTHER_COMPANY: "not_action",
    PROCEDURAL: "background_only",
}
_POLL = re.compile(
    r"\b(?:poll|polls|survey|surveys|study|studies|research(?:ers)?|report by|"
    r"according to (?:a |the )?(?:new )?(?:poll|survey|study|report))\b",
    re.I,
)
_FINE_AMOUNT = fine_with_amount()
_YEARS = re.compile(r"\b((?:19|20)\d{2})\b")


def _parse_published(published: str | date | datetime | None) -> date | None:
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    s = str(published).strip()
    m = re.match(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", s)
    if not m:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else 7
    day = int(m.group(3)) if m.group(3) else (15 if m.group(2) else 1)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _refine_findings(main: Event, sentences: list[Sentence]) -> None:
    """A decision against TikTok ("adopted its final decision") whose next sentences name a fine is a fine."""
    if main.type != "other" or main.kind != ACTION:
        return
    for sent in sentences:
        if sent.index > main.sentence and sent.index <= main.sentence + 2 and _FINE_AMOUNT.search(sent.text):
            main.type = "fine_or_penalty"
            return


_MINORS = r"(?:children|minors|kids|teens|teenagers|under-?\d{2}s?|(?:those|users|people|anyone) (?:under|younger than) \d{2})"
_AGE_LIMIT = re.compile(
    r"\b(?:ban|bar|block|prohibit|restrict)\w*\s+(?:[\w-]+\s+){0,3}?" + _MINORS + r"\b[^.]{0,30}?\bfrom\b|"
    r"\b(?:social media|apps|platforms|accounts)\s+for\s+" + _MINORS + r"\b",
    re.I,
)
_LAW_WORDS = re.compile(r"\b(?:laws?|legislation|act|bill)\b", re.I)


def _refine_age_limit(main: Event, sentences: list[Sentence]) -> None:
    """A ban of social media for children, made by a law in the lead ("bans social media for under-16s"), is a law."""
    if main.type not in ("ban_national", "ban_regional") or not _AGE_LIMIT.search(main.evidence):
        return
    lead = " ".join(s.text for s in sentences if s.is_title or 0 <= s.body_index < LEAD_SENTENCES)
    if _LAW_WORDS.search(lead):
        main.type = "law_enacted"


def _date_slack(published: str | date | datetime | None) -> int:
    """Days of doubt in a publication date given only to the month (16) or the year (183)."""
    if published is None or isinstance(published, date):
        return 0
    m = re.match(r"^\s*\d{4}(-\d{1,2})?(-\d{1,2})?", str(published))
    if not m or m.group(2):
        return 0
    return 16 if m.group(1) else 183


def _build_context(gaz: Gazetteer, sentences: list[Sentence], scans: list[list[Mention]], published: date | None) -> Context:
    weights: dict[str, float] = defaultdict(float)
    states: dict[str, float] = defaultdict(float)
    has_eu = False
    years: list[int] = []
    for sent, mentions in zip(sentences, scans, strict=True):
        w = 3.0 if sent.is_title else (2.0 if sent.body_index < LEAD_SENTENCES else 1.0)
        years.extend(int(y) for y in _YEARS.findall(sent.text))
        for m in mentions:
            code = m.code
            if not code or m.entry.role == "city":
                continue  # a city acts only as a subject or qualifier; TikTok's own offices are in US cities
            if code == "EU":
                has_eu = True
            if m.kind in (AGENCY, OFFICIAL):
                if m.entry.role == "law":
                    weights[code] += 0.5 * w
                    continue
                weights[code] += 3 * w
            elif m.kind == COUNTRY:
                if code == "CN":
                    continue  # TikTok's ownership, not an actor, in nearly every article
                weights[code] += (1.5 if code in gaz.state_codes else 1.0) * w
            elif m.kind in (DEMONYM, CAPITAL):
                if code == "CN":
                    continue
                weights[code] += 0.7 * w
            if code in gaz.state_codes:
                states[code] += w
    default = max(weights, key=lambda k: weights[k]) if weights else None
    default_state = max(states, key=lambda k: states[k]) if states else None
    if default_state and default and default.split("-")[0] != default_state.split("-")[0]:
        default_state = None  # the article is about another country than the state it names
    ref_year = published.year if published else (max(years) if len(set(years)) > 1 else None)
    return Context(published, ref_year, default, default_state, has_eu)


def _label_for(events: list[Event], sentences: list[Sentence], has_title: bool) -> tuple[str, Event | None]:
    """The article's label and its main event, from the title and lead."""
    lead = [e for e in events if e.is_title or 0 <= e.body_index < LEAD_SENTENCES]
    if not has_title and not lead and not _POLL.search(" ".join(s.text for s in sentences if 0 <= s.body_index < LEAD_SENTENCES)):
        # no headline and an opening that sets the scene: a fresh act just after it ("The latest prohibition ...") is the news
        lead = [
            e
            for e in events
            if LEAD_SENTENCES <= e.body_index < LEAD_SENTENCES + 2
            and e.kind == ACTION
            and e.news_cue
            and not e.background
            and not e.weak_future
        ]
    lead_text = [s.text for s in sentences if s.is_title or 0 <= s.body_index < LEAD_SENTENCES]
    # "will restrict access ... providers must comply by April 18": an announced decision with a start date
    dated = any(_START_DATE.search(t) and not _HYPO_LEAD.search(t) for t in lead_text)
    title = " ".join(s.text for s in sentences if s.is_title)
    live = [e for e in lead if not e.background and not e.reference]
    title_events = [e for e in live if e.is_title]
    if _QUESTION_TITLE.match(title):
        # "Why CapCut was banned in the US", "How will Montana enforce its ban?": an explainer; the body decides
        live = [e for e in live if not e.is_title]
        title_events = []

    def decisive(e: Event) -> bool:
        return not (e.kind == ACTION and e.weak_future and not e.decision_cue and not e.news_cue and not dated)

    def pick(pool: list[Event]) -> Event | None:
        for e in pool:
            if decisive(e):
                return e
        return None

    main: Event | None = None
    if title_events:
        main = pick(title_events)
        if main is None:
            body = [e for e in live if not e.is_title]
            main = pick(body) or title_events[0]
            if main.kind == ACTION and main.weak_future and not main.decision_cue and not dated:
                main.kind = PROPOSED
    else:
        body = [e for e in live if not e.is_title]
        if body:
            main = pick(body) or body[0]
            if main.kind == ACTION and main.weak_future and not main.decision_cue and not main.news_cue and not dated:
                main.kind = PROPOSED
            if has_title and main.kind == ACTION and not main.news_cue and main.body_index > 0 and not _title_names_act(title, main):
                # the headline is about something else and the act has no "news" cue: background
                main.background = True
                return "background_only", main
    if main is not None:
        return _LABEL_OF_KIND.get(main.kind, "not_action"), main
    if any(e.background or e.reference for e in lead if e.kind in (ACTION, COURT_UPHOLD, COURT_BLOCK, PROCEDURAL)):
        return "background_only", None
    return "not_action", None


_START_DATE = re.compile(
    r"\b(?:by|from|starting|effective|as of|beginning|until|no later than)\s+(?:on\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|"
    r"Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|(?:next\s+)?(?:Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|\b(?:takes?|taking) effect (?:on|from)\b|\bcomes? into (?:force|effect)\b|"
    r"\bwithin\s+(?:\d+|a|one|two|three|seven|ten|thirty|30|\w+)\s+(?:days|weeks|hours)\b",
    re.I,
)
_HYPO_LEAD = re.compile(r"\b(?:if|unless|could|would|might|(?-i:may)|considering|proposed|bill|deadline to (?:sell|divest))\b", re.I)
_QUESTION_TITLE = re.compile(r"^\W*(?:why|how|what|where|who|which|is|are|can|could|will|would|should|does|do|explainer|explained)\b", re.I)
_ACT_NOUNS = {
    "fine_or_penalty": r"fines?|fined|penalt(?:y|ies)",
    "lawsuit_by_government": r"lawsuits?|sues|sued|suit",
    "investigation_opened": r"probes?|investigations?|inquir(?:y|ies)|proceedings",
    "ban_national": r"bans?|banned|blocks?|blocked",
    "ban_regional": r"bans?|banned|blocks?|blocked",
    "ban_government_devices": r"bans?|banned|devices|phones",
    "business_wind_up_order": r"wind[- ]up|shut(?:s|down)?|clos(?:es|ure)",
    "divestiture_order": r"sale|sell|divest\w*",
    "regulatory_order": r"orders?|ordered",
    "law_enacted": r"laws?|act|bill",
}


def _title_names_act(title: str, main: Event) -> bool:
    """A headline such as "TikTok: $10.94 Million Antitrust Fine" names the act the body reports."""
    nouns = _ACT_NOUNS.get(main.type)
    return bool(title and nouns and re.search(r"\b(?:" + nouns + r")\b", title, re.I))


def _confidence(e: Event, label: str) -> float:
    c = 0.55
    if e.is_title:
        c += 0.15
    elif e.body_index == 0:
        c += 0.1
    if e.news_cue:
        c += 0.1
    c += 0.05 * e.actor_strength
    if e.weak_future:
        c -= 0.15
    if e.background:
        c -= 0.3
    if label != "new_action" and e.kind == ACTION:
        c -= 0.2
    return round(max(0.05, min(0.98, c)), 2)


def _to_action(e: Event, label: str) -> Action:
    return Action(
        type=e.type,
        jurisdiction=e.jurisdiction or "",
        actor=e.actor,
        stage=e.stage,
        evidence=e.evidence,
        confidence=_confidence(e, label),
    )


def _entities(gaz: Gazetteer, sentences: list[Sentence], scans: list[list[Mention]], events: list[Event]) -> dict[str, list[str]]:
    targets: list[str] = []
    governments: Counter[str] = Counter()
    agencies: list[str] = []
    officials: list[str] = []
    companies: list[str] = []
    for sent, mentions in zip(sentences, scans, strict=True):
        for i, m in enumerate(mentions):
            if m.kind == TARGET and m.entry.name not in targets:
                targets.append(m.entry.name)
            elif m.kind == AGENCY and m.entry.role != "law":
                if m.entry.name not in agencies:
                    agencies.append(m.entry.name)
                if m.code:
                    governments[m.code] += 1
            elif m.kind == OFFICIAL:
                if m.entry.name not in officials:
                    officials.append(m.entry.name)
                if m.code:
                    governments[m.code] += 1
            elif m.kind == COMPANY and m.entry.name not in companies:
                companies.append(m.entry.name)
            elif m.kind in (COUNTRY, DEMONYM) and m.code and sent.text[m.end : m.end + 1] != "-":
                ag = _agent_from_mentions(sent.text, mentions, [i], _NULL_CONTEXT)
                if ag is not None or m.kind == COUNTRY:
                    governments[m.code] += 1
    for e in events:
        if e.jurisdiction:
            governments[e.jurisdiction] += 5
    return {
        "targets": targets,
        "governments": [code for code, _ in governments.most_common()],
        "agencies": agencies,
        "officials": officials,
        "companies": companies,
    }


_NULL_CONTEXT = Context(None, None, None, None, False)


_DENIED_HEADLINE = _pattern("cues", "denied_headline")
_DENIED_HEADLINE_ACT = _pattern("cues", "denied_headline_act")


def _denied_headline(title: str) -> bool:
    return bool(_DENIED_HEADLINE.search(title) and _DENIED_HEADLINE_ACT.search(title))


_OPINION_TITLE = re.compile(
    r"^(?:opinion|op-ed|editorial|commentary|column|perspective|letters?(?: to the editor)?|view)\s*[:|–—-]\s", re.IGNORECASE
)


def analyze_article(
    title: str | None,
    text: str,
    published: str | date | datetime | None = None,
    url: str | None = None,
    language: str | None = None,
) -> Analysis:
    """Label one article and list the government actions it reports (the news first).

    ``language`` is the feed's declared language, if any; otherwise it is identified. English
    goes to the English engine, a language with a pack (``monitor/data/packs``) to the pack
    engine, and any other language is flagged ``unsupported_language``, never "no action".
    """
    del url  # never used for the decision: the outlet or slug must not sway it
    lang = detect_language(title, text or "", language)
    if lang == "en":
        result = _analyze_english(title, text, published)
    elif has_pack(lang):
        result = analyze_with_pack(lang, title, text or "", _parse_published(published))
    else:
        result = Analysis(False, (), {}, "not_action", detection=UNSUPPORTED)
    owned = (_not_the_owner(a, result.entities) for a in result.actions)
    actions = tuple(_apex_court_upholds(replace(a, actor=normalise_actor(a.actor, a.jurisdiction))) for a in owned)
    if result.new_action and actions:
        # the news's confidence is how often alerts like it were right (monitor.calibration)
        actions = (replace(actions[0], confidence=calibrated_confidence(lang, result.support)), *actions[1:])
    return replace(result, actions=actions, language=lang, knowledge_version=knowledge_version())


# The version of the rules every engine's actions pass through below (the actor's name, the owner's
# country, a supreme court's ruling). Raise it when they change what an article's actions say: it is
# part of the knowledge version stored on every article, so a re-analysis can tell what changed.
COMMON_RULES_VERSION = "2"
# A supreme, constitutional or appeals court, by the English name every engine gives it
_APEX_COURT = re.compile(
    r"\b(?:supreme|constitutional|appeals?|appellate)\b[^,;]*\b(?:court|tribunal)\b|\bcourt of appeals?\b|\bcircuit\b",
    re.I,
)


def _apex_court_upholds(action: Action) -> Action:
    """A supreme or appeals court credited with a ban, a law or an order to sell upheld it: it rules on
    acts, it does not take them ("Верховний Суд США ухвалив заборону TikTok", the US Supreme Court
    "passed" the ban). The act is a ruling that the act stands, as the English engine reads it."""
    if action.stage != "enacted" or action.type not in RULED_ON or not _APEX_COURT.search(action.actor or ""):
        return action
    return replace(action, type="other", stage="upheld")


def _not_the_owner(action: Action, entities: dict[str, list[str]]) -> Action:
    """China is where TikTok's owner sits, never the government acting against it: an act read as
    China's ("fined over transfers of data to China", "citing China" in a town's ban) belongs to the
    government the article names most, or to no known government."""
    if action.jurisdiction != "CN":
        return action
    others = [g for g in entities.get("governments") or [] if g.split("-")[0] != "CN"]
    code = others[0] if others else ""
    generic = not action.actor or action.actor == government_of("CN")
    actor = government_of(code) if generic and code else "" if generic else action.actor
    return replace(action, jurisdiction=code, actor=actor)


def _analyze_english(title: str | None, text: str, published: str | date | datetime | None) -> Analysis:
    gaz = load_gazetteer()
    # The news is in the headline and the lead, and an act recalled far down is background: past
    # MAX_TEXT characters a long page only costs time (some pages run to 100,000 characters).
    sentences = split_article(title, (text or "")[:MAX_TEXT])
    raw_scans = [gaz.scan(s.text) for s in sentences]
    scans = [_without_excluded_target(s.text, sc) for s, sc in zip(sentences, raw_scans, strict=True)]
    spared = {i for i, (a, b) in enumerate(zip(raw_scans, scans, strict=True)) if len(a) != len(b)}
    pub = _parse_published(published)
    ctx = _build_context(gaz, sentences, scans, pub)
    ctx.date_slack = _date_slack(published)
    events: list[Event] = []
    target_any = False
    ctx.target_topic = any(m.kind == TARGET for s, sc in zip(sentences, scans, strict=True) if s.is_title or s.body_index < 5 for m in sc)
    ctx.target_listed = any(
        (s.is_title or s.body_index < 5) and any(m.kind == TARGET for m in sc) and target_listed(s.text, ctx.ref_year)
        for s, sc in zip(sentences, scans, strict=True)
    )
    for i, (sent, mentions) in enumerate(zip(sentences, scans, strict=True)):
        if any(m.kind == TARGET for m in mentions):
            target_any = True
        if i in spared:
            continue  # "26 platforms were banned but not TikTok": whatever the sentence reports, it spares the target
        evs = sentence_events(
            sent.text, mentions, ctx, index=sent.index, body_index=sent.body_index, is_title=sent.is_title, state_codes=gaz.state_codes
        )
        # coreference-lite: "the app", "the company" refer to TikTok once it has been named
        ctx.target_seen = target_any or ctx.target_seen
        if any(m.kind in (TARGET, ANAPHOR) for m in mentions):
            ctx.target_seen = True
        for e in evs:
            if e.kind in (ACTION, PROPOSED, LIFTED) and e.actor_strength >= 1:
                ctx.prev_agent = (e.jurisdiction, e.actor, e.actor_strength)
        ctx.prev_subject = None if sent.is_title else sentence_subject(sent.text, mentions, ctx)
        events.extend(evs)
    if not target_any:
        return Analysis(False, (), _entities(gaz, sentences, scans, []), "not_action")

    label, main = _label_for(events, sentences, has_title=bool(title and title.strip()))
    if label in ("proposed_or_threatened", "background_only") and main is not None and not main.is_title:
        lead_text = " ".join(s.text for s in sentences if s.is_title or 0 <= s.body_index < 2)
        if _POLL.search(lead_text) and main.kind != ACTION:
            label = "not_action"
    if title and _OPINION_TITLE.match(title.strip()):
        label = "not_action"  # an opinion piece argues about actions; it does not report one
    if label == "new_action" and title and _denied_headline(title) and not (main is not None and main.is_title):
        # "No plans to ban TikTok in Samoa", "Authorities deny rumours of ban": the news is that no act was
        # taken; the acts the body recalls (a neighbour's ban, the rumoured one) are context
        label = "not_action"
    if label == "new_action" and main is not None:
        main = _refine_jurisdiction(main, events, scans, sentences)
        _refine_findings(main, sentences)
        _refine_age_limit(main, sentences)
        _dateline_state(gaz, main, dateline((text or "")[:2000]))
        _complete_actor(gaz, main, sentences, scans, events)
        if main.type == "fine_or_penalty" and not main.jurisdiction and not (main.actor or "").strip() and _private_settlement(sentences):
            label = "not_action"  # "TikTok fined $92m in settlement with users": money paid to settle a private suit

    actions: list[Action] = []
    seen: set[tuple[str, str, str]] = set()
    ordered = ([main] if main is not None else []) + [e for e in events if e is not main]
    for e in ordered:
        if e.kind in (PRIVATE, OTHER_COMPANY) or e.background or e.reference:
            continue
        if e is not main and e.kind == ACTION and label != "new_action" and not e.news_cue:
            continue
        key = (e.type, e.jurisdiction or "", e.stage)
        if key in seen:
            continue
        seen.add(key)
        actions.append(_to_action(e, label))
        if len(actions) >= 6:
            break
    entities = _entities(gaz, sentences, scans, [e for e in events if not e.background])
    support = ""
    if label == "new_action":
        acts = [e for e in events if e.kind == ACTION and not e.background and not e.reference]
        lead = {e.body_index for e in acts if not e.is_title and 0 <= e.body_index < LEAD_SENTENCES}
        support = stated_in(bool(title and title.strip()), any(e.is_title for e in acts), len(lead))
    return Analysis(new_action=label == "new_action", actions=tuple(actions), entities=entities, label=label, support=support)


# "blocked 26 platforms, but not TikTok": the act spares the target
_EXCLUDED_BEFORE = re.compile(
    r"\b(?:but not|except(?: for)?|other than|excluding|apart from|aside from|with the exception of|sparing|not including)\s+$",
    re.IGNORECASE,
)


def _without_excluded_target(text: str, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions, less a TikTok/ByteDance the sentence names only as spared by the act."""
    return [m for m in mentions if not (m.kind == TARGET and _EXCLUDED_BEFORE.search(text, max(0, m.start - 40), m.start))]


_US_CUES = re.compile(r"\b(?:Congress|First Amendment|attorneys general|White House|Justice Department|Supreme Court|federal)\b")


_DATELINE_STATE = re.compile(r",\s*([A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?)")


def _dateline_state(gaz: Gazetteer, main: Event, line: str) -> None:
    """A local act with no state named: the dateline's state ("WEST LAFAYETTE, Ind. — The
    county board banned ...") says where. Only after a comma ("WASHINGTON —" alone is the
    federal capital), and never for a named federal body or a sentence with federal cues."""
    if main.jurisdiction not in (None, "US") or not line or (main.jurisdiction == "US" and main.actor_strength >= 3):
        return
    if _US_CUES.search(main.evidence) or _US_CUES.search(main.actor or ""):
        return
    m = _DATELINE_STATE.search(line)
    if m is None:
        return
    codes = {x.code for x in gaz.scan(m.group(1)) if x.code and x.code in gaz.state_codes}
    if len(codes) == 1:
        main.jurisdiction = codes.pop()


def _complete_actor(gaz: Gazetteer, main: Event, sentences: list[Sentence], scans: list[list[Mention]], events: list[Event]) -> None:
    """A main act always names its actor: the article's agency or official of that jurisdiction, else the place itself.
    A headline's "Tennessee governor" yields to the lead's "Tennessee Gov. Bill Lee" for the same act."""
    if main.actor and main.jurisdiction and not _has_name(gaz, main.actor):
        for e in events:
            if (
                e is not main
                and e.kind == ACTION
                and e.jurisdiction == main.jurisdiction
                and (e.is_title or 0 <= e.body_index < LEAD_SENTENCES)
                and e.actor
                and _has_name(gaz, e.actor)
            ):
                main.actor = e.actor
                return
    if not main.jurisdiction:
        text = " ".join(s.text for s in sentences[:6])
        if _US_CUES.search(text):
            main.jurisdiction = "US"  # no place named at all, but unmistakably American institutions
    if not main.jurisdiction:
        return
    bare = _bare_noun(gaz, main.actor)
    if main.actor and not bare:
        return
    named: Counter[str] = Counter()
    for sent, mentions in zip(sentences, scans, strict=True):
        weight = 2 if sent.is_title or sent.body_index < LEAD_SENTENCES else 1
        for m in mentions:
            if m.kind in (AGENCY, OFFICIAL) and m.code == main.jurisdiction and m.entry.role not in ("law", "court"):
                named[m.entry.name] += weight
    place = gaz.country_names.get(main.jurisdiction, main.jurisdiction)
    if named:
        main.actor = named.most_common(1)[0][0]
    elif bare in ("government", "administration", "authorities", "cabinet", "executive", "federal government", "state government"):
        main.actor = government_of(main.jurisdiction)
    elif bare == "commission" and main.jurisdiction == "EU":
        main.actor = "European Commission"
    elif bare and main.actor_strength < 3 and all(m.entry.role != "local" for m in gaz.scan(main.actor.strip())):
        main.actor = f"{place} {main.actor.strip()}"  # "Jordan police", "Bangladesh court", "United States Supreme Court"
    elif bare and main.jurisdiction in gaz.state_codes:
        # a county board or a city council is not the state: "County board (Indiana)", as "Court (Russia)"
        main.actor = f"{bare[:1].upper()}{bare[1:]} ({place})"
    else:
        main.actor = place


_SETTLEMENT = re.compile(r"\b(?:settle[sd]?|settlement|settling|class[- ]action)\b", re.IGNORECASE)


def _private_settlement(sentences: list[Sentence]) -> bool:
    """The headline or the lead speak of settling a suit or of a class action."""
    return any(_SETTLEMENT.search(s.text) for s in sentences if s.is_title or 0 <= s.body_index < LEAD_SENTENCES)


def _has_name(gaz: Gazetteer, actor: str) -> bool:
    """The actor names a body or a person ("Kansas Attorney General Kris Kobach", "Ofcom"), not only a title or noun."""
    mentions = gaz.scan(actor)
    if any(m.kind in (AGENCY, OFFICIAL) for m in mentions):
        return True
    rest = actor
    for m in reversed(mentions):
        rest = rest[: m.start] + " " + rest[m.end :]
    return any(w[:1].isupper() and w.lower() not in ("'s", "of", "the") for w in rest.replace("'s", " ").split())


def _bare_noun(gaz: Gazetteer, actor: str) -> str:
    """The generic noun when the actor is nothing more ("government", "Commission", "watchdog"), else ""."""
    if not actor:
        return ""
    mentions = gaz.scan(actor)
    if len(mentions) == 1 and mentions[0].kind in (GOV_NOUN, TITLE) and mentions[0].text == actor.strip():
        return actor.strip().lower()
    return ""


def _refine_jurisdiction(main: Event, events: list[Event], scans: list[list[Mention]], sentences: list[Sentence]) -> Event:
    """A generic actor ("a European Union regulator") yields to a named agency in the next sentences."""
    if main.actor_strength >= 3:
        return main
    for sent, mentions in zip(sentences, scans, strict=True):
        if sent.index <= main.sentence or sent.index > main.sentence + 2:
            continue
        for m in mentions:
            if (
                m.kind == AGENCY
                and m.entry.role in ("regulator", "law_enforcement", "executive", "court")
                and m.code
                and main.jurisdiction in (None, "EU")
                and m.code != main.jurisdiction
            ):
                main.jurisdiction = m.code
                main.actor = m.entry.name
                main.actor_strength = 3
                return main
    return main


def analyze_jsonl(lines: Iterable[str]) -> Iterator[str]:
    """One JSON result line per JSON input line (``id``, ``title``, ``text``, ``url``, ``published``)."""
    for line in lines:
        if not line.strip():
            continue
        try:
            obj: Any = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("each line must be a JSON object")
            text = obj.get("text")
            if not isinstance(text, str):
                raise ValueError("'text' must be a string")
            title = obj.get("title")
            if title is not None and not isinstance(title, str):
                raise ValueError("'title' must be a string or null")
            lang = obj.get("lang") or obj.get("language")
            result = analyze_article(title, text, obj.get("published"), obj.get("url"), lang if isinstance(lang, str) else None)
        except Exception as exc:  # a bad line must not stop the stream
            yield json.dumps({"id": None, "error": f"{type(exc).__name__}: {exc}"}, ensure_ascii=False)
            continue
        out = {"id": obj.get("id")}
        out.update(result.to_dict())
        yield json.dumps(out, ensure_ascii=False)
