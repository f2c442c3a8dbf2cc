"""Safe HTTP fetching for feeds and pages.

Everything we read comes from servers we do not control, so one fetch is bounded in
every direction:

* **one total deadline** per request, checked between chunks, so a server that drips a
  byte a second cannot hold a worker;
* **a byte cap that applies after decompression** (we decode gzip/deflate ourselves with
  ``max_length``, so a gzip bomb never inflates past the cap);
* **a redirect cap**, with every hop re-checked;
* **http and https only**, and **no loopback, private, link-local, carrier-grade-NAT,
  multicast, reserved or IPv4-mapped addresses** unless the host is allow-listed. The check
  runs on the address the socket actually connects to (inside the connection backend), so
  DNS rebinding between check and connect does not get through.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from monitor.errors import DeadlineError, FetchError, TooLargeError, UnsafeURLError
from monitor.settings import Settings

log = logging.getLogger(__name__)

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
CGNAT = ipaddress.ip_network("100.64.0.0/10")
CHUNK = 64 * 1024


def is_public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True when ``ip`` is a globally routable unicast address."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None or ip.sixtofour is not None or ip.teredo is not None:
            return False
    if ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_multicast:
        return False
    if ip.is_reserved or ip.is_unspecified or not ip.is_global:
        return False
    return not (isinstance(ip, ipaddress.IPv4Address) and ip in CGNAT)


class GuardedBackend(httpcore.SyncBackend):
    """A network backend that refuses to connect to non-public addresses.

    It resolves the host itself, checks every candidate address and connects to the
    checked address, so what is checked is what is connected to.
    """

    def __init__(self, allow_hosts: frozenset[str]) -> None:
        self.allow_hosts = allow_hosts

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        allowed = host.lower().strip("[]") in self.allow_hosts
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        last_error: Exception | None = None
        for _family, _type, _proto, _name, sockaddr in infos:
            address = str(sockaddr[0])
            ip = ipaddress.ip_address(address.split("%")[0])
            if not allowed and not is_public_address(ip):
                raise UnsafeURLError(f"{host} resolves to non-public address {ip}; add it to MONITOR_ALLOW_HOSTS to allow")
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last_error = exc
        raise httpcore.ConnectError(f"cannot connect to {host}:{port}: {last_error}")


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


def make_client(settings: Settings) -> httpx.Client:
    """One shared client for a cycle: pooled connections, guarded backend, no auto-redirects."""
    transport = httpx.HTTPTransport(retries=0)
    transport._pool = httpcore.ConnectionPool(  # the public API has no backend hook
        ssl_context=httpx.create_ssl_context(),
        max_connections=64,
        max_keepalive_connections=32,
        keepalive_expiry=10.0,
        network_backend=GuardedBackend(settings.allow_hosts),
    )
    return httpx.Client(
        transport=transport,
        follow_redirects=False,
        headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
        timeout=httpx.Timeout(settings.fetch_timeout),
    )


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UnsafeURLError(f"scheme {parts.scheme!r} not allowed in {url!r}")
    if not parts.hostname:
        raise UnsafeURLError(f"no host in {url!r}")


class _Decoder:
    """Incremental gzip/deflate decoding with an output cap."""

    def __init__(self, encoding: str, cap: int) -> None:
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._z = None
        elif encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj(zlib.MAX_WBITS)
        else:
            raise FetchError(f"unsupported Content-Encoding {encoding!r}")
        self.cap = cap

    def feed(self, data: bytes, room: int) -> bytes:
        if self._z is None:
            return data
        try:
            out = self._z.decompress(data, room + 1)
            # Anything left unconsumed means the output alone passed the cap.
            if self._z.unconsumed_tail:
                raise TooLargeError(f"body exceeds {self.cap} bytes after decompression")
            return out
        except zlib.error as exc:
            raise FetchError(f"corrupt compressed body: {exc}") from exc


def fetch(
    client: httpx.Client,
    url: str,
    settings: Settings,
    *,
    headers: Mapping[str, str] | None = None,
    deadline: float | None = None,
    max_bytes: int | None = None,
) -> FetchResult:
    """GET ``url`` within a total deadline and a decoded-byte cap, following safe redirects.

    Raises :class:`FetchError` (or a subclass) on any failure; 4xx/5xx answers are
    returned as results so callers can record them (e.g. honour ``Retry-After``).
    """
    started = time.monotonic()
    total = settings.fetch_timeout if deadline is None else deadline
    cap = settings.max_bytes if max_bytes is None else max_bytes
    redirects: list[str] = []
    current = url
    while True:
        _check_url(current)
        remaining = total - (time.monotonic() - started)
        if remaining <= 0:
            raise DeadlineError(f"deadline of {total:.0f}s passed fetching {url}")
        try:
            request = client.build_request("GET", current, headers=dict(headers or {}), timeout=httpx.Timeout(remaining))
            response = client.send(request, stream=True)
        except UnsafeURLError:
            raise
        except httpx.TimeoutException as exc:
            raise DeadlineError(f"timed out fetching {current}: {exc}") from exc
        except httpx.HTTPError as exc:
            cause = exc.__context__
            if isinstance(cause, UnsafeURLError):
                raise cause from None
            raise FetchError(f"{type(exc).__name__} fetching {current}: {exc}") from exc
        try:
            if response.status_code in REDIRECT_CODES and "location" in response.headers:
                if len(redirects) >= settings.max_redirects:
                    raise FetchError(f"more than {settings.max_redirects} redirects from {url}")
                redirects.append(current)
                current = urljoin(current, response.headers["location"])
                if current in redirects:
                    raise FetchError(f"redirect loop at {current}")
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
        for raw in response.iter_raw(CHUNK):
            if time.monotonic() - started > total:
                raise DeadlineError(f"deadline of {total:.0f}s passed reading {url}")
            data = decoder.feed(raw, cap - size)
            size += len(data)
            if size > cap:
                raise TooLargeError(f"{url} body exceeds {cap} bytes")
            parts.append(data)
    except httpx.TimeoutException as exc:
        raise DeadlineError(f"timed out reading {url}: {exc}") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"{type(exc).__name__} reading {url}: {exc}") from exc
    return b"".join(parts)
