"""Clauses and cues around a trigger: where its clause starts and ends, and what the clause says.

:func:`_window` finds the clause of a trigger (left to the last subordinate boundary, right to the
next one). :func:`_cues` reads it:

* modality: "could ban", "is considering", "calls for", "bill would" make a proposal; "will ban" is
  a *weak future*, settled later by decision cues ("effective", "within 30 days", a start date);
* negation and denial: "is not blocking access", "reports that ... are false";
* time: "last year", "in 2023" (before the publication year), "had banned", "since 2020", a dated
  month more than ten days old make the act *background*; "on Wednesday", "today", "has ordered",
  "..., a spokesman said on Thursday" make it *news* (:func:`_date_background` reads the dates,
  with slack when the publication date is given only to the month or year).

:class:`Context` carries the article-level facts these readings need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from monitor.english_knowledge import IC, _pattern

_HYPO = _pattern("cues", "hypothetical")
_REPORTED_WOULD = _pattern("cues", "reported_would")
_WEAK_FUTURE = _pattern("cues", "weak_future")
_DECISION = _pattern("cues", "decision")
_NEGATION = _pattern("cues", "negation")
_SINCE_PAST = _pattern("cues", "since_past")
# the reporting clause dates the news: "..., a spokesman said on Thursday"
_REPORTED_TODAY = _pattern("cues", "reported_today")
_CAUSE_CLAUSE = re.compile(r"\b(?:since|after|following|ever since|in the wake of)\s*$", IC)
# a leading clause with its own verb ("After talks fail, ..."), not an adverbial ("In 2023, ...", "If approved, ...")
_LEAD_CLAUSE = re.compile(r"^\W*(?:after|ever since|since|when|once|following|because|while|although|though|as)\s+\w+\s+\w+", IC)
_LEAD_PAST_CLAUSE = re.compile(r"^\W*(?:after|ever since|since|when|once|following)\b", IC)
_NEWS_CLAUSE = re.compile(
    r"\b(?:today|tonight|yesterday|this (?:morning|week)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", IC
)

_JOINED_PAST = re.compile(r"(?:,\s*(?:but|and|then|before|after|until|when)|\b(?:before|after|until))\s*$", IC)
_DENIAL = _pattern("cues", "denial")
_PENDING = _pattern("cues", "pending")

_POST_HYPO = _pattern("cues", "hypothetical_after")
_GERUND_MODAL_AFTER = _pattern("cues", "gerund_modal_after")
_MANDATIVE = _pattern("cues", "mandative")
_CONDITION_AFTER = _pattern("cues", "condition_after")
_PAST_OPENER = _pattern("cues", "past_opener")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|am|'s|'re)\s+(?:\w+ly\s+)?$", IC)
_RULE_OUT = _pattern("cues", "rule_out")

_BG_STRONG = _pattern("cues", "background_strong")
_PAST_BEFORE = _pattern("cues", "past_before")
_ELAPSED_LEAD = _pattern("cues", "elapsed_lead")
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

# "shared the decision to ban", "announced its order to block": the announcement of the act, not a reference to an old one
_ANNOUNCED_DECISION = re.compile(
    r"\b(?:announc|shar|confirm|unveil|publish|communicat|reveal|disclos)\w*\s+(?:the|its|their|a)\s+(?:\w+\s+)?"
    r"(?:decision|order)\s+to(?:\s+\w+)?(?:\s+(?:the|a|an|its))?\s+$",
    IC,
)

# "Many Western nations are enforcing a ban", "Several states have barred the app": an unnamed group of governments as
# the subject states a trend, not one government's act ("Two more states ban ..." is news and keeps its act)
_GENERIC_GROUP = re.compile(
    r"^\W*(?:(?:in|across|around|throughout)\s+[^,]{1,40},\s*)?(?:(?:many|several|some|other|numerous|various|multiple|"
    r"most|all|few|a few|dozens|scores|hundreds|a (?:number|handful|host|string|slew|raft|series|growing number|"
    r"growing list) of|more than \w+|at least \w+|over \w+|nearly \w+|about \w+|\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|a third of|half of|(?:a|one) dozen)\s+)(?:of\s+(?:the\s+)?)?(?:(?!more\b|new\b|additional\b|"
    r"further\b)[\w.'-]+\s+){0,3}?(?:countries|nations|governments|states|jurisdictions|democracies|allies|regimes|"
    r"provinces|cities|counties|municipalities|agencies|universities|colleges|school (?:districts|boards)|legislatures)\b"
    r"(?:\s*,[^,]{1,60},)?(?:\s+(?:such as|like|including)\s+[^,]{1,60}?)?\s+(?:\w+\s+){0,3}?$",
    IC,
)
_COUNTED = re.compile(r"^\W*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|(?:a|one) dozen)\s", IC)
_ALREADY = re.compile(r"\b(?:have|has|had|now|already)\b", IC)


def _generic_group(text: str, ts: int) -> bool:
    """A group of governments as the subject; a count of them acting now ("Four Ontario school
    boards sue ...", "13 states file suits") is one coordinated act, unless it has already happened."""
    m = _GENERIC_GROUP.match(text, 0, ts)
    if m is None:
        return False
    return not (_COUNTED.match(m.group(0)) and not _ALREADY.search(text, 0, ts))


# "The move follows a Supreme Court ruling that upheld a ban": the act after "follows" or "comes after" is the cause
# of what the sentence reports, not the news
_FOLLOWS_CAUSE = re.compile(
    r"^\W*(?:(?:the|this|that|its|their|his|her|[\w.-]+'s)\s+)?(?:[\w-]+\s+){0,3}?(?:move|decision|step|announcement|"
    r"ban|order|action|shutdown|exit|ruling|fine|suspension|development|measure|law|bill|change|it|this|that|"
    r"departure|withdrawal|closure)(?:\s*,[^,]{1,80},)?\s+(?:follows|followed|(?:comes|came|has come)\s+"
    r"(?:(?:just|shortly|only|days|weeks|months|a (?:day|week|month)|two \w+|a year)\s+)*"
    r"(?:after|on the heels of|in the wake of|amid|as))\b",
    IC,
)

# "What happens when a social media app is banned": an explainer's hypothesis, cut off by the "when" boundary
_WHAT_IF = re.compile(r"\bwhat (?:happens|would happen|will happen|could happen|next)\s+(?:when|if)\s*$", IC)
# "is following the lead of other counties in banning": "following" is the verb of the main clause, not a cause
_FOLLOWING_VERB = re.compile(r"\b(?:is|are|was|were|be|been|now)\s+following\s*$", IC)

_REASON = re.compile(r"\b(?:for|over|dating|relating|related to|concerning|regarding|about|after|because of|due to)\b", IC)


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
    if left > 0 and re.match(r"^[^,]{0,40},\s*$", text[:left]) and not _LEAD_CLAUSE.match(text):
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


def _cues(text: str, ts: int, te: int, ctx: Context) -> dict[str, bool]:
    left, right = _window(text, ts, te)
    pre = text[left:ts]
    post = text[te : min(len(text), te + 45)]
    clause = text[left:right]
    hypo = bool(_HYPO.search(pre)) or bool(_POST_HYPO.search(post)) or bool(_WHAT_IF.search(text, 0, left))
    if (
        text[ts:te].lower().endswith("ing")
        and not _BE_BEFORE.search(text, 0, ts)
        and _GERUND_MODAL_AFTER.search(text, te)
    ):
        hypo = True  # "banning under-16s from social media could backfire": the act is what is talked about
    if _MANDATIVE.search(text, 0, ts):
        hypo = True  # "has demanded that TikTok be blocked": asked for, not taken
    if text.rstrip().endswith("?"):
        hypo = True  # "TikTok outlawed: can bans fix screen addiction?": a question asks; it reports no act
    rule_out = bool(_RULE_OUT.search(text[left : te + 10]))
    reported_would = bool(_REPORTED_WOULD.search(text[:te]))
    if hypo and not rule_out and reported_would:
        # "announced that the government would shut down": the would is a backshifted will
        stripped = re.sub(r"\bwould\b", "", pre, flags=IC)
        hypo = bool(_HYPO.search(stripped)) or bool(_POST_HYPO.search(post))
    weak = bool(_WEAK_FUTURE.search(pre + text[ts:te])) or reported_would
    if weak and _CONDITION_AFTER.search(post):
        hypo = True  # "will order the total ban of TikTok if it is proven ...": a conditional
    if _PENDING.search(text):
        hypo = True
    negated = (bool(_NEGATION.search(pre)) and not rule_out) or bool(_DENIAL.search(text))
    bg_strong = bool(_BG_STRONG.search(clause)) or bool(_PAST_BEFORE.search(text, 0, ts))
    bg_weak = bool(_BG_WEAK.search(pre)) or bool(re.search(r"^\s*(?:\w+\s+){0,3}?(?:also|too)\b", post, IC))
    bg_weak = bg_weak or bool(_PAST_OPENER.search(text))  # "Previously, several platforms ... were fined"
    past_perfect = bool(_PAST_PERFECT.search(pre + text[ts:te])) and not _REPORTED.search(text[:te])
    if not past_perfect and re.search(r"\b(?:before|after|when|until|since)\s*$", text[:left], IC):
        # "Montana had banned the app before a court blocked the law": the clause shares the main clause's past
        past_perfect = bool(_PAST_PERFECT.search(text[:left])) and not _REPORTED.search(text[:left])
    # dates inside the reason ("fined for breaches dating to 2020") do not date the act
    reason = _REASON.search(text, te, right)
    date_bg, date_news = _date_background(text[left : reason.start() if reason else right], ctx.published, ctx.ref_year, ctx.date_slack)
    elapsed = _ELAPSED_LEAD.match(text)
    news_from = elapsed.end() if elapsed and elapsed.end() <= ts else 0  # "Thirty days after X announced ..., the app"
    news = bool(_NEWS.search(text, news_from, max(news_from, right))) or date_news or bool(_REPORTED_TODAY.search(text, right))
    reference = bool(_REFERENCE.search(pre)) and not _ANNOUNCED_DECISION.search(pre)
    if (
        left > 20
        and _CAUSE_CLAUSE.search(text, 0, left)
        and not _NEWS_CLAUSE.search(text, left, right)
        and not _FOLLOWING_VERB.search(text, 0, left)
    ):
        reference = True  # "support has fallen since President Biden signed a law ...": the act explains the main clause
    if _FOLLOWS_CAUSE.search(text, 0, ts) and not _NEWS_CLAUSE.search(text, 0, right):
        reference = True
    comma = text.find(", ", te)
    if _LEAD_PAST_CLAUSE.match(text) and ", " not in text[:ts] and comma != -1 and not _NEWS_CLAUSE.search(text, 0, comma):
        first = text[ts:te].split()[0].lower() if text[ts:te].split() else ""
        if first.endswith("ed") or first in ("shut", "cut", "hit", "forbade", "sought"):
            reference = True  # "After India banned TikTok, local apps raced ...": the act sets the scene of the main clause
    since = _SINCE_PAST.match(text, te)
    if since and ctx.ref_year is not None and since.group(1) and int(since.group(1)) < ctx.ref_year:
        bg_strong = True  # "TikTok has been blocked in India since 2020": a state that began in the past
    elif since and not since.group(1):
        bg_strong = True  # "banned since last year"
    background = bg_strong or date_bg or past_perfect or (bg_weak and not news) or _generic_group(text, ts)
    if not background and not news and left > 0 and _JOINED_PAST.search(text, 0, left):
        # "Montana banned TikTok in 2023, but a judge blocked the law": the second clause shares the first's past
        prior_bg, _ = _date_background(text[:left], ctx.published, ctx.ref_year, ctx.date_slack)
        background = prior_bg or bool(_BG_STRONG.search(text[:left]))
    # the trigger's own words do not settle it: "said he would issue an order" is still only a pledge
    decision = bool(_DECISION.search(text[:ts] + " " * (te - ts) + text[te:]))
    return {
        "hypo": hypo or rule_out,
        "weak": weak,
        "negated": negated,
        "background": background,
        "news": news and not background,
        "reference": reference,
        "decision": decision,
    }
