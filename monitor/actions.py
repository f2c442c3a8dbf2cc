"""Sentence-level event extraction: who did what to TikTok, how sure, and when.

For each sentence :func:`sentence_events` finds trigger phrases (one table per action
type, plus proposals, court rulings, TikTok's own challenges, lifted bans and private
lawsuits), works out the agent (the government mention in subject position, or the
``by ...`` phrase of a passive), and reads the cues around the trigger:

* modality: "could ban", "is considering", "calls for", "bill would", "does not rule out"
  make a proposal; "will ban" is a *weak future*, settled later by decision cues;
* negation: "is not blocking access" is no event at all;
* time: "last year", "in 2023" (before the publication year), "had banned", "previously",
  a dated month more than ten days old make the event *background*; "on Wednesday",
  "today", "has ordered" make it *news*.

The article-level choice (which event is the news) is made by :mod:`monitor.analyze`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from monitor.gazetteer import AGENCY, ANAPHOR, CAPITAL, COMPANY, COUNTRY, DEMONYM, GOV_NOUN, OFFICIAL, TARGET, TITLE, Mention

IC = re.IGNORECASE

# ---------------------------------------------------------------------------- knowledge (monitor/data/english.yaml)
ENGLISH_PATH = Path(__file__).resolve().parent / "data" / "english.yaml"


def _load_english(path: Path = ENGLISH_PATH) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict) or "version" not in data or data.get("language") != "en":
        raise ValueError(f"{path}: not the English knowledge file (a mapping with 'version' and language: en is required)")
    for section in ("triggers", "objects", "cues"):
        for key, fragments in (data.get(section) or {}).items():
            if not isinstance(fragments, list) or not all(isinstance(f, str) for f in fragments):
                raise ValueError(f"{path}: {section}.{key} must be a list of pattern fragments")
    return data


_ENGLISH = _load_english()
ENGLISH_VERSION = str(_ENGLISH["version"])
_COMPILED: dict[tuple[str, str], re.Pattern[str]] = {}


def _pattern(section: str, key: str) -> re.Pattern[str]:
    """One pattern of english.yaml, its fragments joined, compiled case-insensitively (once)."""
    if (section, key) not in _COMPILED:
        try:
            _COMPILED[section, key] = re.compile("".join(_ENGLISH[section][key]), IC)
        except (KeyError, re.error) as exc:
            raise ValueError(f"{ENGLISH_PATH}: {section}.{key}: {exc}") from exc
    return _COMPILED[section, key]


# ---------------------------------------------------------------------------- event kinds
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
_BLOCKS_THE_APP = re.compile(r"^\s+(?:access\s+to\s+|the\s+use\s+of\s+)?(?:TikTok|ByteDance|Douyin|the (?:app|platform|application))\b", IC)
_COURT_PROCEDURAL = _pattern("triggers", "court_procedural")
# TikTok (or creators) go to court.
_CHALLENGE = _pattern("triggers", "challenge")
_CHALLENGE_OBJECT = _pattern("triggers", "challenge_object")
# Government eases off.
_LIFT = _pattern("triggers", "lift")

_PRIVATE = _pattern("triggers", "private_party")

# ---------------------------------------------------------------------------- cues
_HYPO = _pattern("cues", "hypothetical")
_REPORTED_WOULD = _pattern("cues", "reported_would")
_WEAK_FUTURE = _pattern("cues", "weak_future")
_DECISION = _pattern("cues", "decision")
_NEGATION = _pattern("cues", "negation")
_SINCE_PAST = _pattern("cues", "since_past")
# the reporting clause dates the news: "..., a spokesman said on Thursday"
_REPORTED_TODAY = _pattern("cues", "reported_today")
_CAUSE_CLAUSE = re.compile(r"\b(?:since|after|following|ever since|in the wake of)\s*$", IC)
_NEWS_CLAUSE = re.compile(
    r"\b(?:today|tonight|yesterday|this (?:morning|week)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", IC
)
_POSSESSED = re.compile(r"(?:'s|\b(?:its|their|his|her|the|a|an|this|that))\s+(?:[\w-]+\s+)?$", IC)
_JOINED_PAST = re.compile(r"(?:,\s*(?:but|and|then|before|after|until|when)|\b(?:before|after|until))\s*$", IC)
_DENIAL = _pattern("cues", "denial")
_PENDING = _pattern("cues", "pending")
_NOUN_BEFORE = _pattern("cues", "noun_before")
_NOUN_AFTER = _pattern("cues", "noun_after")
_BILL_WORD = _pattern("cues", "bill_word")
_BILL_CONTENT = _pattern("cues", "bill_content")
_ISSUED_INSTRUMENT = _pattern("cues", "issued_instrument")
_DESCRIPTIVE_ING = _pattern("cues", "descriptive_ing")
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


# A legal instrument as the subject: "The Executive Order bans TikTok", "A new federal law bars the app"
_INSTRUMENT_SUBJECT = re.compile(
    r"^\W*(?:the|a|an|this|that|its|his|her|their|[\w.]+'s)?\s*(?:[\w#.-]+\s+){0,4}?"
    r"(?P<noun>executive orders?|orders?|laws?|act|directive|decree|regulations?|rules?|ordinance|measure|legislation|statute|"
    r"bill|guidance|memo(?:randum)?|policy)(?:\s+(?:#?\d+|No\.\s*\d+|\([^)]{1,20}\)))?\s*(?:also\s+|now\s+|effectively\s+)?$",
    IC,
)
_APP_BAN = _pattern("objects", "app_ban")
_NOUNABLE = {"ban", "bans", "block", "blocks", "bar", "bars", "suspension"}
_POST_HYPO = _pattern("cues", "hypothetical_after")
_RULE_OUT = _pattern("cues", "rule_out")

_BG_STRONG = _pattern("cues", "background_strong")
_BG_WEAK = _pattern("cues", "background_weak")
_PAST_PERFECT = _pattern("cues", "past_perfect")
_REPORTED = _pattern("cues", "reported_past")
_NEWS = _pattern("cues", "news")
_REFERENCE = _pattern("cues", "reference")
_SUBORDINATE_LEFT = re.compile(
    r"(?:;|:|—|–|, (?:which|who|after|since|as|while|when|but|though|although|following|before|until|and|where|because|whereas)\b|"
    r"\b(?:after|since|following|before|because|although|though|while|whereas|when|unless|until|but)\b|\bthat\b)",
    IC,
)
_LEADING_SUBORDINATORS = frozenset(
    ("after", "since", "following", "before", "because", "although", "though", "while", "whereas", "when", "unless")
)
_RIGHT_BOUNDARY = re.compile(r"[;:—–()]|,\s|\b(?:after|since|following|as|while|when|because|but|although|though|amid|which|who)\b", IC)
_PRIVATE_SUBJECT_BAD = re.compile(
    r"\b(?:in|of|from|at|for|with|across|against|on|by|about|to|under|into|over|like|including|than)\s+(?:the\s+|an?\s+)?$", IC
)
_OF_COUNTRY = re.compile(r"^\s+(?:of|for)\s+(?:the\s+)?$", IC)
_QUAL_GAP = re.compile(r"^(?:'s|’s)?(?:\s+(?:[A-Za-z-]+|\([A-Z]+\))){0,3}\s*$")
_PASSIVE_INSIDE = re.compile(r"\b(?:was|were|been|being)\s+(?:formally\s+|officially\s+)?\w+(?:ed|en|un)$", IC)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|has been|have been|had been|will be|to be)\s+(?:\w+ly\s+|now\s+|also\s+|"
    r"already\s+)?$",
    IC,
)
_BY_AGENT = re.compile(r"^\W*(?:[\w$€£.,'-]+\s+){0,8}?by\s+", IC)
_PRONOUN_START = re.compile(
    r"^(?:\"?\s*)(?:[A-Z][^,]{0,30},\s*)?(?:It|He|She|They|We|he|she|it|they|The (?:ministry|government|department|agency|regulator|"
    r"watchdog|commission|state|authority|"
    r"authorities|court|order|decision|move|measure|law|bill|ban|administration|cabinet|council|office|service|minister|"
    r"president|governor|attorney general|prime minister|premier|[\w-]+ (?:agency|regulator|watchdog|authority|ministry|department)))\b",
    IC,
)
_DECLARE = re.compile(r"\b(?:declar\w*|determin\w*|certif\w*|rul(?:ed|es|ing)|find(?:s|ing)|found|deem\w*)\b", IC)
_ORDERED_TO = re.compile(
    r"\b(?:order|direct|instruct|tell|told|requir|forc|compel|ask|mandat|gave|give)\w*\s+(?:[\w'.,-]+\s+){1,6}?to\s+(?:\w+ly\s+)?$",
    IC,
)
_RELATIVE_END = re.compile(r",\s*(?:which|who)\s*$", IC)
_CLAUSE_PRONOUN = re.compile(
    r"^\s*(?:it|he|she|they|we|(?:his|her|its|their|our) (?:office|government|administration|ministry|department|agency|"
    r"team|state|cabinet)|the (?:state|office|agency|government|ministry|department|regulator|watchdog|authority|commission|"
    r"administration))\b",
    IC,
)
_FORWARD_BEFORE = re.compile(r"\b(?:until|by|effective|starting|beginning|from|before|deadline|through|till|as of)\s+(?:on\s+)?$", IC)
_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_DATE = re.compile(
    r"(?:\b(until|by|effective|starting|beginning|from|before|deadline|through|till|as of|on or before)\s+(?:on\s+)?)?"
    r"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|"
    r"Dec(?:ember)?)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?\b"
)
_DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:,?\s+(\d{4}))?\b"
)
_YEAR = re.compile(
    r"\b(?:(until|by|effective|starting|beginning|from|before|through|till|in early|in late)\s+)?(?:\w+\s+)?((?:19|20)\d{2})\b(?![-–/]\d)"
)

_REASON = re.compile(r"\b(?:for|over|dating|relating|related to|concerning|regarding|about|after|because of|due to)\b", IC)

_AGENT_KINDS = (AGENCY, OFFICIAL, GOV_NOUN, TITLE, COUNTRY, CAPITAL, DEMONYM)


@dataclass
class Context:
    """Article-level facts the sentence extractor needs."""

    published: date | None
    ref_year: int | None  # publication year, or the latest year the article mentions
    default_jurisdiction: str | None
    default_state: str | None
    has_eu: bool
    target_seen: bool = False
    target_topic: bool = False  # the title or the lead names the target
    target_listed: bool = False  # a lead sentence names TikTok among the apps concerned
    prev_agent: tuple[str | None, str, int] | None = None  # jurisdiction, actor, strength of the previous sentence
    date_slack: int = 0  # days of doubt in the publication date ("2023-09" is any day of September)
    prev_subject: tuple[str | None, str, int] | None = None  # a government subject of the previous body sentence


@dataclass
class Agent:
    """Who acts in a clause."""

    kind: str  # gov | target | private | none
    jurisdiction: str | None = None
    actor: str = ""
    strength: int = 0
    role: str = ""
    mention: Mention | None = None


# ---------------------------------------------------------------------------- helpers
def _is_compound(text: str, m: Mention) -> bool:
    """'Chinese-owned', 'Beijing-based', 'U.S.-listed': an adjective, not an actor."""
    return text[m.end : m.end + 1] == "-" and not text[m.end : m.end + 3].startswith("- ")


_BODY_OF = re.compile(
    r"\b(?:state|government|people|republic|commonwealth|kingdom|province|city|parliament|ministry|cabinet) of\s+(?:the\s+)?$", IC
)


# "a coalition of state attorneys general", "a group of 14 attorneys general": the group is the government
_COLLECTIVE_OF = re.compile(r"\b(?:coalition|group|number|alliance|dozens|handful|majority|consortium) of\s+(?:[\w-]+\s+){0,2}$", IC)
_MODIFIER_USE = re.compile(
    r"^[\s-]+(?:orders?|decisions?|directives?|decrees?|guidance|memo(?:randum)?s?|polic(?:y|ies)|rules?|regulations?|"
    r"devices?|phones?|networks?|systems?|equipment|employees|staff|workers|contractors|agencies|branch agencies|offices)\b",
    IC,
)


def _preceded_by_preposition(text: str, m: Mention) -> bool:
    before = text[max(0, m.start - 30) : m.start]
    if _BODY_OF.search(before) or _COLLECTIVE_OF.search(before):
        return False
    return bool(_PRIVATE_SUBJECT_BAD.search(before))


def qualified_code(text: str, mentions: list[Mention], idx: int) -> str | None:
    """Jurisdiction of a generic noun/title from a country next to it ("Italy's regulator", "Government of Canada")."""
    m = mentions[idx]
    if m.code:
        return m.code
    # look left: "Canadian Innovation Minister", "Italy's competition authority", "Texas Attorney General"
    j = idx - 1
    while j >= 0 and idx - j <= 3:
        p = mentions[j]
        gap = text[p.end : m.start]
        if len(gap) > 40 or not _QUAL_GAP.match(gap):
            break
        if p.kind in (COUNTRY, DEMONYM, CAPITAL, AGENCY) and p.code and not _is_compound(text, p):
            return p.code
        if p.kind not in (TITLE, GOV_NOUN, OFFICIAL):
            break
        j -= 1
    # look right: "Government of Canada", "attorney general of Texas", "the school district in Seattle"
    if idx + 1 < len(mentions):
        n = mentions[idx + 1]
        gap = text[m.end : n.start]
        if n.kind in (COUNTRY, DEMONYM, CAPITAL) and n.code and (
            _OF_COUNTRY.match(gap) or (m.entry.role == "local" and re.match(r"^\s+in\s+$", gap))
        ):
            return n.code
    return None


def _agent_from_mentions(text: str, mentions: list[Mention], idxs: list[int], ctx: Context, by_phrase: bool = False) -> Agent | None:
    """The government agent among the given mention indices: the first one in subject position
    (or, with ``by_phrase``, the first one of a passive's "by ..." phrase)."""
    for i in idxs:
        m = mentions[i]
        if m.kind not in _AGENT_KINDS or _is_compound(text, m):
            continue
        if not by_phrase and _preceded_by_preposition(text, m):
            continue
        if (
            m.kind in (GOV_NOUN, TITLE)
            and i + 1 < len(mentions)
            and mentions[i + 1].kind in (OFFICIAL, AGENCY)
            and mentions[i + 1].start - m.end <= 2
            and mentions[i + 1].code
        ):
            continue  # "President Joe Biden", "Attorney General Ken Paxton": the name decides
        if m.kind in (GOV_NOUN, TITLE) and _MODIFIER_USE.match(text[m.end : m.end + 20]):
            continue  # "the Executive Order bans ...", "government devices must ...": a modifier, not the actor
        if m.kind == CAPITAL:
            after = text[m.end : m.end + 12]
            if not re.match(r"(?:'s\b|\s+(?:has|have|is|was|will|had|on|\w+s\b|\w+ed\b))", after):
                continue
        if m.kind == DEMONYM:
            code = qualified_code(text, mentions, i + 1) if i + 1 < len(mentions) else None
            if not (i + 1 < len(mentions) and mentions[i + 1].kind in (GOV_NOUN, TITLE, AGENCY) and code):
                continue
        code = m.code
        strength = 3 if m.kind in (AGENCY, OFFICIAL) else 2
        role = m.entry.role
        if m.kind in (GOV_NOUN, TITLE):
            code = qualified_code(text, mentions, i)
            strength = 2 if code else 1
            if code is None:
                code = _context_code(role, m.text, ctx)
        if m.kind == AGENCY and m.entry.role == "law":
            continue  # "Digital Services Act": evidence of the EU, not an actor
        if m.kind == COUNTRY and role == "place":
            role = "country"
        if (
            m.kind == COUNTRY
            and i + 1 < len(mentions)
            and mentions[i + 1].kind in (GOV_NOUN, TITLE, AGENCY, OFFICIAL)
            and _QUAL_GAP.match(text[m.end : mentions[i + 1].start])
            and mentions[i + 1].start - m.end <= 30
        ):
            nxt = mentions[i + 1]
            role = nxt.entry.role or role
            if nxt.kind in (AGENCY, OFFICIAL):
                strength = 3
        return Agent("gov", code, _actor_name(text, mentions, i), strength, role, m)
    return None


def _context_code(role: str, surface: str, ctx: Context) -> str | None:
    low = surface.lower()
    state_level = low in (
        "gov.",
        "governor",
        "attorney general",
        "attorney-general",
        "ag",
        "state legislature",
        "legislature",
        "state government",
        "attorneys general",
    )
    if ctx.default_state and (state_level or ctx.default_jurisdiction == ctx.default_state):
        return ctx.default_state
    if low == "commission" and ctx.has_eu:
        return "EU"
    return ctx.default_jurisdiction


_ACTOR_LEFT_GAP = re.compile(r"^(?:'s)?(?:\s+(?:[A-Z][\w.-]*|\([A-Z]+\)|[a-z-]+)){0,2}\s*$")
_ACTOR_RIGHT_GAP = re.compile(r"^(?:\s+|\s+of\s+(?:the\s+)?|'s\s+)$")
_NOT_IN_ACTOR = re.compile(
    r"^(?:the|a|an|and|or|to|has|have|had|is|was|were|are|will|would|on|in|at|by|for|with|from|said|says|that|who|which|"
    r"\w+ed|\w+ing)$",
    IC,
)
# Headline words that are capitalised but are no part of a name ("Governor Hogan Issues Directive").
_HEADLINE_VERB = re.compile(
    r"^(?:announces?|bans?|signs?|orders?|fines?|sues?|issues?|says?|blocks?|files?|launches?|opens?|moves?|wants?|calls?|"
    r"urges?|takes?|tells?|asks?|seeks?|plans?|vows?|warns?|targets?|hits?|slaps?|imposes?|requires?|demands?|probes?|"
    r"bars?|prohibits?|restricts?|approves?|passes?|joins?|follows?|over|on|in|to|for|after|as|and|of|the|with|from|by|"
    r"filing|lawsuit|ban|tiktok|bytedance|executive|order|directive|decree|law|act|statement|release|office|\w+ing|\w*'s)$"
)
_OF_NAME = re.compile(r"^\s+of\s+(?:the\s+)?((?:[A-Z][\w'.-]*|and|for|of|the|,)(?:\s*(?:[A-Z][\w'.-]*|and|for|of|the|,)){0,6})")


def _actor_name(text: str, mentions: list[Mention], i: int) -> str:
    """A named actor: the mention with its qualifier, an "of ..." complement and a following name
    ("Industry Minister François-Philippe Champagne", "Government of Canada", "Ministry of Digital Development").
    Never runs on into the rest of the clause ("President Trump issued an executive" is "President Trump")."""
    m = mentions[i]
    start, end = m.start, m.end
    j = i - 1
    while j >= 0 and mentions[j].kind in (COUNTRY, DEMONYM, TITLE, GOV_NOUN, AGENCY):
        gap = text[mentions[j].end : start]
        if len(gap) > 25 or not _ACTOR_LEFT_GAP.match(gap) or any(_NOT_IN_ACTOR.match(w) for w in gap.replace("'s", " ").split()):
            break
        start = mentions[j].start
        j -= 1
    k = i
    while k + 1 < len(mentions) and mentions[k + 1].kind in (TITLE, GOV_NOUN, AGENCY, OFFICIAL, COUNTRY):
        nxt = mentions[k + 1]
        gap = text[mentions[k].end : nxt.start]
        if not _ACTOR_RIGHT_GAP.match(gap):
            break
        if nxt.kind == COUNTRY and " of " not in gap:
            break
        k += 1
        end = nxt.end
        m = nxt
    if m.kind in (TITLE, GOV_NOUN) and not text[end : end + 4].startswith(" of "):
        # a title followed by a name: "Governor Glenn Youngkin", "Kansas Attorney General Kris Kobach"
        words = re.match(r"((?:\s+[A-Z][\w'.-]*){1,3})", text[end : end + 60])
        if words and m.kind == TITLE:
            for tok in words.group(1).split():
                if _HEADLINE_VERB.match(tok.lower()):
                    break
                end = text.index(tok, end) + len(tok)
    of = _OF_NAME.match(text[end : end + 80])
    if of and m.kind in (GOV_NOUN, AGENCY, TITLE) and m.text[:1].isupper():
        # "Ministry of Digital Development", "Minister of Innovation, Science and Industry"
        name = re.sub(r"(?:\s*(?:,|and|for|of|the))+$", "", of.group(1))
        if name:
            end = end + of.start(1) + len(name)
    return text[start:end].strip(" ,")


def _window(text: str, ts: int, te: int) -> tuple[int, int]:
    """The clause around a trigger: left to the last subordinate boundary, right to the next boundary."""
    left = 0
    last: re.Match[str] | None = None
    for b in _SUBORDINATE_LEFT.finditer(text, 0, ts):
        last = b
    if last is not None:
        left = last.end()
        word = last.group(0).strip(" ,").lower()
        if word in ("which", "who") and last.group(0).startswith(",") and ", " in text[left:ts]:
            # "The authority, which also deals with consumers, imposed a fine": the relative clause closed before the trigger
            left, _ = _window(text, last.start(), last.start())
        elif last.start() <= 1 and word in _LEADING_SUBORDINATORS:
            # "While Congress delays, the governor issues a directive": the main clause starts after the comma
            comma = text.find(", ", left, ts)
            if comma != -1:
                left = comma + 2
    # a leading adverbial ("In 2023, ...", "Last week, ...") belongs to the main clause
    if left > 0 and re.match(r"^[^,]{0,40},\s*$", text[:left]):
        left = 0
    right = len(text)
    rb = _RIGHT_BOUNDARY.search(text, te)
    if rb:
        right = rb.start()
    return left, right


def _parse_month(token: str) -> int:
    return _MONTHS[token[:3].lower()]


def _date_background(text: str, published: date | None, ref_year: int | None, slack: int = 0) -> tuple[bool, bool]:
    """(background, news) from explicit dates and years relative to the publication date."""
    bg = False
    news = False
    if published is not None:
        candidates: list[tuple[str | None, int, int | None, int | None]] = []
        for m in _DATE.finditer(text):
            if m.group(2) == "May" and not (m.group(3) or m.group(4) or m.group(1)):
                continue
            candidates.append(
                (m.group(1), _parse_month(m.group(2)), int(m.group(3)) if m.group(3) else None, int(m.group(4)) if m.group(4) else None)
            )
        for m in _DAY_MONTH.finditer(text):
            fwd = _FORWARD_BEFORE.search(text[max(0, m.start() - 25) : m.start()])
            candidates.append(
                (fwd.group(0) if fwd else None, _parse_month(m.group(2)), int(m.group(1)), int(m.group(3)) if m.group(3) else None)
            )
        for forward, month, day, year in candidates:
            if forward:
                continue
            if year is None:
                # the nearest such date: up to three months ahead, otherwise in the past year
                try:
                    ahead = date(published.year, month, day or 1)
                except ValueError:
                    continue
                year = published.year if (ahead - published).days <= 92 else published.year - 1
            try:
                when = date(year, month, day or 1)
            except ValueError:
                continue
            if (when - published).days > 3 + slack:
                continue  # a future date: a deadline or a start date
            if day is None:
                if (year, month) < (published.year, published.month) and (published - date(year, month, 28)).days > 10 + slack:
                    bg = True
                elif (year, month) == (published.year, published.month):
                    news = True
            else:
                delta = (published - when).days
                if delta > 10 + slack:
                    bg = True
                elif -3 - slack <= delta <= 10 + slack:
                    news = True
    if ref_year is not None:
        for m in _YEAR.finditer(text):
            if m.group(1):
                continue
            if int(m.group(2)) < ref_year:
                bg = True
    return bg, news


# ---------------------------------------------------------------------------- main entry
def classify_agent(text: str, mentions: list[Mention], ts: int, te: int, ctx: Context, passive: bool) -> Agent:
    """Who performs the trigger at ``text[ts:te]``."""
    if passive:
        by = _BY_AGENT.match(text[te:])
        if by:
            after = te + by.end()
            idxs = [i for i, m in enumerate(mentions) if after <= m.start < after + 80]
            # the first government mention after "by" (with its qualifier)
            for n, i in enumerate(idxs):
                lead_in = text[after : mentions[i].start]
                if n == 0 and not re.match(r"^(?:the\s+|a\s+|an\s+)?$", lead_in, IC) and _PRIVATE.search(lead_in):
                    return Agent("private")  # "sued by a group of parents in Texas"
                ag = _agent_from_mentions(text, mentions, [i], ctx, by_phrase=True)
                if ag:
                    # prefer the fuller "European Union regulator" / "Irish Data Protection Commission"
                    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
                    if nxt is not None and nxt.kind in (GOV_NOUN, TITLE, AGENCY) and nxt.start - mentions[i].end < 30:
                        ag2 = _agent_from_mentions(text, mentions, [i + 1], ctx, by_phrase=True)
                        if ag2:
                            return ag2
                    return ag
            if _PRIVATE.search(text[after : after + 60]):
                return Agent("private")
        idxs = [i for i, m in enumerate(mentions) if m.kind in _AGENT_KINDS]
        ag = _agent_from_mentions(text, mentions, idxs, ctx)
        if ag:
            ag.strength = min(ag.strength, 2)
            return ag
        return Agent("gov", ctx.default_jurisdiction, "", 0, "context")
    left, _ = _window(text, ts, te)
    # subject region: clause start .. trigger
    region = [i for i, m in enumerate(mentions) if left <= m.start and m.end <= ts]
    subj_text = text[left:ts]
    first_actorish = None
    ordered = _ORDERED_TO.search(subj_text)  # "ordered TikTok to dissolve": TikTok is the object of the order
    for i in region:
        m = mentions[i]
        if ordered and m.start >= left + ordered.start():
            break
        if m.kind in (TARGET, ANAPHOR) and not _is_compound(text, m) and not _preceded_by_preposition(text, m):
            if first_actorish is None:
                first_actorish = ("target", m.start)
        elif first_actorish is None and (
            m.kind in (AGENCY, OFFICIAL, GOV_NOUN, TITLE)
            or (m.kind in (COUNTRY, CAPITAL) and not _preceded_by_preposition(text, m) and not _is_compound(text, m))
        ):
            first_actorish = ("gov", m.start)
    pm = _PRIVATE.search(subj_text)
    if pm and re.match(r"(?:a group of|coalition of)$", pm.group(0), IC):
        gov_next = [m for m in mentions if left + pm.end() <= m.start <= left + pm.end() + 25 and m.kind in _AGENT_KINDS]
        if gov_next:
            pm = None  # "a coalition of state attorneys general"
    insiders = pm is not None and re.search(r"\b(?:users|employees|staff|workers)\b", pm.group(0), IC)
    if pm and (first_actorish is None or left + pm.start() < first_actorish[1]) and not insiders:
        return Agent("private")
    if pm and first_actorish is None:
        return Agent("private")
    if first_actorish and first_actorish[0] == "target":
        # "TikTok filed a lawsuit", unless a government mention sits between ("TikTok, the state said, ...")
        gov_after = [i for i in region if mentions[i].start > first_actorish[1] and mentions[i].kind in (AGENCY, OFFICIAL, GOV_NOUN, TITLE)]
        if not gov_after:
            return Agent("target")
    ag = _agent_from_mentions(text, mentions, region, ctx)
    if ag:
        return ag
    if left > 0 and not region and _RELATIVE_END.search(text, 0, left):
        # "the Federal Trade Commission, which has referred a complaint": the antecedent acts
        before = [i for i, m in enumerate(mentions) if m.end <= left]
        if before:
            ante = _agent_from_mentions(text, mentions, before[-2:][::-1], ctx)
            if ante:
                return ante
    inst = _INSTRUMENT_SUBJECT.match(text[left:ts])
    if inst:
        # the instrument acts for whoever issued it: the previous sentence's actor, or the article's government
        role = "bill" if inst.group("noun").lower() == "bill" else "instrument"
        if ctx.prev_agent:
            code, actor, strength = ctx.prev_agent
            return Agent("gov", code, actor, max(1, strength - 1), role)
        return Agent("gov", ctx.default_jurisdiction, "", 1, role)
    if left > 0 and _CLAUSE_PRONOUN.match(text[left:ts]):
        # "the attorney general announced that his office has filed a lawsuit": the main clause's subject acts
        main = _agent_from_mentions(text, mentions, [i for i, m in enumerate(mentions) if m.end <= left], ctx)
        if main:
            return main
    if _PRONOUN_START.match(text[left:]) or (left == 0 and _PRONOUN_START.match(text)):
        if ctx.prev_agent:
            code, actor, strength = ctx.prev_agent
            return Agent("gov", code, actor, max(1, strength - 1), "inherited")
        return Agent("gov", ctx.default_jurisdiction, "", 1, "context")
    return Agent("none")


def sentence_subject(text: str, mentions: list[Mention], ctx: Context) -> tuple[str | None, str, int] | None:
    """The government that opens a sentence as its subject ("Seattle's public school district contends ..."), if any."""
    idxs = [i for i, m in enumerate(mentions) if m.start < 40 and m.kind in _AGENT_KINDS]
    if not idxs or any(m.kind in (TARGET, ANAPHOR, COMPANY) and m.start < mentions[idxs[0]].start for m in mentions):
        return None
    ag = _agent_from_mentions(text, mentions, idxs[:1], ctx)
    return (ag.jurisdiction, ag.actor, ag.strength) if ag else None


def _has_target(mentions: list[Mention], ctx: Context) -> bool:
    if any(m.kind == TARGET for m in mentions):
        return True
    return ctx.target_seen and any(m.kind == ANAPHOR for m in mentions)


_OBJECT_END = re.compile(
    r"[;:.]|\b(?:in a|which|that|who|whose|after|while|because|as|amid|saying|citing|arguing|accusing|alleging|to|over|for|"
    r"following|days|weeks)\b",
    IC,
)


_BAN_VERB = re.compile(r"^(?:ban|block|bar|prohibit|outlaw|suspend|forbid)(?:s|ned|red|ed|ing|ning|ring)?$", IC)
_OBJECT_OK = re.compile(
    r"^\s*(?:it|them|its use|their use|access|use|the use|(?:the )?(?:new )?downloads?|(?:the )?download(?:ing)?|(?:the )?install\w*|"
    r"(?:the )?(?:use|downloading|installation|operation|operations|sale|distribution) of)\b",
    IC,
)


def _bans_something_else(text: str, mentions: list[Mention], ts: int, te: int) -> bool:
    """A ban verb in the active voice whose object (the next words) is neither TikTok, the app, apps in general nor "it"."""
    if _PASSIVE_BEFORE.search(text[max(0, ts - 30) : ts]) or _OBJECT_OK.match(text[te:]):
        return False
    if text[ts:te].lower().endswith("ed") and any(m.kind in (TARGET, ANAPHOR) and m.end <= ts for m in mentions):
        return False  # "ordered TikTok and PUBG banned": a participle whose subject came first
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


def _is_passive(text: str, ts: int, trigger: str, mentions: list[Mention]) -> bool:
    if trigger.split()[0].lower().endswith("ing"):
        return False  # "six families are suing TikTok": progressive, not passive
    if _PASSIVE_INSIDE.search(trigger):
        return True  # "an investigation into TikTok was launched (by ...)"
    if _PASSIVE_BEFORE.search(text[max(0, ts - 30) : ts]):
        return True
    # headline passive: "TikTok banned from UK government phones", "TikTok Sued by ..."
    first = trigger.split()[0].lower()
    if first.endswith("ed") or first in ("shut", "hit"):
        before = text[:ts].rstrip()
        for m in mentions:
            if m.kind in (TARGET, ANAPHOR) and before.endswith(m.text) and not re.search(r"\b(?:has|have|had)\s*$", before):
                return True
        if re.match(r"^\s*(?:[\w'-]+\s+){0,6}by\b", text[ts + len(trigger) :]):
            return True
    return False


def _cues(text: str, ts: int, te: int, ctx: Context) -> dict[str, bool]:
    left, right = _window(text, ts, te)
    pre = text[left:ts]
    post = text[te : min(len(text), te + 45)]
    clause = text[left:right]
    hypo = bool(_HYPO.search(pre)) or bool(_POST_HYPO.search(post))
    rule_out = bool(_RULE_OUT.search(text[left : te + 10]))
    reported_would = bool(_REPORTED_WOULD.search(text[:te]))
    if hypo and not rule_out and reported_would:
        # "announced that the government would shut down": the would is a backshifted will
        stripped = re.sub(r"\bwould\b", "", pre, flags=IC)
        hypo = bool(_HYPO.search(stripped)) or bool(_POST_HYPO.search(post))
    weak = bool(_WEAK_FUTURE.search(pre + text[ts:te])) or reported_would
    if _PENDING.search(text):
        hypo = True
    negated = (bool(_NEGATION.search(pre)) and not rule_out) or bool(_DENIAL.search(text))
    bg_strong = bool(_BG_STRONG.search(clause))
    bg_weak = bool(_BG_WEAK.search(pre)) or bool(re.search(r"^\s*(?:\w+\s+){0,3}?(?:also|too)\b", post, IC))
    past_perfect = bool(_PAST_PERFECT.search(pre + text[ts:te])) and not _REPORTED.search(text[:te])
    if not past_perfect and re.search(r"\b(?:before|after|when|until|since)\s*$", text[:left], IC):
        # "Montana had banned the app before a court blocked the law": the clause shares the main clause's past
        past_perfect = bool(_PAST_PERFECT.search(text[:left])) and not _REPORTED.search(text[:left])
    # dates inside the reason ("fined for breaches dating to 2020") do not date the act
    reason = _REASON.search(text, te, right)
    date_bg, date_news = _date_background(text[left : reason.start() if reason else right], ctx.published, ctx.ref_year, ctx.date_slack)
    news = bool(_NEWS.search(text[:right])) or date_news or bool(_REPORTED_TODAY.search(text, right))
    reference = bool(_REFERENCE.search(pre))
    if left > 20 and _CAUSE_CLAUSE.search(text, 0, left) and not _NEWS_CLAUSE.search(text, left, right):
        reference = True  # "support has fallen since President Biden signed a law ...": the act explains the main clause
    since = _SINCE_PAST.match(text, te)
    if since and ctx.ref_year is not None and since.group(1) and int(since.group(1)) < ctx.ref_year:
        bg_strong = True  # "TikTok has been blocked in India since 2020": a state that began in the past
    elif since and not since.group(1):
        bg_strong = True  # "banned since last year"
    background = bg_strong or date_bg or past_perfect or (bg_weak and not news)
    if not background and not news and left > 0 and _JOINED_PAST.search(text, 0, left):
        # "Montana banned TikTok in 2023, but a judge blocked the law": the second clause shares the first's past
        prior_bg, _ = _date_background(text[:left], ctx.published, ctx.ref_year, ctx.date_slack)
        background = prior_bg or bool(_BG_STRONG.search(text[:left]))
    decision = bool(_DECISION.search(text))
    return {
        "hypo": hypo or rule_out,
        "weak": weak,
        "negated": negated,
        "background": background,
        "news": news and not background,
        "reference": reference,
        "decision": decision,
    }


# Cheap gates: a trigger table runs only when one of its stems is in the lower-cased sentence (english.yaml).
_GATE_OF: dict[int, tuple[str, ...]] = {id(_pattern("triggers", key)): tuple(stems) for key, stems in _ENGLISH["gates"].items()}


def _find(regex: re.Pattern[str], text: str, low: str | None = None) -> list[re.Match[str]]:
    stems = _GATE_OF.get(id(regex))
    if stems is not None and low is not None and not any(st in low for st in stems):
        return []
    return list(regex.finditer(text))


def sentence_events(
    text: str, mentions: list[Mention], ctx: Context, *, index: int, body_index: int, is_title: bool, state_codes: set[str]
) -> list[Event]:
    """All events of one sentence."""
    events: list[Event] = []
    has_target = _has_target(mentions, ctx)
    if (
        not has_target
        and ctx.target_topic
        and body_index < 3
        and _GENERIC_OBJECT.search(text)
        and (ctx.target_listed or not _COUNTED_APPS.search(text))
        and not any(m.kind == COMPANY for m in mentions)
    ):
        has_target = True  # "parliament passed a bill banning children from social media" in a TikTok article
    if not has_target:
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
        for regex, kind in ((_COURT_UPHOLD, COURT_UPHOLD), (_COURT_PROCEDURAL, PROCEDURAL), (_COURT_BLOCK, COURT_BLOCK)):
            for m in _find(regex, text, low):
                cues = _cues(text, m.start(), m.end(), ctx)
                if cues["negated"] and kind != PROCEDURAL:
                    continue
                agent = classify_agent(text, mentions, m.start(), m.end(), ctx, passive=_is_passive(text, m.start(), m.group(0), mentions))
                court_before = any(x.entry.role == "court" and x.end <= m.start() for x in mentions) or agent.role == "court"
                if not court_before:
                    continue
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
                    state = next((c for c in places if "-" in c), None) or (
                        ctx.default_state if agent.jurisdiction in (None, "US") else None
                    )
                    if state:
                        agent.jurisdiction = state
                events.append(make(k, typ, m, agent, cues))
                break
        if events:
            return events

    # --- TikTok (or creators) challenge a government act in court
    for m in _find(_CHALLENGE, text, low):
        agent = classify_agent(text, mentions, m.start(), m.end(), ctx, passive=False)
        creators = bool(re.search(r"\b(?:creators|users|influencers)\b", text[: m.start()], IC))
        if agent.kind == "target" or (agent.kind == "private" and creators):
            if not _CHALLENGE_OBJECT.search(text[m.start() :]):
                continue
            cues = _cues(text, m.start(), m.end(), ctx)
            if cues["negated"]:
                continue
            if cues["hypo"] or (cues["weak"] and not cues["news"]):
                continue  # "TikTok vows to challenge the order in court"
            events.append(make(CHALLENGE, _blocked_type(text), m, agent, cues))
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
        if word in _NOUNABLE and (_NOUN_BEFORE.search(text[max(0, ts - 30) : ts]) or _NOUN_AFTER.match(text[te : te + 30])):
            continue  # "the ban", "a TikTok ban", "as ban looms": a reference, not an act
        if (
            word.endswith("ing")
            and _DESCRIPTIVE_ING.search(text[max(0, ts - 30) : ts])
            and not _ISSUED_INSTRUMENT.search(text[max(0, ts - 80) : ts])
        ):
            continue  # "rules prohibiting e-commerce": describes an existing rule (but "signed orders banning ..." is the act)
        if typ == "ban" and _BAN_VERB.match(word) and _bans_something_else(text, mentions, ts, te):
            continue  # "sued Meta to block its acquisition of a start-up": the block is not of TikTok
        if typ == "ban" and _CONDITIONAL_BAN.search(text[max(0, ts - 40) : ts]):
            cues = _cues(text, ts, te, ctx)
            cues["hypo"] = True
        else:
            cues = _cues(text, ts, te, ctx)
        if cues["negated"]:
            continue
        if not cues["hypo"]:
            families.append(typ)
        if _object_is_other_company(text, mentions, te) and typ not in ("law", "devices"):
            agent = classify_agent(text, mentions, ts, te, ctx, passive=_is_passive(text, ts, m.group(0), mentions))
            end = _OBJECT_END.search(text, te)
            stop = end.start() if end else len(text)
            if agent.kind == "gov" and not any(x.kind == TARGET and te < x.start < stop for x in mentions):
                cand.append(make(OTHER_COMPANY, typ, m, agent, cues))
                continue
        passive = _is_passive(text, ts, m.group(0), mentions)
        agent = classify_agent(text, mentions, ts, te, ctx, passive)
        if agent.kind == "private":
            if typ == "lawsuit":
                cand.append(make(PRIVATE, "lawsuit_by_government", m, agent, cues))
            continue
        if agent.kind == "target" and not passive:
            continue  # TikTok's own act ("TikTok is shuttering its Creator Fund")
        if agent.kind == "none":
            continue
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
        if _LATEST_TO.match(m.group(0)):
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
        agent = classify_agent(text, mentions, m.start(), m.end(), ctx, passive=False)
        if agent.kind != "gov":
            continue
        cues = _cues(text, m.start(), m.end(), ctx)
        if cues["negated"] and not _RULE_OUT.search(m.group(0)):
            continue
        cand.append(make(PROPOSED, _content_type(text), m, agent, cues))

    for m in lifts:
        agent = classify_agent(text, mentions, m.start(), m.end(), ctx, passive=_is_passive(text, m.start(), m.group(0), mentions))
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
        if agent.kind != "gov" and not (agent.kind == "none" and _is_passive(text, m.start(), m.group(0), mentions)):
            continue
        cues = _cues(text, m.start(), m.end(), ctx)
        if cues["negated"] or cues["hypo"]:
            continue
        if not re.search(
            r"\b(?:ban|bans|block|suspension|order|orders|restrictions?|TikTok|app|services?|deadline|enforcement|deal|"
            r"lawsuit|probe|"
            r"investigation|divestiture)\b",
            text[m.start() :],
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
    undo = ("revok", "rescind", "withdr", "lift", "restor", "revers", "paus", "delay", "approv", "unblock", "meet", "satisf", "fulfil")
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
    if "devices" in tset or (("ban" in tset or "regorder" in tset or "law" in tset) and _is_device_ban(focus) and "windup" not in tset):
        return "ban_government_devices"
    if "windup" in tset:
        return "business_wind_up_order"
    if "law" in tset:
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


