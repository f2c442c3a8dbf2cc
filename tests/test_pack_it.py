"""Italian pack: phrasings written for this file, not taken from any outlet.

New acts check the type and the jurisdiction; the hard negatives (a bill, a recommendation,
a lifted ban, an act against another company, a past fine recalled, TikTok's own moderation,
a court's interim ruling on TikTok's request) check the label.
"""

from __future__ import annotations

import pytest

from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW = [
    # a small state's regulator, named with its country, is the actor (not Italy's Garante)
    (
        None,
        "L'Autorità garante per la tutela dei dati personali di San Marino ha sanzionato TikTok per 2 milioni di euro.",
        "fine_or_penalty",
        "SM",
    ),
    # the Irish regulator named as an "agency", after a lead that only says "European rules"
    (
        None,
        "TikTok è stata multata per aver violato le regole europee sui dati. "
        "La sanzione è stata decisa dall'agenzia irlandese per la protezione dei dati.",
        "fine_or_penalty",
        "IE",
    ),
    # "citare in giudizio" in the infinitive, the state named after it
    (
        None,
        "A citare in giudizio TikTok stavolta è il Kentucky, che accusa l'app di creare dipendenza nei ragazzi.",
        "lawsuit_by_government",
        "US-KY",
    ),
    (
        "Dodici stati Usa intentano cause contro TikTok",
        "I procuratori accusano la piattaforma di nuocere ai minori.",
        "lawsuit_by_government",
        "US",
    ),
    # a ban announced in the future passive ("sarà chiuso")
    (
        None,
        "Il governo del Nepal ha deciso che TikTok sarà chiuso in tutto il paese da lunedì.",
        "ban_national",
        "NP",
    ),
    # removal from official phones is a device ban
    (
        "Via TikTok dai telefoni dei ministeri belgi",
        "Il governo federale ha ordinato ai funzionari di disinstallare l'app.",
        "ban_government_devices",
        "BE",
    ),
    # a supreme court upholding the law is an act of its own
    (
        None,
        "La Corte Suprema americana ha dato un duro colpo a TikTok confermando la legge che ne impone la vendita.",
        "other",
        "US",
    ),
    # "a partire dal 2026" is a start date, not a past year
    (
        None,
        "Il governo australiano ha approvato una legge: a partire dal 2026 TikTok "
        "dovrà pagare multe fino a 30 milioni se non chiude gli account dei minori.",
        "law_enacted",
        "AU",
    ),
    # "minaccia la stabilità" describes the app, it is no threat of a ban
    ("Il Senegal sospende TikTok: secondo il governo minaccia la stabilità del paese", "", "ban_national", "SN"),
    # a formal warning from the data regulator, issued as an urgent measure
    (
        None,
        "Con un provvedimento di urgenza il Garante ha avvertito TikTok che non può usare "
        "i dati degli utenti per la pubblicità senza consenso.",
        "regulatory_order",
        "IT",
    ),
    # a data regulator "blocking" the app is an order on the processing, not a national ban
    ("Il Garante per la privacy blocca TikTok per gli utenti senza età verificata", "", "regulatory_order", "IT"),
]


@pytest.mark.parametrize(("title", "lead", "type_", "code"), NEW, ids=[c[2] + f"-{i}" for i, c in enumerate(NEW)])
def test_new_actions(title: str | None, lead: str, type_: str, code: str) -> None:
    assert_new_action("it", title, lead, type_, code, published="2025-06-01")


NOT_NEW = [
    # a parliamentary committee recommending a ban is a proposal (and not the European Commission)
    (
        "Parigi, la commissione parlamentare raccomanda di vietare TikTok ai minori di 15 anni",
        "Il rapporto sarà discusso in aula.",
        "proposed_or_threatened",
    ),
    # a bill that asks for a ban
    (
        None,
        "Un gruppo di senatori ha depositato un testo. "
        "Nel testo si chiede di impedire l'accesso a TikTok e Instagram ai minori di 14 anni.",
        "proposed_or_threatened",
    ),
    # the ban lifted
    ("Il Nepal revoca il divieto su TikTok", "L'app torna disponibile dopo nove mesi.", "not_action"),
    # an act against another company, TikTok only mentioned
    (
        None,
        "L'Antitrust ha multato Meta per 3 milioni di euro per le pratiche di Instagram. Nessuna misura riguarda TikTok.",
        "not_action",
    ),
    # TikTok paying an old fine is not a new fine
    (None, "TikTok ha pagato la multa da 5 milioni inflitta dal Garante lo scorso anno.", "background_only"),
    # TikTok's own parental controls
    ("TikTok consente ai genitori di bloccare l'app dopo le 22", "La funzione arriva in tutta Europa.", "not_action"),
    # the platforms' own compliance (plural), not a government ban
    (None, "Meta e TikTok vieteranno gli account ai minori di 16 anni per rispettare la nuova legge.", "not_action"),
    # a predecessor's law recalled before a deadline extension
    (None, "Prima che Trump tornasse in carica, il suo predecessore aveva firmato la legge che vieta TikTok.", "background_only"),
    # TikTok's own moderation of accounts
    ("TikTok, da lunedì blocco per gli account senza data di nascita", "La società chiede agli utenti di confermare l'età.", "not_action"),
    # a court refusing TikTok's request for interim measures is not a new act against TikTok
    (
        None,
        "Il Tribunale dell'UE respinge il ricorso di ByteDance, la società che controlla il social, "
        "per mancanza di urgenza di un provvedimento provvisorio.",
        "not_action",
    ),
    # a past ban recalled as background
    (None, "L'India aveva già vietato TikTok nel 2020, e i creator si sono spostati su altre app.", "background_only"),
    # more time before the ban takes effect is a reprieve
    ("Casa Bianca, in arrivo un'estensione di 60 giorni per TikTok", "Il divieto dell'app slitta ancora.", "not_action"),
    ("Trump congela il divieto di TikTok per tre mesi", "", "not_action"),
    # an explainer listing governments that banned the app long ago
    ("Ecco quali sono i paesi che hanno vietato TikTok", "Dall'India al Nepal, la mappa dei divieti.", "not_action"),
    (None, "Diversi governi hanno vietato TikTok sui telefoni dei funzionari: il punto della situazione.", "not_action"),
    # a bill setting an age limit for social networks, TikTok among them
    (None, "Un disegno di legge introduce limiti d'età per i social, da TikTok a Instagram.", "proposed_or_threatened"),
]


@pytest.mark.parametrize(("title", "lead", "label"), NOT_NEW, ids=[c[2] + f"-{i}" for i, c in enumerate(NOT_NEW)])
def test_hard_negatives(title: str | None, lead: str, label: str) -> None:
    assert_label("it", title, lead, label, published="2025-06-01")


# Round 4: the platform paying an earlier fine is background; one chamber approving a law
# is still a proposal; a fresh fine stays an act.
@pytest.mark.parametrize(
    ("title", "lead", "label"),
    [
        ("TikTok paga la multa al Garante di Malta", "La piattaforma ha versato l'importo fissato mesi fa.", "background_only"),
        ("Australia, la Camera approva la legge che vieta TikTok ai minori", "Il testo ora passa al Senato.", "proposed_or_threatened"),
    ],
)
def test_round4_negatives(title: str, lead: str, label: str) -> None:
    assert_label("it", title, lead, label, published="2025-06-01")


def test_round4_fresh_fine_still_an_act() -> None:
    assert_new_action(
        "it",
        "L'Antitrust multa TikTok per 5 milioni",
        "L'autorità ha sanzionato la piattaforma per pratiche scorrette verso i minori.",
        "fine_or_penalty",
        published="2025-06-01",
    )


# Round 5: a judge blocking "il ban" is a court block; a fine on a creator who posts on TikTok is
# not a fine on the platform; a fine on the platform itself stays an act.
def test_round5_judge_blocks_the_ban() -> None:
    assert_label(
        "it",
        "Un giudice federale blocca il ban di TikTok deciso dalla Casa Bianca",
        "La misura non entrerà in vigore per ora.",
        "court_blocks_action",
        published="2025-06-01",
    )


def test_round5_fine_on_a_creator_is_not_an_act() -> None:
    assert_no_new_action(
        "it", "Agcom multa un influencer di TikTok per la pubblicità di scommesse", "La sanzione è di 50 mila euro.", published="2025-06-01"
    )


def test_round5_fine_on_the_platform_still_an_act() -> None:
    assert_new_action(
        "it",
        "Agcom multa TikTok per la pubblicità di scommesse",
        "La sanzione è di un milione di euro.",
        "fine_or_penalty",
        "IT",
        published="2025-06-01",
    )


# Round 6: a ban for an institution's own staff is a device ban; a fine dated "lo scorso 14 marzo" in a
# later commentary is background; a party's crackdown is a bill.
@pytest.mark.parametrize(
    "title",
    [
        "TikTok vietato anche ai dipendenti del Consiglio Ue",
        "La Commissione europea ha vietato TikTok ai propri dipendenti",
    ],
)
def test_round6_staff_ban_is_a_device_ban(title: str) -> None:
    assert_new_action("it", title, "La misura vale per i telefoni di lavoro.", "ban_government_devices", published="2025-06-01")


def test_round6_earlier_dated_fine_is_background() -> None:
    assert_no_new_action(
        "it",
        None,
        "Lo scorso 3 febbraio l'Autorità antitrust ha inflitto a TikTok una sanzione di 5 milioni di euro.",
        published="2025-06-01",
    )


def test_round6_party_crackdown_is_a_proposal() -> None:
    assert_no_new_action(
        "it",
        "Vietati TikTok e Instagram ai minori di 14 anni: la stretta della Lega",
        "Il testo è stato depositato in Senato.",
        published="2025-06-01",
    )


def test_round6_fresh_fine_still_an_act() -> None:
    assert_new_action(
        "it", None, "L'Autorità antitrust ha inflitto oggi a TikTok una sanzione di 5 milioni di euro.", published="2025-06-01"
    )


def test_round6_blocking_someones_profiles_is_no_ban() -> None:
    assert_no_new_action(
        "it", None, "Il giudice ha disposto di bloccare i profili del cantante su TikTok e Instagram.", published="2025-06-01"
    )


# Round 7: TikTok formalising its suit against a law is its challenge; a court stopping a ban from
# taking effect is a court block; a country that "intends" to block is a proposal; a sentence opening
# on an earlier ban is background; an order to stop all activities is a wind-up; "Tik Tok" spelled apart.
def test_round7_company_formalises_its_suit() -> None:
    assert_label(
        "it",
        None,
        "TikTok ha formalizzato una causa contro il governo per la norma che impone la cessione della piattaforma.",
        "tiktok_challenges_action",
        published="2025-06-01",
    )


def test_round7_court_stops_ban_from_taking_effect() -> None:
    assert_label(
        "it",
        None,
        "Un tribunale dello Stato ha bloccato l'entrata in vigore del divieto di TikTok previsto per gennaio.",
        "court_blocks_action",
        published="2025-06-01",
    )


def test_round7_intention_to_block_is_a_proposal() -> None:
    assert_label(
        "it",
        None,
        "Il governo del Kirghizistan ha intenzione di bloccare TikTok per tutelare i minori.",
        "proposed_or_threatened",
        published="2025-06-01",
    )


def test_round7_sentence_opening_on_earlier_ban_is_background() -> None:
    assert_no_new_action(
        "it",
        None,
        "Il recente divieto di TikTok in Montana, voluto dal governatore, ha diviso gli utenti dello Stato.",
        published="2025-06-01",
    )


def test_round7_order_to_stop_all_activities_is_a_wind_up() -> None:
    assert_new_action(
        "it",
        None,
        "Il governo canadese ha ordinato a TikTok di interrompere tutte le sue attività sul territorio.",
        "business_wind_up_order",
        "CA",
        published="2025-06-01",
    )


def test_round7_spaced_spelling_is_the_target() -> None:
    assert_new_action("it", None, "L'antitrust ha multato Tik Tok per 3 milioni di euro.", "fine_or_penalty", published="2025-06-01")
