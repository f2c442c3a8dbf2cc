"""Behaviour of the pack engine itself, whatever the language (cases written for the project)."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action, assert_places


@pytest.mark.parametrize(
    ("lang", "title", "lead", "type_"),
    [
        # the headline says "banned", the first lead sentence says whose phones: a device ban
        ("de", "TikTok im US-Repräsentantenhaus verboten",
         "Die App darf auf keinem amtlichen Gerät der Abgeordneten mehr installiert sein.", "ban_government_devices"),
        ("fr", "Le Danemark interdit TikTok",
         "L'application ne pourra plus être installée sur les téléphones professionnels des fonctionnaires.",
         "ban_government_devices"),
        # a lead about something else leaves the headline's ban national
        ("fr", "Le Népal interdit TikTok", "Le réseau social comptait plus de deux millions d'utilisateurs dans le pays.", "ban_national"),
        ("de", "Nepal verbietet TikTok", "Die Plattform hatte im Land mehr als zwei Millionen Nutzer.", "ban_national"),
    ],
)  # fmt: skip
def test_a_device_ban_is_read_from_the_headline_and_the_first_lead_sentence(lang: str, title: str, lead: str, type_: str) -> None:
    assert_new_action(lang, title, lead, type_, published="2024-03-01")


@pytest.mark.parametrize(
    ("lang", "title", "lead"),
    [
        # a bare headline, then a list of countries: an explainer, not news of an act
        ("id", "Pemblokiran TikTok", "Berikut ini adalah daftar negara yang pernah memblokir aplikasi TikTok."),
        ("tr", "TikTok yasağı", "Hangi ülkelerde yasak olduğunu sizin için derledik."),
    ],
)
def test_an_explainer_said_in_the_first_sentence_is_not_news(lang: str, title: str, lead: str) -> None:
    assert_no_new_action(lang, title, lead, published="2024-03-01")


@pytest.mark.parametrize(
    ("lang", "title", "lead", "label"),
    [
        # under a headline, a body sentence with an act but nobody who took it is not news of an act
        ("fr", "Une semaine agitée pour TikTok", "Des comptes ont été suspendus et des vidéos supprimées par erreur.", "not_action"),
        ("es", "Lo que hay que saber sobre TikTok", "Varias agencias han prohibido la aplicación en sus teléfonos.", "not_action"),
        ("it", "TikTok e i governi", "Molti uffici pubblici hanno vietato l'applicazione sui dispositivi di lavoro.", "not_action"),
        # the same act with its actor as the sentence's subject, or a named body, is news
        ("fr", "Une semaine agitée pour TikTok", "Le Népal a interdit TikTok dans tout le pays lundi.", "new_action"),
        ("es", "Lo que hay que saber sobre TikTok", "Kirguistán bloqueó TikTok en todo el país el martes.", "new_action"),
        ("it", "TikTok e i governi", "Il Garante per la privacy ha bloccato TikTok in via d'urgenza.", "new_action"),
        # with no headline at all, the first sentence stands in for it
        ("es", None, "Varias agencias han prohibido TikTok en los teléfonos del gobierno federal.", "new_action"),
    ],
)  # fmt: skip
def test_a_body_act_must_say_who_took_it(lang: str, title: str | None, lead: str, label: str) -> None:
    assert_label(lang, title, lead, label, published="2024-03-01")


@pytest.mark.parametrize(
    ("lang", "title", "lead", "label", "type_"),
    [
        # a threat in the headline, an act a named body has taken in the lead: the act is the news
        ("de", "Brüssel droht TikTok mit Millionenstrafe", "Die EU-Kommission hat ein förmliches Verfahren gegen TikTok eröffnet.",
         "new_action", "investigation_opened"),
        ("it", "TikTok rischia il blocco", "Il Garante per la privacy ha bloccato TikTok.", "new_action", "regulatory_order"),
        # a threat in the headline and only more talk in the lead stays a threat
        ("de", "Brüssel droht TikTok mit Millionenstrafe", "Eine Entscheidung soll in den kommenden Monaten fallen.",
         "proposed_or_threatened", None),
    ],
)  # fmt: skip
def test_an_adopted_act_in_the_lead_outweighs_a_threat_in_the_headline(
    lang: str, title: str, lead: str, label: str, type_: str | None
) -> None:
    a = analyze_article(title, lead, "2024-03-01", language=lang)
    assert a.label == label, a
    if type_ is not None:
        assert a.actions[0].type == type_


@pytest.mark.parametrize(
    ("lead", "label"),
    [
        # the proposal belongs to another clause, far from the act
        ("El regulador de Kirguistán bloqueó TikTok en todo el país el martes por la mañana tras meses de quejas de padres, "
         "escuelas y asociaciones de vecinos, mientras que en el parlamento vecino algunos diputados proponen estudiar una "
         "medida similar.", "new_action"),
        # the proposal governs the act
        ("El gobierno de Kirguistán propone bloquear TikTok en todo el país.", "proposed_or_threatened"),
    ],
)  # fmt: skip
def test_a_proposal_word_counts_only_near_the_act_in_a_body_sentence(lead: str, label: str) -> None:
    assert_label("es", "Semana clave para TikTok", lead, label, published="2024-03-01")


@pytest.mark.parametrize(
    ("lang", "lead", "code"),
    [
        ("fr", "Le Royaume-Uni a, comme les États-Unis, le Canada et l'UE, interdit TikTok sur les téléphones des fonctionnaires.", "GB"),
        ("de", "Großbritannien hat wie die USA, Kanada und die EU TikTok auf Diensthandys verboten.", "GB"),
        # one place named before the act is still the one nearest the trigger
        ("fr", "Après les États-Unis, le Canada interdit TikTok sur les téléphones des fonctionnaires.", "CA"),
    ],
)
def test_the_subject_acts_not_the_places_it_is_compared_with(lang: str, lead: str, code: str) -> None:
    title = "TikTok et les téléphones officiels" if lang == "fr" else "TikTok und die Diensthandys"
    a = analyze_article(title, lead, "2024-03-01", language=lang)
    assert a.label == "new_action", a
    assert a.actions[0].jurisdiction == code


@pytest.mark.parametrize(
    ("lang", "title", "lead", "code"),
    [
        # a country in the headline, one of its states in the first sentence: that state acted
        ("de", "Noch ein US-Bundesstaat verbietet TikTok auf Diensthandys", "Der Gouverneur von Texas unterzeichnete die Anordnung.",
         "US-TX"),
        ("fr", "Un autre État américain interdit TikTok sur les téléphones officiels", "Le gouverneur du Texas a signé le décret mardi.",
         "US-TX"),
        # a named federal body keeps the act federal whatever state the lead recalls
        ("de", "USA: Kongress verbietet TikTok", "Montana hatte die App bereits im Mai verboten.", "US"),
    ],
)  # fmt: skip
def test_a_state_in_the_first_sentence_refines_a_country_headline(lang: str, title: str, lead: str, code: str) -> None:
    assert_new_action(lang, title, lead, code=code, published="2024-03-01")


def test_an_arabic_country_name_ends_where_its_word_ends() -> None:
    # "the finance ministry said in China and in France": "مالي" (Mali) is not read inside "المالية" (finance),
    # while the prefixes "ب" and "و" still attach to a name
    assert_places("ar", "قالت وزارة المالية في الصين وبفرنسا", ["CN", "FR"])


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        ("id", "Kabarkini.com, Jakarta - TikTok didenda 200 juta euro oleh regulator Irlandia karena melanggar aturan data pribadi."),
        ("id", "SURABAYA, Warta.id - Regulator Irlandia menjatuhkan denda 200 juta euro kepada TikTok pada Jumat."),
    ],
)
def test_the_dateline_city_is_not_who_acted(lang: str, lead: str) -> None:
    assert_new_action(lang, None, lead, code="IE", published="2025-05-02")


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        ("es", "Un tribunal de Lima multó el lunes a un tiktoker por difundir información falsa sobre una vacuna."),
        ("fr", "Un tiktokeur a été condamné à une amende par le tribunal de Nantes pour des vidéos trompeuses."),
    ],
)
def test_a_creator_called_tiktoker_is_not_the_platform(lang: str, lead: str) -> None:
    assert_no_new_action(lang, None, lead)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "es",
            "Multa millonaria a la red social china",
            "Por: Redacción Central\n\n14/02/2025 | 9:40 am\n\nImagen de archivo\n\n"
            "El regulador irlandés impuso una multa de 200 millones de euros a TikTok.",
        ),
        (
            "pl",
            "Kara dla chińskiej aplikacji",
            "Autor: Jan Kowalski\n\nPublikacja: 14.02.2025 09:40\n\nZdjęcie ilustracyjne\n\n"
            "Irlandzki regulator nałożył na TikToka karę w wysokości 200 mln euro.",
        ),
        (
            "tr",
            "Çin uygulamasına ağır ceza",
            "Ayşe Yılmaz\n\n14 Şubat 2025\n\n2 dk okuma\n\n"
            "İrlanda veri koruma kurumu TikTok'a 200 milyon euro para cezası verdi.",
        ),
    ],
)
def test_bylines_timestamps_and_credits_do_not_take_the_leads_places(lang: str, title: str, text: str) -> None:
    # the fourth line carries the news: the three lines above it are page furniture
    assert_new_action(lang, title, text, "fine_or_penalty", published="2025-02-14")


@pytest.mark.parametrize(
    ("lang", "line", "furniture"),
    [
        ("es", "Por: Redacción Central", True),
        ("pt", "Publicado 18/01/2025 12:28", True),
        ("ko", "사진=연합뉴스 제공", True),
        ("de", "Nepal verbietet TikTok", False),  # a short line with an act is a headline, not furniture
        ("fr", "Le gouvernement a tranché.", False),
    ],
)
def test_what_counts_as_furniture(lang: str, line: str, furniture: bool) -> None:
    from monitor.pack_engine import is_furniture
    from monitor.packs import load_pack

    assert is_furniture(load_pack(lang), line) is furniture


@pytest.mark.parametrize(
    ("lang", "lead", "label", "type_"),
    [
        # an act taken, then a penalty the company "may" face: the act is the news
        ("pt", "A Anatel ordenou nesta segunda-feira o bloqueio do TikTok em todo o país, e a empresa pode ser multada "
         "se não cumprir.", "new_action", "ban_national"),
        ("es", "El regulador ordenó el lunes el bloqueo de TikTok en todo el país, y la empresa podría ser multada.",
         "new_action", "ban_national"),
        ("fr", "L'Arcom a ordonné lundi le blocage de TikTok en Nouvelle-Calédonie, et la plateforme pourrait être "
         "sanctionnée.", "new_action", "ban_national"),
        # the same two acts, both only possible: still a proposal
        ("pt", "A Anatel pode ordenar o bloqueio do TikTok, e a empresa pode ser multada.", "proposed_or_threatened", None),
        ("es", "El regulador podría ordenar el bloqueo de TikTok, y la empresa podría ser multada.",
         "proposed_or_threatened", None),
    ],
)  # fmt: skip
def test_a_modal_qualifies_the_act_it_governs_not_an_earlier_one(lang: str, lead: str, label: str, type_: str | None) -> None:
    a = analyze_article(None, lead, "2024-05-10", language=lang)
    assert a.label == label, [(x.type, x.stage, x.evidence) for x in a.actions]
    if type_ is not None:
        assert a.actions[0].type == type_


@pytest.mark.parametrize(
    ("lang", "private", "public"),
    [
        ("nl", "Drie stichtingen hebben TikTok dinsdag voor de rechter gedaagd wegens privacyschendingen.",
         "De Autoriteit Consument & Markt heeft TikTok dinsdag voor de rechter gedaagd wegens misleiding."),
        ("es", "Una asociación de consumidores presentó el martes una demanda contra TikTok por el uso de datos.",
         "La Fiscalía presentó el martes una demanda contra TikTok por el uso de datos de menores."),
        ("de", "Eine Verbraucherstiftung hat am Dienstag Klage gegen TikTok eingereicht.",
         "Die Bundesregierung hat am Dienstag Klage gegen TikTok eingereicht."),
        ("fr", "Des familles ont assigné TikTok en justice mardi pour les contenus montrés à leurs enfants.",
         "Le gouvernement a assigné TikTok en justice mardi pour les contenus montrés aux enfants."),
        ("pt", "Uma associação de consumidores entrou com uma ação contra o TikTok nesta terça-feira.",
         "O Ministério Público entrou com uma ação contra o TikTok nesta terça-feira."),
        # the plaintiffs as a passive's agent, after the trigger
        ("fr", "Le réseau social TikTok a été assigné en justice mardi par sept familles.",
         "Le réseau social TikTok a été assigné en justice mardi par le gouvernement."),
        ("mk", "ТикТок беше тужен во вторник од страна на седум семејства.",
         "ТикТок беше тужен во вторник од страна на Владата на Северна Македонија."),
    ],
)  # fmt: skip
def test_a_suit_by_private_plaintiffs_is_no_government_act(lang: str, private: str, public: str) -> None:
    mine = analyze_article(None, private, "2025-10-07", language=lang)
    assert not mine.new_action, [(x.type, x.actor, x.evidence) for x in mine.actions]
    theirs = analyze_article(None, public, "2025-10-07", language=lang)
    assert theirs.new_action and theirs.actions[0].type == "lawsuit_by_government", theirs


def test_a_short_sentence_ended_by_a_danda_is_a_sentence_not_a_byline() -> None:
    from monitor.pack_engine import is_furniture
    from monitor.packs import load_pack

    assert not is_furniture(load_pack("hi"), "सरकार ने फैसला लिया।")
    assert is_furniture(load_pack("hi"), "नई दिल्ली ब्यूरो")


@pytest.mark.parametrize(
    ("lang", "title", "label"),
    [
        # an ellipsis before the question mark still asks: "ban..?", "ban…?"
        ("fr", "Interdiction de TikTok en Belgique..?", "proposed_or_threatened"),
        ("te", "తెలంగాణలో టిక్‌టాక్ బ్యాన్..?", "proposed_or_threatened"),
        ("de", "TikTok-Verbot jetzt auch in Belgien…?", "proposed_or_threatened"),
        # twins: the same headlines stated, and a question in another clause
        ("fr", "La Belgique interdit TikTok.", "new_action"),
        ("te", "తెలంగాణలో టిక్‌టాక్ బ్యాన్", "new_action"),
        ("de", "Belgien verbietet TikTok - was nun..?", "new_action"),
    ],
)
def test_a_headline_that_asks_with_an_ellipsis_asks(lang: str, title: str, label: str) -> None:
    lead = {"fr": "Le gouvernement a discuté lundi.", "de": "Die Regierung hat am Montag beraten.", "te": "ప్రభుత్వం సోమవారం చర్చించింది."}[lang]
    assert analyze_article(title, lead, "2024-03-01", language=lang).label == label


@pytest.mark.parametrize(
    ("lang", "title", "code"),
    [
        # the place a comparison names ("after the US", "like India") is not who acted
        ("tr", "ABD'nin ardından Kırgızistan da TikTok'u engelledi", "KG"),
        ("ja", "米国に続き、キルギスもTikTokを禁止", "KG"),
        ("ko", "미국에 이어 키르기스스탄도 틱톡 차단", "KG"),
        ("hi", "अमेरिका के बाद अब किर्गिस्तान ने भी टिकटॉक पर प्रतिबंध लगाया", "KG"),
        ("de", "Nach Indien verbietet nun auch Nepal TikTok", "NP"),
        ("ru", "Вслед за США Киргизия заблокировала TikTok", "KG"),
        ("nl", "Na de VS blokkeert ook Kirgizië TikTok", "KG"),
        ("zh", "继美国之后，吉尔吉斯斯坦也封禁TikTok", "KG"),
        ("vi", "Sau Mỹ, Kyrgyzstan cũng cấm TikTok", "KG"),
        # the subject before a comparison set off by commas still acts; so does the one after a fronted comparison
        ("es", "España, como Francia, prohíbe TikTok en los móviles oficiales", "ES"),
        ("fr", "Comme la France, la Belgique interdit TikTok sur les téléphones de service", "BE"),
        ("de", "Indien verbietet TikTok", "IN"),
        ("tr", "Kırgızistan TikTok'u engelledi", "KG"),
    ],
)
def test_a_place_named_in_a_comparison_does_not_act(lang: str, title: str, code: str) -> None:
    assert_new_action(lang, title, "", code=code, published="2024-04-20")


def test_cldr_names_with_a_dotted_capital_i_are_found() -> None:
    # Python lowers "İ" to "i" plus a combining dot; a country name starting with it must still be found
    from monitor.packs import load_pack

    assert load_pack("az").find_places("İsveç və İtaliya TikTok-u cərimələdi") == [(0, "SE"), (9, "IT")]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ar", "هل حظرت الأردن تيك توك؟"),  # Arabic-script question mark
        ("fa", "آیا عراق تیک تاک را ممنوع کرد؟"),
        ("el", "Απαγόρευσε η Κύπρος το TikTok\u037e"),  # Greek question mark
    ],
)
def test_a_headline_asked_in_any_script_reports_no_act(language: str, title: str) -> None:
    assert not analyze_article(title, "", "2024-03-01", None, language).new_action


@pytest.mark.parametrize(
    ("language", "title", "code"),
    [
        ("de", "Österreich verbietet Bundesbeamten die Nutzung von TikTok", "AT"),  # a compound names the staff
        ("cs", "Sněmovna zakázala TikTok na svých zařízeních", "CZ"),  # the chamber unqualified, its own devices
        ("uk", "Уряд Косова заборонив TikTok у державних установах", "XK"),  # Kosovo in the genitive
    ],
)
def test_device_bans_read_from_round_28s_wording(language: str, title: str, code: str) -> None:
    assert_new_action(language, title, "", "ban_government_devices", code)
