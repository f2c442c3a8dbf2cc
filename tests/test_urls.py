"""Canonical URLs: one article, one key."""

from __future__ import annotations

import pytest

from monitor.urls import article_id, canonical_url, is_feed_tracker, unwrap_redirect


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("http://www.example.com/news/story", "https://example.com/news/story/"),
        ("https://EXAMPLE.com:443/news/story#comments", "https://example.com/news/story"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        ("https://example.com/a?utm_source=rss&utm_medium=feed&fbclid=XYZ", "https://example.com/a"),
        ("https://www.bbc.co.uk/news/technology-1?at_medium=RSS&at_campaign=KARANGA", "https://bbc.co.uk/news/technology-1"),
        ("https://www.washingtonpost.com/x_story.html?wprss=rss_wellness", "https://washingtonpost.com/x_story.html"),
        ("https://news.google.com/rss/articles/CBMiX?oc=5&hl=en-US&gl=US&ceid=US:en", "https://news.google.com/rss/articles/CBMiX"),
        ("https://www.google.com/url?rct=j&sa=t&url=https://www.vox.com/2019/7/10/x&ct=ga&usg=AFQ", "https://vox.com/2019/7/10/x"),
        (
            "http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=9&url=https%3a%2f%2fwww.ft.com%2fcontent%2fabc&c=1&mkt=en-gb",
            "https://ft.com/content/abc",
        ),
        ("https://xn--fsqu00a.xn--0zwm56d/a", "https://例子.测试/a"),
    ],
)
def test_same_article_same_key(a: str, b: str) -> None:
    assert canonical_url(a) == canonical_url(b)
    assert article_id(a) == article_id(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Content-selecting parameters are identity: dropping them folds articles together.
        ("http://feeds.washingtonpost.com/click.phdo?i=cc0c5fb", "http://feeds.washingtonpost.com/click.phdo?i=2f874f0"),
        ("https://example.com/article?id=1", "https://example.com/article?id=2"),
        ("https://example.com/?p=41", "https://example.com/?p=42"),
        ("https://example.com/a", "https://example.com/b"),
        ("https://example.com:8080/a", "https://example.com/a"),
        ("https://example.com/Case", "https://example.com/case"),
    ],
)
def test_different_articles_different_keys(a: str, b: str) -> None:
    assert canonical_url(a) != canonical_url(b)


def test_canonical_form() -> None:
    assert canonical_url(" HTTP://WWW.Example.COM:80/News/Story/?b=2&a=1&utm_source=rss#top ") == "https://example.com/News/Story?a=1&b=2"
    assert len(article_id("https://example.com/a")) == 40


def test_never_raises_on_junk() -> None:
    for junk in ["", "not a url", "https://x.com:99999/a", "http://[::1", "javascript:alert(1)", "\x00"]:
        assert isinstance(canonical_url(junk), str)
        assert isinstance(article_id(junk), str)


def test_unwrap_redirect_only_known_redirectors() -> None:
    assert unwrap_redirect("https://www.google.com/url?q=https://a.example/x&sa=D") == "https://a.example/x"
    assert unwrap_redirect("https://www.google.com/search?q=https://a.example/x") == "https://www.google.com/search?q=https://a.example/x"
    assert unwrap_redirect("https://evil.example/url?url=https://a.example/") == "https://evil.example/url?url=https://a.example/"
    assert unwrap_redirect("https://www.google.com/url?url=javascript:alert(1)") == "https://www.google.com/url?url=javascript:alert(1)"


def test_feed_trackers() -> None:
    assert is_feed_tracker("http://feeds.washingtonpost.com/click.phdo?i=1")
    assert is_feed_tracker("http://feedproxy.google.com/~r/Techcrunch/~3/abc/")
    assert not is_feed_tracker("https://techcrunch.com/2011/11/02/angies-list/")


def test_google_news_ids_and_outlets() -> None:
    from monitor.urls import google_news_id, outlet_of

    assert google_news_id("https://news.google.com/rss/articles/CBMiXYZ?oc=5&hl=en-US") == "CBMiXYZ"
    assert google_news_id("https://news.google.com/read/CBMiXYZ") == "CBMiXYZ"
    assert google_news_id("https://news.google.com/search?q=tiktok") is None
    assert google_news_id("https://example.com/rss/articles/CBMiXYZ") is None
    # the mobile and AMP editions of a site are one outlet
    assert outlet_of("https://m.bbc.co.uk/news/1") == outlet_of("https://www.bbc.co.uk/news/1") == "bbc.co.uk"
    assert outlet_of("https://amp.theguardian.com/x") == "theguardian.com"
    assert outlet_of("https://m.co/x") == "m.co" and outlet_of(None) == ""
