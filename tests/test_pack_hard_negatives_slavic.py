"""Six hard negatives every pack of the Slavic group (with Greek and Albanian) must read as the English engine does.

For Russian, Ukrainian, Polish, Czech, Slovak, Slovenian, Croatian, Serbian, Bulgarian, Macedonian, Greek and
Albanian, phrased for the project in each language's news style: talk about a ban (what a minister says, a
debate) and a ban with no reason, not on the agenda or unlikely are no act; a bill or law "to ban" that is only
introduced or debated, and an act the authorities are considering, allowing for, preparing or studying, are
proposals; a court that puts a ban on hold blocks it; and blocking accounts, channels or videos on TikTok is
moderation, not an act against the app. Positive controls (a national ban, a fine, an investigation, a ban on
government phones, a ban upheld in court) must stay new acts of the right type and place.
"""

from __future__ import annotations

import pytest

from tests.pack_cases import assert_label, assert_new_action

NA, PROP, BLOCK = "not_action", "proposed_or_threatened", "court_blocks_action"

TALK = [
    # N1 (language, title, lead, label): talk about a ban, an opinion, a debate
    ("ru", "Что говорит министр о запрете TikTok", "Глава Минцифры ответил на вопросы журналистов.", NA),
    ("ru", "Министр высказался о блокировке TikTok в России", "", NA),
    ("ru", "Дискуссия о запрете TikTok в Госдуме набирает обороты", "", PROP),
    ("uk", "Що міністр каже про заборону TikTok", "", NA),
    ("uk", "Міністр висловився щодо блокування TikTok в Україні", "", NA),
    ("uk", "Дискусія про заборону TikTok у Раді загострюється", "", PROP),
    ("pl", "Co minister mówi o zakazie TikToka", "", NA),
    ("pl", "Minister wypowiedział się w sprawie blokady TikToka", "Szef resortu cyfryzacji odpowiadał na pytania dziennikarzy.", NA),
    ("pl", "Debata o zakazie TikToka przybiera na sile", "", PROP),
    ("cs", "Co říká ministr o zákazu TikToku", "", NA),
    ("cs", "Ministr se vyjádřil k zákazu TikToku", "", NA),
    ("cs", "Debata o zákazu TikToku nabírá na obrátkách", "", PROP),
    ("sk", "Čo hovorí minister o zákaze TikToku", "", NA),
    ("sk", "Minister sa vyjadril k zákazu TikToku", "", NA),
    ("sk", "Diskusia o zákaze TikToku sa vyostruje", "", PROP),
    ("sl", "Kaj minister pravi o prepovedi TikToka", "", NA),
    ("sl", "Minister se je opredelil do prepovedi TikToka", "", NA),
    ("sl", "Razprava o prepovedi TikToka se zaostruje", "", PROP),
    ("hr", "Što ministar kaže o zabrani TikToka", "", NA),
    ("hr", "Ministar se očitovao o zabrani TikToka", "", NA),
    ("hr", "Rasprava o zabrani TikToka se zahuktava", "", PROP),
    ("sr", "Шта министар каже о забрани TikTok-а", "", NA),
    ("sr", "Ministar se oglasio povodom zabrane TikToka", "", NA),
    ("sr", "Расправа о забрани TikTok-а се захуктава", "", PROP),
    ("bg", "Какво каза министърът за забраната на TikTok", "", NA),
    ("bg", "Министърът коментира идеята за забрана на TikTok", "", PROP),
    ("bg", "Дебатът за забрана на TikTok се разгорещява", "", PROP),
    ("mk", "Што вели министерот за забраната на TikTok", "", NA),
    ("mk", "Министерот се произнесе за блокирањето на TikTok", "", NA),
    ("mk", "Дебатата за забрана на TikTok се вжештува", "", PROP),
    ("el", "Τι λέει ο υπουργός για την απαγόρευση του TikTok", "", NA),
    ("el", "Ο υπουργός τοποθετήθηκε για το μπλόκο στο TikTok", "", NA),
    ("el", "Φουντώνει η συζήτηση για απαγόρευση του TikTok", "", PROP),
    ("sq", "Çfarë thotë ministri për ndalimin e TikTok", "", NA),
    ("sq", "Ministri shprehet për mbylljen e TikTok", "", NA),
    ("sq", "Debati për ndalimin e TikTok ndizet në Kuvend", "", PROP),
]

NO_REASON = [
    # N2 (language, title, lead, label): no reason to ban, not on the agenda, unlikely, no plans
    ("ru", "В Минцифры не видят оснований для блокировки TikTok", "", NA),
    ("ru", "Блокировка TikTok не стоит на повестке дня, заявили в Кремле", "", NA),
    ("ru", "Вряд ли Россия заблокирует TikTok, считают эксперты", "", NA),
    ("ru", "Правительство не планирует запрещать TikTok", "", NA),
    ("uk", "У Мінцифри не бачать підстав для блокування TikTok", "", NA),
    ("uk", "Заборона TikTok не на порядку денному, заявили в уряді", "", NA),
    ("uk", "Навряд чи Україна заблокує TikTok, вважають експерти", "", NA),
    ("uk", "Уряд не планує забороняти TikTok", "", NA),
    ("pl", "Minister nie widzi powodu, by zakazać TikToka", "", NA),
    ("pl", "Zakazu TikToka nie ma w planach, zapewnia resort cyfryzacji", "", NA),
    ("pl", "Mało prawdopodobne, by Polska zablokowała TikToka", "", NA),
    ("pl", "Rząd nie planuje zakazu TikToka", "", NA),
    ("cs", "Ministr nevidí důvod k zákazu TikToku", "", NA),
    ("cs", "Zákaz TikToku není na pořadu dne, uvedlo ministerstvo", "", NA),
    ("cs", "Je nepravděpodobné, že Česko zakáže TikTok", "", NA),
    ("cs", "Vláda neplánuje zakázat TikTok", "", NA),
    ("sk", "Minister nevidí dôvod na zákaz TikToku", "", NA),
    ("sk", "Zákaz TikToku nie je na programe dňa, tvrdí ministerstvo", "", NA),
    ("sk", "Je nepravdepodobné, že Slovensko zakáže TikTok", "", NA),
    ("sk", "Vláda neplánuje zakázať TikTok", "", NA),
    ("sl", "Minister ne vidi razloga za prepoved TikToka", "", NA),
    ("sl", "Prepoved TikToka ni na dnevnem redu, pravijo na ministrstvu", "", NA),
    ("sl", "Malo verjetno je, da bo Slovenija prepovedala TikTok", "", NA),
    ("sl", "Vlada ne načrtuje prepovedi TikToka", "", NA),
    ("hr", "Ministar ne vidi razlog za zabranu TikToka", "", NA),
    ("hr", "Zabrana TikToka nije na dnevnom redu, poručuju iz Vlade", "", NA),
    ("hr", "Malo je vjerojatno da će Hrvatska zabraniti TikTok", "", NA),
    ("hr", "Vlada ne planira zabraniti TikTok", "", NA),
    ("sr", "Министар не види разлог за забрану TikTok-а", "", NA),
    ("sr", "Забрана TikTok-а није на дневном реду, кажу у министарству", "", NA),
    ("sr", "Мало је вероватно да ће Србија забранити TikTok", "", NA),
    ("sr", "Vlada ne planira da zabrani TikTok", "", NA),
    ("bg", "Министърът не вижда причина за забрана на TikTok", "", NA),
    ("bg", "Забрана на TikTok не е на дневен ред, заявиха от правителството", "", NA),
    ("bg", "Малко вероятно е България да забрани TikTok", "", NA),
    ("bg", "Правителството няма планове да забранява TikTok", "", NA),
    ("mk", "Министерот не гледа причина за забрана на TikTok", "", NA),
    ("mk", "Забраната на TikTok не е на дневен ред, велат од Владата", "", NA),
    ("mk", "Малку е веројатно Македонија да го забрани TikTok", "", NA),
    ("mk", "Владата не планира да го забрани TikTok", "", NA),
    ("el", "Ο υπουργός δεν βλέπει λόγο να απαγορευτεί το TikTok", "", NA),
    ("el", "Η απαγόρευση του TikTok δεν είναι στην ατζέντα, λέει το υπουργείο", "", NA),
    ("el", "Απίθανο να απαγορευτεί το TikTok στην Ελλάδα", "", NA),
    ("el", "Η κυβέρνηση δεν σχεδιάζει να απαγορεύσει το TikTok", "", NA),
    ("sq", "Ministri nuk sheh arsye për ndalimin e TikTok", "", NA),
    ("sq", "Ndalimi i TikTok nuk është në axhendë, thotë qeveria", "", NA),
    ("sq", "Pak gjasa që Kosova të ndalojë TikTok", "", NA),
    ("sq", "Qeveria nuk planifikon të ndalojë TikTok", "", NA),
]

BILLS = [
    # N3 (language, title, lead): a bill or law to ban, only introduced, tabled or debated
    ("ru", "В Конгресс США внесли законопроект о запрете TikTok", ""),
    ("ru", "Сейм Латвии обсуждает закон о запрете TikTok на служебных телефонах", ""),
    ("uk", "У Конгрес США внесли законопроєкт про заборону TikTok", ""),
    ("uk", "Рада обговорює закон про заборону TikTok на службових телефонах", ""),
    ("pl", "W Kongresie złożono projekt ustawy zakazującej TikToka", ""),
    ("pl", "Sejm debatuje nad ustawą o zakazie TikToka na służbowych telefonach", ""),
    ("cs", "V Kongresu byl předložen návrh zákona o zákazu TikToku", ""),
    ("cs", "Sněmovna projednává zákon o zákazu TikToku na služebních telefonech", ""),
    ("sk", "V Kongrese predložili návrh zákona o zákaze TikToku", ""),
    ("sk", "Parlament rokuje o zákone o zákaze TikToku na služobných telefónoch", ""),
    ("sl", "V kongresu vložili predlog zakona o prepovedi TikToka", ""),
    ("sl", "Državni zbor razpravlja o zakonu o prepovedi TikToka na službenih telefonih", ""),
    ("hr", "U Kongres upućen prijedlog zakona o zabrani TikToka", ""),
    ("hr", "Sabor raspravlja o zakonu o zabrani TikToka na službenim mobitelima", ""),
    ("sr", "У Конгресу поднет предлог закона о забрани TikTok-а", ""),
    ("sr", "Скупштина расправља о закону о забрани TikTok-а на службеним телефонима", ""),
    ("bg", "В Конгреса на САЩ внесоха законопроект за забрана на TikTok", ""),
    ("bg", "Парламентът обсъжда закон за забрана на TikTok на служебните телефони", ""),
    ("mk", "Во Конгресот на САД е поднесен предлог-закон за забрана на TikTok", ""),
    ("mk", "Собранието расправа за закон за забрана на TikTok на службените телефони", ""),
    ("el", "Κατατέθηκε στο Κογκρέσο νομοσχέδιο για την απαγόρευση του TikTok", ""),
    ("el", "Η Βουλή συζητά νόμο για απαγόρευση του TikTok στα υπηρεσιακά κινητά", ""),
    ("sq", "Në Kongres u paraqit projektligji për ndalimin e TikTok", ""),
    ("sq", "Kuvendi diskuton ligjin për ndalimin e TikTok në telefonat zyrtarë", ""),
]

CONSIDERING = [
    # N4 (language, title, lead): considering, allowing for, preparing or studying an act
    ("ru", "Власти Киргизии допустили блокировку TikTok", ""),
    ("ru", "Роскомнадзор рассматривает возможность штрафа для TikTok", ""),
    ("ru", "Правительство Казахстана готовится заблокировать TikTok", ""),
    ("ru", "Минцифры изучает вопрос о блокировке TikTok", ""),
    ("uk", "Влада допускає блокування TikTok в Україні", ""),
    ("uk", "Регулятор розглядає можливість штрафу для TikTok", ""),
    ("uk", "Уряд готується заборонити TikTok", ""),
    ("uk", "Міністерство вивчає питання заборони TikTok", ""),
    ("pl", "Władze dopuszczają możliwość blokady TikToka", ""),
    ("pl", "UOKiK rozważa nałożenie kary na TikToka", ""),
    ("pl", "Rząd przygotowuje się do zakazania TikToka", ""),
    ("pl", "Ministerstwo analizuje zakaz TikToka", ""),
    ("cs", "Úřady připouštějí možné zablokování TikToku", ""),
    ("cs", "Regulátor zvažuje pokutu pro TikTok", ""),
    ("cs", "Vláda se chystá zakázat TikTok", ""),
    ("cs", "Ministerstvo zkoumá možnost zákazu TikToku", ""),
    ("sk", "Úrady pripúšťajú možné zablokovanie TikToku", ""),
    ("sk", "Regulátor zvažuje pokutu pre TikTok", ""),
    ("sk", "Vláda sa chystá zakázať TikTok", ""),
    ("sk", "Ministerstvo skúma možnosť zákazu TikToku", ""),
    ("sl", "Oblasti dopuščajo možnost blokade TikToka", ""),
    ("sl", "Regulator razmišlja o kazni za TikTok", ""),
    ("sl", "Vlada se pripravlja na prepoved TikToka", ""),
    ("sl", "Ministrstvo preučuje prepoved TikToka", ""),
    ("hr", "Vlasti ne isključuju moguću blokadu TikToka", ""),
    ("hr", "Regulator razmatra kaznu za TikTok", ""),
    ("hr", "Vlada se priprema zabraniti TikTok", ""),
    ("hr", "Ministarstvo proučava zabranu TikToka", ""),
    ("sr", "Власти не искључују могућност блокаде TikTok-а", ""),
    ("sr", "Регулатор разматра казну за TikTok", ""),
    ("sr", "Влада се спрема да забрани TikTok", ""),
    ("sr", "Ministarstvo proučava mogućnost zabrane TikToka", ""),
    ("bg", "Властите допускат блокиране на TikTok", ""),
    ("bg", "Регулаторът обмисля глоба за TikTok", ""),
    ("bg", "Правителството се готви да забрани TikTok", ""),
    ("bg", "Министерството проучва възможността за забрана на TikTok", ""),
    ("mk", "Властите не исклучуваат можна блокада на TikTok", ""),
    ("mk", "Регулаторот размислува за казна за TikTok", ""),
    ("mk", "Владата се подготвува да го забрани TikTok", ""),
    ("mk", "Министерството ја проучува можноста за забрана на TikTok", ""),
    ("el", "Οι αρχές δεν αποκλείουν μπλόκο στο TikTok", ""),
    ("el", "Η ρυθμιστική αρχή εξετάζει πρόστιμο στο TikTok", ""),
    ("el", "Η κυβέρνηση ετοιμάζεται να απαγορεύσει το TikTok", ""),
    ("el", "Το υπουργείο μελετά απαγόρευση του TikTok", ""),
    ("sq", "Autoritetet nuk përjashtojnë bllokimin e TikTok", ""),
    ("sq", "Rregullatori po shqyrton një gjobë për TikTok", ""),
    ("sq", "Qeveria përgatitet të ndalojë TikTok", ""),
    ("sq", "Ministria po studion ndalimin e TikTok", ""),
]

ON_HOLD = [
    # N5 (language, title, lead): a court puts a ban on hold, freezes or suspends it
    ("ru", "Суд приостановил запрет TikTok в Монтане", ""),
    ("ru", "Федеральный судья заморозил запрет TikTok", "Закон штата не вступит в силу до решения по существу."),
    ("uk", "Суд призупинив заборону TikTok у Монтані", ""),
    ("uk", "Федеральний суддя заморозив заборону TikTok", ""),
    ("pl", "Sąd wstrzymał zakaz TikToka w Montanie", ""),
    ("pl", "Sędzia federalny zawiesił zakaz TikToka", ""),
    ("cs", "Soud pozastavil zákaz TikToku v Montaně", ""),
    ("cs", "Federální soudce zmrazil zákaz TikToku", ""),
    ("sk", "Súd pozastavil zákaz TikToku v Montane", ""),
    ("sk", "Federálny sudca zmrazil zákaz TikToku", ""),
    ("sl", "Sodišče zadržalo prepoved TikToka v Montani", ""),
    ("sl", "Zvezni sodnik začasno ustavil prepoved TikToka", ""),
    ("hr", "Sud privremeno obustavio zabranu TikToka u Montani", ""),
    ("hr", "Savezni sudac zamrznuo zabranu TikToka", ""),
    ("sr", "Суд суспендовао забрану TikTok-а у Монтани", ""),
    ("sr", "Savezni sudija zamrznuo zabranu TikToka", ""),
    ("bg", "Съдът спря забраната на TikTok в Монтана", ""),
    ("bg", "Федерален съдия замрази забраната на TikTok", ""),
    ("mk", "Судот ја суспендираше забраната на TikTok во Монтана", ""),
    ("mk", "Федерален судија ја замрзна забраната на TikTok", ""),
    ("el", "Δικαστήριο πάγωσε την απαγόρευση του TikTok στη Μοντάνα", ""),
    ("el", "Ομοσπονδιακός δικαστής ανέστειλε την απαγόρευση του TikTok", ""),
    ("sq", "Gjykata pezulloi ndalimin e TikTok në Montana", ""),
    ("sq", "Gjyqtari federal ngrin ndalimin e TikTok", ""),
]

ACCOUNTS = [
    # N6 (language, title, lead): accounts, channels or videos on TikTok, not the app
    ("ru", "Роскомнадзор заблокировал сотни аккаунтов в TikTok", ""),
    ("ru", "В Казахстане заблокируют 50 каналов в TikTok", ""),
    ("uk", "СБУ заблокувала сотні акаунтів у TikTok", ""),
    ("uk", "В Україні заблокують 50 каналів у TikTok", ""),
    ("pl", "Władze zablokowały setki kont na TikToku", ""),
    ("pl", "Rosja zablokuje 50 kanałów na TikToku", ""),
    ("cs", "Úřady zablokovaly stovky účtů na TikToku", ""),
    ("cs", "Rusko zablokuje 50 kanálů na TikToku", ""),
    ("sk", "Úrady zablokovali stovky účtov na TikToku", ""),
    ("sk", "Rusko zablokuje 50 kanálov na TikToku", ""),
    ("sl", "Oblasti so blokirale na stotine računov na TikToku", ""),
    ("sl", "Rusija bo blokirala 50 kanalov na TikToku", ""),
    ("hr", "Vlasti blokirale stotine računa na TikToku", ""),
    ("hr", "Rusija će blokirati 50 kanala na TikToku", ""),
    ("sr", "Власти блокирале стотине налога на TikTok-у", ""),
    ("sr", "Rusija će blokirati 50 kanala na TikToku", ""),
    ("bg", "Властите блокираха стотици профили в TikTok", ""),
    ("bg", "Русия ще блокира 50 канала в TikTok", ""),
    ("mk", "Властите блокираа стотици профили на TikTok", ""),
    ("mk", "Русија ќе блокира 50 канали на TikTok", ""),
    ("el", "Οι αρχές μπλόκαραν εκατοντάδες λογαριασμούς στο TikTok", ""),
    ("el", "Η Ρωσία θα μπλοκάρει 50 κανάλια στο TikTok", ""),
    ("sq", "Autoritetet bllokuan qindra llogari në TikTok", ""),
    ("sq", "Rusia do të bllokojë 50 kanale në TikTok", ""),
]

CONTROLS = [
    # P1-P3 (language, title, lead, type, jurisdiction): real acts that must stay new acts
    ("ru", "Непал запретил TikTok", "", "ban_national", "NP"),
    ("ru", "Роскомнадзор оштрафовал TikTok на 4 млн рублей", "", "fine_or_penalty", "RU"),
    ("ru", "Еврокомиссия начала расследование в отношении TikTok", "", "investigation_opened", "EU"),
    ("ru", "Канада запретила TikTok на служебных телефонах", "", "ban_government_devices", "CA"),
    ("uk", "Непал заборонив TikTok", "", "ban_national", "NP"),
    ("uk", "Ірландський регулятор оштрафував TikTok на 345 млн євро", "", "fine_or_penalty", "IE"),
    ("uk", "Єврокомісія розпочала розслідування щодо TikTok", "", "investigation_opened", "EU"),
    ("uk", "Канада заборонила TikTok на службових телефонах", "", "ban_government_devices", "CA"),
    ("pl", "Nepal zakazał TikToka", "", "ban_national", "NP"),
    ("pl", "Irlandzki regulator nałożył na TikToka karę 345 mln euro", "", "fine_or_penalty", "IE"),
    ("pl", "Komisja Europejska wszczęła postępowanie wobec TikToka", "", "investigation_opened", "EU"),
    ("pl", "Kanada zakazała TikToka na służbowych telefonach", "", "ban_government_devices", "CA"),
    ("cs", "Nepál zakázal TikTok", "", "ban_national", "NP"),
    ("cs", "Irský regulátor udělil TikToku pokutu 345 milionů eur", "", "fine_or_penalty", "IE"),
    ("cs", "Evropská komise zahájila vyšetřování TikToku", "", "investigation_opened", "EU"),
    ("cs", "Česko zakázalo TikTok na služebních telefonech", "", "ban_government_devices", "CZ"),
    ("sk", "Nepál zakázal TikTok", "", "ban_national", "NP"),
    ("sk", "Írsky regulátor udelil TikToku pokutu 345 miliónov eur", "", "fine_or_penalty", "IE"),
    ("sk", "Európska komisia začala vyšetrovanie TikToku", "", "investigation_opened", "EU"),
    ("sk", "Kanada zakázala TikTok na služobných telefónoch", "", "ban_government_devices", "CA"),
    ("sl", "Nepal prepovedal TikTok", "", "ban_national", "NP"),
    ("sl", "Irski regulator TikToku naložil 345 milijonov evrov kazni", "", "fine_or_penalty", "IE"),
    ("sl", "Evropska komisija uvedla preiskavo proti TikToku", "", "investigation_opened", "EU"),
    ("sl", "Kanada prepovedala TikTok na službenih telefonih", "", "ban_government_devices", "CA"),
    ("hr", "Nepal zabranio TikTok", "", "ban_national", "NP"),
    ("hr", "Irski regulator kaznio TikTok s 345 milijuna eura", "", "fine_or_penalty", "IE"),
    ("hr", "Europska komisija pokrenula istragu protiv TikToka", "", "investigation_opened", "EU"),
    ("hr", "Kanada zabranila TikTok na službenim mobitelima", "", "ban_government_devices", "CA"),
    ("sr", "Непал забранио TikTok", "", "ban_national", "NP"),
    ("sr", "Ирски регулатор казнио TikTok са 345 милиона евра", "", "fine_or_penalty", "IE"),
    ("sr", "Evropska komisija pokrenula istragu protiv TikToka", "", "investigation_opened", "EU"),
    ("sr", "Канада забранила TikTok на службеним телефонима", "", "ban_government_devices", "CA"),
    ("bg", "Непал забрани TikTok", "", "ban_national", "NP"),
    ("bg", "Ирландският регулатор глоби TikTok с 345 милиона евро", "", "fine_or_penalty", "IE"),
    ("bg", "Европейската комисия започна разследване срещу TikTok", "", "investigation_opened", "EU"),
    ("bg", "Канада забрани TikTok на служебните телефони", "", "ban_government_devices", "CA"),
    ("mk", "Непал го забрани TikTok", "", "ban_national", "NP"),
    ("mk", "Ирскиот регулатор го казни TikTok со 345 милиони евра", "", "fine_or_penalty", "IE"),
    ("mk", "Европската комисија отвори истрага против TikTok", "", "investigation_opened", "EU"),
    ("mk", "Канада го забрани TikTok на службените телефони", "", "ban_government_devices", "CA"),
    ("el", "Το Νεπάλ απαγόρευσε το TikTok", "", "ban_national", "NP"),
    ("el", "Πρόστιμο 345 εκατ. ευρώ στο TikTok από την ιρλανδική αρχή προστασίας δεδομένων", "", "fine_or_penalty", "IE"),
    ("el", "Η Κομισιόν ξεκίνησε έρευνα για το TikTok", "", "investigation_opened", "EU"),
    ("el", "Ο Καναδάς απαγόρευσε το TikTok στα κυβερνητικά κινητά", "", "ban_government_devices", "CA"),
    ("sq", "Shqipëria ndalon TikTok për një vit", "", "ban_national", "AL"),
    ("sq", "Rregullatori irlandez gjobit TikTok me 345 milionë euro", "", "fine_or_penalty", "IE"),
    ("sq", "Komisioni Evropian hap hetim ndaj TikTok", "", "investigation_opened", "EU"),
    ("sq", "Kanadaja ndalon TikTok në telefonat qeveritarë", "", "ban_government_devices", "CA"),
]

UPHELD = [
    # P3 (language, title, lead): a court upholds the ban: an adverse act
    ("ru", "Верховный суд США оставил в силе закон о запрете TikTok", ""),
    ("uk", "Верховний суд США залишив у силі закон про заборону TikTok", ""),
    ("pl", "Sąd Najwyższy USA utrzymał w mocy zakaz TikToka", ""),
    ("cs", "Nejvyšší soud USA potvrdil zákaz TikToku", ""),
    ("sk", "Najvyšší súd USA potvrdil zákaz TikToku", ""),
    ("sl", "Vrhovno sodišče ZDA potrdilo prepoved TikToka", ""),
    ("hr", "Vrhovni sud SAD-a potvrdio zabranu TikToka", ""),
    ("sr", "Врховни суд САД потврдио забрану TikTok-а", ""),
    ("bg", "Върховният съд на САЩ потвърди забраната на TikTok", ""),
    ("mk", "Врховниот суд на САД ја потврди забраната на TikTok", ""),
    ("el", "Το Ανώτατο Δικαστήριο των ΗΠΑ επικύρωσε την απαγόρευση του TikTok", ""),
    ("sq", "Gjykata e Lartë e SHBA-së konfirmon ndalimin e TikTok", ""),
]


@pytest.mark.parametrize(("lang", "title", "text", "label"), TALK)
def test_talk_about_a_ban_is_no_act(lang: str, title: str, text: str, label: str) -> None:
    assert_label(lang, title, text, label)


@pytest.mark.parametrize(("lang", "title", "text", "label"), NO_REASON)
def test_no_reason_no_plans_or_unlikely_is_no_act(lang: str, title: str, text: str, label: str) -> None:
    assert_label(lang, title, text, label)


@pytest.mark.parametrize(("lang", "title", "text"), BILLS)
def test_a_bill_to_ban_that_is_only_introduced_or_debated_is_a_proposal(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, PROP)


@pytest.mark.parametrize(("lang", "title", "text"), CONSIDERING)
def test_considering_allowing_for_preparing_or_studying_an_act_is_a_proposal(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, PROP)


@pytest.mark.parametrize(("lang", "title", "text"), ON_HOLD)
def test_a_court_putting_a_ban_on_hold_blocks_it(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, BLOCK)


@pytest.mark.parametrize(("lang", "title", "text"), ACCOUNTS)
def test_blocking_accounts_or_channels_on_tiktok_is_no_act_against_the_app(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, NA)


@pytest.mark.parametrize(("lang", "title", "text", "type_", "code"), CONTROLS)
def test_real_acts_stay_new_acts(lang: str, title: str, text: str, type_: str, code: str) -> None:
    assert_new_action(lang, title, text, type_, code)


@pytest.mark.parametrize(("lang", "title", "text"), UPHELD)
def test_a_ban_upheld_in_court_is_a_new_act(lang: str, title: str, text: str) -> None:
    assert_new_action(lang, title, text)
