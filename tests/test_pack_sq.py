"""Albanian pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action

NEW = [
    # Albania's one-year shutdown, in the several words the press used for it
    (
        "Qeveria shqiptare mbyll TikTok për një vit",
        "Vendimi i Këshillit të Ministrave hyn në zbatim sot në të gjithë vendin.",
        "ban_national",
        "AL",
    ),
    ("AKEP urdhëron ofruesit e internetit të bllokojnë TikTok", "Aksesi në aplikacion ndërpritet nga e enjtja.", "ban_national", "AL"),
    # a regulator asking the internet providers to block is the ban itself, not a request
    ("AKEP kërkon nga operatorët bllokimin e TikTok", "Ofruesit e internetit kanë afat deri më 13 mars.", "ban_national", "AL"),
    (
        "TikTok pezullohet në Shqipëri për një vit",
        "Autoriteti Kombëtar për Sigurinë Kibernetike urdhëroi bllokimin e aplikacionit.",
        "ban_national",
        "AL",
    ),
    ("Fiket TikTok në Shqipëri", "Përdoruesit nuk mund ta hapin më aplikacionin.", "ban_national", "AL"),
    (
        "Hyn në fuqi vendimi i qeverisë për mbylljen e TikTok",
        "Aplikacioni nuk do të jetë më i aksesueshëm nga nesër.",
        "ban_national",
        "AL",
    ),
    (
        "TIRANË - Qeveria mbyll TikTok",
        "TIRANË - Këshilli i Ministrave miratoi sot vendimin për bllokimin e platformës.",
        "ban_national",
        "AL",
    ),
    # device bans: Kosovo, North Macedonia, a foreign government, a town
    ("Kosova ndalon TikTok në telefonat zyrtarë të nëpunësve", "Masa vlen për të gjitha ministritë.", "ban_government_devices", "XK"),
    (
        "Qeveria e Maqedonisë së Veriut ndalon TikTok në pajisjet shtetërore",
        "Vendimi hyn në fuqi menjëherë.",
        "ban_government_devices",
        "MK",
    ),
    (
        "Britania e Madhe ndalon TikTok në telefonat e qeverisë",
        "Ministrat dhe zyrtarët nuk mund ta instalojnë aplikacionin.",
        "ban_government_devices",
        "GB",
    ),
    ("Parlamenti Evropian ndalon TikTok në pajisjet e punonjësve", "Masa hyn në fuqi më 20 mars.", "ban_government_devices", "EU"),
    # fines: a GDPR fine credited to "the EU" is Ireland's regulator's
    (
        "Rregullatori irlandez gjobit TikTok me 530 milionë euro",
        "DPC thotë se platforma transferoi të dhënat e europianëve në Kinë.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "BE gjobit TikTok me 345 milionë euro për të dhënat e fëmijëve",
        "Vendimi lidhet me mbrojtjen e të dhënave personale.",
        "fine_or_penalty",
        "IE",
    ),
    ("AMA gjobit TikTok me 2 milionë lekë", "Autoriteti e ndëshkoi platformën për përmbajtje të dhunshme.", "fine_or_penalty", "AL"),
    # investigations
    (
        "Komisioni Evropian nis procedurë zyrtare ndaj TikTok",
        "Brukseli do të verifikojë nëse platforma shkeli Aktin për Shërbimet Digjitale.",
        "investigation_opened",
        "EU",
    ),
    (
        "Komisioneri për Mbrojtjen e të Dhënave nis hetim ndaj TikTok",
        "Institucioni do të shqyrtojë si përpunohen të dhënat e të miturve në Shqipëri.",
        "investigation_opened",
        "AL",
    ),
    (
        "Kosova nis hetim ndaj TikTok pas incidenteve në shkolla",
        "Policia e Kosovës dhe Ministria e Arsimit do të analizojnë përmbajtjen.",
        "investigation_opened",
        "XK",
    ),
    # wind-up, divestiture, lawsuits, laws, orders
    (
        "Kanadaja urdhëron mbylljen e zyrave të TikTok",
        "Qeveria kanadeze ka vendosur likuidimin e filialit në Toronto dhe Vankuver.",
        "business_wind_up_order",
        "CA",
    ),
    ("Uashingtoni urdhëron ByteDance të shesë TikTok", "Administrata amerikane i dha kompanisë 90 ditë.", "divestiture_order", "US"),
    (
        "Teksasi padit TikTok për mbrojtjen e fëmijëve",
        "Prokurori i përgjithshëm i shtetit ngriti padi në gjykatë.",
        "lawsuit_by_government",
        "US-TX",
    ),
    # a passive "was sued" is the state's lawsuit, not TikTok's challenge
    ("TikTok u padit nga Juta", "Shteti akuzon kompaninë për dëme ndaj të miturve.", "lawsuit_by_government", "US-UT"),
    (
        "Biden nënshkruan ligjin që detyron ByteDance të shesë TikTok",
        "Presidenti amerikan e nënshkroi ligjin të mërkurën.",
        "law_enacted",
        "US",
    ),
    (
        "Kuvendi i Kosovës miraton ligjin që detyron TikTok të verifikojë moshën e përdoruesve",
        "Ligji hyn në fuqi pas botimit në Gazetën Zyrtare.",
        "law_enacted",
        "XK",
    ),
    ("AMA urdhëron TikTok të heqë videot e dhunshme", "Autoriteti i dha platformës afat 48 orë.", "regulatory_order", "AL"),
    # a court keeping an act in force, or throwing out the challenge to it, is an act of its own
    ("Gjykata e Lartë amerikane lë në fuqi ligjin kundër TikTok", "Ligji hyn në fuqi të dielën.", "other", "US"),
    ("Gjykata Kushtetuese rrëzon kërkesën kundër mbylljes së TikTok", "Vendimi i qeverisë mbetet në fuqi.", "other", "AL"),
    ("Komisioni Evropian: TikTok shkeli rregullat e BE-së", "Gjetjet paraprake të Brukselit kanë të bëjnë me reklamat.", "other", "EU"),
    # a body sentence that names who acted, under an unrelated headline
    ("Java e TikTok", "Qeveria e Kosovës ka ndaluar aplikacionin në të gjitha pajisjet zyrtare.", "ban_government_devices", "XK"),
]

NOT_NEW = [
    # proposals and threats (twins of the bans above)
    ("Deputetët propozojnë ndalimin e TikTok në Kosovë", "Projektligji do të shqyrtohet muajin e ardhshëm.", "proposed_or_threatened"),
    ("Trump kërcënon se do ta ndalojë TikTok", "Presidenti po shqyrton mundësinë e bllokimit të aplikacionit.", "proposed_or_threatened"),
    ("Rama: TikTok mund të mbyllet në Shqipëri", "Kryeministri tha se qeveria po e merr në konsideratë masën.", "proposed_or_threatened"),
    ("Kryeministri Rama paralajmëron mbylljen e TikTok", "Vendimi pritet të merret në janar.", "proposed_or_threatened"),
    ("Opozita kërkon ndalimin e TikTok", "Partia paraqiti një peticion në Kuvend.", "proposed_or_threatened"),
    (
        "Maqedonia e Veriut shqyrton mundësinë e kufizimit të TikTok",
        "Ministri i Arsimit tha se institucionet po analizojnë videot.",
        "proposed_or_threatened",
    ),
    ("TikTok bllokohet në Kosovë?", "Qeveria ende nuk ka marrë vendim.", "proposed_or_threatened"),
    ("Prindërit mbështesin mbylljen e TikTok", "Shumica e tyre thonë se aplikacioni dëmton fëmijët.", "proposed_or_threatened"),
    # lifted, reopened, postponed
    ("Qeveria shqiptare heq ndalimin e TikTok", "Aplikacioni është sërish i aksesueshëm në të gjithë vendin.", "not_action"),
    ("TikTok rihapet në Shqipëri pas një viti", "Këshilli i Ministrave vendosi heqjen e masave për ndërprerjen e aksesit.", "not_action"),
    ("TikTok kthehet në Shqipëri", "Ndalimi njëvjeçar përfundoi këtë muaj.", "not_action"),
    ("Qeveria shqiptare shtyn mbylljen e TikTok", "Vendimi nuk do të zbatohet para marsit.", "not_action"),
    ("Trump pezullon ndalimin e TikTok për 75 ditë", "Presidenti nënshkroi një urdhër ekzekutiv.", "not_action"),
    # an act against another company
    ("Komisioni Evropian gjobit Meta-n", "Facebook do të paguajë 800 milionë euro. Edhe TikTok është në shënjestër.", "not_action"),
    ("Qeveria e Kosovës bllokon Telegramin", "Masa nuk prek TikTok, thotë ministria.", "not_action"),
    # a past act recalled as background
    (
        "TikTok lanson një funksion të ri për krijuesit",
        "Aplikacioni, i ndaluar në Indi që nga viti 2020, vazhdon të rritet.",
        "background_only",
    ),
    (
        "TikTok prezanton filtra të rinj për të miturit",
        "Platforma ishte mbyllur në Shqipëri vitin e kaluar pas vrasjes së një nxënësi.",
        "background_only",
    ),
    ("TikTok, i ndaluar në Shqipëri që nga marsi, humb përdorues", "Ndalimi ka ndikuar edhe bizneset e vogla.", "background_only"),
    ("Rama: TikTok u mbyll vitin e kaluar, tani kemi filtra", "Kryeministri foli në podkastin e tij.", "background_only"),
    # the ban named as a thing already in place: "nga mbyllja", "pas bllokimit"
    ("Si u ndikuan bizneset nga mbyllja e TikTok", "Shumë dyqane online humbën klientë pas bllokimit të platformës.", "background_only"),
    # a court blocking the act
    (
        "Gjykata Kushtetuese rrëzon vendimin për mbylljen e TikTok",
        "Sipas gjykatës, masa e qeverisë cënoi lirinë e shprehjes.",
        "court_blocks_action",
    ),
    ("Gjykata Kushtetuese: mbyllja e TikTok cënoi lirinë e fjalës", "Vendimi i qeverisë nuk mund të merrej me VKM.", "court_blocks_action"),
    ("Një gjyqtar federal bllokon ligjin e Montanës kundër TikTok", "Gjykata pezulloi zbatimin e ndalimit.", "court_blocks_action"),
    # TikTok going to court
    ("TikTok padit shtetin e Montanës", "Kompania e kundërshton ligjin në gjykatën federale.", "tiktok_challenges_action"),
    ("TikTok ankimon gjobën e Komisionit Evropian", "Kompania i drejtohet Gjykatës së Drejtësisë së BE-së.", "tiktok_challenges_action"),
    # negation, polls, explainers, opinion
    ("Kosova nuk do ta ndalojë TikTok, thotë qeveria", "Ministri tha se nuk ka arsye për masa të tilla.", "not_action"),
    ("Kurti: Nuk do ta mbyllim TikTok-un", "Kryeministri tha se Kosova nuk e ndjek Shqipërinë.", "not_action"),
    ("Sondazh: si e përjetuan të rinjtë mbylljen e TikTok", "Shumica thonë se kalojnë më shumë kohë me shokët.", "not_action"),
    ("Cilat vende e kanë ndaluar TikTok?", "Lista e shteteve që kanë bllokuar aplikacionin.", "not_action"),
    ("Ndalimi i TikTok: çfarë duhet të dini", "Vendimi hyn në fuqi më 13 mars.", "not_action"),
    ("Opinion: Mbyllja e TikTok është gabim", "Qeveria po kufizon lirinë e shprehjes.", "not_action"),
    # an investigation that "could be illegal" has not been opened
    (None, "Hetimi ndaj TikTok për zgjedhjet mund të jetë i paligjshëm, thonë juristët.", "proposed_or_threatened"),
]

# TikTok's own steps, and "ndaloj" in its other sense (to detain), are no government act
NOT_AN_ACT = [
    ("TikTok pezullon mijëra llogari false para zgjedhjeve", "Platforma bllokoi edhe disa profile të tjera."),
    ("TikTok fshin videot që nxisin dhunën", "Platforma e njoftoi në raportin e saj."),
    ("TikTok ndalon reklamat politike para zgjedhjeve", "Platforma tha se rregulli vlen në të gjithë Evropën."),
    ("TikTok mbyll zyrën në Indi", "Kompania largon 300 punonjës."),
    ("TikTok mbyll vitin me rekord përdoruesish", "Aplikacioni kaloi 2 miliardë shkarkime."),
    ("Policia ndaloi të riun që kërcënoi shokun në TikTok", "Autori u shoqërua në komisariat."),
    ("I riu u ndalua nga policia pas një videoje në TikTok", "Ngjarja ndodhi në Durrës."),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("sq", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str | None, text: str, label: str) -> None:
    assert_label("sq", title, text, label)


@pytest.mark.parametrize(("title", "text"), NOT_AN_ACT)
def test_platform_steps_and_detentions_are_not_acts(title: str, text: str) -> None:
    assert_label("sq", title, text, "not_action")


def test_a_town_bans_the_app_on_its_own_devices() -> None:
    a = analyze_article("Bashkia e Tiranës ndalon TikTok në kompjuterët e punonjësve", "Masa vlen nga e hëna.", "2025-03-01", None, "sq")
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_government_devices", "AL")
    assert "Tiran" in a.actions[0].actor


def test_a_kosovo_municipality_acts_for_itself() -> None:
    a = analyze_article(
        "Komuna e Prishtinës ndalon TikTok në pajisjet e komunës", "Kryetari tha se masa vlen nga e hëna.", "2025-03-01", None, "sq"
    )
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_government_devices", "XK")
    assert "Prishtin" in a.actions[0].actor


def test_the_albanian_ban_names_the_regulator() -> None:
    assert_new_action(
        "sq",
        "AKEP urdhëron ofruesit e internetit të bllokojnë TikTok",
        "Masa zbaton vendimin e qeverisë.",
        actor="AKEP (Albania)",
        published="2025-03-13",
    )


def test_a_ban_without_a_title_is_read_from_the_first_sentence() -> None:
    text = "Qeveria shqiptare ka mbyllur TikTok-un për një vit, njoftoi sot Kryeministri Edi Rama."
    a = analyze_article(None, text, "2025-03-01", None, "sq")
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_national", "AL")
