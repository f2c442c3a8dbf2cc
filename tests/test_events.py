"""Event identity: one event per real-world action, across outlets, wordings and languages.

Every case is articles written for these tests, grouped by the real pipeline stages against the
real Elasticsearch (``match_and_plan``), then read back from ``monitor-events``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from monitor.identity import act_compatibility, actor_keys, amounts, place_relation
from monitor.pipeline import index_articles, match_and_plan
from monitor.rules import Rule
from monitor.settings import Settings
from monitor.store import INDICES, setup
from tests.helpers import article_doc

RULE = Rule(name="actions", description="New government action against TikTok", query="tiktok", new_action=True, severity="high")
T0 = datetime.now(UTC) - timedelta(days=3)


def doc(url: str, title: str, hours: float, *, language: str = "en", **kw: Any) -> dict[str, Any]:
    kw.setdefault("evidence", title)
    d = article_doc(url, title, published=T0 + timedelta(hours=hours), **kw)
    d["language"] = language
    d["text"] = f"{title}. TikTok."
    return d


def group(es: Any, settings: Settings, *cycles: list[dict[str, Any]]) -> list[set[str]]:
    """Index and match each cycle in turn; the events as sets of article URLs."""
    for articles in cycles:
        index_articles(es, settings, articles)
        match_and_plan(es, settings, [RULE])
    es.indices.refresh(index=settings.index("events"))
    hits = es.search(index=settings.index("events"), size=100)["hits"]["hits"]
    return sorted(({u for u in h["_source"]["urls"]} for h in hits), key=lambda s: sorted(s))


def events(es: Any, settings: Settings) -> list[dict[str, Any]]:
    es.indices.refresh(index=settings.index("events"))
    return [h["_source"] for h in es.search(index=settings.index("events"), size=100)["hits"]["hits"]]


def test_the_rules_in_brief():
    assert act_compatibility("ban_national", "ban_national") == 3
    assert act_compatibility("ban_national", "regulatory_order") == 2  # an order blocking the app is a ban
    assert act_compatibility("divestiture_order", "law_enacted") == 2  # the law enacting the order
    assert act_compatibility("fine_or_penalty", "ban_government_devices") == 0
    assert place_relation("CA", "CA") == 2 and place_relation("US", "US-MT") == 1 and place_relation("", "CA") == 1
    assert place_relation("US-MT", "US-TX") is None and place_relation("CA", "US") is None
    assert actor_keys("EU Commission") == actor_keys("European Commission") != frozenset()
    assert actor_keys("Ottawa") == actor_keys("the federal government") == frozenset()  # generic: the government of the place
    # a city the gazetteer lists acts for itself: two cities of one state are two governments
    assert actor_keys("New York City") == actor_keys("New York City's") != actor_keys("Buffalo")
    assert actor_keys("New York City") != frozenset()


def test_a_national_ban_and_an_order_blocking_the_app_are_one_action(es, settings):
    ban = doc("https://a.example/np", "Nepal bans TikTok", 0, jurisdiction="NP", action_type="ban_national", actor="Government of Nepal")
    order = doc(
        "https://b.example/np",
        "Regulator orders internet providers to block TikTok across Nepal",
        5,
        jurisdiction="NP",
        action_type="regulatory_order",
        actor="Nepal Telecommunications Authority",
    )
    assert group(es, settings, [ban, order]) == [{ban["url"], order["url"]}]


def test_an_order_then_the_law_enacting_it_are_one_action(es, settings):
    order = doc(
        "https://a.example/us",
        "US orders ByteDance to sell TikTok",
        0,
        jurisdiction="US",
        action_type="divestiture_order",
        actor="President",
    )
    law = doc(
        "https://b.example/us",
        "Biden signs TikTok sale-or-ban law",
        24 * 9,
        jurisdiction="US",
        action_type="law_enacted",
        actor="Joe Biden",
    )
    assert group(es, settings, [order], [law]) == [{order["url"], law["url"]}]


def test_a_fine_and_a_penalty_worded_apart_are_one_action_but_a_fine_and_a_device_ban_are_two(es, settings):
    kw = {"jurisdiction": "IE", "action_type": "fine_or_penalty", "actor": "Data Protection Commission"}
    fine = doc("https://a.example/ie", "Irish regulator fines TikTok €345m", 0, **kw)
    penalty = doc(
        "https://b.example/ie",
        "Record penalty for video app over children's data",
        3,
        **{**kw, "actor": "Irish Data Protection Commission"},
    )
    devices = doc(
        "https://c.example/ie", "Ireland bans TikTok on official phones", 6, jurisdiction="IE", action_type="ban_government_devices"
    )
    assert group(es, settings, [fine, penalty, devices]) == [{fine["url"], penalty["url"]}, {devices["url"]}]


def test_two_named_bodies_of_one_country_are_two_actions(es, settings):
    ftc = doc(
        "https://a.example/ftc",
        "FTC opens TikTok probe",
        0,
        jurisdiction="US",
        action_type="investigation_opened",
        actor="Federal Trade Commission",
    )
    doc_ = doc(
        "https://b.example/com",
        "Commerce Department investigates TikTok",
        2,
        jurisdiction="US",
        action_type="investigation_opened",
        actor="Department of Commerce",
    )
    assert len(group(es, settings, [ftc, doc_])) == 2


def test_one_action_reported_in_french_korean_and_english_is_one_event(es, settings):
    kw = {"jurisdiction": "FR", "action_type": "fine_or_penalty"}
    fr = doc(
        "https://journal.example/cnil", "La CNIL inflige une amende de 5 millions d'euros à TikTok", 0, language="fr", actor="CNIL", **kw
    )
    ko = doc(
        "https://news.example/kr/cnil", "프랑스 정보자유국가위원회, 틱톡에 500만 유로 과징금", 4, language="ko", actor="프랑스 정부", **kw
    )
    en = doc(
        "https://wire.example/cnil",
        "French privacy watchdog fines TikTok over cookies",
        9,
        actor="France's data protection authority",
        **kw,
    )
    assert group(es, settings, [fr], [ko, en]) == [{fr["url"], ko["url"], en["url"]}]
    [event] = events(es, settings)
    assert event["languages"] == ["en", "fr", "ko"] and event["outlet_count"] == 3


def test_an_article_without_a_jurisdiction_joins_only_on_a_named_actor(es, settings):
    va = doc(
        "https://a.example/va",
        "Virginia bans TikTok on state devices",
        0,
        jurisdiction="US-VA",
        action_type="ban_government_devices",
        actor="Virginia Gov. Glenn Youngkin",
    )
    named = doc(
        "https://b.example/va",
        "Youngkin order bars TikTok",
        2,
        jurisdiction="",
        action_type="ban_government_devices",
        actor="Governor Glenn Youngkin",
    )
    vague1 = doc(
        "https://c.example/x",
        "Government bans TikTok on phones",
        3,
        jurisdiction="",
        action_type="ban_government_devices",
        actor="government",
    )
    vague2 = doc(
        "https://d.example/y",
        "Officials ban TikTok on work phones",
        4,
        jurisdiction="",
        action_type="ban_government_devices",
        actor="officials",
    )
    groups = group(es, settings, [va, named, vague1, vague2])
    assert {va["url"], named["url"]} in groups
    assert {vague1["url"]} in groups and {vague2["url"]} in groups  # no jurisdiction is no reason to join anything


def test_the_same_articles_make_the_same_events_in_one_cycle_or_many(es, settings):
    articles = [
        doc(
            "https://a.example/1",
            "Canada orders TikTok to wind up its business",
            0,
            jurisdiction="CA",
            action_type="business_wind_up_order",
            actor="Ottawa",
        ),
        doc(
            "https://b.example/2",
            "Canada tells TikTok to close offices",
            2,
            jurisdiction="CA",
            action_type="regulatory_order",
            actor="Industry Minister",
        ),
        doc("https://c.example/3", "Canada bans TikTok on government devices", 3, jurisdiction="CA", action_type="ban_government_devices"),
        doc("https://d.example/4", "Albania shuts TikTok for a year", 4, jurisdiction="AL", action_type="ban_national", actor="Edi Rama"),
        doc(
            "https://e.example/5",
            "L'Albanie bloque TikTok",
            6,
            language="fr",
            jurisdiction="AL",
            action_type="regulatory_order",
            actor="gouvernement",
        ),
        doc("https://f.example/6", "Canada's wind-up order hits TikTok staff", 30, jurisdiction="CA", action_type="business_wind_up_order"),
        doc(
            "https://g.example/7",
            "Ottawa's device ban on TikTok widens",
            31,
            jurisdiction="CA",
            action_type="ban_government_devices",
            actor="Treasury Board",
        ),
    ]
    at_once = group(es, settings, articles)
    assert len(at_once) == 3
    with fresh_indices(es, settings, "b") as other:
        assert group(es, other, articles[:2], articles[2:5], articles[5:]) == at_once  # publication order, three cycles
    with fresh_indices(es, settings, "c") as other:
        assert group(es, other, articles[::-1]) == at_once  # one batch in any order: grouped oldest first


@contextmanager
def fresh_indices(es: Any, settings: Settings, suffix: str) -> Iterator[Settings]:
    other = settings.with_(index_prefix=settings.index_prefix + suffix)
    setup(es, other)
    try:
        yield other
    finally:
        es.indices.delete(index=",".join(other.index(n) for n in INDICES), ignore_unavailable=True)
        for tpl in es.indices.get_index_template(name=f"{other.index_prefix}-*")["index_templates"]:
            es.indices.delete_index_template(name=tpl["name"])


def test_a_ruling_on_one_states_law_lands_on_that_state_and_not_on_a_newer_one(es, settings):
    montana = doc(
        "https://a.example/mt",
        "Montana becomes the first state to ban TikTok",
        0,
        jurisdiction="US-MT",
        action_type="ban_regional",
        actor="State of Montana",
    )
    texas = doc(
        "https://b.example/tx",
        "Texas bars TikTok from state-issued phones",
        24,
        jurisdiction="US-TX",
        action_type="ban_government_devices",
        actor="State of Texas",
    )
    # A federal judge: the analyzer reports the country as the place, and Montana among the governments named.
    ruling = doc(
        "https://c.example/ruling",
        "Federal judge halts Montana's TikTok ban before it takes effect",
        48,
        jurisdiction="US",
        action_type="ban_regional",
        actor="Court (United States)",
        stage="blocked",
        new_action=False,
        label="court_blocks_action",
    )
    ruling["entities"]["governments"] = ["US", "US-MT"]
    # A ruling naming Texas itself stays with Texas, though Montana's action is of the same type as its act.
    texas_ruling = doc(
        "https://d.example/tx-ruling",
        "Court upholds the Texas rule on state phones",
        60,
        jurisdiction="US-TX",
        action_type="ban_regional",
        actor="Court (United States)",
        stage="upheld",
        new_action=False,
        label="new_action",
    )
    group(es, settings, [montana, texas], [ruling], [texas_ruling])
    by_place = {e["jurisdiction"]: e for e in events(es, settings)}
    assert set(by_place) == {"US-MT", "US-TX"}
    assert [d["url"] for d in by_place["US-MT"].get("developments", [])] == [ruling["url"]]
    assert [d["url"] for d in by_place["US-TX"].get("developments", [])] == [texas_ruling["url"]]


def test_a_city_written_two_ways_is_one_actor_and_one_action(es, settings):
    assert actor_keys("NYC") == actor_keys("New York City") == actor_keys("N.Y.C.")
    kw = {"jurisdiction": "US-NY", "action_type": "ban_government_devices"}
    short = doc("https://a.example/nyc", "NYC bars TikTok from city-owned phones", 0, actor="NYC", **kw)
    full = doc("https://b.example/nyc", "New York City pulls TikTok off agency devices", 20, actor="New York City", **kw)
    assert group(es, settings, [short], [full]) == [{short["url"], full["url"]}]


def test_a_parliament_barring_the_app_from_its_own_phones_acts_apart_from_the_executive(es, settings):
    kw = {"jurisdiction": "EU", "action_type": "ban_government_devices"}
    commission = doc(
        "https://a.example/ec", "Commission staff told to remove TikTok from work phones", 0, actor="European Commission", **kw
    )
    parliament = doc(
        "https://b.example/ep", "Parlement européen : TikTok banni des téléphones des députés", 24 * 5,
        language="fr", actor="Parliament (European Union)", **kw,
    )  # fmt: skip
    again = doc("https://c.example/ep", "MEPs' phones to go TikTok-free", 24 * 5 + 3, actor="European Parliament", **kw)
    groups = group(es, settings, [commission], [parliament, again])
    assert groups == sorted([{commission["url"]}, {parliament["url"], again["url"]}], key=lambda s: sorted(s))
    assert "legislature" in actor_keys("Storting") and actor_keys("Government of Norway") == frozenset()


def test_a_parliaments_phone_ban_stays_apart_from_the_governments_however_either_is_typed(es, settings):
    government = doc(
        "https://a.example/no", "Regjeringen forbyr TikTok", 0, language="no", jurisdiction="NO", action_type="ban_national",
        actor="Government of Norway",
    )  # fmt: skip
    storting = doc(
        "https://b.example/no", "Storting bars TikTok from members' devices", 24 * 3, jurisdiction="NO",
        action_type="ban_government_devices", actor="Storting",
    )  # fmt: skip
    assert group(es, settings, [government], [storting]) == sorted([{government["url"]}, {storting["url"]}], key=lambda s: sorted(s))


def test_reports_of_one_court_ruling_are_one_event_whoever_they_credit_and_however_they_type_it(es, settings):
    kw = {"jurisdiction": "US", "stage": "upheld", "action_type": "other"}
    court = doc("https://a.example/scotus", "Justices uphold the TikTok sale-or-ban law", 0, actor="U.S. Supreme Court", **kw)
    lawyer = doc(
        "https://b.example/scotus", "The ruling that keeps the TikTok law alive, explained", 2, actor="Merrick Garland", **kw
    )
    # another outlet reports the ruling as the ban itself, credited to the court
    as_ban = doc(
        "https://c.example/scotus", "米最高裁がTikTok側の訴えを退ける", 10, language="ja",
        jurisdiction="US", action_type="ban_national", stage="enacted", actor="Court (United States)",
    )  # fmt: skip
    # a ruling by another court that week is another event
    other_court = doc(
        "https://d.example/appeals", "Appeals court upholds a state's TikTok rule", 12, actor="federal appeals court", **kw
    )
    groups = group(es, settings, [court, lawyer], [as_ban, other_court])
    assert {court["url"], lawyer["url"], as_ban["url"]} in groups
    assert {other_court["url"]} in groups


def test_a_ruling_told_as_the_act_it_keeps_joins_the_ruling_whoever_is_credited(es, settings):
    court = doc(
        "https://a.example/ruling", "Supreme Court leaves the TikTok law in force", 0, jurisdiction="US", stage="upheld",
        action_type="other", actor="US Supreme Court",
    )  # fmt: skip
    # the same day, outlets tell the ruling as the order to sell or the ban, credited to others
    as_sale = doc(
        "https://b.example/ruling", "TikTok phải bán mình hoặc bị cấm sau phán quyết", 6, language="vi", jurisdiction="US",
        action_type="divestiture_order", actor="President Biden",
    )  # fmt: skip
    as_law = doc(
        "https://c.example/ruling", "A Kongresszus TikTok-törvénye marad", 9, language="hu", jurisdiction="US",
        action_type="law_enacted", actor="US Congress",
    )  # fmt: skip
    # a suit by the same country that week is not a ruling's act; nor is another country's ban
    suit = doc(
        "https://d.example/suit", "Justice Department sues TikTok over children's data", 10, jurisdiction="US",
        action_type="lawsuit_by_government", actor="US Department of Justice",
    )  # fmt: skip
    elsewhere = doc("https://e.example/ban", "Albania bans TikTok", 11, jurisdiction="AL", action_type="ban_national")
    groups = group(es, settings, [court], [as_sale, as_law, suit, elsewhere])
    assert groups == sorted([{court["url"], as_sale["url"], as_law["url"]}, {suit["url"]}, {elsewhere["url"]}], key=lambda s: sorted(s))


def test_a_ruling_joins_a_same_day_report_of_the_act_it_keeps(es, settings):
    as_ban = doc(
        "https://a.example/first", "Brazil's ban on TikTok stands", 0, language="pt", jurisdiction="BR",
        action_type="ban_national", actor="Ministry of Justice (Brazil)",
    )  # fmt: skip
    court = doc(
        "https://b.example/then", "Supremo Tribunal Federal mantém bloqueio do TikTok", 5, language="pt", jurisdiction="BR",
        stage="upheld", action_type="other", actor="Supreme Federal Court",
    )  # fmt: skip
    groups = group(es, settings, [as_ban], [court])
    assert groups == [{as_ban["url"], court["url"]}]


def test_an_act_days_after_a_ruling_is_not_the_ruling_unless_it_names_its_body(es, settings):
    court = doc(
        "https://a.example/ruling2", "Appeals court upholds the state's TikTok ban", 0, jurisdiction="US-MT", stage="upheld",
        action_type="other", actor="Ninth Circuit Court of Appeals",
    )  # fmt: skip
    # the governor signs a new device ban five days on: past the same days, another body, another act
    signed = doc(
        "https://b.example/signed", "Governor bans TikTok on state phones", 24 * 5, jurisdiction="US-MT",
        action_type="ban_government_devices", actor="Governor Greg Gianforte",
    )  # fmt: skip
    groups = group(es, settings, [court], [signed])
    assert groups == sorted([{court["url"]}, {signed["url"]}], key=lambda s: sorted(s))


def test_two_provinces_banning_the_app_on_their_phones_the_same_week_are_two_actions(es, settings):
    kw = {"action_type": "ban_government_devices", "actor": ""}
    alberta = doc("https://a.example/ab", "Alberta bans TikTok on government phones", 0, jurisdiction="CA-AB", **kw)
    alberta2 = doc("https://b.example/ab", "Edmonton pulls TikTok from provincial devices", 6, jurisdiction="CA-AB", **kw)
    sask = doc("https://c.example/sk", "Saskatchewan follows with its own ban", 30, jurisdiction="CA-SK", **kw)
    federal = doc("https://d.example/ca", "Canada bans TikTok on federal phones", 2, jurisdiction="CA", **kw)
    groups = group(es, settings, [alberta, federal], [alberta2, sask])
    assert {alberta["url"], alberta2["url"]} in groups
    assert {sask["url"]} in groups and {federal["url"]} in groups


def test_in_one_province_a_ban_and_a_ban_on_government_phones_are_one_action(es, settings):
    outlaw = doc("https://a.example/ab1", "Alberta outlaws TikTok", 0, jurisdiction="CA-AB", action_type="ban_regional", actor="")
    phones = doc(
        "https://b.example/ab2", "Alberta bars TikTok from government phones", 20, jurisdiction="CA-AB",
        action_type="ban_government_devices", actor="",
    )  # fmt: skip
    # in one country the two stay apart: a national ban is not a ban on officials' phones
    national = doc("https://c.example/us1", "US bans TikTok", 0, jurisdiction="US", action_type="ban_national", actor="")
    devices = doc(
        "https://d.example/us2", "US bars TikTok from federal phones", 20, jurisdiction="US", action_type="ban_government_devices", actor=""
    )
    groups = group(es, settings, [outlaw, national], [phones, devices])
    assert {outlaw["url"], phones["url"]} in groups
    assert {national["url"]} in groups and {devices["url"]} in groups


def test_a_named_body_banning_the_app_is_its_device_ban_however_outlets_type_it(es, settings):
    # one outlet types the Army's ban as a ban, another as a ban on government phones
    army = doc("https://a.example/army", "Army bans TikTok", 0, jurisdiction="US", action_type="ban_national", actor="U.S. Army")
    phones = doc(
        "https://b.example/army", "Soldiers told to delete TikTok from government phones", 5, jurisdiction="US",
        action_type="ban_government_devices", actor="",
    )  # fmt: skip
    # an order by a named body to delete the app from agencies' phones is its device ban
    order = doc(
        "https://c.example/wh", "Casa Blanca ordena borrar TikTok", 30, language="es", jurisdiction="US",
        action_type="regulatory_order", actor="White House",
    )  # fmt: skip
    devices = doc(
        "https://d.example/wh", "White House gives agencies 30 days to remove TikTok", 32, jurisdiction="US",
        action_type="ban_government_devices", actor="White House",
    )  # fmt: skip
    # a fine is still not a device ban
    fine = doc("https://e.example/fine", "FTC fines TikTok", 6, jurisdiction="US", action_type="fine_or_penalty", actor="FTC")
    groups = group(es, settings, [army, fine], [phones, order], [devices])
    assert {army["url"], phones["url"]} in groups
    assert {order["url"], devices["url"]} in groups
    assert {fine["url"]} in groups


def test_one_regulators_acts_within_days_are_one_action_however_typed(es, settings):
    kw = {"jurisdiction": "BR", "actor": "ANPD"}
    opens = doc("https://a.example/anpd", "ANPD abre processo contra o TikTok", 0, language="pt", action_type="investigation_opened", **kw)
    orders = doc(
        "https://b.example/anpd", "Data regulator orders TikTok to shield children's data", 20, action_type="regulatory_order", **kw
    )
    # the same regulator's fine ten days on is another action
    fine = doc("https://c.example/anpd", "ANPD multa o TikTok", 24 * 10, language="pt", action_type="fine_or_penalty", **kw)
    # another body's act the same day is its own
    ministry = doc(
        "https://d.example/mj", "Ministério da Justiça notifica TikTok", 2, language="pt", action_type="regulatory_order",
        jurisdiction="BR", actor="Ministry of Justice (Brazil)",
    )  # fmt: skip
    groups = group(es, settings, [opens, ministry], [orders], [fine])
    assert {opens["url"], orders["url"]} in groups
    assert {fine["url"]} in groups and {ministry["url"]} in groups


def test_one_bodys_same_act_joins_for_weeks_but_its_next_act_months_on_is_new(es, settings):
    kw = {"jurisdiction": "US-TX", "action_type": "lawsuit_by_government", "actor": "Attorney General Ken Paxton"}
    first = doc("https://a.example/tx1", "Texas attorney general sues TikTok over child safety", 0, **kw)
    # a weekly round-up four weeks on, past the 21 days of coverage, reports the same suit
    recap = doc("https://b.example/tx1", "Paxton's suit against TikTok: what we know", 24 * 28, **kw)
    # three months on the same office files a second suit: a new action
    second = doc("https://c.example/tx2", "Texas files a second lawsuit against TikTok", 24 * 95, **kw)
    groups = group(es, settings, [first], [recap], [second])
    assert groups == sorted([{first["url"], recap["url"]}, {second["url"]}], key=lambda s: sorted(s))


def test_a_towns_ban_is_not_the_countrys_the_same_week(es, settings):
    assert actor_keys("Municipality of Zoetermeer") == actor_keys("Zoetermeer city council") != frozenset()
    kw = {"jurisdiction": "NL", "action_type": "ban_government_devices"}
    national = doc("https://a.example/nl", "Nederland weert TikTok van telefoons van ambtenaren", 0, language="nl", actor="", **kw)
    national2 = doc("https://b.example/nl", "Dutch civil servants told to remove TikTok", 6, actor="Government of the Netherlands", **kw)
    town = doc(
        "https://c.example/ztm", "Gemeente Zoetermeer verbiedt TikTok op werktelefoons", 30, language="nl",
        actor="Municipality of Zoetermeer", **kw,
    )  # fmt: skip
    town2 = doc("https://d.example/ztm", "Zoetermeer bars TikTok from city phones", 34, actor="Zoetermeer city council", **kw)
    groups = group(es, settings, [national, national2], [town, town2])
    assert groups == sorted([{national["url"], national2["url"]}, {town["url"], town2["url"]}], key=lambda s: sorted(s))


def test_two_counties_of_one_state_banning_the_app_the_same_week_are_two_actions(es, settings):
    assert actor_keys("Lewis County commissioners") == actor_keys("Lewis County board") != actor_keys("Davison County")
    assert actor_keys("City of Fountain Hills") != frozenset() and actor_keys("city council") == frozenset()
    kw = {"action_type": "ban_government_devices", "jurisdiction": "US-WA"}
    lewis = doc("https://a.example/lewis", "Lewis County bans TikTok on county phones", 0, actor="Lewis County commissioners", **kw)
    lewis2 = doc("https://b.example/lewis", "County pulls TikTok from work devices", 8, actor="Lewis County board", **kw)
    other = doc("https://c.example/davison", "Davison County follows with its own ban", 30, actor="Davison County", **kw)
    groups = group(es, settings, [lewis], [lewis2, other])
    assert {lewis["url"], lewis2["url"]} in groups
    assert {other["url"]} in groups


def test_amounts_are_compared_by_their_significant_digits_in_any_script():
    assert amounts("TikTok fined €530m") == amounts("530 millions d'euros") == amounts("530 milionów euro") == {"53"}
    # a number written out in full keeps its magnitude: €530,000 is not €530m
    assert amounts("fined €530,000") == amounts("530.000 euro") == {"530000"} != amounts("€530m")
    assert amounts("৩৪.৫ কোটি টাকা জরিমানা") == amounts("a €345 million fine") == {"345"}  # 34.5 crore is 345 million
    assert amounts("Ceza 12,7 milyon sterlin") == {"127"}
    # too short to tell fines apart, and years, are not amounts
    assert amounts("fined €5m on 15 September 2023") == frozenset()


def test_reports_of_one_fine_naming_its_amount_are_one_event_whatever_place_they_credit(es, settings):
    kw: dict[str, Any] = {"action_type": "fine_or_penalty"}
    ie = doc("https://a.example/dpc", "Irish regulator fines TikTok €530m over data transfers", 0, jurisdiction="IE", actor="DPC", **kw)
    eu = doc("https://b.example/eu", "L'Europe inflige 530 millions d'euros d'amende à TikTok", 5, language="fr", jurisdiction="EU", **kw)
    nowhere = doc("https://c.example/x", "TikTok musi zapłacić 530 mln euro kary", 8, language="pl", jurisdiction="", actor="", **kw)
    # another fine the same week, of another amount, in a place an outlet might confuse
    other = doc("https://d.example/it", "Italy fines TikTok €10m", 9, jurisdiction="IT", actor="AGCM", **kw)
    unrelated = doc("https://e.example/y", "TikTok fined 125 million for ad rules", 10, jurisdiction="", actor="", **kw)
    groups = group(es, settings, [ie, eu], [nowhere, other, unrelated])
    assert {ie["url"], eu["url"], nowhere["url"]} in groups
    assert {other["url"]} in groups and {unrelated["url"]} in groups
    assert len(groups) == 3


def test_a_fine_written_out_in_full_is_not_one_of_the_same_digits_in_millions(es, settings):
    kw: dict[str, Any] = {"action_type": "fine_or_penalty"}
    small = doc("https://a.example/it", "Italian watchdog fines TikTok €530,000", 0, jurisdiction="IT", actor="AGCM", **kw)
    large = doc("https://b.example/ie", "Irish regulator fines TikTok €530m", 4, jurisdiction="IE", actor="DPC", **kw)
    assert len(group(es, settings, [small, large])) == 2


def test_the_same_amount_does_not_join_acts_other_than_fines(es, settings):
    kw: dict[str, Any] = {"action_type": "ban_government_devices"}
    a = doc("https://a.example/a", "State bans TikTok on 250 agencies' phones", 0, jurisdiction="US-TX", actor="Gov. Greg Abbott", **kw)
    b = doc("https://b.example/b", "Province bans TikTok on 250 agencies' phones", 2, jurisdiction="CA-QC", actor="Quebec", **kw)
    assert len(group(es, settings, [a, b])) == 2


def test_a_coalition_of_states_and_the_state_leading_it_are_one_action(es, settings):
    coalition = doc(
        "https://a.example/ags", "46 attorneys general ask court to make TikTok hand over documents", 0,
        jurisdiction="US", action_type="investigation_opened", actor="State attorneys general (coalition)",
    )  # fmt: skip
    leader = doc(
        "https://b.example/ne", "Nebraska leads multistate push to compel TikTok in probe", 20,
        jurisdiction="US-NE", action_type="investigation_opened", actor="State of Nebraska",
    )  # fmt: skip
    # another state's own suit weeks later is its own action
    later = doc(
        "https://c.example/ia", "Iowa sues TikTok over its app-store rating", 24 * 20,
        jurisdiction="US-IA", action_type="lawsuit_by_government", actor="State of Iowa",
    )  # fmt: skip
    groups = group(es, settings, [coalition], [leader], [later])
    assert groups == sorted([{coalition["url"], leader["url"]}, {later["url"]}], key=lambda s: sorted(s))
