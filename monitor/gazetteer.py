"""Gazetteer: the names the detector looks for, kept as data in ``monitor/data/gazetteer.yaml``.

The YAML lists the target (TikTok, ByteDance and their subsidiaries), every country (ISO
names, common names, demonyms, capitals), the US states, EU institutions, agencies,
regulators and courts, officials' titles, well-known office holders and other companies.
:func:`load_gazetteer` reads it once (cached) and compiles all of its names into one
trie-shaped regular expression, so :meth:`Gazetteer.scan` finds every mention in a
sentence in a single pass.

Case rules: single words and acronyms ("US", "House", "Canada") must match their case
(a lower-case "us" is a pronoun); names of several words match in any case, and a
lower-case single word (a government noun such as "government") also matches its
capitalised form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "gazetteer.yaml"

# Mention kinds.
TARGET = "target"
COUNTRY = "country"  # country, state or EU name ("Canada", "Montana", "European Union")
DEMONYM = "demonym"  # "Canadian", "Montanans"
CAPITAL = "capital"  # "Ottawa", "Brussels" (metonym only in subject position)
AGENCY = "agency"  # named body with a fixed jurisdiction ("FTC", "Ofcom")
OFFICIAL = "official"  # named office holder ("Joe Biden")
GOV_NOUN = "gov_noun"  # generic body ("government", "regulator", "court")
TITLE = "title"  # generic title ("Prime Minister", "Attorney General")
COMPANY = "company"  # another company ("Meta")
ANAPHOR = "anaphor"  # "the app", "the company"


@dataclass(frozen=True)
class Entry:
    """One name in the gazetteer."""

    kind: str
    name: str  # canonical name
    code: str | None  # jurisdiction (ISO 3166-1/-2 or EU); None = resolve from context
    role: str = ""  # executive | regulator | legislature | chamber | court | head | law_enforcement | ...
    case_sensitive: bool = True
    surface: str = ""  # the exact form listed (checked when case_sensitive)


@dataclass(frozen=True)
class Mention:
    """One match of a gazetteer name in a piece of text."""

    start: int
    end: int
    text: str
    entry: Entry

    @property
    def kind(self) -> str:
        return self.entry.kind

    @property
    def code(self) -> str | None:
        return self.entry.code


def _trie_regex(words: list[str]) -> str:
    """A regex alternation shaped as a trie (fast in Python's ``re``; prefers longer names)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


class Gazetteer:
    """Compiled gazetteer; build it with :func:`load_gazetteer`."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.version = str(data.get("version", "0"))
        self._by_surface: dict[str, list[Entry]] = {}
        self.country_names: dict[str, str] = {}  # code -> display name
        self.display_names: dict[str, str] = {}  # code -> display name, for codes only the language packs use
        self.state_codes: set[str] = set()
        self.capitals: dict[str, str] = {}  # capital (lower case) -> country code
        self._load(data)
        surfaces = sorted(self._by_surface, key=len, reverse=True)
        self._regex = re.compile(r"(?<![\w@#/])(" + _trie_regex(surfaces) + r")(?![\w$])", re.IGNORECASE)

    # ------------------------------------------------------------------ loading
    def _add(self, surface: str, entry: Entry) -> None:
        surface = surface.strip()
        if not surface:
            return
        bucket = self._by_surface.setdefault(surface.lower(), [])
        bucket.append(Entry(entry.kind, entry.name, entry.code, entry.role, entry.case_sensitive, surface))

    def _load(self, data: dict[str, Any]) -> None:
        for target in data.get("targets", []):
            for alias in target.get("aliases", []):
                self._add(alias, Entry(TARGET, target["name"], None, "target", case_sensitive=False))
        for phrase in data.get("target_anaphora", []):
            self._add(phrase, Entry(ANAPHOR, "TikTok", None, "anaphor", case_sensitive=False))
        for group in ("supranational", "countries", "subdivisions", "us_states"):
            for place in data.get(group, []):
                code = place["code"]
                if not isinstance(code, str):
                    raise ValueError(f"gazetteer: {group} code {code!r} is not a string (quote codes such as \"NO\")")
                names = place.get("names", [])
                if names:
                    self.country_names.setdefault(code, names[0])
                if group in ("us_states", "subdivisions"):
                    self.state_codes.add(code)
                for name in names:
                    self._add(name, Entry(COUNTRY, names[0] if names else code, code, "place", self._sensitive(name)))
                for abbr in place.get("abbreviations", []):
                    self._add(abbr, Entry(COUNTRY, names[0] if names else code, code, "place", True))
                for dem in place.get("demonyms", []):
                    self._add(dem, Entry(DEMONYM, names[0] if names else code, code, "place", True))
                for cap in place.get("capitals", []):
                    self.capitals.setdefault(cap.lower(), code)
                    self._add(cap, Entry(CAPITAL, names[0] if names else code, code, "place", True))
        # named for display only: never scanned for, and not a place word for the actor normaliser
        self.display_names = {str(code): str(name) for code, name in (data.get("display_names") or {}).items()}
        for item in [*data.get("agencies", []), *data.get("officials", [])]:
            code = item.get("jurisdiction")
            if code is not None and not isinstance(code, str):
                raise ValueError(f"gazetteer: {item.get('name')!r} has jurisdiction {code!r}, not a string (quote codes such as \"NO\")")
        for city in data.get("us_cities", []):
            same = city.get("same") or {}  # another way of writing one city: "NYC" is "New York City"
            for name in [*city.get("names", []), *same]:
                self._add(name, Entry(CAPITAL, same.get(name, name), city["code"], "city", self._sensitive(name)))
        for agency in data.get("agencies", []):
            for alias in agency.get("aliases", []) or [agency["name"]]:
                self._add(alias, Entry(AGENCY, agency["name"], agency.get("jurisdiction"), agency.get("kind", ""), self._sensitive(alias)))
        for role, nouns in (data.get("government_nouns") or {}).items():
            for noun in nouns:
                for variant in self._case_variants(noun):
                    self._add(variant, Entry(GOV_NOUN, noun.lower(), None, role, True))
        for role, titles in (data.get("official_titles") or {}).items():
            for title in titles:
                for variant in self._case_variants(title):
                    self._add(variant, Entry(TITLE, title, None, role, True))
        for official in data.get("officials", []):
            for alias in official.get("aliases", []):
                self._add(alias, Entry(OFFICIAL, official["name"], official.get("jurisdiction"), official.get("kind", ""), True))
        for company in data.get("companies", []):
            self._add(company, Entry(COMPANY, company, None, "company", True))

    @staticmethod
    def _sensitive(surface: str) -> bool:
        """Single words and acronyms keep their case; longer names match in any case."""
        return " " not in surface.strip()

    @staticmethod
    def _case_variants(word: str) -> list[str]:
        variants = [word]
        if word[:1].islower():
            variants.append(word[:1].upper() + word[1:])
            if " " in word:
                variants.append(word.title())
        return variants

    # ------------------------------------------------------------------ matching
    def _pick(self, surface: str) -> Entry | None:
        entries = self._by_surface.get(surface.lower())
        if not entries:
            return None
        best: Entry | None = None
        for entry in entries:
            if entry.case_sensitive and entry.surface != surface:
                continue
            if best is None or _PRIORITY.get(entry.kind, 9) < _PRIORITY.get(best.kind, 9):
                best = entry
        return best

    def scan(self, text: str) -> list[Mention]:
        """All gazetteer mentions in ``text``, left to right, non-overlapping (longest first)."""
        out: list[Mention] = []
        pos = 0
        regex = self._regex
        n = len(text)
        while pos < n:
            m = regex.search(text, pos)
            if m is None:
                break
            surface = m.group(1)
            entry = self._pick(surface)
            if entry is None:
                # the longest candidate failed its case rule: retry shorter prefixes of it
                entry, surface = self._shorter(surface)
            if entry is None:
                pos = m.start() + 1
                continue
            start = m.start()
            out.append(Mention(start, start + len(surface), surface, entry))
            pos = start + len(surface)
        return out

    def _shorter(self, surface: str) -> tuple[Entry | None, str]:
        cut = len(surface)
        while True:
            cut = max(surface.rfind(" ", 0, cut), surface.rfind("-", 0, cut))
            if cut <= 0:
                return None, surface
            sub = surface[:cut]
            entry = self._pick(sub)
            if entry is not None:
                return entry, sub

    def entries(self) -> list[Entry]:
        """Every entry (for inspection and tests)."""
        return [e for bucket in self._by_surface.values() for e in bucket]


# When one surface has several entries (e.g. "Georgia"), the more specific kind wins.
_PRIORITY = {TARGET: 0, AGENCY: 1, OFFICIAL: 2, COUNTRY: 3, DEMONYM: 4, CAPITAL: 5, TITLE: 6, GOV_NOUN: 7, COMPANY: 8, ANAPHOR: 8}


@lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """Load and compile the gazetteer YAML (cached per path)."""
    source = Path(path) if path else DEFAULT_PATH
    with source.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict) or "version" not in data:
        raise ValueError(f"{source}: not a gazetteer (a mapping with a 'version' field is required)")
    return Gazetteer(data)
