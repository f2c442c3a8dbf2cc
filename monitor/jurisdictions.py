"""Display names and flags for jurisdiction codes (ISO 3166-1/-2 and ``EU``).

The names come from the gazetteer (``monitor/data/gazetteer.yaml``), the same data detection
uses; this module only turns a code into what a person reads in an alert: ``CA`` →
``🇨🇦 Canada``, ``US-MT`` → ``🇺🇸 Montana (United States)``.
"""

from __future__ import annotations

from functools import lru_cache

from monitor.actors import government_of
from monitor.gazetteer import load_gazetteer

# Shorter or unambiguous display names where the gazetteer's first name is formal or withheld.
DISPLAY_NAMES = {"RU": "Russia", "GE": "Georgia"}

_GENERIC_ACTORS = {
    "government", "the government", "federal government", "the federal government", "central government", "national government",
    "cabinet", "the cabinet", "authorities", "the authorities", "officials", "ministers", "administration", "the administration",
}  # fmt: skip


def flag(code: str) -> str:
    """The flag emoji of a jurisdiction's country (regional indicators), or ``🏛️``."""
    country = (code or "").split("-")[0].upper()
    if len(country) != 2 or not country.isalpha():
        return "🏛️"
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in country)


def _name(code: str) -> str | None:
    return DISPLAY_NAMES.get(code) or load_gazetteer().country_names.get(code)


@lru_cache(maxsize=512)
def jurisdiction_name(code: str) -> str:
    """A readable name for ``code``; unknown codes are returned as they are."""
    code = (code or "").upper()
    if not code:
        return "Unknown jurisdiction"
    country, _, sub = code.partition("-")
    name = _name(country)
    if name is None:
        return code
    if not sub:
        return name
    return f"{_name(code) or code} ({name})"


def display_actor(actor: str, jurisdiction: str) -> str:
    """A readable actor: generic ones ("federal government") and capitals used for the
    government ("Ottawa") become "Government of Canada"."""
    text = " ".join((actor or "").split())
    code = (jurisdiction or "").upper()
    country, _, sub = code.partition("-")
    is_metonym = bool(text) and load_gazetteer().capitals.get(text.lower()) == country
    if text and text.lower() not in _GENERIC_ACTORS and not is_metonym:
        return text[:1].upper() + text[1:]
    if country == "US" and sub and _name(code):
        return government_of(code)
    if country == "EU":
        return "European Union"
    name = _name(country)
    if name is None:
        return text or "Government"
    article = "the " if name.startswith(("United", "Netherlands", "Philippines")) else ""
    return f"Government of {article}{name}"
