"""How sure a finding is: an article's ``confidence`` as the share of such alerts that were right.

The counts live in ``monitor/data/calibration.yaml``: for each engine (English, or the language
packs pooled) and each place an article states its act (``Analysis.support``: the headline and
the lead, the headline only, the lead only, or twice in a lead with no headline), how many of the
detector's new actions were right on fresh labelled articles. A cell's estimate is its share of
right alerts, pulled towards the engine's overall share by ``prior_weight`` articles, so a cell
of three articles says little and one of a hundred says much.

An act stated in both the headline and the lead is right about nine times in ten in every
language; one stated in one place only, about six times in ten outside English. Watch rules can
ask for a minimum (``min_confidence``), and alerts say where the act was stated.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from monitor.errors import ConfigError

CALIBRATION_FILE = Path(__file__).parent / "data" / "calibration.yaml"


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, float]]:
    try:
        data = yaml.safe_load(CALIBRATION_FILE.read_text(encoding="utf-8"))
        weight = float(data["prior_weight"])
        table: dict[str, dict[str, float]] = {}
        for engine, cells in data["engines"].items():
            right = sum(int(c["right"]) for c in cells.values())
            total = right + sum(int(c["wrong"]) for c in cells.values())
            prior = right / total
            table[engine] = {
                str(place): round((int(c["right"]) + weight * prior) / (int(c["right"]) + int(c["wrong"]) + weight), 2)
                for place, c in cells.items()
            }
            table[engine][""] = round(prior, 2)
        return table
    except (OSError, KeyError, TypeError, ValueError, ZeroDivisionError, AttributeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{CALIBRATION_FILE}: unreadable calibration ({exc})") from exc


def confidence(language: str, support: str) -> float:
    """The share of alerts like this one that were right: English or a language pack, and where
    the act is stated (an unknown place gives the engine's overall share)."""
    cells = _table()["en" if language == "en" else "packs"]
    return cells.get(support, cells[""])
