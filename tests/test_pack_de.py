"""German pack: phrasings written for this file (headline || lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW = [
    (
        "Indien verbietet TikTok und 58 weitere chinesische Apps",
        "Die indische Regierung hat die Video-App landesweit gesperrt.",
        "ban_national",
        "IN",
    ),
    (
        "Irische Datenschutzbehörde verhängt Bußgeld von 530 Millionen Euro gegen TikTok",
        "Die DPC wirft der App vor, Daten nach China übertragen zu haben.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "EU-Kommission leitet förmliches Verfahren gegen TikTok ein",
        "Brüssel prüft, ob die Plattform gegen den Digital Services Act verstoßen hat.",
        "investigation_opened",
        "EU",
    ),
    (
        "Kanada ordnet Auflösung der TikTok-Niederlassung an",
        "Die Regierung in Ottawa verlangt, dass TikTok Technology Canada seine Büros schließt.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Texas verklagt TikTok wegen Verstößen gegen Kinderschutzgesetz",
        "Der Generalstaatsanwalt von Texas hat Klage gegen die Plattform eingereicht.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "Biden unterzeichnet Gesetz: TikTok muss verkauft werden",
        "US-Präsident Joe Biden hat das Gesetz unterzeichnet, das ByteDance zum Verkauf zwingt.",
        "law_enacted",
        "US",
    ),
    (
        "Österreich verbietet TikTok auf Diensthandys der Regierung",
        "Beamte dürfen die App nicht mehr auf dienstlichen Geräten nutzen.",
        "ban_government_devices",
        "AT",
    ),
    (
        "345 Mio. € Strafe gegen TikTok",
        "Die irische Datenschutzkommission hat die Plattform wegen Verstößen beim Schutz von Kindern bestraft.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "EU-Kommission wirft TikTok Verstöße gegen das Digitalgesetz vor",
        "Die Behörde hat vorläufige Ergebnisse ihrer Prüfung veröffentlicht.",
        "other",
        "EU",
    ),
    (
        "Iowa verklagt TikTok",
        "Die Generalstaatsanwältin des Bundesstaats wirft der App vor, Eltern über Inhalte getäuscht zu haben.",
        "lawsuit_by_government",
        "US-IA",
    ),
    (
        "Neue Klagen in den USA",
        "Mehrere US-Bundesstaaten reichten am Dienstag Klagen gegen TikTok wegen süchtig machender Funktionen ein.",
        "lawsuit_by_government",
        "US",
    ),
    (
        "Ultimatum für Behörden",
        "Die US-Bundesbehörden haben 30 Tage Zeit, um TikTok von allen ihren Geräten zu entfernen.",
        "ban_government_devices",
        "US",
    ),
    (
        "Hohe Strafe wegen Datenschutzverstößen",
        "TikTok soll wegen der Weitergabe von Nutzerdaten an Server in China eine Strafe von 530 Millionen Euro zahlen, "
        "teilte die irische Datenschutzkommission mit.",
        "fine_or_penalty",
        "IE",
    ),
]

NOT_NEW = [
    (
        "Union fordert TikTok-Verbot in Deutschland",
        "CDU-Politiker wollen die App auf Diensthandys verbieten lassen.",
        "proposed_or_threatened",
    ),
    ("Repräsentantenhaus stimmt für Gesetzentwurf gegen TikTok", "Der Senat muss noch zustimmen.", "proposed_or_threatened"),
    ("Trump droht mit TikTok-Verbot", "Der US-Präsident erwägt, die App zu sperren.", "proposed_or_threatened"),
    ("Indien hebt TikTok-Sperre auf", "Die App ist nach vier Jahren wieder verfügbar.", "not_action"),
    (
        "EU verhängt Strafe gegen Meta",
        "Die EU-Kommission hat den Facebook-Konzern zu 200 Millionen Euro verurteilt. Auch TikTok steht unter Beobachtung.",
        "not_action",
    ),
    ("TikTok-Nutzerzahlen in Indien", "Seit dem Verbot im Jahr 2020 haben Konkurrenten Marktanteile gewonnen.", "background_only"),
    ("Richter stoppt TikTok-Verbot in Montana", "Ein Bundesrichter hat das Gesetz vorläufig blockiert.", "court_blocks_action"),
    ("TikTok klagt gegen Verbot in Montana", "Das Unternehmen hat Klage gegen das Gesetz eingereicht.", "tiktok_challenges_action"),
    # a hypothetical ban ("wäre") reads as a proposal, an opinion piece on a real ban as no news
    ("Kommentar: Warum ein TikTok-Verbot falsch wäre", "Ein Verbot würde nichts lösen.", "proposed_or_threatened"),
    ("Kommentar: Das TikTok-Verbot auf Diensthandys kommt zu spät", "Die Regierung hat lange gezögert.", "not_action"),
    # a past attempt told as background, with the successor's law in the next sentence
    (
        "Trump eröffnet eigenen TikTok-Kanal",
        "In seiner ersten Amtszeit hatte Trump versucht, die App zu verbieten, und war vor Gericht gescheitert. "
        "Sein Nachfolger Biden unterschrieb später ein Gesetz zum Verkauf.",
        "background_only",
    ),
    ("Politiker fordern härteres Vorgehen gegen TikTok", "Die App sei eine Gefahr für die Demokratie.", "proposed_or_threatened"),
    ("Verbotsforderungen gegen TikTok werden lauter", "Mehrere Abgeordnete wollen die App einschränken.", "proposed_or_threatened"),
    ("TikTok steht vor der Wahl zwischen Verkauf und Verbot", "Die Frist läuft im Januar ab.", "proposed_or_threatened"),
    # a suit by parents is not an act of government
    ("Eltern verklagen TikTok wegen süchtig machender Videos", "Die Familien fordern Schadensersatz.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("de", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("de", title, text, label)


# Round 2: the House banning the app on its own devices is an act, its vote on a bill is not;
# private plaintiffs are no government act; an earlier president's law is background.
def test_house_staff_device_ban_is_an_act() -> None:
    assert_new_action(
        "de", "TikTok im US-Repräsentantenhaus verboten", "Die App darf auf keinem amtlichen Gerät der Abgeordneten mehr installiert sein."
    )


ROUND2 = [
    (
        "Repräsentantenhaus stimmt für ein landesweites TikTok-Verbot",
        "Der Senat muss dem Entwurf noch zustimmen.",
        "proposed_or_threatened",
    ),
    (
        "Eltern zweier Schüler verklagen TikTok wegen gefährlicher Videos",
        "Die Familien haben vor einem Landgericht Klage gegen die Plattform eingereicht.",
        "not_action",
    ),
    (
        "Sammelklage gegen TikTok: Kanzlei sucht Kläger",
        "Nutzer sollen Schadenersatz von dem Unternehmen fordern können.",
        "not_action",
    ),
    (
        "TikTok wieder in den App-Stores",
        "Ein vom früheren Präsidenten unterzeichnetes Gesetz hatte die Plattform verboten.",
        "background_only",
    ),
]


@pytest.mark.parametrize(("title", "text", "label"), ROUND2)
def test_round2_negatives(title: str, text: str, label: str) -> None:
    assert_label("de", title, text, label)


ROUND3_NEGATIVES = [
    # a government that holds back is not acting
    (
        "Keine Sperre für Beamte: Landesregierung wartet zunächst ab",
        "Nach den Verboten in anderen Ländern will die Verwaltung den Fall erst prüfen.",
        "not_action",
    ),
    (
        "Lehrkräfte dürfen TikTok auf Dienstgeräten weiter nutzen",
        "Das Ministerium hat untersucht, welche Risiken die Anwendung birgt.",
        "not_action",
    ),
    # TikTok's own step after pressure from a regulator
    (
        "TikTok setzt Punkteprogramm nach Warnung aus Brüssel aus",
        "Die EU-Kommission hatte vor einer Woche ein Verfahren eröffnet.",
        "not_action",
    ),
    (
        "Videodienst gibt nach",
        "Auf Druck der Behörden hat TikTok die umstrittene Spielfunktion dauerhaft verbannt.",
        "not_action",
    ),
]


@pytest.mark.parametrize(("title", "text", "label"), ROUND3_NEGATIVES)
def test_round3_negatives(title: str, text: str, label: str) -> None:
    assert_label("de", title, text, label)


def test_round3_a_real_ban_still_reads_as_an_act() -> None:
    assert_new_action(
        "de",
        "Regierung in Kathmandu sperrt TikTok landesweit",
        "Die App störe den gesellschaftlichen Frieden, sagte der Minister.",
        "ban_national",
    )


# Round 4: explainer headlines ("Welche Länder...", "Alles, was wir wissen") are no news,
# while a plain report of a new ban still is.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Welche Länder TikTok schon verboten haben", "Indien sperrte die App bereits vor Jahren, Nepal zog später nach."),
        ("TikTok-Verbot in den USA: Alles, was wir bisher wissen", "Der Kongress hat ein Gesetz beschlossen, das einen Verkauf erzwingt."),
    ],
)
def test_round4_explainers_are_not_news(title: str, text: str) -> None:
    assert_label("de", title, text, "not_action")


def test_round4_plain_ban_report_still_an_act() -> None:
    lead = "Das Digitalministerium ordnete die Sperre am Montag an."
    a = analyze_article("Kirgistan sperrt TikTok landesweit", lead, "2025-03-01", None, "de")
    assert a.label == "new_action"
    assert a.actions[0].jurisdiction == "KG"


# Round 5: bills in the plural ("Gesetzesentwürfe") are proposals; users or a court stopping a ban
# is a court block; a signed law stays an act.
def test_round5_plural_bills_are_proposals() -> None:
    assert_label(
        "de", None, "Mehrere Abgeordnete haben Gesetzesentwürfe gegen TikTok vorgelegt.", "proposed_or_threatened", published="2025-06-01"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Urteil: Zwei Kläger verhindern das TikTok-Verbot des Gouverneurs",
        "Ein Bundesgericht in Texas hat das Verbot der Landesregierung für TikTok gekippt",
    ],
)
def test_round5_court_stops_the_ban(title: str) -> None:
    assert_label("de", title, "Die App bleibt vorerst verfügbar.", "court_blocks_action", published="2025-06-01")


def test_round5_signed_law_still_an_act() -> None:
    assert_new_action(
        "de", "Gouverneur unterzeichnet Gesetz: TikTok auf Dienstgeräten verboten", "Das Gesetz gilt ab Juli.", published="2025-06-01"
    )


# Round 6: an order to stop doing business is a wind-up, not a ban; a minister speaking against a
# ban and a "maybe we will ban it" are no acts; a plain ban stays an act.
@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Ottawa untersagt TikTok die Geschäftstätigkeit", "Die App selbst bleibt für Nutzer erreichbar."),
        (None, "Die Regierung in Ottawa befiehlt die Schließung der Firma TikTok Technology Canada."),
    ],
)
def test_round6_business_stop_is_a_wind_up(title: str | None, lead: str) -> None:
    assert_new_action("de", title, lead, "business_wind_up_order", published="2025-06-01")


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (None, "Die Ministerin hat sich dagegen ausgesprochen, die Video-App TikTok hierzulande zu verbieten."),
        ("Ministerin gegen ein generelles TikTok-Verbot", "Sie setzt stattdessen auf Aufklärung der Nutzer."),
        ("«Vielleicht sperren wir TikTok»", "Das sagte der Präsident am Freitag vor Journalisten."),
    ],
)
def test_round6_debate_is_no_act(title: str | None, lead: str) -> None:
    assert_no_new_action("de", title, lead, published="2025-06-01")


def test_round6_plain_ban_still_an_act() -> None:
    assert_new_action("de", None, "Die Regierung von Nepal hat TikTok mit sofortiger Wirkung verboten.", code="NP", published="2025-06-01")


# Round 7: the platform blocking profiles or videos is its own moderation; a court finding an act
# void is a court block; TikTok suing in the perfect tense is its challenge; a question whether the
# app can be banned is no act; a device ban by a regional government and its device wording.
@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("TikTok sperrt nach Hinweisen hunderte Hetz-Konten", "Die Landesmedienanstalt hatte die Profile gemeldet."),
        (None, "Eine Aufsichtsbehörde erwirkte die Sperrung von 80 Videos mit Gewaltszenen auf TikTok."),
        ("Darf die Regierung TikTok einfach verbieten?", "Juristen sehen dafür in Deutschland hohe Hürden."),
    ],
)
def test_round7_moderation_and_questions_are_no_act(title: str | None, lead: str) -> None:
    assert_no_new_action("de", title, lead, published="2025-06-01")


def test_round7_court_finds_act_void() -> None:
    assert_label(
        "de",
        "EuGH: Nationale Auflagen für TikTok ungültig",
        "Das Land hätte die Plattform nicht selbst regulieren dürfen, urteilten die Richter in Luxemburg.",
        "court_blocks_action",
        published="2025-06-01",
    )


def test_round7_tiktok_suing_is_its_challenge() -> None:
    assert_label(
        "de",
        None,
        "TikTok hat am Montag vor einem Bundesgericht gegen das Verbot der App in den USA geklagt.",
        "tiktok_challenges_action",
        published="2025-06-01",
    )


def test_round7_regional_device_ban_still_an_act() -> None:
    assert_new_action(
        "de",
        None,
        "Die Regierung der Deutschsprachigen Gemeinschaft hat ihren Beamten untersagt, TikTok auf dienstlichen Endgeräten zu nutzen.",
        "ban_government_devices",
        "BE",
        published="2025-06-01",
    )


def test_round7_ban_of_the_app_still_an_act() -> None:
    assert_new_action(
        "de",
        "Kirgistan sperrt TikTok landesweit",
        "Die Behörden begründen den Schritt mit dem Schutz von Kindern.",
        "ban_national",
        published="2025-06-01",
    )


def test_a_federal_judge_blocking_a_ban_is_a_court_block() -> None:
    assert_label(
        "de",
        "US-Bundesrichter urteilt in Utah: TikTok-Verbot blockiert",
        "Ein Gericht hat das Verbot vorerst gestoppt.",
        "court_blocks_action",
        published="2024-06-01",
    )
