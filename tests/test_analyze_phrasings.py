"""Detection on phrasings written for this file (not tuned against): regulators, states, the EU,
parliament devices, court rulings, challenges, calls for bans, lifted bans, product news."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.analyze import analyze_article

CASES = [
    (
        "Nepal bans TikTok, saying it disrupts social harmony",
        "Nepal's government has decided to ban the Chinese-owned video app TikTok, saying it was disrupting social harmony and family "
        "structures. The decision was taken at a cabinet meeting on Monday, the communications minister said.",
        "new_action",
        "ban_national",
        "NP",
    ),
    (
        "Italy's antitrust watchdog fines TikTok 10 million euros",
        "Italy's competition authority AGCM said on Thursday it had fined TikTok 10 million euros over its failure to police content that "
        "could threaten minors' safety.",
        "new_action",
        "fine_or_penalty",
        "IT",
    ),
    (
        "Texas sues TikTok over children's privacy",
        "Texas Attorney General Ken Paxton on Thursday sued TikTok, alleging the platform shared minors' personal data in violation of a "
        "new state law. The lawsuit was filed in Galveston County.",
        "new_action",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "EU opens formal proceedings against TikTok under the Digital Services Act",
        "The European Commission has opened formal proceedings to assess whether TikTok may have breached the Digital Services Act in "
        "areas linked to the protection of minors, it said on Monday.",
        "new_action",
        "investigation_opened",
        "EU",
    ),
    (
        "UK fines TikTok £12.7m for misusing children's data",
        "The UK's data watchdog has fined TikTok £12.7m for a number of breaches of data protection law, including failing to use "
        "children's personal data lawfully.",
        "new_action",
        "fine_or_penalty",
        "GB",
    ),
    (
        "TikTok to be banned on New Zealand parliament devices",
        "TikTok will be banned on devices with access to the New Zealand parliamentary network by the end of March, the head of "
        "parliamentary services said on Friday.",
        "new_action",
        "ban_government_devices",
        "NZ",
    ),
    (
        "Judge blocks Montana's first-in-the-nation TikTok ban",
        "A federal judge on Thursday blocked Montana's ban on TikTok from taking effect in January, saying the law likely violates the "
        "First Amendment.",
        "court_blocks_action",
        None,
        None,
    ),
    (
        "TikTok sues Montana to block state ban",
        "TikTok filed a lawsuit on Monday seeking to block Montana's ban on the app, arguing that the law violates the First Amendment.",
        "tiktok_challenges_action",
        None,
        None,
    ),
    (
        "Senators urge administration to ban TikTok",
        "A group of senators on Tuesday urged the administration to ban TikTok nationwide, citing national security concerns. The White "
        "House has not said whether it will act.",
        "proposed_or_threatened",
        None,
        None,
    ),
    (
        "Biden signs bill that could ban TikTok",
        "President Joe Biden on Wednesday signed into law a measure that gives TikTok's Chinese owner ByteDance nine months to sell the "
        "app or face a nationwide ban. The provision was part of a foreign aid package passed by the Senate on Tuesday night.",
        "new_action",
        "law_enacted",
        "US",
    ),
    (
        "Supreme Court upholds law that could ban TikTok",
        "The Supreme Court on Friday unanimously upheld a federal law that bans TikTok in the United States unless its Chinese parent "
        "company sells it, ruling that national security concerns justify the restriction.",
        "new_action",
        None,
        None,
    ),
    (
        "Minnesota sues TikTok over addictive design",
        "Minnesota's attorney general on Tuesday filed a lawsuit against TikTok, alleging the platform was designed to be addictive for "
        "young users and misled the public about its risks.",
        "new_action",
        "lawsuit_by_government",
        "US-MN",
    ),
    (
        "Kyrgyzstan blocks TikTok",
        "Kyrgyzstan's digital ministry said on Thursday it had blocked access to TikTok, citing concerns about the app's effect on "
        "children's mental development.",
        "new_action",
        "ban_national",
        "KG",
    ),
    (
        "Taiwan bans TikTok on government devices",
        "Taiwan's government has banned the use of TikTok and other Chinese-made apps on devices used by public servants, the Ministry "
        "of Digital Affairs said on Wednesday.",
        "new_action",
        "ban_government_devices",
        "TW",
    ),
    (
        "Opinion: Banning TikTok would be a mistake",
        "Lawmakers keep talking about banning TikTok. A ban would punish millions of users and small businesses while doing little about "
        "data privacy. Congress should instead pass a comprehensive privacy law.",
        "not_action",  # the label definitions put opinion under not_action, whatever it argues about
        None,
        None,
    ),
    (
        "Trump signs order delaying TikTok ban by 75 days",
        "The president on Monday signed an executive order delaying enforcement of the law that would ban TikTok for 75 days, giving "
        "his administration time to negotiate a deal.",
        "not_action",
        None,
        None,
    ),
    (
        "TikTok CEO faces tough questions from Congress",
        "TikTok's chief executive was grilled by members of a House committee for five hours on Thursday over the app's ties to China. "
        "Several lawmakers said they supported a ban.",
        "not_action",
        None,
        None,
    ),
    (
        "TikTok's new Europe chief outlines plans for data centres",
        "TikTok's new Europe chief laid out plans for data centres in Ireland and Norway on Tuesday. The company has faced scrutiny across "
        "the continent; the European Commission banned the app on staff phones last year.",
        "background_only",
        None,
        None,
    ),
    (
        "TikTok Shop launches in Japan",
        "TikTok said on Monday it had launched its e-commerce service TikTok Shop in Japan. Sellers can now list products in the app.",
        "not_action",
        None,
        None,
    ),
    # an unnamed group of governments as the subject reports a trend, not one government's act
    (
        "Full TikTok ban in Latvia would need a change in the law",
        "A number of Western governments, the United States among them, are enforcing restrictions on the Chinese-owned app. Latvia's "
        "digital minister told reporters on Wednesday that a complete ban would first need the law to change.",
        "not_action",
        None,
        None,
    ),
    (
        "Parents split over classroom phone rules",
        "Several European governments have barred TikTok from the phones of civil servants. Teachers in Riga say pupils use the app "
        "less than they did two years ago.",
        "background_only",
        None,
        None,
    ),
    # the act after "the move follows" is the cause of the news, not the news
    (
        "TikTok to wind down its service for US users",
        "TikTok said on Friday that it would stop serving users in the United States from Sunday. The move follows a Supreme Court "
        "ruling that upheld the law forcing a sale of the app.",
        "background_only",
        None,
        None,
    ),
    # ... while the act in the headline is still news
    (
        "Ohio bans TikTok on state devices",
        "Ohio barred TikTok from all state-owned devices on Monday. The decision comes after similar bans in dozens of other states.",
        "new_action",
        "ban_government_devices",
        "US-OH",
    ),
    # money paid with no government named: a private settlement, not a fine
    (
        "TikTok fined $40m in settlement with parents",
        "TikTok has agreed to pay 40 million dollars to settle a class-action case brought by parents over the collection of "
        "children's voice recordings, court papers filed on Tuesday show.",
        "not_action",
        None,
        None,
    ),
    # a finding against two companies named together is a finding against TikTok too
    (
        "Brussels says Meta and TikTok broke the transparency rules",
        "The European Commission found on Friday that Meta and TikTok broke the Digital Services Act's rules on researchers' "
        "access to data, in preliminary findings sent to both companies.",
        "new_action",
        None,
        None,
    ),
    # ... but not one against another company alone
    (
        "Brussels says Meta broke the transparency rules",
        "The European Commission found on Friday that Meta broke the Digital Services Act's rules on researchers' access to data. "
        "A separate case about TikTok is still open.",
        "not_action",
        None,
        None,
    ),
    # an act that spares TikTok is no act against it
    (
        "Mongolia blocks 20 apps, but not TikTok",
        "Mongolia's communications regulator blocked 20 social media and messaging apps on Monday, but not TikTok, which had "
        "opened a local office.",
        "not_action",
        None,
        None,
    ),
    (
        "Nepal lifts ban on TikTok",
        "Nepal's new government has lifted a ban on TikTok imposed nine months ago, after the company agreed to register locally.",
        "not_action",
        None,
        None,
    ),
    (
        "Appeals court puts Nepal's TikTok ban on hold",
        "The court said the government must explain the legal basis of the ban before it can be enforced.",
        "court_blocks_action",
        None,
        None,
    ),
    (
        "Judge pauses Utah's TikTok ban days before it takes effect",
        "",
        "court_blocks_action",
        None,
        None,
    ),
    (
        "Governor bars TikTok from state phones",
        "Agency staff will no longer be able to open TikTok on state-issued phones after Gov. Spencer Cox signed an executive order "
        "on Tuesday.",
        "new_action",
        "ban_government_devices",
        "US-UT",
    ),
    (
        "Guinea upholds its ban on TikTok after talks with the company stall",
        "Officials said the platform had not yet met the conditions set when access was cut in the spring.",
        "not_action",
        None,
        None,
    ),
    (
        "High court upholds Guinea's TikTok ban",
        "The judges rejected the company's appeal against the suspension ordered by the telecoms regulator.",
        "new_action",
        "other",
        "GN",
    ),
    (
        "Most Canadians support banning TikTok, survey finds",
        "Fifty-eight percent of respondents said they would back the federal government banning the app outright.",
        "not_action",
        None,
        None,
    ),
    (
        "Kansas governor signs bill to ban TikTok from state devices",
        "Gov. Laura Kelly signed the bill on Tuesday, and agencies must remove the app from their phones within 30 days.",
        "new_action",
        "law_enacted",
        "US-KS",
    ),
    (
        "Staff may lose TikTok on work phones",
        "State employees will no longer be able to use TikTok on their work phones once the legislature passes the bill.",
        "proposed_or_threatened",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("title", "text", "label", "action_type", "jurisdiction"), CASES, ids=[c[0][:40] for c in CASES])
def test_phrasings(title, text, label, action_type, jurisdiction):
    analysis = analyze_article(title, text, "2024-03-01")
    assert analysis.label == label, json.dumps(analysis.to_dict(), indent=1)[:1500]
    assert analysis.new_action is (label == "new_action")
    if action_type:
        assert analysis.actions[0].type == action_type
        assert analysis.actions[0].jurisdiction == jurisdiction
        assert analysis.actions[0].evidence


def test_labelled_file_is_read_not_copied():
    # The labelled articles stay in the shared data folder; the project ships none of their texts.
    root = Path(__file__).resolve().parents[1]
    shipped = " ".join(
        p.read_text(encoding="utf-8", errors="ignore")
        for p in (root / "monitor").rglob("*")
        if p.is_file() and p.suffix in {".py", ".yaml", ".html"}
    )
    labelled = root.parent / "shared" / "data" / "articles" / "labelled.jsonl"
    first = json.loads(labelled.read_text(encoding="utf-8").splitlines()[0])["text"][:120]
    assert first not in shipped


def test_a_page_that_is_only_a_news_photo_caption_is_still_read():
    caption = (
        "FILE - A phone showing the TikTok logo rests on a desk in Dublin, on March 3, 2024. Ireland's data regulator fined "
        "TikTok 300 million euros on Friday for failing to protect the data of teenage users. (AP Photo/Jane Doe, File)"
    )
    analysis = analyze_article(None, caption, "2024-05-10")
    assert analysis.new_action, analysis.to_dict()
    assert analysis.actions[0].type == "fine_or_penalty" and analysis.actions[0].jurisdiction == "IE"
    # a caption under an article that has its own text stays furniture
    body = "TikTok opened a new office in Dublin on Friday, its third in Ireland."
    assert not analyze_article(None, caption + "\n" + body, "2024-05-10").new_action
