"""OPML, the format every feed reader exports: read into the registry, and written back.

Our own options ride along as extra outline attributes (``language``, ``jurisdiction``,
``official``, ``interval``, ``enabled``), so ``load_feeds`` reads an export back unchanged.
Folders become tags of the feeds inside them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError
from monitor.feed_registry import _ENTITY_DECL, duplicates, feed_from_mapping
from monitor.models import Feed


def load_opml(raw: bytes, path: Path) -> list[Feed]:
    if _ENTITY_DECL.search(raw.replace(b"\x00", b"")):
        raise ConfigError(f"{path}: OPML declares XML entities; refusing to parse")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise ConfigError(f"{path}: not valid OPML: {exc}") from exc
    body = root.find("body")
    if root.tag != "opml" or body is None:
        raise ConfigError(f"{path}: not OPML (expected <opml><body>)")
    feeds: list[Feed] = []
    errors: list[str] = []
    counter = 0

    def walk(node: ET.Element, folders: tuple[str, ...]) -> None:
        nonlocal counter
        for outline in node.findall("outline"):
            url = outline.get("xmlUrl")
            label = outline.get("title") or outline.get("text") or ""
            if not url:  # a folder: its name becomes a tag of the feeds inside
                walk(outline, (*folders, label) if label else folders)
                continue
            counter += 1
            tags = [t.strip() for t in re.split(r"[,/]", outline.get("category") or "") if t.strip()]
            item: dict[str, Any] = {"name": label or url, "url": url, "tags": list(dict.fromkeys([*folders, *tags]))}
            for key in ("language", "jurisdiction"):
                if outline.get(key):
                    item[key] = outline.get(key)
            for key in ("official", "enabled"):
                if outline.get(key) is not None:
                    item[key] = {"true": True, "false": False}.get(str(outline.get(key)).lower(), outline.get(key))
            if outline.get("interval"):
                value = str(outline.get("interval"))
                item["interval"] = float(value) if re.fullmatch(r"\d+(\.\d+)?", value) else value
            try:
                feeds.append(feed_from_mapping(item, f"{path}: outline {counter} {label!r}"))
            except ConfigError as exc:
                errors.append(str(exc))

    walk(body, ())
    errors.extend(duplicates(feeds, path))
    if errors:
        raise ConfigError(f"{len(errors)} problem(s) in OPML file:\n  " + "\n  ".join(errors))
    return feeds




def export_opml(feeds: Iterable[Feed]) -> str:
    """The registry as OPML 2.0, for feed readers. Our options ride along as extra outline
    attributes (``language``, ``jurisdiction``, ``official``, ``interval``, ``enabled``), so
    ``load_feeds`` reads an export back unchanged."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "TikTok action monitor feeds"
    body = ET.SubElement(root, "body")
    for feed in feeds:
        attrs = {"type": "rss", "text": feed.name, "title": feed.name, "xmlUrl": feed.url}
        if feed.tags:
            attrs["category"] = ",".join(feed.tags)
        if feed.language:
            attrs["language"] = feed.language
        if feed.jurisdiction:
            attrs["jurisdiction"] = feed.jurisdiction
        attrs.update(official=str(feed.official).lower(), enabled=str(feed.enabled).lower(), interval=str(feed.interval_minutes))
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)
