"""Rendering: Block Kit messages for alerts (a parent per event, thread replies, digests).

Everything that comes from an article (titles, evidence, actors, URLs) is untrusted: it is
escaped for Slack mrkdwn so that a headline can never mention ``@channel`` or fake a link.
Messages stay inside Slack's limits (3,000 characters per section, 50 blocks) by dropping whole
lines, never by cutting a link in half.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from slack_sdk.models.blocks import ContextBlock, DividerBlock, MarkdownTextObject, SectionBlock

from monitor.events import main_action, outlet_of
from monitor.jurisdictions import flag, jurisdiction_name
from monitor.models import HEADLINE_AND_LEAD, HEADLINE_ONLY, LEAD_ONLY, LEAD_TWICE

SECTION_LIMIT = 3000
FALLBACK_LIMIT = 4000
EVIDENCE_LIMIT = 900
DIGEST_MAX_EVENTS = 60  # lines of about 250 characters: 60 fit in the 47 sections a message has left
ACTION_LABELS = {
    "ban_national": "national ban",
    "ban_regional": "regional ban",
    "ban_government_devices": "government-device ban",
    "divestiture_order": "divestiture order",
    "business_wind_up_order": "business wind-up order",
    "fine_or_penalty": "fine",
    "lawsuit_by_government": "government lawsuit",
    "investigation_opened": "investigation opened",
    "law_enacted": "law enacted",
    "regulatory_order": "regulatory order",
    "other": "government action",
}
STAGE_ICONS = {"challenged": "⚖️", "blocked": "⛔", "upheld": "✅", "lifted": "↩️"}
SUPPORT_PHRASES = {
    HEADLINE_AND_LEAD: "stated in the headline and the lead",
    HEADLINE_ONLY: "stated in the headline only",
    LEAD_ONLY: "stated in the lead only",
    LEAD_TWICE: "stated twice in the lead",
}


@lru_cache(maxsize=256)
def language_name(code: str) -> str:
    """``fr`` → ``French`` (CLDR names through babel); an unknown code stays as it is."""
    try:
        return str(Locale("en").languages.get(code.split("-")[0]) or code)
    except (ValueError, UnknownLocaleError):
        return code


def how_sure(event: dict[str, Any]) -> str:
    """``confidence 0.91, stated in the headline and the lead``: how often alerts like this one were
    right on fresh articles (``monitor.calibration``), and why; "" when the event does not say."""
    confidence = event.get("confidence")
    if not isinstance(confidence, int | float) or isinstance(confidence, bool):
        return ""
    phrase = SUPPORT_PHRASES.get(str(event.get("support") or ""))
    return f"confidence {confidence:.2f}" + (f", {phrase}" if phrase else "")


# --------------------------------------------------------------------------- escaping


def escape(text: Any) -> str:
    """Escape an untrusted string for Slack mrkdwn: ``&``, ``<`` and ``>`` become entities,
    so ``<!channel>``, ``<@U123>`` or a fake link in a headline stay inert text."""
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def safe_link(url: Any, label: Any) -> str:
    """A mrkdwn link ``<url|label>`` with both parts neutralised; non-http URLs become text."""
    url = str(url or "")
    if not re.match(r"^https?://", url):
        return escape(label or url)
    quoted = url.replace("|", "%7C").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
    text = escape(label or url).replace("|", "¦")
    return f"<{quoted}|{text}>"


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def mention_markup(mention: str) -> str:
    """Trusted mention markup from a rule's (validated) mention policy."""
    if mention == "here":
        return "<!here> "
    if mention == "channel":
        return "<!channel> "
    if mention.startswith("S"):
        return f"<!subteam^{mention}> "
    if mention[:1] in ("U", "W"):
        return f"<@{mention}> "
    return ""


# --------------------------------------------------------------------------- rendering


def headline(event: dict[str, Any]) -> str:
    """``🇨🇦 Canada · business wind-up order · Government of Canada`` (unescaped)."""
    code = str(event.get("jurisdiction") or "")
    parts = [f"{flag(code)} {jurisdiction_name(code)}".strip(), ACTION_LABELS.get(str(event.get("action_type")), "government action")]
    if event.get("actor"):
        parts.append(str(event["actor"]))
    return " · ".join(parts)


def _date(value: Any) -> str:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).strftime("%d %b %Y")
    except ValueError:
        return "date unknown"


@dataclass(frozen=True)
class Message:
    text: str  # the fallback text (notifications, screen readers)
    blocks: list[dict[str, Any]]


def render_parent(event: dict[str, Any], rule: dict[str, Any]) -> Message:
    title = event.get("title") or "(no title)"
    head = headline(event)
    lines = [
        f"{mention_markup(str(rule.get('mention', 'none')))}*{escape(head)}*",
        safe_link(event.get("best_url"), _clip(str(title), 300)),
    ]
    if event.get("evidence"):
        lines.append("> " + escape(_clip(str(event["evidence"]), EVIDENCE_LIMIT)))
    outlets = int(event.get("outlet_count") or 1)
    context = [
        f"📅 {_date(event.get('first_published'))}",
        f"📰 {outlets} outlet{'s' if outlets != 1 else ''}",
        f"🔔 rule *{escape(rule.get('name'))}* ({escape(rule.get('severity', 'medium'))})",
    ]
    languages = [language_name(c) for c in event.get("languages") or [] if c and c != "unknown"]
    if languages:
        context.append(f"🗣️ {escape(', '.join(languages))}")
    sure = how_sure(event)
    if sure:
        context.append(f"🎯 {escape(sure)}")
    if event.get("official"):
        context.insert(0, "🏛️ official source")
    developments = event.get("developments") or []
    if developments:
        last = developments[-1]
        context.append(f"{STAGE_ICONS.get(str(last.get('stage')), '•')} latest: {escape(last.get('stage'))}")
    kind = escape(ACTION_LABELS.get(str(event.get("action_type")), "action"))
    why = f"Why: {escape(rule.get('description') or rule.get('name'))}; the article reports an adopted government action ({kind})."
    blocks = [
        SectionBlock(text=MarkdownTextObject(text=_clip_section("\n".join(lines)))).to_dict(),
        ContextBlock(elements=[MarkdownTextObject(text=" · ".join(context))]).to_dict(),
        ContextBlock(elements=[MarkdownTextObject(text=_clip(why, SECTION_LIMIT))]).to_dict(),
    ]
    fallback = (
        f"{escape(head)}: {escape(_clip(str(title), 300))} ({outlets} outlet{'s' if outlets != 1 else ''}) {event.get('best_url') or ''}"
    )
    return Message(text=_clip(fallback, FALLBACK_LIMIT), blocks=blocks)


def render_reply(article: dict[str, Any], kind: str) -> Message:
    title = _clip(str(article.get("title") or "(no title)"), 300)
    outlet = outlet_of(article)
    if kind == "development":
        action = main_action(article)
        stage = str(action.get("stage") or "update")
        lines = [f"{STAGE_ICONS.get(stage, '•')} *Development: {escape(stage)}* · {escape(outlet)}", safe_link(article.get("url"), title)]
        if action.get("evidence"):
            lines.append("> " + escape(_clip(str(action["evidence"]), EVIDENCE_LIMIT)))
        fallback = f"Development ({escape(stage)}): {escape(title)} {article.get('url') or ''}"
    else:
        lines = [f"📰 Also reported by *{escape(outlet)}*: {safe_link(article.get('url'), title)}"]
        fallback = f"Also reported by {escape(outlet)}: {escape(title)} {article.get('url') or ''}"
    blocks = [SectionBlock(text=MarkdownTextObject(text=_clip_section("\n".join(lines)))).to_dict()]
    return Message(text=_clip(fallback, FALLBACK_LIMIT), blocks=blocks)


def render_digest(events: Sequence[dict[str, Any]]) -> Message:
    """One message standing in for many parents when a channel would be flooded: one line per
    event (flag, place, type, actor, and a link to its best source), packed into sections so
    that every event is listed (a digest holds at most ``DIGEST_MAX_EVENTS``)."""
    count = len(events)
    title = f"*{count} new government action{'s' if count != 1 else ''} against TikTok*"
    blocks: list[dict[str, Any]] = [
        SectionBlock(text=MarkdownTextObject(text=title)).to_dict(),
        ContextBlock(elements=[MarkdownTextObject(text="Each gets its own message and thread as soon as it has news.")]).to_dict(),
        DividerBlock().to_dict(),
    ]
    section: list[str] = []
    for event in events:
        line = f"• *{escape(headline(event))}*: {safe_link(event.get('best_url'), _clip(str(event.get('title') or ''), 150))}"
        line = _clip_section(line)
        if section and len("\n".join([*section, line])) > SECTION_LIMIT:
            blocks.append(SectionBlock(text=MarkdownTextObject(text="\n".join(section))).to_dict())
            section = []
        section.append(line)
    if section:
        blocks.append(SectionBlock(text=MarkdownTextObject(text="\n".join(section))).to_dict())
    heads = "; ".join(headline(e) for e in events)
    return Message(text=_clip(f"{count} new government actions against TikTok: {escape(heads)}", FALLBACK_LIMIT), blocks=blocks[:50])


def _clip_section(text: str) -> str:
    """Keep a section under Slack's 3,000 characters by dropping whole trailing lines
    (a link or an entity is never cut in half)."""
    lines = text.split("\n")
    while len("\n".join(lines)) > SECTION_LIMIT and len(lines) > 1:
        lines.pop()
    joined = "\n".join(lines)
    return joined if len(joined) <= SECTION_LIMIT else _clip(re.sub(r"<[^>]*$", "", joined[:SECTION_LIMIT]), SECTION_LIMIT)
