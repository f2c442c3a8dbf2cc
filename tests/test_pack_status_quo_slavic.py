"""Four more hard negatives every pack of the Slavic group (with Greek and Albanian) must read as the English engine does.

For Russian, Ukrainian, Polish, Czech, Slovak, Slovenian, Croatian, Serbian, Bulgarian, Macedonian, Greek and
Albanian, phrased for the project in each language's news style: a government that keeps, maintains or extends
its existing ban takes no new act (it is background, or no act); a fact-check, a rumour or a denial of a ban is no
act; someone asking a court or a government to stop, delay or pause a ban is a challenge or a proposal, not the
ban; and a user or creator fined, arrested, jailed or barred from a country is no act against the app. Positive
controls (a national ban, a regulator's fine, a court upholding a ban) must stay new acts.
"""

from __future__ import annotations

import pytest

from tests.pack_cases import assert_label, assert_new_action

NA, PROP, BG, CH = "not_action", "proposed_or_threatened", "background_only", "tiktok_challenges_action"

KEEPS = [
    # N7 (language, title, lead, label): a government keeps, maintains or extends its own ban
    ("ru", "Власти Непала сохраняют запрет на TikTok", "", BG),
    ("ru", "Киргизия продлила блокировку TikTok ещё на год", "", BG),
    ("ru", "Правительство Албании оставило в силе запрет TikTok", "", BG),
    ("uk", "Уряд Непалу зберігає заборону TikTok", "", BG),
    ("uk", "Влада Киргизстану продовжила блокування TikTok ще на рік", "", BG),
    ("pl", "Nepal utrzymuje zakaz TikToka", "", BG),
    ("pl", "Władze Kirgistanu przedłużyły zakaz TikToka o kolejny rok", "", BG),
    ("pl", "Rząd Albanii podtrzymał zakaz TikToka", "", BG),
    ("cs", "Nepál ponechává zákaz TikToku v platnosti", "", BG),
    ("cs", "Kyrgyzstán prodloužil zákaz TikToku o další rok", "", BG),
    ("sk", "Nepál ponecháva zákaz TikToku v platnosti", "", BG),
    ("sk", "Kirgizsko predĺžilo zákaz TikToku o ďalší rok", "", BG),
    ("sl", "Nepal ohranja prepoved TikToka", "", BG),
    ("sl", "Vlada Kirgizistana podaljšala prepoved TikToka za eno leto", "", BG),
    ("hr", "Nepal zadržava zabranu TikToka", "", BG),
    ("hr", "Vlada Kirgistana produljila zabranu TikToka za još godinu dana", "", BG),
    ("sr", "Непал задржава забрану TikTok-а", "", BG),
    ("sr", "Vlada Kirgistana produžila zabranu TikToka za još godinu dana", "", BG),
    ("bg", "Непал запазва забраната на TikTok", "", BG),
    ("bg", "Правителството на Киргизстан удължи забраната на TikTok с още една година", "", BG),
    ("mk", "Непал ја задржува забраната на TikTok", "", BG),
    ("mk", "Владата на Киргистан ја продолжи забраната на TikTok за уште една година", "", BG),
    ("el", "Το Νεπάλ διατηρεί την απαγόρευση του TikTok", "", BG),
    ("el", "Η κυβέρνηση της Κιργιζίας παρατείνει την απαγόρευση του TikTok για έναν ακόμη χρόνο", "", NA),
    ("sq", "Qeveria e mban në fuqi ndalimin e TikTok", "", BG),
    ("sq", "Qeveria zgjat ndalimin e TikTok edhe për një vit", "", BG),
]

FACTS = [
    # N8 (language, title, lead): fact-checks, rumours and denials
    ("ru", "Фейк: TikTok в России не заблокирован", ""),
    ("ru", "Слухи о блокировке TikTok не соответствуют действительности, заявили в Роскомнадзоре", ""),
    ("ru", "Правда ли, что TikTok заблокируют в России?", ""),
    ("uk", "Фейк: TikTok в Україні не заборонили", ""),
    ("uk", "Чутки про блокування TikTok не відповідають дійсності, заявили в Мінцифри", ""),
    ("uk", "Чи правда, що TikTok заблокують в Україні?", ""),
    ("pl", "Fałszywa informacja: TikTok nie został zablokowany w Polsce", ""),
    ("pl", "Plotki o zakazie TikToka są nieprawdziwe, zapewnia ministerstwo", ""),
    ("pl", "Czy to prawda, że TikTok zostanie zakazany w Polsce?", ""),
    ("cs", "Hoax: TikTok v Česku zakázán nebyl", ""),
    ("cs", "Fámy o zákazu TikToku nejsou pravdivé, tvrdí ministerstvo", ""),
    ("cs", "Je pravda, že TikTok v Česku zakážou?", ""),
    ("sk", "Hoax: TikTok na Slovensku zakázaný nebol", ""),
    ("sk", "Fámy o zákaze TikToku nie sú pravdivé, tvrdí ministerstvo", ""),
    ("sk", "Je pravda, že TikTok na Slovensku zakážu?", ""),
    ("sl", "Lažna novica: TikTok v Sloveniji ni prepovedan", ""),
    ("sl", "Govorice o prepovedi TikToka ne držijo, pravijo na ministrstvu", ""),
    ("sl", "Ali drži, da bodo TikTok v Sloveniji prepovedali?", ""),
    ("hr", "Lažna vijest: TikTok u Hrvatskoj nije zabranjen", ""),
    ("hr", "Glasine o zabrani TikToka nisu istinite, poručuju iz ministarstva", ""),
    ("hr", "Je li istina da će TikTok biti zabranjen u Hrvatskoj?", ""),
    ("sr", "Лажна вест: TikTok у Србији није забрањен", ""),
    ("sr", "Glasine o zabrani TikToka nisu tačne, kažu u ministarstvu", ""),
    ("sr", "Да ли је истина да ће TikTok бити забрањен у Србији?", ""),
    ("bg", "Фалшива новина: TikTok не е забранен в България", ""),
    ("bg", "Слуховете за забрана на TikTok не са верни, заявиха от министерството", ""),
    ("bg", "Вярно ли е, че TikTok ще бъде забранен в България?", ""),
    ("mk", "Лажна вест: TikTok не е забранет во Македонија", ""),
    ("mk", "Гласините за забрана на TikTok не се точни, велат од министерството", ""),
    ("mk", "Дали е вистина дека TikTok ќе биде забранет во Македонија?", ""),
    ("el", "Fake news: Δεν απαγορεύτηκε το TikTok στην Ελλάδα", ""),
    ("el", "Ψευδείς οι φήμες για απαγόρευση του TikTok, λέει το υπουργείο", ""),
    ("el", "Αληθεύει ότι απαγορεύεται το TikTok στην Ελλάδα;", ""),
    ("sq", "Lajm i rremë: TikTok nuk është ndaluar në Kosovë", ""),
    ("sq", "Thashethemet për ndalimin e TikTok janë të pavërteta, thotë ministria", ""),
    ("sq", "A është e vërtetë se TikTok do të ndalohet në Kosovë?", ""),
]

ASKS = [
    # N9 (language, title, lead, label): someone asks a court or a government to stop, delay or pause a ban
    ("ru", "Трамп попросил Верховный суд отсрочить запрет TikTok", "", CH),
    ("ru", "Блогеры просят суд остановить блокировку TikTok", "", CH),
    ("ru", "Депутаты призвали правительство отложить запрет TikTok", "", NA),
    ("uk", "Трамп попросив Верховний суд відкласти заборону TikTok", "", CH),
    ("uk", "Блогери просять суд зупинити заборону TikTok", "", CH),
    ("pl", "Trump prosi Sąd Najwyższy o odroczenie zakazu TikToka", "", CH),
    ("pl", "Twórcy apelują do sądu o wstrzymanie zakazu TikToka", "", CH),
    ("pl", "Posłowie wzywają rząd do odłożenia zakazu TikToka", "", PROP),
    ("cs", "Trump žádá Nejvyšší soud o odklad zákazu TikToku", "", CH),
    ("cs", "Tvůrci žádají soud, aby zastavil zákaz TikToku", "", CH),
    ("sk", "Trump žiada Najvyšší súd o odklad zákazu TikToku", "", CH),
    ("sk", "Tvorcovia žiadajú súd, aby zastavil zákaz TikToku", "", CH),
    ("sl", "Trump prosi vrhovno sodišče za odlog prepovedi TikToka", "", CH),
    ("sl", "Ustvarjalci pozivajo sodišče, naj ustavi prepoved TikToka", "", CH),
    ("hr", "Trump traži od Vrhovnog suda odgodu zabrane TikToka", "", CH),
    ("hr", "Influenceri traže od suda da zaustavi zabranu TikToka", "", CH),
    ("sr", "Трамп тражи од Врховног суда да одложи забрану TikTok-а", "", CH),
    ("sr", "Influenseri traže od suda da zaustavi zabranu TikToka", "", CH),
    ("bg", "Тръмп поиска от Върховния съд да отложи забраната на TikTok", "", CH),
    ("bg", "Инфлуенсъри искат от съда да спре забраната на TikTok", "", CH),
    ("mk", "Трамп бара од Врховниот суд да ја одложи забраната на TikTok", "", CH),
    ("mk", "Креаторите бараат од судот да ја запре забраната на TikTok", "", CH),
    ("el", "Ο Τραμπ ζητά από το Ανώτατο Δικαστήριο να αναβάλει την απαγόρευση του TikTok", "", CH),
    ("el", "Δημιουργοί ζητούν από το δικαστήριο να σταματήσει την απαγόρευση του TikTok", "", CH),
    ("sq", "Trump i kërkon Gjykatës së Lartë të shtyjë ndalimin e TikTok", "", CH),
    ("sq", "Krijuesit i kërkojnë gjykatës të pezullojë ndalimin e TikTok", "", CH),
]

USERS = [
    # N10 (language, title, lead): users or creators, not the app, are fined, arrested, jailed or barred
    ("ru", "Полиция оштрафовала тиктокера за опасное видео", ""),
    ("ru", "Пользователя TikTok оштрафовали за ролик о полиции", ""),
    ("ru", "В Москве задержали пользователей TikTok за пранк в метро", ""),
    ("ru", "Власти запретили въезд в страну популярному блогеру из TikTok", ""),
    ("uk", "Поліція оштрафувала тіктокера за небезпечне відео", ""),
    ("uk", "Блогерку з TikTok оштрафували за відео з військовими", ""),
    ("uk", "Суд заарештував блогера з TikTok", ""),
    ("pl", "Policja ukarała mandatem tiktokera za niebezpieczne nagranie", ""),
    ("pl", "Sąd skazał influencera z TikToka na więzienie", ""),
    ("pl", "Władze zakazały wjazdu do kraju influencerowi z TikToka", ""),
    ("cs", "Policie pokutovala tiktokera za nebezpečné video", ""),
    ("cs", "Uživatel TikToku dostal pokutu za nebezpečné video", ""),
    ("cs", "Soud poslal influencera z TikToku do vězení", ""),
    ("sk", "Polícia pokutovala tiktokera za nebezpečné video", ""),
    ("sk", "Používateľ TikToku dostal pokutu za nebezpečné video", ""),
    ("sk", "Súd poslal influencera z TikToku do väzenia", ""),
    ("sl", "Policija oglobila tiktokerja zaradi nevarnega videa", ""),
    ("sl", "Policija oglobila uporabnika TikToka zaradi nevarnega izziva", ""),
    ("sl", "Sodišče obsodilo TikTok influencerja na zapor", ""),
    ("hr", "Policija kaznila tiktokera zbog opasnog videa", ""),
    ("hr", "Sud osudio TikTok influencera na zatvor", ""),
    ("hr", "Vlasti zabranile ulazak u zemlju poznatom TikTok influenceru", ""),
    ("hr", "Policija kaznila korisnika TikToka zbog opasnog izazova", ""),
    ("sr", "Полиција казнила тиктокера због опасног снимка", ""),
    ("sr", "Полиција казнила корисника TikTok-а због опасног изазова", ""),
    ("sr", "Uhapšeni korisnici TikToka zbog opasnog izazova", ""),
    ("bg", "Полицията глоби тиктокър заради опасно видео", ""),
    ("bg", "Глобиха потребител на TikTok заради опасно видео", ""),
    ("bg", "Съдът осъди TikTok инфлуенсър на затвор", ""),
    ("mk", "Полицијата казни тиктокер поради опасно видео", ""),
    ("mk", "Полицијата казни корисник на TikTok поради опасен предизвик", ""),
    ("mk", "Судот осуди TikTok инфлуенсер на затвор", ""),
    ("el", "Πρόστιμο σε TikToker για επικίνδυνο βίντεο", ""),
    ("el", "Πρόστιμο σε χρήστη του TikTok για επικίνδυνο βίντεο", ""),
    ("el", "Συνελήφθη TikToker για φάρσα σε σχολείο", ""),
    ("sq", "Policia gjobit një tiktoker për një video të rrezikshme", ""),
    ("sq", "Policia gjobit një përdorues të TikTok për një video të rrezikshme", ""),
    ("sq", "Gjykata dënon me burg influencerin e TikTok", ""),
]

CONTROLS = [
    # P1-P2 (language, title, lead, type, jurisdiction): a national ban and a regulator's fine stay new acts
    ("ru", "Власти Непала запретили TikTok", "", "ban_national", "NP"),
    ("ru", "Роскомнадзор оштрафовал TikTok на 3 млн рублей", "", "fine_or_penalty", "RU"),
    ("uk", "Непал заборонив TikTok", "", "ban_national", "NP"),
    ("uk", "Італійський регулятор оштрафував TikTok на 10 млн євро", "", "fine_or_penalty", "IT"),
    ("pl", "Albania zablokowała TikToka na rok", "", "ban_national", "AL"),
    ("pl", "Włoski regulator ukarał TikToka grzywną w wysokości 10 mln euro", "", "fine_or_penalty", "IT"),
    ("cs", "Albánie zakázala TikTok na jeden rok", "", "ban_national", "AL"),
    ("cs", "Italský regulátor pokutoval TikTok částkou 10 milionů eur", "", "fine_or_penalty", "IT"),
    ("sk", "Albánsko zakázalo TikTok na rok", "", "ban_national", "AL"),
    ("sk", "Taliansky regulátor pokutoval TikTok sumou 10 miliónov eur", "", "fine_or_penalty", "IT"),
    ("sl", "Albanija za eno leto prepovedala TikTok", "", "ban_national", "AL"),
    ("sl", "Italijanski regulator TikToku naložil 10 milijonov evrov globe", "", "fine_or_penalty", "IT"),
    ("hr", "Albanija zabranila TikTok na godinu dana", "", "ban_national", "AL"),
    ("hr", "Talijanski regulator kaznio TikTok s 10 milijuna eura", "", "fine_or_penalty", "IT"),
    ("sr", "Албанија забранила TikTok на годину дана", "", "ban_national", "AL"),
    ("sr", "Италијански регулатор казнио TikTok са 10 милиона евра", "", "fine_or_penalty", "IT"),
    ("bg", "Албания забрани TikTok за една година", "", "ban_national", "AL"),
    ("bg", "Италианският регулатор глоби TikTok с 10 милиона евро", "", "fine_or_penalty", "IT"),
    ("mk", "Албанија го забрани TikTok на една година", "", "ban_national", "AL"),
    ("mk", "Италијанскиот регулатор го казни TikTok со 10 милиони евра", "", "fine_or_penalty", "IT"),
    ("el", "Η Αλβανία απαγόρευσε το TikTok για έναν χρόνο", "", "ban_national", "AL"),
    ("el", "Πρόστιμο 10 εκατ. ευρώ στο TikTok από την ιταλική αρχή ανταγωνισμού", "", "fine_or_penalty", "IT"),
    ("sq", "Nepali ndalon TikTok", "", "ban_national", "NP"),
    ("sq", "Autoriteti italian gjobit TikTok me 10 milionë euro", "", "fine_or_penalty", "IT"),
]

UPHELD = [
    # P3 (language, title, lead): a court upholding a ban is an adverse act, unlike a government keeping its own
    ("ru", "Суд оставил в силе запрет TikTok в Непале", ""),
    ("uk", "Суд залишив у силі заборону TikTok", ""),
    ("pl", "Sąd podtrzymał zakaz TikToka", ""),
    ("cs", "Soud potvrdil zákaz TikToku v Nepálu", ""),
    ("sk", "Súd potvrdil zákaz TikToku", ""),
    ("sl", "Sodišče potrdilo prepoved TikToka", ""),
    ("hr", "Sud potvrdio zabranu TikToka", ""),
    ("sr", "Sud potvrdio zabranu TikToka", ""),
    ("bg", "Съдът потвърди забраната на TikTok", ""),
    ("mk", "Судот ја потврди забраната на TikTok", ""),
    ("el", "Το δικαστήριο επικύρωσε την απαγόρευση του TikTok", ""),
    ("sq", "Gjykata la në fuqi ndalimin e TikTok", ""),
]


@pytest.mark.parametrize(("lang", "title", "text", "label"), KEEPS)
def test_a_government_keeping_or_extending_its_ban_takes_no_new_act(lang: str, title: str, text: str, label: str) -> None:
    assert_label(lang, title, text, label)


@pytest.mark.parametrize(("lang", "title", "text"), FACTS)
def test_a_fact_check_a_rumour_or_a_denial_is_no_act(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, NA)


@pytest.mark.parametrize(("lang", "title", "text", "label"), ASKS)
def test_asking_to_stop_or_delay_a_ban_is_not_the_ban(lang: str, title: str, text: str, label: str) -> None:
    assert_label(lang, title, text, label)


@pytest.mark.parametrize(("lang", "title", "text"), USERS)
def test_a_user_or_creator_fined_arrested_or_barred_is_no_act_against_the_app(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, NA)


@pytest.mark.parametrize(("lang", "title", "text", "type_", "code"), CONTROLS)
def test_real_acts_stay_new_acts(lang: str, title: str, text: str, type_: str, code: str) -> None:
    assert_new_action(lang, title, text, type_, code)


@pytest.mark.parametrize(("lang", "title", "text"), UPHELD)
def test_a_court_upholding_a_ban_is_a_new_act(lang: str, title: str, text: str) -> None:
    assert_new_action(lang, title, text)
