"""Canonical article URLs: one article, one key, whatever the feed's link looked like."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit, urlunsplit

from courlan import normalize_url


def canonical_url(url: str) -> str:
    """Normalise ``url`` for identity: tracking parameters dropped, sorted query,
    lower-case host, no fragment, no trailing slash, and http/https treated alike."""
    url = url.strip()
    try:
        normalised = normalize_url(url, strict=True)
    except (ValueError, AttributeError):
        normalised = url
    parts = urlsplit(normalised)
    path = parts.path.rstrip("/") or "/"
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    netloc = host if parts.port in (None, 80, 443) else f"{host}:{parts.port}"
    return urlunsplit(("https", netloc, path, parts.query, ""))


def article_id(url: str) -> str:
    """Stable document id for an article: SHA-256 of its canonical URL (hex, 40 chars)."""
    return hashlib.sha256(canonical_url(url).encode("utf-8")).hexdigest()[:40]
