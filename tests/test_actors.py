"""monitor.actors: who acted, named the way an alert should show it."""

from __future__ import annotations

import pytest

from monitor.actors import government_of, normalise_actor
from monitor.analyze import analyze_article


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
        # a pack's name of one body runs on through "and", "of the" and "for the"
        ("National Cyber and Information Security Agency (NÚKIB)", "CZ", "National Cyber and Information Security Agency (NÚKIB)"),
        ("Superintendence of Industry and Commerce (Colombia)", "CO", "Superintendence of Industry and Commerce (Colombia)"),
        ("President of the Treasury Board", "CA", "President of the Treasury Board"),
        ("Minister for the Cabinet Office", "GB", "Minister for the Cabinet Office"),
        # ... but a clause or a second actor does not
        ("Trump and the Congress", "US", "Trump"),
        ("Governor Hogan and lawmakers", "US-MD", "Governor Hogan"),
        # a place's abbreviation with its dots is the place
        ("B.C.", "CA-BC", "Government of British Columbia"),
    ],
)
def test_normalise_actor(found: str, code: str, shown: str) -> None:
    assert normalise_actor(found, code) == shown


def test_government_of_eu_and_states() -> None:
    assert government_of("EU") == "European Union"
    assert government_of("US-UT") == "State of Utah"
    assert government_of("US-WA") == "State of Washington"  # not "State of Washington State"
    assert government_of("NL") == "Government of the Netherlands"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a possessive ends the official's name
        ("The state university system is following Gov. Brian Kemp’s lead and banning TikTok on its phones.", "Gov. Brian Kemp"),
        ("Attorney General Dana Ruiz's office said on Tuesday it had sued TikTok in state court.", "Attorney General Dana Ruiz"),
        # an executive order is not a body called "executive"
        ("President Trump's executive order bans TikTok from app stores.", "President Trump"),
        # a title with an "of the" complement
        ("President of the Treasury Board Ana Silva said TikTok is banned on government phones.", "President of the Treasury Board"),
    ],
)
def test_english_actor_is_the_name_not_the_clause(text: str, actor: str) -> None:
    a = analyze_article(None, text, "2023-03-01", None, "en")
    assert a.new_action and a.actions, f"{text!r}: expected a new act, got {a.label!r}"
    assert a.actions[0].actor == actor
