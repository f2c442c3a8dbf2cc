"""Canonical article URLs: one article, one key, whatever the feed's link looked like.

Two links name the same article when they differ only in: scheme (http/https), a
``www.`` prefix, host case, a default port, a trailing slash, the fragment, the order of
query parameters, or tracking parameters (``utm_*``, ``fbclid``, ``at_medium``, ...).
Parameters that select content (``?id=3``, ``?p=42``, ``?i=cc0c5``) are kept: dropping
them would fold different articles into one.

Links that only wrap another link (Google's ``/url?url=``, Bing News ``apiclick``) are
unwrapped first, offline, so an article found through Google Alerts or Bing News and
through its publisher's feed gets one key. Google News ``/rss/articles/CBMi…`` links carry
no target at all; :mod:`monitor.aggregators` resolves them.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan import normalize_url

# Redirectors whose target is in a query parameter: (host suffix, path) -> parameter names.
_REDIRECTORS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("google.com", "/url", ("url", "q")),
    ("news.url.google.com", "/url", ("url", "q")),
    ("bing.com", "/news/apiclick.aspx", ("url",)),
    ("l.facebook.com", "/l.php", ("u",)),
)
# Tracking parameters courlan does not know, by exact (lower-case) name or prefix.
_TRACKING_PARAMS = frozenset(
    {
        "wprss", "rss", "rssfeed", "feedtype", "cmpid", "cmp", "ocid", "smid", "smtyp", "ito", "taid", "mbid", "spm",
        "s_cid", "sr_share", "ftag", "dicbo", "guccounter", "guce_referrer", "guce_referrer_sig", "soc_src", "soc_trk",
        "mkt_tok", "_hsenc", "_hsmi", "__twitter_impression", "icid", "ncid", "yptr",
    }
)  # fmt: skip
_TRACKING_PREFIXES = ("utm_", "at_", "ns_", "pk_", "mc_", "_ga", "hsa_", "oly_", "vero_")
# Hosts whose own parameters are presentation only (language, region of the reader).
_PRESENTATION_PARAMS = {"news.google.com": frozenset({"oc", "hl", "gl", "ceid"})}
# Feed-side click trackers: when a feed links through one of these and its GUID is a
# permalink, the GUID is the article's real address.
_FEED_TRACKERS = re.compile(
    r"^https?://(?:[^/]*\.)?(?:feedproxy\.google\.com|feedsportal\.com|pheedo\.com)/|/~r/|/click\.phdo\b", re.IGNORECASE
)


def unwrap_redirect(url: str) -> str:
    """The target of a known redirector link (Google ``/url``, Bing News), else ``url``."""
    for _ in range(3):  # a redirector may wrap another one
        try:
            parts = urlsplit(url.strip())
        except ValueError:
            return url
        host = (parts.hostname or "").lower()
        target = None
        for suffix, path, names in _REDIRECTORS:
            if (host == suffix or host.endswith("." + suffix)) and parts.path.lower() == path:
                query = dict(parse_qsl(parts.query, keep_blank_values=True))
                target = next((query[n] for n in names if query.get(n, "").startswith(("http://", "https://"))), None)
                break
        if target is None:
            return url
        url = target
    return url


GOOGLE_NEWS_HOST = "news.google.com"
# Host prefixes that name the same outlet: the mobile and AMP editions of a site.
_EDITION_PREFIXES = ("www.", "m.", "mobile.", "amp.", "amp-")


def google_news_id(url: str) -> str | None:
    """The article id of a Google News article link (``/rss/articles/<id>``, ``/articles/<id>``,
    ``/read/<id>``), else ``None``."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if (parts.hostname or "").lower() != GOOGLE_NEWS_HOST:
        return None
    segments = parts.path.split("/")
    if len(segments) > 2 and segments[-2] in ("articles", "read") and segments[-1]:
        return segments[-1]
    return None


def outlet_of(url: str | None) -> str:
    """The outlet a URL belongs to: its host, lower-case, without ``www.``/``m.``/``amp.``
    (so the mobile and AMP editions of a site are one outlet). Empty when there is none."""
    if not url:
        return ""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""
    changed = True
    while changed:
        changed = False
        for prefix in _EDITION_PREFIXES:
            if host.startswith(prefix) and host.count(".") > 1:
                host = host[len(prefix) :]
                changed = True
    return host


def is_feed_tracker(url: str) -> bool:
    """True for feed click-tracking links (FeedBurner ``/~r/``, Pheedo, Feedsportal)."""
    return bool(_FEED_TRACKERS.search(url))


def _is_tracking(name: str, host: str) -> bool:
    lowered = name.lower()
    if lowered in _TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES):
        return True
    return lowered in _PRESENTATION_PARAMS.get(host, frozenset())


def canonical_url(url: str) -> str:
    """Normalise ``url`` for identity: redirectors unwrapped, tracking parameters dropped,
    sorted query, lower-case host without ``www.``, no fragment, no trailing slash, and
    http/https treated alike. Never raises; a URL it cannot parse comes back stripped."""
    url = unwrap_redirect(url.strip())
    try:
        normalised = normalize_url(url, strict=False)
    except Exception:  # courlan raises assorted errors on odd input
        normalised = url
    try:
        parts = urlsplit(normalised)
        port = parts.port
    except ValueError:
        return url
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    try:
        host = host.encode("idna").decode("ascii")  # one spelling for internationalised names
    except UnicodeError:
        pass
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k, host))
    path = parts.path.rstrip("/") or "/"
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    return urlunsplit(("https", netloc, path, urlencode(query), ""))


def article_id(url: str) -> str:
    """Stable document id for an article: SHA-256 of its canonical URL (hex, 40 chars)."""
    return hashlib.sha256(canonical_url(url).encode("utf-8")).hexdigest()[:40]
