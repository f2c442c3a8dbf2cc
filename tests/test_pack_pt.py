"""Portuguese pack: phrasings written for this file, not taken from any outlet.

New acts check the type and the jurisdiction; the hard negatives (a bill, a lifted ban, an act
against another company, a past ban recalled, TikTok's own features, "threats to national
security" that are not a threat of a ban) check the label.
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action


def _run(title: str | None, lead: str, published: str = "2025-06-01"):
    return analyze_article(title, lead, published, None, "pt")


NEW = [
    # "cessasse/encerrasse as operações" is a wind-up, not a generic order; "ameaças à segurança" is no threat
    (
        None,
        "O governo do Canadá ordenou que o TikTok cessasse as operações no país por ameaças à segurança nacional.",
        "business_wind_up_order",
        "CA",
    ),
    # "governo federal" with another country named is not Brazil's government
    ("O governo federal ordenou a dissolução da filial do TikTok no Canadá.", "", "business_wind_up_order", "CA"),
    # a demonym for Sweden, and a verb ("usar") that is not the United States
    (
        "Forças armadas suecas proíbem militares de usar o TikTok",
        "A decisão vale para todos os telefones de serviço.",
        "ban_government_devices",
        "SE",
    ),
    # an order to remove the app from agencies' phones
    ("EUA dão 30 dias às agências federais para eliminarem o TikTok", "", "ban_government_devices", "US"),
    # a supreme court keeping a law in force, after refusing the company's appeal
    (
        None,
        "A Suprema Corte dos Estados Unidos recusou um recurso feito pela empresa chinesa ByteDance e manteve a lei contra o TikTok.",
        "other",
        "US",
    ),
    # "investigate whether it violated" is an investigation, not a finding of violation
    (
        None,
        "A Comissão Europeia abriu uma investigação formal contra o TikTok "
        "para verificar se a plataforma infringiu a lei dos serviços digitais.",
        "investigation_opened",
        "EU",
    ),
    # a law that keeps minors from using the app
    ("Nova lei da Austrália impede menores de 16 anos de acessarem o TikTok", "", "ban_national", "AU"),
    # "ameaça a estabilidade" describes the app, it is no threat of a ban
    ("Senegal suspende o TikTok, que segundo o governo ameaça a estabilidade do país", "", "ban_national", "SN"),
    # a highest court turning down TikTok's appeal keeps the law in force
    ("Supremo dos EUA rejeita o último recurso do TikTok contra a lei", "", "other", "US"),
    # a consumer agency's notice, the verb several words after the agency
    ("Procon de Campinas vê indícios de fraude e notifica o TikTok", "", "investigation_opened", "BR"),
    # an announced decision with a start date is an act, not an intention
    (None, "O governo do Quirguistão vai bloquear o TikTok a partir de 1 de março.", "ban_national", "KG"),
]


@pytest.mark.parametrize(("title", "lead", "type_", "code"), NEW, ids=[c[2] + f"-{i}" for i, c in enumerate(NEW)])
def test_new_actions(title: str | None, lead: str, type_: str, code: str) -> None:
    assert_new_action("pt", title, lead, type_, code, published="2025-06-01")


NOT_NEW = [
    # possible sanctions are not a sanction
    ("TikTok pode receber multa e ser suspenso em Portugal", "A empresa está sujeita a multas de milhões.", "proposed_or_threatened"),
    # a bill presented by deputies; suspending a ministry's act is not a ban
    (
        None,
        "Dois deputados apresentaram um projeto para suspender a portaria do ministério que obriga o TikTok a remover vídeos.",
        "proposed_or_threatened",
    ),
    # the chamber voting a bill
    ("Câmara dos EUA aprova texto que obriga venda do TikTok", "O texto segue para o Senado.", "proposed_or_threatened"),
    # a court that only signalled its view
    ("Suprema Corte indica apoiar a proibição do TikTok", "A decisão deve sair nos próximos dias.", "proposed_or_threatened"),
    # the ban lifted
    ("Nepal levanta a proibição do TikTok", "O aplicativo volta a funcionar no país.", "not_action"),
    # an act against another company
    (None, "A ANPD multou a Meta por uso de dados no Instagram. O regulador não citou outras empresas.", "not_action"),
    # TikTok's own parental controls
    ("TikTok permite que os pais bloqueiem o aplicativo à noite", "A função chega a todo o Brasil.", "not_action"),
    # the platforms' own compliance (plural), not a government ban
    (None, "Meta e TikTok proibirão o acesso de menores de 16 anos para cumprir a nova lei.", "not_action"),
    # TikTok's own features
    ("TikTok lança novas ferramentas de controle parental", "A empresa diz que os pais poderão bloquear contas.", "not_action"),
    # a past ban recalled
    (None, "A Índia já havia banido o TikTok em 2020, e os criadores migraram para outras redes.", "background_only"),
    # an intention with no date is not yet a decision
    ("Presidente diz que vai banir o TikTok do país", "Ele não deu detalhes.", "proposed_or_threatened"),
    # TikTok announcing its own restriction
    ("TikTok vai proibir filtros que mudam o rosto para menores", "A regra vale na Europa.", "not_action"),
    # a bill passed only at first reading
    (None, "O projeto-lei que quer limitar o acesso de menores ao TikTok foi aprovado na generalidade.", "proposed_or_threatened"),
    # explainers and lists of countries
    ("Veja quais países proibiram o TikTok", "Da Índia ao Nepal, a lista cresce.", "not_action"),
    (None, "Vários governos restringiram o TikTok nos celulares de servidores nos últimos meses.", "not_action"),
    # a court order to unmask an anonymous user, in a private case
    ("Juíza obriga TikTok a identificar o autor de vídeos ofensivos", "A ação foi movida por uma professora.", "not_action"),
]


@pytest.mark.parametrize(("title", "lead", "label"), NOT_NEW, ids=[c[2] + f"-{i}" for i, c in enumerate(NOT_NEW)])
def test_hard_negatives(title: str | None, lead: str, label: str) -> None:
    assert_label("pt", title, lead, label, published="2025-06-01")


def test_notified_by_consumer_agency_is_an_investigation() -> None:
    assert_new_action(
        "pt",
        None,
        "O TikTok foi notificado pelo Procon de Curitiba e terá cinco dias para explicar anúncios suspeitos.",
        "investigation_opened",
        published="2026-02-01",
    )


def test_notification_sent_to_users_by_tiktok_is_not_an_investigation() -> None:
    a = _run(None, "O TikTok enviou uma notificação aos usuários sobre a nova política de privacidade do aplicativo.", "2026-02-01")
    assert "investigation_opened" not in [x.type for x in a.actions]


# Round 4: a future or possible ban in a question headline is no act; an order already
# given still is.
@pytest.mark.parametrize(
    "title",
    ["TikTok será banido em Angola? Veja o que se sabe", "TikTok pode ser bloqueado em Moçambique"],
)
def test_round4_future_ban_is_not_an_act(title: str) -> None:
    assert_no_new_action("pt", title, "Autoridades discutem o tema depois de queixas de pais.", published="2025-06-01")


def test_round4_ban_already_ordered_still_an_act() -> None:
    assert_new_action(
        "pt",
        "Governo de Angola bloqueia o TikTok",
        "A decisão do ministério entrou em vigor nesta segunda-feira.",
        code="AO",
        published="2025-06-01",
    )


# Round 5: a vote still to come, a bill's first stage or a committee approval is a proposal; a suit
# brought by private people's lawyers is not a government lawsuit; a ministry's suit still is.
@pytest.mark.parametrize(
    ("title", "lead", "label"),
    [
        ("Proibição do TikTok será votada na próxima semana", "O texto prevê a venda forçada do aplicativo.", "proposed_or_threatened"),
        ("Primeira etapa: lei que proíbe o TikTok é aprovada", "O texto passou e segue agora ao plenário.", "proposed_or_threatened"),
        ("Lei que bane o TikTok é aprovada pela comissão de comércio", "O plenário ainda precisa votar.", "proposed_or_threatened"),
        ("Comissão da Câmara aprova lei que bane o TikTok", "O plenário ainda precisa votar.", "proposed_or_threatened"),
    ],
)
def test_round5_proposals(title: str, lead: str, label: str) -> None:
    assert_label("pt", title, lead, label, published="2025-06-01")


def test_round5_private_suit_is_no_government_lawsuit() -> None:
    assert_no_new_action(
        "pt",
        None,
        "O juiz julgou procedente a ação ajuizada pelos advogados de uma usuária contra o TikTok por perfis falsos.",
        published="2025-06-01",
    )


def test_round5_ministry_suit_still_an_act() -> None:
    assert_new_action(
        "pt",
        "Ministério processa o TikTok por dados de crianças",
        "A ação foi ajuizada pela Advocacia-Geral da União nesta terça.",
        "lawsuit_by_government",
        published="2025-06-01",
    )


def test_round5_european_commission_fine_still_an_act() -> None:
    assert_new_action(
        "pt",
        "Comissão Europeia multa o TikTok em 500 milhões de euros",
        "A decisão foi anunciada em Bruxelas.",
        "fine_or_penalty",
        published="2025-06-01",
    )


# Round 6: a bill "advancing" in Congress is a proposal; a law that was signed stays an act.
def test_round6_bill_advancing_is_a_proposal() -> None:
    assert_no_new_action(
        "pt", "Projeto para banir o TikTok avança no Senado", "A votação final ainda não tem data.", published="2025-06-01"
    )


def test_round6_ban_decided_still_an_act() -> None:
    assert_new_action("pt", None, "O governo do Nepal proibiu o TikTok com efeito imediato.", published="2025-06-01")


# Round 6: a judge ordering platforms to block a party's own social media is an act against the party,
# not against TikTok; the company going to the Supreme Court against an order is its challenge.
def test_round6_blocking_a_partys_accounts_is_no_ban() -> None:
    assert_no_new_action(
        "pt",
        None,
        "O ministro mandou bloquear as redes sociais do partido e deu 24 horas para que Facebook, TikTok e YouTube cumprissem.",
        published="2025-06-01",
    )


def test_round6_company_goes_to_supreme_court() -> None:
    assert_label(
        "pt",
        None,
        "A ByteDance, dona do TikTok, entrou no Supremo contra a ordem de bloqueio do aplicativo.",
        "tiktok_challenges_action",
        published="2025-06-01",
    )


# Round 7: a state prosecutor opening a court case is a government suit; an announced ban with its
# duration is a decision; joining "the list of countries" is news, not an explainer; a notice to take
# down one video, a contractual "multa", a feature switched off by the company, the long "saga" of a
# ban and an investigation in the past progressive are no new act.
def test_round7_prosecutor_opens_court_case() -> None:
    assert_new_action(
        "pt",
        None,
        "O procurador-geral do Oregon abriu um processo judicial contra o TikTok por danos a adolescentes.",
        "lawsuit_by_government",
        published="2025-06-01",
    )


def test_round7_announced_ban_with_duration_is_an_act() -> None:
    assert_new_action(
        "pt", None, "O primeiro-ministro anunciou que o TikTok será bloqueado no país durante seis meses.", published="2025-06-01"
    )


def test_round7_future_ban_question_stays_a_proposal() -> None:
    assert_no_new_action("pt", "O TikTok será banido no Brasil?", "Especialistas explicam o que pode acontecer.", published="2025-06-01")


def test_round7_joining_list_of_countries_is_news() -> None:
    assert_new_action(
        "pt", None, "O governo da Somália proibiu o TikTok, juntando-se à lista de países que vetaram a plataforma.", published="2025-06-01"
    )


def test_round7_list_of_countries_explainer_is_not_news() -> None:
    assert_no_new_action(
        "pt",
        "Conheça a lista de países que proibiram o TikTok",
        "Do Nepal ao Afeganistão, vários governos vetaram o app.",
        published="2025-06-01",
    )


def test_round7_takedown_notice_for_one_video_is_no_act() -> None:
    assert_no_new_action(
        "pt",
        None,
        "A AGU notificou o TikTok para remover em 24 horas um vídeo falso sobre a multa rescisória dos trabalhadores.",
        published="2025-06-01",
    )


def test_round7_company_switching_off_its_own_feature_is_no_ban() -> None:
    assert_no_new_action(
        "pt", "TikTok recua e suspende funções de recompensa na Europa", "A empresa diz que a decisão é voluntária.", published="2025-06-01"
    )


def test_round7_saga_of_a_ban_is_background() -> None:
    assert_no_new_action(
        "pt", None, "O vai e vem da proibição do TikTok nos Estados Unidos ganhou um novo episódio.", published="2025-06-01"
    )


def test_round7_court_block_after_pronoun_for_the_app() -> None:
    assert_label(
        "pt",
        None,
        "A disputa entre o TikTok e a Casa Branca continua. Ontem um juiz suspendeu a ordem de proibição do aplicativo.",
        "court_blocks_action",
        published="2025-06-01",
    )


@pytest.mark.parametrize(
    ("title", "lead", "label"),
    [
        # preliminary findings that the platform broke the rules: an adverse act
        ("Bruxelas acusa TikTok e X de descumprir regras de publicidade",
         "A Comissão Europeia concluiu preliminarmente nesta quinta-feira que as plataformas violaram regras da "
         "lei dos serviços digitais.", "new_action"),
        (None, "A Comissão Europeia identificou, numa investigação preliminar, que o TikTok violaram regras de "
         "transparência do bloco, anunciou nesta terça-feira.", "new_action"),
        # deputies only asking for a check of whether it did
        (None, "Deputados pedem que a Comissão Europeia verifique se o TikTok violou as regras de publicidade.",
         "not_action|proposed_or_threatened"),
    ],
)  # fmt: skip
def test_preliminary_findings_are_an_act(title: str | None, lead: str, label: str) -> None:
    a = analyze_article(title, lead, "2025-05-15", language="pt")
    assert a.label in label.split("|"), [(x.type, x.stage, x.evidence) for x in a.actions]
    if label == "new_action":
        assert a.actions[0].type == "other" and a.actions[0].jurisdiction == "EU"


def test_a_bill_sanctioned_with_a_date_between_is_a_law() -> None:
    # "sancionou" a bill is signing it into law, however many words (a weekday, a date) stand between
    a = analyze_article(None, "O governador sancionou nesta terça-feira, 12, a lei que proíbe o TikTok em aparelhos do estado.",
                        "2024-03-12", language="pt")
    assert a.label == "new_action" and a.actions[0].type == "law_enacted"
