"""Spanish pack: phrasings written for this file, not taken from any outlet.

New acts check the type and the jurisdiction; the hard negatives (a proposal, a lifted ban,
an act against another company, a past ban recalled, a court throwing out the state's suit,
TikTok's own features) check the label.
"""

from __future__ import annotations

import pytest

from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW = [
    # words between the verb and its object ("demandó el martes a la aplicación")
    (None, "Kentucky demandó el martes a la aplicación TikTok por dañar la salud mental de los menores.", "lawsuit_by_government", "US-KY"),
    # an order to uninstall the app from government phones
    (
        None,
        "El gobierno de Chile dio a sus ministerios 15 días para desinstalar TikTok de todos los teléfonos oficiales.",
        "ban_government_devices",
        "CL",
    ),
    # federal agencies removing the app is a device ban
    ("Las agencias federales deberán eliminar TikTok de sus sistemas en 30 días", "", "ban_government_devices", None),
    # a supreme court keeping the law in force after rejecting the appeal (the appeal's argument is not TikTok's challenge)
    (
        None,
        "El Tribunal Supremo de EE.UU. permitirá que la prohibición de TikTok entre en vigor, rechazando un recurso de la empresa, "
        "que argumentaba que violaba la Primera Enmienda.",
        None,
        "US",
    ),
    ("La Corte Suprema de EE.UU. ratifica la ley que prohíbe TikTok", "", "other", "US"),
    # an appeals court reinstating a state's lawsuit is not a lifted ban
    (
        None,
        "Un tribunal de apelaciones restableció la demanda del estado de Utah que acusa a TikTok de engañar a los padres.",
        None,
        "US-UT",
    ),
    # "amenaza la estabilidad" describes the app, it is no threat of a ban
    ("Senegal suspende TikTok porque, según el gobierno, amenaza la estabilidad del país", "", "ban_national", "SN"),
    # a highest court turning down TikTok's appeal keeps the law in force
    ("El Tribunal Supremo de Estados Unidos rechaza la última apelación de TikTok contra la ley", "", "other", "US"),
    # a wind-up ordered in the subjunctive ("que cese sus operaciones")
    (None, "El gobierno de Canadá ordenó a TikTok que cese sus operaciones en el país.", "business_wind_up_order", "CA"),
    # an order "of prohibition" is a ban, not a generic order
    ("Somalia emite una orden de prohibición contra TikTok", "", "ban_national", "SO"),
    # a future ban with a start date is a decision
    (None, "El gobierno de Kirguistán prohibirá TikTok a partir del 1 de abril.", "ban_national", "KG"),
    # a government that will not block the app, in the same sentence, does not turn the wind-up into a proposal
    (None, "Canadá ordenará la disolución de la filial de TikTok, pero no bloqueará la aplicación.", "business_wind_up_order", "CA"),
]


@pytest.mark.parametrize(("title", "lead", "type_", "code"), NEW, ids=[f"new-{i}" for i in range(len(NEW))])
def test_new_actions(title: str | None, lead: str, type_: str | None, code: str | None) -> None:
    assert_new_action("es", title, lead, type_, code, published="2025-06-01")


NOT_NEW = [
    # "a threat to national security" is no threat of a ban, but the bill is a proposal
    (
        None,
        "Senadores presentaron un proyecto de ley para prohibir TikTok, al que consideran una amenaza para la seguridad nacional.",
        "proposed_or_threatened",
    ),
    # a court that only seems inclined to uphold
    (None, "La Corte Suprema parece inclinarse por refrendar la ley contra TikTok.", "proposed_or_threatened"),
    # a court throwing out the state's own lawsuit
    (
        None,
        "Una jueza de Arkansas desestimó la demanda presentada por el estado contra TikTok por engañar a los usuarios.",
        "court_blocks_action",
    ),
    # the ban lifted
    ("Senegal levanta la prohibición de TikTok", "La aplicación vuelve a estar disponible.", "not_action"),
    # an act against another company
    (None, "La AEPD multó a Meta por el uso de datos en Instagram. No se mencionan otras plataformas.", "not_action"),
    # TikTok's own parental controls
    ("TikTok permite a los padres bloquear la aplicación por la noche", "La función llega a toda Europa.", "not_action"),
    # the platforms' own compliance (plural), not a government ban
    (None, "Meta y TikTok prohibirán las cuentas de menores de 16 años para cumplir la nueva ley.", "not_action"),
    # TikTok's own features
    (
        "TikTok lanza chats grupales para usuarios mayores de 16 años",
        "La empresa dice que bloqueará mensajes de desconocidos.",
        "not_action",
    ),
    # a past ban recalled
    (None, "India ya había prohibido TikTok en 2020 junto a otras aplicaciones chinas.", "background_only"),
    # an intention with no date; a bill still in parliament
    ("El presidente prohibirá TikTok y otras redes a los menores", "No dio fechas.", "proposed_or_threatened"),
    (None, "La ley que prohíbe TikTok a los menores de 16 años sigue en tramitación en el Congreso.", "proposed_or_threatened"),
    # a fine from earlier in the year, recalled in an article about something else
    (None, "En marzo de este año, el regulador irlandés impuso a TikTok una multa de 100 millones.", "background_only"),
    # lists and explainers
    ("TikTok: los países que han prohibido la aplicación", "Un repaso por continentes.", "not_action"),
    (None, "Varios gobiernos han vetado TikTok en los teléfonos oficiales por temor al espionaje.", "not_action"),
]


@pytest.mark.parametrize(("title", "lead", "label"), NOT_NEW, ids=[c[2] + f"-{i}" for i, c in enumerate(NOT_NEW)])
def test_hard_negatives(title: str | None, lead: str, label: str) -> None:
    assert_label("es", title, lead, label, published="2025-06-01")


def test_plural_lawsuits_filed_by_prosecutors_are_a_lawsuit() -> None:
    assert_new_action(
        "es",
        None,
        "Fiscales de nueve estados de Estados Unidos han presentado demandas contra TikTok por dañar a los menores.",
        "lawsuit_by_government",
        published="2025-06-01",
    )


def test_lawmaker_asking_for_an_investigation_is_only_a_request() -> None:
    assert_no_new_action(
        "es",
        None,
        "Un diputado francés pidió abrir una investigación penal contra TikTok por sus efectos en los niños.",
        published="2025-06-01",
    )


# Round 5: a ban "taking shape" in Congress is a proposal; a regulator formally accusing the
# platform of breaking the law is an act (adverse findings), but a senator's accusation is not.
@pytest.mark.parametrize(
    ("title", "lead", "label"),
    [
        (
            "Toma forma la prohibición de TikTok en el Senado",
            "Dos senadores registraron un proyecto para vetar la aplicación.",
            "proposed_or_threatened",
        ),
        ("Se cuaja el veto a TikTok en el Congreso", "Los legisladores presentaron un texto bipartidista.", "proposed_or_threatened"),
    ],
)
def test_round5_negatives(title: str, lead: str, label: str) -> None:
    assert_label("es", title, lead, label, published="2025-06-01")


def test_round5_lawmaker_accusation_is_no_finding() -> None:
    assert_no_new_action(
        "es", "Un senador acusa a TikTok de violar la ley", "Pide a la fiscalía que actúe contra la aplicación.", published="2025-06-01"
    )


def test_round5_regulator_accusation_is_an_act() -> None:
    # the accused come first in a list ("a Meta y TikTok"): still the regulator's findings
    assert_new_action(
        "es",
        "Bruselas acusa a Meta y TikTok de infringir la ley de servicios digitales",
        "La Comisión comunicó sus conclusiones preliminares este martes.",
        code="EU",
        published="2025-06-01",
    )


# Round 6: a purpose clause ("pretende proteger") does not turn an adopted ban into a plan; a report
# saying minors "should be" barred, or recommending it, is a proposal.
def test_round6_purpose_clause_keeps_the_ban_an_act() -> None:
    assert_new_action(
        "es",
        None,
        "El Gobierno de Nepal ha prohibido TikTok, con el argumento de que pretende preservar la armonía social.",
        code="NP",
        published="2025-06-01",
    )


def test_round6_intended_ban_is_still_a_plan() -> None:
    assert_no_new_action("es", None, "El Gobierno pretende prohibir TikTok a los menores de 16 años.", published="2025-06-01")


@pytest.mark.parametrize(
    "lead",
    [
        "Los menores de 15 años deberían tener prohibido el uso de TikTok, concluye una comisión del Parlamento francés.",
        "Una comisión parlamentaria recomienda prohibir TikTok y otras redes sociales a los menores de 15 años.",
    ],
)
def test_round6_recommendations_are_proposals(lead: str) -> None:
    assert_no_new_action("es", None, lead, published="2025-06-01")


@pytest.mark.parametrize(
    "lead",
    [
        "Un juez ordenó bloquear las cuentas del candidato en TikTok y en otras redes.",
        "La fiscalía pidió suspender los perfiles del influencer en TikTok.",
    ],
)
def test_round6_blocking_someones_accounts_is_no_ban(lead: str) -> None:
    assert_no_new_action("es", None, lead, published="2025-06-01")


def test_round6_blocking_the_app_still_a_ban() -> None:
    assert_new_action("es", None, "El regulador ordenó bloquear TikTok en todo el país desde el lunes.", published="2025-06-01")


@pytest.mark.parametrize(
    "title,lead",
    [
        ("Regulador de consumo sanciona a una tiktoker por publicidad engañosa", ""),
        (None, "La autoridad de competencia multó a dos creadores de contenido que promocionaban productos falsos en TikTok."),
        (None, "Un juzgado multa a un usuario de TikTok por difamar a su vecino en un vídeo."),
    ],
)
def test_round8_fine_on_a_creator_is_no_fine_on_tiktok(title: str | None, lead: str) -> None:
    assert_no_new_action("es", title, lead, published="2025-06-01")


def test_round8_fine_on_the_platform_still_counts() -> None:
    assert_new_action(
        "es",
        None,
        "El regulador de competencia de Chile multó a TikTok con 2 millones de dólares por no notificar una compra.",
        "fine_or_penalty",
        published="2025-06-01",
    )


@pytest.mark.parametrize(
    "lead",
    [
        "TikTok afronta otra demanda en Estados Unidos, esta vez presentada por la fiscal general de Nevada.",
        "TikTok enfrenta una nueva demanda, interpuesta por varios estados, por el diseño adictivo de su servicio.",
    ],
)
def test_round8_a_suit_filed_by_prosecutors_is_a_government_suit(lead: str) -> None:
    assert_new_action("es", None, lead, "lawsuit_by_government", published="2025-06-01")


@pytest.mark.parametrize(
    "lead",
    [
        "TikTok ha presentado una demanda contra el gobierno federal para frenar la ley.",
        "TikTok demandó al estado de Montana por la prohibición aprobada en mayo.",
    ],
)
def test_round8_tiktok_suing_is_still_its_challenge(lead: str) -> None:
    assert_label("es", None, lead, "tiktok_challenges_action", published="2025-06-01")


def test_round8_suit_filed_by_parents_is_no_government_suit() -> None:
    assert_no_new_action(
        "es", None, "TikTok enfrenta una nueva demanda presentada por un grupo de padres en California.", published="2025-06-01"
    )
