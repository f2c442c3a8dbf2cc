"""Spanish, Portuguese, Italian and Tagalog packs: phrasings written for this file, not taken from any outlet.

Each case is (language, headline, lead, ...): new acts check the type and the jurisdiction;
hard negatives (a bill, a lifted ban, an act against another company, a past ban recalled,
TikTok's own court challenge, a court blocking a ban) check the label.
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action

NEW = [
    # Spanish, Latin American and Iberian
    (
        "es",
        "Jordania prohíbe TikTok de forma temporal",
        "Las autoridades jordanas bloquearon la aplicación tras las protestas.",
        "ban_national",
        "JO",
    ),
    (
        "es",
        "La AEPD multa a TikTok con 2 millones de euros",
        "La Agencia Española de Protección de Datos sanciona a la red social por tratar datos de menores.",
        "fine_or_penalty",
        "ES",
    ),
    (
        "es",
        "Bruselas abre una investigación formal contra TikTok",
        "La Comisión Europea examinará si la plataforma protege a los menores.",
        "investigation_opened",
        "EU",
    ),
    (
        "es",
        "Canadá ordena el cierre de las oficinas de TikTok",
        "El gobierno canadiense exige la disolución de la filial local por motivos de seguridad.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "es",
        "Texas demanda a TikTok por engañar a los padres",
        "El fiscal general del estado presentó la demanda el martes.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "es",
        "El gobierno mexicano veta TikTok en los celulares oficiales",
        "Los funcionarios públicos ya no podrán instalar la aplicación en dispositivos de trabajo.",
        "ban_government_devices",
        "MX",
    ),
    (
        "es",
        "Biden firma la ley que obliga a ByteDance a vender TikTok",
        "El presidente promulgó la norma el miércoles.",
        "law_enacted",
        "US",
    ),
    # Portuguese, Brazilian and European
    (
        "pt",
        "ANPD abre processo contra o TikTok por dados de crianças",
        "A Autoridade Nacional de Proteção de Dados instaurou um processo administrativo.",
        "investigation_opened",
        "BR",
    ),
    (
        "pt",
        "Procon-SP multa TikTok em R$ 5 milhões",
        "O órgão aplicou a multa por práticas abusivas contra consumidores.",
        "fine_or_penalty",
        "BR",
    ),
    ("pt", "Albânia bane o TikTok por um ano", "O primeiro-ministro Edi Rama anunciou o banimento da rede social.", "ban_national", "AL"),
    (
        "pt",
        "Reino Unido proíbe TikTok nos telemóveis do governo",
        "Os funcionários públicos deixam de poder usar a aplicação nos dispositivos oficiais.",
        "ban_government_devices",
        "GB",
    ),
    (
        "pt",
        "Ministério Público Federal move ação civil pública contra o TikTok",
        "A ação pede indenização por danos a crianças e adolescentes.",
        "lawsuit_by_government",
        "BR",
    ),
    (
        "pt",
        "Senacon determina que o TikTok remova conteúdos impróprios para menores",
        "A decisão foi publicada no Diário Oficial da União.",
        "regulatory_order",
        "BR",
    ),
    # Italian
    (
        "it",
        "L'Antitrust multa TikTok per 10 milioni di euro",
        "L'Autorità garante della concorrenza e del mercato ha sanzionato la piattaforma.",
        "fine_or_penalty",
        "IT",
    ),
    (
        "it",
        "Il Garante privacy apre un'istruttoria su TikTok",
        "L'autorità vuole verificare i controlli sull'età degli utenti.",
        "investigation_opened",
        "IT",
    ),
    ("it", "Il Nepal vieta TikTok in tutto il paese", "Il governo ha deciso il blocco della piattaforma.", "ban_national", "NP"),
    (
        "it",
        "Il Canada ordina la chiusura degli uffici di TikTok",
        "Il governo canadese ha disposto lo scioglimento della filiale.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "it",
        "La Commissione europea vieta TikTok sui telefoni di servizio",
        "I dipendenti pubblici dovranno rimuovere l'app dai dispositivi aziendali.",
        "ban_government_devices",
        "EU",
    ),
    # Tagalog
    (
        "tl",
        "Ipinagbawal ng Taliban ang TikTok sa Afghanistan",
        "Sinabi ng mga opisyal na masama umano ang epekto nito sa kabataan.",
        "ban_national",
        "AF",
    ),
    (
        "tl",
        "Kinasuhan ng Texas ang TikTok",
        "Nagsampa ng kaso ang estado dahil sa umano'y panlilinlang sa mga magulang.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "tl",
        "Pinagmulta ng EU ang TikTok ng 345 milyong euro",
        "Lumabag umano ang app sa mga patakaran sa privacy ng mga bata.",
        "fine_or_penalty",
        "IE",  # a fine over children's data is the Irish regulator's, TikTok's lead authority under the GDPR
    ),
    (
        "tl",
        "Iniimbestigahan ng NPC ang TikTok",
        "Sinisiyasat ng National Privacy Commission ang paggamit ng datos ng mga Pilipino.",
        "investigation_opened",
        "PH",
    ),
]

NOT_NEW = [
    # proposals, threats, bills
    (
        "es",
        "La Cámara de Representantes aprueba un proyecto de ley que podría prohibir TikTok",
        "El texto debe pasar ahora por el Senado.",
        "proposed_or_threatened",
    ),
    ("es", "El gobierno argentino evalúa prohibir TikTok en las escuelas", "La medida está en estudio.", "proposed_or_threatened"),
    (
        "pt",
        "Deputado apresenta projeto de lei para proibir o TikTok no Brasil",
        "A proposta ainda precisa passar pelas comissões.",
        "proposed_or_threatened",
    ),
    (
        "it",
        "Gli Usa verso il divieto di TikTok, e l'Italia?",
        "Una deputata interroga il governo sull'uso dell'app nei ministeri.",
        "proposed_or_threatened",
    ),
    (
        "it",
        "Camera Usa approva il disegno di legge che obbligherebbe ByteDance a vendere TikTok",
        "Il testo passa ora al Senato.",
        "proposed_or_threatened",
    ),
    (
        "tl",
        "Panukalang batas para i-ban ang TikTok, isinusulong sa Kamara",
        "Pinag-aaralan pa ng mga mambabatas ang panukala.",
        "proposed_or_threatened",
    ),
    # lifted bans and delays
    ("es", "Pakistán levanta la prohibición de TikTok", "La aplicación vuelve a estar disponible en el país.", "not_action"),
    ("pt", "Paquistão revoga a suspensão do TikTok e app volta a funcionar", "A plataforma já pode ser baixada novamente.", "not_action"),
    ("it", "Trump proroga di 75 giorni il termine per TikTok", "Slitta ancora la scadenza per la vendita.", "not_action"),
    ("tl", "Inalis na ang ban sa TikTok sa Pakistan", "Muling magagamit ng mga user ang app.", "not_action"),
    # acts against other companies
    (
        "es",
        "La Comisión Europea multa a Meta con 800 millones",
        "La sanción castiga a Facebook por abuso de posición dominante. TikTok no está afectada.",
        "not_action",
    ),
    ("pt", "Garante italiano multa a OpenAI", "O regulador aplicou a sanção ao ChatGPT. O TikTok não foi citado.", "not_action"),
    ("it", "Il Garante multa Replika per 5 milioni", "La società americana dovrà pagare la sanzione.", "not_action"),
    # past bans recalled as background
    (
        "es",
        "Los usuarios de TikTok en India migran a otras apps",
        "India prohibió TikTok en 2020 junto a otras 58 aplicaciones chinas.",
        "background_only",
    ),
    (
        "pt",
        "Criadores indianos reconstroem carreiras no YouTube",
        "A Índia baniu o TikTok em 2020, e muitos criadores mudaram de plataforma.",
        "background_only",
    ),
    (
        "it",
        "Come è cambiato il mercato indiano dei video brevi",
        "L'India aveva già vietato TikTok nel 2020 insieme ad altre app cinesi.",
        "background_only",
    ),
    ("tl", "Lumipat sa ibang app ang mga Indian creator", "Ipinagbawal ng India ang TikTok noong 2020.", "background_only"),
    # TikTok's own challenge, and courts blocking a ban
    (
        "es",
        "TikTok demanda a Montana por la prohibición de la aplicación",
        "La empresa alega que la ley viola la Primera Enmienda.",
        "tiktok_challenges_action",
    ),
    (
        "pt",
        "TikTok processa o estado de Montana contra a proibição",
        "A empresa diz que a lei é inconstitucional.",
        "tiktok_challenges_action",
    ),
    (
        "it",
        "TikTok fa ricorso contro il divieto del Montana",
        "La società ha presentato ricorso al tribunale federale.",
        "tiktok_challenges_action",
    ),
    (
        "es",
        "Una jueza bloquea la prohibición de TikTok en Montana",
        "El fallo suspende la ley antes de su entrada en vigor.",
        "court_blocks_action",
    ),
    ("pt", "Juiz suspende a proibição do TikTok em Montana", "A decisão impede que a lei estadual entre em vigor.", "court_blocks_action"),
    (
        "it",
        "Un giudice federale blocca il divieto di TikTok in Montana",
        "La legge non entrerà in vigore a gennaio.",
        "court_blocks_action",
    ),
    ("tl", "Hinarang ng isang pederal na hukom ang ban sa TikTok sa Montana", "Hindi muna maipapatupad ang batas.", "court_blocks_action"),
    # past act recalled first, the news in the next sentence
]


MORE = [
    # a state named with its country is the jurisdiction
    ("it", "Il Montana è il primo stato americano a vietare TikTok", "Il governatore ha firmato la legge.", "new_action", "US-MT"),
    ("pt", "Tribunal de São Paulo condena TikTok a pagar R$ 23 milhões por danos morais coletivos", "", "new_action", "BR"),
    # an agency's dateline does not eat a lead sentence
    ("es", None, "MADRID, 5 Mar. (EUROPA PRESS) - La AEPD ha multado a TikTok con 600.000 euros.", "new_action", "ES"),
    # a chamber vote named by its country is still a bill
    (
        "es",
        "El Senado de EE. UU. aprueba la ley que obliga a vender TikTok",
        "Biden ha dicho que la firmará.",
        "proposed_or_threatened",
        None,
    ),
    ("it", "La Camera Usa approva la legge che può vietare TikTok", "", "proposed_or_threatened", None),
    # delays, and the platform's own moderation, are not government acts
    ("es", "Trump firma una orden para retrasar 75 días la prohibición de TikTok", "", "not_action", None),
    ("es", "TikTok bloquea las cuentas que promueven retos peligrosos", "", "not_action", None),
    ("pt", "TikTok suspende programa de recompensas do TikTok Lite na Europa", "", "not_action", None),
    ("it", "TikTok limita l'uso dell'app a 60 minuti per i minorenni", "", "not_action", None),
    ("es", "Google recibe una multa de 4.000 millones en la UE", "TikTok, en cambio, no ha sido sancionada.", "not_action", None),
]


@pytest.mark.parametrize(("lang", "title", "lead", "label", "code"), MORE, ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(MORE)])
def test_more_phrasings(lang: str, title: str | None, lead: str, label: str, code: str | None) -> None:
    a = _run(lang, title, lead)
    assert a.label == label, a
    if code is not None:
        assert a.actions[0].jurisdiction == code


def _run(lang: str, title: str | None, lead: str):
    return analyze_article(title, lead, "2025-03-01", None, lang)


@pytest.mark.parametrize(("lang", "title", "lead", "type_", "code"), NEW, ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(NEW)])
def test_new_actions(lang: str, title: str, lead: str, type_: str, code: str) -> None:
    a = assert_new_action(lang, title, lead, type_, code)
    assert a.language == lang


@pytest.mark.parametrize(("lang", "title", "lead", "label"), NOT_NEW, ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(NOT_NEW)])
def test_hard_negatives(lang: str, title: str, lead: str, label: str) -> None:
    assert_label(lang, title, lead, label)


def test_background_first_does_not_hide_the_news() -> None:
    assert_new_action(
        "it",
        None,
        "Dopo il bando di TikTok negli Stati Uniti, l'azienda ha altri problemi. "
        "L'Antitrust ha sanzionato il social network per 10 milioni di euro.",
        "fine_or_penalty",
        "IT",
    )


@pytest.mark.parametrize(
    ("lang", "title", "lead", "label"),
    [
        # TikTok's own court case, said with an article the cue did not accept ("um processo") or as a "battle"
        (
            "pt",
            None,
            "O TikTok entrou com um processo judicial para impedir que o Estado de Utah proíba o aplicativo.",
            "tiktok_challenges_action",
        ),
        (
            "pt",
            "TikTok parte para batalha judicial contra estado que decidiu banir a rede social",
            "O caso foi aberto na segunda-feira.",
            "tiktok_challenges_action",
        ),
        # a ban said to be lifted after the noun ("l'interdiction ... est levée")
        ("fr", "Au Vanuatu, l'interdiction de TikTok est levée", "Le gouvernement a annoncé la décision mercredi.", "not_action"),
        # countries that already ban the app, recalled as background
        (
            "es",
            None,
            "Aunque algunos países, como India, ya prohíben la aplicación TikTok, Chile no prevé restricciones.",
            "background_only",
        ),
    ],
)
def test_challenges_lifted_bans_and_recalled_bans_in_romance_packs(lang: str, title: str | None, lead: str, label: str) -> None:
    assert_label(lang, title, lead, label)


@pytest.mark.parametrize(
    ("lang", "title", "lead", "type_", "code"),
    [
        (
            "pt",
            "Presidente assina ordem executiva contra o TikTok",
            "O presidente dos Estados Unidos assinou na sexta-feira uma ordem executiva contra o TikTok.",
            "regulatory_order",
            "US",
        ),
        # a court dismisses TikTok's appeal: no trigger word names the act it upholds
        (
            "it",
            None,
            "La Corte di giustizia europea ha respinto il ricorso di ByteDance, la casa madre di TikTok, "
            "contro la decisione della Commissione.",
            "other",
            "EU",
        ),
    ],
)
def test_an_executive_order_and_a_dismissed_appeal_are_new_acts(lang: str, title: str | None, lead: str, type_: str, code: str) -> None:
    assert_new_action(lang, title, lead, type_, code)
