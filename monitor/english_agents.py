"""Who acts in a clause, and the name an alert gives them.

:func:`classify_agent` finds the agent of a trigger: the government mention in subject position,
the "by ..." phrase of a passive, the antecedent of "which" or of a pronoun, the issuer of a
legal instrument ("The Executive Order bans ..."), or a private party or TikTok itself.
:func:`_actor_name` turns the mention into a named body or official ("Kansas Attorney General
Kris Kobach", "Government of Canada", "Ministry of Digital Development"), never a run of the
sentence ("President Trump issued an executive").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.english_cues import Context, _window
from monitor.english_knowledge import IC, _pattern
from monitor.gazetteer import AGENCY, ANAPHOR, CAPITAL, COMPANY, COUNTRY, DEMONYM, GOV_NOUN, OFFICIAL, TARGET, TITLE, Mention

_PRIVATE = _pattern("triggers", "private_party")
# a local body named by its place ("the city of Fountain Hills", "Shelby County"): a local government
_LOCAL_BODY = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[Cc]ity|[Tt]own|[Vv]illage|[Bb]orough|[Tt]ownship|[Cc]ounty|[Mm]unicipality)\s+of\s+[A-Z][\w.'-]+"
    r"(?:\s+[A-Z][\w.'-]+){0,2}|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:County|Parish|Township|Borough)\b"
    r"(?!\s+(?:residents?|students?|employees|teachers|parents|man|woman|native|jail|sheriff|court|judge|fair|line)\b)"
)

# A legal instrument as the subject: "The Executive Order bans TikTok", "A new federal law bars the app"
_INSTRUMENT_SUBJECT = re.compile(
    r"^\W*(?:the|a|an|this|that|its|his|her|their|[\w.]+'s)?\s*(?:[\w#.-]+\s+){0,4}?"
    r"(?P<noun>executive orders?|orders?|laws?|act|directive|decree|regulations?|rules?|ordinance|measure|legislation|statute|"
    r"bill|guidance|memo(?:randum)?|policy)(?:\s+(?:#?\d+|No\.\s*\d+|\([^)]{1,20}\)))?\s*(?:also\s+|now\s+|effectively\s+)?$",
    IC,
)

# The act's scope is a state's own government: "state-issued devices", "state employees", "state networks"
_STATE_SCOPE = re.compile(
    r"\bstate[- ](?:issued|owned|government|agenc(?:y|ies)|employees|workers|networks?|devices|phones|computers|equipment)\b", IC
)


def default_code(text: str, ctx: Context) -> str | None:
    """The article's government for an act whose sentence names none: its state when the act's scope
    is the state's own ("bans TikTok on state-issued devices" in a New Hampshire story), else its country."""
    if ctx.default_state and _STATE_SCOPE.search(text):
        return ctx.default_state
    return ctx.default_jurisdiction


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

# a bare "app", "platform" or "service" right before the verb is its subject (headline style: "as app shuts down")
_APP_SUBJECT = re.compile(r"(?:^|[^\w'-])(?<!civil )(?<!public )(?:app|platform|service|video app|video-sharing app)\s+(?:\w+ly\s+)?$", IC)
_PARTY_STATE = re.compile(r"\(?\b[DRI]-\s?$")
_PRONOUN_SUBJECT = re.compile(r"\s*(?:it|they)\b", IC)
# the target reports a step of its own: "TikTok said on Monday that", "forced the company to announce that"
_TARGET_REPORTS = re.compile(
    r"\b(?:TikTok|ByteDance|the (?:company|app|platform))\s+(?:[\w'-]+\s+){0,3}?(?:said|says|announced|announces|confirmed|"
    r"confirms|stated|states|added|to announce|to say|to confirm)\b[^.;]{0,30}?\bthat\s*$",
    IC,
)

_AGENT_KINDS = (AGENCY, OFFICIAL, GOV_NOUN, TITLE, COUNTRY, CAPITAL, DEMONYM)


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
    # look right first: "Government of Canada", "attorney general of Texas", "the school district in Seattle"
    # ("50 Chinese apps by the Government of India": the place the noun names beats a word before it)
    if idx + 1 < len(mentions):
        n = mentions[idx + 1]
        gap = text[m.end : n.start]
        if n.kind in (COUNTRY, DEMONYM, CAPITAL) and n.code and (
            _OF_COUNTRY.match(gap) or (m.entry.role == "local" and re.match(r"^\s+in\s+$", gap))
        ):
            return n.code
    # then left: "Canadian Innovation Minister", "Italy's competition authority", "Texas Attorney General"
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
    return None


def _agent_from_mentions(text: str, mentions: list[Mention], idxs: list[int], ctx: Context, by_phrase: bool = False) -> Agent | None:
    """The government agent among the given mention indices: the first one in subject position
    (or, with ``by_phrase``, the first one of a passive's "by ..." phrase)."""
    for i in idxs:
        m = mentions[i]
        if m.kind not in _AGENT_KINDS or _is_compound(text, m):
            continue
        if m.kind in (COUNTRY, CAPITAL) and _PARTY_STATE.search(text, max(0, m.start - 4), m.start):
            continue  # "Sen. Mark Warner (D-Va.)": a legislator's party and state, not the state acting
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
_LOCAL_NAME_BEFORE = re.compile(r"(?<![\w'-])((?:[A-Z][a-z][\w'.-]*\s+){1,3})$")
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
        if re.match(r"executive\s+(?:order|action|decree)", text[nxt.start : nxt.end + 10], IC):
            break  # "President Trump's executive order": the order, not a body called "executive"
        k += 1
        end = nxt.end
        m = nxt
    if m.kind in (TITLE, GOV_NOUN) and not text[end : end + 4].startswith(" of "):
        # a title followed by a name: "Governor Glenn Youngkin", "Kansas Attorney General Kris Kobach"
        words = re.match(r"((?:\s+[A-Z][\w'’.-]*){1,3})", text[end : end + 60])
        if words and m.kind == TITLE:
            for tok in words.group(1).split():
                name = re.sub(r"['’]s$", "", tok)  # "Gov. Brian Kemp's lead": the name ends with the possessive
                if not name or _HEADLINE_VERB.match(name.lower()):
                    break
                end = text.index(tok, end) + len(name)
                if name != tok:
                    break
    if m.kind == GOV_NOUN and m.entry.role == "local" and start == m.start:
        # "Lewis County commissioners", "Kilgore city council": the place a local body is named for
        place = _LOCAL_NAME_BEFORE.search(text, max(0, start - 40), start)
        if place:
            # the words before the body, less a leading article or headline verb ("The Aurora City Council")
            kept = next((w for w in re.finditer(r"\S+", place.group(1)) if not _HEADLINE_VERB.match(w.group(0).lower())), None)
            if kept is not None:
                start = place.start(1) + kept.start()
    of = _OF_NAME.match(text[end : end + 80])
    if of and m.kind in (GOV_NOUN, AGENCY, TITLE) and m.text[:1].isupper():
        # "Ministry of Digital Development", "Minister of Innovation, Science and Industry"
        name = re.sub(r"(?:\s*(?:,|and|for|of|the))+$", "", of.group(1))
        if name:
            end = end + of.start(1) + len(name)
    name = text[start:end].strip(" ,")
    return _ABBREVIATED_TITLES.get(name, name)


# a bare abbreviated title stands for the full one ("the AG said"): the full title reads better and scans as a title
_ABBREVIATED_TITLES = {"AG": "Attorney General", "AGs": "attorneys general", "A.G.": "Attorney General"}


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
        return Agent("gov", default_code(text, ctx), "", 0, "context")
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
    if _APP_SUBJECT.search(subj_text) and not text[ts:te].split()[0].lower().endswith("ed"):
        return Agent("target")  # "... as app shuts down nationwide": the app itself goes dark
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
    if left > 0 and _PRONOUN_SUBJECT.match(text, left, ts) and _TARGET_REPORTS.search(text, 0, left):
        return Agent("target")  # "forced TikTok to announce that it would shut down": "it" is TikTok, reporting its own step
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
        return Agent("gov", default_code(text, ctx), "", 1, role)
    if left > 0 and _CLAUSE_PRONOUN.match(text[left:ts]):
        # "the attorney general announced that his office has filed a lawsuit": the main clause's subject acts
        main = _agent_from_mentions(text, mentions, [i for i, m in enumerate(mentions) if m.end <= left], ctx)
        if main:
            return main
    if _PRONOUN_START.match(text[left:]) or (left == 0 and _PRONOUN_START.match(text)):
        if ctx.prev_agent:
            code, actor, strength = ctx.prev_agent
            return Agent("gov", code, actor, max(1, strength - 1), "inherited")
        return Agent("gov", default_code(text, ctx), "", 1, "context")
    local = _LOCAL_BODY.search(subj_text)
    if local and not _PRIVATE.search(subj_text, local.end()):
        # "The city of Fountain Hills issued a ban ...": a town or county the gazetteer does not list
        return Agent("gov", ctx.default_state or ctx.default_jurisdiction, local.group(0).strip(), 1, "local")
    return Agent("none")


def sentence_subject(text: str, mentions: list[Mention], ctx: Context) -> tuple[str | None, str, int] | None:
    """The government that opens a sentence as its subject ("Seattle's public school district contends ..."), if any."""
    idxs = [i for i, m in enumerate(mentions) if m.start < 40 and m.kind in _AGENT_KINDS]
    if not idxs or any(m.kind in (TARGET, ANAPHOR, COMPANY) and m.start < mentions[idxs[0]].start for m in mentions):
        return None
    ag = _agent_from_mentions(text, mentions, idxs[:1], ctx)
    return (ag.jurisdiction, ag.actor, ag.strength) if ag else None


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
