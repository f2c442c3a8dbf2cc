"""English knowledge for the detector, read from ``monitor/data/english.yaml``.

The file holds, as data, the trigger patterns of each act family, the words that make an act's
object and the cues (modality, negation, time, decision) read around a trigger, each written as a
list of regular-expression fragments, plus the gate stems that let a trigger table be skipped
cheaply. :func:`_pattern` joins and compiles one of them once; :data:`ENGLISH_VERSION` is the
file's version.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

IC = re.IGNORECASE

# ---------------------------------------------------------------------------- knowledge (monitor/data/english.yaml)
ENGLISH_PATH = Path(__file__).resolve().parent / "data" / "english.yaml"


def _load_english(path: Path = ENGLISH_PATH) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict) or "version" not in data or data.get("language") != "en":
        raise ValueError(f"{path}: not the English knowledge file (a mapping with 'version' and language: en is required)")
    for section in ("triggers", "objects", "cues"):
        for key, fragments in (data.get(section) or {}).items():
            if not isinstance(fragments, list) or not all(isinstance(f, str) for f in fragments):
                raise ValueError(f"{path}: {section}.{key} must be a list of pattern fragments")
    return data

_ENGLISH = _load_english()
ENGLISH_VERSION = str(_ENGLISH["version"])
_COMPILED: dict[tuple[str, str], re.Pattern[str]] = {}


def _pattern(section: str, key: str) -> re.Pattern[str]:
    """One pattern of english.yaml, its fragments joined, compiled case-insensitively (once)."""
    if (section, key) not in _COMPILED:
        try:
            _COMPILED[section, key] = re.compile("".join(_ENGLISH[section][key]), IC)
        except (KeyError, re.error) as exc:
            raise ValueError(f"{ENGLISH_PATH}: {section}.{key}: {exc}") from exc
    return _COMPILED[section, key]
