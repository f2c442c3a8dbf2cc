"""Text extraction with trafilatura, inside worker processes with a time and memory budget.

trafilatura has no timeout of its own and a few pathological pages make it spin, so pages
are extracted in a small pool of worker processes. A page that runs past its time budget
gets its worker killed (the pool is rebuilt) and an :class:`ExtractResult` with an error;
each worker also has an address-space limit so a page cannot exhaust the machine's memory.
The caller falls back to the feed entry's summary when extraction fails.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import multiprocessing.pool
import os
import resource
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 20.0
DEFAULT_MEMORY_MB = 1536
MIN_TEXT_CHARS = 200


@dataclass(frozen=True)
class ExtractResult:
    text: str = ""
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site: str | None = None
    language: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and bool(self.text)


def _decode(html: bytes | str) -> str | bytes:
    return html  # trafilatura detects the charset of bytes itself (meta, BOM, heuristics)


def extract_article(html: bytes | str, url: str | None = None) -> ExtractResult:
    """Extract the main text and metadata of one page in this process (no time limit)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            _decode(html), url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return ExtractResult(error=f"{type(exc).__name__}: {exc}")
    if doc is None:
        return ExtractResult(error="no main text found")
    data: dict[str, Any] = doc if isinstance(doc, dict) else doc.as_dict()
    text = (data.get("text") or "").strip()
    if not text:
        return ExtractResult(error="no main text found")
    return ExtractResult(
        text=text,
        title=data.get("title"),
        author=data.get("author"),
        date=data.get("date"),
        site=data.get("sitename"),
        language=data.get("language"),
    )


def _limit_memory(memory_mb: int) -> None:
    limit = memory_mb * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):  # pragma: no cover - platform without RLIMIT_AS
        pass


def _worker(html: bytes | str, url: str | None) -> ExtractResult:
    try:
        return extract_article(html, url)
    except MemoryError:
        return ExtractResult(error="MemoryError: page exceeded the extraction memory budget")


class Extractor:
    """A pool of extraction workers with a per-page time budget.

    Use as a context manager; ``extract_many`` keeps the input order.
    """

    def __init__(self, processes: int | None = None, timeout: float = DEFAULT_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB) -> None:
        self.processes = processes or max(1, min(4, os.cpu_count() or 1))
        self.timeout = timeout
        self.memory_mb = memory_mb
        self._pool: multiprocessing.pool.Pool | None = None

    def _ensure_pool(self) -> multiprocessing.pool.Pool:
        if self._pool is None:
            ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
            self._pool = ctx.Pool(self.processes, initializer=_limit_memory, initargs=(self.memory_mb,), maxtasksperchild=200)
        return self._pool

    def _kill_pool(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def extract_many(self, pages: Sequence[tuple[bytes | str, str | None]]) -> list[ExtractResult]:
        """Extract every ``(html, url)`` pair; a page over budget yields an error result."""
        results: list[ExtractResult | None] = [None] * len(pages)
        pending = list(range(len(pages)))
        while pending:
            pool = self._ensure_pool()
            handles = {i: pool.apply_async(_worker, pages[i]) for i in pending}
            pending = []
            timed_out: int | None = None
            for i, handle in handles.items():
                if timed_out is not None:
                    pending.append(i)
                    continue
                try:
                    results[i] = handle.get(self.timeout)
                except mp.TimeoutError:
                    log.warning("extraction of %s exceeded %.0fs; worker killed", pages[i][1], self.timeout)
                    results[i] = ExtractResult(error=f"extraction exceeded its {self.timeout:.0f}s budget")
                    timed_out = i
                except Exception as exc:
                    results[i] = ExtractResult(error=f"{type(exc).__name__}: {exc}")
            if timed_out is not None:
                # Results already finished are kept; the rest are resubmitted to a fresh pool.
                still = []
                for i in pending:
                    handle = handles[i]
                    if handle.ready():
                        try:
                            results[i] = handle.get(0)
                            continue
                        except Exception as exc:
                            results[i] = ExtractResult(error=f"{type(exc).__name__}: {exc}")
                            continue
                    still.append(i)
                pending = still
                self._kill_pool()
        return [r if r is not None else ExtractResult(error="not extracted") for r in results]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
