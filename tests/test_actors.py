"""monitor.actors: who acted, named the way an alert should show it."""

from __future__ import annotations

import pytest

from monitor.actors import government_of, normalise_actor


@pytest.mark.parametrize(
    ("found", "code", "shown"),
    [
        ("US", "US", "Government of the United States"),
        ("U.S.", "US", "Government of the United States"),
        ("", "GB", "Government of the United Kingdom"),
        ("Canadian government", "CA", "Government of Canada"),
        ("the federal government", "CA", "Government of Canada"),
        ("Albania's government", "AL", "Government of Albania"),
        ("Montana", "US-MT", "State of Montana"),
        ("a court in Moscow", "RU", "Court (Russia)"),
        ("European Union executive", "EU", "European Commission"),
        ("Commission", "EU", "European Commission"),
        ("lawmakers", "US", "US Congress"),
        ("Australian parliament", "AU", "Parliament (Australia)"),
        ("President Trump issued an executive", "US", "President Trump"),
        ("Italian Competition Authority", "IT", "Italian Competition Authority"),
        ("Texas Attorney General Ken Paxton", "US-TX", "Texas Attorney General Ken Paxton"),
        ("Governor Glenn Youngkin", "", "Governor Glenn Youngkin"),
        ("New York City", "US-NY", "New York City"),
        ("New York State", "US-NY", "State of New York"),
    ],
)
def test_normalise_actor(found: str, code: str, shown: str) -> None:
    assert normalise_actor(found, code) == shown


def test_government_of_eu_and_states() -> None:
    assert government_of("EU") == "European Union"
    assert government_of("US-UT") == "State of Utah"
    assert government_of("US-WA") == "State of Washington"  # not "State of Washington State"
    assert government_of("NL") == "Government of the Netherlands"
