"""Pacing: Slack allows about one message a second per channel, so posts to one channel are
spaced by ``min_interval`` seconds (other channels do not wait for it)."""

from __future__ import annotations

import time
from collections.abc import Callable

DEFAULT_MIN_INTERVAL = 1.0  # seconds between two posts to one channel


class Pacer:
    """Waits, before each post, until ``min_interval`` has passed since the channel's last post."""

    def __init__(
        self,
        min_interval: float = DEFAULT_MIN_INTERVAL,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.min_interval = min_interval
        self._clock = clock
        self._sleep = sleep
        self._last: dict[str, float] = {}

    def wait(self, channel: str) -> None:
        last = self._last.get(channel)
        if last is not None and self.min_interval > 0:
            wait = self.min_interval - (self._clock() - last)
            if wait > 0:
                self._sleep(wait)
        self._last[channel] = self._clock()
