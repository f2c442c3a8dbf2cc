"""Language packs: what the detector knows about one language, kept as data.

A pack is ``monitor/data/packs/<code>.yaml``, validated against :class:`PackFile` when it
is loaded (a bad pack raises :class:`~monitor.errors.ConfigError` naming the file and the
field). It lists, as regular-expression fragments matched case-insensitively:

* ``target``: how the language writes TikTok and ByteDance beyond the Latin spelling,
  and ``anaphora`` ("l'application") that refer back to it;
* ``actions``: trigger words per action type, in priority order;
* ``qualifiers``: words that turn a ban into a device ban (``devices``), mark the act's
  object as an app store or a company (``business``), or say a fine is about personal data
  (``privacy``: an "EU fine" on TikTok under the GDPR is Ireland's regulator's), or name
  private plaintiffs (``private_party``: consumer groups, foundations, parents, users), whose
  suit is no government's;
* ``cues``: modality and time: ``proposed`` (a bill, a threat, "considering"), ``lifted``,
  ``court_block``, ``challenge`` (TikTok goes to court), ``background`` (a past act
  recalled), ``negation``, ``not_news`` (opinion, polls, rumours), and ``compared_after`` /
  ``compared_before`` (the words for "after" or "like" that make the place next to them a
  comparison, not the actor);
* ``governments``: named bodies and officials with their jurisdiction, and
  ``demonyms``/``countries`` that add to the country names babel's CLDR data gives
  (``not_places`` drops CLDR names that are common words in the language; ``name_endings``
  lets a CLDR name take the language's case endings, or in a substring pack whose names end a word,
  its derived adjectives: Arabic "الصومالي", Somali, from "الصومال").

In ``word`` packs (Latin, Cyrillic, Greek... scripts) every fragment must start at a word
boundary, so a stem such as ``interdi`` matches "interdit" and "interdiction" but not a
word that merely contains it; ``substring`` packs (Japanese, Chinese, Korean, Thai) match
anywhere, because those scripts do not separate words with spaces.

Each pack has a ``version``; :func:`knowledge_version` joins the gazetteer's version with
every pack's, and it is stored on every article so a re-analysis can tell what changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from monitor.errors import ConfigError
from monitor.gazetteer import _trie_regex as trie_regex
from monitor.models import ActionType

PACK_DIR = Path(__file__).resolve().parent / "data" / "packs"
JOINERS = {0x200C: None, 0x200D: None}  # str.translate table: zero-width non-joiner and joiner dropped
# Arabic-script vowel marks, shadda, sukun, dagger alif and tatweel, which some outlets write and most do not
# ("حيّز" / "حيز"): str.translate table that drops them
ARABIC_MARKS = {c: None for c in [*range(0x064B, 0x0653), 0x0670, 0x0640]}
SCHEMA_VERSION = 1
# A word starts where no letter comes before it. Python's ``\w`` does not match the vowel signs and
# viramas of the Indic scripts (U+0900-U+0DFF), so in Devanagari "भारत" would start inside "महाभारत":
# those blocks count as letters here.
WORD_START = r"(?<![\w\u0900-\u0DFF])"
WORD_END = r"(?![\w\u0900-\u0DFF])"
ACTION_TYPES: tuple[str, ...] = get_args(ActionType)
CUE_NAMES = (
    "proposed",
    "lifted",
    "court_block",
    "court_uphold",
    "challenge",
    "background",
    "negation",
    "not_news",
    "compared_before",  # a preposition that makes the place after it a comparison ("après l'Inde", "nach Indien")
    "compared_after",  # a postposition that makes the place before it a comparison ("ABD'nin ardından", "भारत के बाद")
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GovernmentEntry(_Strict):
    """A named body or official: the name shown in alerts and its jurisdiction."""

    name: str  # as the alert shows it, in English ("Italian Competition Authority (AGCM)")
    code: str  # ISO 3166-1/-2 or EU
    patterns: list[str] = Field(min_length=1)
    role: Literal["executive", "regulator", "court", "legislature", "head", "law_enforcement", "other"] = "executive"


class LocalBodyEntry(_Strict):
    """A local government (a town, province or water board) named in the pack's language. ``pattern`` is
    matched case-sensitively (a town's name is capitalised) and may capture the place as ``name``;
    ``display`` is the actor in English with ``{name}`` in it ("Municipality of {name}")."""

    pattern: str
    display: str


class LanguageAdjectives(_Strict):
    """How a pack turns CLDR's name of a language into the adjective of its country's people:
    drop ``strip`` from the end of the name, then accept ``add`` after it (regex fragments)."""

    strip: str = ""
    add: str = ""


class PackFile(_Strict):
    """The schema of one language pack file."""

    schema_version: int = Field(alias="schema")
    language: str = Field(pattern=r"^[a-z]{2,3}$")
    name: str
    version: int = Field(ge=1)
    matching: Literal["word", "substring"] = "word"
    # substring packs whose script joins only prefixes to a name (Arabic "بالصين", "وفرنسا"): a country name
    # must end where its word ends, so that "مالي" (Mali) is not read inside "مالية" (financial)
    place_name_ends_word: bool = False
    # with ``place_name_ends_word``: the one-letter words a name may carry glued before it (Arabic "و", "ب",
    # "ل"...); when set, a name must also start where its word starts, after at most these, so that "مالي"
    # (Mali) is not read inside "الصومالي" (Somali)
    place_name_prefixes: str | None = None
    # scripts whose zero-width joiners (U+200C, U+200D) only shape conjuncts and are often lost in copying
    # (Sinhala "ශ්‍රී" / "ශ්රී"): the engine drops them from the text and the CLDR names before matching,
    # so patterns are written without them. Never for Persian or Urdu, where ZWNJ separates word parts
    ignore_joiners: bool = False
    # Arabic-script packs: the engine drops vowel marks and tatweel (:data:`ARABIC_MARKS`) from the text before
    # matching, so patterns are written without them
    ignore_marks: bool = False
    # word packs whose language adds case endings to a name (Bengali "আয়ারল্যান্ডের", of Ireland): the
    # endings (regex fragments) that may follow a CLDR country name, so every country is found in every case
    name_endings: list[str] = []
    sentence_end: str = r"(?<=[.!?…])\s+|\n+"
    target: list[str] = []
    anaphora: list[str] = []
    actions: dict[str, list[str]]
    qualifiers: dict[Literal["devices", "regional", "business", "other_company", "privacy", "private_party"], list[str]] = {}
    cues: dict[str, list[str]] = {}
    governments: list[GovernmentEntry] = []
    local_bodies: list[LocalBodyEntry] = []
    countries: dict[str, list[str]] = {}  # extra names and demonyms per ISO code
    # languages whose name is also their people's adjective ("svedese", "schwedisch"): demonyms for the
    # countries of ``language_adjectives.yaml`` that ``countries`` does not list
    language_adjectives: LanguageAdjectives | None = None
    # CLDR country names that are also common words in the language (Persian "مالی", Mali, is "financial"):
    # they are not read as places (a pack can still list a safer form under ``countries``)
    not_places: list[str] = []
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("actions")
    @classmethod
    def _known_types(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = set(v) - set(ACTION_TYPES)
        if unknown:
            raise ValueError(f"unknown action types: {', '.join(sorted(unknown))}")
        return v

    @field_validator("countries", mode="before")
    @classmethod
    def _quoted_codes(cls, v: object) -> object:
        if isinstance(v, dict) and any(isinstance(k, bool) for k in v):
            raise ValueError("quote ISO codes such as 'NO' and 'ON': bare, YAML reads them as true/false")
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
class LocalBody:
    pattern: re.Pattern[str]
    display: str

    def name_at(self, m: re.Match[str]) -> str:
        """The actor an alert shows for one match."""
        return self.display.format(name=m.groupdict().get("name") or "")


@dataclass(frozen=True)
class Pack:
    """A loaded pack with its patterns compiled."""

    language: str
    name: str
    version: int
    matching: str  # "word" or "substring"
    sentence_end: re.Pattern[str]
    target: re.Pattern[str]
    anaphora: re.Pattern[str] | None
    actions: tuple[tuple[str, re.Pattern[str]], ...]
    qualifiers: dict[str, re.Pattern[str]]
    cues: dict[str, re.Pattern[str]]
    governments: tuple[tuple[Government, re.Pattern[str]], ...]
    local_bodies: tuple[LocalBody, ...]
    government_union: re.Pattern[str] | None  # every body's patterns in one pattern, group ``g<i>`` per body
    place_names: re.Pattern[str] | None  # CLDR country names, one trie-shaped alternation (the name as group ``name``)
    place_of_name: dict[str, str]  # lower-cased CLDR name -> ISO code
    place_patterns: re.Pattern[str] | None  # the pack's own names and demonyms, one group per code
    # str.translate table of what the engine drops from the text before matching: zero-width joiners
    # (``ignore_joiners``, :data:`JOINERS`), Arabic-script vowel marks (``ignore_marks``, :data:`ARABIC_MARKS`)
    dropped: dict[int, None] = field(default_factory=dict)

    def find_places(self, text: str) -> list[tuple[int, str]]:
        """(position, ISO code) of every country name or demonym in ``text``, in order."""
        found: list[tuple[int, str]] = []
        if self.place_names is not None:
            for m in self.place_names.finditer(text):
                code = self.place_of_name.get(_lower(m.group("name")))
                if code:
                    found.append((m.start("name"), code))
        if self.place_patterns is not None:
            for m in self.place_patterns.finditer(text):
                if m.lastgroup:
                    found.append((m.start(), m.lastgroup.replace("_", "-")))
        return sorted(set(found))


# Names of the target every language writes the same way (Latin script).
COMMON_TARGET = [r"tik\s?-?tok", r"bytedance", r"byte\s+dance", r"douyin", r"capcut", r"lemon8"]


def _compile(fragments: list[str], matching: str, where: str) -> re.Pattern[str]:
    if not fragments:
        return re.compile(r"(?!x)x")
    # longer fragments first, so that "projet de loi" wins over "loi"
    body = "|".join(f"(?:{f})" for f in sorted(fragments, key=len, reverse=True))
    pattern = rf"{WORD_START}(?:{body})" if matching == "word" else f"(?:{body})"
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(f"{where}: bad pattern: {exc}") from exc


def _creator_excluded(target: re.Pattern[str]) -> re.Pattern[str]:
    """The target's names, but not a creator named after it ("tiktoker", "tiktokerzy", "tiktokeuse")."""
    return re.compile(rf"(?:{target.pattern})(?!(?:er|eur|euse)\w*)", target.flags)


def _union(groups: list[list[str]], matching: str) -> re.Pattern[str] | None:
    """One pattern for many lists of fragments: group ``g<i>`` matches list ``i`` (searched in one pass)."""
    if not groups:
        return None
    parts = [f"(?P<g{i}>{'|'.join(f'(?:{f})' for f in sorted(frags, key=len, reverse=True))})" for i, frags in enumerate(groups)]
    body = "|".join(parts)
    return re.compile(rf"{WORD_START}(?:{body})" if matching == "word" else body, re.IGNORECASE)


def _lower(name: str) -> str:
    """Lower case in which Turkish and Azerbaijani "İ" stays one letter: Python lowers it to "i" plus a
    combining dot, which a case-insensitive pattern never finds in "İrlanda" or "İtalya"."""
    return name.lower().replace("i\u0307", "i")


def _cldr_names(language: str) -> dict[str, str]:
    """Country names in ``language`` from CLDR (babel): lower-cased name -> ISO code."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = {str(k): str(v) for k, v in Locale.parse(language).territories.items()}
    except (UnknownLocaleError, ValueError):
        return {}
    return {
        _lower(name): code
        for code, name in territories.items()
        if re.fullmatch(r"[A-Z]{2}", code) and code not in {"ZZ", "QO", "EZ", "UN", "XA", "XB"} and len(name) > 1
    }


ADJECTIVES_FILE = PACK_DIR.parent / "language_adjectives.yaml"
MIN_ADJECTIVE_STEM = 4  # shorter stems ("rus", "fin") are too often other words


@lru_cache(maxsize=1)
def _adjective_languages() -> dict[str, str]:
    """ISO country code -> the language whose name is also its people's adjective."""
    try:
        data = yaml.safe_load(ADJECTIVES_FILE.read_text(encoding="utf-8"))
        return {str(code): str(lang) for code, lang in data["countries"].items()}
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"{ADJECTIVES_FILE.name}: unreadable ({exc})") from exc


def _adjective_demonyms(spec: PackFile, where: str) -> dict[str, list[str]]:
    """Demonyms made from CLDR's language names in the pack's language ("svedese" -> SE), for the
    countries the pack does not list itself."""
    rule = spec.language_adjectives
    if rule is None:
        return {}
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(spec.language).languages
    except (UnknownLocaleError, ValueError):
        return {}
    out: dict[str, list[str]] = {}
    for code, lang in _adjective_languages().items():
        name = str(names.get(lang) or "").lower()
        stem = re.sub(f"(?:{rule.strip})$", "", name) if rule.strip else name
        if code in spec.countries or len(stem) < MIN_ADJECTIVE_STEM or " " in stem:
            continue
        out[code] = [f"{re.escape(stem)}{f'(?:{rule.add})' if rule.add else ''}(?!\\w)"]
    try:
        for alts in out.values():
            re.compile(alts[0])
    except re.error as exc:
        raise ConfigError(f"{where}: language_adjectives: bad pattern: {exc}") from exc
    return out


def _substring_names(trie: str, spec: PackFile, where: str) -> re.Pattern[str]:
    """CLDR names in a pack that matches inside words: anywhere (Japanese, Chinese), or, where
    ``place_name_ends_word``, ending where the word ends (after one of ``name_endings``) and, with
    ``place_name_prefixes``, starting where it starts (after at most those prefixes)."""
    if not spec.place_name_ends_word:
        return re.compile(rf"(?P<name>{trie})", re.IGNORECASE)
    endings = "|".join(f"(?:{e})" for e in sorted(spec.name_endings, key=len, reverse=True))
    ending = f"(?:{endings})?" if endings else ""
    start = rf"(?<!\w)(?:{spec.place_name_prefixes})?" if spec.place_name_prefixes else ""
    try:
        return re.compile(rf"{start}(?P<name>{trie}){ending}(?!\w)", re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(f"{where}: place_name_prefixes or name_endings: bad pattern: {exc}") from exc


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
    drop_joiners = JOINERS if spec.ignore_joiners else {}
    dropped = {n.lower().translate(drop_joiners) for n in spec.not_places}
    cldr = {n: code for name, code in _cldr_names(spec.language).items() if (n := name.translate(drop_joiners)) not in dropped}
    names_re: re.Pattern[str] | None = None
    if cldr:
        trie = trie_regex(sorted(cldr, key=len, reverse=True))
        if m == "word":
            endings = "|".join(f"(?:{e})" for e in sorted(spec.name_endings, key=len, reverse=True))
            ending = f"(?:{endings})?" if endings else ""
            try:
                names_re = re.compile(rf"{WORD_START}(?P<name>{trie}){ending}{WORD_END}", re.IGNORECASE)
            except re.error as exc:
                raise ConfigError(f"{where}: name_endings: bad pattern: {exc}") from exc
        else:
            names_re = _substring_names(trie, spec, where)
    patterns_re: re.Pattern[str] | None = None
    countries = {**_adjective_demonyms(spec, where), **spec.countries}
    if countries:
        groups = []
        for code, alts_list in countries.items():
            alts = "|".join(sorted(alts_list, key=len, reverse=True))
            groups.append(f"(?P<{code.replace('-', '_')}>{alts})")
        body = "|".join(groups)
        try:
            patterns_re = re.compile(rf"{WORD_START}(?:{body}){WORD_END}" if m == "word" else body, re.IGNORECASE)
        except re.error as exc:
            raise ConfigError(f"{where}: countries: bad pattern: {exc}") from exc
    return Pack(
        language=spec.language,
        name=spec.name,
        version=spec.version,
        matching=m,
        sentence_end=re.compile(spec.sentence_end),
        target=_creator_excluded(_compile(COMMON_TARGET + spec.target, "word" if m == "word" else "substring", f"{where}: target")),
        anaphora=_compile(spec.anaphora, m, f"{where}: anaphora") if spec.anaphora else None,
        actions=tuple((t, _compile(spec.actions[t], m, f"{where}: actions.{t}")) for t in spec.actions),
        qualifiers={k: _compile(v, m, f"{where}: qualifiers.{k}") for k, v in spec.qualifiers.items()},
        cues={k: _compile(v, m, f"{where}: cues.{k}") for k, v in spec.cues.items()},
        governments=tuple(
            (Government(g.name, g.code, g.role), _compile(g.patterns, m, f"{where}: governments.{g.name}")) for g in spec.governments
        ),
        local_bodies=tuple(_local_body(b, f"{where}: local_bodies") for b in spec.local_bodies),
        government_union=_union([g.patterns for g in spec.governments], m),
        place_names=names_re,
        place_of_name=cldr,
        place_patterns=patterns_re,
        dropped={**(JOINERS if spec.ignore_joiners else {}), **(ARABIC_MARKS if spec.ignore_marks else {})},
    )


def _local_body(entry: LocalBodyEntry, where: str) -> LocalBody:
    try:
        pattern = re.compile(entry.pattern)
    except re.error as exc:
        raise ConfigError(f"{where}: bad pattern {entry.pattern!r}: {exc}") from exc
    if "{name}" in entry.display and "name" not in pattern.groupindex:
        raise ConfigError(f"{where}: {entry.display!r} shows {{name}} but {entry.pattern!r} captures no name")
    return LocalBody(pattern, entry.display)


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


_VERSION_LINE = re.compile(r"^version:\s*(\S+)", re.MULTILINE)


@lru_cache(maxsize=1)
def knowledge_version() -> str:
    """``gazetteer 8; en 3; calibration 1; adjectives 1; common 2; de 2; fr 2; ...``: the versions of everything the detector
    reads, and of the rules all engines share (``monitor.analyze.COMMON_RULES_VERSION``).

    Read from each file's ``version:`` line, so that one broken pack (which fails when
    its own language is analysed) does not stop the others from being versioned.
    """
    from monitor.actions import ENGLISH_VERSION
    from monitor.analyze import COMMON_RULES_VERSION
    from monitor.calibration import CALIBRATION_FILE
    from monitor.gazetteer import load_gazetteer

    parts = [f"gazetteer {load_gazetteer().version}", f"en {ENGLISH_VERSION}", f"calibration {file_version(CALIBRATION_FILE)}",
        f"adjectives {file_version(ADJECTIVES_FILE)}", f"common {COMMON_RULES_VERSION}",
    ]
    parts += [f"{lang} {file_version(PACK_DIR / f'{lang}.yaml')}" for lang in sorted(available_languages())]
    return "; ".join(parts)


def file_version(path: Path) -> str:
    """A knowledge file's ``version:`` line, or ``?`` when it has none or cannot be read."""
    try:
        m = _VERSION_LINE.search(path.read_text(encoding="utf-8"))
    except OSError:
        return "?"
    return m.group(1) if m else "?"
