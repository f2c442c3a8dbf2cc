"""Ideas every language pack should read the same way, each phrased for the project in many languages.

A rule learned from one language's article rarely helps on the next article in another language;
a concept written into every pack at once can. Each concept here is checked across languages:

* TikTok (or ByteDance) **loses in court** against a government act: the court upheld the act, so
  the news is an adverse act (``new_action``);
* a **petition** or a collection of signatures for a ban is a proposal;
* a **trend** ("more and more governments ban TikTok") recalls acts, it reports none;
* a government that **refuses** to ban, or **drops** a ban, takes no act against TikTok;
* **TikTok suing** over a law is TikTok's challenge, not the government's act;
* a regulator's **preliminary findings** against TikTok are an adverse act (type ``other``);
* a minister's **request** to the cabinet to ban is a proposal;
* a government banning TikTok **for its own staff** bans it on its devices;
* TikTok, ByteDance or creators **going to court**, in the many ways news says it, and a
  government that **declines** to ban or to enforce a ban.
"""

from __future__ import annotations

import pytest

from tests.pack_cases import assert_label, assert_new_action

COURT_LOSSES = [
    # (language, title, lead, jurisdiction)
    ("ru", "TikTok проиграл суд против Еврокомиссии", "Суд ЕС признал решение комиссии законным.", "EU"),
    ("uk", "ByteDance програла справу проти Єврокомісії", "Суд ЄС залишив у силі рішення комісії.", "EU"),
    ("pl", "TikTok przegrał w sądzie z Komisją Europejską", "Sąd UE oddalił skargę spółki ByteDance.", "EU"),
    ("cs", "ByteDance prohrála soudní spor s Evropskou komisí", "Soud EU žalobu firmy zamítl.", "EU"),
    ("de", "Bytedance scheitert mit Klage gegen EU-Kommission", "Das EU-Gericht bestätigte die Einstufung von Tiktok.", "EU"),
    (
        "de",
        None,
        "Der Tiktok-Mutterkonzern Bytedance hat vor dem EU-Gericht eine Niederlage kassiert. Die Einstufung durch die Kommission bleibt.",
        "EU",
    ),
    ("nl", "TikTok verliest rechtszaak tegen Europese Commissie", "Het Gerecht van de EU gaf de Commissie gelijk.", "EU"),
    ("sv", "Bytedance förlorar i EU-domstolen", "Domstolen gav kommissionen rätt i tvisten om TikTok.", "EU"),
    ("ro", "TikTok a pierdut procesul cu Comisia Europeană", "Tribunalul UE a respins acțiunea ByteDance.", "EU"),
    ("hu", "A TikTok elvesztette a pert az Európai Bizottsággal szemben", "Az uniós bíróság elutasította a keresetet.", "EU"),
    ("tr", "TikTok, Avrupa Komisyonu'na karşı açtığı davayı kaybetti", "AB Genel Mahkemesi ByteDance'in itirazını reddetti.", "EU"),
    ("ko", "틱톡, EU 집행위원회 상대 소송서 패소", "EU 법원은 바이트댄스의 청구를 기각했다.", "EU"),
    ("ja", "TikTok運営会社、欧州委員会との訴訟で敗訴", "EU一般裁判所はバイトダンスの訴えを退けた。", "EU"),
    ("zh", "字节跳动诉欧盟委员会案败诉", "欧盟普通法院驳回了字节跳动的诉讼请求。", "EU"),
]

LOSSES_ELSEWHERE = [
    # (language, title, lead): TikTok loses users or ground, not a case
    ("de", "Tiktok verliert in Deutschland Nutzer", "Immer mehr junge Menschen wechseln zu anderen Apps."),
    ("ru", "TikTok проиграл конкуренцию YouTube в России", "Аудитория сервиса сократилась за год."),
    ("pl", "TikTok przegrał walkę o reklamodawców", "Firmy wolą inne platformy."),
]

PETITIONS = [
    # (language, title, lead)
    ("ru", "В Эстонии начали сбор подписей за запрет TikTok", "Инициатива появилась на портале народных инициатив."),
    ("uk", "Українці збирають підписи за заборону TikTok", "Петицію зареєстрували на сайті президента."),
    ("pl", "Ruszyła zbiórka podpisów za zakazem TikToka", "Autorzy inicjatywy chcą, by rząd zablokował aplikację."),
    ("cs", "Začal sběr podpisů za zákaz TikToku v Česku", "Iniciátoři chtějí aplikaci zablokovat."),
    ("es", "Arranca una recogida de firmas para prohibir TikTok en Chile", "Los promotores piden al Congreso que actúe."),
    ("it", "Parte la raccolta firme per vietare TikTok ai minori", "I promotori chiedono al governo di bloccare l'app."),
    ("pt", "Abaixo-assinado pede a proibição do TikTok em Portugal", "A iniciativa já reúne milhares de assinaturas."),
    ("tr", "TikTok'un yasaklanması için imza kampanyası başlatıldı", "Kampanya kısa sürede binlerce destek topladı."),
    ("de", "Tausende Unterschriften für ein Tiktok-Verbot an Schulen", "Die Initiatoren wollen die App sperren lassen."),
    ("ro", "Părinții strâng semnături pentru interzicerea TikTok", "Inițiativa cere guvernului să blocheze aplicația."),
]

TRENDS = [
    # (language, lead): several governments, none named, recalled as the context of something else
    ("fr", "De plus en plus de gouvernements interdisent TikTok sur les téléphones de leurs agents. Les experts restent divisés."),
    ("es", "Cada vez más gobiernos prohíben TikTok en los teléfonos oficiales. Los expertos discrepan sobre el riesgo."),
    ("it", "Sempre più governi vietano TikTok sui telefoni di servizio. Gli esperti sono divisi sui rischi."),
    ("pt", "Cada vez mais governos proíbem o TikTok nos telemóveis oficiais. Os especialistas estão divididos."),
    ("ru", "Всё больше стран запрещают TikTok на служебных телефонах. Эксперты расходятся во мнениях."),
    ("id", "Semakin banyak negara melarang TikTok di perangkat pemerintah. Para ahli berbeda pendapat."),
    ("bg", "Все повече държави забраняват TikTok на служебните телефони. Експертите не са единодушни."),
    ("zh", "越来越多的国家禁止在政府设备上使用TikTok。专家意见不一。"),
]

REFUSALS = [
    # (language, title, lead, label)
    (
        "fr",
        "Berne refuse d'interdire TikTok à ses fonctionnaires",
        "Une analyse technique n'a montré aucun risque particulier.",
        "not_action",
    ),
    ("it", "Il governo si rifiuta di vietare TikTok ai dipendenti pubblici", "Secondo il ministro i rischi sono limitati.", "not_action"),
    ("nl", "Kabinet weigert TikTok te verbieden op werktelefoons", "Volgens de minister is een verbod niet nodig.", "not_action"),
    (
        "ro",
        "Guvernul a renunțat la interdicția TikTok",
        "Accesul la platformă va fi restabilit de luni, potrivit unui document al cabinetului.",
        "not_action",
    ),
    (
        "pt",
        "TikTok move ação contra a lei que pode proibi-lo nos EUA",
        "A empresa diz que a lei viola a liberdade de expressão.",
        "tiktok_challenges_action",
    ),
    (
        "ms",
        "TikTok fail saman terhadap larangan di Montana",
        "Syarikat itu berkata undang-undang tersebut melanggar perlembagaan.",
        "tiktok_challenges_action",
    ),
]

FINDINGS = [
    # (language, title, lead, jurisdiction)
    (
        "ro",
        "Comisia Europeană acuză TikTok de încălcarea DSA",
        "Bruxelles a constatat, în mod preliminar, că platforma nu respectă regulile privind publicitatea.",
        "EU",
    ),
    (
        "ca",
        "Brussel·les carrega contra TikTok",
        "La Comissió Europea ha conclòs de forma preliminar que TikTok incompleix la normativa digital.",
        "EU",
    ),
    (
        "cs",
        "Evropská komise: TikTok porušuje pravidla o reklamě",
        "Podle předběžných zjištění platforma nezveřejňuje dost údajů o reklamách.",
        "EU",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "code"), COURT_LOSSES)
def test_a_lost_court_case_is_the_act_upheld(lang: str, title: str | None, text: str, code: str) -> None:
    assert_new_action(lang, title, text, None, code)


@pytest.mark.parametrize(("lang", "title", "text"), LOSSES_ELSEWHERE)
def test_losing_users_or_ground_is_no_court_case(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "not_action")


def test_an_arabic_adjective_of_a_country_names_that_country_not_another_inside_it() -> None:
    # "الصومالي" (Somali) holds the letters of "مالي" (Mali, also "financial")
    assert_new_action("ar", None, "قال وزير الاتصالات الصومالي إن بلاده حظرت تطبيق تيك توك.", "ban_national", "SO")
    assert_label("ar", "الدعم المالي لشركة تيك توك يثير الجدل", "قدمت الشركة تقريرها المالي.", "not_action")


@pytest.mark.parametrize(("lang", "title", "text"), PETITIONS)
def test_a_petition_for_a_ban_is_a_proposal(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "proposed_or_threatened")


@pytest.mark.parametrize(("lang", "text"), TRENDS)
def test_a_trend_of_bans_is_background(lang: str, text: str) -> None:
    assert_label(lang, None, text, "background_only")


@pytest.mark.parametrize(("lang", "title", "text", "label"), REFUSALS)
def test_a_refused_or_dropped_ban_and_tiktoks_own_suit_are_no_act(lang: str, title: str, text: str, label: str) -> None:
    assert_label(lang, title, text, label)


@pytest.mark.parametrize(("lang", "title", "text", "code"), FINDINGS)
def test_preliminary_findings_are_an_adverse_act(lang: str, title: str, text: str, code: str) -> None:
    assert_new_action(lang, title, text, "other", code)


REQUESTS = [
    # (language, title, lead)
    ("ar", "وزير الاتصالات يعلن تقديم طلب لمجلس الوزراء لحجب تيك توك", "وقال الوزير إن التطبيق يضر بالقيم."),
    ("fa", "وزیر درخواست مسدود شدن تیک‌تاک را به دولت داد", "این درخواست هنوز بررسی نشده است."),
    ("id", "Menteri ajukan permintaan ke kabinet untuk memblokir TikTok", "Usulan itu belum dibahas."),
]

OWN_STAFF = [
    # (language, title, lead)
    ("fr", "Le gouvernement interdit TikTok à ses employés", "La mesure s'applique dès lundi."),
    ("es", "El Gobierno prohíbe TikTok a todo su personal", "La medida afecta a todos los ministerios."),
    ("it", "Il governo vieta TikTok al proprio personale", "Il divieto vale da lunedì."),
    ("de", "Die Regierung verbietet Tiktok für ihre Mitarbeiter", "Das Verbot gilt ab sofort."),
    ("pt", "Governo proíbe o TikTok aos seus funcionários", "A medida vale a partir de segunda-feira."),
]


@pytest.mark.parametrize(("lang", "title", "text"), REQUESTS)
def test_a_request_to_the_cabinet_to_ban_is_a_proposal(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "proposed_or_threatened")


@pytest.mark.parametrize(("lang", "title", "text"), OWN_STAFF)
def test_a_ban_for_a_governments_own_staff_is_a_device_ban(lang: str, title: str, text: str) -> None:
    assert_new_action(lang, title, text, "ban_government_devices")


COURT_GOERS_AND_DECLINES = [
    # (language, title, lead, label)
    (
        "fr",
        "TikTok saisit la justice contre l'amende de 345 millions",
        "La plateforme a eu recours à la justice européenne après la sanction irlandaise.",
        "tiktok_challenges_action",
    ),
    (
        "fr",
        None,
        "Menacé d'interdiction, TikTok a décidé de riposter en déposant un recours contre le décret présidentiel.",
        "tiktok_challenges_action",
    ),
    (
        "fr",
        "Des créateurs de TikTok poursuivent le Montana",
        "Cinq utilisateurs attaquent la loi qui interdit l'application dans l'État.",
        "tiktok_challenges_action",
    ),
    (
        "es",
        "Influencers se lanzan contra la ley que prohíbe TikTok en Montana",
        "Cinco creadores de contenido de TikTok interpusieron una demanda ante un tribunal federal.",
        "tiktok_challenges_action",
    ),
    (
        "pt",
        "TikTok pede liminar para suspender a proibição",
        "A empresa entrou com um pedido de liminar de emergência no tribunal de apelações.",
        "tiktok_challenges_action",
    ),
    (
        "it",
        "TikTok paga la multa di San Marino ma il colosso fa subito ricorso",
        "La società ha impugnato il provvedimento del Garante.",
        "tiktok_challenges_action",
    ),
    (
        "de",
        "Tiktok zieht gegen das Bußgeld vor Gericht",
        "Der Konzern hat Berufung gegen die Entscheidung der Datenschutzbehörde eingelegt.",
        "tiktok_challenges_action",
    ),
    ("pl", "TikTok złożył pozew przeciwko stanowi Montana", "Spółka twierdzi, że zakaz narusza konstytucję.", "tiktok_challenges_action"),
    ("ro", "TikTok contestă în instanță amenda primită", "Compania a depus o plângere la tribunal.", "tiktok_challenges_action"),
    (
        "nl",
        "TikTok stapt naar de rechter tegen boete",
        "Het bedrijf gaat in beroep tegen het besluit van de toezichthouder.",
        "tiktok_challenges_action",
    ),
    (
        "id",
        "TikTok menggugat pemerintah negara bagian Montana",
        "Perusahaan menilai larangan itu melanggar konstitusi.",
        "tiktok_challenges_action",
    ),
    ("sk", "Najvyšší súd sa bude zaoberať odvolaním TikToku", "Súd vypočuje argumenty spoločnosti v januári.", "tiktok_challenges_action"),
    ("hi", "नेपाल ने टिकटॉक पर लगा प्रतिबंध हटाया", "सरकार ने कैबिनेट बैठक में यह फैसला लिया।", "not_action"),
    ("tl", "DICT, hindi inirerekomenda ang pag-ban ng TikTok", "Mas nais ng ahensya na i-regulate ang mga app.", "not_action"),
    ("ko", "바이든 정부, 틱톡 금지 조치 강행하지 않기로", "결정은 차기 정부로 넘어갔다.", "not_action"),
    (
        "ro",
        "Autoritățile analizează interzicerea TikTok pe telefoanele de serviciu",
        "Ministrul a spus că decizia va fi luată în curând.",
        "proposed_or_threatened",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "label"), COURT_GOERS_AND_DECLINES)
def test_tiktok_going_to_court_and_a_government_declining_to_act(lang: str, title: str | None, text: str, label: str) -> None:
    assert_label(lang, title, text, label)


DEVICES_AHEAD = [
    # (language, title, lead): the headline says "bans TikTok", a later lead sentence says whose devices
    (
        "sr",
        "Vlada donela odluku: TikTok zabranjen",
        "Austrija se pridružuje zemljama koje zabranjuju aplikacije. Ministar je rekao da TikTok više ne sme biti na "
        "službenim telefonima državnih službenika.",
    ),
    (
        "fr",
        "Le gouvernement interdit TikTok",
        "La décision a été prise mercredi en conseil des ministres. L'application ne pourra plus être installée sur "
        "les téléphones professionnels des agents de l'État.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), DEVICES_AHEAD)
def test_whose_devices_a_headline_ban_covers_can_come_two_sentences_later(lang: str, title: str, text: str) -> None:
    assert_new_action(lang, title, text, "ban_government_devices")


def test_a_national_ban_stays_national_when_the_devices_are_only_recalled_much_later() -> None:
    assert_new_action(
        "fr",
        "Le Sénégal suspend TikTok sur tout son territoire",
        "Le ministre a annoncé la mesure mercredi soir. Les opérateurs doivent couper l'accès dès jeudi. Le pays "
        "compte près de deux millions d'utilisateurs. L'an dernier, les téléphones professionnels des agents avaient "
        "déjà été concernés.",
        "ban_national",
        "SN",
    )


IN_FORCE = [
    # (language, lead): a ban adopted months ago enters into force; the news is what follows, not a new act
    ("fr", "La loi interdisant TikTok est entrée en vigueur dimanche aux États-Unis. Les utilisateurs voient un message."),
    ("es", "La ley que prohíbe TikTok entró en vigor el domingo en Estados Unidos. Los usuarios ven un aviso."),
    ("de", "Das Gesetz zum Tiktok-Verbot ist in den USA in Kraft getreten. Nutzer sehen nur noch eine Meldung."),
    ("ru", "Закон о запрете TikTok вступил в силу в США. Пользователи видят сообщение о недоступности."),
    ("fi", "TikTok-kielto on astunut Yhdysvalloissa voimaan. Käyttäjät näkevät vain ilmoituksen."),
    ("ar", "دخل قانون حظر تيك توك في الولايات المتحدة حيّز التنفيذ. ويرى المستخدمون رسالة."),
]


@pytest.mark.parametrize(("lang", "text"), IN_FORCE)
def test_a_ban_entering_into_force_is_no_new_act(lang: str, text: str) -> None:
    assert_label(lang, None, text, "background_only")


def test_arabic_vowel_marks_do_not_hide_a_word() -> None:
    # the same act, with and without shadda and vowel marks
    plain = "حظرت الحكومة الصومالية تطبيق تيك توك."
    marked = "حَظَرَت الحكومةُ الصوماليّة تطبيقَ تيك توك."
    assert_new_action("ar", None, plain, "ban_national", "SO")
    assert_new_action("ar", None, marked, "ban_national", "SO")
