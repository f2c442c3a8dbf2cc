"""Language packs: what the detector knows about one language, kept as data.

A pack is ``monitor/data/packs/<code>.yaml``, validated against :class:`PackFile` when it
is loaded (a bad pack raises :class:`~monitor.errors.ConfigError` naming the file and the
field). It lists, as regular-expression fragments matched case-insensitively:

* ``target``: how the language writes TikTok and ByteDance beyond the Latin spelling,
  and ``anaphora`` ("l'application") that refer back to it;
* ``actions``: trigger words per action type, in priority order;
* ``qualifiers``: words that turn a ban into a device ban (``devices``) or mark the act's
  object as an app store or a company (``business``);
* ``cues``: modality and time: ``proposed`` (a bill, a threat, "considering"), ``lifted``,
  ``court_block``, ``challenge`` (TikTok goes to court), ``background`` (a past act
  recalled), ``negation``, ``not_news`` (opinion, polls);
* ``governments``: named bodies and officials with their jurisdiction, and
  ``demonyms``/``countries`` that add to the country names babel's CLDR data gives.

In ``word`` packs (Latin, Cyrillic, Greek... scripts) every fragment must start at a word
boundary, so a stem such as ``interdi`` matches "interdit" and "interdiction" but not a
word that merely contains it; ``substring`` packs (Japanese, Chinese, Korean, Thai) match
anywhere, because those scripts do not separate words with spaces.

Each pack has a ``version``; :func:`knowledge_version` joins the gazetteer's version with
every pack's, and it is stored on every article so a re-analysis can tell what changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from monitor.errors import ConfigError

PACK_DIR = Path(__file__).resolve().parent / "data" / "packs"
SCHEMA_VERSION = 1
ACTION_TYPES = (
    "ban_national",
    "ban_regional",
    "ban_government_devices",
    "divestiture_order",
    "business_wind_up_order",
    "fine_or_penalty",
    "lawsuit_by_government",
    "investigation_opened",
    "law_enacted",
    "regulatory_order",
    "other",
)
CUE_NAMES = ("proposed", "lifted", "court_block", "court_uphold", "challenge", "background", "negation", "not_news", "report")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GovernmentEntry(_Strict):
    """A named body or official: the name shown in alerts and its jurisdiction."""

    name: str  # as the alert shows it, in English ("Italian Competition Authority (AGCM)")
    code: str  # ISO 3166-1/-2 or EU
    patterns: list[str] = Field(min_length=1)
    role: Literal["executive", "regulator", "court", "legislature", "head", "law_enforcement", "other"] = "executive"


class PackFile(_Strict):
    """The schema of one language pack file."""

    schema_version: int = Field(alias="schema")
    language: str = Field(pattern=r"^[a-z]{2,3}$")
    name: str
    version: int = Field(ge=1)
    matching: Literal["word", "substring"] = "word"
    sentence_end: str = r"(?<=[.!?…])\s+|\n+"
    target: list[str] = []
    anaphora: list[str] = []
    actions: dict[str, list[str]]
    qualifiers: dict[Literal["devices", "regional", "business", "other_company"], list[str]] = {}
    cues: dict[str, list[str]] = {}
    governments: list[GovernmentEntry] = []
    countries: dict[str, list[str]] = {}  # extra names and demonyms per ISO code
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("actions")
    @classmethod
    def _known_types(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = set(v) - set(ACTION_TYPES)
        if unknown:
            raise ValueError(f"unknown action types: {', '.join(sorted(unknown))}")
        return v

    @field_validator("cues")
    @classmethod
    def _known_cues(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = set(v) - set(CUE_NAMES)
        if unknown:
            raise ValueError(f"unknown cues: {', '.join(sorted(unknown))}")
        return v


@dataclass(frozen=True)
class Government:
    name: str
    code: str
    role: str


@dataclass(frozen=True)
class Pack:
    """A loaded pack with its patterns compiled."""

    language: str
    name: str
    version: int
    sentence_end: re.Pattern[str]
    target: re.Pattern[str]
    anaphora: re.Pattern[str] | None
    actions: tuple[tuple[str, re.Pattern[str]], ...]
    qualifiers: dict[str, re.Pattern[str]]
    cues: dict[str, re.Pattern[str]]
    governments: tuple[tuple[Government, re.Pattern[str]], ...]
    places: re.Pattern[str] | None  # every country name and demonym, one group per code
    place_codes: tuple[str, ...]


# Names of the target every language writes the same way (Latin script).
COMMON_TARGET = [r"tik\s?-?tok", r"bytedance", r"byte\s+dance", r"douyin", r"capcut", r"lemon8"]


def _compile(fragments: list[str], matching: str, where: str) -> re.Pattern[str]:
    if not fragments:
        return re.compile(r"(?!x)x")
    # longer fragments first, so that "projet de loi" wins over "loi"
    body = "|".join(f"(?:{f})" for f in sorted(fragments, key=len, reverse=True))
    pattern = rf"(?<!\w)(?:{body})" if matching == "word" else f"(?:{body})"
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(f"{where}: bad pattern: {exc}") from exc


def _place_names(language: str, extra: dict[str, list[str]]) -> dict[str, list[str]]:
    """Country names in ``language`` from CLDR (babel), plus the pack's own names and demonyms."""
    from babel import Locale, UnknownLocaleError

    names: dict[str, list[str]] = {}
    territories: dict[str, str] = {}
    try:
        territories = {str(k): str(v) for k, v in Locale.parse(language).territories.items()}
    except (UnknownLocaleError, ValueError):
        pass
    for code, name in territories.items():
        if re.fullmatch(r"[A-Z]{2}", code) and code not in {"ZZ", "QO", "EZ", "UN", "XA", "XB"}:
            names.setdefault(code, []).append(re.escape(name))
    for code, more in extra.items():
        names.setdefault(code, []).extend(more)
    return names


def _load(path: Path) -> Pack:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        spec = PackFile.model_validate(raw)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path.name}: cannot read language pack: {exc}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(x) for x in first["loc"])
        raise ConfigError(f"{path.name}: {field}: {first['msg']}") from exc
    if spec.schema_version != SCHEMA_VERSION:
        raise ConfigError(f"{path.name}: schema {spec.schema_version} is not {SCHEMA_VERSION}")
    m = spec.matching
    where = path.name
    places = _place_names(spec.language, spec.countries)
    codes = tuple(places)
    place_re: re.Pattern[str] | None = None
    if places:
        groups = []
        for code in codes:
            alts = "|".join(sorted(places[code], key=len, reverse=True))
            groups.append(f"(?P<{code.replace('-', '_')}>{alts})")
        body = "|".join(groups)
        place_re = re.compile(rf"(?<!\w)(?:{body})" if m == "word" else body, re.IGNORECASE)
    return Pack(
        language=spec.language,
        name=spec.name,
        version=spec.version,
        sentence_end=re.compile(spec.sentence_end),
        target=_compile(COMMON_TARGET + spec.target, "word" if m == "word" else "substring", f"{where}: target"),
        anaphora=_compile(spec.anaphora, m, f"{where}: anaphora") if spec.anaphora else None,
        actions=tuple((t, _compile(spec.actions[t], m, f"{where}: actions.{t}")) for t in spec.actions),
        qualifiers={k: _compile(v, m, f"{where}: qualifiers.{k}") for k, v in spec.qualifiers.items()},
        cues={k: _compile(v, m, f"{where}: cues.{k}") for k, v in spec.cues.items()},
        governments=tuple(
            (Government(g.name, g.code, g.role), _compile(g.patterns, m, f"{where}: governments.{g.name}")) for g in spec.governments
        ),
        places=place_re,
        place_codes=codes,
    )


@cache
def load_pack(language: str) -> Pack:
    """The pack for ``language`` (cached); :class:`ConfigError` if it is missing or invalid."""
    path = PACK_DIR / f"{language}.yaml"
    if not path.exists():
        raise ConfigError(f"no language pack for {language!r} in {PACK_DIR}")
    return _load(path)


@lru_cache(maxsize=1)
def available_languages() -> frozenset[str]:
    return frozenset(p.stem for p in PACK_DIR.glob("*.yaml"))


def has_pack(language: str) -> bool:
    return language in available_languages()


@lru_cache(maxsize=1)
def knowledge_version() -> str:
    """``gazetteer 4; de 1, fr 2, ...``: the versions of everything the detector reads."""
    from monitor.gazetteer import load_gazetteer

    parts = [f"gazetteer {load_gazetteer().version}"]
    for lang in sorted(available_languages()):
        parts.append(f"{lang} {load_pack(lang).version}")
    return "; ".join(parts)
