"""The Catalan pack: new acts of each type, and the hard negatives next to their positive twins.

Every phrasing here was written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action, assert_places, assert_twins

NEW = [
    (
        "El Nepal prohibeix TikTok a tot el país",
        "El Govern nepalès ha ordenat als operadors bloquejar l'accés a l'aplicació.",
        "ban_national",
        "NP",
    ),
    (
        "La Comissió de Protecció de Dades d'Irlanda imposa a TikTok una multa de 530 milions d'euros",
        "Segons el regulador, l'aplicació va transferir dades d'usuaris europeus a la Xina.",
        "fine_or_penalty",
        "IE",
    ),
    # "the EU fined" under the GDPR: Ireland's regulator acted
    (
        "La UE multa TikTok amb 345 milions d'euros",
        "La sanció té a veure amb el tractament de dades personals de menors.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "La Comissió Europea obre una investigació formal contra TikTok",
        "Brussel·les vol saber si la plataforma ha incomplert la Llei de serveis digitals.",
        "investigation_opened",
        "EU",
    ),
    (
        "L'APDCAT obre un expedient a TikTok",
        "L'expedient se centra en el tractament de dades de menors catalans.",
        "investigation_opened",
        "ES-CT",
    ),
    ("L'AEPD investiga TikTok per l'ús de dades de menors", "", "investigation_opened", "ES"),
    (
        "El Canadà ordena a TikTok tancar les seves oficines al país",
        "Ottawa ha obligat l'empresa a cessar les operacions a Toronto i Vancouver.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Texas demanda TikTok per la protecció de menors",
        "El fiscal general de l'estat ha presentat una demanda contra l'empresa.",
        "lawsuit_by_government",
        "US-TX",
    ),
    # the passive: TikTok was sued (not TikTok suing)
    (
        "TikTok, demandada per l'estat de Utah",
        "La demanda acusa l'aplicació de crear addicció als infants.",
        "lawsuit_by_government",
        "US-UT",
    ),
    ("Biden signa la llei que obliga ByteDance a vendre TikTok", "El president ha signat el text aquest dimecres.", "law_enacted", "US"),
    (
        "El Parlament aprova la llei que prohibeix les xarxes socials com TikTok als menors de 16 anys",
        "La norma entrarà en vigor l'any vinent.",
        "law_enacted",
        "ES-CT",
    ),
    (
        "El Consell General aprova la llei que prohibeix xarxes com TikTok als menors de 15 anys",
        "La norma entra en vigor l'1 de gener.",
        "law_enacted",
        "AD",
    ),
    (
        "L'administració Trump ordena a ByteDance vendre TikTok",
        "Segons l'ordre, la venda s'ha de completar en 90 dies.",
        "divestiture_order",
        "US",
    ),
    ("La CNMC requereix a TikTok informació sobre la publicitat", "L'empresa té deu dies per respondre.", "regulatory_order", "ES"),
    (
        "La Comissió Europea ordena a TikTok suspendre el programa de recompenses de TikTok Lite",
        "La mesura és vigent mentre duri la investigació.",
        "regulatory_order",
        "EU",
    ),
    (
        "La Generalitat multa TikTok per publicitat enganyosa",
        "La sanció la imposa l'Agència Catalana del Consum.",
        "fine_or_penalty",
        "ES-CT",
    ),
    (
        "El Govern prohibeix TikTok als telèfons oficials dels alts càrrecs",
        "La mesura afecta tots els departaments de la Generalitat.",
        "ban_government_devices",
        "ES-CT",
    ),
    (
        "El Govern espanyol prohibeix TikTok als dispositius dels ministeris",
        "Els funcionaris hauran de desinstal·lar l'aplicació.",
        "ban_government_devices",
        "ES",
    ),
    (
        "El Govern d'Andorra veta TikTok als mòbils de l'administració",
        "La prohibició afecta tots els treballadors públics.",
        "ban_government_devices",
        "AD",
    ),
    # a headline ban, and the first lead sentence says whose devices
    (
        "Dinamarca prohibeix TikTok",
        "L'aplicació ja no es podrà instal·lar als telèfons de treball del ministeri de Defensa.",
        "ban_government_devices",
        "DK",
    ),
    (
        "Albània prohibeix TikTok durant un any",
        "El primer ministre Edi Rama justifica la decisió per la violència entre joves.",
        "ban_national",
        "AL",
    ),
    ("Montana prohibeix TikTok a tot l'estat", "El governador va signar la llei dimecres.", "ban_national", "US-MT"),
    ("El Kirguizistan bloqueja TikTok", "El ministeri de Cultura diu que l'aplicació perjudica els infants.", "ban_national", "KG"),
    (
        "L'autoritat italiana de la competència multa TikTok amb 10 milions d'euros",
        "La decisió té a veure amb reptes perillosos.",
        "fine_or_penalty",
        "IT",
    ),
    (
        "Brussel·les conclou de manera preliminar que TikTok ha infringit la Llei de serveis digitals",
        "El registre d'anuncis de la plataforma és incomplet.",
        "other",
        "EU",
    ),
    # the past tense with "va" and an infinitive
    ("El Govern va prohibir TikTok als mòbils dels funcionaris", "", "ban_government_devices", "ES-CT"),
    # a law "that may ban" TikTok, signed: the signing is the act
    ("Biden ha signat la llei que pot prohibir TikTok", "", "law_enacted", "US"),
    # a future with a start date is a decision taken
    ("La Generalitat prohibirà TikTok als mòbils corporatius a partir de l'1 de març", "", "ban_government_devices", "ES-CT"),
    ("El Parlament Europeu prohibeix TikTok als dispositius dels eurodiputats", "", "ban_government_devices", "EU"),
    ("La Fiscalia de Menors obre diligències contra TikTok pel repte viral", "", "investigation_opened", "ES"),
    ("L'AEPD sanciona TikTok amb 1 milió d'euros", "", "fine_or_penalty", "ES"),
    # the court turning down TikTok's own appeal keeps the act in force
    ("El Tribunal Suprem dels EUA rebutja el recurs de TikTok", "", "other", "US"),
    # a supreme court keeping the law in force is an act of its own
    ("El Tribunal Suprem dels EUA avala la llei contra TikTok", "La llei entra en vigor diumenge.", "other", "US"),
]

NOT_NEW = [
    # proposals, threats, bills, a vote to come, the conditional, a question
    (
        "El Govern estudia prohibir TikTok als mòbils dels funcionaris",
        "La decisió es podria prendre a la primavera.",
        "proposed_or_threatened",
    ),
    ("Diputats demanen prohibir TikTok a Catalunya", "La proposició de llei es presentarà a la tardor.", "proposed_or_threatened"),
    ("Trump amenaça de prohibir TikTok", "El president estudia bloquejar l'aplicació.", "proposed_or_threatened"),
    (
        "TikTok s'exposa a una multa milionària a la UE",
        "La Comissió podria imposar una sanció del 6% de la facturació.",
        "proposed_or_threatened",
    ),
    ("Una llei prohibiria TikTok als menors", "El projecte de llei arribarà al Parlament a la primavera.", "proposed_or_threatened"),
    ("Catalunya prohibirà TikTok?", "El debat arriba al Parlament.", "proposed_or_threatened"),
    ("El Parlament votarà la prohibició de TikTok la setmana vinent", "", "proposed_or_threatened"),
    (
        "La Cambra de Representants aprova el projecte de llei per forçar la venda de TikTok",
        "El Senat ho votarà més endavant.",
        "proposed_or_threatened",
    ),
    # a future with no date is an announced intention
    ("La Generalitat prohibirà TikTok als mòbils corporatius", "", "proposed_or_threatened"),
    # a bill through one chamber only
    ("El Senat dels EUA aprova la llei que obliga a vendre TikTok", "", "proposed_or_threatened"),
    # lifted, postponed, back in the stores
    ("L'Índia aixeca la prohibició de TikTok", "L'aplicació torna a estar disponible.", "not_action"),
    ("TikTok torna als Estats Units", "Trump ajorna 75 dies l'entrada en vigor de la prohibició.", "not_action"),
    ("La Xina demana als EUA que aixequin el veto a TikTok", "", "not_action"),
    # an act against another company
    (
        "La Comissió multa Meta amb 800 milions d'euros",
        "La matriu de Facebook va vulnerar les normes de competència. TikTok també és sota la lupa de Brussel·les.",
        "not_action",
    ),
    (
        "Rússia bloqueja Telegram",
        "Segons Roskomnadzor, el servei no va eliminar contingut il·legal. TikTok continua disponible al país.",
        "not_action",
    ),
    # a past ban recalled, bans listed, a reaction to a ban already in force
    ("TikTok presenta una nova funció", "L'aplicació, prohibida a l'Índia des del 2020, continua creixent.", "background_only"),
    ("TikTok ja està prohibit en diversos països", "", "background_only"),
    ("La Xina condemna el veto dels EUA a TikTok", "El ministeri d'Afers Exteriors xinès el qualifica d'injust.", "background_only"),
    # a court blocks the act; TikTok goes to court or refuses
    ("Un jutge bloqueja la prohibició de TikTok a Montana", "El tribunal federal ha suspès l'aplicació de la llei.", "court_blocks_action"),
    (
        "TikTok demanda Montana per la prohibició",
        "L'empresa considera que la llei vulnera la llibertat d'expressió.",
        "tiktok_challenges_action",
    ),
    ("TikTok recorre la multa de 345 milions", "L'empresa portarà la decisió als tribunals irlandesos.", "tiktok_challenges_action"),
    ("TikTok es nega a pagar la multa", "L'empresa recorrerà la decisió.", "tiktok_challenges_action"),
    # negation, moderation, private plaintiffs, opinion, researchers
    ("Espanya no prohibirà TikTok", "El ministre descarta cap veto a l'aplicació.", "not_action"),
    ("TikTok prohibeix els anuncis polítics", "La norma s'aplica a tots els països.", "not_action"),
    ("TikTok bloqueja milers de comptes falsos abans de les eleccions", "", "not_action"),
    (
        "Famílies franceses demanden TikTok",
        "Les famílies acusen l'aplicació d'exposar els fills a continguts nocius.",
        "not_action",
    ),
    ("Opinió: el Govern prohibeix TikTok massa tard", "L'aplicació és un risc per a la seguretat.", "not_action"),
    # a class action is a private suit
    ("Una demanda col·lectiva contra TikTok als Països Baixos", "", "not_action"),
    ("Investigadors de la UAB investiguen l'impacte de TikTok en els joves", "", "not_action"),
    ("Els Mossos alerten dels riscos de TikTok", "La policia recomana als pares supervisar l'ús de l'aplicació.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("ca", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("ca", title, text, label)


# Each hard negative next to its positive twin: the same story, with the one word that decides.
TWINS = [
    # proposal / adopted
    ("El Govern estudia prohibir TikTok als mòbils dels funcionaris", "El Govern prohibeix TikTok als mòbils dels funcionaris"),
    # lifted / imposed
    ("L'Índia aixeca la prohibició de TikTok", "L'Índia imposa la prohibició de TikTok"),
    # another company / TikTok
    ("La Comissió multa Meta amb 800 milions d'euros", "La Comissió multa TikTok amb 800 milions d'euros"),
    # court blocks / court upholds
    ("Un jutge bloqueja la prohibició de TikTok a Montana", "Un jutge avala la prohibició de TikTok a Montana"),
    # TikTok sues / a state sues
    ("TikTok demanda Montana per la prohibició", "Montana demanda TikTok"),
    # negated / done
    ("Espanya no prohibirà TikTok", "Espanya prohibeix TikTok als mòbils dels funcionaris"),
    # a past ban recalled / a ban as news
    ("TikTok ja està prohibit en diversos països", "El Nepal prohibeix TikTok"),
    # the platform's own rule / a government's ban
    ("TikTok prohibeix els anuncis polítics", "El Govern prohibeix TikTok"),
]


@pytest.mark.parametrize(("negative", "positive"), TWINS)
def test_each_negative_has_a_positive_twin(negative: str, positive: str) -> None:
    assert_twins("ca", negative, positive)


def test_a_past_ban_recalled_in_the_body_and_the_same_ban_as_news() -> None:
    title = "TikTok presenta una nova funció"
    recalled = analyze_article(title, "L'aplicació, prohibida a l'Índia des del 2020, continua creixent.", "2025-03-01", None, "ca")
    assert recalled.label == "background_only", recalled.actions
    news = analyze_article(title, "El Nepal va prohibir TikTok dilluns a tot el país.", "2025-03-01", None, "ca")
    assert news.label == "new_action", news.actions
    assert news.actions[0].jurisdiction == "NP"


@pytest.mark.parametrize(
    ("title", "actor"),
    [
        ("L'Ajuntament de Barcelona prohibeix TikTok als mòbils municipals", "City council of Barcelona"),
        ("L’Ajuntament de Girona veta TikTok", "City council of Girona"),
        ("L'Ajuntament d'Igualada prohibeix TikTok als telèfons de treball", "City council of Igualada"),
        ("La Diputació de Lleida prohibeix TikTok", "Provincial council of Lleida"),
    ],
)
def test_a_town_acts_for_itself_on_its_own_devices(title: str, actor: str) -> None:
    assert_new_action("ca", title, "La decisió afecta tot el personal.", "ban_government_devices", "ES", actor=actor)


def test_two_towns_are_two_actors() -> None:
    first = analyze_article("L'Ajuntament de Reus prohibeix TikTok", "", "2025-03-01", None, "ca")
    second = analyze_article("L'Ajuntament de Manresa prohibeix TikTok", "", "2025-03-01", None, "ca")
    assert first.actions[0].actor != second.actions[0].actor


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # "el Govern" bare is the Generalitat's; with its adjective or complement it is another government's
        ("El Govern prohibeix TikTok als mòbils oficials", "ES-CT"),
        ("El Govern central prohibeix TikTok als mòbils oficials", "ES"),
        ("El Govern francès prohibeix TikTok als mòbils oficials", "FR"),
        ("El Govern d'Andorra prohibeix TikTok als mòbils oficials", "AD"),
        ("Govern prohibeix TikTok als mòbils oficials", "ES-CT"),
        ("El Govern balear prohibeix TikTok als mòbils oficials", "ES-IB"),
        ("La Generalitat Valenciana prohibeix TikTok als mòbils oficials", "ES-VC"),
    ],
)
def test_the_government_named_bare_is_catalonias(title: str, code: str) -> None:
    assert_new_action("ca", title, "", "ban_government_devices", code)


def test_officials_as_a_source_do_not_make_a_device_ban() -> None:
    assert_new_action("ca", "El Nepal prohibeix TikTok", "Segons funcionaris del govern, la prohibició és efectiva.", "ban_national")


def test_a_poll_is_not_an_act() -> None:
    assert_no_new_action("ca", "Enquesta: la meitat dels catalans prohibiria TikTok", "El suport és més alt entre els pares.")


def test_the_pack_loads_and_reads_contracted_place_names() -> None:
    assert_places("ca", "als EUA, a Espanya, a Catalunya, d'Andorra i de l'Índia", ["US", "ES", "ES-CT", "AD", "IN", "IN"])
