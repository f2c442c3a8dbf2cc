"""Text extraction with trafilatura, inside worker processes with a time and memory budget.

trafilatura has no timeout of its own and a few pathological pages make it spin (or, like
a multi-megabyte page of paragraphs, simply take many seconds), so pages are extracted in a
small pool of worker processes. A page that runs past its time budget gets its worker
killed (the pool is rebuilt) and an :class:`ExtractResult` with an error; each worker also
has an address-space limit so a page cannot exhaust the machine's memory. The caller falls
back to the feed entry's summary when extraction fails (``ExtractResult.ok`` is false).

Bytes are decoded here, not by trafilatura (see :func:`decode_html`): byte-order mark,
valid UTF-8, the HTTP ``charset``, a ``<meta charset>``, then a statistical guess.
trafilatura only ever gets text (so it never decompresses a body a second time).
"""

from __future__ import annotations

import codecs
import logging
import multiprocessing as mp
import multiprocessing.pool
import os
import re
import resource
from collections.abc import Callable, Sequence
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
    findings: dict[str, Any] | None = None  # set when the worker also analyzed the article (see Extractor)

    @property
    def ok(self) -> bool:
        return self.error is None and bool(self.text)


_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
# UTF-32 LE before UTF-16 LE: its mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Labels that browsers (WHATWG Encoding) decode with a superset codec.
_SUPERSETS = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
              "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "euc-cn": "gb18030",
              "shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ks_c_5601-1987": "cp949", "euc-kr": "cp949",
              "iso-8859-9": "cp1254", "tis-620": "cp874", "iso-8859-11": "cp874", "big5": "big5hkscs"}  # fmt: skip


def _codec(label: str | bytes | None) -> str | None:
    """A Python codec name for a charset label, or ``None`` when unknown."""
    if not label:
        return None
    name = (label.decode("ascii", "replace") if isinstance(label, bytes) else label).strip().lower()
    name = _SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(content: bytes | str, charset: str | None = None) -> str:
    """Decode a page's bytes to text (never raises).

    Order: byte-order mark; then UTF-8 when the bytes are valid UTF-8 with some non-ASCII
    in them (text in any other encoding is practically never valid UTF-8 by chance, while
    servers often send a default ``charset=ISO-8859-1`` for UTF-8 pages); then the HTTP
    ``charset``; then ``<meta charset>`` or the XML declaration in the first 4 KiB; then a
    statistical guess. Labels are read as browsers read them (``iso-8859-1`` is
    ``cp1252``, ``gb2312`` is ``gb18030``, ...).
    """
    if isinstance(content, str):
        return content
    for bom, name in _BOMS:
        if content.startswith(bom):
            return content[len(bom) :].decode(name, "replace")
    if not content.isascii():
        try:
            return content.decode("utf-8")
        except UnicodeDecodeError:
            pass
    head = content[:4096]
    declared = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    for candidate in (_codec(charset), _codec(declared.group(1) if declared else None)):
        if candidate and not candidate.startswith(("utf-16", "utf-32")):  # without a BOM that label is a mislabel
            try:
                return content.decode(candidate)
            except UnicodeDecodeError:
                continue
    if content.isascii():
        return content.decode("ascii")
    from charset_normalizer import from_bytes

    best = from_bytes(content[:65536]).best()
    if best is not None and _codec(best.encoding):
        return content.decode(best.encoding, "replace")
    return content.decode("cp1252", "replace")


def _decode(html: bytes | str) -> str:
    return decode_html(html)


FAST_ENOUGH = 500  # characters of main text that the fast pass must find to be kept


def _page_meta(tree: Any) -> tuple[str | None, str | None, str | None]:
    """(title, author, site name) from a parsed page's ``<meta>`` tags and JSON-LD only."""
    from trafilatura.metadata import examine_meta, extract_meta_json

    meta = extract_meta_json(tree, examine_meta(tree))
    return meta.title, meta.author, meta.sitename


def extract_article(html: bytes | str, url: str | None = None, *, light_metadata: bool = False) -> ExtractResult:
    """Extract the main text and metadata of one page in this process (no time limit).

    ``light_metadata``: the caller already has the article's title and date (from its feed),
    so only the page's ``<meta>`` tags and JSON-LD are read for the site name and author,
    not trafilatura's search of the whole page for a date and a byline, which costs as much
    as finding the text (see bench/bench_extract.py). ``date`` is then ``None``."""
    import trafilatura
    from trafilatura.utils import load_html

    page = _decode(html)
    data: dict[str, Any] = {}
    text = ""
    meta: tuple[str | None, str | None, str | None] | None = None
    # Fast mode first (trafilatura's own algorithm only); the slower comparison with its
    # fallback extractors runs only when that finds little text. On the 181 real pages with
    # gold text this is 1.6x faster than always comparing, with the same token precision
    # and recall (0.96 / 0.96; see bench/bench_extract.py).
    for fast in (True, False):
        source: Any = page
        if light_metadata and fast:
            tree = load_html(page)
            if tree is not None:
                try:
                    meta = _page_meta(tree)
                except Exception:  # odd markup in a meta tag never costs the text
                    meta = (None, None, None)
                source = tree
        try:
            doc = trafilatura.bare_extraction(
                source, url=url, with_metadata=not light_metadata, include_comments=False, include_tables=False,
                favor_precision=True, fast=fast,
            )  # fmt: skip
        except Exception as exc:  # trafilatura raises many kinds on broken markup
            if not fast:
                return ExtractResult(error=f"{type(exc).__name__}: {exc}")
            continue
        if doc is not None:
            data = doc if isinstance(doc, dict) else doc.as_dict()
            text = (data.get("text") or "").strip()
        if len(text) >= FAST_ENOUGH:
            break
    if not text:
        return ExtractResult(error="no main text found")
    if meta is not None:
        title, author, site = meta
        return ExtractResult(text=text, title=title, author=author, site=site)
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


Worker = Callable[..., ExtractResult]  # (html, url) -> result, or (html, url, context) -> result
# (html, url), (html, url, HTTP charset) or (html, url, HTTP charset, context for the worker)
Page = tuple[bytes | str, str | None] | tuple[bytes | str, str | None, str | None] | tuple[bytes | str, str | None, str | None, Any]


def _worker(html: bytes | str, url: str | None) -> ExtractResult:
    try:
        return extract_article(html, url)
    except MemoryError:
        return ExtractResult(error="MemoryError: page exceeded the extraction memory budget")


def _run(worker: Worker, html: bytes | str, url: str | None, *context: Any) -> ExtractResult:
    """What a pool process runs: ``worker`` with a MemoryError turned into a result."""
    try:
        return worker(html, url, *context)
    except MemoryError:
        return ExtractResult(error="MemoryError: page exceeded the extraction memory budget")


def machine_cpus() -> int:
    """The CPUs this process may run on (its affinity, e.g. a container's share), at most 16."""
    try:
        available = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        available = os.cpu_count() or 1
    return max(1, min(16, available))


def in_daemon_process() -> bool:
    """True inside a daemonic multiprocessing/billiard process, which may not have children."""
    try:
        if mp.current_process().daemon:
            return True
    except Exception:
        pass
    try:  # Celery's prefork pool uses billiard, whose process object multiprocessing does not see
        import billiard  # type: ignore[import-not-found, unused-ignore]

        return bool(billiard.current_process().daemon)
    except Exception:
        return False


class Extractor:
    """A pool of extraction workers with a per-page time and memory budget.

    Use as a context manager; ``extract_many`` keeps the input order. ``worker`` is the
    function the processes run for each page (default: :func:`extract_article`); it must be
    a module-level function so it can be sent to the workers. Tests point it at hostile
    stand-ins (one that never returns, one that allocates without end) to check the budget
    holds for real, in a real child process.

    Timing: a page is abandoned once it has been waited on for ``timeout`` seconds, so each
    page gets at least its budget and a batch with ``k`` pages that hang costs about
    ``k * timeout`` more than one without.
    """

    def __init__(
        self,
        processes: int | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        memory_mb: int = DEFAULT_MEMORY_MB,
        *,
        worker: Worker = _worker,
        preload: Sequence[str] = (),
    ) -> None:
        self.processes = processes or machine_cpus()
        # Modules the fork server imports once per process, so every worker forked from it
        # starts with them loaded (e.g. the analyzer's knowledge), pool after pool.
        self.preload = tuple(preload)
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.worker = worker
        self.killed = 0  # how many times a pool was killed for a page over budget
        self._pool: multiprocessing.pool.Pool | None = None

    def _ensure_pool(self) -> multiprocessing.pool.Pool:
        if self._pool is None:
            if in_daemon_process():
                # A daemonic process (a Celery prefork worker running an Airflow task) may not
                # start child processes. Extract in threads instead: a page over budget is still
                # abandoned with an error, but its thread cannot be killed and runs on until the
                # task ends (bounded by the task's execution_timeout).
                log.warning("running in a daemonic process: extraction uses threads; hung pages cannot be killed")
                self._pool = multiprocessing.pool.ThreadPool(self.processes)
            else:
                ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
                if self.preload and ctx.get_start_method() == "forkserver":
                    ctx.set_forkserver_preload(list(self.preload))  # no effect once the fork server runs
                self._pool = ctx.Pool(self.processes, initializer=_limit_memory, initargs=(self.memory_mb,), maxtasksperchild=200)
        return self._pool

    def _kill_pool(self) -> None:
        if self._pool is not None:
            self.killed += 1
            if isinstance(self._pool, multiprocessing.pool.ThreadPool):
                self._pool.close()  # threads cannot be killed: abandon them (joining would wait on the hung one)
            else:
                self._pool.terminate()
                self._pool.join()
            self._pool = None

    def extract_many(self, pages: Sequence[Page]) -> list[ExtractResult]:
        """Extract every ``(html, url)`` pair; a page over budget yields an error result.

        A third element, the HTTP ``charset`` (``FetchResult.charset``), is used to decode
        bytes before they go to a worker; without it the page's own ``<meta>`` decides. A
        fourth is handed to the worker as its third argument (the pipeline's worker gets the
        feed entry, to analyze the article in the same process and budget).
        """
        work = [(decode_html(page[0], page[2]) if len(page) >= 3 else page[0], page[1], *page[3:]) for page in pages]
        results: list[ExtractResult | None] = [None] * len(pages)
        pending = list(range(len(pages)))
        while pending:
            pool = self._ensure_pool()
            handles = {i: pool.apply_async(_run, (self.worker, *work[i])) for i in pending}
            pending = []
            timed_out: int | None = None
            for i, handle in handles.items():
                if timed_out is not None:
                    pending.append(i)
                    continue
                try:
                    results[i] = handle.get(self.timeout)
                except mp.TimeoutError:
                    log.warning("extraction of %s exceeded %gs; worker killed", work[i][1], self.timeout)
                    results[i] = ExtractResult(error=f"extraction timed out: exceeded its {self.timeout:g}s budget; worker killed")
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
