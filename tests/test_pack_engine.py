"""Behaviour of the pack engine itself, whatever the language (cases written for the project)."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article


@pytest.mark.parametrize(
    ("lang", "title", "lead", "type_"),
    [
        # the headline says "banned", the first lead sentence says whose phones: a device ban
        ("de", "TikTok im US-Repräsentantenhaus verboten",
         "Die App darf auf keinem amtlichen Gerät der Abgeordneten mehr installiert sein.", "ban_government_devices"),
        ("fr", "Le Danemark interdit TikTok",
         "L'application ne pourra plus être installée sur les téléphones professionnels des fonctionnaires.",
         "ban_government_devices"),
        # a lead about something else leaves the headline's ban national
        ("fr", "Le Népal interdit TikTok", "Le réseau social comptait plus de deux millions d'utilisateurs dans le pays.", "ban_national"),
        ("de", "Nepal verbietet TikTok", "Die Plattform hatte im Land mehr als zwei Millionen Nutzer.", "ban_national"),
    ],
)  # fmt: skip
def test_a_device_ban_is_read_from_the_headline_and_the_first_lead_sentence(lang: str, title: str, lead: str, type_: str) -> None:
    a = analyze_article(title, lead, "2024-03-01", language=lang)
    assert a.label == "new_action", a
    assert a.actions[0].type == type_


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        # a bare headline, then a list of countries: an explainer, not news of an act
        ("id", "Pemblokiran TikTok", "Berikut ini adalah daftar negara yang pernah memblokir aplikasi TikTok."),
        ("tr", "TikTok yasağı", "Hangi ülkelerde yasak olduğunu sizin için derledik."),
    ],
)
def test_an_explainer_said_in_the_first_sentence_is_not_news(lang: str, title: str, lead: str) -> None:
    assert analyze_article(title, lead, "2024-03-01", language=lang).label != "new_action"
