"""robots.txt for article pages: a page the site asks crawlers to leave alone is not fetched
(its feed summary is indexed instead).

Feeds themselves are published to be polled and are not checked. Each host's robots.txt is
fetched once per process through the same safe client (deadline, byte cap, address guard)
and cached. A missing robots.txt (4xx) allows everything; one that cannot be fetched (network
error, 5xx) also allows, and the reason is logged.
"""

from __future__ import annotations

import logging
import threading
import time
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


class RobotsPolicy:
    """Answers "may this page be fetched?" for one client and user agent, thread-safely."""

    def __init__(self, client: httpx.Client, settings: Settings) -> None:
        self.client = client
        self.settings = settings
        self.agent = settings.user_agent.split("/")[0]
        self._cache: dict[str, tuple[float, RobotFileParser | None]] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def _rules(self, origin: str) -> RobotFileParser | None:
        with self._guard:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:
            cached = self._cache.get(origin)
            if cached and time.monotonic() - cached[0] < CACHE_SECONDS:
                return cached[1]
            rules: RobotFileParser | None = None
            try:
                result = fetch(self.client, origin + "/robots.txt", self.settings, deadline=ROBOTS_DEADLINE, max_bytes=ROBOTS_MAX_BYTES)
                if result.status == 200:
                    rules = RobotFileParser()
                    rules.parse(result.content.decode("utf-8", errors="replace").splitlines())
                elif result.status >= 500:
                    log.info("robots.txt of %s answered %d; pages allowed", origin, result.status)
            except FetchError as exc:
                log.info("robots.txt of %s not fetched (%s); pages allowed", origin, exc)
            self._cache[origin] = (time.monotonic(), rules)
            return rules

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        if not parts.scheme or not parts.netloc:
            return True
        rules = self._rules(f"{parts.scheme}://{parts.netloc}")
        return rules is None or rules.can_fetch(self.agent, url)
