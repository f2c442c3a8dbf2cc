"""Six kinds of hard negative, and the real acts beside them, in the packs of northern and central Europe.

German, Dutch, Swedish, Danish, Norwegian, Finnish, Estonian, Hungarian, Latvian and Lithuanian news must read
talk about a ban (N1), a ban with no reason behind it, not on the agenda or unlikely (N2), a bill to ban
that is only introduced or debated (N3), an act only considered, allowed for, prepared or studied (N4), a
court that puts a ban on hold (N5), and accounts, channels or videos blocked on TikTok rather than the app
itself (N6) as no new act, the way the English engine does; while a country banning TikTok (P1), a regulator's
fine or investigation (P2), a ban on government phones and a court upholding a ban (P3) stay new acts. Every
phrasing was written for this file in the style of the language's headlines.
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import DATE, assert_label, assert_new_action

TALK = [
    # N1 (language, title, lead): what someone says about a ban, a debate over one
    ("de", "Was Digitalminister Wildberger zu einem Tiktok-Verbot sagt", ""),
    ("de", "Debatte um Tiktok-Verbot nimmt Fahrt auf", "Politiker mehrerer Parteien äußern sich zu der App."),
    ("nl", "Dit zegt de minister over een verbod op TikTok", ""),
    ("nl", "Discussie over TikTok-verbod laait op", "Politici van verschillende partijen mengen zich in het debat."),
    ("sv", "Det här säger ministern om ett TikTok-förbud", ""),
    ("sv", "Debatten om ett förbud mot TikTok blossar upp", "Flera partier har gett sin syn på appen."),
    ("da", "Det siger ministeren om et forbud mod TikTok", ""),
    ("da", "Debatten om et TikTok-forbud blusser op", "Flere partier har meldt sig på banen."),
    ("no", "Dette sier statsråden om et TikTok-forbud", ""),
    ("no", "Debatten om forbud mot TikTok blusser opp", "Flere partier har uttalt seg om appen."),
    ("fi", "Tätä ministeri sanoo TikTok-kiellosta", ""),
    ("fi", "Keskustelu TikTokin kieltämisestä kiihtyy", "Useat puolueet ovat ottaneet kantaa sovellukseen."),
    ("et", "Mida arvab minister TikToki keelamisest", ""),
    ("et", "Vaidlus TikToki keelamise üle teravneb", "Mitme erakonna poliitikud on sõna võtnud."),
    ("hu", "Ezt mondja a miniszter a TikTok betiltásáról", ""),
    ("hu", "Felerősödött a vita a TikTok betiltásáról", "Több párt politikusa is megszólalt az ügyben."),
    ("lv", "Ko ministrs saka par TikTok aizliegumu", ""),
    ("lv", "Saasinās diskusijas par TikTok aizliegšanu", "Viedokli izteikuši vairāku partiju politiķi."),
    ("lt", "Ką ministras sako apie TikTok draudimą", ""),
    ("lt", "Įsiplieskė diskusijos dėl TikTok uždraudimo", "Nuomonę išsakė kelių partijų politikai."),
]

NO_REASON = [
    # N2 (language, title, lead): no reason, not on the agenda, no plans, unlikely
    ("de", "Ministerin sieht keinen Grund für ein Tiktok-Verbot", ""),
    ("de", "Tiktok-Verbot steht nicht auf der Tagesordnung", "Das sagte ein Sprecher des Innenministeriums."),
    ("de", "Bundesregierung plant kein Tiktok-Verbot", ""),
    ("de", "Ein Tiktok-Verbot in Deutschland ist unwahrscheinlich", ""),
    ("nl", "Minister ziet geen reden om TikTok te verbieden", ""),
    ("nl", "Verbod op TikTok niet aan de orde, zegt ministerie", ""),
    ("nl", "Kabinet heeft geen plannen om TikTok te verbieden", ""),
    ("nl", "Verbod op TikTok in Nederland onwaarschijnlijk", ""),
    ("sv", "Ministern ser ingen anledning att förbjuda TikTok", ""),
    ("sv", "Ett TikTok-förbud är inte aktuellt, enligt departementet", ""),
    ("sv", "Regeringen har inga planer på att förbjuda TikTok", ""),
    ("sv", "Osannolikt att Sverige förbjuder TikTok", ""),
    ("da", "Minister ser ingen grund til at forbyde TikTok", ""),
    ("da", "Et forbud mod TikTok er ikke på tale, siger ministeriet", ""),
    ("da", "Regeringen har ingen planer om at forbyde TikTok", ""),
    ("da", "Det er usandsynligt, at Danmark forbyder TikTok", ""),
    ("no", "Statsråden ser ingen grunn til å forby TikTok", ""),
    ("no", "Et TikTok-forbud er ikke aktuelt, sier departementet", ""),
    ("no", "Regjeringen har ingen planer om å forby TikTok", ""),
    ("no", "Lite sannsynlig at Norge forbyr TikTok", ""),
    ("fi", "Ministeri ei näe syytä kieltää TikTokia", ""),
    ("fi", "TikTok-kielto ei ole ajankohtainen, sanoo ministeriö", ""),
    ("fi", "Hallituksella ei ole suunnitelmia kieltää TikTokia", ""),
    ("fi", "On epätodennäköistä, että Suomi kieltää TikTokin", ""),
    ("et", "Minister ei näe põhjust TikToki keelata", ""),
    ("et", "TikToki keelamine ei ole päevakorras, ütleb ministeerium", ""),
    ("et", "Valitsusel pole plaanis TikTokki keelata", ""),
    ("et", "On ebatõenäoline, et Eesti TikToki keelab", ""),
    ("hu", "A miniszter nem lát okot a TikTok betiltására", ""),
    ("hu", "Nincs napirenden a TikTok betiltása, közölte a minisztérium", ""),
    ("hu", "A kormány nem tervezi a TikTok betiltását", ""),
    ("hu", "Nem valószínű, hogy Magyarország betiltja a TikTokot", ""),
    ("lv", "Ministrs neredz iemeslu aizliegt TikTok", ""),
    ("lv", "TikTok aizliegums nav dienaskārtībā, norāda ministrija", ""),
    ("lv", "Valdībai nav plānu aizliegt TikTok", ""),
    ("lv", "Maz ticams, ka Latvija aizliegs TikTok", ""),
    ("lt", "Ministras nemato priežasties drausti TikTok", ""),
    ("lt", "TikTok uždraudimas nėra darbotvarkėje, teigia ministerija", ""),
    ("lt", "Vyriausybė neplanuoja drausti TikTok", ""),
    ("lt", "Mažai tikėtina, kad Lietuva uždraus TikTok", ""),
]

BILLS = [
    # N3 (language, title, lead): a bill to ban, only introduced, tabled or debated
    ("de", "Gesetzentwurf für ein Tiktok-Verbot im US-Kongress eingebracht", ""),
    ("de", "Bundestag debattiert über Tiktok-Verbot auf Diensthandys", ""),
    ("nl", "Wetsvoorstel om TikTok te verbieden ingediend in Amerikaans Congres", ""),
    ("nl", "Tweede Kamer debatteert over verbod op TikTok op werktelefoons", ""),
    ("sv", "Lagförslag om att förbjuda TikTok lagt fram i kongressen", ""),
    ("sv", "Riksdagen debatterar förbud mot TikTok i tjänstetelefoner", ""),
    ("da", "Lovforslag om forbud mod TikTok fremsat i Kongressen", ""),
    ("da", "Folketinget debatterer forbud mod TikTok på arbejdstelefoner", ""),
    ("no", "Lovforslag om å forby TikTok lagt fram i Kongressen", ""),
    ("no", "Stortinget debatterer forbud mot TikTok på jobbtelefoner", ""),
    ("fi", "Kongressissa jätettiin lakiesitys TikTokin kieltämiseksi", ""),
    ("fi", "Eduskunta keskustelee TikTokin kieltämisestä virkapuhelimissa", ""),
    ("et", "USA Kongressis esitati eelnõu TikToki keelamiseks", ""),
    ("et", "Riigikogu arutab eelnõu TikToki keelamiseks ametitelefonides", ""),
    ("hu", "Törvényjavaslatot nyújtottak be az amerikai Kongresszusban a TikTok betiltásáról", ""),
    ("hu", "Az Országgyűlés a TikTok hivatali telefonokon való betiltásáról vitázik", ""),
    ("lv", "ASV Kongresā iesniegts likumprojekts par TikTok aizliegšanu", ""),
    ("lv", "Saeima apspriež likumprojektu par TikTok aizliegumu dienesta tālruņos", ""),
    ("lt", "JAV Kongrese pateiktas įstatymo projektas uždrausti TikTok", ""),
    ("lt", "Seimas svarsto įstatymo projektą dėl TikTok draudimo tarnybiniuose telefonuose", ""),
]

CONSIDERING = [
    # N4 (language, title, lead): considering, allowing for, preparing, studying an act
    ("de", "Bundesregierung erwägt Tiktok-Verbot", ""),
    ("de", "EU-Kommission schließt Strafe gegen Tiktok nicht aus", ""),
    ("de", "Regierung bereitet Tiktok-Verbot vor", ""),
    ("nl", "Kabinet overweegt verbod op TikTok", ""),
    ("nl", "Autoriteit Persoonsgegevens overweegt boete voor TikTok", ""),
    ("nl", "Ministerie onderzoekt mogelijk verbod op TikTok", ""),
    ("nl", "Kabinet bereidt verbod op TikTok voor", ""),
    ("nl", "ACM sluit boete voor TikTok niet uit", ""),
    ("sv", "Regeringen överväger att förbjuda TikTok", ""),
    ("sv", "IMY överväger sanktionsavgift mot TikTok", ""),
    ("sv", "Regeringen förbereder ett förbud mot TikTok", ""),
    ("da", "Regeringen overvejer at forbyde TikTok", ""),
    ("da", "Datatilsynet overvejer bøde til TikTok", ""),
    ("da", "Ministeriet undersøger et muligt forbud mod TikTok", ""),
    ("no", "Regjeringen vurderer å forby TikTok", ""),
    ("no", "Datatilsynet vurderer overtredelsesgebyr mot TikTok", ""),
    ("no", "Departementet utreder et forbud mot TikTok", ""),
    ("fi", "Hallitus harkitsee TikTokin kieltämistä", ""),
    ("fi", "Tietosuojavaltuutettu harkitsee seuraamusmaksua TikTokille", ""),
    ("fi", "Hallitus valmistelee TikTok-kieltoa", ""),
    ("et", "Valitsus kaalub TikToki keelamist", ""),
    ("et", "Andmekaitse Inspektsioon kaalub TikTokile trahvi määramist", ""),
    ("et", "Valitsus valmistab ette TikToki keeldu", ""),
    ("hu", "A kormány fontolgatja a TikTok betiltását", ""),
    ("hu", "Az NMHH bírságot fontolgat a TikTokkal szemben", ""),
    ("hu", "A kormány a TikTok betiltására készül", ""),
    ("lv", "Valdība apsver TikTok aizliegšanu", ""),
    ("lv", "Datu valsts inspekcija apsver sodu TikTok", ""),
    ("lv", "Valdība gatavojas aizliegt TikTok", ""),
    ("lt", "Vyriausybė svarsto uždrausti TikTok", ""),
    ("lt", "Duomenų apsaugos inspekcija svarsto skirti baudą TikTok", ""),
    ("lt", "Vyriausybė ruošiasi uždrausti TikTok", ""),
]

ON_HOLD = [
    # N5 (language, title, lead): a court puts a ban on hold
    ("de", "Gericht legt Tiktok-Verbot in Montana auf Eis", ""),
    ("de", "Richter stoppt Tiktok-Verbot", "Ein Bundesrichter setzte das Gesetz vorläufig aus."),
    ("nl", "Rechter zet TikTok-verbod in Montana on hold", ""),
    ("nl", "Rechter schort verbod op TikTok op", ""),
    ("sv", "Domstol stoppar TikTok-förbudet i Montana", ""),
    ("sv", "Domstol fryser förbudet mot TikTok", ""),
    ("da", "Domstol sætter TikTok-forbud i Montana på pause", ""),
    ("da", "Dommer stopper forbuddet mod TikTok", ""),
    ("no", "Domstol setter TikTok-forbudet i Montana på vent", ""),
    ("no", "Dommer stanser TikTok-forbudet", ""),
    ("fi", "Tuomioistuin jäädytti TikTok-kiellon Montanassa", ""),
    ("fi", "Tuomari pysäytti TikTok-kiellon", ""),
    ("et", "Kohus peatas TikToki keelu Montanas", ""),
    ("et", "Kohus külmutas TikToki keelu", ""),
    ("hu", "A bíróság felfüggesztette a TikTok-tilalmat Montanában", ""),
    ("hu", "Bíróság jegelte a TikTok betiltását", ""),
    ("lv", "Tiesa aptur TikTok aizliegumu Montānā", ""),
    ("lv", "Tiesa iesaldē TikTok aizliegumu", ""),
    ("lt", "Teismas sustabdė TikTok draudimą Montanoje", ""),
    ("lt", "Teismas įšaldė TikTok draudimą", ""),
]

ACCOUNTS = [
    # N6 (language, title, lead): accounts, channels or videos on TikTok, not the app
    ("de", "Behörden sperren Hunderte Tiktok-Konten", ""),
    ("de", "Russland will 50 Tiktok-Kanäle blockieren", ""),
    ("de", "Medienaufsicht ordnet Löschung von Tiktok-Videos an", ""),
    ("de", "Polizei lässt Dutzende Tiktok-Konten sperren", ""),
    ("nl", "Autoriteiten blokkeren honderden TikTok-accounts", ""),
    ("nl", "Rusland blokkeert 50 TikTok-kanalen", ""),
    ("nl", "Toezichthouder beveelt verwijdering van TikTok-video's", ""),
    ("sv", "Myndigheterna blockerade hundratals TikTok-konton", ""),
    ("sv", "Ryssland ska blockera 50 TikTok-kanaler", ""),
    ("sv", "Myndigheten beordrade att TikTok-videor tas bort", ""),
    ("da", "Myndighederne blokerede hundredvis af TikTok-konti", ""),
    ("da", "Rusland vil blokere 50 TikTok-kanaler", ""),
    ("da", "Tilsynet påbød fjernelse af TikTok-videoer", ""),
    ("no", "Myndighetene blokkerte hundrevis av TikTok-kontoer", ""),
    ("no", "Russland skal blokkere 50 TikTok-kanaler", ""),
    ("no", "Tilsynet påla fjerning av TikTok-videoer", ""),
    ("fi", "Viranomaiset estivät satoja TikTok-tilejä", ""),
    ("fi", "Venäjä aikoo estää 50 TikTok-kanavaa", ""),
    ("fi", "Viranomainen määräsi poistamaan TikTok-videoita", ""),
    ("et", "Ametiasutused blokeerisid sadu TikToki kontosid", ""),
    ("et", "Venemaa blokeerib 50 TikToki kanalit", ""),
    ("et", "Regulaator käskis TikToki videod eemaldada", ""),
    ("hu", "A hatóságok több száz TikTok-fiókot tiltottak le", ""),
    ("hu", "Oroszország 50 TikTok-csatornát blokkol", ""),
    ("hu", "A hatóság TikTok-videók eltávolítását rendelte el", ""),
    ("lv", "Iestādes bloķējušas simtiem TikTok kontu", ""),
    ("lv", "Krievija bloķēs 50 TikTok kanālus", ""),
    ("lv", "Regulators lika dzēst TikTok video", ""),
    ("lt", "Institucijos užblokavo šimtus TikTok paskyrų", ""),
    ("lt", "Rusija užblokuos 50 TikTok kanalų", ""),
    ("lt", "Reguliuotojas įpareigojo pašalinti TikTok vaizdo įrašus", ""),
]

ACTS = [
    # P1-P3 (language, title, lead, type, jurisdiction): the real acts stay new acts
    ("de", "Nepal verbietet Tiktok", "", "ban_national", "NP"),
    ("de", "Irische Datenschutzbehörde verhängt Strafe von 345 Millionen Euro gegen Tiktok", "", "fine_or_penalty", "IE"),
    ("de", "EU-Kommission leitet Verfahren gegen Tiktok ein", "", "investigation_opened", "EU"),
    ("de", "Dänemark verbietet Tiktok auf Diensthandys", "", "ban_government_devices", "DK"),
    ("nl", "Nepal verbiedt TikTok", "", "ban_national", "NP"),
    ("nl", "Ierse privacywaakhond legt TikTok boete van 345 miljoen euro op", "", "fine_or_penalty", "IE"),
    ("nl", "Europese Commissie opent onderzoek naar TikTok", "", "investigation_opened", "EU"),
    ("nl", "Kabinet verbiedt TikTok op werktelefoons van ambtenaren", "", "ban_government_devices", "NL"),
    ("sv", "Nepal förbjuder TikTok", "", "ban_national", "NP"),
    ("sv", "Irländska dataskyddsmyndigheten bötfäller TikTok med 345 miljoner euro", "", "fine_or_penalty", "IE"),
    ("sv", "EU-kommissionen inleder utredning mot TikTok", "", "investigation_opened", "EU"),
    ("sv", "Försvarsmakten förbjuder TikTok i tjänstetelefoner", "", "ban_government_devices", "SE"),
    ("da", "Nepal forbyder TikTok", "", "ban_national", "NP"),
    ("da", "Irsk datatilsyn giver TikTok bøde på 345 millioner euro", "", "fine_or_penalty", "IE"),
    ("da", "EU-Kommissionen indleder undersøgelse af TikTok", "", "investigation_opened", "EU"),
    ("da", "Forsvarsministeriet forbyder TikTok på arbejdstelefoner", "", "ban_government_devices", "DK"),
    ("no", "Nepal forbyr TikTok", "", "ban_national", "NP"),
    ("no", "Irsk datatilsyn gir TikTok bot på 345 millioner euro", "", "fine_or_penalty", "IE"),
    ("no", "EU-kommisjonen åpner gransking av TikTok", "", "investigation_opened", "EU"),
    ("no", "Regjeringen forbyr TikTok på ansattes jobbtelefoner", "", "ban_government_devices", "NO"),
    ("fi", "Nepal kieltää TikTokin", "", "ban_national", "NP"),
    ("fi", "Irlannin tietosuojaviranomainen määräsi TikTokille 345 miljoonan euron sakot", "", "fine_or_penalty", "IE"),
    ("fi", "EU-komissio aloittaa tutkinnan TikTokista", "", "investigation_opened", "EU"),
    ("fi", "Suomi kieltää TikTokin virkapuhelimissa", "", "ban_government_devices", "FI"),
    ("et", "Nepal keelas TikToki", "", "ban_national", "NP"),
    ("et", "Iiri andmekaitseasutus määras TikTokile 345 miljoni euro suuruse trahvi", "", "fine_or_penalty", "IE"),
    ("et", "Euroopa Komisjon alustas TikToki suhtes uurimist", "", "investigation_opened", "EU"),
    ("et", "Eesti keelab TikToki ametitelefonides", "", "ban_government_devices", "EE"),
    ("hu", "Nepál betiltotta a TikTokot", "", "ban_national", "NP"),
    ("hu", "345 millió eurós bírságot szabott ki a TikTokra az ír adatvédelmi hatóság", "", "fine_or_penalty", "IE"),
    ("hu", "Az Európai Bizottság vizsgálatot indított a TikTok ellen", "", "investigation_opened", "EU"),
    ("hu", "Dánia betiltotta a TikTokot a hivatali telefonokon", "", "ban_government_devices", "DK"),
    ("lv", "Nepāla aizliedz TikTok", "", "ban_national", "NP"),
    ("lv", "Īrijas datu aizsardzības iestāde piemēro TikTok 345 miljonu eiro sodu", "", "fine_or_penalty", "IE"),
    ("lv", "Eiropas Komisija sāk izmeklēšanu pret TikTok", "", "investigation_opened", "EU"),
    ("lv", "Latvija aizliedz TikTok valsts iestāžu dienesta tālruņos", "", "ban_government_devices", "LV"),
    ("lt", "Nepalas uždraudė TikTok", "", "ban_national", "NP"),
    ("lt", "Airijos duomenų apsaugos komisija skyrė TikTok 345 mln. eurų baudą", "", "fine_or_penalty", "IE"),
    ("lt", "Europos Komisija pradėjo tyrimą dėl TikTok", "", "investigation_opened", "EU"),
    ("lt", "Lietuva uždraudė TikTok tarnybiniuose telefonuose", "", "ban_government_devices", "LT"),
]

UPHELD = [
    # P3 (language, title, lead): a court upholds a ban, which is news of an act
    ("de", "Gericht bestätigt Tiktok-Verbot", "Die Richter wiesen die Klage des Konzerns ab."),
    ("nl", "Hooggerechtshof bekrachtigt TikTok-verbod", ""),
    ("sv", "Domstolen fastställer förbudet mot TikTok", ""),
    ("da", "Domstol stadfæster forbuddet mod TikTok", ""),
    ("no", "Domstolen opprettholder TikTok-forbudet", ""),
    ("fi", "Tuomioistuin pysytti TikTok-kiellon voimassa", ""),
    ("et", "Kohus jättis TikToki keelu jõusse", ""),
    ("hu", "A bíróság helybenhagyta a TikTok betiltását", ""),
    ("lv", "Tiesa atstāj spēkā TikTok aizliegumu", ""),
    ("lt", "Teismas paliko galioti TikTok draudimą", ""),
]


def _assert_talk_or_proposal(lang: str, title: str, text: str) -> None:
    """Talk of a ban, or a ban nobody means to take, is no act (``not_action``) or at most a proposal."""
    a = analyze_article(title, text, DATE, None, lang)
    found = "; ".join(f"{x.type} ({x.stage})" for x in a.actions) or "none"
    assert a.label in ("not_action", "proposed_or_threatened") and not a.new_action, (
        f"[{lang}] {title!r}: expected not_action or proposed_or_threatened, got {a.label!r}, actions: {found}"
    )


@pytest.mark.parametrize(("lang", "title", "text"), TALK)
def test_talk_about_a_ban_is_no_act(lang: str, title: str, text: str) -> None:
    _assert_talk_or_proposal(lang, title, text)


@pytest.mark.parametrize(("lang", "title", "text"), NO_REASON)
def test_a_ban_with_no_reason_no_plan_or_unlikely_is_no_act(lang: str, title: str, text: str) -> None:
    _assert_talk_or_proposal(lang, title, text)


@pytest.mark.parametrize(("lang", "title", "text"), BILLS)
def test_a_bill_to_ban_that_is_only_introduced_or_debated_is_a_proposal(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "proposed_or_threatened")


@pytest.mark.parametrize(("lang", "title", "text"), CONSIDERING)
def test_an_act_considered_prepared_or_studied_is_a_proposal(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "proposed_or_threatened")


@pytest.mark.parametrize(("lang", "title", "text"), ON_HOLD)
def test_a_court_putting_a_ban_on_hold_blocks_it(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "court_blocks_action")


@pytest.mark.parametrize(("lang", "title", "text"), ACCOUNTS)
def test_accounts_channels_or_videos_blocked_on_tiktok_are_no_act_against_it(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "not_action")


@pytest.mark.parametrize(("lang", "title", "text", "type_", "code"), ACTS)
def test_the_real_acts_stay_new_acts(lang: str, title: str, text: str, type_: str, code: str) -> None:
    assert_new_action(lang, title, text, type_, code)


@pytest.mark.parametrize(("lang", "title", "text"), UPHELD)
def test_a_court_upholding_a_ban_is_news_of_an_act(lang: str, title: str, text: str) -> None:
    assert_new_action(lang, title, text)
