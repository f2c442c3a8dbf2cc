"""Azerbaijani pack: phrasings written for this file (headline, lead), not taken from any outlet.

Azerbaijani is agglutinative, so the cases turn on suffixes: TikTok in the accusative is sued
("TikTok-u məhkəməyə verdi"), in the nominative it sues; a verbal noun in -ma/-mə ("bloklanması")
is no negation; "ilə bağlı" (about) is no closing; "araşdırma" alone is a research study.
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_identified, assert_label, assert_new_action, assert_no_new_action

NEW = [
    # the State Security Service restricts the app in the country
    (
        "TikTok Azərbaycanda bloklandı",
        "Dövlət Təhlükəsizliyi Xidməti sosial şəbəkənin ölkə ərazisində fəaliyyətinin müvəqqəti məhdudlaşdırılmasına qərar verib.",
        "ban_national",
        "AZ",
    ),
    (
        "DTX TikTok-a girişi müvəqqəti məhdudlaşdırdı",
        "Qərar hərbi əməliyyatlarla bağlı yanlış məlumatların yayılmasının qarşısını almaq üçün verilib.",
        "ban_national",
        "AZ",
    ),
    ("TikTok-a qadağa qoyulub", "Azərbaycanda sosial şəbəkənin fəaliyyəti müvəqqəti məhdudlaşdırıldı.", "ban_national", "AZ"),
    (
        "TikTok-un fəaliyyəti müvəqqəti məhdudlaşdırıldı",
        "Qərar Dövlət Təhlükəsizliyi Xidmətinin vəsatəti əsasında qəbul edilib.",
        "ban_national",
        "AZ",
    ),
    ("Nepal TikTok-u qadağan etdi", "Hökumət qərarı sosial harmoniyanı qorumaq məqsədilə qəbul edib.", "ban_national", "NP"),
    (
        "Albaniya TikTok-u bir illik bloklayır",
        "Baş nazir Edi Rama qərarı məktəbdə baş vermiş qətldən sonra açıqlayıb.",
        "ban_national",
        "AL",
    ),
    (
        "Qırğızıstanda TikTok-a qadağa qoyuldu",
        "Nazirlik qərarı uşaqların psixi sağlamlığını qorumaq üçün verib.",
        "ban_national",
        "KG",
    ),
    (
        "Azərbaycan hökuməti dövlət qulluqçularının xidməti telefonlarında TikTok-u qadağan etdi",
        "Qərar dərhal qüvvəyə minir.",
        "ban_government_devices",
        "AZ",
    ),
    (
        "Britaniya hökumət telefonlarında TikTok-u qadağan edib",
        "Nazirlərə və məmurlara tətbiqi iş cihazlarından silmək tapşırılıb.",
        "ban_government_devices",
        "GB",
    ),
    (
        "Danimarka parlamenti deputatların telefonlarında TikTok-u qadağan etdi",
        "Qərar dərhal qüvvəyə minir.",
        "ban_government_devices",
        "DK",
    ),
    # a ban by a court's order is an act, not a court blocking one
    (
        "TikTok-u məhkəmə qərarı ilə bloklayıblar",
        "Bakı Şəhər Məhkəməsi platformanın fəaliyyətini dayandırıb.",
        "ban_national",
        "AZ",
    ),
    # a headline in capitals, the name in quotes, a dash before the body that acted
    (
        "“TikTok” Azərbaycanda BLOKLANDI – DTX məlumat yaydı",
        "“TikTok” sosial şəbəkəsinin ölkə ərazisində yayımlanması müvəqqəti dayandırılır.",
        "ban_national",
        "AZ",
    ),
    # a headline ban whose first sentence names the officials' phones
    (
        "Kanadada nazirlərin telefonlarında TikTok-a qadağa",
        "Qadağa dövlət qulluqçularının iş telefonlarına aiddir.",
        "ban_government_devices",
        "CA",
    ),
    (
        "İrlandiya tənzimləyicisi TikTok-u 530 milyon avro cərimələdi",
        "DPC platformanın Avropa istifadəçilərinin məlumatlarını Çinə ötürdüyünü müəyyən edib.",
        "fine_or_penalty",
        "IE",
    ),
    # a GDPR fine credited to "the EU" is the Irish regulator's
    (
        "Avropa İttifaqı TikTok-u 345 milyon avro cərimələdi",
        "Cərimə uşaqların şəxsi məlumatlarının qorunması ilə bağlıdır.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Audiovizual Şura TikTok-a 50 min manat cərimə tətbiq etdi",
        "Şura platformada qanunsuz reklam yayıldığını bildirib.",
        "fine_or_penalty",
        "AZ",
    ),
    (
        "Avropa Komissiyası TikTok-a qarşı rəsmi araşdırma başladı",
        "Brüssel platformanın Rəqəmsal Xidmətlər Aktını pozub-pozmadığını yoxlayacaq.",
        "investigation_opened",
        "EU",
    ),
    (
        "Azərbaycan Baş Prokurorluğu TikTok-da yayılan videolarla bağlı cinayət işi başladı",
        "İstintaq davam edir.",
        "investigation_opened",
        "AZ",
    ),
    (
        "Kanada TikTok-un ölkədəki ofislərinin bağlanmasını əmr etdi",
        "Ottava hökuməti milli təhlükəsizlik riskini əsas gətirib.",
        "business_wind_up_order",
        "CA",
    ),
    # TikTok in the accusative is the one sued
    (
        "Texas TikTok-u məhkəməyə verdi",
        "Ştatın baş prokuroru platformanı uşaqların məlumatlarını qorumamaqda ittiham edir.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "Florida baş prokuroru TikTok-a qarşı iddia qaldırdı",
        "Ştat platformanı uşaqları aldatmaqda günahlandırır.",
        "lawsuit_by_government",
        "US-FL",
    ),
    # sued in the passive by a ministry
    (
        "TikTok ABŞ Ədliyyə Nazirliyi tərəfindən məhkəməyə verildi",
        "İddia uşaqların məlumatlarının toplanması ilə bağlıdır.",
        "lawsuit_by_government",
        "US",
    ),
    (
        "Bayden TikTok-un satışını tələb edən qanunu imzaladı",
        "ABŞ prezidenti sənədi çərşənbə günü imzalayıb.",
        "law_enacted",
        "US",
    ),
    (
        "Milli Məclis uşaqların TikTok-dan istifadəsini məhdudlaşdıran qanunu qəbul etdi",
        "Qanun dərc olunduğu gündən qüvvəyə minəcək.",
        "law_enacted",
        "AZ",
    ),
    (
        "Prezident İlham Əliyev TikTok kimi platformaları tənzimləyən qanunu imzaladı",
        "Qanun rəsmi dərc olunduğu gündən qüvvəyə minir.",
        "law_enacted",
        "AZ",
    ),
    (
        "Tramp ByteDance-i TikTok-u satmağa məcbur edən sərəncam imzaladı",
        "Şirkətə 90 gün vaxt verilib.",
        "divestiture_order",
        "US",
    ),
    (
        "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi TikTok-a zərərli videoların silinməsini tələb edən göstəriş verdi",
        "Platforma bir həftə ərzində cavab verməlidir.",
        "regulatory_order",
        "AZ",
    ),
    (
        "Avropa Komissiyası TikTok-un reklam qaydalarını pozduğu qənaətinə gəlib",
        "Bu, Komissiyanın ilkin nəticəsidir.",
        "other",
        "EU",
    ),
]

NOT_NEW = [
    # proposals, threats, "could be banned", a demand, a conditional
    (
        "Milli Məclisdə TikTok-un qadağan edilməsi təklif olunub",
        "Deputatlar qanun layihəsini gələn ay müzakirə edəcək.",
        "proposed_or_threatened",
    ),
    ("Tramp TikTok-u qadağan etməklə hədələdi", "Prezident tətbiqin bloklanmasını nəzərdən keçirir.", "proposed_or_threatened"),
    ("TikTok ABŞ-da qadağan edilə bilər", "Konqres məsələni müzakirə edir.", "proposed_or_threatened"),
    ("Deputat: TikTok bağlanmalıdır", "Millət vəkili uşaqların təhlükəsizliyini əsas gətirib.", "proposed_or_threatened"),
    ("ABŞ TikTok satılmasa onu qadağan edəcək", "Ağ Ev şirkətə son müddət verib.", "proposed_or_threatened"),
    (
        "Avropa Komissiyası TikTok-a qarşı araşdırma başlamağı planlaşdırır",
        "Komissiya ilkin məlumatları təhlil edir.",
        "proposed_or_threatened",
    ),
    # lifted, delayed
    ("Azərbaycanda TikTok-a qoyulan qadağa götürüldü", "Sosial şəbəkəyə giriş bərpa olunub.", "not_action"),
    ("TikTok Azərbaycanda yenidən əlçatandır", "Sosial şəbəkəyə qoyulan məhdudiyyət aradan qaldırılıb.", "not_action"),
    ("ABŞ-da TikTok-un satışı üçün son müddət yenidən uzadıldı", "Tramp müvafiq fərman imzalayıb.", "not_action"),
    # another company's fine or block
    (
        "Avropa Komissiyası Meta-nı cərimələdi",
        "Facebook 800 milyon avro ödəyəcək. TikTok da diqqət mərkəzindədir.",
        "not_action",
    ),
    ("DTX Telegram-a girişi məhdudlaşdırdı", "TikTok isə hələlik əlçatandır.", "not_action"),
    # a past ban recalled
    (
        "TikTok yaradıcılar üçün yeni funksiya təqdim etdi",
        "2020-ci ildən Hindistanda qadağan olunan tətbiq böyüməyə davam edir.",
        "background_only",
    ),
    (
        "TikTok yeni funksiyanı sınaqdan keçirir",
        "Xatırladaq ki, TikTok-a giriş 2022-ci ilin sentyabrında məhdudlaşdırılmışdı.",
        "background_only",
    ),
    ("TikTok ötən il Nepalda qadağan edilmişdi", "Platforma indi yenidən əlçatandır.", "background_only"),
    # a court blocks the ban; TikTok goes to court (TikTok in the nominative sues)
    ("Məhkəmə Montanada TikTok qadağasını dayandırdı", "Federal hakim qanunun qüvvəyə minməsini blokladı.", "court_blocks_action"),
    (
        "TikTok Montana qadağasına görə məhkəməyə müraciət etdi",
        "Şirkət qanunu federal məhkəmədə mübahisələndirir.",
        "tiktok_challenges_action",
    ),
    (
        "TikTok ABŞ hökumətini məhkəməyə verdi",
        "Şirkət satış qanununu konstitusiyaya zidd hesab edir.",
        "tiktok_challenges_action",
    ),
    # negation, TikTok's own steps, private plaintiffs
    ("Hökumət TikTok-u qadağan etməyəcək", "Nazir bildirib ki, heç bir qadağa nəzərdə tutulmur.", "not_action"),
    ("Mədəniyyət Nazirliyi: TikTok-u qadağan etmək fikrimiz yoxdur", "Nazirlik açıqlama yayıb.", "not_action"),
    ("Azərbaycan TikTok-u bloklamayacağını açıqladı", "Nazirlik bu barədə məlumat yayıb.", "not_action"),
    ("TikTok seçkidən əvvəl minlərlə saxta hesabı blokladı", "Şirkət bu barədə hesabatında məlumat verib.", "not_action"),
    ("TikTok Rusiyada fəaliyyətini dayandırdı", "Şirkət yeni qanunu səbəb göstərib.", "not_action"),
    ("Valideynlər TikTok-u məhkəməyə verdi", "Ailələr platformanın uşaqlara zərər verdiyini iddia edirlər.", "not_action"),
    # TikTok's own limits for young users, its own exit
    ("TikTok 16 yaşdan kiçiklər üçün yaş məhdudiyyəti tətbiq etdi", "Yeni qayda bütün ölkələrdə qüvvədədir.", "not_action"),
    ("TikTok yeniyetmələr üçün canlı yayımları məhdudlaşdırdı", "Qərar şirkətin bloqunda açıqlanıb.", "not_action"),
    # "about TikTok", a research study, an explainer, a poll
    ("Nazirlikdən TikTok ilə bağlı açıqlama", "Nazirlik sosial şəbəkə ilə bağlı bəzi iddiaları təkzib edib.", "not_action"),
    ("Yeni araşdırma: TikTok yeniyetmələrin yuxusuna təsir edir", "Alimlər 2 min yeniyetməni sorğulayıb.", "not_action"),
    ("Sorğu: azərbaycanlıların yarısı TikTok-un qadağan edilməsini dəstəkləyir", "Sorğuda min nəfər iştirak edib.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("az", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("az", title, text, label)


def test_explainer_of_countries_is_no_new_act() -> None:
    assert_no_new_action("az", "TikTok hansı ölkələrdə qadağandır? – Siyahı", "Dünyanın 19 ölkəsində TikTok-a qadağa qoyulub.")


def test_supreme_court_upholding_the_ban_is_an_act() -> None:
    assert_new_action(
        "az",
        "ABŞ Ali Məhkəməsi TikTok-u qadağan edən qanunu qüvvədə saxladı",
        "Şirkətin şikayəti rədd edilib.",
        code="US",
        published="2025-01-17",
    )


def test_verbal_noun_is_no_negation() -> None:
    # "bloklanmasına qərar verib" (decided on its blocking) is an act, not "was not blocked"
    assert_new_action("az", None, "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi TikTok-un bloklanmasına qərar verib.", "ban_national", "AZ")


def test_sentence_is_identified_as_azerbaijani() -> None:
    assert_identified("az", "TikTok Azərbaycanda bloklandı", "Dövlət Təhlükəsizliyi Xidməti qərar verib.")


def test_city_executive_authority_bans_on_its_own_devices() -> None:
    a = analyze_article(
        "Gəncə Şəhər İcra Hakimiyyəti işçilərinə TikTok-dan istifadəni qadağan etdi",
        "Qərar dərhal qüvvəyə minib.",
        "2025-03-01",
        None,
        "az",
    )
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_government_devices", "AZ")
    assert "Gəncə" in a.actions[0].actor


def test_banned_content_is_no_ban_but_a_fine_over_it_is_a_fine() -> None:
    a = analyze_article(
        "TikTok-da qadağan olunmuş kontent yayılır", "Ekspertlər valideynləri ehtiyatlı olmağa çağırır.", "2025-03-01", None, "az"
    )
    assert a.label != "new_action", (a.label, a.actions)
    b = analyze_article(
        "Rusiyada TikTok qadağan olunmuş kontenti silmədiyi üçün cərimələndi",
        "Məhkəmə platformaya 3 milyon rubl cərimə kəsib.",
        "2025-03-01",
        None,
        "az",
    )
    assert b.label == "new_action", (b.label, b.actions)
    assert (b.actions[0].type, b.actions[0].jurisdiction) == ("fine_or_penalty", "RU")
