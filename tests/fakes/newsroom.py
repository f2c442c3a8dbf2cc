"""A newsroom written for the tests: an RSS feed and article pages served by a :class:`LocalServer`.

Stories are plain English news written for this project; ``publish`` adds them to the feed,
so a test can run the real pipeline (``run_cycle``) over a story that unfolds cycle by cycle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from html import escape

from monitor.models import Feed
from tests.fakes.http import LocalServer, Reply


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    paragraphs: tuple[str, ...]
    published: datetime


class Newsroom:
    def __init__(self, server: LocalServer, name: str = "Newsroom", path: str = "/feed.xml") -> None:
        self.server = server
        self.name = name
        self.path = path
        self.stories: list[Story] = []
        self._serve_feed()

    @property
    def feed(self) -> Feed:
        return Feed(name=self.name, url=self.server.url(self.path))

    def url(self, story: Story) -> str:
        return self.server.url(f"/news/{story.slug}.html")

    def publish(self, *stories: Story) -> None:
        for story in stories:
            body = "".join(f"<p>{escape(p)}</p>" for p in story.paragraphs)
            page = (
                f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(story.title)}</title>"
                f"<meta property='article:published_time' content='{story.published.isoformat()}'></head>"
                f"<body><article><h1>{escape(story.title)}</h1>{body}</article></body></html>"
            )
            self.server.routes[f"/news/{story.slug}.html"] = Reply(200, page.encode(), {"Content-Type": "text/html; charset=utf-8"})
            self.stories.append(story)
        self._serve_feed()

    def _serve_feed(self) -> None:
        items = "".join(
            f"<item><title>{escape(s.title)}</title><link>{escape(self.url(s))}</link><guid>{escape(s.slug)}</guid>"
            f"<pubDate>{format_datetime(s.published)}</pubDate><description>{escape(s.paragraphs[0])}</description></item>"
            for s in self.stories
        )
        rss = f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{escape(self.name)}</title>{items}</channel></rss>"
        self.server.routes[self.path] = Reply(200, rss.encode(), {"Content-Type": "application/rss+xml"})


def montana_saga(now: datetime) -> dict[str, Story]:
    """A ban enacted, challenged, blocked, then upheld on appeal, and another state's act
    in between (written for this project; dates relative to ``now``)."""

    def ago(days: float) -> datetime:
        return now - timedelta(days=days)

    return {
        "enacted": Story("montana-signs-ban", "Montana governor signs law banning TikTok", (
            "Montana Governor Greg Gianforte signed a law banning TikTok statewide on Wednesday.",
            "The law is due to take effect on January 1.",
            "App stores that offer the app in the state could face penalties under the law.",
        ), ago(40)),
        "challenged": Story("tiktok-sues-montana", "TikTok sues Montana over state ban", (
            "TikTok sued Montana in federal court on Monday to block the state's ban.",
            "The company says the law violates the First Amendment.",
        ), ago(30)),
        "texas": Story("texas-devices", "Texas bans TikTok on state government devices", (
            "Texas Governor Greg Abbott signed a law on Friday banning TikTok on state government devices.",
            "State agencies have 30 days to remove the app from phones and laptops they issue.",
        ), ago(20)),
        "blocked": Story("judge-blocks-montana", "Federal judge blocks Montana's TikTok ban", (
            "A federal judge on Thursday blocked Montana's TikTok ban, days before it was due to take effect.",
            "The judge granted a preliminary injunction.",
        ), ago(12)),
        "upheld": Story("appeals-court-montana", "Appeals court upholds Montana's TikTok ban", (
            "A federal appeals court on Tuesday upheld Montana's TikTok ban, reversing the lower court's injunction.",
            "The ruling lets the state enforce the law.",
        ), ago(3)),
    }  # fmt: skip
