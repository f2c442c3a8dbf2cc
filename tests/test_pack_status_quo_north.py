"""Four more kinds of hard negative, read the way the English engine reads them, in the packs of northern and
central Europe (de, nl, sv, da, no, fi, et, hu, lv, lt): a government that keeps, maintains or extends its
existing ban (N7), a fact-check, rumour or denial of a ban (N8), someone asking a court or a government to stop,
delay or pause a ban (N9), and TikTok users or creators, not the app, fined, arrested, jailed or banned (N10) are
none of them a new act against TikTok; while the positive controls beside them (a country banning the app, a
regulator fining it, a court upholding a ban, also in the words a government's keeping of a ban uses) stay new
acts. Every phrasing was written for this file in the style of the language's headlines.
"""

from __future__ import annotations

import pytest

from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

KEPT = [
    # N7 (language, title, lead): a government keeps, maintains or extends its existing ban
    ("de", "Regierung hält an Tiktok-Verbot fest", ""),
    ("de", "Senegal hält die Sperre von Tiktok aufrecht", ""),
    ("de", "Nepal verlängert Tiktok-Sperre", "Die Regierung in Kathmandu will die App weiter blockieren."),
    ("nl", "Senegal handhaaft opschorting van TikTok", ""),
    ("nl", "Kabinet houdt verbod op TikTok in stand", ""),
    ("nl", "Nepal verlengt blokkade van TikTok", ""),
    ("sv", "Regeringen behåller förbudet mot TikTok", ""),
    ("sv", "Nepal förlänger förbudet mot TikTok", ""),
    ("sv", "Senegal står fast vid avstängningen av TikTok", ""),
    ("da", "Regeringen fastholder forbuddet mod TikTok", ""),
    ("da", "Nepal forlænger forbuddet mod TikTok", ""),
    ("da", "Senegal opretholder suspenderingen af TikTok", ""),
    ("no", "Regjeringen opprettholder TikTok-forbudet", ""),
    ("no", "Nepal forlenger forbudet mot TikTok", ""),
    ("no", "Regjeringen holder fast ved forbudet mot TikTok", ""),
    ("fi", "Hallitus pitää TikTok-kiellon voimassa", ""),
    ("fi", "Nepal jatkaa TikTok-kieltoa", ""),
    ("fi", "Senegal pidentää TikTokin estoa", ""),
    ("et", "Valitsus jätab TikToki keelu jõusse", ""),
    ("et", "Nepal pikendas TikToki keeldu", ""),
    ("et", "Senegal jätkab TikToki blokeerimist", ""),
    ("hu", "A kormány fenntartja a TikTok-tilalmat", ""),
    ("hu", "Nepál meghosszabbította a TikTok tiltását", ""),
    ("hu", "Szenegál továbbra is blokkolja a TikTokot", ""),
    ("lv", "Valdība saglabā TikTok aizliegumu", ""),
    ("lv", "Nepāla pagarina TikTok aizliegumu", ""),
    ("lv", "Senegāla turpina bloķēt TikTok", ""),
    ("lt", "Vyriausybė palieka galioti TikTok draudimą", ""),
    ("lt", "Nepalas pratęsė TikTok draudimą", ""),
    ("lt", "Senegalas ir toliau blokuoja TikTok", ""),
]

FACT_CHECKS = [
    # N8 (language, title, lead): a fact-check, a rumour, a denial of a ban
    ("de", "Faktencheck: Tiktok ist in Deutschland nicht verboten", ""),
    ("de", "Gerüchte über Tiktok-Verbot sind falsch, sagt Ministerium", ""),
    ("de", "Ist Tiktok in Österreich verboten? Was wir wissen", ""),
    ("de", "Die Wahrheit über das Tiktok-Verbot in den USA", ""),
    ("nl", "Factcheck: TikTok is niet verboden in België", ""),
    ("nl", "Geruchten over TikTok-verbod kloppen niet, zegt ministerie", ""),
    ("nl", "Is TikTok verboden in Nederland? Dit weten we", ""),
    ("sv", "Faktakoll: TikTok har inte förbjudits i Sverige", ""),
    ("sv", "Rykten om TikTok-förbud stämmer inte, säger departementet", ""),
    ("sv", "Sanningen om TikTok-förbudet i USA", ""),
    ("sv", "Är TikTok förbjudet i Sverige? Det här vet vi", ""),
    ("da", "Faktatjek: TikTok er ikke blevet forbudt i Danmark", ""),
    ("da", "Rygter om forbud mod TikTok er falske, siger ministeriet", ""),
    ("da", "Er TikTok forbudt i Danmark? Her er, hvad vi ved", ""),
    ("no", "Faktasjekk: TikTok er ikke forbudt i Norge", ""),
    ("no", "Rykter om TikTok-forbud er feil, sier departementet", ""),
    ("no", "Sannheten om TikTok-forbudet i USA", ""),
    ("no", "Er TikTok forbudt i Norge? Dette vet vi", ""),
    ("fi", "Faktantarkistus: TikTokia ei ole kielletty Suomessa", ""),
    ("fi", "Huhut TikTok-kiellosta ovat perättömiä, kertoo ministeriö", ""),
    ("fi", "Onko TikTok kielletty Suomessa? Tätä tiedämme", ""),
    ("et", "Faktikontroll: TikToki ei ole Eestis keelatud", ""),
    ("et", "Kuulujutud TikToki keelust on valed, ütleb ministeerium", ""),
    ("et", "Kas TikTok on Eestis keelatud? Mida me teame", ""),
    ("hu", "Álhír: nem tiltották be a TikTokot Magyarországon", ""),
    ("hu", "Hamisak a TikTok betiltásáról szóló pletykák, közölte a minisztérium", ""),
    ("hu", "Az igazság a TikTok betiltásáról", ""),
    ("hu", "Be van tiltva a TikTok Magyarországon? Ezt tudjuk", ""),
    ("lv", "Faktu pārbaude: TikTok Latvijā nav aizliegts", ""),
    ("lv", "Baumas par TikTok aizliegumu ir nepatiesas, norāda ministrija", ""),
    ("lv", "Vai TikTok Latvijā ir aizliegts? Lūk, ko mēs zinām", ""),
    ("lt", "Faktų patikrinimas: TikTok Lietuvoje nėra uždraustas", ""),
    ("lt", "Gandai apie TikTok draudimą – melas, teigia ministerija", ""),
    ("lt", "Ar TikTok Lietuvoje uždraustas? Štai ką žinome", ""),
]

ASKS_TO_STOP = [
    # N9 (language, title, lead): someone asks a court or a government to stop, delay or pause a ban
    ("de", "Trump bittet Supreme Court um Aufschub des Tiktok-Verbots", ""),
    ("de", "Influencer wollen Tiktok-Verbot per Eilantrag stoppen", ""),
    ("de", "Abgeordnete fordern Regierung auf, das Tiktok-Verbot zu verschieben", ""),
    ("nl", "Trump vraagt Hooggerechtshof om TikTok-verbod uit te stellen", ""),
    ("nl", "Makers vragen rechter om TikTok-verbod tegen te houden", ""),
    ("nl", "Kamerleden willen dat kabinet verbod op TikTok uitstelt", ""),
    ("sv", "Trump ber Högsta domstolen att skjuta upp TikTok-förbudet", ""),
    ("sv", "Kreatörer ber domstolen stoppa förbudet mot TikTok", ""),
    ("da", "Trump beder højesteret om at udskyde forbuddet mod TikTok", ""),
    ("da", "Indholdsskabere beder retten om at stoppe TikTok-forbuddet", ""),
    ("no", "Trump ber høyesterett utsette TikTok-forbudet", ""),
    ("no", "Innholdsskapere ber retten stanse TikTok-forbudet", ""),
    ("fi", "Trump pyytää korkeinta oikeutta lykkäämään TikTok-kieltoa", ""),
    ("fi", "Sisällöntuottajat vaativat oikeutta pysäyttämään TikTok-kiellon", ""),
    ("et", "Trump palub ülemkohtul TikToki keelu jõustumist edasi lükata", ""),
    ("et", "Sisuloojad paluvad kohtul TikToki keeld peatada", ""),
    ("hu", "Trump a TikTok-tilalom elhalasztását kéri a Legfelsőbb Bíróságtól", ""),
    ("hu", "Tartalomgyártók kérik a bíróságot, hogy állítsa le a TikTok betiltását", ""),
    ("lv", "Tramps lūdz Augstāko tiesu atlikt TikTok aizliegumu", ""),
    ("lv", "Satura veidotāji lūdz tiesu apturēt TikTok aizliegumu", ""),
    ("lt", "Trumpas prašo Aukščiausiojo Teismo atidėti TikTok draudimą", ""),
    ("lt", "Turinio kūrėjai prašo teismo sustabdyti TikTok draudimą", ""),
]

USERS = [
    # N10 (language, title, lead): users or creators, not the app, fined, arrested, jailed or banned
    ("de", "Polizei verhängt Bußgeld gegen Tiktoker wegen gefährlichem Video", ""),
    ("de", "Gericht schickt Tiktok-Influencerin ins Gefängnis", ""),
    ("de", "Polizei nimmt Tiktok-Nutzer nach Mutprobe fest", ""),
    ("de", "Regierung verhängt Einreiseverbot gegen Tiktok-Star", ""),
    ("de", "Haftstrafe für Tiktok-Influencer wegen Volksverhetzung", ""),
    ("de", "Bußgeld für Tiktokerin nach gefährlicher Mutprobe", ""),
    ("nl", "Politie beboet TikTokker voor gevaarlijke video", ""),
    ("nl", "TikTok-influencer veroordeeld tot celstraf", ""),
    ("nl", "Politie arresteert TikTok-gebruikers om prankvideo's", ""),
    ("nl", "Boete voor TikTokker die gevaarlijke stunt filmde", ""),
    ("sv", "Polisen bötfäller TikTok-profil för farlig video", ""),
    ("sv", "TikTok-influencer döms till fängelse", ""),
    ("sv", "Polisen griper TikTok-användare efter prankvideor", ""),
    ("da", "Politiet giver TikTokker bøde for farlig video", ""),
    ("da", "TikTok-influencer idømt fængsel", ""),
    ("da", "Politiet anholder TikTok-brugere for prankvideoer", ""),
    ("no", "Politiet bøtelegger TikTok-profil for farlig video", ""),
    ("no", "TikTok-influenser dømt til fengsel", ""),
    ("no", "Politiet pågrep TikTok-brukere etter prankvideoer", ""),
    ("fi", "Poliisi sakotti tiktokkaajaa vaarallisesta videosta", ""),
    ("fi", "TikTok-vaikuttaja tuomittiin vankeuteen", ""),
    ("fi", "Poliisi pidätti TikTok-käyttäjiä pilavideoiden vuoksi", ""),
    ("et", "Politsei trahvis TikTokerit ohtliku video eest", ""),
    ("et", "TikToki mõjuisik mõisteti vangi", ""),
    ("et", "Politsei pidas kinni TikToki kasutajad", ""),
    ("hu", "Megbírságolta a rendőrség a TikTokert egy veszélyes videó miatt", ""),
    ("hu", "Börtönbe került egy TikTok-influenszer", ""),
    ("hu", "Őrizetbe vettek több TikTok-felhasználót", ""),
    ("lv", "Policija sodīja TikTok lietotāju par bīstamu video", ""),
    ("lv", "TikTok influencerim piespriests cietumsods", ""),
    ("lv", "Policija aiztur TikTok lietotājus", ""),
    ("lt", "Policija nubaudė TikTok naudotoją už pavojingą vaizdo įrašą", ""),
    ("lt", "TikTok influencerei skirta laisvės atėmimo bausmė", ""),
    ("lt", "Policija sulaikė TikTok naudotojus", ""),
]

ACTS = [
    # P1-P2 (language, title, lead, type, jurisdiction): a country bans the app, a regulator fines it
    ("de", "Senegal sperrt Tiktok", "", "ban_national", "SN"),
    ("de", "Datenschutzbehörde verhängt Bußgeld von 530 Millionen Euro gegen Tiktok", "", "fine_or_penalty", None),
    ("nl", "Senegal verbiedt TikTok", "", "ban_national", "SN"),
    ("nl", "Ierse toezichthouder beboet TikTok met 530 miljoen euro", "", "fine_or_penalty", "IE"),
    ("sv", "Senegal stänger av TikTok", "", "ban_national", "SN"),
    ("sv", "Irländsk myndighet bötfäller TikTok med 530 miljoner euro", "", "fine_or_penalty", "IE"),
    ("da", "Senegal forbyder TikTok", "", "ban_national", "SN"),
    ("da", "Irsk tilsyn giver TikTok en bøde på 530 millioner euro", "", "fine_or_penalty", "IE"),
    ("no", "Senegal forbyr TikTok", "", "ban_national", "SN"),
    ("no", "Irsk tilsyn gir TikTok en bot på 530 millioner euro", "", "fine_or_penalty", "IE"),
    ("fi", "Senegal kielsi TikTokin", "", "ban_national", "SN"),
    ("fi", "Irlannin tietosuojaviranomainen määräsi TikTokille 530 miljoonan euron sakot", "", "fine_or_penalty", "IE"),
    ("et", "Senegal keelas TikToki", "", "ban_national", "SN"),
    ("et", "Iiri andmekaitseamet määras TikTokile 530 miljoni euro suuruse trahvi", "", "fine_or_penalty", "IE"),
    ("hu", "Szenegál betiltotta a TikTokot", "", "ban_national", "SN"),
    ("hu", "530 millió eurós bírságot kapott a TikTok az ír adatvédelmi hatóságtól", "", "fine_or_penalty", "IE"),
    ("lv", "Senegāla aizliedz TikTok", "", "ban_national", "SN"),
    ("lv", "Īrijas regulators piemēro TikTok 530 miljonu eiro sodu", "", "fine_or_penalty", "IE"),
    ("lt", "Senegalas uždraudė TikTok", "", "ban_national", "SN"),
    ("lt", "Airijos duomenų apsaugos komisija skyrė TikTok 530 mln. eurų baudą", "", "fine_or_penalty", "IE"),
    # a fine on the app over its users' data, beside the users fined in N10
    ("sv", "IMY bötfäller TikTok för hanteringen av TikTok-användares uppgifter", "", "fine_or_penalty", "SE"),
    ("fi", "Tietosuojavaltuutettu määräsi sakot TikTok-käyttäjien tietojen käsittelystä", "", "fine_or_penalty", "FI"),
    ("et", "Andmekaitse Inspektsioon trahvis TikToki kasutajate andmete töötlemise eest", "", "fine_or_penalty", "EE"),
    ("lv", "Datu valsts inspekcija piemēro sodu par TikTok lietotāju datu apstrādi", "", "fine_or_penalty", "LV"),
]

UPHELD = [
    # P3 (language, title, lead): a court upholds the ban, in the words a government's keeping of it uses too
    ("de", "Oberstes Gericht hält Tiktok-Verbot aufrecht", ""),
    ("nl", "Rechter handhaaft verbod op TikTok", ""),
    ("sv", "Domstolen står fast vid förbudet mot TikTok", ""),
    ("da", "Højesteret opretholder forbuddet mod TikTok", ""),
    ("no", "Høyesterett opprettholder TikTok-forbudet", ""),
    ("fi", "Korkein oikeus piti TikTok-kiellon voimassa", ""),
    ("et", "Riigikohus jättis TikToki keelu jõusse", ""),
    ("hu", "A Legfelsőbb Bíróság fenntartotta a TikTok-tilalmat", ""),
    ("lv", "Augstākā tiesa saglabā TikTok aizliegumu", ""),
    ("lt", "Aukščiausiasis Teismas paliko galioti TikTok draudimą", ""),
]


@pytest.mark.parametrize(("lang", "title", "text"), KEPT)
def test_a_government_keeping_its_ban_is_no_new_act(lang: str, title: str, text: str) -> None:
    a = assert_no_new_action(lang, title, text)
    assert a.label in {"not_action", "background_only"}, f"[{lang}] {title!r}: got {a.label!r}"


@pytest.mark.parametrize(("lang", "title", "text"), FACT_CHECKS)
def test_a_fact_check_rumour_or_denial_is_no_act(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "not_action")


@pytest.mark.parametrize(("lang", "title", "text"), ASKS_TO_STOP)
def test_asking_to_stop_or_delay_a_ban_is_no_new_act(lang: str, title: str, text: str) -> None:
    a = assert_no_new_action(lang, title, text)
    assert a.label in {"not_action", "proposed_or_threatened", "tiktok_challenges_action"}, f"[{lang}] {title!r}: got {a.label!r}"


@pytest.mark.parametrize(("lang", "title", "text"), USERS)
def test_users_or_creators_punished_is_no_act_against_the_app(lang: str, title: str, text: str) -> None:
    assert_label(lang, title, text, "not_action")


@pytest.mark.parametrize(("lang", "title", "text", "type_", "code"), ACTS)
def test_the_real_acts_stay_new_acts(lang: str, title: str, text: str, type_: str, code: str | None) -> None:
    assert_new_action(lang, title, text, type_, code)


@pytest.mark.parametrize(("lang", "title", "text"), UPHELD)
def test_a_court_upholding_a_ban_is_a_new_act(lang: str, title: str, text: str) -> None:
    assert_new_action(lang, title, text)
