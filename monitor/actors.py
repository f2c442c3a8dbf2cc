"""Actors as alerts name them: a named body or official, never a place or a bare noun.

Every engine reports who acted as the words it found ("US", "Canadian government",
"federal government", "Albania", an empty string when only the jurisdiction is known).
:func:`normalise_actor` turns those into names a reader can trust and that compare
equal across outlets and languages:

* a place, a demonym or a generic government noun becomes the government of the
  jurisdiction: "Government of Canada", "Government of the United States", "State of
  Montana", "European Union";
* a court without a name becomes "Court (Russia)";
* a named body or official ("Italian Competition Authority", "President Donald Trump")
  is kept as it is; a run of words that ends in a lower-case verb or article (a sentence
  fragment such as "President Trump issued an executive") is cut back to its name.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Countries whose English name takes "the" after "Government of".
_WITH_THE = {"US", "GB", "NL", "PH", "AE", "CZ", "DO", "CF", "BS", "GM", "KM", "MV", "MH", "SB", "VA", "CD", "CG"}
_GENERIC = {
    "government", "governments", "federal", "national", "central", "state", "states", "administration", "ministry",
    "minister", "ministers", "spokesperson", "spokesman", "spokeswoman", "police", "authorities", "authority", "officials",
    "official", "governor", "gov", "executive", "cabinet", "the", "its", "his", "her", "their", "'s", "’s", "of", "country",
    "nation", "regime", "leaders", "leadership", "government's",
}  # fmt: skip
_LEGISLATURE = {"lawmakers", "legislators", "parliament", "parliamentary", "legislature", "mps", "congress", "deputies"}
_COURT = {"court", "courts", "judge", "judges", "tribunal"}
_FRAGMENT_WORD = re.compile(
    r"^(?:a|an|the|to|on|in|of|for|with|has|have|had|is|was|were|will|would|did|does|issued|signed|said|says|"
    r"announced|ordered|banned|and|or|that|which|who|after|before|over|against)$"
)


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    from babel import Locale

    from monitor.gazetteer import load_gazetteer

    names = {str(code): str(name) for code, name in Locale("en").territories.items()}
    for code, name in load_gazetteer().country_names.items():
        if isinstance(code, str) and "-" in code:  # a US state, a province, a nation of the UK
            names[code] = str(name)
    names["EU"] = "European Union"
    return names


@lru_cache(maxsize=1)
def _display_names() -> dict[str, str]:
    """:func:`_names` and the regions only the language packs name ("IN-TN": "Tamil Nadu")."""
    from monitor.gazetteer import load_gazetteer

    return {**load_gazetteer().display_names, **_names()}


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Lower-cased words of every place name, demonym and code the gazetteer knows."""
    import yaml

    from monitor.gazetteer import DEFAULT_PATH

    data = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    words: set[str] = set()
    for group in ("supranational", "countries", "subdivisions", "us_states"):
        for place in data.get(group) or []:
            for key in ("names", "abbreviations", "demonyms", "capitals"):
                for surface in place.get(key) or []:
                    words.update(w for w in re.split(r"[\s.\-]+", str(surface).lower()) if w)
                    if "." in str(surface):
                        words.add(str(surface).lower().replace(".", ""))  # "B.C." as "bc"
    for name in _names().values():
        words.update(w for w in re.split(r"[\s.\-]+", name.lower()) if w)
    words.update({"us", "u.s", "u.s.", "uk", "u.k", "eu", "e.u"})
    return frozenset(words)


def government_of(code: str) -> str:
    """``Government of Canada``, ``Government of the United States``, ``State of Montana``, ``European Union``."""
    if code == "EU":
        return "European Union"
    name = _display_names().get(code, code)
    if code.startswith("US-"):
        return f"State of {name.removesuffix(' State').removesuffix(' state')}"  # not "State of New York State"
    return f"Government of {'the ' if code in _WITH_THE else ''}{name}"


def _is_city(actor: str) -> bool:
    """The actor is exactly a city or county the gazetteer lists ("New York City", "Cook County")."""
    from monitor.gazetteer import load_gazetteer

    mentions = load_gazetteer().scan(actor)
    return len(mentions) == 1 and mentions[0].entry.role == "city" and mentions[0].text == actor.removesuffix("'s")


def country_name(code: str) -> str:
    return _display_names().get(code, code)


def _trim_fragment(actor: str) -> str:
    """Cut a name back before the first lower-case function word or verb that follows it."""
    words = actor.split()
    for i, w in enumerate(words):
        if i > 0 and _FRAGMENT_WORD.match(w) and w.islower():
            if w in ("of", "for", "and") and _name_goes_on(words, i):
                continue  # "City of Fountain Hills", "President of the Treasury Board", "Superintendence of Industry and Commerce"
            if w == "the" and i > 1 and words[i - 1] in ("of", "for") and _name_goes_on(words, i):
                continue
            return " ".join(words[:i]).rstrip(",;:")
    return actor


def _name_goes_on(words: list[str], i: int) -> bool:
    """The word after ``words[i]`` (past a "the") is capitalised, and for "and" so is the word before it:
    the name of one body continues ("Cyber and Information Security Agency"), no clause begins."""
    skip_the = words[i] in ("of", "for") and i + 2 < len(words) and words[i + 1] == "the"
    nxt = words[i + 2] if skip_the else words[i + 1] if i + 1 < len(words) else ""
    if not nxt[:1].isupper():
        return False
    return words[i] != "and" or words[i - 1][:1].isupper()


def normalise_actor(actor: str, jurisdiction: str) -> str:
    """The actor as an alert should show it (see the module docstring)."""
    actor = " ".join((actor or "").split()).strip(" ,;:")
    actor = _trim_fragment(actor)
    actor = re.sub(r"^[Tt]he (?=(?:City|Town|Village|County|Borough|Township|Municipality) of )", "", actor)
    if not jurisdiction:
        return actor
    if not actor:
        return government_of(jurisdiction)
    if _is_city(actor):
        return actor  # "New York City" acts for itself, not for the state
    tokens = [t for t in re.split(r"[\s]+", actor.lower().replace("’", "'")) if t]
    places = _place_words()
    # "B.C." and "U.S." are abbreviations of places: compared without their dots as well
    bare = [t.removesuffix("'s").strip(".") for t in tokens]
    bare = [t if t in places or t.replace(".", "") not in places else t.replace(".", "") for t in bare]
    rest = [t for t in bare if t and t not in places and t not in _GENERIC]
    if jurisdiction == "EU" and "executive" in bare and not rest:
        return "European Commission"  # "the EU's executive"
    if not rest:
        return government_of(jurisdiction)
    if all(t in _COURT for t in rest):
        return f"Court ({country_name(jurisdiction)})"
    if jurisdiction == "EU" and all(t in {"commission", "executive"} for t in rest):
        return "European Commission"
    if all(t in _LEGISLATURE for t in rest):
        return "US Congress" if jurisdiction == "US" else f"Parliament ({country_name(jurisdiction)})"
    return actor
