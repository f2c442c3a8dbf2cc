"""Safe fetching against real (local) hostile servers: every budget must hold."""

from __future__ import annotations

import ipaddress
import socket
import time
import tracemalloc
import zlib
from typing import Any

import httpcore
import pytest

from monitor.errors import DeadlineError, FetchError, TooLargeError, UnsafeURLError
from monitor.fetch import GuardedBackend, content_type_charset, fetch, is_public_address, make_client
from monitor.settings import Settings
from tests.fakes import hostile
from tests.fakes.http import LocalServer, Reply


@pytest.fixture
def client(settings: Settings) -> Any:
    with make_client(settings) as c:
        yield c


def test_plain_fetch(server: LocalServer, settings: Settings, client: Any) -> None:
    server.routes["/ok"] = Reply(200, b"hello", {"Content-Type": "text/html; charset=Windows-1251", "ETag": '"v1"'})
    result = fetch(client, server.url("/ok"), settings)
    assert (result.status, result.content, result.headers["etag"]) == (200, b"hello", '"v1"')
    assert result.charset == "windows-1251"
    assert result.redirects == ()


def test_gzip_and_deflate_are_decoded(server: LocalServer, settings: Settings, client: Any) -> None:
    body = b"<rss>" + b"news " * 10_000 + b"</rss>"
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    server.routes["/gz"] = Reply(200, hostile.gzipped(body), {"Content-Encoding": "gzip"})
    server.routes["/zlib"] = Reply(200, zlib.compress(body), {"Content-Encoding": "deflate"})
    server.routes["/raw"] = Reply(200, raw_deflate.compress(body) + raw_deflate.flush(), {"Content-Encoding": "deflate"})
    for path in ("/gz", "/zlib", "/raw"):
        assert fetch(client, server.url(path), settings).content == body


def test_gzip_bomb_stops_at_the_cap_with_bounded_memory(server: LocalServer, settings: Settings, client: Any) -> None:
    server.routes["/bomb"] = hostile.gzip_bomb(1024)  # 1 MiB on the wire, 1 GiB inflated
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(TooLargeError, match="after decompression"):
            fetch(client, server.url("/bomb"), settings, max_bytes=2 * hostile.MB)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 5
    assert peak < 16 * hostile.MB, f"peak {peak / hostile.MB:.1f} MiB"


def test_declared_length_over_cap_is_refused_before_reading(server: LocalServer, settings: Settings, client: Any) -> None:
    server.routes["/big"] = Reply(200, b"x" * 300_000)
    with pytest.raises(TooLargeError, match="declares 300000 bytes"):
        fetch(client, server.url("/big"), settings, max_bytes=100_000)


def test_undeclared_length_over_cap(server: LocalServer, settings: Settings, client: Any) -> None:
    def chunked(request: Any) -> None:
        request.send_response(200)
        request.send_header("Transfer-Encoding", "chunked")
        request.end_headers()
        try:
            for _ in range(50):
                request.wfile.write(b"10000\r\n" + b"y" * 0x10000 + b"\r\n")
            request.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass

    server.routes["/chunked"] = chunked
    with pytest.raises(TooLargeError, match="exceeds 500000 bytes"):
        fetch(client, server.url("/chunked"), settings, max_bytes=500_000)


@pytest.mark.parametrize("headers_too", [False, True], ids=["body", "headers"])
def test_drip_cannot_hold_a_worker(server: LocalServer, settings: Settings, client: Any, headers_too: bool) -> None:
    server.routes["/drip"] = hostile.drip(interval=0.2, headers_too=headers_too)
    started = time.monotonic()
    with pytest.raises(DeadlineError, match=r"deadline of 1\.5s passed"):
        fetch(client, server.url("/drip"), settings, deadline=1.5)
    elapsed = time.monotonic() - started
    assert 1.4 < elapsed < 4, elapsed


def test_deadline_covers_every_redirect_hop(server: LocalServer, settings: Settings, client: Any) -> None:
    server.routes["/hop"] = hostile.redirect("/drip")
    server.routes["/drip"] = hostile.drip(interval=0.2)
    started = time.monotonic()
    with pytest.raises(DeadlineError):
        fetch(client, server.url("/hop"), settings, deadline=1.0)
    assert time.monotonic() - started < 3


def test_redirects_are_followed_and_recorded(server: LocalServer, settings: Settings, client: Any) -> None:
    server.routes["/old"] = hostile.redirect("/new", 301)
    server.routes["/new"] = Reply(200, b"moved here")
    result = fetch(client, server.url("/old"), settings)
    assert result.content == b"moved here"
    assert result.url == server.url("/new")
    assert result.redirects == (server.url("/old"),)


def test_redirect_to_cloud_metadata_is_refused(server: LocalServer, settings: Settings, client: Any) -> None:
    server.routes["/meta"] = hostile.redirect("http://169.254.169.254/latest/meta-data/iam/security-credentials/")
    started = time.monotonic()
    with pytest.raises(UnsafeURLError, match=r"169\.254\.169\.254"):
        fetch(client, server.url("/meta"), settings)
    assert time.monotonic() - started < 1


def test_redirect_to_a_name_of_a_private_address_is_refused_inside_the_transport(server: LocalServer, settings: Settings) -> None:
    # Only the literal 127.0.0.1 is allowed: "localhost" passes the URL check (it is a
    # name) and must be stopped by the backend, on the address it resolves to, with the
    # UnsafeURLError coming out of httpx unchanged.
    only_ip = settings.with_(allow_hosts=frozenset({"127.0.0.1"}))
    server.routes["/ok"] = Reply(200, b"fine")
    server.routes["/to-name"] = hostile.redirect(f"http://localhost:{server.port}/ok")
    with make_client(only_ip) as client:
        assert fetch(client, server.url("/ok"), only_ip).content == b"fine"
        with pytest.raises(UnsafeURLError, match="localhost resolves to non-public address"):
            fetch(client, server.url("/to-name"), only_ip)
    assert server.hits("/ok") == 1


def test_loopback_needs_the_allow_list(server: LocalServer, settings: Settings) -> None:
    closed = settings.with_(allow_hosts=frozenset())
    server.routes["/ok"] = Reply(200, b"fine")
    with make_client(closed) as client:
        for url in (server.url("/ok"), f"http://localhost:{server.port}/ok", f"http://0x7f000001:{server.port}/ok"):
            with pytest.raises(UnsafeURLError):
                fetch(client, url, closed)
    assert server.hits("/ok") == 0


@pytest.mark.parametrize(
    "url",
    [
        "http://10.1.2.3/feed",
        "http://192.168.0.1/",
        "http://172.16.0.1/",
        "http://100.64.0.1/",  # carrier-grade NAT
        "http://169.254.169.254/",  # link-local, cloud metadata
        "http://224.0.0.1/",  # multicast
        "http://0.0.0.0/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://[::ffff:127.0.0.1]/",  # IPv4-mapped
        "http://[::ffff:169.254.169.254]/",
        "http://[64:ff9b::a9fe:a9fe]/",  # NAT64 of 169.254.169.254
        "file:///etc/passwd",
        "ftp://example.com/feed",
        "gopher://example.com/",
        "http:///nohost",
        "http://example.com:99999/",
    ],
)
def test_unsafe_targets_are_refused_before_connecting(url: str, settings: Settings, client: Any) -> None:
    started = time.monotonic()
    with pytest.raises(UnsafeURLError):
        fetch(client, url, settings)
    assert time.monotonic() - started < 1


def test_redirect_to_unsafe_scheme_is_refused(server: LocalServer, settings: Settings, client: Any) -> None:
    server.routes["/file"] = hostile.redirect("file:///etc/passwd")
    with pytest.raises(UnsafeURLError, match="scheme 'file'"):
        fetch(client, server.url("/file"), settings)


def test_redirect_loop(server: LocalServer, settings: Settings, client: Any) -> None:
    hostile.redirect_loop(server)
    with pytest.raises(FetchError, match="redirect loop"):
        fetch(client, server.url("/loop/a"), settings)
    assert server.hits("/loop/a") == 1 and server.hits("/loop/b") == 1


def test_redirect_cap(server: LocalServer, settings: Settings, client: Any) -> None:
    server.routes["/chain"] = hostile.redirect_chain()
    for n in range(20):
        server.routes[f"/chain/{n}"] = hostile.redirect_chain()
    with pytest.raises(FetchError, match=f"more than {settings.max_redirects} redirects"):
        fetch(client, server.url("/chain/0"), settings)
    assert len(server.requests) == settings.max_redirects + 1


def test_error_statuses_are_results(server: LocalServer, settings: Settings, client: Any) -> None:
    server.routes["/busy"] = Reply(429, b"slow down", {"Retry-After": "120"})
    result = fetch(client, server.url("/busy"), settings)
    assert result.status == 429 and result.headers["retry-after"] == "120"


def test_connection_refused_is_a_fetch_error(settings: Settings, client: Any) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match="ConnectError"):
        fetch(client, f"http://127.0.0.1:{port}/", settings)


class _RebindingBackend(GuardedBackend):
    """Resolves every name to a loopback address, like DNS rebinding after a check."""

    @staticmethod
    def _resolve(host: str, port: int, timeout: float | None) -> list[Any]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]


def test_backend_checks_the_address_it_connects_to() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    with pytest.raises(UnsafeURLError, match=r"news\.example\.com resolves to non-public address 127\.0\.0\.1"):
        _RebindingBackend(frozenset()).connect_tcp("news.example.com", closed_port, timeout=1)
    with pytest.raises(httpcore.ConnectError):  # allow-listed: the check passes, the connect is tried
        _RebindingBackend(frozenset({"news.example.com"})).connect_tcp("news.example.com", closed_port, timeout=1)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("2606:2800:220:1:248:1893:25c8:1946", True),
        ("127.0.0.1", False),
        ("10.0.0.1", False),
        ("100.100.1.1", False),
        ("169.254.1.1", False),
        ("239.1.1.1", False),
        ("255.255.255.255", False),
        ("::ffff:8.8.8.8", False),
        ("2002:7f00:1::", False),  # 6to4
        ("64:ff9b::7f00:1", False),
        ("64:ff9b::808:808", True),
    ],
)
def test_is_public_address(address: str, public: bool) -> None:
    assert is_public_address(ipaddress.ip_address(address)) is public


def test_content_type_charset() -> None:
    assert content_type_charset('text/html; charset="ISO-8859-1"') == "iso-8859-1"
    assert content_type_charset("application/rss+xml") is None
    assert content_type_charset(None) is None
