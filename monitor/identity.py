"""Event identity: when does an article report an action an event already holds?

An article joins an event when the acting government, the target, the time and the act agree
(the target, TikTok or ByteDance, is what every rule-matched article is about):

* **Place.** The same jurisdiction code (``CA`` = ``CA``). A country and one of its parts
  (``US`` / ``US-MT``), or a report without a jurisdiction, join only on a *named* actor both
  share (``Governor Glenn Youngkin`` → the ``US-VA`` event of ``Virginia Gov. Glenn Youngkin``):
  a missing jurisdiction is never itself a reason to join.
* **Actor.** Actors are compared by what they name, not how they are worded: agencies and
  officials by their gazetteer names (``EU Commission`` = ``European Commission``, ``Italian
  Competition Authority`` = ``AGCM``, ``Biden`` = ``Joe Biden``), a city the gazetteer lists by its
  name (``New York City`` is not the state of New York), other words as they are. A
  generic actor (``the government``, ``Ottawa``, ``Canada``), or one the gazetteer does not
  know, agrees with any actor of its place. Two different named bodies or officials disagree,
  unless one report names the other's actor (the Justice Department suing on the FTC's behalf).
  A legislature's ban on its own devices is not the government's (the European Parliament's
  and the European Commission's staff bans are two acts, a week apart).
  Two reports of a court upholding an act compare only the courts they name: one outlet credits
  the Supreme Court, another the attorney general who defended the law.
* **Act.** Compatible acts: the same type; the same family (a national ban, a regional ban and
  an order blocking the app; a wind-up and a divestiture order and a regulatory order); or a
  step of the same action (an order or a ban, then the law that enacts it). A report of type
  ``other`` joins only an event whose actor it names. In one state or province, a ban and a
  ban on government devices are one action (a province cannot ban the app; outlets write
  "Alberta outlaws TikTok" for its ban on government phones); in a country too when a named
  body is the actor ("US Army bans TikTok" is the Army's ban on its phones; "the White House
  orders agencies to delete TikTok" is its device ban), but not when neither report names one
  ("US bans TikTok", "US bars TikTok from federal phones"). Acts of one named regulator,
  ministry or official within ``SAME_BODY_DAYS`` (3 days) are one action whatever their types
  (one outlet's "opens proceedings" is another's "orders measures"); courts and legislatures,
  which take many separate decisions, are left out. A court's ruling that an act stands and a
  report of that act (a ban, a law, an order to sell) in the same country within the same days
  are one action, whoever each credits: outlets tell "the Supreme Court upholds the law" as "the
  US bans TikTok" or "Congress's law will force a sale". A coalition of a country's states and one of
  those states, within the same days, are one action (the state leads the coalition).
  Incompatible types join only when the
  article tells the same story in the same words (title and evidence similarity ≥
  ``SAME_STORY``), for one outlet's ``ban`` is another's ``order``.
* **Amount.** Two reports of a fine that name the same amount ("€530m", "530 millions d'euros",
  "53 crore") report one fine, whatever place or body each outlet credits it to ("the EU" for
  Ireland's regulator). An amount is a number of three digits or more that is not a year, in any
  script's digits: written short (its magnitude in words) it is compared by its significant
  digits; written out in full ("€530,000") by all of them.
* **Time.** Within ``EVENT_WINDOW`` (21 days) of the event's coverage, or ``NAMED_ACTOR_WINDOW``
  (30 days) for the same named body and the same act (see :mod:`monitor.events`).

Language, outlet and wording play no part, except through the similarity tie-breaker.
Among several events an article could join, it joins the closest: same place over a related
one, a shared named actor over a generic one, the same type over a compatible one, then the
closest wording.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from monitor.gazetteer import AGENCY, OFFICIAL, load_gazetteer
from monitor.models import RULED_ON

SAME_STORY = 0.5  # word similarity above which two reports are one story whatever their labels
SAME_BODY_DAYS = timedelta(days=3)  # one named body's acts on TikTok this close together are one action

FAMILIES = {
    "ban_national": "block",
    "ban_regional": "block",
    "regulatory_order": "order",
    "business_wind_up_order": "business",
    "divestiture_order": "business",
    "ban_government_devices": "devices",
    "fine_or_penalty": "penalty",
    "lawsuit_by_government": "lawsuit",
    "investigation_opened": "investigation",
    "law_enacted": "law",
    "other": "other",
}
# Families that describe one action: an order to block the app is a ban; a wind-up order is an
# order; a law enacts a ban, a devices ban, a divestiture or an order.
COMPATIBLE = {
    frozenset({"block", "order"}),
    frozenset({"business", "order"}),
    frozenset({"law", "block"}),
    frozenset({"law", "devices"}),
    frozenset({"law", "business"}),
    frozenset({"law", "order"}),
}
_WORD = re.compile(r"[^\W\d_]{3,}")
_LEGISLATURE = re.compile(
    r"\b(?:parliament|parliamentary|congress|senate|house of (?:representatives|commons|lords)|national assembly|"
    r"legislature|storting|stortinget|bundestag|riksdag|folketing|eduskunta|sejm|knesset|duma|diet)\b",
    re.IGNORECASE,
)


def _wordset(*lines: str) -> frozenset[str]:
    return frozenset(" ".join(lines).split())


# Words in an actor string that name nobody in particular.
_NOT_NAMES = _wordset(
    "the and for with from that this has have was were will into after said says signed sign signs gave give gives",
    "announce announces announced announcing filing filed files monday tuesday wednesday thursday friday saturday sunday",
    "new also its their his her office state states federal national government ministry minister department agency",
    "authority authorities regulator watchdog court commission council executive legislature parliament senate house",
    "governor gov president prime attorney general officials administration",
)


_LOCAL_BODY = re.compile(
    r"\b(?:county|counties|city|town|village|borough|township|municipality|parish|school|schools|district|board|boards|"
    r"council|commissioners?|supervisors|mayor|province|provinces|region)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Report:
    """What identity looks at in one article (or one event)."""

    jurisdiction: str
    action_type: str
    actor_keys: frozenset[str]  # what the actor names: "agency:…", "official:…", "word:…"
    context_keys: frozenset[str]  # the agencies and officials the text names
    words: frozenset[str]  # title and evidence words, for the similarity tie-breaker
    stage: str = "enacted"  # "upheld": a court's ruling that an act stands
    amounts: frozenset[str] = frozenset()  # the amounts named (see :func:`amounts`), for fines
    published: datetime | None = None  # the article's time; an event's first report


@dataclass(frozen=True)
class Match:
    """Why an article may join an event; larger ``rank`` is closer."""

    rank: tuple[int, int, int, float]

    @property
    def same_named_act(self) -> bool:
        """Same place, a named actor in common and the same type of act."""
        place, actor, act, _similar = self.rank
        return place == 2 and actor == 2 and act == 3


@lru_cache(maxsize=4096)
def actor_keys(actor: str) -> frozenset[str]:
    """What an actor string names: gazetteer agencies and officials by their canonical names,
    plus any words the gazetteer does not know (``Taliban``-like names it lacks, surnames).
    Places, capitals, titles and generic bodies name nobody in particular: they give nothing."""
    text = " ".join((actor or "").split())
    if not text:
        return frozenset()
    keys: set[str] = set()
    rest = []
    pos = 0
    for mention in load_gazetteer().scan(text):
        rest.append(text[pos : mention.start])
        pos = mention.end
        if mention.kind in (AGENCY, OFFICIAL):
            keys.add(f"{mention.kind}:{mention.entry.name.lower()}")
            if mention.entry.role in ("legislature", "chamber"):
                keys.add("legislature")
        elif mention.entry.role == "city":
            keys.add(f"city:{mention.entry.name.lower().removesuffix(chr(39) + 's')}")  # a city acts for itself
    rest.append(text[pos:])
    words = {w for w in _WORD.findall(" ".join(rest).lower()) if w not in _NOT_NAMES}
    if not keys and _LEGISLATURE.search(text):
        # "Parliament (Norway)", "the Storting": a legislature is a body of its own, not the
        # ministry or commission of its place
        keys.add("legislature")
    if not keys and _LOCAL_BODY.search(text):
        # "Lewis County commissioners", "City of Fountain Hills", "Kilgore city council": a local body is
        # named by its place; two different towns or counties are two actors
        name = sorted(w for w in words if not _LOCAL_BODY.fullmatch(w))
        if name:
            keys.add("local:" + " ".join(name))
    if not keys:
        keys.update(f"word:{w}" for w in words)
    return frozenset(keys)


def context_keys(entities: dict[str, Any] | None) -> frozenset[str]:
    entities = entities or {}
    return frozenset(
        [f"{AGENCY}:{str(n).lower()}" for n in entities.get("agencies") or []]
        + [f"{OFFICIAL}:{str(n).lower()}" for n in entities.get("officials") or []]
    )


def text_words(*texts: Any) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(" ".join(str(t or "") for t in texts).lower()) if w not in _STORY_STOP)


_STORY_STOP = _wordset("the and for with from that this over its has have are was were will into after says said tiktok bytedance app")


# a number, its groups split by separators: "530", "345,000,000", "34.5", "১২.৭", "4\u00a0000\u00a0000"
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,\u00a0\u202f]\d+)*")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_GROUP_SEPARATOR = re.compile(r"[.,\u00a0\u202f]")


def amounts(*texts: Any) -> frozenset[str]:
    """The amounts a report names. A number written short, as news writes a fine with its magnitude in
    words ("€530m", "530 millions d'euros", "34.5 crore"), counts by its significant digits (``53``,
    ``345``): the words differ by language, the digits do not. A number written out in full
    ("€530,000", "4 000 000") keeps all its digits, so €530,000 is not €530m. Only numbers of
    three digits or more count (days, counts and "€5m" are too common to tell fines apart), and
    years do not."""
    found: set[str] = set()
    for text in texts:
        for m in _NUMBER.finditer(str(text or "")):
            token = m.group(0)
            digits = "".join(str(unicodedata.digit(c)) for c in token if c.isdecimal())
            if len(digits) < 3 or (len(digits) == 4 and len(token) == 4 and _YEAR_LIKE.fullmatch(digits)):
                continue
            groups = _GROUP_SEPARATOR.split(token)
            in_full = (len(groups) > 1 and all(len(g) == 3 for g in groups[1:])) or (len(groups) == 1 and len(digits) >= 4)
            key = digits.lstrip("0") if in_full else digits.lstrip("0").rstrip("0")
            if key:
                found.add(key)
    return frozenset(found)


def same_fine(article: Report, event: Report) -> bool:
    """Two reports of a fine that name the same amount."""
    return article.action_type == event.action_type == "fine_or_penalty" and bool(article.amounts & event.amounts)


def similarity(a: Iterable[str], b: Iterable[str]) -> float:
    """Jaccard similarity of two word sets (0..1)."""
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def act_compatibility(a: str, b: str) -> int:
    """3 the same type, 2 one action (same family, or a step of it), 1 ``other`` involved, 0 none."""
    if a == b:
        return 3
    fa, fb = FAMILIES.get(a, "other"), FAMILIES.get(b, "other")
    if fa == fb or frozenset({fa, fb}) in COMPATIBLE:
        return 2
    return 1 if "other" in (fa, fb) else 0


def place_relation(a: str, b: str) -> int | None:
    """2 the same jurisdiction, 1 a country and one of its parts or one unknown, None different places."""
    if a and a == b:
        return 2
    if not a or not b:
        return 1
    ca, cb = a.split("-")[0], b.split("-")[0]
    if ca == cb and (a == ca or b == cb):
        return 1
    return None


def actor_relation(article: Report, event: Report) -> int | None:
    """2 an actor key in common; 1 one side names no gazetteer body or official (a generic actor,
    or words the gazetteer does not know, in any language), or one report names the other's
    actor; None two different named bodies or officials."""
    if article.stage == "upheld" and event.stage == "upheld":
        # A ruling is the court's: who else a report names (the law's author, the attorney general
        # who defended it) says nothing about which ruling it is. Two different courts disagree.
        courts_a, courts_e = _courts(article.actor_keys), _courts(event.actor_keys)
        if courts_a and courts_e:
            return 2 if courts_a & courts_e else None
        return 1
    if article.actor_keys & event.actor_keys:
        return 2
    bans = {FAMILIES.get(article.action_type), FAMILIES.get(event.action_type)}
    if bans in ({"devices"}, {"devices", "block"}) and ("legislature" in article.actor_keys) != ("legislature" in event.actor_keys):
        # a parliament barring the app from its own members' phones acts apart from the government,
        # however an outlet types either ban
        return None
    if "-" not in article.jurisdiction and bool(_local(article.actor_keys)) != bool(_local(event.actor_keys)):
        # a town, county or province acts for itself: a report of the country's act (or one that
        # names no body) is not its act, nor is its act the country's
        return None
    if not _named(article.actor_keys) or not _named(event.actor_keys):
        return 1
    if article.actor_keys & event.context_keys or event.actor_keys & article.context_keys:
        return 1
    return None


_COURT_ACTOR = re.compile(r"\b(?:court|judge|judges|tribunal)\b", re.IGNORECASE)


def ruling_stage(stage: str, actor: str) -> str:
    """The stage identity compares: an act whose actor is a court ("the Supreme Court rejects
    TikTok's plea", reported by some outlets as the ban itself) is a ruling upholding the act."""
    return "upheld" if stage == "enacted" and _COURT_ACTOR.search(actor or "") else stage


def _courts(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in keys if k.startswith("agency:") and ("court" in k or "tribunal" in k))


def _local(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in keys if k.startswith(("local:", "city:")))


def _named(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in keys if not k.startswith("word:"))


def _same_body_days(article: Report, event: Report) -> bool:
    """One regulator, ministry or official, its acts on TikTok within ``SAME_BODY_DAYS`` of each
    other: one action however outlets type it (a data authority "opens proceedings" in one
    report and "orders measures" in another). Courts and legislatures, which take many separate
    decisions, are left out."""
    if article.published is None or event.published is None or abs(article.published - event.published) > SAME_BODY_DAYS:
        return False
    if "legislature" in article.actor_keys or "legislature" in event.actor_keys:
        return False
    shared = (article.actor_keys & event.actor_keys) - _courts(article.actor_keys | event.actor_keys)
    return any(k.startswith((f"{AGENCY}:", f"{OFFICIAL}:")) for k in shared)


def _coalition_and_member(article: Report, event: Report) -> bool:
    """A coalition of a country's states and one of those states, within ``SAME_BODY_DAYS``: outlets
    credit a multistate suit or motion to the state whose attorney general leads it ("Nebraska leads
    46 states"), so the two reports are one action."""
    if article.published is None or event.published is None or abs(article.published - event.published) > SAME_BODY_DAYS:
        return False
    for whole, part in ((article, event), (event, article)):
        country = whole.jurisdiction
        if "word:coalition" in whole.actor_keys and "-" not in country and part.jurisdiction.startswith(country + "-"):
            return True
    return False


def _ruling_and_its_act(article: Report, event: Report) -> bool:
    """A court's ruling that an act stands and a report of that act, in one country within
    ``SAME_BODY_DAYS``: one action. Outlets tell the ruling as the act it keeps ("TikTok will be
    banned after the Supreme Court upheld the law"), typed as the ban, the law or the order to sell
    and credited to the legislature or the head of state rather than the court. Either may come
    first; a story of the ban about to take effect, read as the ban, then heads the ruling's thread."""
    if article.published is None or event.published is None or abs(article.published - event.published) > SAME_BODY_DAYS:
        return False
    if (article.stage == "upheld") == (event.stage == "upheld"):
        return False  # two rulings compare their courts; two acts, their bodies
    act = event if article.stage == "upheld" else article
    return act.stage == "enacted" and act.action_type in RULED_ON


def _one_body(article: Report, event: Report, actor: int) -> bool:
    """Both reports name the same body, or one names a body and the other no one in particular."""
    return actor == 2 or bool(_named(article.actor_keys) or _named(event.actor_keys))


def match(article: Report, event: Report) -> Match | None:
    """Whether ``article`` reports the action ``event`` holds (time is checked by the caller)."""
    place = place_relation(article.jurisdiction, event.jurisdiction)
    if same_fine(article, event):
        # one amount, one fine: outlets credit it to different places and bodies
        return Match((place or 1, 2, 3, similarity(article.words, event.words)))
    if place is None:
        return None
    actor = actor_relation(article, event)
    ruling = place == 2 and _ruling_and_its_act(article, event)
    if actor is None and ruling:
        actor = 1  # the court and the body credited with the act it upheld: one story
    if actor is None:
        return None
    act = act_compatibility(article.action_type, event.action_type)
    if ruling or article.stage == event.stage == "upheld":
        act = max(act, 2)  # one ruling: outlets type it by the act upheld ("ban", "law") or as a ruling ("other")
    families = {FAMILIES.get(article.action_type), FAMILIES.get(event.action_type)}
    if place == 2 and (
        (families == {"block", "devices"} and ("-" in article.jurisdiction or _one_body(article, event, actor)))
        or (families == {"order", "devices"} and _one_body(article, event, actor))
    ):
        # a state or province bans the app on its own phones; outlets call it "Alberta outlaws TikTok".
        # A named body of a country (an army, a commission, a parliament) bans it on its own phones too,
        # whatever the outlet calls it: "US Army bans TikTok" is the Army's device ban, and the White
        # House ordering agencies to delete the app is the White House's device ban
        act = max(act, 2)
    if place == 2 and actor == 2 and _same_body_days(article, event):
        act = max(act, 2)
    if place == 1 and act >= 2 and _coalition_and_member(article, event):
        return Match((place, 2, act, similarity(article.words, event.words)))
    similar = similarity(article.words, event.words)
    # In a related or unknown place, only a named actor both share says it is the same government.
    ok = (act >= 2 or (act == 1 and actor == 2) or similar >= SAME_STORY) if place == 2 else (actor == 2 and act >= 2)
    return Match((place, actor, act, similar)) if ok else None
