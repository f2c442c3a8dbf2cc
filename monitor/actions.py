"""Sentence-level event extraction: what was done to TikTok, by whom, at which stage.

For each sentence :func:`sentence_events` runs the trigger tables of ``monitor/data/english.yaml``
(one per act family, plus proposals, court rulings, TikTok's own challenges, lifted bans and
private lawsuits), asks :mod:`monitor.english_agents` who acts and :mod:`monitor.english_cues`
what the clause says (modality, negation, time), and keeps one event per sentence: an enacted
act over a lift over a proposal, typed by :func:`_resolve_type` (a device ban over a wind-up over
a law over a fine ...). An act whose object is another company, or a ban of something other
than the app, is no act against TikTok.

The article-level choice (which event is the news) is made by :mod:`monitor.analyze`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from monitor.english_agents import (
    _DECLARE,
    _PASSIVE_BEFORE,
    Agent,
    _agent_from_mentions,
    _is_passive,
    classify_agent,
    default_code,
    sentence_subject,
)
from monitor.english_cues import _BG_STRONG, _BG_WEAK, _HYPO, _PAST_PERFECT, _RULE_OUT, Context, _cues, _window
from monitor.english_knowledge import _ENGLISH, ENGLISH_VERSION, IC, _pattern
from monitor.gazetteer import ANAPHOR, COMPANY, COUNTRY, DEMONYM, TARGET, Mention

__all__ = [
    "ACTION",
    "CHALLENGE",
    "COURT_BLOCK",
    "COURT_UPHOLD",
    "ENGLISH_VERSION",
    "LIFTED",
    "OTHER_COMPANY",
    "PRIVATE",
    "PROCEDURAL",
    "PROPOSED",
    "Context",
    "Event",
    "_agent_from_mentions",
    "fine_with_amount",
    "sentence_events",
    "sentence_subject",
    "target_listed",
]

ACTION = "action"  # an adopted act (stage enacted)
PROPOSED = "proposed"  # considered, threatened, bill not yet law
COURT_BLOCK = "court_block"  # a court blocks / strikes down / lifts
COURT_UPHOLD = "court_uphold"  # a court upholds the government's act
PROCEDURAL = "procedural"  # hearings, motions to dismiss denied
CHALLENGE = "challenge"  # TikTok / creators go to court
LIFTED = "lifted"  # the government lifts, revokes, delays, approves a deal
PRIVATE = "private"  # lawsuit by private parties
OTHER_COMPANY = "other_company"  # the act targets another company

STAGE_OF_KIND = {
    ACTION: "enacted",
    PROPOSED: "proposed",
    COURT_BLOCK: "blocked",
    COURT_UPHOLD: "upheld",
    PROCEDURAL: "challenged",
    CHALLENGE: "challenged",
    LIFTED: "lifted",
}


@dataclass
class Event:
    """One event found in a sentence."""

    kind: str
    type: str
    sentence: int  # Sentence.index
    body_index: int
    is_title: bool
    evidence: str
    trigger: str
    jurisdiction: str | None = None
    actor: str = ""
    actor_strength: int = 0  # 3 named agency/official, 2 qualified noun/country subject, 1 generic/context
    background: bool = False
    news_cue: bool = False
    weak_future: bool = False
    decision_cue: bool = False
    reference: bool = False  # "the government's move to ...", "the decision to ban ..."
    confidence: float = 0.5
    start: int = 0
    end: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def stage(self) -> str:
        return STAGE_OF_KIND.get(self.kind, "enacted")


# ---------------------------------------------------------------------------- trigger tables
_W = r"[\w$€£%.,'-]+"  # a loose word (amounts, names)

_DEVICE = _pattern("objects", "government_devices")
_STAFF = _pattern("objects", "staff")
_REMOVAL = _pattern("objects", "removal")

_DEVICE_TRIGGER = _pattern("triggers", "device_ban")
_BAN = _pattern("triggers", "ban")
_LATEST_TO = re.compile(r"(?:first|latest|newest|\w+th) (?:U\.?S\.? )?(?:state|country|nation|government|city|province)s? to ", IC)
_PARLIAMENT_VERB = re.compile(r"parliament\b[\w\s']*?\b((?:has )?(?:passe[sd]|approve[sd]|adopt(?:s|ed)))\b", IC)
_APPOSITIVE_BEFORE = re.compile(r",\s*(?:the|a)\s+$", IC)
_CONDITIONAL_BAN = _pattern("objects", "conditional_ban")
_WINDUP = _pattern("triggers", "wind_up")
_DIVEST = _pattern("triggers", "divest")
_AMOUNT = str(_ENGLISH["amount"])
_CURRENCY_WORDS = str(_ENGLISH["currency_words"])
_FINE = _pattern("triggers", "fine")
def fine_with_amount() -> re.Pattern[str]:
    """A fine or penalty with its amount ("fines totalling €345 million", "a £12.7m penalty")."""
    money = r"(?:" + _AMOUNT + r"|" + _CURRENCY_WORDS + r")"
    return re.compile(
        r"\b(?:fines?|penalt(?:y|ies)|fined)\b[^.;]{0,40}?" + money + r"|" + money + r"[^.;]{0,25}?\b(?:fines?|penalt(?:y|ies))\b", IC
    )

_LAWSUIT = _pattern("triggers", "lawsuit")
_INVESTIGATION = _pattern("triggers", "investigation")
_FINDINGS = _pattern("triggers", "findings")
_LAW = _pattern("triggers", "law")
_EXEC_ORDER = _pattern("objects", "executive_order")
_REG_ORDER = _pattern("triggers", "regulatory_order")

# Proposal triggers (need no action trigger of their own).
_PROPOSAL = _pattern("triggers", "proposal")
_CHAMBER_PASS = _pattern("triggers", "chamber_pass")

# Court rulings.
_COURT_BLOCK = _pattern("triggers", "court_block")
_COURT_UPHOLD = _pattern("triggers", "court_uphold")
_BY_COURT = re.compile(r"\s+by\s+(?:a |an |the )?(?:[\w.'-]+\s+){0,3}?(?:court|justices|judges?|panel|tribunal)\b", re.IGNORECASE)
_FEDERAL_WORDS = r"federal|Supreme Court|U\.?S\.? Court|Circuit"
_FEDERAL = re.compile(rf"\b(?:{_FEDERAL_WORDS})\b", re.IGNORECASE)
# in Washington, any appeals court named is the federal one (the D.C. Circuit)
_DC_FEDERAL = re.compile(rf"\b(?:{_FEDERAL_WORDS}|Court of Appeals|appeals? court)\b", re.IGNORECASE)
_BLOCKS_THE_APP = re.compile(
    r"^\s+(?:access\s+to\s+|the\s+use\s+of\s+)?(?:TikTok|ByteDance|Douyin|the (?:app|platform|application))\b"
    r"(?!'s\b|\s+(?:ban|law|prohibition|restrictions?)\b)",  # "blocks TikTok ban in Montana": the ban is blocked
    IC,
)
_COURT_PROCEDURAL = _pattern("triggers", "court_procedural")
# TikTok (or creators) go to court.
_CHALLENGE = _pattern("triggers", "challenge")
_CHALLENGE_OBJECT = _pattern("triggers", "challenge_object")
_PRIVATE_PLAINTIFFS = re.compile(
    r"\b(?:creators|users|influencers|professors|researchers|academics|scholars|students|parents|journalists|lawyers|"
    r"residents|plaintiffs|(?:civil liberties|advocacy|rights|free speech|free-speech) groups?)\b",
    IC,
)
# Government eases off.
_LIFT = _pattern("triggers", "lift")

_POSSESSED = re.compile(r"(?:'s|\b(?:its|their|his|her|the|a|an|this|that))\s+(?:[\w-]+\s+)?$", IC)

_NOUN_BEFORE = _pattern("cues", "noun_before")
_NOUN_AFTER = _pattern("cues", "noun_after")
_BILL_WORD = _pattern("cues", "bill_word")
_BILL_CONTENT = _pattern("cues", "bill_content")
# "an EU fine over data privacy": GDPR penalties on TikTok come from its lead authority in the EU, Ireland's
# Data Protection Commission; the bloc's own bodies act under other laws (the DSA, the DMA, competition law)
_EU_PRIVACY = re.compile(r"\b(?:privacy|GDPR|General Data Protection Regulation|data protection|personal data|data transfers?)\b", IC)
_EU_OWN_BODY = re.compile(
    r"\b(?:Commission|Commissioner|Digital Services Act|DSA|Digital Markets Act|DMA|Parliament|Council|antitrust|competition|"
    r"Court of Justice|General Court)\b"
)
_ISSUED_INSTRUMENT = _pattern("cues", "issued_instrument")
_DESCRIPTIVE_ING = _pattern("cues", "descriptive_ing")
_REQUESTED_TO = re.compile(r"\b(?:bid|request|motion|attempts?|efforts?|demurrer|petition)\s+to\s+$", re.I)
_LOCAL_VOTE = re.compile(r"\bvot(?:ed|es)\s+(?:\w+\s+){0,2}?to\s+$", re.I)
_GENERIC_OBJECT = _pattern("objects", "generic_apps")
# "59 Chinese apps", "50 more smartphone apps", "hundreds of apps": a list that may or may not hold TikTok
_COUNTED_APPS = _pattern("objects", "counted_apps")
_LISTED = _pattern("objects", "listed")


def target_listed(text: str, ref_year: int | None) -> bool:
    """A sentence naming TikTok among the apps concerned, as news ("the list includes TikTok"), not as past background."""
    if not _LISTED.search(text):
        return False
    if _BG_STRONG.search(text) or _BG_WEAK.search(text) or _PAST_PERFECT.search(text):
        return False
    return ref_year is None or all(int(y) >= ref_year for y in re.findall(r"\b((?:19|20)\d{2})\b", text))

_APP_BAN = _pattern("objects", "app_ban")
_ACTIVITY_BAN = _pattern("objects", "activity_ban")
_NOUNABLE = {"ban", "bans", "block", "blocks", "bar", "bars", "suspension"}
# what only a verb takes after it: "government bans TikTok", "state bars officials from ..."
_VERB_OBJECT = re.compile(
    r"\s+(?:TikTok|ByteDance|Douyin|the (?:app|platform|Chinese app|video app)|(?:all |its |state |government |federal )?"
    r"(?:ministers|officials|staff|employees|workers|civil servants|public servants|lawmakers|MPs|officers|personnel|troops|soldiers)\b)",
)


# damages or compensation (a private remedy), not a fine or penalty (the state's)
_DAMAGES = re.compile(r"(?:(?!\b(?:fines?|penalt(?:y|ies))\b)[^.;])*?\b(?:damages|compensation|restitution|refunds?)\b", IC)

_OUTCOME_BEFORE = re.compile(r"\b(?:wins?|won|winning|los(?:e|es|t|ing))\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+)?$", IC)


# "a TikTok user", "TikTok star", "a TikTok video": the name qualifies a person or a post, not the company
_USER_OF_TARGET = re.compile(
    r"(?:'s)?\s+(?:users?(?!'?\s+(?:data|information|privacy))|stars?|influencers?|creators?|personalit(?:y|ies)|"
    r"celebrit(?:y|ies)|sensations?|videos?|clips?|posts?|accounts?|handles?|challenges?|trends?|pranks?|"
    r"livestreamers?|streamers?|famous)\b(?!-)",  # "the TikTok video-sharing app" is the app itself
    IC,
)


def _has_target(mentions: list[Mention], ctx: Context, text: str = "") -> bool:
    targets = [m for m in mentions if m.kind == TARGET]
    if any(not _USER_OF_TARGET.match(text, m.end) for m in targets):
        return True
    return ctx.target_seen and any(m.kind == ANAPHOR for m in mentions)

_OBJECT_END = re.compile(
    r"[;:.]|\b(?:in a|which|that|who|whose|after|while|because|as|amid|saying|citing|arguing|accusing|alleging|to|over|for|"
    r"following|days|weeks)\b",
    IC,
)

_EASING_CONTENT = re.compile(
    r"\s+(?:(?!(?:ban|bans|block|bar|prohibit|outlaw|suspend)\b)[\w']+\s+){0,4}?(?:lift\w*|revisit\w*|reconsider\w*|revers\w*|"
    r"unblock\w*|unban\w*|repeal\w*|scrap\w*|rescind\w*|restor\w* access|end(?:ing)? the (?:ban|block))\b",
    IC,
)
_STAFF_BEFORE = re.compile(
    r"\b(?:employees|staff|staffers|workers|officials|civil servants|public servants|personnel)\s+(?:\w+\s+){0,2}$", IC
)
_EASED_OBJECT = re.compile(
    r"\b(?:lift\w*|revisit\w*|reconsider\w*|revers\w*|repeal\w*|scrap\w*|rescind\w*|overturn\w*)\s+(?:the\s+|a\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+)?$",
    IC,
)
_STAFF_OBLIGED = re.compile(
    r"\b(?:employees|staff|staffers|workers|officials|civil servants|public servants|personnel)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:must|have to|has to|"
    r"will have to|(?:are|were|have been|has been|will be) (?:now )?(?:required|told|ordered|asked|instructed|directed) to)\s+$",
    IC,
)
# "14 states and D.C. sue TikTok", "a bipartisan coalition of attorneys general filed lawsuits": many US states
# acting together are one act of the country's states, whichever state an outlet names first
_STATE_COALITION = re.compile(
    r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|[a-z]+-\w+|"
    r"a dozen|more than a dozen|dozens of)\s+(?:U\.S\.\s+|US\s+|American\s+)?(?:states|state attorneys general|"
    r"attorneys general)|(?:bipartisan\s+)?(?:coalition|group) of (?:\d+\s+|[a-z]+-?\w*\s+)?(?:U\.S\.\s+)?(?:states|"
    r"state attorneys general|attorneys general))\b",
    IC,
)
# "equivocates on barring TikTok", "talks about banning it": an act named as a topic, not taken
_TOPIC_GERUND = re.compile(r"\b(?:on|about|over|of|toward|towards|into)\s+$", IC)
# "the 59 banned Chinese apps were told ...": a participle before its noun recalls a ban, it does not report one
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|these|those|all|other|\d+|of|its|their)\s+$", IC)
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:apps?|applications?|platforms?|services?|websites?|sites?)\b")
# "Minnesota's lawsuit against TikTok isn't just about ...": a suit named by its owner is recalled, not filed
_POSSESSIVE_BEFORE = re.compile(r"(?:'s|s'|’s|s’)\s+(?:[\w-]+\s+)?$")
_BAN_VERB = re.compile(r"^(?:ban|block|bar|prohibit|outlaw|suspend|forbid)(?:s|ned|red|ed|ing|ning|ring)?$", IC)
_OBJECT_OK = re.compile(
    r"^\s*(?:it|them|its use|their use|access|use|the use|(?:the )?(?:new )?downloads?|(?:the )?download(?:ing)?|(?:the )?install\w*|"
    r"(?:the )?(?:use|downloading|installation|operation|operations|sale|distribution) of)\b",
    IC,
)


# "bar X from doing Y": the ban is on X's doing Y; using, downloading or opening an account is using the app
_FROM_DOING = re.compile(r"\s+(?:[\w'-]+\s+){1,4}?from\s+(\w+ing)\b", IC)
_USE_VERBS = frozenset(
    (
        "using", "downloading", "installing", "accessing", "having", "keeping", "operating", "running", "opening",
        "creating", "signing", "joining", "holding", "registering", "visiting", "viewing", "watching", "browsing", "being",
    )
)


def _bans_something_else(text: str, mentions: list[Mention], ts: int, te: int) -> bool:
    """A ban verb in the active voice whose object (the next words) is neither TikTok, the app, apps in general nor "it"."""
    if _PASSIVE_BEFORE.search(text[max(0, ts - 30) : ts]) or _OBJECT_OK.match(text[te:]):
        return False
    if text[ts:te].lower().endswith("ed") and any(m.kind in (TARGET, ANAPHOR) and m.end <= ts for m in mentions):
        return False  # "ordered TikTok and PUBG banned": a participle whose subject came first
    fm = _FROM_DOING.match(text, te)
    named = fm is not None and any(m.kind in (TARGET, ANAPHOR) and te <= m.start < fm.start(1) for m in mentions)
    if fm and fm.group(1).lower() not in _USE_VERBS and not named:
        return True  # "barred political parties from paying for advertising on TikTok": the parties are barred, not the app
    stop = te + 80
    for m in mentions:
        if m.kind in (TARGET, ANAPHOR) and m.start < te and text[m.end : ts].strip() in ("", "'s"):
            return False  # "TikTok banned", "the app blocked": a headline passive
        if m.kind in (TARGET, ANAPHOR) and te <= m.start < stop:
            return False
    return not _GENERIC_OBJECT.search(text, te, stop)


def _object_is_other_company(text: str, mentions: list[Mention], te: int) -> bool:
    """The first company named after the trigger is not TikTok/ByteDance."""
    for m in mentions:
        if m.start < te or m.start > te + 80:
            continue
        if m.kind == TARGET:
            return False
        if m.kind == COMPANY:
            return True
    return False


def _target_just_before(text: str, ts: int, mentions: list[Mention]) -> bool:
    """TikTok is named right before the trigger: with a passive ("TikTok fined for late notice of its
    Tokopedia deal") it undergoes the act, whatever company is named after it."""
    before = text[:ts].rstrip()
    return any(m.kind in (TARGET, ANAPHOR) and before.endswith(m.text) for m in mentions)


# Cheap gates: a trigger table runs only when one of its stems is in the lower-cased sentence (english.yaml).
# The stems of a table are searched as one alternation (a substring test, in C).
_GATE_OF: dict[int, re.Pattern[str]] = {
    id(_pattern("triggers", key)): re.compile("|".join(re.escape(str(st)) for st in stems)) for key, stems in _ENGLISH["gates"].items()
}


def _challenge(
    text: str, mentions: list[Mention], ctx: Context, low: str, make: Callable[[str, str, re.Match[str], Agent, dict[str, bool]], Event]
) -> Event | None:
    """TikTok (or creators) taking a government act to court, when this sentence says so."""
    for m in _find(_CHALLENGE, text, low):
        if _OUTCOME_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "TikTok wins appeal against fine": the outcome is a court's ruling, read from the court's sentence
        agent = classify_agent(text, mentions, m.start(), m.end(), ctx, passive=False)
        # creators, users or other private people taking a government's act to court ("professors are suing the state over the ban")
        creators = bool(_PRIVATE_PLAINTIFFS.search(text, 0, m.start()))
        if agent.kind == "target" or (agent.kind in ("private", "none") and creators):
            if not _CHALLENGE_OBJECT.search(text[m.start() :]):
                continue
            cues = _cues(text, m.start(), m.end(), ctx)
            if cues["negated"]:
                continue
            if cues["hypo"] or (cues["weak"] and not cues["news"]):
                continue  # "TikTok vows to challenge the order in court"
            return make(CHALLENGE, _blocked_type(text), m, agent, cues)
    return None


def _find(regex: re.Pattern[str], text: str, low: str | None = None) -> list[re.Match[str]]:
    gate = _GATE_OF.get(id(regex))
    if gate is not None and low is not None and gate.search(low) is None:
        return []
    return list(regex.finditer(text))


def sentence_events(
    text: str, mentions: list[Mention], ctx: Context, *, index: int, body_index: int, is_title: bool, state_codes: set[str]
) -> list[Event]:
    """All events of one sentence."""
    events: list[Event] = []
    has_target = _has_target(mentions, ctx, text)
    # "police fined a TikTok user": TikTok named only as a user's or a post's platform; a court ruling for
    # "TikTok creators" or the creators' own suit still concern the app
    users_only = not has_target and _has_target(mentions, ctx)
    if (
        not has_target
        and not users_only
        and ctx.target_topic
        and body_index < 3
        and _GENERIC_OBJECT.search(text)
        and (ctx.target_listed or not _COUNTED_APPS.search(text))
        and not any(m.kind == COMPANY for m in mentions)
    ):
        has_target = True  # "parliament passed a bill banning children from social media" in a TikTok article
    if not has_target and not users_only:
        return events
    has_court = any(m.entry.role == "court" for m in mentions)
    low = text.lower()

    def make(kind: str, typ: str, m: re.Match[str], agent: Agent, cues: dict[str, bool]) -> Event:
        ev = Event(
            kind,
            typ,
            index,
            body_index,
            is_title,
            text,
            m.group(0),
            agent.jurisdiction,
            agent.actor,
            agent.strength,
            background=cues["background"],
            news_cue=cues["news"],
            weak_future=cues["weak"],
            decision_cue=cues["decision"],
            reference=cues["reference"],
            start=m.start(),
            end=m.end(),
        )
        return ev

    # --- court rulings
    if has_court:
        asked = _challenge(text, mentions, ctx, low, make)
        first_ruling = min(
            (m.start() for r in (_COURT_UPHOLD, _COURT_PROCEDURAL, _COURT_BLOCK) for m in _find(r, text, low)), default=len(text)
        )
        if asked is not None and asked.start < first_ruling:
            return [asked]  # "TikTok asks an appeals court to set aside the order": TikTok's step, not the court's ruling
        for regex, kind in ((_COURT_UPHOLD, COURT_UPHOLD), (_COURT_PROCEDURAL, PROCEDURAL), (_COURT_BLOCK, COURT_BLOCK)):
            for m in _find(regex, text, low):
                cues = _cues(text, m.start(), m.end(), ctx)
                if cues["negated"] and kind != PROCEDURAL:
                    continue
                by_court = _BY_COURT.match(text, m.end()) is not None and any(
                    x.entry.role == "court" and m.end() < x.start <= m.end() + 50 for x in mentions
                )  # "TikTok law upheld by federal appeals court": a headline's passive
                passive = by_court or _is_passive(text, m.start(), m.group(0), mentions)
                agent = classify_agent(text, mentions, m.start(), m.end(), ctx, passive=passive)
                if m.group(0).lower().startswith("los"):
                    if agent.kind != "target":
                        continue  # "Montana loses its court fight": a ruling against the government, not for it
                    # "ByteDance lost its court challenge against ... EU rules": the court upheld the act of the place named after
                    after = [x.code for x in mentions if x.kind in (COUNTRY, DEMONYM) and x.code != "CN" and x.start > m.start()]
                    code = next((c for c in after if c), None)
                    agent = Agent("gov", code or ctx.default_jurisdiction, "", 1, "court")
                court_before = (
                    by_court
                    or agent.role == "court"
                    or any(x.entry.role == "court" and x.end <= m.end() for x in mentions)  # "lost its court challenge"
                )
                if not court_before:
                    continue
                if kind == COURT_BLOCK and _REQUESTED_TO.search(text, max(0, m.start() - 40), m.start()):
                    continue  # "rejected TikTok's request to dismiss the state's lawsuit": what was asked, not what was ruled
                if kind == COURT_BLOCK and _BLOCKS_THE_APP.match(text[m.end() : m.end() + 40]):
                    continue  # "the court ordered the government to block TikTok": a ban, not a ruling against one
                k = kind
                if cues["hypo"] and kind != PROCEDURAL:
                    k = PROCEDURAL  # "the court could block the law" / "whether to uphold": pending
                typ = _blocked_type(text)
                if k == COURT_UPHOLD:
                    # a court upholding an act: type "other", jurisdiction of the act upheld ("upholds Texas's ban")
                    typ = "other"
                    places = [x.code for x in mentions if x.kind in (COUNTRY, DEMONYM) and x.code and x.code != "CN"]
                    # a federal court upholds a federal act, wherever it sits ("the U.S. Court of Appeals in Washington, D.C.")
                    federal = agent.jurisdiction == "US" and _FEDERAL.search(agent.actor) is not None
                    if "US-DC" in (agent.jurisdiction, ctx.default_state, *places) and _DC_FEDERAL.search(f"{agent.actor} {text}"):
                        # the federal courts sitting in Washington (the D.C. Circuit) rule for the country
                        federal = True
                        agent.jurisdiction = "US"
                        agent.actor = "federal appeals court" if re.search(r"\bappeal", text, re.IGNORECASE) else "federal court"
                        places = [c for c in places if c != "US-DC"]
                    state = next((c for c in places if "-" in c), None) or (
                        ctx.default_state if agent.jurisdiction in (None, "US") and not federal else None
                    )
                    if state:
                        agent.jurisdiction = state
                events.append(make(k, typ, m, agent, cues))
                break
        if events:
            return events

    # --- TikTok (or creators) challenge a government act in court
    challenge = _challenge(text, mentions, ctx, low, make)
    if challenge is not None:
        events.append(challenge)
        return events
    if users_only:
        return events

    # --- enact triggers, one table per type
    found: list[tuple[int, str, re.Match[str]]] = []
    for prio, (typ, regex) in enumerate(_TYPED):
        for m in _find(regex, text, low):
            found.append((prio, typ, m))
    lifts = _find(_LIFT, text, low)
    proposals = _find(_PROPOSAL, text, low)

    cand: list[Event] = []
    families: list[str] = []
    has_law = bool(_LAW.search(text))
    for prio, typ, m in found:
        ts, te = m.start(), m.end()
        word = m.group(0).lower()
        if (
            word in _NOUNABLE
            and (_NOUN_BEFORE.search(text[max(0, ts - 30) : ts]) or _NOUN_AFTER.match(text[te : te + 30]))
            and not (word in ("bans", "blocks", "bars") and _VERB_OBJECT.match(text, te))  # "Norwegian government bans TikTok"
        ):
            continue  # "the ban", "a TikTok ban", "as ban looms": a reference, not an act
        if (
            word in ("banned", "blocked", "barred", "prohibited")
            and _ATTRIBUTIVE_BEFORE.search(text, max(0, ts - 12), ts)
            and _ATTRIBUTIVE_AFTER.match(text, te)
        ):
            continue  # "directed the 59 banned Chinese apps to adhere to the order": the ban is recalled
        if typ == "lawsuit" and word.startswith(("lawsuit", "suit")) and _POSSESSIVE_BEFORE.search(text, max(0, ts - 30), ts):
            continue  # "the State of Arkansas' lawsuit against TikTok is moving forward": a reference
        if typ == "ban" and _EASED_OBJECT.search(text, max(0, ts - 40), ts):
            continue  # "a proposal to lift the blocking of TikTok": the act is the object of its undoing
        if (
            word.endswith("ing")
            and _DESCRIPTIVE_ING.search(text[max(0, ts - 30) : ts])
            and not _ISSUED_INSTRUMENT.search(text[max(0, ts - 80) : ts])
        ):
            continue  # "rules prohibiting e-commerce": describes an existing rule (but "signed orders banning ..." is the act)
        if typ == "fine" and has_court and word.startswith("ordered") and _DAMAGES.match(text, te, te + 120):
            # "a court ordered TikTok to pay damages in a case brought by a consumer institute": a private remedy
            agent = classify_agent(text, mentions, ts, te, ctx, passive=False)
            cand.append(make(PRIVATE, "fine_or_penalty", m, agent, _cues(text, ts, te, ctx)))
            continue
        if typ == "ban" and _BAN_VERB.match(word) and _bans_something_else(text, mentions, ts, te):
            continue  # "sued Meta to block its acquisition of a start-up": the block is not of TikTok
        if typ == "ban" and _CONDITIONAL_BAN.search(text[max(0, ts - 40) : ts]):
            cues = _cues(text, ts, te, ctx)
            cues["hypo"] = True
        else:
            cues = _cues(text, ts, te, ctx)
        if cues["negated"]:
            continue
        if word.endswith("ing") and _TOPIC_GERUND.search(text, max(0, ts - 12), ts):
            cues["hypo"] = True  # "Lithuania equivocates on barring TikTok": the act is the topic
        if not cues["hypo"]:
            families.append(typ)
        passive = _is_passive(text, ts, m.group(0), mentions)
        if (
            _object_is_other_company(text, mentions, te)
            and typ not in ("law", "devices")
            and not (passive and _target_just_before(text, ts, mentions))
        ):
            agent = classify_agent(text, mentions, ts, te, ctx, passive=passive)
            lead_that = re.match(r"\s+that\b", text[te:], IC)  # "found that Meta and TikTok broke ...": the clause is the object
            end = _OBJECT_END.search(text, te + (lead_that.end() if lead_that else 0))
            stop = end.start() if end else len(text)
            if agent.kind == "gov" and not any(x.kind == TARGET and te < x.start < stop for x in mentions):
                cand.append(make(OTHER_COMPANY, typ, m, agent, cues))
                continue
        passive = passive or (
            word.startswith("no longer") and not word.startswith("no longer able")
        )  # "TikTok will no longer be available on county devices": the app undergoes the act
        ats = ts
        verb = _PARLIAMENT_VERB.match(m.group(0)) if typ == "law" else None
        if verb:
            ats = ts + verb.start(1)  # "Parliament passes law ...": the trigger holds its own subject
        agent = classify_agent(text, mentions, ats, te, ctx, passive)
        if agent.kind in ("private", "none") and (
            (typ == "devices" and _STAFF_OBLIGED.search(text, max(0, ts - 80), ts))
            or (word.startswith("no longer") and _STAFF_BEFORE.search(text, max(0, ts - 60), ts))
        ):
            # "county employees must remove TikTok from work phones", "staff will no longer be able to use it":
            # the staff are the order's object, not its author; "West Australian public servants have been
            # told to delete TikTok": their place is the government's
            place = next((x.code for x in mentions if x.kind in (COUNTRY, DEMONYM) and x.code and x.code != "CN" and x.end <= ts), None)
            agent = Agent("gov", place or default_code(text, ctx), "", 1, "context")
        if (
            typ in ("lawsuit", "investigation")
            and agent.kind == "gov"
            and (agent.jurisdiction or "").startswith("US")
            and _STATE_COALITION.search(text, max(0, ts - 90), ts)
        ):
            agent = Agent("gov", "US", "State attorneys general (coalition)", 2, "coalition")
        if agent.role == "local" and _LOCAL_VOTE.search(text, max(0, ts - 40), ts):
            # "the county commissioners unanimously voted to ban TikTok": a local body's vote is its decision
            cues["decision"] = True
            cues["weak"] = False
        if typ == "ban" and agent.role == "local":
            # a school board, council or county bans the app on what it runs: its devices and networks
            typ = "devices"
            if not cues["hypo"]:
                families.append("devices")
        if agent.kind == "private":
            if typ == "lawsuit":
                cand.append(make(PRIVATE, "lawsuit_by_government", m, agent, cues))
            continue
        if agent.kind == "target" and not passive:
            continue  # TikTok's own act ("TikTok is shuttering its Creator Fund")
        if agent.kind == "none":
            continue
        if (
            typ in ("fine", "findings")
            and agent.jurisdiction == "EU"
            and _EU_PRIVACY.search(text)
            and not _EU_OWN_BODY.search(text)
        ):
            agent = Agent("gov", "IE", "", agent.strength, agent.role)  # an "EU privacy fine" is the Irish regulator's
        if typ == "lawsuit" and agent.role == "court":
            agent = Agent("gov", ctx.default_jurisdiction, "", 0, "context")  # a court hears a suit; it does not bring one
        if typ == "lawsuit" and agent.role == "context":
            if ctx.prev_subject is None or is_title:
                continue  # "TikTok sued over teen deaths": who sued is not said here (families, more often than not)
            # "Seattle's school district says ... . A lawsuit was filed against TikTok ...": the previous sentence's subject
            code, actor, strength = ctx.prev_subject
            agent = Agent("gov", code, actor, max(1, strength - 1), "inherited")
        kind = ACTION
        if cues["hypo"]:
            kind = PROPOSED
        if agent.role == "bill" and not has_law:
            kind = PROPOSED  # "the bill bans TikTok": not yet law
        if agent.role == "chamber" or (agent.role == "legislature" and typ != "law" and _BILL_WORD.search(text)):
            kind = PROPOSED  # one chamber (or a legislature's bill) is not yet law
        if not has_law and _BILL_CONTENT.search(text[max(0, ts - 60) : ts]):
            kind = PROPOSED  # "a bill to force ByteDance to divest": the content of a bill
        if _LATEST_TO.match(m.group(0)) and _APPOSITIVE_BEFORE.search(text, max(0, ts - 8), ts) and text.find(",", te) != -1:
            cues["reference"] = True  # "Montana, the first state to ban TikTok, opens its session": an appositive recalling the act
        elif _LATEST_TO.match(m.group(0)):
            cues["weak"] = False
            cues["news"] = True
        ev = make(kind, typ, m, agent, cues)
        ev.notes.append(f"prio={prio}")
        cand.append(ev)

    # chamber passes a bill: a proposal
    for m in _find(_CHAMBER_PASS, text, low):
        agent = classify_agent(text, mentions, m.start(), m.end(), ctx, passive=False)
        bill_after = re.search(r"\b(?:bill|legislation|measure|act)\b", text[m.end() :], IC)
        if agent.kind == "gov" and agent.role in ("chamber", "legislature") and bill_after:
            whole = re.search(r"\bparliament\b", agent.actor, IC) and not re.search(r"\b(?:one|lower|upper)\b", text, IC)
            if agent.role == "legislature" and whole:
                continue  # a whole parliament passing a bill: handled as law_enacted
            cues = _cues(text, m.start(), m.end(), ctx)
            if cues["negated"]:
                continue
            cand.append(make(PROPOSED, _content_type(text), m, agent, cues))

    for m in proposals:
        if m.group(0).lower().startswith("plan") and _POSSESSED.search(text, max(0, m.start() - 20), m.start()):
            continue  # "the company's plan to expand": a noun, and not the government's
        if _EASING_CONTENT.match(text, m.end()):
            continue  # "proposes revisiting the ban", "calls for lifting the block": a proposal in TikTok's favour
        agent = classify_agent(text, mentions, m.start(), m.end(), ctx, passive=False)
        if agent.kind != "gov":
            continue
        cues = _cues(text, m.start(), m.end(), ctx)
        if cues["negated"] and not _RULE_OUT.search(m.group(0)):
            continue
        cand.append(make(PROPOSED, _content_type(text), m, agent, cues))

    for m in lifts:
        lift_passive = _is_passive(text, m.start(), m.group(0), mentions)
        agent = classify_agent(text, mentions, m.start(), m.end(), ctx, passive=lift_passive)
        if agent.kind != "gov":
            # "the president signed an order declaring that the sale meets the requirements": the declarer eases off
            left, _ = _window(text, m.start(), m.end())
            declared = _DECLARE.search(text, 0, left) if left > 0 else None
            declarer = None
            if declared is not None:
                declarer = _agent_from_mentions(text, mentions, [i for i, x in enumerate(mentions) if x.end <= left], ctx)
            if declared is not None and declarer is not None and not _HYPO.search(text[:left]):
                cues = _cues(text[:left], declared.start(), declared.end(), ctx)
                if not cues["negated"]:
                    cand.append(make(LIFTED, _content_type(text), m, declarer, cues))
                continue
        if agent.kind != "gov" and not (agent.kind == "none" and lift_passive):
            continue
        cues = _cues(text, m.start(), m.end(), ctx)
        if cues["negated"] or cues["hypo"]:
            continue
        if not re.search(
            r"\b(?:ban|bans|block|suspension|order|orders|restrictions?|TikTok|app|services?|deadline|enforcement|deal|"
            r"lawsuit|probe|sell|sale|divest\w*|"
            r"investigation|divestiture)\b",
            text if lift_passive else text[m.start() :],  # "TikTok unblocked in Azerbaijan": the object comes first
            IC,
        ):
            continue
        cand.append(make(LIFTED, _content_type(text), m, agent, cues))

    if not cand:
        return events
    return [_merge(cand, text, state_codes, families)]


def _merge(cand: list[Event], text: str, state_codes: set[str], families: list[str]) -> Event:
    """One event per sentence: enacted over lifted over proposed; the most specific type."""
    order = {ACTION: 0, LIFTED: 1, PROPOSED: 2, OTHER_COMPANY: 3, PRIVATE: 4}
    # a lift verb in the same sentence as the enact trigger wins ("withdrawing orders that sought to ban")
    lifted = [c for c in cand if c.kind == LIFTED and not c.background]
    acts = [c for c in cand if c.kind == ACTION]
    undo = (
        "revok", "rescind", "withdr", "lift", "restor", "revers", "paus", "delay", "approv", "unblock", "meet", "satisf", "fulfil",
        "extens", "extend", "halt", "grace", "reprieve", "postpon", "suspend", "stop", "freez",
    )
    if lifted and acts and any(
        c.trigger.lower().startswith(undo) and any(not c.actor or not a.actor or c.jurisdiction == a.jurisdiction for a in acts)
        for c in lifted
    ):
        best = lifted[0]
        return best
    cand.sort(key=lambda c: (order.get(c.kind, 9), c.background, _prio(c)))
    best = cand[0]
    if best.kind in (ACTION, PROPOSED):
        same = [c for c in cand if c.kind == best.kind and c.background == best.background]
        fam = families if best.kind == ACTION else [c.type for c in same]
        best.type = _resolve_type(fam or [c.type for c in same], text, best.jurisdiction, state_codes, best.start, best.end)
        strongest = max(same, key=lambda c: c.actor_strength)
        if strongest.actor_strength > best.actor_strength:
            best.jurisdiction, best.actor, best.actor_strength = strongest.jurisdiction, strongest.actor, strongest.actor_strength
        best.news_cue = any(c.news_cue for c in same)
        best.weak_future = all(c.weak_future for c in same)
    return best


def _prio(ev: Event) -> int:
    for n in ev.notes:
        if n.startswith("prio="):
            return int(n[5:])
    return 99


_TYPED: list[tuple[str, re.Pattern[str]]] = [
    ("devices", _DEVICE_TRIGGER),
    ("windup", _WINDUP),
    ("law", _LAW),
    ("fine", _FINE),
    ("lawsuit", _LAWSUIT),
    ("divest", _DIVEST),
    ("findings", _FINDINGS),
    ("investigation", _INVESTIGATION),
    ("regorder", _REG_ORDER),
    ("ban", _BAN),
]


def _is_device_ban(text: str) -> bool:
    return bool(_DEVICE.search(text)) or (bool(_STAFF.search(text)) and bool(_BAN.search(text) or _REMOVAL.search(text)))


def _resolve_type(types: list[str], text: str, jurisdiction: str | None, state_codes: set[str], start: int = 0, end: int = 0) -> str:
    """Map the raw trigger families of one sentence to an ``action_type``."""
    tset = set(types)
    focus = text[max(0, start - 100) : end + 220] if end else text
    regional = bool(jurisdiction and (jurisdiction in state_codes or "-" in jurisdiction))
    unconditional_ban = False
    for m in _BAN.finditer(text):
        if not _CONDITIONAL_BAN.search(text[max(0, m.start() - 40) : m.start()]):
            unconditional_ban = True
    device_trigger = "devices" in tset or (("ban" in tset or "regorder" in tset) and _is_device_ban(focus))
    if device_trigger and "windup" not in tset and "law" not in tset:
        return "ban_government_devices"
    if "windup" in tset:
        return "business_wind_up_order"
    if "law" in tset:
        # a bill signed into law is the law, whatever it bans ("signs bill to ban TikTok from state devices"); a
        # device ban inside a spending package is the device ban
        if _is_device_ban(focus):
            return "law_enacted" if re.search(r"\b(?:bill|legislation)\b", focus, IC) else "ban_government_devices"
        if unconditional_ban and re.search(
            r"\bban(?:s|ning)? (?:TikTok|the app)\b[^.]{0,40}\b(?:statewide|in the state|nationwide|"
            r"in the country|from operating|within)\b|\b(?:banning|blocking) (?:access to )?TikTok\b|prohibits? (?:TikTok|"
            r"the app)",
            text,
            IC,
        ):
            return "ban_regional" if regional else "ban_national"
        return "law_enacted"
    if "fine" in tset:
        return "fine_or_penalty"
    if "lawsuit" in tset:
        return "lawsuit_by_government"
    if "divest" in tset:
        return "divestiture_order"
    if "findings" in tset:
        return "other"
    if "investigation" in tset:
        return "investigation_opened"
    if "regorder" in tset and not _APP_BAN.search(text):
        return "regulatory_order"  # "ordered TikTok to suspend its e-commerce service": a feature, not the app
    if "ban" in tset and _ACTIVITY_BAN.search(focus) and not _APP_BAN.search(focus):
        return "regulatory_order"  # "bans goods transactions on social media platforms": an activity, not the app
    if "ban" in tset and unconditional_ban:
        if _EXEC_ORDER.search(text) and not re.search(r"\bban(?:s|ned|ning)?\b", text, IC):
            return "regulatory_order"
        return "ban_regional" if regional else "ban_national"
    if "regorder" in tset:
        return "regulatory_order"
    if "ban" in tset:
        return "ban_regional" if regional else "ban_national"
    return "other"


def _content_type(text: str) -> str:
    """Best-guess type of a proposal / lifted act from the sentence's content words."""
    if _is_device_ban(text):
        return "ban_government_devices"
    if _WINDUP.search(text):
        return "business_wind_up_order"
    if _DIVEST.search(text) and not re.search(r"\b(?:bill|law|legislation)\b", text, IC):
        return "divestiture_order"
    if re.search(r"\b(?:bill|law|legislation|act)\b", text, IC):
        return "law_enacted"
    if _INVESTIGATION.search(text) or re.search(r"\b(?:investigation|probe|inquiry)\b", text, IC):
        return "investigation_opened"
    if _FINE.search(text):
        return "fine_or_penalty"
    if re.search(r"\b(?:ban(?:s|ned|ning)?|block(?:s|ed|ing)?|prohibit\w*|outlaw\w*)\b", text, IC):
        return "ban_national"
    return "other"


def _blocked_type(text: str) -> str:
    """Type of the act a court rules on or TikTok challenges."""
    if _is_device_ban(text):
        return "ban_government_devices"
    if re.search(r"\b(?:wind[- ]up|dissolution|shutdown order)\b", text, IC):
        return "business_wind_up_order"
    if re.search(r"\b(?:executive order|Commerce Department|restrictions|prohibitions)\b", text, IC):
        return "regulatory_order"
    if re.search(r"\b(?:law|act|statute|legislation|SB \d+|Senate Bill)\b", text, IC):
        return "law_enacted"
    if re.search(r"\bfine\b", text, IC):
        return "fine_or_penalty"
    if re.search(r"\bban\b", text, IC):
        return "ban_national"
    return "other"
