"""Uzbek pack: phrasings written for this file (headline, lead), not taken from any outlet.

Uzbek news is written in Latin script, and by some outlets still in Cyrillic; the cases use both. The
Latin oʻ and gʻ come with ʻ, ‘ or ' (or none), and Cyrillic text often drops ў қ ғ ҳ. Uzbek is
agglutinative, so the cases turn on suffixes: TikTok in the accusative is sued ("Texas TikTok’ni sudga
berdi"), TikTok before a space sues ("TikTok ... sudga berdi"); the verbal noun in -sh ("bloklash") is no
negation, the finite negative is ("bloklamadi", "taqiqlangani yo‘q"); "-moqchi" is an intention.
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import (
    assert_identified,
    assert_label,
    assert_new_action,
    assert_no_new_action,
    assert_places,
    assert_py3langid_says,
    assert_sentences,
    assert_twins,
    load_word_pack,
)

NEW = [
    # Uzbekistan's own regulators, in both scripts
    (
        "O‘zbekistonda TikTok bloklandi",
        "O‘zkomnazorat ijtimoiy tarmoqqa kirishni vaqtincha chekladi.",
        "ban_national",
        "UZ",
    ),
    (
        "O‘zkomnazorat TikTok’ga kirishni cheklab qo‘ydi",
        "Cheklov shaxsga doir ma’lumotlar to‘g‘risidagi qonun talablari bajarilmagani sababli joriy etildi.",
        "ban_national",
        "UZ",
    ),
    ("Ўзбекистонда TikTok’га кириш чекланди", "Киберхавфсизлик маркази провайдерларга тегишли кўрсатма юборди.", "ban_national", "UZ"),
    ("Kiberxavfsizlik markazi TikTok’ni blokladi", "Markaz internet provayderlariga xat yubordi.", "ban_national", "UZ"),
    # apostrophes typed the other way, or left out
    ("Oʻzkomnazorat TikTok'ga kirishni cheklab qoʻydi", "Inspeksiya provayderlarga ko'rsatma berdi.", "ban_national", "UZ"),
    # Cyrillic typed without ў, қ, ғ, ҳ
    ("Узбекистонда TikTok такикланди", "Киберхавфсизлик маркази провайдерларга курсатма берди.", "ban_national", "UZ"),
    # a line with no headline: the named body in the first sentence acts
    (None, "Raqamli texnologiyalar vazirligi TikTok’ni bloklash to‘g‘risida qaror qabul qildi.", "ban_national", "UZ"),
    # the neighbours
    (
        "Qirg‘iziston TikTok’ni taqiqladi",
        "Madaniyat, axborot, sport va yoshlar siyosati vazirligi qarori bolalar salomatligini himoya qilish maqsadida qabul qilindi.",
        "ban_national",
        "KG",
    ),
    (
        "Қирғизистонда TikTok блокланди",
        "Давлат миллий хавфсизлик қўмитаси хати асосида провайдерларга кўрсатма берилди.",
        "ban_national",
        "KG",
    ),
    ("Qirg‘izistonda TikTok taqiqi kuchga kirdi", "Provayderlar platformaga kirishni cheklashdi.", "ban_national", "KG"),
    ("Texnologiya yangiliklari", "Tojikiston hukumati TikTok’ni bloklab qo‘ydi.", "ban_national", "TJ"),
    # "after Kazakhstan" is a comparison: Tajikistan acts
    ("Qozog‘iston ortidan Tojikiston ham TikTok’ni blokladi", "Dushanbe qarorini dushanba kuni e’lon qildi.", "ban_national", "TJ"),
    # further afield
    ("Nepal TikTok’ni taqiqladi", "Hukumat qarori ijtimoiy totuvlikni saqlash maqsadida qabul qilindi.", "ban_national", "NP"),
    (
        "Albaniya TikTok’ni bir yilga taqiqladi",
        "Bosh vazir Edi Rama qarorni maktabdagi janjaldan keyin e’lon qildi.",
        "ban_national",
        "AL",
    ),
    ("Albaniya TikTok’ni bir yilga to‘xtatdi", "Hukumat TikTok’ni butun mamlakatda to‘xtatdi.", "ban_national", "AL"),
    ("Pokiston TikTok faoliyatini vaqtincha to‘xtatdi", "", "ban_national", "PK"),
    ("Amerika Qo‘shma Shtatlari TikTok’ni taqiqladi", "", "ban_national", "US"),
    ("Montana shtati TikTok’ni taqiqladi", "Gubernator Gianforte qonunni imzoladi.", "ban_regional", "US-MT"),
    ("Монтана штати TikTok’ни тақиқлади", "Губернатор Жианфорте қонунни имзолади.", "ban_regional", "US-MT"),
    # bans on officials' phones
    (
        "Buyuk Britaniya hukumat telefonlarida TikTok’ni taqiqladi",
        "Vazirlar va davlat xizmatchilari ilovani xizmat qurilmalaridan o‘chirishi kerak.",
        "ban_government_devices",
        "GB",
    ),
    ("Kanada davlat qurilmalarida TikTok’dan foydalanishni taqiqladi", "", "ban_government_devices", "CA"),
    ("AQShdan keyin Kanada ham TikTok’ni davlat qurilmalarida taqiqladi", "", "ban_government_devices", "CA"),
    (
        "Daniya parlamenti deputatlarning xizmat telefonlarida TikTok’ni taqiqladi",
        "Qaror darhol kuchga kiradi.",
        "ban_government_devices",
        "DK",
    ),
    (
        "Канада ҳукумати давлат хизматчиларининг телефонларида TikTok’ни тақиқлади",
        "Қарор дарҳол кучга киради.",
        "ban_government_devices",
        "CA",
    ),
    # fines
    (
        "Irlandiya regulyatori TikTok’ga 530 million yevro jarima soldi",
        "DPC platforma yevropalik foydalanuvchilar ma’lumotlarini Xitoyga uzatganini aniqladi.",
        "fine_or_penalty",
        "IE",
    ),
    # a GDPR fine credited to "the EU" is the Irish regulator's
    (
        "Yevropa Ittifoqi TikTok’ni 345 million yevro jarimaga tortdi",
        "Jarima bolalarning shaxsiy ma’lumotlarini himoya qilish bilan bog‘liq.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Britaniya regulyatori TikTok’ni 12,7 million funt sterling jarimaga tortdi",
        "Axborot komissari idorasi platforma bolalar ma’lumotlaridan ruxsatsiz foydalanganini aniqladi.",
        "fine_or_penalty",
        "GB",
    ),
    (
        "Роскомнадзор TikTok’га 3 миллион рубль жарима солди",
        "Платформа тақиқланган контентни ўчирмагани учун жазоланди.",
        "fine_or_penalty",
        "RU",
    ),
    (
        "Raqobat qo‘mitasi TikTok’ni reklama qoidalarini buzgani uchun jarimaga tortdi",
        "Qo‘mita platformaga 500 million so‘m miqdorida jarima soldi.",
        "fine_or_penalty",
        "UZ",
    ),
    ("Fransuz regulyatori TikTok’ni jarimaga tortdi", "Jarima cookie-fayllar bilan bog‘liq.", "fine_or_penalty", "FR"),
    # a negative participle giving the reason is no negation of the fine
    (
        "Italiya regulyatori TikTok’ni bolalarga kirishni cheklamagani uchun jarimaga tortdi",
        "AGCM platformaga 10 million yevro jarima soldi.",
        "fine_or_penalty",
        "IT",
    ),
    # investigations
    (
        "Yevropa Komissiyasi TikTok’ga qarshi rasmiy tekshiruv boshladi",
        "Bryussel platforma Raqamli xizmatlar to‘g‘risidagi qonunni buzgan-buzmaganini tekshiradi.",
        "investigation_opened",
        "EU",
    ),
    (
        "Еврокомиссия TikTok’га қарши текширув бошлади",
        "Комиссия платформанинг болаларни ҳимоя қилиш чораларини ўрганади.",
        "investigation_opened",
        "EU",
    ),
    (
        "Bosh prokuratura TikTok’ga nisbatan tekshiruv boshladi",
        "Prokurorlar platforma bolalar xavfsizligini ta’minlamaganini o‘rganmoqda.",
        "investigation_opened",
        "UZ",
    ),
    # wind-up, suits, laws, sale, orders, findings
    (
        "Kanada TikTok’ga mamlakatdagi ofislarini yopishni buyurdi",
        "Ottava milliy xavfsizlik xavfini sabab qilib ko‘rsatdi.",
        "business_wind_up_order",
        "CA",
    ),
    # TikTok in the accusative is the one sued
    (
        "Texas TikTok’ni sudga berdi",
        "Shtat bosh prokurori platformani bolalar ma’lumotlarini himoya qilmaganlikda ayblamoqda.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "Florida bosh prokurori TikTok’ga qarshi da’vo arizasi berdi",
        "Shtat platformani ota-onalarni chalg‘itishda ayblaydi.",
        "lawsuit_by_government",
        "US-FL",
    ),
    # sued in the passive by a ministry
    (
        "TikTok AQSh Adliya vazirligi tomonidan sudga berildi",
        "Da’vo bolalar ma’lumotlarini yig‘ish bilan bog‘liq.",
        "lawsuit_by_government",
        "US",
    ),
    ("Юта штати TikTok’ни судга берди", "Штат платформани болаларга зарар етказишда айблайди.", "lawsuit_by_government", "US-UT"),
    (
        "Bayden TikTok’ni sotishni talab qiluvchi qonunni imzoladi",
        "AQSh prezidenti hujjatni chorshanba kuni imzoladi.",
        "law_enacted",
        "US",
    ),
    (
        "Mirziyoyev TikTok kabi platformalarni tartibga soluvchi qonunni imzoladi",
        "Qonun rasmiy e’lon qilingan kundan kuchga kiradi.",
        "law_enacted",
        "UZ",
    ),
    (
        "Олий Мажлис Сенати болаларнинг TikTok’дан фойдаланишини чекловчи қонунни маъқуллади",
        "Қонун президент имзосидан сўнг кучга киради.",
        "law_enacted",
        "UZ",
    ),
    (
        "Tramp ByteDance’ni TikTok’ni sotishga majburlovchi farmon imzoladi",
        "Kompaniyaga 90 kun muddat berildi.",
        "divestiture_order",
        "US",
    ),
    ("АҚШ ByteDance’ни TikTok’ни сотишга мажбурлади", "", "divestiture_order", "US"),
    (
        "Raqamli texnologiyalar vazirligi TikTok’ga mahalliy serverlarda ma’lumot saqlash majburiyatini yukladi",
        "Platformaga uch oy muddat berildi.",
        "regulatory_order",
        "UZ",
    ),
    (
        "Yevropa Komissiyasi TikTok reklama qoidalarini buzgan degan dastlabki xulosaga keldi",
        "Bu Komissiyaning dastlabki baholashi.",
        "other",
        "EU",
    ),
    (
        "Yevropa Komissiyasi TikTok’ni DSA qoidalarini buzishda aybladi",
        "Bryussel dastlabki xulosaga ko‘ra, platforma reklama qoidalariga rioya qilmayapti.",
        "other",
        "EU",
    ),
    # entered in the register of personal-data offenders, which restricts access in Uzbekistan
    (
        "TikTok shaxsga doir ma’lumotlar sub’yektlari huquqlarini buzuvchilar reyestriga kiritildi",
        "Qaror O‘zkomnazorat tomonidan qabul qilindi.",
        "other",
        "UZ",
    ),
    # a court ordering the ban is an act, not a court blocking one
    ("Sud qarori bilan TikTok bloklandi", "Toshkent shahar sudi platformaga kirishni cheklashni buyurdi.", "ban_national", "UZ"),
    (
        "Pokiston sudi TikTok’ni taqiqladi",
        "Peshovar oliy sudi telekommunikatsiya boshqarmasiga ilovani bloklashni buyurdi.",
        "ban_national",
        "PK",
    ),
    # a dateline and an outlet's name before the news
    ("Kun.uz: O‘zkomnazorat TikTok’ni yana blokladi", "Inspeksiya provayderlarga ko‘rsatma berdi.", "ban_national", "UZ"),
    (None, "TOShKENT, 2 fev — Sputnik. Kiberxavfsizlik markazi TikTok’ga kirishni chekladi.", "ban_national", "UZ"),
]

NOT_NEW = [
    # proposals: a party's demand, a threat, "may be banned", a jussive, a conditional, an intention
    (
        "Deputatlar TikTok’ni bloklashni taklif qildi",
        "Qonunchilik palatasida tegishli masala muhokama qilinmoqda.",
        "proposed_or_threatened",
    ),
    (
        "“Adolat” partiyasi TikTok’ni butunlay taqiqlashni talab qildi",
        "Partiya bayonoti matbuot xizmati orqali tarqatildi.",
        "proposed_or_threatened",
    ),
    # "Milliy tiklanish" (a party's name) restores nothing
    ("“Milliy tiklanish” partiyasi TikTok’ni bloklashni taklif qildi", "Partiya bayonot tarqatdi.", "proposed_or_threatened"),
    ("Tramp TikTok’ni taqiqlash bilan tahdid qildi", "Prezident ilovani bloklash masalasini ko‘rib chiqmoqda.", "proposed_or_threatened"),
    ("TikTok AQShda taqiqlanishi mumkin", "Kongress masalani muhokama qilmoqda.", "proposed_or_threatened"),
    ("Deputat: TikTok yopilsin", "Xalq noibi yoshlar xavfsizligini sabab qilib keltirdi.", "proposed_or_threatened"),
    ("AQSh TikTok sotilmasa, uni taqiqlaydi", "Oq uy kompaniyaga oxirgi muddat berdi.", "proposed_or_threatened"),
    ("Hukumat TikTok’ni taqiqlamoqchi", "Vazir bu haqda parlamentda ma’lum qildi.", "proposed_or_threatened"),
    ("Qozog‘iston TikTok’ni bloklashni rejalashtirmoqda", "Vazirlik qo‘shni davlatlar tajribasini o‘rganmoqda.", "proposed_or_threatened"),
    (
        "Qozog‘iston TikTok’ga kirishni cheklash masalasini o‘rganmoqda",
        "Madaniyat va axborot vaziri qo‘shni davlatlar tajribasini o‘rganishlarini aytdi.",
        "proposed_or_threatened",
    ),
    ("Ҳукумат TikTok’ни тақиқлашга тайёрланмоқда", "Вазирлик тегишли қарор лойиҳасини ишлаб чиқмоқда.", "proposed_or_threatened"),
    (
        "Senatorlar TikTok’ni taqiqlovchi qonun loyihasini taqdim etdi",
        "Loyiha mualliflari ilova josuslik qilishi mumkin deb hisoblaydi.",
        "proposed_or_threatened",
    ),
    (
        "Vakillar palatasi TikTok’ni taqiqlash to‘g‘risidagi qonun loyihasini qabul qildi",
        "Hujjat endi Senatga yuboriladi.",
        "proposed_or_threatened",
    ),
    # a petition, a request to the cabinet
    (
        "TikTok’ni taqiqlash uchun imzo to‘plash boshlandi",
        "Tashabbuskorlar hukumatdan ilovani bloklashni so‘ramoqda.",
        "proposed_or_threatened",
    ),
    (
        "Vazir hukumatdan TikTok’ni taqiqlashni so‘radi",
        "Taklif Vazirlar Mahkamasining navbatdagi yig‘ilishida ko‘rib chiqiladi.",
        "proposed_or_threatened",
    ),
    # lifted, delayed, dropped, refused, not enforced
    ("O‘zbekistonda TikTok blokdan chiqarildi", "Ijtimoiy tarmoqqa kirish qayta tiklandi.", "not_action"),
    ("Hindiston TikTok’ga qo‘yilgan taqiqni bekor qildi", "Ilova mamlakatda yana ishlay boshladi.", "not_action"),
    ("Tramp TikTok taqiqini 75 kunga kechiktirdi", "Prezident tegishli farmonni imzoladi.", "not_action"),
    ("Қирғизистонда TikTok’га қўйилган тақиқ олиб ташланди", "Ижтимоий тармоқ яна ишлай бошлади.", "not_action"),
    ("Twitter va TikTok tez orada blokdan chiqarilishi mumkin", "AKT vazirligi vakili bu ma’lumotni tasdiqladi.", "not_action"),
    ("Qirg‘iziston TikTok blokini olib tashlashi mumkin", "Vazir o‘rinbosari taqiqni qayta ko‘rib chiqishni taklif qildi.", "not_action"),
    ("Hukumat davlat xizmatchilari uchun TikTok’ni taqiqlashdan bosh tortdi", "Texnik tahlil hech qanday xavf ko‘rsatmadi.", "not_action"),
    ("Hukumat TikTok taqiqidan voz kechdi", "Platformaga kirish dushanbadan tiklanadi.", "not_action"),
    ("Hukumat TikTok taqiqini ijro etmaslikka qaror qildi", "Vazirlik bu haqda bayonot berdi.", "not_action"),
    # an act against another company
    ("Yevropa Komissiyasi Meta’ni jarimaga tortdi", "Facebook 800 million yevro to‘laydi. TikTok ham kuzatuv ostida.", "not_action"),
    ("O‘zkomnazorat Telegram’ga kirishni chekladi", "TikTok esa hozircha ishlamoqda.", "not_action"),
    # a past ban recalled, a trend of bans, a restriction still in force
    (
        "TikTok ijodkorlar uchun yangi funksiyani taqdim etdi",
        "2020 yildan beri Hindistonda taqiqlangan ilova o‘sishda davom etmoqda.",
        "background_only",
    ),
    (
        "TikTok yangi funksiyani sinovdan o‘tkazmoqda",
        "Eslatib o‘tamiz, O‘zbekistonda TikTok’dan foydalanish 2021 yil iyulida cheklangan edi.",
        "background_only",
    ),
    ("TikTok o‘tgan yili Nepalda taqiqlangan edi", "Platforma hozir yana ishlamoqda.", "background_only"),
    (
        "TikTok kompaniyasi soliq organlarida ro‘yxatga olindi",
        "Ijtimoiy tarmoqqa kirish 2021 yil yozidan buyon mamlakatda cheklangan.",
        "background_only",
    ),
    ("O‘zbekistonda TikTok’ga qo‘yilgan cheklov hamon amalda", "Ilovadan faqat VPN orqali foydalanish mumkin.", "background_only"),
    (
        None,
        "Tobora ko‘proq davlatlar TikTok’ni xizmat telefonlarida taqiqlamoqda. Ekspertlarning fikri ikkiga bo‘lingan.",
        "background_only",
    ),
    (
        None,
        "Тобора кўпроқ давлатлар TikTok’ни хизмат телефонларида тақиқламоқда. Экспертлар фикри иккига бўлинган.",
        "background_only",
    ),
    # a court blocks the ban
    ("Sud Montanadagi TikTok taqiqini to‘xtatib qo‘ydi", "Federal sudya qonunning kuchga kirishini blokladi.", "court_blocks_action"),
    ("АҚШ суди TikTok тақиқини музлатди", "Судья қонун конституцияга зид бўлиши мумкинлигини айтди.", "court_blocks_action"),
    # TikTok goes to court (TikTok before a space sues)
    ("TikTok Vashington ma’muriyatini sudga berdi", "Kompaniya qonunni Konstitutsiyaga zid deb hisoblaydi.", "tiktok_challenges_action"),
    ("TikTok Montana taqiqi ustidan sudga murojaat qildi", "Kompaniya qonunni federal sudda e’tiroz qilmoqda.", "tiktok_challenges_action"),
    (
        "TikTok Montanadagi taqiqqa qarshi da’vo qo‘zg‘atdi",
        "Kompaniya qonun konstitutsiyani buzadi, deb hisoblaydi.",
        "tiktok_challenges_action",
    ),
    (
        "ByteDance Yevrokomissiya qaroriga qarshi apellyatsiya berdi",
        "Kompaniya shikoyatni Lyuksemburgdagi sudga topshirdi.",
        "tiktok_challenges_action",
    ),
    ("TikTok jarima ustidan shikoyat qildi", "Kompaniya Irlandiya regulyatori qarorini sudda bahslashmoqchi.", "tiktok_challenges_action"),
    # negation: the finite negatives, "no intention", "has not been"
    ("Hukumat TikTok’ni taqiqlamaydi", "Vazir hech qanday taqiq rejalashtirilmaganini aytdi.", "not_action"),
    ("Vazirlik: TikTok’ni bloklash niyatimiz yo‘q", "Vazirlik bayonot tarqatdi.", "not_action"),
    ("Ўзбекистон TikTok’ни блокламади", "Вазирлик бу ҳақдаги хабарларни рад этди.", "not_action"),
    ("Qozog‘iston TikTok’ni bloklashni rejalashtirmayapti", "Vazir o‘rinbosari bu masala kun tartibida emasligini aytdi.", "not_action"),
    # TikTok's own steps, private plaintiffs, users punished
    ("TikTok saylovdan oldin minglab soxta akkauntlarni blokladi", "Kompaniya bu haqda hisobotida ma’lum qildi.", "not_action"),
    ("TikTok Rossiyada faoliyatini to‘xtatdi", "Kompaniya yangi qonunni sabab qilib ko‘rsatdi.", "not_action"),
    ("TikTok 16 yoshgacha bo‘lganlar uchun yosh cheklovini joriy etdi", "Yangi qoida barcha mamlakatlarda amal qiladi.", "not_action"),
    ("Ota-onalar TikTok’ni sudga berdi", "Oilalar platforma bolalarga zarar yetkazganini da’vo qilmoqda.", "not_action"),
    ("Politsiya TikTok’da xavfli video joylagan blogerni jarimaga tortdi", "", "not_action"),
    ("Toshkentda TikTok’dagi video uchun blogerga nisbatan jinoyat ishi qo‘zg‘atildi", "", "not_action"),
    # research, polls, losing users
    ("Yangi tadqiqot: TikTok o‘smirlar uyqusiga ta’sir qiladi", "Olimlar 2 ming o‘smirni so‘rovdan o‘tkazdi.", "not_action"),
    (
        "So‘rovnoma: o‘zbekistonliklarning yarmi TikTok taqiqlanishini qo‘llab-quvvatlaydi",
        "So‘rovda ming kishi ishtirok etdi.",
        "not_action",
    ),
    ("TikTok O‘zbekistonda foydalanuvchilarini yo‘qotmoqda", "Yoshlar boshqa ilovalarga o‘tmoqda.", "not_action"),
    # an unnamed step in a body sentence under a neutral headline
    ("Texnologiya yangiliklari", "TikTok ilovasi bir necha kunga bloklandi.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action("uz", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str | None, text: str, label: str) -> None:
    assert_label("uz", title, text, label)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # an explainer, a list, talk about a ban: no new act, whatever else
        ("TikTok qaysi davlatlarda taqiqlangan? – Ro‘yxat", "Dunyoning 20 ga yaqin davlatida TikTok’ga cheklov qo‘yilgan."),
        ("TikTok’ni taqiqlash: kim nima deydi?", "Ekspertlar fikrlari turlicha."),
        ("Вазир TikTok’ни тақиқлаш ҳақида фикр билдирди", ""),
        ("Трамп TikTok’ни АҚШда сақлаб қолишга ҳаракат қилади", "Сиёсатчи бу ҳақда анжуманда гапирди."),
        ("Xitoy TikTok’ning AQShga sotilishiga qarshi chiqdi", "Pekin algoritm eksportini cheklaydi."),
    ],
)
def test_explainers_and_talk_are_no_new_act(title: str, text: str) -> None:
    assert_no_new_action("uz", title, text)


@pytest.mark.parametrize(
    ("negative", "positive", "code"),
    [
        ("Hukumat TikTok’ni taqiqlamoqchi", "Hukumat TikTok’ni taqiqladi", None),  # -moqchi: an intention
        ("Qirg‘iziston TikTok’ni taqiqlamadi", "Qirg‘iziston TikTok’ni taqiqladi", "KG"),  # -ma-: the negative
        ("O‘zbekiston TikTok’ni blokdan chiqardi", "O‘zbekiston TikTok’ni blokladi", "UZ"),  # out of the block: lifted
        ("TikTok Texasni sudga berdi", "Texas TikTok’ni sudga berdi", "US-TX"),  # who is in the accusative
        ("Тожикистон TikTok’ни блоклаши мумкин", "Тожикистон TikTok’ни блоклади", "TJ"),  # мумкин: may
        ("Yuzlab TikTok akkauntlari bloklandi", "Qozog‘iston TikTok ilovasini blokladi", "KZ"),  # accounts, not the app
        ("Nepal TikTok taqiqini uzaytirdi", "Nepal TikTok’ni taqiqladi", "NP"),  # a ban extended is not new
    ],
)
def test_twins(negative: str, positive: str, code: str | None) -> None:
    assert_twins("uz", negative, positive, code)


def test_supreme_court_upholding_the_ban_is_an_act() -> None:
    assert_new_action(
        "uz",
        "AQSh Oliy sudi TikTok’ni taqiqlovchi qonunni kuchda qoldirdi",
        "Kompaniyaning shikoyati rad etildi.",
        code="US",
        stage="upheld",
        published="2025-01-17",
    )


def test_a_lost_court_case_is_the_act_upheld() -> None:
    assert_new_action(
        "uz",
        "TikTok Yevropa Komissiyasiga qarshi sudda yutqazdi",
        "Yevropa Ittifoqi sudi Komissiya qarorini qonuniy deb topdi.",
        None,
        "EU",
    )
    assert_new_action("uz", "ByteDance Еврокомиссияга қарши судда ютқазди", "ЕИ суди компания шикоятини рад этди.", None, "EU")


def test_a_court_refusing_to_stop_the_ban_upholds_it() -> None:
    # "taqiqni to‘xtatish" (stopping the ban) is what was asked, and refused: no court block
    assert_new_action(
        "uz", "Sud TikTok’ning taqiqni to‘xtatish haqidagi iltimosini rad etdi", "Taqiq yakshanbadan kuchga kiradi.", stage="upheld"
    )


def test_a_city_administration_bans_on_its_own_devices() -> None:
    a = analyze_article(
        "Toshkent shahar hokimligi xodimlariga TikTok’dan foydalanishni taqiqladi", "Qaror darhol kuchga kirdi.", "2025-03-01", None, "uz"
    )
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("ban_government_devices", "UZ")
    assert "Toshkent" in a.actions[0].actor


def test_a_ministry_banning_its_own_staff_bans_on_its_devices() -> None:
    assert_new_action(
        "uz", "Vazirlik o‘z xodimlariga TikTok’dan foydalanishni taqiqladi", "Buyruq darhol kuchga kirdi.", "ban_government_devices"
    )


def test_banned_content_is_no_ban_but_a_fine_over_it_is_a_fine() -> None:
    assert_no_new_action("uz", "TikTok’da taqiqlangan kontent tarqalmoqda", "Mutaxassislar ota-onalarni ehtiyot bo‘lishga chaqirdi.")
    assert_new_action(
        "uz",
        "Rossiyada TikTok taqiqlangan kontentni o‘chirmagani uchun jarimaga tortildi",
        "Sud platformaga 3 million rubl jarima soldi.",
        "fine_or_penalty",
        "RU",
    )


def test_places_in_both_scripts_and_with_case_endings() -> None:
    assert_places("uz", "O‘zbekistonda, Qirgʻiziston bilan, Qozog'istonning", ["UZ", "KG", "KZ"])
    assert_places("uz", "Ўзбекистонда ва Қирғизистонда, Хитойлик", ["UZ", "KG", "CN"])
    assert_places("uz", "Xitoyda, Hindistonning, Iroqqa, AQShdagi", ["CN", "IN", "IQ", "US"])
    # "Malika" (a name) is not Mali, "Hind ummoni" (the Indian Ocean) not Oman, "yutadi" (wins) not Utah,
    # "dushanba" (Monday) not Dushanbe
    assert_places("uz", "Malika Hind ummoni haqida yozdi, jamoa yutadi, dushanba kuni", [])


def test_word_matching_is_the_pack_mode() -> None:
    assert load_word_pack("uz").find_places("Niger va Nigeriya") == [(0, "NE"), (9, "NG")]


def test_abbreviations_do_not_end_a_sentence() -> None:
    assert_sentences(
        "uz",
        "O‘zbekistonda 2021 y. iyulda TikTok cheklandi. Jarima 5 mln. so‘mni tashkil etdi.",
        ["O‘zbekistonda 2021 y. iyulda TikTok cheklandi.", "Jarima 5 mln. so‘mni tashkil etdi."],
    )


def test_sentence_is_identified_as_uzbek_in_both_scripts() -> None:
    assert_identified("uz", "O‘zbekistonda TikTok bloklandi", "O‘zkomnazorat ijtimoiy tarmoqqa kirishni vaqtincha chekladi.")
    assert_identified("uz", "Ўзбекистонда TikTok блокланди", "Ўзкомназорат ижтимоий тармоққа киришни вақтинча чеклади.")
    assert_py3langid_says("uz", "Vazirlik ijtimoiy tarmoqdan foydalanishni cheklash to‘g‘risida qaror qabul qildi.")
