"""The feed registry, parsing of real feeds, polling state (conditional GET, back-off,
Retry-After, cache hints, disabling) and hostile feeds."""

from __future__ import annotations

import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import Elasticsearch

from monitor.errors import ConfigError, FeedError
from monitor.feeds import (
    DISABLE_AFTER_FAILURES,
    MAX_ENTRIES_PER_POLL,
    FeedState,
    export_opml,
    feed_status_rows,
    is_due,
    load_feeds,
    parse_feed,
    poll_feed,
    reenable,
)
from monitor.fetch import make_client
from monitor.models import Feed
from monitor.settings import DEFAULT_FEEDS_FILE, Settings
from tests.fakes import hostile
from tests.fakes.http import LocalServer, Reply

FEEDS_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "feeds"
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def _feed(name: str = "test", url: str = "https://feeds.example.org/feed", **kw: Any) -> Feed:
    return Feed(name=name, url=url, **kw)


# --------------------------------------------------------------------------- real feeds

# file -> (entries, text that must appear in some title or summary, exactly as written)
REAL_FEEDS: dict[str, tuple[int, str]] = {
    "feedjira/HuffPostCanada.xml": (2, "Winnipeg High School Orders Custom Hijabs For Muslim Athletes"),
    "feedjira/TechCrunch.xml": (20, "Angie’s List Sets Price Range IPO At $11 To $13 Per Share"),
    "feedjira/google_alerts_atom.xml": (20, "Automotive Slack Market by Top key players"),
    "miniflux/encoding_ISO-8859-1.xml": (40, "Viele Spieler wünschen sich eine PC-Version"),
    "miniflux/no_encoding_ISO-8859-1.xml": (9, "nombre d'études montre"),  # 10 items, one empty
    "miniflux/rdf_UTF8.xml": (60, "OLED-TVs: Vorsichtsmaßnahmen gegen Einbrennen"),
    "miniflux/urdu_UTF8.xml": (26, "امریکی عسکری امداد کی بندش کی وجوہات"),
    "node-feedparser/category-feed.xml": (1, "E.P.A. Plan to Clean Up Gowanus Canal"),
    "node-feedparser/iconv.xml": (10, "В Бузулуке главные стройплощадки – детсад и Ледовый дворец"),
    "node-feedparser/mediacontent-dupes.xml": (1, "Black Dahlia"),
    "node-feedparser/tpm.atom": (20, "Hannity Announces Fox Has Hired Sebastian Gorka"),
    "node-feedparser/wapowellness.xml": (26, "Schools minister to kids’ fitness and nutrition needs"),  # 29 items, 3 ads
    "rss-parser/encoding-gb2312.xml": (20, "习近平为何如此强调崇尚英雄？"),
    "rss-parser/encoding.rss": (40, "Mãe de utente é a nova presidente da Raríssimas"),
    "rss-parser/guardian.rss": (55, "The president’s ‘new American moment’ speech"),
    "rss-parser/heise.atom": (15, "Die nun verfügbare Version 10 des Enterprise-Java-Servers"),
    "rss-parser/nhs-feed.rss": (2, "NHS North West invites thousands of school children"),
    "rss-parser/rss-1.rss": (69, "Food for fungi"),
    "rss-parser/uolNoticias.rss": (15, "Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno"),
}
MOJIBAKE = ("Ã", "Â", "\ufffd", "Ð", "Ø§")


def test_the_real_feed_set_is_all_here() -> None:
    files = sorted(str(p.relative_to(FEEDS_DIR)) for p in FEEDS_DIR.glob("*/*") if p.suffix in (".xml", ".rss", ".atom"))
    assert files == sorted(REAL_FEEDS)


@pytest.mark.parametrize("name", sorted(REAL_FEEDS))
def test_real_feed_parses_with_the_right_text(name: str) -> None:
    count, text = REAL_FEEDS[name]
    entries, _ttl = parse_feed((FEEDS_DIR / name).read_bytes(), _feed(name))
    assert len(entries) == count
    assert any(text in e.title or text in e.summary for e in entries), text
    for e in entries:
        assert not any(m in e.title + e.summary for m in MOJIBAKE), e.title
        assert e.url.startswith(("http://", "https://"))
        assert e.canonical_url.startswith("https://")
        assert "<" not in e.title
    assert len({e.canonical_url for e in entries}) == len(entries)


def test_real_feed_details() -> None:
    def parse(name: str) -> tuple[list[Any], int | None]:
        return parse_feed((FEEDS_DIR / name).read_bytes(), _feed(name, url="https://talkingpointsmemo.com/feed/all"))

    _urdu, ttl = parse("miniflux/urdu_UTF8.xml")
    assert ttl == 15
    assert parse("node-feedparser/iconv.xml")[1] == 30
    # Portuguese day and month names ("Seg, 24 Set 2018 19:42:40 -0300").
    uol, _ = parse("rss-parser/uolNoticias.rss")
    assert uol[0].published == datetime(2018, 9, 24, 22, 42, 40, tzinfo=UTC)
    # Google Alerts links are unwrapped to the article, and the highlight markup is gone.
    alerts, _ = parse("feedjira/google_alerts_atom.xml")
    assert all("google.com" not in e.url for e in alerts)
    assert alerts[1].url == "https://investorplace.com/2019/07/slack-stock-truly-compelling/"
    # FeedBurner and Pheedo click-trackers give way to the original links.
    assert all(e.url.startswith("http://techcrunch.com/") for e in parse("feedjira/TechCrunch.xml")[0])
    wapo, _ = parse("node-feedparser/wapowellness.xml")
    assert all(e.url.startswith("http://www.washingtonpost.com/") for e in wapo)
    # Relative Atom links resolve against the feed's own address.
    tpm, _ = parse("node-feedparser/tpm.atom")
    assert tpm[0].url == "https://talkingpointsmemo.com/livewire/hannity-announces-fox-hired-sebastian-gorka-national-security-strategist"


@pytest.mark.parametrize(
    ("name", "content_type", "text"),
    [
        # The server's charset is wrong, the XML declaration is right: the declaration wins.
        ("rss-parser/encoding-gb2312.xml", "application/rss+xml; charset=ISO-8859-1", "习近平为何如此强调崇尚英雄？"),
        ("rss-parser/encoding-gb2312.xml", "text/xml", "习近平为何如此强调崇尚英雄？"),
        ("node-feedparser/iconv.xml", "text/xml; charset=utf-8", "В Бузулуке"),
        # No prolog at all: the HTTP charset is all there is, and a wrong one falls back.
        ("miniflux/no_encoding_ISO-8859-1.xml", "application/rss+xml; charset=iso-8859-1", "nombre d'études"),
        ("miniflux/no_encoding_ISO-8859-1.xml", "text/xml", "nombre d'études"),
        ("miniflux/no_encoding_ISO-8859-1.xml", "application/rss+xml; charset=utf-8", "nombre d'études"),
        ("rss-parser/uolNoticias.rss", "text/xml; charset=ISO-8859-1", "simulações"),
        ("miniflux/urdu_UTF8.xml", "application/rss+xml; charset=utf-8", "امریکی"),
    ],
)
def test_charsets_over_http(server: LocalServer, settings: Settings, name: str, content_type: str, text: str) -> None:
    server.routes["/feed"] = Reply(200, (FEEDS_DIR / name).read_bytes(), {"Content-Type": content_type})
    with make_client(settings) as client:
        result = poll_feed(client, _feed(url=server.url("/feed")), None, settings, NOW)
    assert result.error is None
    assert any(text in e.title + e.summary for e in result.entries)
    assert not any(m in e.title + e.summary for e in result.entries for m in MOJIBAKE)


# --------------------------------------------------------------------------- identity


def test_one_entry_per_article() -> None:
    xml = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
    <item><title>A</title><link>https://www.example.com/a?utm_source=rss</link><guid>g-a</guid></item>
    <item><title>A again</title><link>http://example.com/a/</link><guid>g-a2</guid></item>
    <item><title>B</title><link>https://example.com/b-v1</link><guid>g-b</guid></item>
    <item><title>B</title><link>https://example.com/b-v2</link><guid>g-b</guid></item>
    <item><title>C</title><link>https://example.com/c</link><guid>same</guid></item>
    <item><title>D</title><link>https://example.com/d</link><guid>same</guid></item>
    <item><title>E</title><guid>https://example.com/e</guid></item>
    <item><title>no address at all</title><guid>opaque-123</guid></item>
    <item><title>F</title><link>https://example.com/f</link></item>
    <item><title>F</title><link>https://example.com/f</link></item>
    </channel></rss>"""
    entries, _ = parse_feed(xml, _feed())
    assert [e.title for e in entries] == ["A", "B", "C", "D", "E", "F"]
    assert entries[4].url == "https://example.com/e"
    assert entries[0].canonical_url == "https://example.com/a"


def test_parse_feed_takes_bytes_only() -> None:
    with pytest.raises(TypeError):
        parse_feed("<rss/>", _feed())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "body",
    [b"", b"   ", b"<!doctype html><html><body><p>not a feed</p></body></html>", b'{"json": true}'],
    ids=["empty", "blank", "html", "json"],
)
def test_not_a_feed(body: bytes) -> None:
    with pytest.raises(FeedError):
        parse_feed(body, _feed())


# --------------------------------------------------------------------------- hostile feeds


@pytest.mark.parametrize(
    "body",
    [hostile.billion_laughs(), hostile.quadratic_blowup(), hostile.external_entity(), hostile.utf16_laughs()],
    ids=["billion-laughs", "quadratic", "external-entity", "utf16-laughs"],
)
def test_entity_declarations_are_refused_before_parsing(body: bytes) -> None:
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(FeedError, match="declares XML entities"):
            parse_feed(body, _feed())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 1
    assert peak < 3 * len(body) + 1_000_000


def test_ten_thousand_entries(server: LocalServer, settings: Settings) -> None:
    body = hostile.big_feed(10_000)
    server.routes["/big"] = hostile.feed_reply(body)
    tracemalloc.start()
    started = time.monotonic()
    try:
        with make_client(settings) as client:
            result = poll_feed(client, _feed(url=server.url("/big")), None, settings, NOW)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.error is None
    assert len(result.entries) == MAX_ENTRIES_PER_POLL
    assert result.entries[0].title == "Item 0"
    assert time.monotonic() - started < 90  # generous: tracemalloc slows parsing several-fold on a busy machine
    assert peak < 40 * len(body), f"peak {peak / 1e6:.0f} MB for a {len(body) / 1e6:.1f} MB feed"


def test_hostile_feeds_are_recorded_errors(server: LocalServer, settings: Settings) -> None:
    server.routes["/laughs"] = hostile.feed_reply(hostile.billion_laughs())
    server.routes["/bomb"] = hostile.gzip_bomb(1024)
    server.routes["/meta"] = hostile.redirect("http://169.254.169.254/latest/meta-data/")
    small = settings.with_(max_bytes=2 * hostile.MB)
    with make_client(small) as client:
        results = {p: poll_feed(client, _feed(url=server.url(p)), None, small, NOW) for p in ("/laughs", "/bomb", "/meta")}
    assert (results["/laughs"].error or "").startswith("FeedError: feed declares XML entities")
    assert (results["/bomb"].error or "").startswith("TooLargeError:")
    assert (results["/meta"].error or "").startswith("UnsafeURLError:")
    for r in results.values():
        assert r.entries == ()
        assert r.state.failures == 1 and r.state.last_error == r.error
        assert r.state.next_poll is not None


# --------------------------------------------------------------------------- polling state


def test_conditional_get(server: LocalServer, settings: Settings) -> None:
    body = hostile.small_feed("cond", "https://example.com")

    def handler(request: Any) -> Reply:
        if request.headers.get("If-None-Match") == '"v1"':
            return Reply(304, b"", {"ETag": '"v1"'})
        return Reply(200, body, {"ETag": '"v1"', "Last-Modified": "Sat, 01 Mar 2025 11:00:00 GMT", "Content-Type": "application/rss+xml"})

    server.routes["/feed"] = handler
    feed = _feed(url=server.url("/feed"), interval_minutes=15)
    with make_client(settings) as client:
        first = poll_feed(client, feed, None, settings, NOW)
        second = poll_feed(client, feed, first.state, settings, NOW + timedelta(minutes=15))
    assert len(first.entries) == 3 and first.state.etag == '"v1"'
    assert first.state.last_modified == "Sat, 01 Mar 2025 11:00:00 GMT"
    assert second.not_modified and second.entries == () and second.error is None
    assert second.state.etag == '"v1"' and second.state.items == 3
    assert second.state.next_poll == (NOW + timedelta(minutes=30)).isoformat()
    sent = server.requests[-1][1]
    assert sent["if-none-match"] == '"v1"' and sent["if-modified-since"] == "Sat, 01 Mar 2025 11:00:00 GMT"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "7200"}, NOW + timedelta(hours=2)),
        ({"Retry-After": "Sat, 01 Mar 2025 15:30:00 GMT"}, datetime(2025, 3, 1, 15, 30, tzinfo=UTC)),
        ({"Retry-After": str(10 * 86400)}, NOW + timedelta(hours=24)),  # capped
    ],
)
@pytest.mark.parametrize("status", [429, 503])
def test_retry_after(server: LocalServer, settings: Settings, status: int, headers: dict[str, str], expected: datetime) -> None:
    server.routes["/feed"] = Reply(status, b"busy", headers)
    state = FeedState(url=server.url("/feed"), failures=2)
    with make_client(settings) as client:
        result = poll_feed(client, _feed(url=server.url("/feed")), state, settings, NOW)
    assert result.error is not None and f"HTTP {status}" in result.error and "retry after" in result.error
    assert datetime.fromisoformat(result.state.next_poll or "") == expected
    assert result.state.failures == 2  # the server is busy, the feed is not broken
    assert not is_due(result.state, expected - timedelta(seconds=1)) and is_due(result.state, expected)


def test_cache_hints_lengthen_the_interval(server: LocalServer, settings: Settings) -> None:
    body = hostile.small_feed("c", "https://example.com")
    ttl_body = body.replace(b"<channel>", b"<channel><ttl>90</ttl>")
    server.routes["/max-age"] = Reply(200, body, {"Cache-Control": "public, max-age=3600"})
    server.routes["/huge"] = Reply(200, body, {"Cache-Control": "max-age=604800"})
    server.routes["/short"] = Reply(200, body, {"Cache-Control": "max-age=60"})
    server.routes["/expires"] = Reply(200, body, {"Expires": "Sat, 01 Mar 2025 13:00:00 GMT"})
    server.routes["/ttl"] = Reply(200, ttl_body)
    expected = {"/max-age": 60, "/huge": 360, "/short": 10, "/expires": 60, "/ttl": 90}
    with make_client(settings) as client:
        for path, minutes in expected.items():
            result = poll_feed(client, _feed(url=server.url(path), interval_minutes=10), None, settings, NOW)
            assert result.state.next_poll == (NOW + timedelta(minutes=minutes)).isoformat(), path


def test_backoff_then_disable_then_reenable(server: LocalServer, settings: Settings) -> None:
    server.routes["/broken"] = Reply(500, b"oops")
    feed = _feed(url=server.url("/broken"), interval_minutes=10)
    state: FeedState | None = None
    now = NOW
    gaps = []
    with make_client(settings) as client:
        for _ in range(DISABLE_AFTER_FAILURES):
            result = poll_feed(client, feed, state, settings, now)
            state = result.state
            assert result.error == "HTTP 500"
            next_poll = datetime.fromisoformat(state.next_poll or "")
            gaps.append(int((next_poll - now).total_seconds() // 60))
            now = next_poll
    assert state is not None
    assert gaps == [10, 20, 40, 80, 160, 320, 360, 360, 360, 360]
    assert state.failures == DISABLE_AFTER_FAILURES
    assert state.disabled_reason == f"disabled after {DISABLE_AFTER_FAILURES} consecutive failures; last: HTTP 500"
    assert not is_due(state, now + timedelta(days=30))
    again = reenable(state, now)
    assert is_due(again, now) and again.failures == 0 and again.disabled_reason is None
    assert again.last_error == "HTTP 500"


def test_gone_disables_at_once(server: LocalServer, settings: Settings) -> None:
    server.routes["/gone"] = Reply(410, b"")
    with make_client(settings) as client:
        result = poll_feed(client, _feed(url=server.url("/gone")), None, settings, NOW)
    assert result.state.disabled_reason and "410 Gone" in result.state.disabled_reason
    assert not is_due(result.state, NOW + timedelta(days=1))


def test_success_clears_the_failures(server: LocalServer, settings: Settings) -> None:
    server.routes["/feed"] = hostile.feed_reply(hostile.small_feed("ok", "https://example.com"))
    state = FeedState(url=server.url("/feed"), failures=4, last_error="HTTP 502")
    with make_client(settings) as client:
        result = poll_feed(client, _feed(url=server.url("/feed")), state, settings, NOW)
    assert result.state.failures == 0 and result.state.last_error is None
    assert result.state.last_success == NOW.isoformat() and result.state.items == 3


def test_feed_state_fits_the_strict_index_mapping(es: Elasticsearch, settings: Settings) -> None:
    state = FeedState(
        url="https://example.com/feed",
        name="Example",
        etag='"abc"',
        last_modified="Sat, 01 Mar 2025 11:00:00 GMT",
        last_poll=NOW.isoformat(),
        last_success=NOW.isoformat(),
        last_error="HTTP 500",
        failures=3,
        next_poll=(NOW + timedelta(minutes=40)).isoformat(),
        items=12,
        disabled_reason=None,
    )
    es.index(index=settings.index("feeds"), id="f1", document=state.to_doc(), refresh=True)
    assert FeedState.from_doc(es.get(index=settings.index("feeds"), id="f1")["_source"]) == state


def test_feed_status_rows() -> None:
    feeds = [
        _feed("ok", "https://a.example/feed"),
        _feed("failing", "https://b.example/feed"),
        _feed("disabled", "https://c.example/feed"),
        _feed("new", "https://d.example/feed"),
        _feed("off", "https://e.example/feed", enabled=False),
    ]
    later = (NOW + timedelta(hours=1)).isoformat()
    states = {
        "https://a.example/feed": FeedState(
            "https://a.example/feed", last_poll=NOW.isoformat(), last_success=NOW.isoformat(), next_poll=later, items=7
        ),
        "https://b.example/feed": FeedState(
            "https://b.example/feed", last_poll=NOW.isoformat(), last_error="HTTP 500", failures=2, next_poll=later
        ),
        "https://c.example/feed": FeedState(
            "https://c.example/feed", last_poll=NOW.isoformat(), failures=10, disabled_reason="disabled after 10"
        ),
    }
    rows = feed_status_rows(feeds, states, now=NOW)
    assert [r["status"] for r in rows] == ["ok", "failing", "disabled", "never polled", "off"]
    assert [r["due"] for r in rows] == [False, False, False, True, False]
    assert rows[0]["items"] == 7 and rows[0]["last_success"] == NOW.isoformat()
    assert rows[1]["last_error"] == "HTTP 500" and rows[1]["failures"] == 2 and rows[1]["next_poll"] == later
    assert rows[2]["disabled_reason"] == "disabled after 10"
    assert feed_status_rows(feeds, list(states.values()), now=NOW) == rows
    assert set(rows[0]) >= {"name", "url", "last_success", "last_error", "failures", "next_poll", "items", "disabled_reason"}


# --------------------------------------------------------------------------- registry


def test_default_registry_is_valid() -> None:
    feeds = load_feeds(DEFAULT_FEEDS_FILE)
    assert len(feeds) >= 30
    official = [f for f in feeds if f.official]
    assert len(official) >= 10
    assert all(f.jurisdiction for f in official)
    hosts = " ".join(f.url for f in feeds)
    for needle in ("news.google.com/rss/search", "bing.com/news", "ftc.gov", "justice.gov", "ec.europa.eu", "ofcom.org.uk",
                   "dataprotection.ie", "cnil.fr", "ico.org.uk", "esafety.gov.au", "canada.ca"):  # fmt: skip
        assert needle in hosts, needle
    assert len({f.language for f in feeds if "news.google.com" in f.url}) >= 5
    assert all("tiktok" in f.url.lower() for f in feeds if "news.google.com" in f.url or "bing.com" in f.url)


def _write(tmp_path: Path, text: str, name: str = "feeds.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_registry_options_and_defaults(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
defaults: {interval: 30, language: en}
feeds:
  - name: FTC press releases
    url: https://www.ftc.gov/feeds/press-release.xml
    official: true
    jurisdiction: us
    tags: [official, regulator]
  - name: Le Monde Pixels
    url: https://www.lemonde.fr/pixels/rss_full.xml
    language: fr
    interval: 5
    enabled: false
    tags: "tech, fr"
""",
    )
    ftc, lemonde = load_feeds(path)
    assert (ftc.interval_minutes, ftc.language, ftc.jurisdiction, ftc.official, ftc.tags) == (
        30,
        "en",
        "US",
        True,
        ("official", "regulator"),
    )
    assert (lemonde.interval_minutes, lemonde.language, lemonde.enabled, lemonde.tags) == (5, "fr", False, ("tech", "fr"))


def test_registry_reports_every_bad_entry(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
feeds:
  - name: ok
    url: https://ok.example/feed
  - name: bad url
    url: ftp://x.example/feed
  - name: typo
    url: https://typo.example/feed
    intreval: 5
  - name: many problems
    url: https://many.example/feed
    interval: 0
    official: "yes"
    language: English
    jurisdiction: United States
    tags: [1, 2]
  - just a string
  - name: ok
    url: https://OK.example/feed/
""",
    )
    with pytest.raises(ConfigError) as info:
        load_feeds(path)
    message = str(info.value)
    assert "problem(s) in feeds file" in message
    assert f"{path}: feeds[1] 'bad url': 'url' must be an http(s) URL, got 'ftp://x.example/feed'" in message
    assert "feeds[2] 'typo': unknown field 'intreval' (did you mean 'interval'?)" in message
    for fragment in ("feeds[3] 'many problems'", "'interval' must be", "'official' must be true or false", "'language' must be",
                     "'jurisdiction' must be", "'tags' must be a list of strings", "feeds[4]: expected a mapping",
                     "feed URL listed twice: https://OK.example/feed/", "feed name used twice: 'ok'"):  # fmt: skip
        assert fragment in message, fragment
    assert "feeds[0]" not in message


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("feeds: nope", "expected a top-level 'feeds:' list"),
        ("feeds: [\n  - bad: [", "not valid YAML"),
        ("feedz: []", "unknown top-level key"),
        ("defaults: {name: x}\nfeeds: []", "per-feed-only"),
    ],
)
def test_registry_file_errors(tmp_path: Path, text: str, error: str) -> None:
    with pytest.raises(ConfigError, match=error):
        load_feeds(_write(tmp_path, text))
    with pytest.raises(ConfigError, match="cannot read feeds file"):
        load_feeds(tmp_path / "missing.yaml")


def test_opml_round_trip(tmp_path: Path) -> None:
    feeds = [
        Feed("FTC", "https://www.ftc.gov/feeds/press-release.xml", True, 30, ("official", "us"), "en", "US", True),
        Feed("Heise & Co <de>", "https://www.heise.de/rss/heise-atom.xml", False, 10, (), "de", None, False),
    ]
    text = export_opml(feeds)
    assert text.startswith("<?xml")
    assert load_feeds(_write(tmp_path, text, "feeds.opml")) == feeds


def test_opml_import_from_a_feed_reader(tmp_path: Path) -> None:
    opml = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0"><head><title>Subscriptions</title></head><body>
  <outline text="Regulators" title="Regulators">
    <outline type="rss" text="Ofcom" title="Ofcom news" xmlUrl="https://www.ofcom.org.uk/rss" htmlUrl="https://www.ofcom.org.uk/"/>
    <outline text="EU"><outline type="rss" text="EDPB" xmlUrl="https://www.edpb.europa.eu/feed/news_en" category="privacy"/></outline>
  </outline>
  <outline type="rss" text="Top level" xmlUrl="https://example.com/rss"/>
</body></opml>"""
    ofcom, edpb, top = load_feeds(_write(tmp_path, opml, "subs.opml"))
    assert (ofcom.name, ofcom.tags) == ("Ofcom news", ("Regulators",))
    assert (edpb.name, edpb.tags) == ("EDPB", ("Regulators", "EU", "privacy"))
    assert top.tags == ()


def test_opml_errors(tmp_path: Path) -> None:
    bad = (
        '<opml version="2.0"><body><outline text="x" xmlUrl="javascript:alert(1)"/>'
        '<outline text="y" xmlUrl="https://y/" official="maybe"/></body></opml>'
    )
    with pytest.raises(ConfigError) as info:
        load_feeds(_write(tmp_path, bad, "bad.opml"))
    assert "outline 1 'x': 'url' must be an http(s) URL" in str(info.value)
    assert "outline 2 'y': 'official' must be true or false" in str(info.value)
    laughs = hostile.billion_laughs().replace(b"rss", b"opml")
    with pytest.raises(ConfigError, match="declares XML entities"):
        load_feeds(_write(tmp_path, laughs.decode(), "laughs.opml"))
    with pytest.raises(ConfigError, match="not OPML"):
        load_feeds(_write(tmp_path, "<rss><channel/></rss>", "rss.opml"))


def test_the_outlet_comes_from_the_items_source() -> None:
    from monitor.feeds import parse_feed

    rss = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>Google News</title>"
        b"<item><title>Ottawa orders TikTok out - Reuters</title><link>https://news.google.com/rss/articles/CBMiA?oc=5</link>"
        b"<source url='https://www.reuters.com'>Reuters</source></item>"
        b"<item><title>Plain item</title><link>https://example.com/plain</link></item></channel></rss>"
    )
    (google, plain), _ttl = parse_feed(rss, Feed(name="g", url="https://news.google.com/rss/search?q=tiktok"))
    assert (google.outlet, google.outlet_url, google.title) == ("Reuters", "https://www.reuters.com", "Ottawa orders TikTok out")
    assert (plain.outlet, plain.outlet_url, plain.title) == (None, None, "Plain item")
    atom = (
        b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>agg</title>"
        b"<entry><title>A story</title><id>urn:1</id><link href='https://agg.example/1'/>"
        b"<source><title>The Outlet</title><link rel='alternate' href='https://outlet.example/'/></source></entry></feed>"
    )
    (entry,), _ttl = parse_feed(atom, Feed(name="a", url="https://agg.example/feed"))
    assert (entry.outlet, entry.outlet_url) == ("The Outlet", "https://outlet.example/")
    bing = (
        b"<?xml version='1.0'?><rss version='2.0' xmlns:News='https://www.bing.com/news/search?q=tiktok&amp;format=rss'>"
        b"<channel><title>Bing</title><item><title>T</title><link>http://www.bing.com/news/apiclick.aspx?ref=FexRss&amp;aid=&amp;"
        b"tid=1&amp;url=https%3a%2f%2fwww.example.com%2fnews%2f1.html&amp;c=2&amp;mkt=en-us</link>"
        b"<News:Source>Example News</News:Source></item></channel></rss>"
    )
    (item,), _ttl = parse_feed(bing, Feed(name="b", url="https://www.bing.com/news/search?q=tiktok&format=rss"))
    assert item.url == "https://www.example.com/news/1.html" and item.outlet == "Example News"  # unwrapped offline


def test_feed_health_counts_per_language_and_jurisdiction() -> None:
    from monitor.feeds import feed_health_counts

    rows = [
        {"status": "ok", "language": "ko", "jurisdiction": "KR", "last_success": "2026-01-01T10:00:00+00:00"},
        {"status": "failing", "language": "ko", "jurisdiction": "KR", "last_success": "2026-01-01T12:00:00+00:00"},
        {"status": "off", "language": "en", "jurisdiction": None, "last_success": None},
        {"status": "disabled", "language": "en", "jurisdiction": "US", "last_success": None},
        {"status": "never polled", "language": None, "jurisdiction": "US", "last_success": None},
    ]
    counts = feed_health_counts(rows)
    assert counts["language"]["ko"] == {"healthy": 1, "failing": 1, "disabled": 0, "never polled": 0,
                                        "last_success": "2026-01-01T12:00:00+00:00"}  # fmt: skip
    assert counts["language"]["en"]["disabled"] == 2 and counts["language"]["none"]["never polled"] == 1
    assert counts["jurisdiction"]["US"]["disabled"] == 1 and counts["jurisdiction"]["none"]["disabled"] == 1
