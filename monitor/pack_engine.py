"""The detector for every language that has a pack: one small engine, the knowledge in data.

:func:`analyze_with_pack` reads an article in the pack's language and answers the same
question as the English engine: does it report, as its news, a new government act against
TikTok? It looks only at the lead (the title and the first :data:`LEAD` sentences), where
news writing puts the news (bylines, timestamps and photo credits do not take a place in
it: :func:`is_furniture`), and for each lead sentence that names the target (or follows
one that did) it finds:

1. the act: the first action type, in the pack's order, whose trigger words appear; a ban
   with a ``devices`` qualifier becomes a device ban;
2. its stage, from the cues, strongest first: TikTok going to court (``challenge``), a
   court blocking the act (``court_block``), a ban lifted (``lifted``), a negated act
   (``negation``), a proposal or threat (``proposed``), a past act recalled
   (``background``, or a year before the article's); otherwise the act is new. Under a
   headline, a new act in a body sentence counts only if that sentence says who took it:
   a named body or official, or a place as its subject;
3. who acts: a named body or official from the pack, else the country named nearest the
   trigger, else the country the lead is about, or when the lead names none the country the
   next sentences name most (China, TikTok's home, only as a last resort).

The first lead sentence with an act decides the article's label, the title first, except
that an adopted act by a named body in the lead outweighs a threat in the headline.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from monitor.actors import government_of
from monitor.models import Action, Analysis, stated_in
from monitor.packs import Government, Pack, load_pack

LEAD = 3  # body sentences read after the title
EU_MEMBERS = frozenset(
    [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
        "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    ]
)  # fmt: skip
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")

NEW, PROPOSED, BACKGROUND, LIFTED, COURT_BLOCK, COURT_UPHOLD, CHALLENGE, NEGATED = (
    "new",
    "proposed",
    "background",
    "lifted",
    "court_block",
    "court_uphold",
    "challenge",
    "negated",
)
_LABEL = {
    NEW: "new_action",
    COURT_UPHOLD: "new_action",
    PROPOSED: "proposed_or_threatened",
    BACKGROUND: "background_only",
    LIFTED: "not_action",
    COURT_BLOCK: "court_blocks_action",
    CHALLENGE: "tiktok_challenges_action",
    NEGATED: "not_action",
}
_STAGE = {
    NEW: "enacted",
    COURT_UPHOLD: "upheld",
    PROPOSED: "proposed",
    BACKGROUND: "enacted",
    LIFTED: "lifted",
    COURT_BLOCK: "blocked",
    CHALLENGE: "challenged",
    NEGATED: "proposed",
}
# Cues in the order they override one another.
_CUE_ORDER = (CHALLENGE, COURT_BLOCK, LIFTED, NEGATED, COURT_UPHOLD, PROPOSED, BACKGROUND)
_CUE_KEY = {CHALLENGE: "challenge", COURT_BLOCK: "court_block", LIFTED: "lifted", NEGATED: "negation",
            COURT_UPHOLD: "court_uphold", PROPOSED: "proposed", BACKGROUND: "background"}  # fmt: skip


@dataclass(frozen=True)
class Sentence:
    text: str
    is_title: bool
    body_index: int  # -1 for the title


@dataclass
class Finding:
    """One act found in one lead sentence."""

    sentence: Sentence
    type: str
    kind: str
    jurisdiction: str | None
    actor: str
    named: bool  # the actor is a named body or official, not just a country


def split_lead(pack: Pack, title: str | None, text: str, lead: int = LEAD) -> list[Sentence]:
    """The title, then the first ``lead`` sentences of the body (``[...]`` cuts removed)."""
    out: list[Sentence] = []
    title = _one_name(title) if title else title
    text = _one_name(text)
    if title and title.strip():
        out.append(Sentence(" ".join(title.split()), True, -1))
    n = 0
    for piece in pack.sentence_end.split(text.replace("[...]", "\n")):
        piece = " ".join((piece or "").split())
        if len(piece) < 4:
            continue
        if out and out[0].is_title and (piece == out[0].text or (len(piece) >= 12 and piece in out[0].text)):
            continue  # the headline repeated as the first line, whole or a sentence of it
        if is_furniture(pack, piece):
            continue
        out.append(Sentence(piece, False, n))
        n += 1
        if n >= lead:
            break
    return out


# A timestamp or a date line: "Publicado 18/01/2025 12:28", "05/05/2023 12:25 (GMT+7)", "||2024.11.07", "1 Mart 2023"
_STAMP = re.compile(r"\d{1,4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}|(?<!\d)(?:19|20)\d{2}(?!\d)|\d{1,2}:\d{2}")
_ENDS_SENTENCE = re.compile(r"[.!?…。！？」』\"”»:;।॥۔؟]\W{0,2}$")  # with the danda (Hindi, Nepali) and the Urdu full stop
STAMP_LENGTH = 45  # a line this short around a date is a timestamp, not a sentence
LABEL_WORDS = 5  # a line of this many words or fewer, without a full stop, is a byline, credit or section label
LABEL_CHARS = 12  # the same for scripts written without spaces


def is_furniture(pack: Pack, piece: str) -> bool:
    """A byline, photo credit, timestamp or section label ("Por: EFE", "Publicado 18/01/2025 12:28",
    "Zulfikar Hardiansyah", "사진=AFP 연합뉴스"): a line with no news that would otherwise take one of
    the lead's places. A line with an act's trigger word is never furniture ("Nepal verbietet TikTok")."""
    if _act(pack, piece) is not None:
        return False
    if len(piece) <= STAMP_LENGTH and _STAMP.search(piece) and not pack.target.search(piece):
        return True
    if _ENDS_SENTENCE.search(piece):
        return False
    if pack.matching == "word":
        return len(piece.split()) <= LABEL_WORDS
    return len(piece) <= LABEL_CHARS


_SPLIT_NAME = re.compile(r"\b([Tt])ik[ -]([Tt])ok\b")


def _one_name(text: str) -> str:
    """'Tik Tok' and 'Tik-Tok' written as one word, as every pack's cues expect."""
    return _SPLIT_NAME.sub(r"\1ik\2ok", text) if "ik" in text else text


def display_actor(code: str) -> str:
    """The acting government of a jurisdiction, as an alert names it."""
    return government_of(code)


def _places(pack: Pack, text: str) -> list[tuple[int, str]]:
    return list(_places_in(pack.language, text))


@lru_cache(maxsize=2048)
def _places_in(language: str, text: str) -> tuple[tuple[int, str], ...]:
    """(position, code) of every country name or demonym in ``text`` that may be the actor's: not
    one the sentence compares the act with ("after the US, that country too restricts TikTok")."""
    pack = load_pack(language)
    places = pack.find_places(text)
    starts = [at for at, _ in places]
    return tuple(p for p in places if not _compared(pack, text, p[0], starts))


# between a place and its postposition: the rest of the name and its endings, up to three words, no punctuation
_NAME_REST = re.compile(r"(?:[^\s,;:.!?()\"“”«»]+\s*){1,3}")
# between a preposition and its place: an article or a short word ("après l'Inde", "nach dem Vorbild der USA")
_LEAD_IN = re.compile(r"\s*(?:[^\s,;:.!?()\"“”«»]{1,5}\s+){0,3}[^\s,;:.!?()\"“”«»]{0,3}")


def _compared(pack: Pack, text: str, at: int, starts: list[int]) -> bool:
    """Whether the place named at ``at`` is what the act is compared with, not who took it: the
    marker follows it (or precedes it) with no other place named between them."""
    after = pack.cues.get("compared_after")
    if after is not None:
        for m in after.finditer(text, at + 1, min(len(text), at + 60)):
            if _NAME_REST.fullmatch(text, at, m.start()) and not any(at < other < m.start() for other in starts):
                return True
    before = pack.cues.get("compared_before")
    if before is not None:
        for m in before.finditer(text, max(0, at - 40), at):
            if _LEAD_IN.fullmatch(text, m.end(), at) and not any(m.end() <= other < at for other in starts):
                return True
    return False


def _governments(pack: Pack, text: str) -> list[tuple[int, Government]]:
    return list(_governments_in(pack.language, text))


@lru_cache(maxsize=2048)
def _governments_in(language: str, text: str) -> tuple[tuple[int, Government], ...]:
    """(position, body) of each named body or official in ``text`` (cached: the engine asks
    about one sentence several times)."""
    pack = load_pack(language)
    found: list[tuple[int, Government]] = []
    if pack.government_union is None:
        return ()
    seen: set[int] = set()
    for m in pack.government_union.finditer(text):
        i = int((m.lastgroup or "g0")[1:])
        if i not in seen:
            seen.add(i)
            found.append((m.start(), pack.governments[i][0]))
    return tuple(sorted(found, key=lambda x: x[0]))


def _article_country(pack: Pack, sentences: list[Sentence]) -> str | None:
    """The jurisdiction the lead is about: names in the title weigh most; China only if alone (and
    an act still read as China's is given to another government by ``analyze._not_the_owner``)."""
    weights: Counter[str] = Counter()
    for s in sentences:
        w = 3 if s.is_title else 2 if s.body_index == 0 else 1
        for _, gov in _governments(pack, s.text):
            weights[gov.code] += 2 * w
        for _, code in _places(pack, s.text):
            weights[code] += w
    if not weights:
        return None
    ranked = [c for c, _ in weights.most_common()]
    non_cn = [c for c in ranked if c != "CN"]
    return non_cn[0] if non_cn else ranked[0]


AGENT_AFTER = 40  # characters after a trigger's start where a named body reads as its agent

# "JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -", "Roma (ANSA) -": where the story was filed, not who acted
_DATELINE = re.compile(
    r"^\W{0,3}(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*,\s*){0,2}[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*"
    r"(?:\([^)]{1,25}\)\s*)?(?:--|[–—]|(?<=\s)-)(?=\s|[A-Z])"  # a hyphen only after a space: not "Royaume-Uni"
)


def _dateline_length(s: Sentence) -> int:
    """How many characters of the first body sentence are its dateline (0 when none)."""
    if s.body_index != 0:
        return 0
    m = _DATELINE.match(s.text)
    return m.end() if m and m.end() <= 50 else 0


def _local_before(pack: Pack, text: str, trigger_at: int) -> tuple[int, str] | None:
    """The last local government named before the trigger ("De gemeente Zoetermeer verbiedt ..."), if any."""
    found = [(m.start(), body.name_at(m)) for body in pack.local_bodies for m in body.pattern.finditer(text, 0, trigger_at)]
    return max(found) if found else None


def _who(
    pack: Pack, s: Sentence, trigger_at: int, fallback: str | None, local: tuple[int, str] | None = None
) -> tuple[str | None, str, bool]:
    """Who took the act at ``trigger_at``: (ISO code, actor, whether the actor is a named body).
    ``local`` is the local government named before the trigger, if any (:func:`_local_before`)."""
    govs = _governments(pack, s.text)
    if local is not None and not any(local[0] < at <= trigger_at for at, _ in govs):
        # a town, province or water board acts for itself, in its country: two towns are two actors
        places = [p for p in _places(pack, s.text) if p[1] != "CN"]
        code = places[0][1] if places else fallback
        return code, local[1], True
    if govs:
        # the named body right after the trigger is its agent ("preliminary findings of the
        # Commission"); else the nearest one before it, else the first one
        after = [g for g in govs if trigger_at < g[0] <= trigger_at + AGENT_AFTER]
        before = [g for g in govs if g[0] <= trigger_at]
        gov = (after[0] if after else before[-1] if before else govs[0])[1]
        return gov.code, gov.name, True
    places = [p for p in _places(pack, s.text) if p[1] != "CN"] or _places(pack, s.text)
    filed = _dateline_length(s)
    if filed and any(at >= filed for at, _ in places):
        places = [p for p in places if p[0] >= filed]  # the dateline's city gives way to a place the sentence names
    if places:
        near = [p for p in places if p[0] <= trigger_at]
        code = (near[-1] if near else places[0])[1]
        if near and near[0][0] <= SUBJECT_REACH and len({c for _, c in near[1:]} - {near[0][1]}) >= 2:
            # "Britain, like the US, Canada and the EU, has banned ...": the sentence's
            # subject acts, the places listed after it are a comparison
            code = near[0][1]
        # "Montana, the first American state to ban...": the state, not its country
        code = next((c for _, c in places if c.startswith(code + "-")), code)
        if code != "CN" or fallback is None:
            return code, display_actor(code), False
    if fallback:
        return fallback, display_actor(fallback), False
    return None, "", False


def _act(pack: Pack, text: str) -> tuple[str, int] | None:
    return next(_acts(pack, text), None)


def _acts(pack: Pack, text: str) -> Iterator[tuple[str, int]]:
    """Every trigger in the sentence, in the pack's order of act types (the first is the sentence's act)."""
    devices = "devices" in pack.qualifiers and pack.qualifiers["devices"].search(text) is not None
    for type_, pattern in pack.actions:
        for m in pattern.finditer(text):
            yield ("ban_government_devices" if devices and type_ in ("ban_national", "ban_regional") else type_), m.start()


# interim relief in the languages with packs: "provvedimento provvisorio", "mesures provisoires", "einstweilige",
# "medida cautelar", "voorlopige voorziening", "środki tymczasowe", "geçici tedbir", "仮処分", "临时措施", "가처분"
_INTERIM = re.compile(
    r"provvisori|provisoire|provisional|einstweilig|cautelar|voorlopige voorziening|tymczasow|geçici tedbir|interim|"
    r"仮処分|暫定|临时措施|臨時措施|가처분|sementara|tạm thời",
    re.IGNORECASE,
)


def _ruling(pack: Pack, text: str) -> tuple[str, int] | None:
    """A court's ruling on TikTok's appeal, or TikTok's appeal, with no trigger word for the act it concerns
    ("the Court of Justice dismissed ByteDance's appeal against its designation"): an act of type ``other``."""
    if _INTERIM.search(text):
        return None  # a ruling on interim relief decides no act: the case goes on
    for key in ("court_uphold", "court_block", "challenge"):
        pattern = pack.cues.get(key)
        m = pattern.search(text) if pattern is not None else None
        if m:
            return "other", m.start()
    return None


DEVICES_AHEAD = 2  # lead sentences after a ban's own sentence that may say whose devices it covers


def _devices_next(pack: Pack, sentences: list[Sentence], at: Sentence) -> bool:
    """One of the next lead sentences after ``at`` names government devices (and no act of its own
    other than a ban): "Kosovo's government bans TikTok. It may no longer run on state equipment."."""
    devices = pack.qualifiers.get("devices")
    if devices is None:
        return False
    following = [x for x in sentences if x.body_index > at.body_index][:DEVICES_AHEAD]
    for x in following:
        if devices.search(x.text):
            act = _act(pack, x.text)
            return act is None or act[0] in ("ban_national", "ban_regional", "ban_government_devices")
    return False


NEGATION_REACH = 30  # a negation counts only this close before the trigger, or overlapping it
PROPOSAL_REACH = (150, 100)  # characters before and after a body sentence's trigger where a proposal cue counts


PRIVATE_REACH = (120, 60)  # characters before a suit's trigger (its subject) and after it (a passive's agent)


def _private_plaintiff(pack: Pack, text: str, at: int) -> bool:
    """A private plaintiff (consumer group, foundation, parents) is named as the suit's subject, or as
    its agent ("TikTok assigné en justice par sept familles")."""
    pattern = pack.qualifiers.get("private_party")
    if pattern is None:
        return False
    return any(
        m.start() < at  # the subject, or a name the trigger is part of ("колективен иск")
        or _AGENT_BEFORE.search(text, at, m.start()) is not None
        or _CLASS_ACTION.search(m.group(0)) is not None
        for m in pattern.finditer(text, max(0, at - PRIVATE_REACH[0]), at + PRIVATE_REACH[1])
    )


# a class or collective action, wherever it is named: a private suit ("pays $92m in a class action")
_CLASS_ACTION = re.compile(
    r"class|collecti|colectiv|collettiv|coletiv|kollektiv|колектив|коллектив|sammel|verband|zbiorow|massaclaim|groupe", re.IGNORECASE
)
# the preposition of a passive's agent ("par", "por", "door", "von", "da", "przez", "от", "על ידי";
# Catalan "per", Macedonian "од (страна на)", Serbian "од стране", Slovenian "s strani")
_AGENT_BEFORE = re.compile(
    r"\b(?:par|por|per|door|von|vom|da|dal|dalla|dai|dalle|pela|pelo|pelas|pelos|przez|by"
    r"|od strane|s strani|от|од|од страна на|од стране|על ידי)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE
)


MODAL_GOVERNS = 40  # characters after a modal cue within which the act it governs starts


def _governs_later_act(pack: Pack, text: str, trigger_at: int, cue_start: int, cue_end: int) -> bool:
    """In a later clause, a trigger starts right after this modal cue: the cue qualifies that act, not the
    earlier one ("ordered the block, and the firm may be fined"; not "studies a possible ban")."""
    if not re.search(r"[,;]", text[trigger_at:cue_start]):
        return False
    window = text[cue_end : cue_end + MODAL_GOVERNS]
    return any(pattern.search(window) for _type, pattern in pack.actions)


def _kind(pack: Pack, s: Sentence, published: date | None, trigger_at: int) -> str:
    for kind in _CUE_ORDER:
        pattern = pack.cues.get(_CUE_KEY[kind])
        if pattern is None:
            continue
        if kind == NEGATED:
            # "orders the wind-up, without banning the app": the negation is not about this act
            if any(trigger_at - NEGATION_REACH <= m.start() <= trigger_at + 5 for m in pattern.finditer(s.text)):
                return kind
            continue
        if kind == PROPOSED:
            # in a long body sentence a proposal word far from the act belongs to another clause; one after the
            # act that governs a later trigger is that act's ("ordered the suspension ... and TikTok may be banned")
            if any(
                (s.is_title or trigger_at - PROPOSAL_REACH[0] <= m.start() <= trigger_at + PROPOSAL_REACH[1])
                and not (m.start() > trigger_at and _governs_later_act(pack, s.text, trigger_at, m.start(), m.end()))
                for m in pattern.finditer(s.text)
            ):
                return kind
            continue
        if pattern.search(s.text):
            return kind
    if _asked(s.text, trigger_at):
        return PROPOSED
    if published is not None and not s.is_title:
        years = [int(y) for y in _YEAR.findall(s.text)]
        if years and max(years) < published.year:
            return BACKGROUND
    return NEW


_QUESTION_MARKS = "?？؟\u037e"  # Latin and others, full-width, Arabic script, Greek
_CLAUSE_START = re.compile(r"[:|]|\s[–—-]\s|[.!?؟\u037e]\s")
_CLAUSE_END = re.compile(r"[.!?。！？…؟\u037e]+|[:|]|\s[–—-]\s")  # a run: "ban..?" ends in a question


def _asked(text: str, trigger_at: int) -> bool:
    """Whether the act is asked about, not reported: its own clause is a question ("TikTok-Verbot
    auch in Österreich?", "¿TikTok prohibido en Chile?"). A question in another clause of the
    headline ("Nepal bans TikTok: what now?") leaves the act as it is."""
    start = max((m.end() for m in _CLAUSE_START.finditer(text, 0, trigger_at)), default=0)
    end = _CLAUSE_END.search(text, trigger_at)
    return (end is not None and any(q in end.group(0) for q in _QUESTION_MARKS)) or "¿" in text[start:trigger_at]


BODY_READ = 12  # body sentences read for the place an article is about when its lead names none


def find_acts(pack: Pack, sentences: list[Sentence], published: date | None, text: str = "") -> list[Finding]:
    """Every act in the lead, in reading order. ``text``: the article's body, read further only for
    the place it is about when the lead names none ("Third fine for TikTok" whose body names the
    Irish regulator)."""
    findings: list[Finding] = []
    fallback = _article_country(pack, sentences)
    if fallback is None and text:
        fallback = _article_country(pack, split_lead(pack, None, text, BODY_READ))
    has_title = any(s.is_title for s in sentences)
    target_seen = False
    for s in sentences:
        names_target = bool(pack.target.search(s.text))
        refers = names_target or (target_seen and (pack.anaphora is None or bool(pack.anaphora.search(s.text)) or s.body_index == 0))
        target_seen = target_seen or names_target
        if not refers:
            continue
        other = pack.qualifiers.get("other_company")
        if not names_target and other is not None and other.search(s.text):
            continue  # the act is aimed at another company
        # a ruling whose act has no trigger word counts only as the opening's news, where it names TikTok
        opening = s.is_title or s.body_index == 0
        act = _act(pack, s.text) or (_ruling(pack, s.text) if names_target and opening else None)
        if act is None:
            continue
        type_, at = act
        kind = _kind(pack, s, published, at)
        if kind == PROPOSED:
            # "ordered the app blocked, and the company may be fined": the sentence's other act is the news
            taken = next(((t, a) for t, a in _acts(pack, s.text) if a != at and _kind(pack, s, published, a) == NEW), None)
            if taken is not None:
                (type_, at), kind = taken, NEW
        if type_ in ("ban_national", "ban_regional") and s.body_index <= 0 and _devices_next(pack, sentences, s):
            # "TikTok banned in the House. No official phone may carry it.": the lead says whose devices
            type_ = "ban_government_devices"
        local = _local_before(pack, s.text, at) if pack.local_bodies else None
        code, actor, named = _who(pack, s, at, fallback, local)
        if type_ == "lawsuit_by_government" and not named and local is None and _private_plaintiff(pack, s.text, at):
            continue  # "three foundations have sued TikTok": a private suit, whatever place the article is about
        if type_ in ("ban_national", "ban_regional") and local is not None:
            type_ = "ban_government_devices"  # a town or province bans the app on what it runs: its own devices
        if s.is_title and not named and code and "-" not in code:
            # "Another US state bans TikTok. Maryland's governor signed ...": the lead says which state
            state = _one_subdivision(pack, sentences, code)
            if state is not None:
                code, actor = state, display_actor(state)
        if kind in (NEW, COURT_UPHOLD) and not s.is_title and has_title and not named and not _place_leads(pack, s):
            # Under a headline, a body sentence that reports an act without saying who took it
            # ("the app was suspended", "agencies have imposed bans") is most often the
            # platform's own step, an explainer or a recollection, not the news of an act.
            continue
        if kind == COURT_UPHOLD:
            type_ = "other"  # a court upholding an act is its own step, typed as the English engine types it
        findings.append(Finding(s, type_, kind, code, actor, named))
    return findings


def _one_subdivision(pack: Pack, sentences: list[Sentence], country: str) -> str | None:
    """The one state or province of ``country`` the first body sentence names, if exactly one."""
    first = next((s for s in sentences if s.body_index == 0), None)
    if first is None:
        return None
    found = {code for _, code in _places(pack, first.text) if code.startswith(country + "-")}
    return found.pop() if len(found) == 1 else None


SUBJECT_REACH = 25  # characters from a sentence's start where a place reads as its subject


def _place_leads(pack: Pack, s: Sentence) -> bool:
    """A place other than China opens the sentence, as its subject ("Nepal has banned ...")."""
    return any(code != "CN" and at <= SUBJECT_REACH for at, code in _places(pack, s.text))


def _confidence(f: Finding) -> float:
    c = 0.6 + (0.15 if f.sentence.is_title else 0.05 if f.sentence.body_index == 0 else 0.0)
    c += 0.1 if f.named else 0.0
    return round(min(0.95, c), 2)


def analyze_with_pack(language: str, title: str | None, text: str, published: date | None) -> Analysis:
    """Label one article written in ``language`` (which must have a pack)."""
    pack = load_pack(language)
    if pack.dropped:
        title, text = (title.translate(pack.dropped) if title else title), text.translate(pack.dropped)
    sentences = split_lead(pack, title, text)
    if not any(pack.target.search(s.text) for s in sentences):
        # the target may appear only further down: not news about TikTok
        return Analysis(False, (), {"targets": [], "governments": [], "agencies": [], "officials": [], "companies": []}, "not_action")
    findings = find_acts(pack, sentences, published, text)
    not_news = pack.cues.get("not_news")
    label = "not_action"
    main: Finding | None = None
    if findings:
        main = findings[0]
        if (
            main.kind == BACKGROUND
            and len(findings) > 1
            and findings[1].kind != BACKGROUND
            and findings[1].sentence.body_index == main.sentence.body_index + 1
        ):
            # "After the US ban, the app faces new trouble. The regulator fined it...": the act
            # recalled first does not hide the news in the very next sentence
            main = findings[1]
        if main.kind == PROPOSED and main.sentence.is_title:
            # "Brussels threatens TikTok with a fine. The Commission has opened proceedings...":
            # an act a named body has taken, reported in the lead, is the news over the
            # headline's threat
            main = next((f for f in findings[1:] if f.kind == NEW and f.named), main)
        if main.kind == NEW and main.sentence.is_title:
            # "TikTok welcomes the ban being enjoined. A federal judge blocked the ban ...": the
            # headline names the act; the lead says a court has stopped it, and that is the news
            main = next(
                (f for f in findings[1:] if f.kind == COURT_BLOCK and f.type == main.type and f.sentence.body_index <= 1), main
            )
        label = _LABEL[main.kind]
        if label == "new_action" and not main.named:
            # a named body in a later lead sentence says who acted ("... said the CNIL")
            better = next((f for f in findings[1:] if f.named and f.jurisdiction == main.jurisdiction), None)
            if better is not None:
                main.actor = better.actor
        if label == "new_action" and main.jurisdiction == "EU" and not main.named:
            # "TikTok fined in the EU": a national regulator of a member state named in the
            # lead (the Irish DPC acting under the GDPR) is who acted
            member = next((g for s in sentences for _, g in _governments(pack, s.text) if g.code in EU_MEMBERS), None)
            if member is not None:
                main.jurisdiction, main.actor, main.named = member.code, member.name, True
            elif main.type == "fine_or_penalty" and "privacy" in pack.qualifiers and any(
                pack.qualifiers["privacy"].search(s.text) for s in sentences
            ):
                # a GDPR fine on TikTok comes from its lead authority in the EU, Ireland's DPC,
                # whoever the outlet credits ("EU fines TikTok over children's data")
                main.jurisdiction, main.actor, main.named = "IE", "Data Protection Commission (Ireland)", True
    elif any(f.kind == BACKGROUND for f in findings):
        label = "background_only"
    opening = [s.text for s in sentences if s.is_title or s.body_index == 0]
    asked = main is not None and main.kind == PROPOSED and _asked(main.sentence.text, len(main.sentence.text) - 1)
    if (label == "new_action" or asked) and not_news is not None and any(not_news.search(t) for t in opening):
        # an explainer or a list ("the countries that have banned the app"), said in the
        # headline or the first sentence, is not news of an act
        label = "not_action"
    actions: list[Action] = []
    seen: set[tuple[str, str, str]] = set()
    for f in ([main] if main is not None else []) + [f for f in findings if f is not main]:
        if f.kind in (BACKGROUND, NEGATED):
            continue
        key = (f.type, f.jurisdiction or "", _STAGE[f.kind])
        if key in seen:
            continue
        seen.add(key)
        actions.append(Action(f.type, f.jurisdiction or "", f.actor, _STAGE[f.kind], f.sentence.text, _confidence(f)))
    if main is not None and main.kind in (BACKGROUND, NEGATED):
        actions = []
    govs = Counter(f.jurisdiction for f in findings if f.jurisdiction)
    agencies = sorted({f.actor for f in findings if f.named})
    entities = {
        "targets": ["TikTok"],
        "governments": [c for c, _ in govs.most_common()],
        "agencies": agencies,
        "officials": [],
        "companies": [],
    }
    support = ""
    if label == "new_action":
        new = [f for f in findings if f.kind == NEW]
        lead = {f.sentence.body_index for f in new if not f.sentence.is_title}
        support = stated_in(any(s.is_title for s in sentences), any(f.sentence.is_title for f in new), len(lead))
    return Analysis(label == "new_action", tuple(actions), entities, label, support=support)
