"""Two more kinds of hard negative, read the way the English engine reads them, in the packs of northern and
central Europe (de, nl, sv, da, no, fi, et, hu, lv, lt): a reprieve, a delay or a deal in TikTok's favour (an
order putting off the ban, a ban postponed, a deadline to sell extended, a sale approved, a ban paused for talks)
is no act against TikTok (N11); nor is an act against another company, or against content posted on TikTok, that
merely names TikTok (X fined while TikTok "is also under investigation", the police investigating videos spread on
TikTok, a regulator ordering a politician's posts removed) (N13). The positive controls beside them (a country
banning the app, a regulator fining TikTok alone or TikTok and Meta together, an order to sell or to wind up the
local business) stay new acts of the right type. Every phrasing was written for this file in the style of the
language's headlines.
"""

from __future__ import annotations

import pytest

from tests.pack_cases import assert_label, assert_new_action

REPRIEVES = [
    # N11 (language, title, lead): a reprieve, a delay or a deal favourable to TikTok
    ("de", "Trump unterzeichnet Dekret: Tiktok-Verbot wird um 75 Tage aufgeschoben", ""),
    ("de", "Bundesregierung verschiebt das Tiktok-Verbot", ""),
    ("de", "USA verlängern Frist für den Verkauf von Tiktok", ""),
    ("de", "Trump unterzeichnet Dekret zur Genehmigung des Tiktok-Verkaufs", ""),
    ("de", "Ministerium setzt Tiktok-Verbot für Verhandlungen aus", ""),
    ("nl", "Trump tekent decreet dat TikTok-verbod 75 dagen uitstelt", ""),
    ("nl", "Regering stelt verbod op TikTok uit", ""),
    ("nl", "VS verlengen deadline voor verkoop van TikTok", ""),
    ("nl", "Trump keurt verkoop van Amerikaanse tak van TikTok goed", ""),
    ("nl", "Ministerie schort TikTok-verbod op tijdens de onderhandelingen", ""),
    ("sv", "Trump skriver under order som skjuter upp TikTok-förbudet i 75 dagar", ""),
    ("sv", "Regeringen skjuter upp förbudet mot TikTok", ""),
    ("sv", "USA förlänger tidsfristen för försäljningen av TikTok", ""),
    ("sv", "Trump godkänner försäljningen av TikToks amerikanska verksamhet", ""),
    ("sv", "Departementet pausar TikTok-förbudet under förhandlingarna", ""),
    ("da", "Trump underskriver dekret, der udskyder TikTok-forbuddet med 75 dage", ""),
    ("da", "Regeringen udskyder forbuddet mod TikTok", ""),
    ("da", "USA forlænger fristen for salget af TikTok", ""),
    ("da", "Trump godkender salget af TikToks amerikanske forretning", ""),
    ("da", "Ministeriet sætter TikTok-forbuddet på pause under forhandlingerne", ""),
    ("no", "Trump signerer ordre som utsetter TikTok-forbudet med 75 dager", ""),
    ("no", "Regjeringen utsetter forbudet mot TikTok", ""),
    ("no", "USA forlenger fristen for salg av TikTok", ""),
    ("no", "Trump godkjenner salget av TikToks amerikanske virksomhet", ""),
    ("no", "Departementet setter TikTok-forbudet på pause under forhandlingene", ""),
    ("fi", "Trump allekirjoitti määräyksen, joka lykkää TikTok-kieltoa 75 päivällä", ""),
    ("fi", "Hallitus lykkää TikTok-kieltoa", ""),
    ("fi", "Yhdysvallat pidentää TikTokin myynnin määräaikaa", ""),
    ("fi", "Trump hyväksyi TikTokin Yhdysvaltain toimintojen myynnin", ""),
    ("fi", "Ministeriö keskeyttää TikTok-kiellon neuvottelujen ajaksi", ""),
    ("et", "Trump allkirjastas korralduse, mis lükkab TikToki keelu 75 päeva võrra edasi", ""),
    ("et", "Valitsus lükkab TikToki keelu edasi", ""),
    ("et", "USA pikendab TikToki müügi tähtaega", ""),
    ("et", "Trump kiitis heaks TikToki USA äri müügi", ""),
    ("et", "Ministeerium peatab TikToki keelu läbirääkimiste ajaks", ""),
    ("hu", "Trump rendeletet írt alá, amely 75 nappal elhalasztja a TikTok betiltását", ""),
    ("hu", "A kormány elhalasztja a TikTok betiltását", ""),
    ("hu", "Az Egyesült Államok meghosszabbította a TikTok eladásának határidejét", ""),
    ("hu", "Trump jóváhagyta a TikTok amerikai üzletágának eladását", ""),
    ("hu", "A minisztérium felfüggeszti a TikTok-tilalmat a tárgyalások idejére", ""),
    ("lv", "Tramps paraksta rīkojumu, kas par 75 dienām atliek TikTok aizliegumu", ""),
    ("lv", "Valdība atliek TikTok aizliegumu", ""),
    ("lv", "ASV pagarina TikTok pārdošanas termiņu", ""),
    ("lv", "Tramps apstiprina TikTok ASV darbības pārdošanu", ""),
    ("lv", "Ministrija aptur TikTok aizliegumu uz sarunu laiku", ""),
    ("lt", "Trumpas pasirašė įsaką, kuriuo 75 dienoms atidedamas TikTok draudimas", ""),
    ("lt", "Vyriausybė atideda TikTok draudimą", ""),
    ("lt", "JAV pratęsė TikTok pardavimo terminą", ""),
    ("lt", "Trumpas patvirtino TikTok veiklos JAV pardavimą", ""),
    ("lt", "Ministerija sustabdo TikTok draudimą derybų laikotarpiui", ""),
]

OTHER_TARGETS = [
    # N13 (language, title, lead): an act against another company, or against content on TikTok, naming TikTok
    (
        "de",
        "EU verhängt Strafe gegen X (ehemals Twitter) wegen Verstößen gegen Transparenzregeln",
        "Auch gegen Tiktok und Meta laufen Verfahren.",
    ),
    ("de", "Polizei ermittelt wegen Hetzvideos auf Tiktok und Facebook", ""),
    ("de", "Gericht ordnet Löschung von Tiktok-Beiträgen eines AfD-Politikers an", ""),
    ("nl", "EU beboet X (voorheen Twitter) voor schending van transparantieregels", "Ook TikTok en Meta worden onderzocht."),
    ("nl", "Politie onderzoekt video's die op TikTok en Facebook zijn verspreid", ""),
    ("nl", "Rechter beveelt verwijdering van TikTok-berichten van politicus", ""),
    ("sv", "EU bötfäller X (tidigare Twitter) för brott mot transparensreglerna", "Även TikTok och Meta är under utredning."),
    ("sv", "Polisen utreder videor som spridits på TikTok och Facebook", ""),
    ("sv", "Myndigheten kräver att politikerns inlägg på TikTok tas bort", ""),
    ("da", "EU giver X (tidligere Twitter) bøde for brud på gennemsigtighedsregler", "TikTok og Meta er også under undersøgelse."),
    ("da", "Politiet efterforsker videoer delt på TikTok og Facebook", ""),
    ("da", "Datatilsynet påbyder sletning af politikers opslag på TikTok", ""),
    ("no", "EU gir X (tidligere Twitter) bot for brudd på åpenhetsreglene", "TikTok og Meta er også under etterforskning."),
    ("no", "Politiet etterforsker videoer delt på TikTok og Facebook", ""),
    ("no", "Datatilsynet pålegger sletting av politikers innlegg på TikTok", ""),
    ("fi", "EU määräsi X:lle (entinen Twitter) sakot avoimuussääntöjen rikkomisesta", "Myös TikTok ja Meta ovat tutkinnan kohteena."),
    ("fi", "Poliisi tutkii TikTokissa ja Facebookissa levinneitä videoita", ""),
    ("fi", "Viranomainen määräsi poliitikon TikTok-julkaisut poistettaviksi", ""),
    ("et", "EL trahvis X-i (endine Twitter) läbipaistvusreeglite rikkumise eest", "Ka TikTok ja Meta on uurimise all."),
    ("et", "Politsei uurib TikTokis ja Facebookis levinud videoid", ""),
    ("et", "Amet nõuab poliitiku TikToki postituste eemaldamist", ""),
    (
        "hu",
        "Megbírságolta az EU az X-et (korábban Twitter) az átláthatósági szabályok megsértése miatt",
        "A TikTok és a Meta ellen is vizsgálat folyik.",
    ),
    ("hu", "A rendőrség nyomoz a TikTokon és a Facebookon terjedő videók miatt", ""),
    ("hu", "A Médiatanács elmarasztalta a TikTokon és a Facebookon közzétett videókat", ""),
    ("lv", "ES soda X (agrāk Twitter) par pārredzamības noteikumu pārkāpšanu", "Arī TikTok un Meta tiek izmeklēti."),
    ("lv", "Policija izmeklē TikTok un Facebook izplatītus video", ""),
    ("lv", "Iestāde pieprasa dzēst politiķa ierakstus TikTok", ""),
    ("lt", "ES skyrė baudą X (buvęs Twitter) už skaidrumo taisyklių pažeidimus", "TikTok ir Meta taip pat tiriamos."),
    ("lt", "Policija tiria TikTok ir Facebook platinamus vaizdo įrašus", ""),
    ("lt", "Tarnyba nurodė pašalinti politiko įrašus TikTok", ""),
]

ACTS = [
    # P1, P2, P5, P6 (language, title, lead, type, jurisdiction)
    ("de", "Nepal verbietet Tiktok", "", "ban_national", "NP"),
    ("de", "Irische Datenschutzbehörde verhängt Strafe von 345 Millionen Euro gegen Tiktok", "", "fine_or_penalty", "IE"),
    ("de", "EU-Kommission verhängt Strafen gegen Tiktok und Meta", "", "fine_or_penalty", "EU"),
    ("de", "USA zwingen Bytedance zum Verkauf von Tiktok", "", "divestiture_order", "US"),
    ("de", "Kanada ordnet Schließung der Tiktok-Niederlassung an", "", "business_wind_up_order", "CA"),
    ("nl", "Nepal verbiedt TikTok", "", "ban_national", "NP"),
    ("nl", "Autoriteit Persoonsgegevens beboet TikTok met 750.000 euro", "", "fine_or_penalty", "NL"),
    ("nl", "Europese Commissie beboet TikTok en Meta", "", "fine_or_penalty", "EU"),
    ("nl", "VS dwingen ByteDance TikTok te verkopen", "", "divestiture_order", "US"),
    ("sv", "Nepal förbjuder TikTok", "", "ban_national", "NP"),
    ("sv", "IMY bötfäller TikTok med 10 miljoner kronor", "", "fine_or_penalty", "SE"),
    ("sv", "EU-kommissionen bötfäller TikTok och Meta", "", "fine_or_penalty", "EU"),
    ("sv", "USA tvingar Bytedance att sälja TikTok", "", "divestiture_order", "US"),
    ("da", "Nepal forbyder TikTok", "", "ban_national", "NP"),
    ("da", "Datatilsynet giver TikTok bøde på 5 millioner kroner", "", "fine_or_penalty", "DK"),
    ("da", "EU-Kommissionen giver TikTok og Meta bøder", "", "fine_or_penalty", "EU"),
    ("da", "USA tvinger ByteDance til at sælge TikTok", "", "divestiture_order", "US"),
    ("no", "Nepal forbyr TikTok", "", "ban_national", "NP"),
    ("no", "Datatilsynet gir TikTok bot på 5 millioner kroner", "", "fine_or_penalty", "NO"),
    ("no", "EU-kommisjonen gir TikTok og Meta bøter", "", "fine_or_penalty", "EU"),
    ("no", "USA tvinger ByteDance til å selge TikTok", "", "divestiture_order", "US"),
    ("fi", "Nepal kielsi TikTokin", "", "ban_national", "NP"),
    ("fi", "Tietosuojavaltuutettu määräsi TikTokille sakot", "", "fine_or_penalty", "FI"),
    ("fi", "EU-komissio määräsi TikTokille ja Metalle sakot", "", "fine_or_penalty", "EU"),
    ("fi", "Kanada määräsi TikTokin lopettamaan toimintansa maassa", "", "business_wind_up_order", "CA"),
    ("et", "Nepal keelas TikToki", "", "ban_national", "NP"),
    ("et", "Andmekaitse Inspektsioon trahvis TikToki", "", "fine_or_penalty", "EE"),
    ("et", "Euroopa Komisjon trahvis TikToki ja Metat", "", "fine_or_penalty", "EU"),
    ("et", "USA sunnib ByteDance'i TikToki müüma", "", "divestiture_order", "US"),
    ("hu", "Nepál betiltotta a TikTokot", "", "ban_national", "NP"),
    ("hu", "Megbírságolta a TikTokot a NAIH", "", "fine_or_penalty", "HU"),
    ("hu", "Az Európai Bizottság megbírságolta a TikTokot és a Metát", "", "fine_or_penalty", "EU"),
    ("hu", "Kanada elrendelte a TikTok kanadai leányvállalatának felszámolását", "", "business_wind_up_order", "CA"),
    ("lv", "Nepāla aizliedz TikTok", "", "ban_national", "NP"),
    ("lv", "Datu valsts inspekcija piemēro TikTok sodu", "", "fine_or_penalty", "LV"),
    ("lv", "Eiropas Komisija soda TikTok un Meta", "", "fine_or_penalty", "EU"),
    ("lv", "ASV liek ByteDance pārdot TikTok", "", "divestiture_order", "US"),
    ("lt", "Nepalas uždraudė TikTok", "", "ban_national", "NP"),
    ("lt", "Valstybinė duomenų apsaugos inspekcija skyrė TikTok baudą", "", "fine_or_penalty", "LT"),
    ("lt", "Europos Komisija skyrė baudas TikTok ir Meta", "", "fine_or_penalty", "EU"),
    ("lt", "Kanada įsakė TikTok likviduoti savo verslą šalyje", "", "business_wind_up_order", "CA"),
]


@pytest.mark.parametrize(("lang", "title", "text"), REPRIEVES)
def test_a_reprieve_delay_or_deal_in_tiktoks_favour_is_no_act(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "not_action")


@pytest.mark.parametrize(("lang", "title", "text"), OTHER_TARGETS)
def test_an_act_against_another_company_or_content_naming_tiktok_is_no_act(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "not_action")


@pytest.mark.parametrize(("lang", "title", "text", "type_", "code"), ACTS)
def test_the_real_acts_stay_new_acts(lang: str, title: str, text: str, type_: str, code: str) -> None:
    assert_new_action(lang, title, text, type_, code)
