"""robots.txt for article pages: a page the site asks crawlers to leave alone is not fetched
(its feed summary is indexed instead).

Feeds themselves are published to be polled and are not checked. Each host's robots.txt is
fetched through the same safe client (deadline, byte cap, address guard) and kept in a
process-wide cache for its lifetime, across cycles: the ``Cache-Control: max-age`` (or
``Expires``) it was served with, between :data:`MIN_CACHE_SECONDS` and 24 hours (RFC 9309
asks crawlers not to keep one longer), :data:`CACHE_SECONDS` when the server says nothing.
A missing robots.txt (4xx) allows everything; one that cannot be fetched (network error,
5xx) also allows, the reason is logged, and it is asked again after
:data:`ERROR_CACHE_SECONDS`.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from monitor.errors import FetchError
from monitor.fetch import fetch
from monitor.settings import Settings

log = logging.getLogger(__name__)

ROBOTS_MAX_BYTES = 512 * 1024
ROBOTS_DEADLINE = 10.0
CACHE_SECONDS = 6 * 3600
MIN_CACHE_SECONDS = 300
MAX_CACHE_SECONDS = 24 * 3600
ERROR_CACHE_SECONDS = 600

# (user agent, origin) -> (monotonic expiry, rules or None for "everything allowed")
_CACHE: dict[tuple[str, str], tuple[float, RobotFileParser | None]] = {}
_LOCKS: dict[tuple[str, str], threading.Lock] = {}
_GUARD = threading.Lock()


def clear_cache() -> None:
    """Forget every cached robots.txt (tests, or after changing the user agent)."""
    with _GUARD:
        _CACHE.clear()


def cache_lifetime(headers: Mapping[str, str]) -> float:
    """Seconds to keep a robots.txt served with these headers."""
    cache_control = headers.get("cache-control", "").lower()
    seconds: float | None = None
    if "no-store" in cache_control or "no-cache" in cache_control:
        seconds = MIN_CACHE_SECONDS
    elif match := re.search(r"(?:^|[,\s])max-age\s*=\s*\"?(\d+)", cache_control):
        seconds = int(match.group(1))
    elif headers.get("expires"):
        try:
            expires = parsedate_to_datetime(headers["expires"])
            expires = expires if expires.tzinfo else expires.replace(tzinfo=UTC)
            seconds = (expires - datetime.now(UTC)).total_seconds()
        except (TypeError, ValueError, IndexError):
            seconds = None
    if seconds is None:
        return CACHE_SECONDS
    return float(min(max(seconds, MIN_CACHE_SECONDS), MAX_CACHE_SECONDS))


class RobotsPolicy:
    """Answers "may this page be fetched?" for one client and user agent, thread-safely.

    Answers come from the process-wide cache; :meth:`needs_fetch` tells the page scheduler
    which origins it must ask first (as jobs of their own, under the same per-host limits).
    """

    def __init__(self, client: httpx.Client, settings: Settings) -> None:
        self.client = client
        self.settings = settings
        self.agent = settings.user_agent.split("/")[0]
        self.fetched = 0  # robots.txt requests this policy made (the rest came from the cache)

    def _rules(self, origin: str) -> RobotFileParser | None:
        key = (self.agent, origin)
        with _GUARD:
            lock = _LOCKS.setdefault(key, threading.Lock())
        with lock:
            cached = _CACHE.get(key)
            if cached and time.monotonic() < cached[0]:
                return cached[1]
            rules: RobotFileParser | None = None
            lifetime: float = ERROR_CACHE_SECONDS
            self.fetched += 1
            try:
                result = fetch(self.client, origin + "/robots.txt", self.settings, deadline=ROBOTS_DEADLINE, max_bytes=ROBOTS_MAX_BYTES)
                if result.status == 200:
                    rules = RobotFileParser()
                    rules.parse(result.content.decode("utf-8", errors="replace").splitlines())
                    lifetime = cache_lifetime(result.headers)
                elif result.status >= 500:
                    log.info("robots.txt of %s answered %d; pages allowed", origin, result.status)
                else:
                    lifetime = cache_lifetime(result.headers)
            except FetchError as exc:
                log.info("robots.txt of %s not fetched (%s); pages allowed", origin, exc)
            with _GUARD:
                _CACHE[key] = (time.monotonic() + lifetime, rules)
            return rules

    def needs_fetch(self, origin: str) -> bool:
        """True when ``origin``'s robots.txt is not in the cache (or has expired)."""
        cached = _CACHE.get((self.agent, origin))
        return cached is None or time.monotonic() >= cached[0]

    def load(self, origin: str) -> None:
        """Fetch ``origin``'s robots.txt into the cache unless it is there."""
        self._rules(origin)

    def allowed(self, url: str) -> bool:
        origin = origin_of(url)
        if origin is None:
            return True
        rules = self._rules(origin)
        return rules is None or rules.can_fetch(self.agent, url)


def origin_of(url: str) -> str | None:
    """``scheme://host[:port]`` of ``url``, or ``None`` when it has none."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"
