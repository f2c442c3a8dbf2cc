"""Two more hard negatives every pack of the Slavic group (with Greek and Albanian) must read as the English engine does.

For Russian, Ukrainian, Polish, Czech, Slovak, Slovenian, Croatian, Serbian, Bulgarian, Macedonian, Greek and
Albanian, phrased for the project in each language's news style: a reprieve, a delay or a deal in TikTok's favour
(an order delaying a ban, a postponed ban, an extended deadline to sell, a sale approved, a ban suspended for
talks) is no act against TikTok; and an act against another company (a fine on X that mentions TikTok in passing)
or against content posted on TikTok (sanctioned videos, posts ordered removed) is no act against the app. Positive
controls (a national ban, a regulator's fine, a fine on TikTok and Meta together, an order to sell or to wind up
the local business) must stay new acts of the right type and place.
"""

from __future__ import annotations

NA = "not_action"

REPRIEVES = [
    # N11 (language, title, lead): a reprieve, a delay or a deal favourable to TikTok
    ("ru", "Трамп подписал указ об отсрочке запрета TikTok на 75 дней", ""),
    ("ru", "Власти США перенесли запрет TikTok", "Новый срок вступления ограничений в силу пока не назван."),
    ("ru", "Трамп продлил срок продажи американского бизнеса TikTok", ""),
    ("ru", "Трамп подписал указ, одобряющий продажу американского подразделения TikTok", ""),
    ("uk", "Трамп підписав указ про відтермінування заборони TikTok на 75 днів", ""),
    ("uk", "Уряд США продовжив термін продажу TikTok", ""),
    ("uk", "Трамп схвалив продаж американського бізнесу TikTok", ""),
    ("pl", "Trump podpisał dekret odraczający zakaz TikToka o 75 dni", ""),
    ("pl", "Trump przedłużył termin na sprzedaż TikToka", ""),
    ("pl", "Rząd zawiesza zakaz TikToka na czas rozmów z firmą", ""),
    ("cs", "Trump podepsal nařízení, které o 75 dní odkládá zákaz TikToku", ""),
    ("cs", "Trump prodloužil lhůtu pro prodej TikToku", ""),
    ("cs", "Trump schválil prodej americké části TikToku", ""),
    ("sk", "Trump podpísal nariadenie, ktoré o 75 dní odkladá zákaz TikToku", ""),
    ("sk", "Trump predĺžil lehotu na predaj TikToku", ""),
    ("sl", "Trump podpisal odlok o 75-dnevnem odlogu prepovedi TikToka", ""),
    ("sl", "ZDA podaljšale rok za prodajo TikToka", ""),
    ("hr", "Trump potpisao izvršnu uredbu kojom odgađa zabranu TikToka za 75 dana", ""),
    ("hr", "Trump produljio rok za prodaju TikToka", ""),
    ("hr", "Trump odobrio prodaju američkog dijela TikToka", ""),
    ("sr", "Трамп потписао указ којим одлаже забрану TikTok-а за 75 дана", ""),
    ("sr", "Tramp produžio rok za prodaju TikToka", ""),
    ("bg", "Тръмп подписа указ за отлагане на забраната на TikTok с 75 дни", ""),
    ("bg", "САЩ удължиха срока за продажба на TikTok", ""),
    ("bg", "Тръмп одобри продажбата на американския бизнес на TikTok", ""),
    ("mk", "Трамп потпиша извршна наредба со која ја одложува забраната на TikTok за 75 дена", ""),
    ("mk", "Трамп го продолжи рокот за продажба на TikTok", ""),
    ("el", "Ο Τραμπ υπέγραψε διάταγμα που αναβάλλει κατά 75 ημέρες την απαγόρευση του TikTok", ""),
    ("el", "Παράταση της προθεσμίας για την πώληση του TikTok", ""),
    ("el", "Ο Τραμπ ενέκρινε την πώληση των αμερικανικών δραστηριοτήτων του TikTok", ""),
    ("sq", "Trump nënshkruan urdhrin që shtyn me 75 ditë ndalimin e TikTok", ""),
    ("sq", "SHBA zgjat afatin për shitjen e TikTok", ""),
    ("sq", "Qeveria pezullon ndalimin e TikTok gjatë bisedimeve me kompaninë", ""),
]

OTHER_TARGETS = [
    # N13 (language, title, lead): an act against another company, or against content posted on TikTok
    ("ru", "Еврокомиссия оштрафовала соцсеть X на 120 млн евро, TikTok и Meta тоже под проверкой", ""),
    ("ru", "Суд обязал удалить видео депутата из TikTok", ""),
    ("uk", "Єврокомісія оштрафувала соцмережу X на 120 млн євро, TikTok і Meta також під розслідуванням", ""),
    ("uk", "Нацрада зобов'язала видалити дописи політика в TikTok", ""),
    ("pl", "Komisja Europejska nałożyła na X karę 120 mln euro. TikTok i Meta też pod lupą", ""),
    ("pl", "KRRiT ukarała nadawcę za filmy opublikowane na TikToku i Facebooku", ""),
    ("cs", "Evropská komise pokutovala síť X 120 miliony eur, TikTok a Meta jsou také vyšetřovány", ""),
    ("cs", "Soud nařídil odstranit příspěvky politika na TikToku", ""),
    ("sk", "Európska komisia pokutovala sieť X sumou 120 miliónov eur, TikTok a Meta sú tiež vyšetrované", ""),
    ("sk", "Súd nariadil odstrániť príspevky politika na TikToku", ""),
    ("sl", "Evropska komisija oglobila omrežje X s 120 milijoni evrov, pod drobnogledom tudi TikTok in Meta", ""),
    ("sl", "Sodišče odredilo odstranitev objav politika na TikToku", ""),
    ("hr", "Europska komisija kaznila mrežu X sa 120 milijuna eura, TikTok i Meta također pod istragom", ""),
    ("hr", "Vijeće za elektroničke medije sankcioniralo videe objavljene na TikToku i Facebooku", ""),
    ("sr", "Европска комисија казнила мрежу X са 120 милиона евра, TikTok и Meta такође под истрагом", ""),
    ("sr", "REM naložio uklanjanje snimaka političara sa TikToka", ""),
    ("bg", "Европейската комисия глоби X със 120 млн евро, TikTok и Meta също са под разследване", ""),
    ("bg", "СЕМ санкционира видеа, публикувани в TikTok и Facebook", ""),
    ("mk", "Европската комисија ја казни мрежата X со 120 милиони евра, TikTok и Meta исто така под истрага", ""),
    ("mk", "Судот нареди отстранување на објавите на политичар на TikTok", ""),
    ("el", "Πρόστιμο 120 εκατ. ευρώ στο X από την Κομισιόν – Υπό έρευνα και TikTok, Meta", ""),
    ("el", "Το ΕΣΡ επέβαλε κυρώσεις για βίντεο που αναρτήθηκαν στο TikTok και στο Facebook", ""),
    ("sq", "Komisioni Evropian gjobit X me 120 milionë euro, TikTok dhe Meta gjithashtu nën hetim", ""),
    ("sq", "AMA sanksionon videot e publikuara në TikTok dhe Facebook", ""),
]

ACTS = [
    # P1, P2, P5, P6 (language, title, lead, type, jurisdiction): real acts that must stay new acts
    ("ru", "Албания запретила TikTok на год", "", "ban_national", "AL"),
    ("ru", "Ирландский регулятор оштрафовал TikTok на 530 млн евро", "", "fine_or_penalty", "IE"),
    ("ru", "Турция оштрафовала TikTok и Meta", "", "fine_or_penalty", "TR"),
    ("ru", "Канада обязала TikTok свернуть бизнес в стране", "", "business_wind_up_order", "CA"),
    ("uk", "Албанія заборонила TikTok на рік", "", "ban_national", "AL"),
    ("uk", "Ірландський регулятор оштрафував TikTok на 530 млн євро", "", "fine_or_penalty", "IE"),
    ("uk", "Туреччина оштрафувала TikTok і Meta", "", "fine_or_penalty", "TR"),
    ("uk", "Канада зобов'язала TikTok згорнути діяльність у країні", "", "business_wind_up_order", "CA"),
    ("pl", "Nepal zablokował TikToka", "", "ban_national", "NP"),
    ("pl", "Irlandzki regulator ukarał TikToka grzywną 530 mln euro", "", "fine_or_penalty", "IE"),
    ("pl", "Turcja nałożyła kary na TikToka i Metę", "", "fine_or_penalty", "TR"),
    ("pl", "Kanada nakazała TikTokowi likwidację działalności w kraju", "", "business_wind_up_order", "CA"),
    ("cs", "Nepál zakázal TikTok", "", "ban_national", "NP"),
    ("cs", "Irský regulátor pokutoval TikTok částkou 530 milionů eur", "", "fine_or_penalty", "IE"),
    ("cs", "Turecko pokutovalo TikTok a Metu", "", "fine_or_penalty", "TR"),
    ("cs", "Kanada nařídila TikToku ukončit činnost v zemi", "", "business_wind_up_order", "CA"),
    ("sk", "Albánsko zakázalo TikTok", "", "ban_national", "AL"),
    ("sk", "Írsky regulátor pokutoval TikTok sumou 530 miliónov eur", "", "fine_or_penalty", "IE"),
    ("sk", "Turecko pokutovalo TikTok a Metu", "", "fine_or_penalty", "TR"),
    ("sk", "Kanada nariadila TikToku ukončiť činnosť v krajine", "", "business_wind_up_order", "CA"),
    ("sl", "Albanija prepovedala TikTok", "", "ban_national", "AL"),
    ("sl", "Irski regulator oglobil TikTok s 530 milijoni evrov", "", "fine_or_penalty", "IE"),
    ("sl", "Turčija oglobila TikTok in Meto", "", "fine_or_penalty", "TR"),
    ("sl", "Kanada TikToku ukazala, naj zapre poslovanje v državi", "", "business_wind_up_order", "CA"),
    ("hr", "Albanija zabranila TikTok", "", "ban_national", "AL"),
    ("hr", "Irski regulator kaznio TikTok s 530 milijuna eura", "", "fine_or_penalty", "IE"),
    ("hr", "Turska kaznila TikTok i Metu", "", "fine_or_penalty", "TR"),
    ("hr", "Kanada naložila TikToku da zatvori poslovanje u zemlji", "", "business_wind_up_order", "CA"),
    ("sr", "Albanija zabranila TikTok", "", "ban_national", "AL"),
    ("sr", "Ирски регулатор казнио TikTok са 530 милиона евра", "", "fine_or_penalty", "IE"),
    ("sr", "Турска казнила TikTok и Meta", "", "fine_or_penalty", "TR"),
    ("sr", "Kanada naložila TikToku da zatvori poslovanje u zemlji", "", "business_wind_up_order", "CA"),
    ("bg", "Непал забрани TikTok", "", "ban_national", "NP"),
    ("bg", "Ирландският регулатор глоби TikTok с 530 милиона евро", "", "fine_or_penalty", "IE"),
    ("bg", "Турция глоби TikTok и Meta", "", "fine_or_penalty", "TR"),
    ("bg", "Канада разпореди на TikTok да закрие бизнеса си в страната", "", "business_wind_up_order", "CA"),
    ("mk", "Албанија го забрани TikTok", "", "ban_national", "AL"),
    ("mk", "Ирскиот регулатор го казни TikTok со 530 милиони евра", "", "fine_or_penalty", "IE"),
    ("mk", "Турција ги казни TikTok и Meta", "", "fine_or_penalty", "TR"),
    ("mk", "Канада му нареди на TikTok да го затвори бизнисот во земјата", "", "business_wind_up_order", "CA"),
    ("el", "Η Αλβανία απαγόρευσε το TikTok", "", "ban_national", "AL"),
    ("el", "Πρόστιμο 530 εκατ. ευρώ στο TikTok από την ιρλανδική αρχή", "", "fine_or_penalty", "IE"),
    ("el", "Η Τουρκία επέβαλε πρόστιμο σε TikTok και Meta", "", "fine_or_penalty", "TR"),
    ("el", "Ο Καναδάς διέταξε το TikTok να κλείσει τις δραστηριότητές του στη χώρα", "", "business_wind_up_order", "CA"),
    ("sq", "Nepali ndalon TikTok", "", "ban_national", "NP"),
    ("sq", "Rregullatori irlandez gjobit TikTok me 530 milionë euro", "", "fine_or_penalty", "IE"),
    ("sq", "Turqia gjobit TikTok dhe Meta", "", "fine_or_penalty", "TR"),
    ("sq", "Kanadaja urdhëron TikTok të mbyllë biznesin e saj në vend", "", "business_wind_up_order", "CA"),
]

SALES = [
    # P6 (language, title, lead, jurisdiction): an order to sell the local business
    ("ru", "США обязали ByteDance продать TikTok", "", "US"),
    ("pl", "USA nakazały ByteDance sprzedaż TikToka", "", "US"),
    ("cs", "USA nařídily ByteDance prodat TikTok", "", "US"),
    ("hr", "SAD naložio ByteDanceu da proda TikTok", "", "US"),
    ("bg", "САЩ задължиха ByteDance да продаде TikTok", "", "US"),
    ("el", "Οι ΗΠΑ υποχρεώνουν την ByteDance να πουλήσει το TikTok", "", "US"),
]

ACTS += [(lang, title, text, "divestiture_order", code) for lang, title, text, code in SALES]
