"""French pack: phrasings written for this file (headline || lead), not taken from any outlet.

French as written in France, Belgium, Switzerland, Québec and francophone Africa. New acts
check the type and the jurisdiction; hard negatives (a bill, a vote in one chamber, a threat,
a lifted ban, a deadline pushed back, an act against another company, a past ban recalled,
TikTok's own court challenge, a court blocking a ban, the platform's own moderation) check
the label.
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from monitor.pack_engine import split_lead
from monitor.packs import load_pack
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW = [
    (
        "Le Sénégal suspend l'accès à TikTok sur tout son territoire",
        "Les autorités sénégalaises invoquent des risques pour la sécurité publique.",
        "ban_national",
        "SN",
    ),
    (
        "Le gouvernement coupe TikTok en Nouvelle-Calédonie",
        "Le réseau social n'est plus accessible dans l'archipel depuis mercredi soir.",
        "ban_national",
        "NC",
    ),
    (
        "Québec interdit TikTok sur les téléphones professionnels des agents de l'État",
        "La mesure vise tous les appareils mobiles fournis par le gouvernement.",
        "ban_government_devices",
        "CA-QC",
    ),
    (
        "Berne bannit TikTok des smartphones de service de l'administration fédérale",
        "Le Conseil fédéral a pris la décision mercredi pour des raisons de sécurité.",
        "ban_government_devices",
        "CH",
    ),
    (
        "Ottawa ordonne la dissolution de la filiale canadienne de TikTok",
        "Le gouvernement fédéral exige la fermeture des bureaux de Toronto et de Vancouver.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "La DPC irlandaise inflige une amende de 345 millions d'euros à TikTok",
        "Le régulateur reproche à la plateforme sa gestion des comptes des mineurs.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "L'État du Texas poursuit TikTok en justice",
        "Le procureur général Ken Paxton accuse l'application de mettre en danger les enfants.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "Bruxelles ouvre une procédure formelle contre TikTok",
        "La Commission européenne soupçonne le réseau social de ne pas protéger les mineurs.",
        "investigation_opened",
        "EU",
    ),
    (
        "La Commission européenne adresse ses conclusions préliminaires à TikTok",
        "Selon Bruxelles, la plateforme a enfreint le règlement sur les services numériques.",
        "other",
        "EU",
    ),
    (
        "Joe Biden promulgue la loi qui impose la cession de TikTok",
        "Le président américain a signé le texte mercredi à la Maison Blanche.",
        "law_enacted",
        "US",
    ),
    (
        "La CNIL met en demeure TikTok de se conformer au RGPD",
        "L'autorité donne trois mois à la plateforme pour corriger ses pratiques.",
        "regulatory_order",
        "FR",
    ),
    (
        "Le Garante italien sanctionne TikTok",
        "L'autorité italienne de protection des données reproche au réseau social un défaut de contrôle de l'âge.",
        "fine_or_penalty",
        "IT",
    ),
    (
        "Le gouvernement belge interdit TikTok sur les appareils de ses fonctionnaires",
        "L'interdiction s'applique à tous les téléphones de service fédéraux.",
        "ban_government_devices",
        "BE",
    ),
    (
        "La Floride porte plainte contre TikTok",
        "L'État américain reproche à l'application d'exposer les mineurs à des contenus nocifs.",
        "lawsuit_by_government",
        "US-FL",
    ),
    (
        "L'Albanie ferme TikTok pour un an",
        "Le Premier ministre Edi Rama a annoncé la mesure après une rixe entre adolescents.",
        "ban_national",
        "AL",
    ),
    (
        "É.-U. : la Cour suprême valide la loi contre TikTok",
        "Les neuf juges ont confirmé le texte adopté l'an passé par le Congrès.",
        # a court upholding an act is an act of its own, as in the other languages
        "other",
        "US",
    ),
    # the court's verb followed by a comma and a date
    (
        "",
        "La Cour suprême des États-Unis a validé, le vendredi 10 mars, une loi qui interdit TikTok.",
        "other",
        "US",
    ),
    # the data protection "Commission" named in full is the CNIL, not the European Commission
    (
        "",
        "TikTok a été sanctionné par la Commission nationale de l'informatique et des libertés (Cnil) d'une amende de 3 millions d'euros.",
        "fine_or_penalty",
        "FR",
    ),
    # "afin de déterminer si TikTok a enfreint" is an investigation, not a finding
    (
        "",
        "La Commission européenne a ouvert une procédure formelle "
        "afin de déterminer si TikTok a enfreint le règlement sur les services numériques.",
        "investigation_opened",
        "EU",
    ),
    # "menace la stabilité" describes the app, it is no threat of a ban
    ("Le Sénégal suspend TikTok, qui « menace la stabilité du pays » selon le ministre", "", "ban_national", "SN"),
    # "TikTok a été suspendu" is passive: the platform is not the one acting
    ("", "TikTok a été suspendu au Népal sur décision du gouvernement.", "ban_national", "NP"),
]

NOT_NEW = [
    (
        "Des députés déposent une proposition de loi pour interdire TikTok aux mineurs",
        "Le texte sera examiné à l'Assemblée nationale à l'automne.",
        "proposed_or_threatened",
    ),
    (
        "TikTok : le texte adopté par la Chambre des représentants",
        "Le Sénat doit encore se prononcer avant que la loi puisse être promulguée.",
        "proposed_or_threatened",
    ),
    ("Trump menace d'interdire TikTok aux États-Unis", "Le président envisage de bloquer l'application.", "proposed_or_threatened"),
    ("Le Canada pourrait bannir TikTok", "Ottawa étudie la possibilité d'une interdiction.", "proposed_or_threatened"),
    ("Le Pakistan lève l'interdiction de TikTok", "L'application est de nouveau accessible dans le pays.", "not_action"),
    (
        "Nouvelle-Calédonie : l'accès à TikTok rétabli",
        "Le haut-commissariat a mis fin au blocage du réseau social.",
        "not_action",
    ),
    (
        "Trump accorde un nouveau sursis à TikTok",
        "Le président prolonge de 90 jours le délai accordé à ByteDance pour vendre.",
        "not_action",
    ),
    (
        "Bruxelles inflige une amende de 500 millions d'euros à Meta",
        "La Commission européenne sanctionne le groupe de Facebook. TikTok est aussi dans le viseur.",
        "not_action",
    ),
    (
        "En Inde, les créateurs se sont reconvertis",
        "Depuis 2020, TikTok est déjà interdit dans le pays et ses rivaux ont conquis le marché.",
        "background_only",
    ),
    (
        "TikTok saisit la justice contre la loi américaine",
        "La plateforme a déposé un recours devant une cour d'appel fédérale à Washington.",
        "tiktok_challenges_action",
    ),
    (
        "Un juge fédéral bloque l'interdiction de TikTok dans le Montana",
        "Le magistrat a suspendu l'application de la loi de l'État.",
        "court_blocks_action",
    ),
    (
        "Le Conseil d'État suspend le blocage de TikTok",
        "La plus haute juridiction administrative a donné raison aux requérants.",
        "court_blocks_action",
    ),
    ("TikTok bloque des milliers de comptes", "La plateforme dit lutter contre la désinformation.", "not_action"),
    # someone asking a court to suspend a law: the court has not ruled
    (
        "Trump demande à la Cour suprême de suspendre la loi visant TikTok",
        "Les juges doivent statuer le 10 janvier.",
        "proposed_or_threatened",
    ),
    # a power the government will have is not yet used
    ("Le gouvernement pourra bloquer TikTok en cas d'émeutes", "Le décret doit encore être publié.", "proposed_or_threatened"),
    # "le risque d'addiction" is no risk of a sanction
    (
        "",
        "Des parents s'inquiètent du risque d'addiction de TikTok chez les adolescents, selon une étude publiée lundi.",
        "not_action",
    ),
    # TikTok's own parental controls
    (
        "TikTok permet aux parents de bloquer l'application le soir",
        "La fonction est disponible dans toute l'Union européenne.",
        "not_action",
    ),
    ("Tribune : pourquoi interdire TikTok serait une erreur", "Une interdiction ne réglerait rien.", "not_action"),
    # a ruling, after the fact, that the government's block was unlawful
    ("Le blocage de TikTok en Guyane était illégal, juge le tribunal administratif", "", "court_blocks_action"),
    (
        "",
        "Le Conseil d'État a considéré que la suspension de TikTok décidée par le préfet "
        "portait une atteinte disproportionnée à la liberté d'expression.",
        "court_blocks_action",
    ),
    ("L'État condamné pour avoir coupé TikTok pendant les émeutes", "", "court_blocks_action"),
    # a lawmaker asking prosecutors to act: no investigation yet
    (
        "",
        "Une sénatrice a saisi le parquet pour demander l'ouverture d'une enquête sur TikTok.",
        "proposed_or_threatened",
    ),
    # the platform's own moderation of accounts, in the past tense or aimed at users
    ("TikTok a supprimé des milliers de comptes d'enfants", "La plateforme publie son rapport trimestriel.", "not_action"),
    ("", "TikTok va désormais bloquer les utilisateurs de moins de 13 ans grâce à un nouvel outil.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("fr", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("fr", title, text, label)


@pytest.mark.parametrize(
    "text",
    [
        "M. Dupont a annoncé la mesure. Elle entre en vigueur lundi.",
        "Mme Martin, ministre, et les É.-U. ont réagi. TikTok dénonce la décision.",
        "La ville de St-Jean existe depuis le IIe s. av. J.-C. et prospère. TikTok y est populaire.",
    ],
)
def test_sentence_end_keeps_abbreviations(text: str) -> None:
    sentences = split_lead(load_pack("fr"), None, text)
    assert len(sentences) == 2


def test_version_bumped() -> None:
    assert load_pack("fr").version >= 3


def test_top_court_finding_the_block_excessive_is_a_court_block() -> None:
    from monitor.analyze import analyze_article

    a = analyze_article(None, "La haute juridiction administrative a jugé excessif le blocage de TikTok décidé pendant les émeutes.",
                        "2025-04-01", None, language="fr")
    assert a.label == "court_blocks_action"


# Round 4: a relative clause's 'pourraient' describes a harm, not a pending act; lawmakers
# tabling a bill is a proposal; a formal request for information opens a procedure;
# explainer headlines are no news.
def test_round4_harm_clause_does_not_make_a_suspension_a_proposal() -> None:
    assert_new_action(
        "fr",
        None,
        "Le gouvernement du Togo a décidé de suspendre TikTok depuis lundi, en raison de vidéos qui pourraient troubler l'ordre public.",
        "ban_national",
        "TG",
    )


def test_round4_request_for_information_is_an_investigation() -> None:
    assert_new_action(
        "fr",
        "Bruxelles interroge TikTok sur la protection des mineurs",
        "La Commission européenne a adressé une demande formelle d'informations à TikTok au titre du DSA.",
        "investigation_opened",
        "EU",
    )


@pytest.mark.parametrize(
    ("title", "text", "label"),
    [
        (
            "Canada : des députés présentent une loi pour interdire TikTok aux mineurs",
            "Le texte doit encore passer en commission avant un vote.",
            "proposed_or_threatened",
        ),
        (
            "Le blocage de TikTok au Gabon : les enjeux expliqués",
            "Le réseau social a été coupé par les autorités gabonaises la semaine dernière au milieu des manifestations.",
            "not_action",
        ),
    ],
)
def test_round4_negatives(title: str, text: str, label: str) -> None:
    assert_label("fr", title, text, label)


# Round 5: an act recalled in the pluperfect under a headline about something else is background;
# a report recommending a ban is a proposal; a government decision in the present stays an act.
@pytest.mark.parametrize(
    ("title", "lead", "label"),
    [
        (
            "Des élus gardent leur compte TikTok malgré les consignes",
            "Le gouvernement avait décidé en mars d'interdire TikTok sur les téléphones des agents.",
            "background_only",
        ),
        (
            "Une mission d'information recommande l'interdiction de TikTok aux mineurs",
            "Le texte sera débattu à l'automne.",
            "proposed_or_threatened",
        ),
        ("Le Sénat préconise de bannir TikTok des écoles", "Les sénateurs publient leurs conclusions.", "proposed_or_threatened"),
    ],
)
def test_round5_negatives(title: str, lead: str, label: str) -> None:
    assert_label("fr", title, lead, label, published="2025-06-01")


def test_round5_present_decision_still_an_act() -> None:
    assert_new_action(
        "fr",
        "Le gouvernement interdit TikTok sur les téléphones des agents",
        "La mesure s'applique dès lundi.",
        "ban_government_devices",
        published="2025-06-01",
    )


# Round 6: "TikTok sera fermé" with a start date is a ban; a headline asking whether to ban is a
# proposal; a fine stays an act.
def _run6(title: str | None, lead: str):
    return analyze_article(title, lead, "2025-06-01", None, "fr")


def test_round6_app_shut_down_is_a_ban() -> None:
    assert_new_action(
        "fr",
        None,
        "Le gouvernement a annoncé que le réseau social TikTok sera fermé dans le pays pendant un an, à partir de janvier.",
        "ban_national",
        published="2025-06-01",
    )


def test_round6_question_headline_is_a_proposal() -> None:
    assert_no_new_action(
        "fr",
        "Interdire TikTok aux moins de 15 ans ? Des députés relancent le débat",
        "Un rapport sera présenté jeudi.",
        published="2025-06-01",
    )


def test_round6_offices_closing_is_not_a_ban() -> None:
    a = _run6(None, "Ottawa ordonne à TikTok de fermer ses bureaux au Canada.")
    assert a.actions and a.actions[0].type == "business_wind_up_order", a


@pytest.mark.parametrize(
    "lead",
    [
        "Le réseau social est dans la tourmente. TikTok fait l'objet d'une enquête préliminaire ouverte par le parquet de Lyon.",
        "TikTok est visé par une enquête pénale depuis jeudi, selon une source judiciaire.",
        "Une enquête lancée mardi par la CNIL vise désormais TikTok et sa gestion des données des mineurs.",
    ],
)
def test_round8_an_investigation_in_the_passive_is_opened(lead: str) -> None:
    assert_new_action("fr", None, lead, "investigation_opened", published="2025-06-01")


@pytest.mark.parametrize(
    "lead",
    [
        "TikTok fait l'objet d'une enquête de plusieurs journalistes sur ses modérateurs.",
        "Des députés réclament qu'une enquête soit ouverte par le parquet sur TikTok.",
    ],
)
def test_round8_a_press_inquiry_or_a_demand_is_no_opened_investigation(lead: str) -> None:
    assert_no_new_action("fr", None, lead, published="2025-06-01")


def test_a_headline_ban_finally_lifted_is_eased_not_taken() -> None:
    a = analyze_article("Nouvelle-Calédonie : l'interdiction de TikTok finalement levée",
                        "Le réseau social est à nouveau disponible depuis mardi.", "2024-05-28", language="fr")
    assert a.label == "not_action" and not a.new_action, (a.label, a.actions)
    b = analyze_article("Nouvelle-Calédonie : le gouvernement interdit TikTok", "Le réseau social est bloqué depuis mardi.",
                        "2024-05-28", language="fr")
    assert b.new_action


def test_the_senate_unqualified_is_frances_and_a_qualified_one_is_not() -> None:
    a = analyze_article("Le Sénat ouvre une commission d'enquête sur Shein et TikTok", "", "2025-02-10", language="fr")
    assert a.new_action and (a.actions[0].jurisdiction, a.actions[0].actor) == ("FR", "French Senate"), a.actions
    b = analyze_article("Le Sénat australien ouvre une enquête sur TikTok", "", "2025-02-10", language="fr")
    assert all(x.jurisdiction != "FR" for x in b.actions), b.actions
