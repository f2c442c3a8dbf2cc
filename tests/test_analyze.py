"""Synthetic cases for monitor.analyze: what the labelled set lacks.

Every article here is written for the test (no publisher text). Each case names the
label, and for a new action its type and jurisdiction; the cases cover negatives
(product news, polls, opinion, other companies, lifted bans), court rulings both ways,
headlines without the act in the body, British/Canadian spelling and metonyms
("Ottawa orders", "Brussels fines"), background tense, hypotheticals and negation.
"""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from monitor.analyze import analyze_article, analyze_jsonl
from monitor.models import Analysis

# (id, title, text, published, label, action_type, jurisdiction)
CASES: list[tuple[str, str | None, str, str | None, str, str | None, str | None]] = [
    # ---------------------------------------------------------------- the reference pair
    (
        "ref-canada-windup",
        "Canada orders TikTok to wind up its Canadian business",
        "OTTAWA — The federal government on Wednesday ordered TikTok Technology Canada to wind up its operations in the country "
        "after a national security review under the Investment Canada Act.\n"
        "The Minister of Innovation, Science and Industry said Canadians can keep using the app.\n"
        "Canada banned TikTok from government devices last year.",
        "2024-11-06",
        "new_action", "business_wind_up_order", "CA",
    ),
    (
        "ref-canada-background",
        "TikTok creators in Toronto launch a music festival",
        "A group of TikTok creators announced a three-day music festival in Toronto this summer.\n"
        "Organisers expect 20,000 visitors and hope to raise money for youth charities.\n"
        "Canada banned TikTok from government devices last year, but the app remains hugely popular with Canadians.",
        "2024-05-02",
        "background_only|not_action", None, None,
    ),
    # ---------------------------------------------------------------- positives, varied phrasing
    (
        "ottawa-metonym",
        "Ottawa orders TikTok's Canadian arm dissolved",
        "Ottawa has ordered the dissolution of TikTok's Canadian subsidiary, the industry minister said on Wednesday, "
        "citing advice from the security and intelligence community.",
        "2024-11-06",
        "new_action", "business_wind_up_order", "CA",
    ),
    (
        "brussels-fine",
        "Brussels fines TikTok €500m over Digital Services Act breaches",
        "Brussels fines TikTok €500 million for failing to protect minors, the European Commission announced on Tuesday, "
        "the largest penalty yet under the Digital Services Act.",
        "2025-06-10",
        "new_action", "fine_or_penalty", "EU",
    ),
    (
        "uk-ico-licence",
        None,
        "The Information Commissioner's Office has fined TikTok £12.7 million for misusing children's data, the UK regulator said today. "
        "The organisation said TikTok had not done enough to check who was using its platform.",
        "2023-04-04",
        "new_action", "fine_or_penalty", "GB",
    ),
    (
        "state-devices-eo",
        "Governor bans TikTok on state-owned devices",
        "Governor Jane Smith of Ohio signed an executive order on Monday banning TikTok and other Chinese-owned apps on all "
        "state-issued phones and computers, effective immediately.",
        "2023-01-09",
        "new_action", "ban_government_devices", "US-OH",
    ),
    (
        "nepal-national-ban",
        "Nepal bans TikTok, citing social harmony",
        "KATHMANDU (Reuters) - Nepal's government on Monday banned TikTok, saying the Chinese-owned app was disrupting social harmony. "
        "The telecoms regulator instructed internet providers to block the app.",
        "2023-11-13",
        "new_action", "ban_national", "NP",
    ),
    (
        "ag-lawsuit-no-state-in-sentence",
        None,
        "Attorney General Maria Lopez sued TikTok on Thursday, accusing the company of deceiving Nevada parents about the app's "
        "safety for children. The complaint was filed in Clark County district court.",
        "2024-01-18",
        "new_action", "lawsuit_by_government", "US-NV",
    ),
    (
        "passive-headline",
        "TikTok fined by Dutch privacy watchdog",
        "TikTok has been fined €750,000 by the Dutch data protection authority for failing to offer its privacy statement in Dutch.",
        "2021-07-22",
        "new_action", "fine_or_penalty", "NL",
    ),
    (
        "investigation-opened",
        None,
        "The European Commission has opened formal proceedings against TikTok to assess whether it breached the Digital Services Act "
        "in areas linked to the protection of minors, the Commission said on Monday.",
        "2024-02-19",
        "new_action", "investigation_opened", "EU",
    ),
    (
        "divestiture-order",
        "President orders ByteDance to sell TikTok's US business",
        "US President Donald Trump on Friday signed an order requiring ByteDance to divest its American TikTok operations within 90 days.",
        "2020-08-14",
        "new_action", "divestiture_order", "US",
    ),
    (
        "law-signed",
        None,
        "The president signed into law on Wednesday a bill that requires ByteDance to sell TikTok within nine months or face a ban "
        "in the United States.",
        "2024-04-24",
        "new_action", "law_enacted", "US",
    ),
    (
        "court-upholds",
        "Appeals court upholds law that could ban TikTok",
        "A federal appeals court on Friday upheld the law requiring ByteDance to divest TikTok, rejecting the company's argument "
        "that the statute violates the First Amendment.",
        "2024-12-06",
        # a ruling upholding an act is none of the listed act types: the labelled data types it "other"
        "new_action", "other", "US",
    ),
    (
        "regulatory-order",
        None,
        "Indonesia's communications ministry ordered TikTok to suspend its e-commerce service on Wednesday, "
        "saying social media platforms may no longer process payments.",
        "2023-10-04",
        "new_action", "regulatory_order", "ID",
    ),
    (
        "announced-with-start-date",
        "Country to block TikTok from next month",
        "The government of Kyrgyzstan said on Thursday it will block access to TikTok from 1 May, after a decision by the "
        "culture ministry that the app harms children.",
        "2023-04-06",
        "new_action", "ban_national", "KG",
    ),
    # ---------------------------------------------------------------- proposals, threats, hypotheticals
    (
        "could-ban",
        "Lawmakers say TikTok could be banned",
        "Senior lawmakers said on Tuesday that TikTok could be banned in the country if it fails to address security concerns.",
        "2023-03-21",
        "proposed_or_threatened", None, None,
    ),
    (
        "considering",
        None,
        "The Australian government is considering a ban on TikTok on government devices, the home affairs minister said, "
        "adding that a decision would follow a review.",
        "2023-03-01",
        "proposed_or_threatened", None, None,
    ),
    (
        "calls-for",
        None,
        "An opposition MP has called for TikTok to be banned across the UK, saying the app poses a risk to national security.",
        "2023-02-02",
        "proposed_or_threatened", None, None,
    ),
    (
        "bill-would",
        "Senators introduce bill to ban TikTok nationwide",
        "A group of senators introduced a bill on Thursday that would ban TikTok across the United States.",
        "2023-02-10",
        "proposed_or_threatened", None, None,
    ),
    (
        "does-not-rule-out",
        "Minister does not rule out TikTok ban",
        "The digital minister did not rule out a ban on TikTok when asked by reporters on Monday.",
        "2024-04-29",
        "proposed_or_threatened", None, None,
    ),
    (
        "plans-to",
        None,
        "The state's governor plans to ban TikTok on government devices next month, his office said.",
        "2022-12-01",
        "proposed_or_threatened", None, None,
    ),
    (
        "one-chamber",
        "State Senate passes TikTok ban",
        "The Texas Senate on Tuesday passed a bill banning TikTok on all devices in the state. The measure now goes to the House.",
        "2023-04-11",
        "proposed_or_threatened", None, None,
    ),
    (
        "expected-to",
        "TikTok expected to be banned on official phones",
        "Ministers are expected to announce on Thursday that TikTok will be removed from government phones.",
        "2023-03-15",
        "proposed_or_threatened", None, None,
    ),
    # ---------------------------------------------------------------- negatives
    (
        "product-news",
        "TikTok launches new photo feature",
        "TikTok on Tuesday launched a photo mode that lets users post carousels of images, the company said in a blog post.",
        "2023-10-10",
        "not_action", None, None,
    ),
    (
        "poll",
        None,
        "Support for banning TikTok has fallen to 32 percent, according to a new survey released on Thursday by a research centre.",
        "2024-09-05",
        "not_action", None, None,
    ),
    (
        "opinion",
        "Opinion: Banning TikTok would be a mistake",
        "A ban on TikTok would hurt small businesses and do little for security, writes our columnist. "
        "Lawmakers should instead pass a federal privacy law.",
        "2024-03-01",
        "not_action", None, None,
    ),
    (
        "other-company",
        "Regulator fines Meta over data transfers",
        "The Irish Data Protection Commission fined Meta €1.2 billion on Monday over transfers of Facebook users' data to the US. "
        "TikTok is also under investigation by the regulator.",
        "2023-05-22",
        "not_action", None, None,
    ),
    (
        "lifted-ban",
        "Regulator lifts TikTok ban",
        "The telecommunications authority on Friday lifted its ban on TikTok after the company promised to moderate unlawful content. "
        "The app had been blocked since July.",
        "2021-11-19",
        "not_action", None, None,
    ),
    (
        "revoked",
        None,
        "The president on Wednesday revoked the executive orders that sought to ban TikTok and WeChat, the White House said.",
        "2021-06-09",
        "not_action", None, None,
    ),
    (
        "private-lawsuit",
        "Parents sue TikTok over viral challenge",
        "A group of parents filed a lawsuit against TikTok on Monday, alleging its algorithm pushed a dangerous challenge "
        "to their children.",
        "2022-07-05",
        "not_action", None, None,
    ),
    (
        "negation",
        None,
        "The government will not ban TikTok, the prime minister said on Sunday, adding that users should be careful with their data.",
        "2023-03-19",
        "not_action", None, None,
    ),
    (
        "background-tense",
        "TikTok opens new office in Dublin",
        "TikTok opened a new office in Dublin on Monday, creating 300 jobs. "
        "The Irish government banned it from government devices last year, and the EU had previously launched an investigation.",
        "2024-06-03",
        "not_action", None, None,
    ),
    (
        "background-had",
        None,
        "TikTok's new chief executive met investors in Singapore on Friday. Montana had banned the app in 2023 before a court "
        "blocked the law.",
        "2025-03-07",
        "background_only|not_action", None, None,
    ),
    # ---------------------------------------------------------------- developments
    (
        "court-blocks",
        "Judge blocks state TikTok ban",
        "A federal judge on Thursday blocked Montana's ban on TikTok from taking effect, ruling that the law likely violates the "
        "First Amendment.",
        "2023-11-30",
        "court_blocks_action", None, None,
    ),
    (
        "tiktok-sues",
        "TikTok sues to stop Ottawa's shutdown order",
        "TikTok has filed a legal challenge in Federal Court against the Canadian government's order to wind up its business, "
        "the company said on Friday.",
        "2024-12-06",
        "tiktok_challenges_action", None, None,
    ),
    # ---------------------------------------------------------------- headline carries the act
    (
        "headline-only",
        "Belgium bans TikTok on federal government phones",
        "The measure, which applies for six months, follows a report by the national security services. "
        "It does not cover civil servants' personal phones.",
        "2023-03-10",
        "new_action", "ban_government_devices", "BE",
    ),
    # ---------------------------------------------------------------- more phrasings (held-out style)
    (
        "parliament-staff-phones",
        None,
        "The European Parliament said on Tuesday it would ban TikTok from staff phones from March 20.",
        "2023-02-28",
        "new_action", "ban_government_devices", "EU",
    ),
    (
        "court-fine",
        None,
        "A Russian court on Tuesday fined TikTok 4 million roubles for failing to delete banned content, a news agency reported.",
        "2023-04-04",
        "new_action", "fine_or_penalty", "RU",
    ),
    (
        "city-devices",
        None,
        "New York City banned TikTok on city-owned devices on Wednesday, citing security concerns.",
        "2023-08-16",
        "new_action", "ban_government_devices", "US-NY",
    ),
    (
        "said-it-had",
        None,
        "Taiwan's cabinet said on Tuesday it had banned TikTok on government devices, joining the US and Canada.",
        "2022-12-06",
        "new_action", "ban_government_devices", "TW",
    ),
    (
        "delay-is-favourable",
        None,
        "The president said on Sunday he would sign an executive order to delay the TikTok ban by 75 days.",
        "2025-01-19",
        "not_action", None, None,
    ),
    (
        "senator-urges",
        None,
        "A senator urged the Commerce Department to ban TikTok nationwide in a letter on Wednesday.",
        "2023-01-25",
        "proposed_or_threatened", None, None,
    ),
    (
        "other-company-order",
        "Apple removes app after government order",
        "Apple removed WeChat from its App Store in China on Monday after an order from regulators. TikTok was not affected.",
        "2023-01-01",
        "not_action", None, None,
    ),
    (
        "earlier-this-year",
        None,
        "Earlier this year, the Dutch government advised civil servants not to use TikTok. "
        "On Monday, TikTok announced a new data centre in Norway.",
        "2023-06-05",
        "background_only|not_action", None, None,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_cases(case: tuple[str, str | None, str, str | None, str, str | None, str | None]) -> None:
    _cid, title, text, published, label, action_type, jurisdiction = case
    result = analyze_article(title, text, published)
    assert result.label in label.split("|"), (result.label, [a.evidence for a in result.actions])
    assert result.new_action == (label == "new_action")
    if label == "new_action":
        main = result.actions[0]
        assert main.type == action_type
        assert main.jurisdiction == jurisdiction
        assert main.stage in ("enacted", "upheld")
        assert main.evidence
        assert 0.0 <= main.confidence <= 1.0


def test_reference_case_details() -> None:
    title, text, published = CASES[0][1], CASES[0][2], CASES[0][3]
    result = analyze_article(title, text, published)
    assert result.new_action
    assert result.actions[0].type == "business_wind_up_order"
    # the background device ban must not become an action of its own
    assert all(a.type != "ban_government_devices" for a in result.actions)
    assert "TikTok" in result.entities["targets"]
    assert "CA" in result.entities["governments"]


def test_background_sentence_alone_is_not_new() -> None:
    text = "Canada banned TikTok from government devices last year."
    result = analyze_article(None, text, "2024-11-07")
    assert not result.new_action


def test_court_block_is_a_development_with_stage_blocked() -> None:
    case = next(c for c in CASES if c[0] == "court-blocks")
    result = analyze_article(case[1], case[2], case[3])
    assert result.label == "court_blocks_action"
    assert result.actions and result.actions[0].stage == "blocked"


def test_challenge_stage() -> None:
    case = next(c for c in CASES if c[0] == "tiktok-sues")
    result = analyze_article(case[1], case[2], case[3])
    assert result.actions and result.actions[0].stage == "challenged"


def test_no_target_is_not_action() -> None:
    result = analyze_article("Russia blocks Instagram", "Russia's regulator blocked access to Instagram on Monday.", "2022-03-14")
    assert result.label == "not_action"
    assert result.actions == ()


def test_published_accepts_date_types_and_none() -> None:
    text = "Italy's competition authority fined TikTok €10 million on Thursday."
    for published in (None, "2024-03-14", date(2024, 3, 14), datetime(2024, 3, 14, 9, 30)):
        result = analyze_article(None, text, published)
        assert isinstance(result, Analysis)
        assert result.new_action
        assert result.actions[0].jurisdiction == "IT"


def test_empty_input() -> None:
    result = analyze_article(None, "")
    assert result.label == "not_action" and not result.new_action


def test_analyze_jsonl_order_and_errors() -> None:
    lines = [
        json.dumps({"id": "a", "title": "Canada orders TikTok to wind up its Canadian business",
                    "text": "Canada on Wednesday ordered TikTok to wind up its Canadian business.", "published": "2024-11-06"}),
        "{not json",
        json.dumps({"id": "b", "title": None, "text": "TikTok launched a new feature on Tuesday."}),
        json.dumps({"id": "c", "text": 5}),
    ]
    out = [json.loads(x) for x in analyze_jsonl(lines)]
    assert [o.get("id") for o in out] == ["a", None, "b", None]
    assert out[0]["new_action"] is True and out[0]["label"] == "new_action"
    assert set(out[0]["actions"][0]) == {"type", "jurisdiction", "actor", "stage", "evidence", "confidence"}
    assert out[1]["error"] and out[3]["error"]
    assert out[2]["new_action"] is False
    assert set(out[0]["entities"]) >= {"targets", "governments", "agencies", "officials", "companies"}


@pytest.mark.parametrize(
    ("title", "text", "code"),
    [
        # a local act with no state named in the text: the dateline says which state
        ("County bans TikTok on its phones",
         "WEST LAFAYETTE, Ind. — The county board of commissioners voted Tuesday to ban TikTok on all county-owned devices.",
         "US-IN"),
        ("School board bars TikTok from district laptops",
         "AURORA, Colo. — The school board voted 5-2 on Monday night to bar TikTok from every district-issued phone and laptop.",
         "US-CO"),
        # "WASHINGTON" alone is the federal capital, and a federal body stays federal wherever the dateline is
        ("Commerce moves against TikTok",
         "WASHINGTON (AP) — The Commerce Department on Friday banned downloads of TikTok in the United States, officials said.", "US"),
        ("Justice Department sues TikTok",
         "LOS ANGELES, Calif. — The Justice Department sued TikTok on Tuesday, accusing it of collecting children's data.", "US"),
    ],
)  # fmt: skip
def test_a_dateline_gives_a_local_act_its_state(title: str, text: str, code: str) -> None:
    a = analyze_article(title, text, "2024-03-01")
    assert a.new_action, a
    assert a.actions[0].jurisdiction == code


def test_saint_and_private_limited_abbreviations_do_not_end_a_sentence() -> None:
    from monitor.sentences import split_sentences

    assert split_sentences("The City of Sault Ste. Marie is banning TikTok on city phones. It said so Monday.") == [
        "The City of Sault Ste. Marie is banning TikTok on city phones.",
        "It said so Monday.",
    ]
    first = split_sentences("TikTok Pte. Ltd. was fined by the regulator. It will appeal.")[0]
    assert first == "TikTok Pte. Ltd. was fined by the regulator."


def test_a_local_body_is_not_named_as_its_state() -> None:
    a = analyze_article(
        "County bans TikTok on its phones",
        "WEST LAFAYETTE, Ind. — The county board of commissioners voted Tuesday to ban TikTok on all county-owned devices.",
        "2024-03-01",
    )
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("US-IN", "County board (Indiana)")
    state = analyze_article("Texas bans TikTok on state devices", "The state government of Texas banned TikTok on state-issued devices.",
                            "2024-03-01")  # fmt: skip
    assert state.actions[0].actor == "State of Texas"


@pytest.mark.parametrize(
    ("title", "text", "lang", "code"),
    [
        # China is named only as where the data went: the act is someone else's
        ("Ukarano TikToka grzywną za przesyłanie danych do Chin", "Decyzja obejmuje karę w wysokości 530 milionów euro.", "pl", ""),
        ("Kazen za TikTok zaradi prenosa podatkov na Kitajsko", "TikTok mora plačati 530 milijonov evrov.", "sl", ""),
        # a town acts in its own country, whatever it fears of China
        ("Gemeente Eindhoven blokkeert TikTok op werktelefoons", "De gemeente vreest dat data in China belanden.", "nl", ""),
        (
            "Gemeente Eindhoven blokkeert TikTok op werktelefoons",
            "De gemeente vreest dat gegevens in China belanden. Nederland adviseert ambtenaren al langer de app te mijden.",
            "nl",
            "NL",
        ),
    ],
)
def test_china_is_never_the_government_acting_against_tiktok(title: str, text: str, lang: str, code: str) -> None:
    result = analyze_article(title, text, "2025-05-02", None, lang)
    assert result.new_action, result
    action = result.actions[0]
    assert action.jurisdiction == code, action
    assert "China" not in action.actor, action


def test_an_order_for_state_devices_is_the_states_when_the_lead_names_only_the_country() -> None:
    # a local paper never writes its state in the lead; the country it does name is the data's, not the actor's
    text = (
        "Gov. Pat Reyes signed an executive order on Tuesday that keeps the popular video app off government equipment. "
        "The order bars employees from using TikTok on state networks and state-issued phones. "
        '"TikTok told United States senators that staff abroad can see United States data," the order says. '
        "Officials were briefed on the risk last month. "
        '"Vermont will not hand our data to a foreign rival," Reyes said.'
    )
    action = analyze_article(None, text, "2023-01-10", None, "en").actions[0]
    assert (action.type, action.jurisdiction) == ("ban_government_devices", "US-VT")
    # the country's own ban on its employees' phones stays the country's
    federal = text.replace("state networks and state-issued phones", "federal networks and government phones").replace(
        "Gov. Pat Reyes", "The president"
    )
    assert analyze_article(None, federal, "2023-01-10", None, "en").actions[0].jurisdiction == "US"


@pytest.mark.parametrize(
    ("title", "lead", "later", "lang", "code"),
    [
        (
            "Nouvelle amende pour TikTok",
            "Le réseau social devra payer 12 millions d'euros. La sanction porte sur les données des mineurs. "
            "L'entreprise a deux mois pour faire appel.",
            " Cette décision est une première en Belgique, où l'application compte trois millions d'utilisateurs.",
            "fr",
            "BE",
        ),
        (
            "Kolejna kara dla TikToka",
            "Serwis musi zapłacić 9 milionów złotych. Chodzi o reklamy kierowane do dzieci. Firma zapowiada odwołanie.",
            " Urzędnicy w Polsce od miesięcy badali skargi rodziców.",
            "pl",
            "PL",
        ),
    ],
)
def test_an_act_whose_lead_names_no_place_takes_the_place_the_article_is_about(
    title: str, lead: str, later: str, lang: str, code: str
) -> None:
    # the lead names no place: without the rest of the article the act has none
    assert analyze_article(title, lead, "2025-03-02", None, lang).actions[0].jurisdiction == ""
    action = analyze_article(title, lead + later, "2025-03-02", None, lang).actions[0]
    assert (action.type, action.jurisdiction) == ("fine_or_penalty", code), action
    # a place the lead names is still the act's, whatever the rest of the article names
    placed = lead.replace("Le réseau social", "En Suisse, le réseau social").replace("Serwis musi", "W Czechach serwis musi")
    assert analyze_article(title, placed + later, "2025-03-02", None, lang).actions[0].jurisdiction in ("CH", "CZ")


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("uk", "Верховний суд США затвердив заборону TikTok"),
        ("ru", "Верховный суд США утвердил запрет TikTok"),
        ("bg", "Върховният съд на САЩ прие забраната на TikTok"),
        ("en", "Supreme Court upholds the law that could ban TikTok"),
    ],
)
def test_a_supreme_court_credited_with_a_ban_upheld_it(lang: str, title: str) -> None:
    """Outlets write that a supreme court "adopted" or "approved" the ban: a court rules on acts, so
    the news is a ruling that the act stands, typed ``other`` at the ``upheld`` stage."""
    a = analyze_article(title, "", "2025-01-17", None, lang)
    assert a.new_action and a.actions
    first = a.actions[0]
    assert (first.type, first.jurisdiction, first.stage) == ("other", "US", "upheld"), a.actions


@pytest.mark.parametrize(
    ("lang", "title", "type_"),
    [
        ("ur", "پشاور ہائی کورٹ نے ٹک ٹاک پر پابندی لگا دی", "ban_national"),  # a high court ordering a ban takes it
        ("en", "Madras High Court bans TikTok downloads", "ban_national"),
        ("es", "El Tribunal Supremo de Justicia de Venezuela multa a TikTok con 10 millones de dólares", "fine_or_penalty"),
    ],
)
def test_a_court_that_orders_a_ban_or_a_fine_takes_the_act(lang: str, title: str, type_: str) -> None:
    a = analyze_article(title, "", "2025-01-17", None, lang)
    assert a.new_action and a.actions
    assert (a.actions[0].type, a.actions[0].stage) == (type_, "enacted"), a.actions


def test_the_knowledge_version_names_the_rules_every_engine_shares() -> None:
    from monitor.analyze import COMMON_RULES_VERSION

    for lang, title in (("en", "Canada bans TikTok"), ("fr", "Le Canada interdit TikTok")):
        assert f"; common {COMMON_RULES_VERSION};" in analyze_article(title, "", "2025-01-17", None, lang).knowledge_version
