"""The feed registry: ``feeds.yaml`` (or an OPML export, see :mod:`monitor.opml`) read and
validated into :class:`~monitor.models.Feed` values.

Every problem is reported at once, each naming the file and the entry, so a wrong
``feeds.yaml`` fails at load with everything to fix in one message.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

import yaml

from monitor.errors import ConfigError
from monitor.models import Feed
from monitor.urls import canonical_url

MAX_INTERVAL_MINUTES = 7 * 24 * 60
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_FEED_KEYS = ("name", "url", "enabled", "interval", "interval_minutes", "tags", "language", "jurisdiction", "official")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_JURISDICTION = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$")


def load_feeds(path: Path) -> list[Feed]:
    """Load and validate a feeds file, YAML or OPML (chosen by content).

    YAML: a top-level ``feeds:`` list (or a bare list), and optionally ``defaults:`` whose
    keys apply to every entry that does not set them. Raises :class:`ConfigError` listing
    every invalid entry (``file: feeds[3] 'name': problem``).
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read feeds file {path}: {exc}") from exc
    if raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        from monitor.opml import load_opml

        return load_opml(raw, path)
    try:
        data = yaml.safe_load(raw) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    defaults: dict[str, Any] = {}
    if isinstance(data, dict):
        unknown = set(data) - {"feeds", "defaults"}
        if unknown:
            raise ConfigError(f"{path}: unknown top-level key(s) {sorted(unknown)}; expected 'feeds' and optionally 'defaults'")
        defaults = data.get("defaults") or {}
        if not isinstance(defaults, dict):
            raise ConfigError(f"{path}: 'defaults' must be a mapping")
        bad = sorted(set(defaults) - (set(_FEED_KEYS) - {"name", "url"}))
        if bad:
            raise ConfigError(f"{path}: defaults: unknown or per-feed-only field(s) {bad}")
        items = data.get("feeds")
    else:
        items = data
    if not isinstance(items, list):
        raise ConfigError(f"{path}: expected a top-level 'feeds:' list")
    feeds: list[Feed] = []
    errors: list[str] = []
    for i, item in enumerate(items):
        where = f"{path}: feeds[{i}]"
        if isinstance(item, dict):
            where += f" {item.get('name') or item.get('url')!r}"
            item = {**defaults, **item}
        try:
            feeds.append(feed_from_mapping(item, where))
        except ConfigError as exc:
            errors.append(str(exc))
    errors.extend(duplicates(feeds, path))
    if errors:
        raise ConfigError(f"{len(errors)} problem(s) in feeds file:\n  " + "\n  ".join(errors))
    return feeds


def feed_from_mapping(item: Any, where: str) -> Feed:
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: expected a mapping with at least 'url', got {type(item).__name__}")
    problems: list[str] = []
    for key in sorted(set(item) - set(_FEED_KEYS), key=str):
        close = difflib.get_close_matches(str(key), _FEED_KEYS, n=1)
        problems.append(f"unknown field {key!r}" + (f" (did you mean {close[0]!r}?)" if close else f"; allowed: {', '.join(_FEED_KEYS)}"))
    url = item.get("url")
    if not isinstance(url, str) or not _URL.match(url.strip()):
        problems.append(f"'url' must be an http(s) URL, got {url!r}")
    name = item.get("name", url)
    if not isinstance(name, str) or not name.strip():
        problems.append(f"'name' must be a non-empty string, got {name!r}")
    interval = item.get("interval_minutes", item.get("interval", 10))
    if isinstance(interval, bool) or not isinstance(interval, int | float) or not 1 <= interval <= MAX_INTERVAL_MINUTES:
        problems.append(f"'interval' must be a number of minutes between 1 and {MAX_INTERVAL_MINUTES}, got {interval!r}")
    tags = item.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",") if t.strip()]
    if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
        problems.append(f"'tags' must be a list of strings, got {tags!r}")
    for key in ("enabled", "official"):
        if not isinstance(item.get(key, False), bool):
            problems.append(f"'{key}' must be true or false, got {item.get(key)!r}")
    language = item.get("language")
    if language is not None and (not isinstance(language, str) or not _LANGUAGE.match(language)):
        problems.append(f"'language' must be a language code like 'en' or 'pt-BR', got {language!r}")
    jurisdiction = item.get("jurisdiction")
    if jurisdiction is not None and (not isinstance(jurisdiction, str) or not _JURISDICTION.match(jurisdiction.upper())):
        problems.append(f"'jurisdiction' must be an ISO 3166 code like 'US', 'US-MT' or 'EU', got {jurisdiction!r}")
    if problems:
        raise ConfigError(f"{where}: " + "; ".join(problems))
    assert isinstance(url, str) and isinstance(name, str) and isinstance(interval, int | float)
    return Feed(
        name=name.strip(),
        url=url.strip(),
        enabled=item.get("enabled", True),
        interval_minutes=max(1, round(interval)),
        tags=tuple(t.strip() for t in tags),
        language=language,
        jurisdiction=jurisdiction.upper() if isinstance(jurisdiction, str) else None,
        official=item.get("official", False),
    )


def duplicates(feeds: list[Feed], path: Path) -> list[str]:
    problems = []
    seen_urls: dict[str, str] = {}
    seen_names: set[str] = set()
    for feed in feeds:
        key = canonical_url(feed.url)
        if key in seen_urls:
            problems.append(f"{path}: feed URL listed twice: {feed.url} ({seen_urls[key]!r} and {feed.name!r})")
        seen_urls[key] = feed.name
        if feed.name in seen_names:
            problems.append(f"{path}: feed name used twice: {feed.name!r} (names identify feeds in articles)")
        seen_names.add(feed.name)
    return problems


