"""Safe HTTP fetching for feeds and pages.

Everything we read comes from servers we do not control, so one fetch is bounded in
every direction:

* **one total deadline** per request. It covers name resolution, connecting, TLS, the
  request, the headers and the body, across every redirect hop: each socket operation
  gets at most the time that is left (see :class:`_DeadlineStream`), so a server that
  drips a byte a second, in its headers or its body, cannot hold a worker;
* **a byte cap that applies after decompression** (we decode gzip/deflate ourselves with
  ``max_length``, so a gzip bomb never inflates past the cap);
* **a redirect cap**, with every hop re-checked;
* **http and https only**, and **no loopback, private, link-local, carrier-grade-NAT,
  multicast, reserved or IPv4-mapped addresses** unless the host is allow-listed. The check
  runs on the address the socket actually connects to (inside the connection backend), so
  DNS rebinding between check and connect does not get through. IP literals are also
  refused before any connection is tried, for a clearer error.

Allow-listing is by host name as written in the URL (``MONITOR_ALLOW_HOSTS``), e.g.
``127.0.0.1,localhost`` for tests and local benchmarks.
"""

from __future__ import annotations

import contextvars
import ipaddress
import logging
import socket
import ssl
import time
import zlib
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import Message
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from monitor.errors import DeadlineError, FetchError, TooLargeError, UnsafeURLError
from monitor.settings import Settings

log = logging.getLogger(__name__)

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
CGNAT = ipaddress.ip_network("100.64.0.0/10")
NAT64 = ipaddress.ip_network("64:ff9b::/96")
CHUNK = 64 * 1024
DEFAULT_MAX_CONNECTIONS = 64
RESOLVER_THREADS = 8

# The absolute (time.monotonic) deadline of the fetch running in this thread or context;
# read by the network stream on every socket operation, so pooled connections that were
# opened by another fetch still obey the current one's deadline.
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("fetch_deadline", default=None)
_resolver = ThreadPoolExecutor(max_workers=RESOLVER_THREADS, thread_name_prefix="resolve")


def is_public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True when ``ip`` is a globally routable unicast address."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None or ip.sixtofour is not None or ip.teredo is not None:
            return False
        if ip in NAT64:  # 64:ff9b::a.b.c.d reaches a.b.c.d through a NAT64 gateway
            return is_public_address(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    if ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_multicast:
        return False
    if ip.is_reserved or ip.is_unspecified or not ip.is_global:
        return False
    return not (isinstance(ip, ipaddress.IPv4Address) and ip in CGNAT)


def _remaining(timeout: float | None) -> float | None:
    """``timeout`` shortened to what is left of the current fetch's deadline."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        return 0.0
    return left if timeout is None else min(timeout, left)


@contextmanager
def _deadline(at: float) -> Iterator[None]:
    token = _DEADLINE.set(at)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every read and write ends by the current fetch's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        left = _remaining(timeout)
        if left == 0.0:
            raise httpcore.ReadTimeout("fetch deadline passed")
        return self._inner.read(max_bytes, left)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        left = _remaining(timeout)
        if left == 0.0:
            raise httpcore.WriteTimeout("fetch deadline passed")
        self._inner.write(buffer, left)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        left = _remaining(timeout)
        if left == 0.0:
            raise httpcore.ConnectTimeout("fetch deadline passed")
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, left))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.SyncBackend):
    """A network backend that refuses to connect to non-public addresses.

    It resolves the host itself (within the fetch deadline), checks every candidate
    address and connects to the checked address, so what is checked is what is connected
    to. An :class:`UnsafeURLError` raised here is not an httpcore exception, so it passes
    through httpcore and httpx unchanged and reaches :func:`fetch`.
    """

    def __init__(self, allow_hosts: frozenset[str]) -> None:
        self.allow_hosts = frozenset(h.lower() for h in allow_hosts)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        allowed = host.lower().strip("[]") in self.allow_hosts
        infos = self._resolve(host, port, _remaining(timeout))
        last_error: Exception | None = None
        for _family, _type, _proto, _name, sockaddr in infos:
            address = str(sockaddr[0])
            ip = ipaddress.ip_address(address.split("%")[0])
            if not allowed and not is_public_address(ip):
                raise UnsafeURLError(f"{host} resolves to non-public address {ip}; add it to MONITOR_ALLOW_HOSTS to allow")
            left = _remaining(timeout)
            if left == 0.0:
                raise httpcore.ConnectTimeout(f"fetch deadline passed connecting to {host}")
            try:
                stream = super().connect_tcp(address, port, left, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last_error = exc
                continue
            return _DeadlineStream(stream)
        raise httpcore.ConnectError(f"cannot connect to {host}:{port}: {last_error}")

    @staticmethod
    def _resolve(host: str, port: int, timeout: float | None) -> list[Any]:
        """``getaddrinfo`` with a timeout (the C resolver has none of its own)."""
        future = _resolver.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
        try:
            return list(future.result(timeout))
        except FutureTimeout:
            raise httpcore.ConnectTimeout(f"resolving {host} took longer than the fetch deadline") from None
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc


@dataclass(frozen=True)
class FetchResult:
    """A completed fetch: final URL after redirects, status, headers and decoded body."""

    url: str
    status: int
    headers: Mapping[str, str]
    content: bytes
    elapsed: float
    redirects: tuple[str, ...] = field(default=())

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    @property
    def charset(self) -> str | None:
        """The ``charset`` parameter of ``Content-Type``, lower-case, if any."""
        return content_type_charset(self.content_type)


def content_type_charset(content_type: str | None) -> str | None:
    """``charset`` of a ``Content-Type`` header value (``None`` when absent)."""
    if not content_type:
        return None
    msg = Message()
    msg["content-type"] = content_type
    charset = msg.get_param("charset")
    if not isinstance(charset, str):
        return None
    return charset.strip().strip("'\"").lower() or None


def make_client(settings: Settings, max_connections: int = DEFAULT_MAX_CONNECTIONS) -> httpx.Client:
    """One shared client for a cycle: pooled connections, guarded backend, no auto-redirects.

    Safe to share between threads. ``trust_env`` is off so no proxy from the environment
    can sit between the address check and the real target.
    """
    transport = httpx.HTTPTransport(retries=0)
    transport._pool = httpcore.ConnectionPool(  # the public API has no backend hook
        ssl_context=httpx.create_ssl_context(),
        max_connections=max_connections,
        max_keepalive_connections=max_connections,
        keepalive_expiry=10.0,
        network_backend=GuardedBackend(settings.allow_hosts),
    )
    return httpx.Client(
        transport=transport,
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
        timeout=httpx.Timeout(settings.fetch_timeout),
    )


def _check_url(url: str, allow_hosts: frozenset[str]) -> None:
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise UnsafeURLError(f"malformed URL {url!r}: {exc}") from None
    if parts.scheme not in ("http", "https"):
        raise UnsafeURLError(f"scheme {parts.scheme!r} not allowed in {url!r}")
    if not hostname:
        raise UnsafeURLError(f"no host in {url!r}")
    if hostname in allow_hosts:
        return
    try:
        ip = ipaddress.ip_address(hostname)
    except ValueError:
        return  # a name: checked on the resolved address, in GuardedBackend
    if not is_public_address(ip):
        raise UnsafeURLError(f"{url!r} points at non-public address {ip}; add it to MONITOR_ALLOW_HOSTS to allow")


class _Decoder:
    """Incremental gzip/deflate decoding with an output cap."""

    def __init__(self, encoding: str, cap: int) -> None:
        encoding = encoding.strip().lower()
        self._raw_fallback = False
        if encoding in ("", "identity"):
            self._z = None
        elif encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            # RFC says zlib-wrapped, some servers send raw deflate: try wrapped first.
            self._z = zlib.decompressobj(zlib.MAX_WBITS)
            self._raw_fallback = True
        else:
            raise FetchError(f"unsupported Content-Encoding {encoding!r}")
        self.cap = cap

    def feed(self, data: bytes, room: int) -> bytes:
        if self._z is None:
            return data
        try:
            out = self._z.decompress(data, max(room, 0) + 1)
        except zlib.error as exc:
            if self._raw_fallback:
                self._raw_fallback = False
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                return self.feed(data, room)
            raise FetchError(f"corrupt compressed body: {exc}") from exc
        self._raw_fallback = False
        # Anything left unconsumed means the output alone passed the cap.
        if self._z.unconsumed_tail or len(out) > room:
            raise TooLargeError(f"body exceeds {self.cap} bytes after decompression")
        return out


def fetch(
    client: httpx.Client,
    url: str,
    settings: Settings,
    *,
    headers: Mapping[str, str] | None = None,
    deadline: float | None = None,
    max_bytes: int | None = None,
    data: bytes | None = None,
) -> FetchResult:
    """GET ``url`` within a total deadline and a decoded-byte cap, following safe redirects.

    ``deadline`` is the total time budget in seconds for everything, redirects included
    (default ``settings.fetch_timeout``). Raises :class:`FetchError` (or a subclass) on any
    failure; 4xx/5xx answers are returned as results so callers can record them (e.g.
    honour ``Retry-After``). With ``data`` the request is a POST of those bytes (the
    aggregator decoding call); a redirect answer to a POST is returned, not followed.
    """
    started = time.monotonic()
    total = settings.fetch_timeout if deadline is None else deadline
    cap = settings.max_bytes if max_bytes is None else max_bytes
    with _deadline(started + total):
        return _fetch(client, url, settings, headers or {}, started, total, cap, data)


def _fetch(
    client: httpx.Client,
    url: str,
    settings: Settings,
    headers: Mapping[str, str],
    started: float,
    total: float,
    cap: int,
    data: bytes | None = None,
) -> FetchResult:
    redirects: list[str] = []
    current = url
    while True:
        _check_url(current, settings.allow_hosts)
        remaining = total - (time.monotonic() - started)
        if remaining <= 0:
            raise DeadlineError(f"deadline of {total:g}s passed fetching {url}")
        try:
            method = "GET" if data is None else "POST"
            request = client.build_request(method, current, headers=dict(headers), content=data, timeout=httpx.Timeout(remaining))
            response = client.send(request, stream=True)
        except UnsafeURLError:
            raise
        except httpx.TimeoutException as exc:
            raise DeadlineError(f"deadline of {total:g}s passed fetching {current} ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            cause = exc.__context__
            if isinstance(cause, UnsafeURLError):
                raise cause from None
            raise FetchError(f"{type(exc).__name__} fetching {current}: {exc}") from exc
        try:
            if data is None and response.status_code in REDIRECT_CODES and "location" in response.headers:
                if len(redirects) >= settings.max_redirects:
                    raise FetchError(f"more than {settings.max_redirects} redirects from {url}")
                redirects.append(current)
                target = urljoin(current, response.headers["location"].strip())
                if target in redirects or target == current:
                    raise FetchError(f"redirect loop at {target} (from {url})")
                current = target
                continue
            body = _read_body(response, cap, started, total, current)
            return FetchResult(
                url=current,
                status=response.status_code,
                headers={k.lower(): v for k, v in response.headers.items()},
                content=body,
                elapsed=time.monotonic() - started,
                redirects=tuple(redirects),
            )
        finally:
            response.close()


def _read_body(response: httpx.Response, cap: int, started: float, total: float, url: str) -> bytes:
    declared = response.headers.get("content-length")
    encoding = response.headers.get("content-encoding", "")
    if declared and declared.isdigit() and not encoding and int(declared) > cap:
        raise TooLargeError(f"{url} declares {declared} bytes, cap is {cap}")
    decoder = _Decoder(encoding, cap)
    parts: list[bytes] = []
    size = 0
    try:
        # No chunk size: httpx would otherwise buffer a drip until a whole chunk arrived.
        for raw in response.iter_raw():
            if time.monotonic() - started > total:
                raise DeadlineError(f"deadline of {total:g}s passed reading {url} ({size} bytes read)")
            data = decoder.feed(raw, cap - size)
            size += len(data)
            if size > cap:
                raise TooLargeError(f"{url} body exceeds {cap} bytes")
            parts.append(data)
    except httpx.TimeoutException as exc:
        raise DeadlineError(f"deadline of {total:g}s passed reading {url} ({size} bytes read)") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"{type(exc).__name__} reading {url}: {exc}") from exc
    return b"".join(parts)
