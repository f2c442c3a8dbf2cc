"""Idioms the language packs read, each written for the project: a new act, or the hard negative
that looks like one (a proposal, a court blocking the act, TikTok's own case, a lifted ban)."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW_ACTS = [
    # (language, title, lead, action type, jurisdiction)
    (
        "nl",
        None,
        "Ambtenaren van de gemeente Utrecht kunnen TikTok binnenkort niet meer op hun werktelefoon installeren.",
        "ban_government_devices",
        None,
    ),
    (
        "nl",
        None,
        "De provincies verwijderen de app TikTok van de telefoons van hun ambtenaren, meldt het Interprovinciaal Overleg.",
        "ban_government_devices",
        None,
    ),
    (
        "nl",
        "Rusland beboet TikTok vanwege oproepen tot protesten",
        "Een rechtbank in Moskou legde het platform donderdag een boete op.",
        "fine_or_penalty",
        "RU",
    ),
    ("pl", "Kolejny pozew dla TikToka", "Stan Ohio pozwał TikToka za łamanie prawa o ochronie dzieci.", "lawsuit_by_government", "US-OH"),
    (
        "fr",
        "TikTok sous enquête au Canada",
        "Les commissaires à la vie privée ont annoncé mardi qu'ils vont enquêter sur TikTok.",
        "investigation_opened",
        "CA",
    ),
    (
        "pt",
        "Governo suspende Tik Tok em todo o país",
        "O governo do Gabão ordenou às operadoras que suspendam o Tik Tok por tempo indeterminado.",
        "ban_national",
        "GA",
    ),
    (
        "ko",
        "정부, 틱톡 개인정보법 위반 혐의 조사",
        "개인정보보호위원회는 틱톡의 위반 사항에 대해 조사에 착수했다고 밝혔다.",
        "investigation_opened",
        "KR",
    ),
]

NOT_NEW = [
    # (language, title, lead, label)
    (
        "nl",
        None,
        "Alle coalitiepartijen zijn voor het verbieden van TikTok op telefoons van ambtenaren, bleek woensdag.",
        "proposed_or_threatened",
    ),
    (
        "nl",
        None,
        "Moeten onze ministers TikTok helemaal verbannen? De regering heeft onlangs TikTok verboden op werktelefoons.",
        "proposed_or_threatened",
    ),
    ("pl", None, "Nie jestem zwolennikiem zakazywania TikToka bez dowodów - powiedział premier Słowenii.", "not_action"),
    (
        "pl",
        "TikTok zmierzy się z rządem USA w sądzie",
        "Prawnicy ByteDance będą argumentować, że ustawa jest niezgodna z konstytucją.",
        "tiktok_challenges_action",
    ),
    ("fr", "Maroc : TikTok sera-t-il bientôt interdit ?", "Des rumeurs circulent depuis plusieurs semaines.", "proposed_or_threatened"),
    ("vi", "TikTok hoạt động ra sao sau đợt kiểm tra của Bộ", "Sau đợt kiểm tra, Bộ yêu cầu TikTok thực hiện 9 nội dung.", "not_action"),
    ("ko", None, "한 달 전 주지사가 주 직원들에게 틱톡을 사용하지 말 것을 지시했습니다.", "background_only"),
    ("fr", "La Suisse n'interdit pas TikTok à ses fonctionnaires", "Le Conseil fédéral a tranché mercredi.", "not_action"),
    (
        "fr",
        "La commission d'enquête préconise \"l'interdiction de TikTok aux moins de 15 ans\"",
        "Le rapport a été publié jeudi.",
        "proposed_or_threatened",
    ),
    ("fr", "Rétablissement de TikTok au Mali : fin de suspension", "L'application est de nouveau accessible depuis lundi.", "not_action"),
    (
        "pt",
        "Tik Tok recorre ao STF contra bloqueio",
        "A empresa entrou no Supremo Tribunal Federal contra a ordem de bloqueio.",
        "tiktok_challenges_action",
    ),
    ("ko", "연방 법원, 틱톡 캐나다 사업 철수 명령 기각", "법원은 정부의 명령을 일시 보류했다.", "court_blocks_action"),
    ("ja", None, "米連邦地裁は7日、TikTokに対する禁止措置について、暫定的な差し止めを決定した。", "court_blocks_action"),
    ("tr", "TikTok'un yasağa karşı açtığı davanın duruşması görüldü", "Duruşma Perşembe günü yapıldı.", "tiktok_challenges_action"),
    ("tr", "Potansiyel TikTok yasağı reklam sektörünü nasıl etkiler?", "Temsilciler Meclisi ilk onayı verdi.", "proposed_or_threatened"),
    (
        "id",
        "Pemerintah Ancam Cabut Izin Usaha TikTok",
        "Kementerian Perdagangan mengancam akan mencabut izin jika aturan dilanggar.",
        "proposed_or_threatened",
    ),
]


@pytest.mark.parametrize(("lang", "title", "lead", "type_", "code"), NEW_ACTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(NEW_ACTS)])
def test_new_acts(lang: str, title: str | None, lead: str, type_: str, code: str | None) -> None:
    assert_new_action(lang, title, lead, type_, code, published="2025-05-01")


@pytest.mark.parametrize(("lang", "title", "lead", "label"), NOT_NEW, ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(NOT_NEW)])
def test_hard_negatives(lang: str, title: str | None, lead: str, label: str) -> None:
    assert_label(lang, title, lead, label, published="2025-05-01")


def test_a_sentence_of_the_headline_repeated_in_the_body_does_not_take_a_lead_place() -> None:
    # the page repeats the first half of a two-sentence headline; the act is in the third line
    assert_new_action(
        "pl",
        "Idą na noże z TikTokiem? Kolejny pozew",
        "Idą na noże z TikTokiem?\n\nTo już kolejny pozew.\n\nCytat rzecznika bez znaczenia.\n\nStan Ohio pozwał TikToka w czwartek.",
        published="2025-05-01",
    )


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("de", "TikTok-Verbot bald auch in Österreich?", "Die Regierung in Wien äußerte sich am Montag zurückhaltend."),
        ("es", "¿TikTok corre peligro de ser prohibido en Chile?", "El gobierno chileno no ha anunciado ninguna medida."),
        ("it", "Multa a TikTok anche in Italia?", "L'Autorità non ha ancora deciso nulla, secondo fonti vicine al dossier."),
    ],
)
def test_an_act_asked_about_in_its_own_clause_is_no_act(lang: str, title: str, text: str) -> None:
    assert_no_new_action(lang, title, text)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("de", "Österreich verbietet TikTok auf Diensthandys: Was bedeutet das?",
         "Die Regierung in Wien hat am Montag TikTok auf Diensthandys verboten."),
        ("es", "Chile prohíbe TikTok en los teléfonos del gobierno: ¿qué cambia?",
         "El gobierno chileno prohibió el lunes TikTok en los teléfonos oficiales."),
    ],
)  # fmt: skip
def test_a_question_in_another_clause_of_the_headline_leaves_the_act(lang: str, title: str, text: str) -> None:
    assert_new_action(lang, title, text)


def test_a_turkish_passive_jussive_is_a_demand_not_a_decision() -> None:
    demand = analyze_article("Milletvekili: TikTok kapatılsın", "Milletvekili, TikTok'a erişim engeli getirilmesi gerektiğini söyledi.",
                             "2025-03-01", language="tr")  # fmt: skip
    assert not demand.new_action and demand.label == "proposed_or_threatened", demand
    act = analyze_article(
        "Türkiye TikTok'a erişimi engelledi", "Kurum, TikTok'a erişimi pazartesi günü engelledi.", "2025-03-01", language="tr"
    )
    assert act.new_action, act


def test_german_countries_wanting_to_ban_the_app_have_not_banned_it() -> None:
    wanting = analyze_article("Mehrere Länder wollen TikTok für Kinder verbieten",
                              "Drei Regierungen wollen Netzwerke wie TikTok für Kinder unter 15 Jahren verbieten.",
                              "2025-06-01", language="de")  # fmt: skip
    assert not wanting.new_action and wanting.label == "proposed_or_threatened", wanting


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ko", "틱톡, EU서 과징금…아동 개인정보 보호 위반", "유럽연합이 15일 틱톡에 3억 유로의 과징금을 부과했다."),
        ("vi", "EU phạt TikTok 500 triệu euro", "EU đã phạt TikTok 500 triệu euro vì vi phạm quy định bảo vệ dữ liệu cá nhân."),
        ("de", "EU verhängt Strafe gegen TikTok", "Die EU verhängte am Freitag eine Strafe gegen TikTok wegen Datenschutzverstößen."),
    ],
)
def test_an_eu_fine_over_personal_data_is_irelands_regulators(lang: str, title: str, text: str) -> None:
    assert_new_action(lang, title, text, code="IE", actor="Data Protection Commission (Ireland)", published="2025-05-02")


def test_an_eu_fine_under_the_digital_services_act_stays_the_eus() -> None:
    result = analyze_article("L'UE inflige une amende à TikTok", "La Commission européenne a infligé lundi une amende de 500 millions "
                             "d'euros à TikTok au titre du DSA.", "2025-05-02", language="fr")  # fmt: skip
    assert result.new_action and result.actions[0].jurisdiction == "EU", result


def test_dutch_as_soon_as_possible_urges_a_decided_act_while_possibly_hedges_it() -> None:
    urged = analyze_article(
        "Gemeente vraagt ambtenaren TikTok te verwijderen",
        "De Nederlandse gemeente Tilburg vraagt haar ambtenaren zo snel mogelijk TikTok van hun werktelefoons te verwijderen.",
        "2023-03-22",
        language="nl",
    )
    assert urged.new_action and urged.actions[0].type == "ban_government_devices", urged
    hedged = analyze_article(
        "Kabinet verbiedt mogelijk TikTok op werktelefoons", "Het Nederlandse kabinet overweegt een verbod.", "2023-03-22", language="nl"
    )
    assert not hedged.new_action, hedged


def test_korean_company_starting_legal_proceedings_is_its_challenge() -> None:
    result = analyze_article(
        "바이트댄스, 미국 정부 명령에 맞서 법적 절차 개시",
        "바이트댄스가 매각 명령 시한을 앞두고 연방 법원에 이의를 제기했다.",
        "2020-11-11",
        language="ko",
    )
    assert not result.new_action and result.label == "tiktok_challenges_action", result


@pytest.mark.parametrize(
    "title",
    ["Menteri Ancam Google hingga TikTok Denda Rp 500 Juta", "TikTok Akan Mendapat Denda Rp1 Miliar jika Muat Konten Judi"],
)
def test_indonesian_threatened_or_conditional_fines_are_not_fines(title: str) -> None:
    assert_no_new_action("id", title, "Menteri memberi peringatan keras kepada platform di Indonesia.", published="2024-05-20")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Le Maroc face à TikTok", "L'hypothèse d'une interdiction de TikTok par le gouvernement marocain n'est pas à écarter."),
        ("Le rapport du Sénat contre TikTok",
         "Le Sénat préconise une vérification de l'âge, une limite d'usage et même une suspension de TikTok en France."),
    ],
)  # fmt: skip
def test_french_hypotheses_and_recommended_lists_of_measures_are_not_acts(title: str, text: str) -> None:
    assert_no_new_action("fr", title, text, published="2023-07-06")


EU_FINES = [
    ("ru", "ЕС оштрафовал TikTok на 345 млн евро за нарушения при обработке данных детей", "ЕС оштрафовал TikTok на 345 млн евро"),
    ("uk", "ЄС оштрафував TikTok на 345 млн євро за порушення захисту даних дітей", "ЄС оштрафував TikTok на 345 млн євро"),
    ("cs", "EU udělila TikToku pokutu 345 milionů eur kvůli ochraně osobních údajů dětí", "EU udělila TikToku pokutu 345 milionů eur"),
    ("sk", "EÚ udelila TikToku pokutu 345 miliónov eur za porušenie ochrany osobných údajov detí",
     "EÚ udelila TikToku pokutu 345 miliónov eur"),
    ("ar", "الاتحاد الأوروبي يغرم تيك توك 345 مليون يورو بسبب انتهاك خصوصية بيانات الأطفال",
     "الاتحاد الأوروبي يغرم تيك توك 345 مليون يورو"),
    ("bn", "শিশুদের তথ্য সুরক্ষায় ব্যর্থতায় টিকটককে ৩৪.৫ কোটি ইউরো জরিমানা করল ইউরোপীয় ইউনিয়ন", "টিকটককে ৩৪.৫ কোটি ইউরো জরিমানা করল ইউরোপীয় ইউনিয়ন"),
    ("tl", "Pinagmulta ng EU ang TikTok ng 345 milyong euro dahil sa paglabag sa privacy ng mga bata",
     "Pinagmulta ng EU ang TikTok ng 345 milyong euro"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "privacy", "bare"), EU_FINES, ids=[c[0] for c in EU_FINES])
def test_every_pack_gives_an_eu_fine_over_personal_data_to_ireland(lang: str, privacy: str, bare: str) -> None:
    """The same fine reported as the EU's in any language joins the event of the Irish regulator's fine;
    a fine the headline does not tie to personal data stays the EU's."""
    result = analyze_article(privacy, "", "2023-09-15", language=lang)
    assert (result.actions[0].jurisdiction, result.actions[0].actor) == ("IE", "Data Protection Commission (Ireland)"), result
    assert analyze_article(bare, "", "2023-09-15", language=lang).actions[0].jurisdiction == "EU"


USERS_DATA_FINES = [
    ("es", "La UE multa a TikTok con 530 millones de euros por los datos de sus usuarios europeos",
     "La UE multa a TikTok con 530 millones de euros"),
    ("fr", "L'UE inflige à TikTok une amende de 530 millions d'euros pour les données de ses utilisateurs",
     "L'UE inflige à TikTok une amende de 530 millions d'euros"),
    ("de", "EU verhängt 530 Millionen Euro Strafe gegen TikTok wegen der Daten europäischer Nutzer",
     "EU verhängt 530 Millionen Euro Strafe gegen TikTok"),
    ("it", "L'UE multa TikTok per 530 milioni di euro per i dati degli utenti europei", "L'UE multa TikTok per 530 milioni di euro"),
    ("pt", "UE multa TikTok em 530 milhões de euros por causa dos dados de usuários europeus", "UE multa TikTok em 530 milhões de euros"),
    ("pl", "UE nałożyła na TikToka 530 mln euro kary za przekazywanie danych europejskich użytkowników",
     "UE nałożyła na TikToka 530 mln euro kary"),
    ("tr", "AB, Avrupalı kullanıcıların verileri nedeniyle TikTok'a 530 milyon euro ceza verdi", "AB, TikTok'a 530 milyon euro ceza verdi"),
    ("ja", "EU、欧州のユーザーのデータを巡りTikTokに5億3000万ユーロの制裁金", "EU、TikTokに5億3000万ユーロの制裁金"),
    ("ko", "EU, 유럽 이용자 데이터 문제로 틱톡에 5억3천만 유로 과징금", "EU, 틱톡에 5억3천만 유로 과징금"),
    ("id", "Uni Eropa denda TikTok 530 juta euro karena data pengguna Eropa", "Uni Eropa denda TikTok 530 juta euro"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "users_data", "bare"), USERS_DATA_FINES, ids=[c[0] for c in USERS_DATA_FINES])
def test_an_eu_fine_over_users_data_is_the_irish_regulators(lang: str, users_data: str, bare: str) -> None:
    """News writes "users' data" far more often than "personal data": a fine the EU is credited with over
    its users' (or children's) data is the Irish regulator's, in every pack; a bare EU fine stays the EU's."""
    result = analyze_article(users_data, "", "2025-05-02", language=lang)
    assert result.actions and (result.actions[0].jurisdiction, result.actions[0].actor) == (
        "IE",
        "Data Protection Commission (Ireland)",
    ), result
    assert analyze_article(bare, "", "2025-05-02", language=lang).actions[0].jurisdiction == "EU"
