"""Per-host scheduling of many requests: polite to every host, fair to every job.

Feed polls (:mod:`monitor.polling`), article pages (:mod:`monitor.pages`) and aggregator
link resolution all run through :func:`run_per_host`: a pool of worker threads takes jobs
from per-host queues, always the most urgent job among the hosts that may take a request
*now*. A :class:`HostLimiter` keeps at most ``per_host`` requests in flight per host and
at least ``host_spacing`` seconds between request starts on one host.

A worker never waits on a busy host while another host has work: it only sleeps when no
host with queued jobs may start a request, and then only until the first one may. So the
time a run takes follows the longest per-host queue (``len(queue) * spacing``), not the
total number of jobs, and one host with fifty pages cannot hold the workers that the other
hosts' single pages need.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TypeVar
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

DEFAULT_PER_HOST = 2
DEFAULT_HOST_SPACING = 0.5  # seconds between request starts on one host
MIN_TIME_TO_START = 1.0  # with a budget, a job is not started with less time than this left

T = TypeVar("T")
R = TypeVar("R")


def host_of(url: str) -> str:
    """The politeness key of a URL: its lower-case host name."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


class HostLimiter:
    """Per-host concurrency and spacing, shared by threads.

    :meth:`slot` is the blocking form (one-off requests); the scheduler uses
    :meth:`try_acquire` and :meth:`release` under :attr:`cond`, so it can move on to
    another host instead of waiting.
    """

    def __init__(
        self,
        per_host: int = DEFAULT_PER_HOST,
        spacing: float = DEFAULT_HOST_SPACING,
        overrides: Mapping[str, tuple[int, float]] | None = None,
    ) -> None:
        self.per_host = max(1, per_host)
        self.spacing = max(0.0, spacing)
        self.overrides = {k.lower(): v for k, v in (overrides or {}).items()}
        self.cond = threading.Condition()
        self._active: dict[str, int] = {}
        self._last_start: dict[str, float] = {}

    def limits(self, host: str) -> tuple[int, float]:
        per_host, spacing = self.overrides.get(host, (self.per_host, self.spacing))
        return max(1, per_host), max(0.0, spacing)

    def available_in(self, host: str, now: float) -> float:
        """0.0 when a request to ``host`` may start now, else how long until spacing allows
        one (``inf`` while every slot is taken). Call with :attr:`cond` held."""
        per_host, spacing = self.limits(host)
        if self._active.get(host, 0) >= per_host:
            return math.inf
        last = self._last_start.get(host)
        if last is not None and now < last + spacing:
            return last + spacing - now
        return 0.0

    def try_acquire(self, host: str, now: float) -> float:
        """Take a slot for ``host`` if one is free now (returns 0.0), else return
        :meth:`available_in`. Call with :attr:`cond` held."""
        wait = self.available_in(host, now)
        if wait:
            return wait
        self._active[host] = self._active.get(host, 0) + 1
        self._last_start[host] = now
        return 0.0

    def release(self, host: str) -> None:
        """Give back a slot. Call with :attr:`cond` held."""
        self._active[host] = max(0, self._active.get(host, 0) - 1)
        self.cond.notify_all()

    @contextmanager
    def slot(self, host: str, timeout: float | None = None) -> Iterator[None]:
        """Wait for a slot on ``host`` (at most ``timeout`` seconds, then ``TimeoutError``)."""
        give_up = None if timeout is None else time.monotonic() + timeout
        with self.cond:
            while True:
                now = time.monotonic()
                wait = self.try_acquire(host, now)
                if wait == 0.0:
                    break
                if give_up is not None:
                    if now >= give_up:
                        raise TimeoutError(f"no free slot for {host} within {timeout}s")
                    wait = min(wait, give_up - now)
                self.cond.wait(None if math.isinf(wait) else wait)
        try:
            yield
        finally:
            with self.cond:
                self.release(host)


def run_per_host(
    jobs: Sequence[tuple[str, T]],
    work: Callable[[T, float | None], R],
    on_error: Callable[[T, Exception], R],
    *,
    limiter: HostLimiter,
    workers: int,
    budget: float | None = None,
    min_time_to_start: float = MIN_TIME_TO_START,
    name: str = "job",
) -> dict[int, R]:
    """Run ``work(payload, seconds_left)`` for every ``(host, payload)`` in ``jobs``.

    ``jobs`` are given most urgent first. Each worker takes, among the hosts whose limiter
    allows a request now, the host whose next job is the most urgent, holds that host's
    slot for the job's duration, and gives it back. ``seconds_left`` is what remains of
    ``budget`` (``None`` without one); with a budget, jobs not started ``min_time_to_start``
    before it ends are left out of the result. An exception from ``work`` becomes
    ``on_error(payload, exc)``, never the run's. Returns results by index into ``jobs``.
    """
    if not jobs:
        return {}
    queues: dict[str, deque[int]] = {}
    for index, (host, _payload) in enumerate(jobs):
        queues.setdefault(host, deque()).append(index)
    started = time.monotonic()
    stop_at = None if budget is None else started + budget
    results: dict[int, R] = {}
    pending = [len(jobs)]

    def next_job() -> tuple[int, str] | None:
        with limiter.cond:
            while True:
                clock = time.monotonic()
                if pending[0] == 0 or (stop_at is not None and clock > stop_at - min_time_to_start):
                    return None
                best: tuple[int, str] | None = None
                wait = math.inf
                for host, queue in queues.items():
                    if not queue:
                        continue
                    available_in = limiter.available_in(host, clock)
                    if available_in:
                        wait = min(wait, available_in)
                        continue
                    if best is None or queue[0] < best[0]:
                        best = (queue[0], host)
                if best is not None:
                    host = best[1]
                    acquired = limiter.try_acquire(host, clock)
                    assert acquired == 0.0
                    index = queues[host].popleft()
                    pending[0] -= 1
                    return index, host
                if stop_at is not None:
                    wait = min(wait, max(0.0, stop_at - min_time_to_start - clock))
                limiter.cond.wait(None if math.isinf(wait) else wait)

    def worker() -> None:
        while True:
            picked = next_job()
            if picked is None:
                return
            index, host = picked
            payload = jobs[index][1]
            left = None if stop_at is None else stop_at - time.monotonic()
            try:
                result = work(payload, left)
            except Exception as exc:  # work records its own failures; this is a bug guard
                log.exception("%s %d (%s) crashed", name, index, host)
                result = on_error(payload, exc)
            finally:
                with limiter.cond:
                    limiter.release(host)
            with limiter.cond:
                results[index] = result

    threads = [threading.Thread(target=worker, name=f"{name}-{n}", daemon=True) for n in range(max(1, min(workers, len(jobs))))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
