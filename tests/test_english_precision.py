"""English precision on phrasings written for this file: the hard negatives that unseen news brings.

Each case is a short article written for the project (no outlet's text). Most are negatives that a
detector reading for "ban", "sell" or "shut down" alone would take for a new act: a bill introduced
"to ban" the app, a president halting the enforcement of a ban or granting an extension to sell,
TikTok announcing a step of its own, a headline saying a government is "to investigate", an
instrument's name that merely contains a device word. Each negative has a positive twin nearby so
the fix cannot pass by going quiet.
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article

# (id, title, text, published, label ("a|b" = either), action_type and jurisdiction (None = not checked))
CASES: list[tuple[str, str | None, str, str, str, str | None, str | None]] = [
    # --- TikTok the subject of a passive act keeps the act, whatever company is named after it;
    # a currency written "US$" is not a place
    (
        "passive-fine-names-acquired-company",
        "TikTok fined 20 billion rupiah over late filing of its Tokopedia purchase",
        "Indonesia's competition watchdog has fined TikTok 20 billion rupiah (US$1.2 million) for notifying "
        "its purchase of a stake in Tokopedia months late.",
        "2025-10-01",
        "new_action", "fine_or_penalty", "ID",
    ),
    (
        "regulator-fines-the-other-company",
        "Watchdog fines Tokopedia over its deal with TikTok",
        "Indonesia's competition watchdog has fined Tokopedia 20 billion rupiah (US$1.2 million) for a late filing.",
        "2025-10-01",
        "not_action", None, None,
    ),
    # --- a bill introduced "to ban" is a proposal, whoever introduces it
    (
        "bill-introduced-to-ban",
        "Two senators want TikTok gone",
        "A Republican senator and a Democratic congresswoman have introduced a bill to ban TikTok across the United "
        "States, saying the app hands Americans' data to Beijing.",
        "2024-02-10",
        "proposed_or_threatened", None, None,
    ),
    (
        "bill-introduced-in-chamber-to-ban",
        None,
        "A new bill has been introduced in the state senate to ban TikTok on every phone in Ohio. Its sponsor said "
        "hearings would start next month.",
        "2024-02-10",
        "proposed_or_threatened|not_action", None, None,
    ),
    (
        "introduced-a-ban-is-an-act",
        "Province introduces a ban on TikTok for civil servants",
        "The provincial government on Tuesday introduced a ban on TikTok on all government-issued phones, effective "
        "immediately, its treasury minister said.",
        "2024-02-10",
        "new_action", "ban_government_devices", None,
    ),
    # --- halting or delaying the enforcement of a ban is easing off, not banning
    (
        "halts-enforcement",
        "President halts enforcement of TikTok ban for 60 days",
        "The president on Monday signed an order telling the Justice Department not to enforce the law against the "
        "app for 60 days while talks on a sale continue.",
        "2025-03-03",
        "not_action|proposed_or_threatened", None, None,
    ),
    (
        "extension-to-sell",
        "President gives TikTok another 90-day extension to sell its US arm",
        "The White House said on Friday the president had signed an order granting the app's owner more time to find "
        "a buyer, the third such reprieve this year.",
        "2025-06-20",
        "not_action|proposed_or_threatened", None, None,
    ),
    (
        "grace-period",
        None,
        "The president signed an executive order on Monday giving TikTok a 75-day grace period, during which the "
        "Justice Department will not enforce the divest-or-ban law.",
        "2025-01-21",
        "not_action|proposed_or_threatened", None, None,
    ),
    (
        "enforces-a-ban-is-an-act",
        "Regulator enforces ban on TikTok after deadline passes",
        "The telecoms regulator on Wednesday enforced a ban on TikTok, ordering internet providers to block the app "
        "within 24 hours after the company missed a registration deadline.",
        "2024-05-15",
        "new_action", "ban_national", None,
    ),
    # --- TikTok announcing its own step, even when a law pushed it
    (
        "forced-to-announce-it-would-shut",
        "How a security law emptied a city's feeds",
        "A sweeping new security law forced TikTok to announce that it would shut down operations in the city within "
        "days. Rights groups said other apps could follow.",
        "2020-07-08",
        "not_action|background_only", None, None,
    ),
    (
        "tiktok-said-that-it-would-close",
        None,
        "TikTok said on Tuesday that it would close its office in the capital by the end of the month, blaming weak "
        "advertising sales.",
        "2024-03-05",
        "not_action", None, None,
    ),
    (
        "government-said-that-it-would-close",
        "Government orders TikTok's local office shut",
        "The industry minister said on Tuesday that the government had ordered the dissolution of TikTok's local "
        "subsidiary on national security grounds. The app itself stays available.",
        "2024-03-05",
        "new_action", "business_wind_up_order", None,
    ),
    # --- a headline "X to investigate" announces an intention
    (
        "headline-to-investigate",
        "Parliament to investigate TikTok after petition",
        "The speaker referred a citizen's petition calling for a TikTok ban to a committee, which has 60 days to "
        "report back.",
        "2023-08-16",
        "proposed_or_threatened|not_action", None, None,
    ),
    (
        "opens-investigation-is-an-act",
        "Consumer watchdog opens investigation into TikTok",
        "The national consumer authority opened an investigation into TikTok on Thursday over hidden advertising "
        "aimed at children.",
        "2023-08-16",
        "new_action", "investigation_opened", None,
    ),
    # --- announcing the decision is the act, not a reference to one
    (
        "shared-the-decision",
        "Cabinet bans TikTok",
        "The communications minister shared the decision to ban TikTok, taken at a cabinet meeting, today. Internet "
        "providers will be told to block the app.",
        "2023-11-13",
        "new_action", "ban_national", None,
    ),
    (
        "has-also-decided",
        None,
        "The government of Nepal has also decided to shut down the social media platform TikTok, the communications "
        "minister said after a cabinet meeting.",
        "2023-11-13",
        "new_action", "ban_national", "NP",
    ),
    (
        "recalled-decision-stays-background",
        "Creators struggle a year on",
        "Creators are still looking for new audiences since the government's decision to ban TikTok last year, a "
        "survey found.",
        "2024-11-13",
        "background_only|not_action", None, None,
    ),
    # --- a law taking effect while the app goes dark: the consequence of an old act
    (
        "law-takes-effect-as-app-shuts-down",
        "Ban law takes effect as app shuts down across the country",
        "Users opened TikTok on Saturday night to find a notice that the service was unavailable. The law behind the "
        "shutdown was passed by Congress last April and upheld by the courts.",
        "2025-01-19",
        "background_only|not_action", None, None,
    ),
    (
        "regulator-shuts-down-app-is-an-act",
        "Regulator shuts down TikTok nationwide",
        "The telecoms regulator shut down access to TikTok on Monday, ordering all internet providers to block the app "
        "with immediate effect.",
        "2025-01-19",
        "new_action", "ban_national", None,
    ),
    # --- lawmakers urging a regulator to act: a call, and "(D-Va.)" is a senator's state, not Virginia acting
    (
        "senators-urge-regulator",
        "Senators press consumer regulator over app data",
        "Sen. Jane Roe (D-Va.) and Sen. John Doe (R-Fla.) teamed up on Monday to urge the Federal Trade Commission to "
        "investigate TikTok over reports that staff in China could see American users' data.",
        "2022-07-12",
        "proposed_or_threatened|not_action", None, None,
    ),
    (
        "governor-with-party-state-acts",
        "Virginia bans TikTok on state devices",
        "Gov. Jane Roe (R-Va.) on Friday signed an executive order banning TikTok on state-owned phones and networks.",
        "2022-12-16",
        "new_action", "ban_government_devices", "US-VA",
    ),
    # --- an official request for information from a regulator is an investigative step
    (
        "official-request-for-information",
        "Commission presses TikTok on child safety",
        "The European Commission issued an official request for information to TikTok on Thursday under the Digital "
        "Services Act, asking how the platform protects minors.",
        "2023-11-09",
        "new_action", "investigation_opened", "EU",
    ),
    # --- acts against a TikTok user, star or video are not acts against TikTok
    (
        "police-fine-tiktok-user",
        "Police fine TikTok user over stunt video",
        "Traffic police in the province fined a local TikTok user 5 million dong on Tuesday after he posted a clip of "
        "himself riding a motorbike with no hands.",
        "2024-06-04",
        "not_action", None, None,
    ),
    (
        "prosecutor-probes-tiktok-star",
        "Prosecutors open investigation into TikTok star",
        "The chief prosecutor's office launched an investigation into a TikTok star on Friday over a video it said "
        "insulted the president.",
        "2023-05-12",
        "not_action", None, None,
    ),
    (
        "court-fines-tiktok-itself",
        "Court fines TikTok over banned content",
        "A district court on Tuesday fined TikTok 3 million roubles for failing to delete content banned under national "
        "law, acting on a complaint from the media regulator.",
        "2022-10-04",
        "new_action", "fine_or_penalty", None,
    ),
    (
        "court-rules-for-tiktok-creators",
        "Judge blocks state TikTok ban in suit by TikTok creators",
        "A federal judge on Thursday blocked the state's ban in a case brought by five TikTok creators, saying it "
        "likely violates the First Amendment.",
        "2023-11-30",
        "court_blocks_action", None, None,
    ),
    # --- damages in a private case are no fine
    (
        "court-orders-damages-private-case",
        "Court orders TikTok to pay damages over children's data",
        "A state court on Friday ordered TikTok to pay 20 million in collective damages in a case brought by a "
        "consumer institute over the use of children's data.",
        "2024-03-22",
        "not_action|background_only", None, None,
    ),
    # --- lawmakers who "discuss" a block have not blocked anything
    (
        "lawmakers-discuss-block",
        "Lawmakers discuss blocking TikTok",
        "Members of parliament discussed on Tuesday whether to block TikTok and a messaging app over security "
        "concerns.",
        "2024-04-16",
        "proposed_or_threatened|not_action", None, None,
    ),
    # --- "bar X from doing Y on TikTok" bars X; "bar staff from using TikTok" bars the app
    (
        "parties-barred-from-tiktok-ads",
        "Election body bars parties from buying TikTok ads",
        "The election commission on Monday barred political parties from paying for advertising on TikTok during the "
        "campaign.",
        "2024-02-12",
        "not_action", None, None,
    ),
    (
        "staff-barred-from-using-tiktok",
        "Governor bars state staff from using TikTok",
        "The governor on Monday barred state employees from using TikTok on government-issued phones, effective "
        "immediately.",
        "2022-12-12",
        "new_action", "ban_government_devices", None,
    ),
    (
        "platforms-barred-from-being-used",
        None,
        "The outgoing governor has banned certain foreign platforms, TikTok among them, from being used on networks "
        "run by the state government, in a directive issued on Tuesday.",
        "2022-12-07",
        "new_action", None, None,
    ),
    # --- an act recalled in a leading "after/since/when" clause or an appositive sets the scene
    (
        "after-india-banned",
        "Short-video apps race to win Indian users",
        "After India banned TikTok, local apps raced to sign up its creators. Investors have poured money into the "
        "sector since.",
        "2022-06-10",
        "background_only|not_action", None, None,
    ),
    (
        "first-state-appositive",
        "Montana lawmakers return to Helena",
        "Montana, the first state to ban TikTok, opens its legislative session on Monday with a focus on property "
        "taxes.",
        "2025-01-06",
        "background_only|not_action", None, None,
    ),
    (
        "first-state-headline-is-news",
        "Montana becomes first state to ban TikTok",
        "The governor signed the bill on Wednesday, barring app stores from offering the app in the state.",
        "2023-05-17",
        "new_action", None, "US-MT",
    ),
    (
        "when-clause-with-news-day",
        None,
        "When Nepal banned TikTok on Monday, creators scrambled to move their audiences to YouTube.",
        "2023-11-15",
        "new_action", "ban_national", "NP",
    ),
    (
        "after-talks-fail-main-clause-acts",
        "After talks fail, regulator blocks TikTok",
        "After talks with the company failed, the telecoms regulator blocked TikTok on Monday.",
        "2024-05-06",
        "new_action", "ban_national", None,
    ),
    # --- a whole parliament "passes" a law (present tense in a headline)
    (
        "parliament-passes-law",
        "Parliament passes law forcing TikTok to open a local office",
        "The country's parliament on Tuesday passed legislation requiring large platforms, TikTok among them, to "
        "register and open a local office, and the president signed it the same day.",
        "2024-07-30",
        "new_action", "law_enacted", None,
    ),
    (
        "lower-house-passes-bill-is-a-proposal",
        "Lower house passes TikTok bill",
        "The lower house of parliament passed a bill on Tuesday that would ban TikTok; it now goes to the senate.",
        "2024-05-01",
        "proposed_or_threatened", None, None,
    ),
    # --- a ministry's name holding "Technology" is not a device
    (
        "ministry-of-technology-national-ban",
        None,
        "The Ministry of Communications and Technology has banned TikTok, Telegram and a betting site in the country, "
        "ordering internet companies to block them by Thursday.",
        "2023-08-21",
        "new_action", "ban_national", None,
    ),
    (
        "govt-issued-devices",
        "Canada bans TikTok on govt-issued phones",
        "The Treasury Board said TikTok would be removed from federal phones from Tuesday.",
        "2023-02-27",
        "new_action", "ban_government_devices", "CA",
    ),
    # --- "looking at banning", "said he would issue an order": intentions, not acts
    (
        "looking-at-banning",
        "Ban on video app could come within weeks, officials say",
        "The weeks ahead may decide the fate of TikTok, as the cabinet is reportedly looking at banning it before the "
        "end of the year.",
        "2024-07-16",
        "proposed_or_threatened", None, None,
    ),
    (
        "said-he-would-issue-order",
        "App must change hands or go dark, finance minister says",
        "The prime minister has said that he would issue an order for TikTok to be blocked in the country if no "
        "buyer comes forward.",
        "2024-08-02",
        "proposed_or_threatened", None, None,
    ),
    (
        "issued-an-order-is-an-act",
        "Prime minister orders TikTok blocked",
        "The prime minister on Monday issued an order for TikTok to be blocked in the country, effective at midnight.",
        "2024-08-05",
        "new_action", None, None,
    ),
    # --- an explainer's "what happens when an app is banned" is no act
    (
        "what-happens-when-banned",
        "Lessons from abroad: what happens when a video app is banned",
        "Creators in several countries rebuilt their audiences elsewhere after losing the app years ago. Their "
        "experience offers a preview for users elsewhere who now fear the same fate.",
        "2024-05-02",
        "not_action|background_only", None, None,
    ),
    # --- TikTok asking a court to set an order aside is its challenge, not a ruling, and not a new act
    (
        "tiktok-asks-appeals-court",
        "TikTok asks appeals court to set aside shutdown order",
        "TikTok on Tuesday asked a federal appeals court to set aside the government's order to shut down its local "
        "offices, arguing it was never shown the evidence.",
        "2024-12-10",
        "tiktok_challenges_action", None, None,
    ),
    (
        "tiktok-files-emergency-motion",
        "TikTok seeks judicial review of wind-up order",
        "TikTok's local unit filed an emergency motion with the federal court seeking a judicial review of an order "
        "that the company shut down its operations in the country.",
        "2024-12-10",
        "tiktok_challenges_action", None, None,
    ),
    # --- a hearing on a motion to dismiss an existing suit is no new suit
    (
        "first-state-lawsuit-hearing",
        "Attorney general, leader of the first state lawsuit against TikTok, presses his case",
        "Lawyers for the attorney general appeared in county court on Wednesday, where a judge heard TikTok's motion "
        "to dismiss the two suits filed last year. A decision is expected later this autumn.",
        "2023-10-26",
        "background_only|not_action", None, None,
    ),
    # --- "following the lead of" others in banning is this body's own ban
    (
        "following-the-lead-in-banning",
        "Lake County bans TikTok on county phones",
        "Lake County is following the lead of other local governments in banning the use of TikTok on county-owned "
        "devices. The board approved the resolution unanimously on Thursday night.",
        "2023-02-03",
        "new_action", "ban_government_devices", None,
    ),
    (
        "since-ban-reference",
        "County sees fewer app requests",
        "Since the county banned TikTok on its phones last year, requests for other apps have dropped, the IT office "
        "said in a report on Monday.",
        "2024-02-05",
        "background_only|not_action", None, None,
    ),
    # --- a parliamentary estate is government premises: a devices ban, not a national one
    (
        "parliamentary-estate",
        "Video app banned from parliamentary estate",
        "TikTok has been banned across the parliamentary estate, the speakers of both houses said on Thursday.",
        "2023-03-23",
        "new_action", "ban_government_devices", None,
    ),
    # --- a ban on selling through social media is a regulatory order, the app itself stays
    (
        "ban-on-transactions",
        "Country bans shopping transactions on social media",
        "The trade ministry has banned goods transactions on social media platforms in a regulation that took effect "
        "on Tuesday, a blow to TikTok's shopping arm; platforms may still carry adverts.",
        "2023-09-27",
        "new_action", "regulatory_order", None,
    ),
    # --- adverse findings: an accusation of breaking rules, an official investigation's findings
    (
        "accused-of-breaking-rules",
        "Regulator accuses TikTok of breaking content rules",
        "The European Commission on Friday accused TikTok of breaching the bloc's content law by blocking "
        "researchers' access to its data.",
        "2025-10-24",
        "new_action", "other", "EU",
    ),
    (
        "official-investigation-found",
        None,
        "TikTok must do more to keep young children off its app, privacy regulators said on Tuesday. The privacy "
        "commissioner said a two-year joint investigation found TikTok had collected the data of hundreds of "
        "thousands of children under 13.",
        "2025-09-23",
        "new_action", None, None,
    ),
    (
        "critics-accuse",
        "Parents' group accuses TikTok of breaking its own rules",
        "A parents' group on Monday accused TikTok of breaking its own community rules by letting adverts for vapes "
        "reach teenagers.",
        "2025-03-03",
        "not_action", None, None,
    ),
    # --- pressure on someone else to act, and stalled efforts to gain powers, are no act
    (
        "push-president-to-force-sale",
        "Lawmakers push president to force sale of TikTok",
        "Senior lawmakers wrote to the president on Friday asking him to enforce an old order that would make the "
        "app's owner sell its local business.",
        "2023-06-02",
        "proposed_or_threatened", None, None,
    ),
    (
        "efforts-for-new-powers-stalled",
        "Senators question app's hiring",
        "Efforts to give the government new powers to ban TikTok have stalled in parliament, and two senators wrote "
        "to the company on Tuesday about its hiring.",
        "2023-10-03",
        "not_action|proposed_or_threatened", None, None,
    ),
    (
        "had-the-power-to-fine",
        "Tribunal confirms regulator could fine TikTok",
        "The tribunal ruled on Monday that the Information Commissioner had the power to issue a monetary penalty "
        "notice to TikTok, rejecting the company's preliminary challenge.",
        "2025-07-22",
        "new_action", None, None,
    ),
    # --- an abbreviated title as the actor ("AG") is read, not a crash
    (
        "ag-joins-investigation",
        "NH AG joins multistate investigation into TikTok",
        "New Hampshire's AG is joining a multistate investigation into whether TikTok harms young users.",
        "2023-03-02",
        "new_action", "investigation_opened", None,
    ),
    # --- a government saying it has no intention of banning is no ban; its twin bans
    (
        "no-intention-of-banning",
        "Minister rules out TikTok ban, demands action on scams",
        "The government has no intention of banning TikTok, the communications minister said on Friday, but the "
        "platform must do more against scams.",
        "2025-03-14",
        "proposed_or_threatened|not_action", None, None,
    ),
    (
        "no-plans-twin-bans",
        "Minister orders TikTok blocked over scams",
        "The communications minister on Friday ordered internet providers to block TikTok nationwide within 24 hours.",
        "2025-03-14",
        "new_action", "ban_national", None,
    ),
    # --- proceedings opened "to determine whether" TikTok broke the rules: an investigation, not a finding
    (
        "proceedings-to-determine-whether",
        "Brussels opens case against TikTok",
        "The European Commission said on Tuesday it was opening formal proceedings to determine whether TikTok "
        "breached the bloc's online content rules with its new rewards feature.",
        "2024-04-23",
        "new_action", "investigation_opened", "EU",
    ),
    # --- a leader defending "the recent ban" reports no new act
    (
        "defends-recent-ban",
        "Premier defends recent TikTok block at party rally",
        "Speaking at a rally on Sunday, the premier defended the recent ban on TikTok, saying every party had been "
        "consulted before the cabinet acted.",
        "2023-11-19",
        "background_only|not_action", None, None,
    ),
    # --- local bodies: a county's staff told to delete the app, a town that bans it, a school board's block
    (
        "county-staff-must-remove",
        "County workers must remove TikTok from work phones under new rule",
        "Hundreds of county employees must remove TikTok from county-issued phones by Friday, the county "
        "administrator announced on Monday.",
        "2023-03-06",
        "new_action", "ban_government_devices", None,
    ),
    (
        "town-of-issues-ban",
        None,
        "The town of Cedar Falls issued a ban of TikTok on town-owned devices on Wednesday, citing data security. "
        "Residents may still use the app on their own phones.",
        "2023-02-01",
        "new_action", "ban_government_devices", None,
    ),
    (
        "school-board-blocks-is-devices",
        "School board blocks TikTok",
        "The district's school board voted on Monday to block TikTok on every school laptop and on the district's "
        "Wi-Fi.",
        "2023-01-10",
        "new_action", "ban_government_devices", None,
    ),
    (
        "no-longer-able-to-use",
        "City staff lose TikTok",
        "City employees will no longer be able to use TikTok on city-issued phones, the council decided on "
        "Tuesday in a unanimous vote.",
        "2023-04-04",
        "new_action", "ban_government_devices", None,
    ),
    (
        "banned-for-county-employees",
        "TikTok banned for the county's employees",
        "The county commissioners on Monday banned TikTok for all county employees, pointing to cybersecurity risks.",
        "2023-02-27",
        "new_action", "ban_government_devices", None,
    ),
    # --- a headline that asks a question reports no act
    (
        "question-headline",
        "TikTok outlawed: can bans really cure doomscrolling?",
        "Whether a ban changes habits is far from clear, researchers say. Teenagers simply move to the next app, "
        "and the scrolling goes on.",
        "2025-01-25",
        "background_only|not_action|proposed_or_threatened", None, None,
    ),
    # --- a proposal to lift a block is no act against TikTok
    (
        "proposal-to-lift-block",
        "Ministry proposes revisiting TikTok block",
        "The culture ministry asked the cabinet on Thursday to consider its proposal to lift the blocking of "
        "TikTok, saying young people use the app through VPNs anyway.",
        "2026-02-19",
        "not_action", None, None,
    ),
    # --- a Canadian province acts under its own code (two provinces' bans are two acts)
    (
        "province-bans-on-phones",
        "Manitoba bans TikTok on government phones",
        "Manitoba's government on Wednesday banned TikTok on all government-issued phones, effective immediately.",
        "2023-03-01",
        "new_action", "ban_government_devices", "CA-MB",
    ),
    # --- a court refusing TikTok's request to dismiss a state's suit is a step in an old case, not a new act
    (
        "judge-refuses-dismissal",
        None,
        "A state judge in Dover has turned down TikTok's request to dismiss a lawsuit brought by the attorney general "
        "of Delaware, meaning the consumer protection case filed last spring will go to trial.",
        "2026-03-04",
        "background_only|not_action", None, None,
    ),
    # --- but a court that dismisses the state's suit blocks it
    (
        "judge-dismisses-state-suit",
        "Judge dismisses state's TikTok lawsuit",
        "A county judge on Monday dismissed the state's lawsuit against TikTok, ruling that the attorney general had no "
        "standing to bring the consumer claims.",
        "2026-03-04",
        "court_blocks_action", None, None,
    ),
    # --- "the TikTok video-sharing app" names the app itself, not a video on it
    (
        "video-sharing-app-object",
        "Town restricts TikTok",
        "The town council has approved a resolution banning the use of the TikTok video-sharing app on all "
        "town-owned phones and laptops.",
        "2026-01-20",
        "new_action", "ban_government_devices", None,
    ),
    # --- a local body's vote to ban is its decision, whatever a governor recommended before
    (
        "county-vote-after-recommendation",
        None,
        "The Harlow County commissioners unanimously voted to ban TikTok from county-owned phones and computers. "
        "The vote follows a recommendation from the governor that local governments block the platform.",
        "2026-01-20",
        "new_action", "ban_government_devices", None,
    ),
    # --- a chamber voting to ban stays a proposal
    (
        "chamber-vote-stays-proposal",
        "House votes to ban TikTok",
        "The state House voted 70-25 to ban TikTok on Thursday; the bill now goes to the Senate.",
        "2026-01-20",
        "proposed_or_threatened", None, None,
    ),
    # --- a watchdog finding that TikTok failed to protect children: adverse findings
    (
        "watchdog-found-failed-to-protect",
        None,
        "An investigation by the national privacy commissioner has found TikTok failed to adequately protect the "
        "personal information of children, the commissioner said on Tuesday in Ottawa.",
        "2026-02-10",
        "new_action", None, "CA",
    ),
    # --- a critic saying TikTok failed to protect children is no finding
    (
        "critic-says-failed-to-protect",
        "Parents' group criticises TikTok",
        "A parents' group said TikTok failed to adequately protect children and asked regulators to look into it.",
        "2026-02-10",
        "not_action|proposed_or_threatened", None, None,
    ),
    # --- a vote still to come, with the weekday between 'expected' and 'to'
    (
        "county-expected-weekday-to-approve",
        None,
        "Pine County supervisors are expected Thursday to approve an ordinance barring TikTok from county-owned "
        "phones and networks, the board's agenda shows.",
        "2026-03-02",
        "proposed_or_threatened", None, None,
    ),
    (
        "board-expected-next-week-to-vote",
        "Board to weigh TikTok rule",
        "The school board is expected next week to vote on a policy blocking TikTok on district laptops.",
        "2026-03-02",
        "proposed_or_threatened|not_action", None, None,
    ),
    # --- 'has already banned': earlier acts recalled in a piece about a bill
    (
        "already-banned-background-of-bill",
        None,
        "A House bill that could force a nationwide TikTok ban is hardly a new idea. Washington has already banned "
        "the app on federal phones, and a string of states have barred it from their own devices.",
        "2026-03-02",
        "proposed_or_threatened|background_only", None, None,
    ),
    # --- a state legislature passing a bill: the governor has not signed it yet
    (
        "state-legislature-passes-bill",
        None,
        "The Idaho Legislature approved a bill on Monday barring TikTok from state-issued phones, sending it to the "
        "governor.",
        "2026-03-02",
        "proposed_or_threatened", None, None,
    ),
    (
        "bill-heads-to-governor",
        None,
        "After a final vote in the state Senate, the measure now heads to the governor. It would prohibit TikTok on "
        "every device owned by a state agency.",
        "2026-03-02",
        "proposed_or_threatened", None, None,
    ),
    # --- ... and once the governor signs it, it is law
    (
        "legislature-passed-governor-signed-it",
        None,
        "The Kansas Legislature passed a bill banning TikTok on state devices, and Gov. Laura Kelly signed it on Friday.",
        "2026-03-02",
        "new_action", None, "US-KS",
    ),
    # --- a citizen's petition tabled in parliament is a proposal, not an act
    (
        "petition-tabled-seeking-ban",
        None,
        "Kenya's National Assembly on Wednesday received a petition seeking a ban on TikTok over explicit videos; "
        "a committee will report within 60 days.",
        "2026-03-02",
        "proposed_or_threatened", None, None,
    ),
    # --- a ban reported as news stays news when the next sentence says it has 'already' drawn fire
    (
        "ban-then-already-drawn-criticism",
        None,
        "Senegal suspended TikTok on Monday, the communications ministry said. The suspension has already drawn "
        "criticism from rights groups.",
        "2026-03-02",
        "new_action", "ban_national", "SN",
    ),
    # --- staff told to delete the app: the government of the staff's place acts
    (
        "staff-told-to-delete-demonym-state",
        "Perth public servants lose TikTok",
        "West Australian public servants have been told to delete TikTok from their work phones by the end of the "
        "month, the premier's office confirmed.",
        "2023-04-20",
        "new_action", "ban_government_devices", "AU-WA",
    ),
    (
        "shoppers-told-to-delete-is-no-act",
        None,
        "Shoppers at a Melbourne mall have been told by a consumer group to delete TikTok from their phones before "
        "the holidays.",
        "2023-04-20",
        "not_action", None, None,
    ),
    # --- an act named as a topic ("on barring", "about banning") is not taken
    (
        "equivocates-on-barring",
        "Vilnius equivocates on barring TikTok from official phones",
        "Lithuania has no plans to bar the app from government phones for now, ministers said after a meeting.",
        "2023-03-20",
        "proposed_or_threatened|not_action", None, None,
    ),
    (
        "bars-the-app-twin",
        "Vilnius bars TikTok from official phones",
        "Lithuania barred the app from government phones on Monday, citing security advice.",
        "2023-03-20",
        "new_action", "ban_government_devices", "LT",
    ),
    # --- "plans by X to ban": a proposal
    (
        "plans-by-government-to-ban",
        None,
        "Plans by the Iraqi government to ban TikTok have drawn protests from traders who sell on the app.",
        "2024-05-02",
        "proposed_or_threatened", None, None,
    ),
    # --- a participle before its noun recalls a ban ("the 59 banned apps"); "had on June 29 banned" is past
    (
        "banned-apps-told-to-comply",
        "Banned apps told to comply or face action",
        "The ministry has written to the 59 banned Chinese apps, including TikTok, telling them to comply fully with "
        "the order or face legal action. The government had on June 29 banned the apps over security concerns.",
        "2020-07-08",
        "proposed_or_threatened|background_only|not_action", None, None,
    ),
    # --- a suit named by its owner is recalled; the filing is the act
    (
        "possessive-lawsuit-is-a-reference",
        None,
        "Minnesota's lawsuit against TikTok is about more than algorithms, a columnist argues, and the state should "
        "say so.",
        "2025-09-02",
        "not_action|background_only", None, None,
    ),
    (
        "lawsuit-filed-twin",
        None,
        "Minnesota's attorney general filed a lawsuit against TikTok on Tuesday, accusing it of addicting children.",
        "2025-09-02",
        "new_action", "lawsuit_by_government", "US-MN",
    ),
    # --- a "civil service" is a government, not the app ("service")
    (
        "civil-service-bans",
        "Scotland's civil service bans TikTok on official phones",
        "Officials in Edinburgh confirmed the step on Thursday, weeks after Whitehall's own decision.",
        "2023-03-24",
        "new_action", "ban_government_devices", "GB-SCT",
    ),
    # --- a court refusing to stay a ban upholds it; refusing to stay TikTok's own suit does not
    (
        "high-court-refuses-to-stay-ban",
        "Bombay HC refuses to stay ban on TikTok",
        "The Bombay High Court on Monday refused to stay the ban on the app, saying the state's order was lawful.",
        "2024-06-04",
        "new_action", "other", "IN",
    ),
    (
        "court-refuses-to-stay-tiktok-suit",
        None,
        "A court refused to stay the lawsuit brought by TikTok against a consumer group, so hearings continue.",
        "2024-06-04",
        "not_action|tiktok_challenges_action", None, None,
    ),
    # --- a court directing the government to ban: an order, not a wish
    (
        "high-court-directs-government-to-ban",
        "Delhi High Court directs Centre to ban TikTok",
        "The Delhi High Court on Wednesday directed the central government to block the app within a week.",
        "2024-06-05",
        "new_action", "ban_national", "IN",
    ),
    # --- staff warned not to use the app on official devices; parents warned are no one's act
    (
        "staff-warned-not-to-use-on-devices",
        None,
        "Irish civil servants have been warned not to use TikTok on official devices, the cyber security centre said.",
        "2023-04-04",
        "new_action", "ban_government_devices", "IE",
    ),
    # --- many states suing together are one act of the country's states, whichever state is named
    (
        "coalition-of-states-sues",
        "Thirteen states and D.C. sue TikTok over teen harms",
        "A bipartisan coalition of attorneys general, led by Oregon and Vermont, filed suits against TikTok on Tuesday.",
        "2024-10-08",
        "new_action", "lawsuit_by_government", "US",
    ),
    (
        "one-state-sues-stays-its-own",
        None,
        "Oregon's attorney general sued TikTok on Tuesday, saying the app harms teenagers.",
        "2024-10-08",
        "new_action", "lawsuit_by_government", "US-OR",
    ),
    # --- a national security review ordered is an investigation opened; a wish for a review is not
    (
        "security-review-ordered",
        None,
        "Canada's industry minister on Monday ordered a national security review of TikTok's plan to expand in the country.",
        "2024-03-18",
        "new_action", "investigation_opened", "CA",
    ),
    (
        "review-wished-for",
        None,
        "Parents' groups want a review of TikTok's policies on teenage users, a survey found.",
        "2024-03-18",
        "not_action", None, None,
    ),
    (
        "parents-warned-is-no-act",
        None,
        "Parents have been warned not to let their children use TikTok on their phones at night, a charity said.",
        "2023-04-04",
        "not_action", None, None,
    ),
    # --- a headline that denies or rules out an act: the acts the body recalls are context
    (
        "headline-no-plans-neighbour-ban",
        "Island nation has no plans to ban TikTok",
        "The government of Tonga will not follow Australia, officials said. Australia's parliament has banned TikTok "
        "from all parliamentary phones, citing security concerns.",
        "2023-04-20",
        "not_action|proposed_or_threatened|background_only", None, None,
    ),
    (
        "headline-denies-rumoured-ban",
        "Ministry denies rumours of a TikTok ban",
        "Several websites have reported that Mongolia has banned TikTok. The communications ministry said on Sunday "
        "that the app remains available.",
        "2023-08-13",
        "not_action|proposed_or_threatened|background_only", None, None,
    ),
    (
        "headline-act-with-denial-stays-an-act",
        "Mongolia bans TikTok, denies censorship motive",
        "Mongolia's communications regulator on Sunday blocked TikTok nationwide and rejected claims that the move "
        "targets critics of the government.",
        "2023-08-13",
        "new_action", "ban_national", "MN",
    ),
    (
        "no-decision-taken-to-ban",
        None,
        "The government says no decision has been taken to ban TikTok in Laos, after posts on social media claimed "
        "otherwise.",
        "2023-08-13",
        "not_action|proposed_or_threatened|background_only", None, None,
    ),
    (
        "claim-of-ban-not-correct",
        None,
        "A TikTok spokesperson said the claim that the app was banned in Laos on Monday was \"not correct\".",
        "2023-08-13",
        "not_action|proposed_or_threatened|background_only", None, None,
    ),
    # --- an act inside an elapsed-time clause is past; the main clause's own act is still news
    (
        "days-after-suspension-status",
        "A month on, TikTok is still dark in Jordan",
        "Thirty days after the Cybercrime Unit announced that TikTok had been suspended, the app continues to be "
        "blocked across the country.",
        "2023-01-15",
        "background_only|not_action", None, None,
    ),
    (
        "days-after-an-event-the-act-is-news",
        None,
        "Three weeks after the riots, Jordan's Cybercrime Unit has suspended TikTok across the country.",
        "2023-01-15",
        "new_action", "ban_national", "JO",
    ),
    # --- "blocks TikTok ban": the court blocks the ban; "blocks TikTok" alone is the ban
    (
        "judge-blocks-tiktok-ban-headline",
        "Federal judge blocks TikTok ban in Idaho",
        "A federal judge on Friday temporarily blocked Idaho's ban on TikTok, weeks before the law was to take effect.",
        "2024-05-10",
        "court_blocks_action", None, None,
    ),
    (
        "regulator-blocks-tiktok-headline",
        "Regulator blocks TikTok in Tajikistan",
        "Tajikistan's communications service on Friday blocked TikTok across the country, citing harm to minors.",
        "2024-05-10",
        "new_action", "ban_national", "TJ",
    ),
    # --- a suit that may go on is not a new suit; joining a suit is one
    (
        "lawsuit-permitted-to-continue",
        "County lawsuit against TikTok permitted to continue",
        "A judge has refused to throw out the county's claims, so the case filed last spring will go to trial.",
        "2024-05-10",
        "background_only|not_action", None, None,
    ),
    (
        "boards-join-legal-fight",
        "Four Manitoba school boards join legal fight against TikTok and Meta",
        "Four more Manitoba school boards have joined the legal fight against TikTok, Meta and Snap, accusing the "
        "platforms of disrupting learning.",
        "2024-05-10",
        "new_action", "lawsuit_by_government", "CA-MB",
    ),
    # --- "a step closer to being banned" is not a ban
    (
        "step-closer-to-ban",
        "TikTok is a step closer to being banned in Kenya",
        "A parliamentary committee backed a petition that asks the government to restrict the app.",
        "2024-05-10",
        "proposed_or_threatened|not_action", None, None,
    ),
    # --- "by the Government of X": the place the noun names, not a demonym before it
    (
        "government-of-beats-demonym",
        None,
        "TikTok was blocked along with 40 other Chinese apps by the Government of Nepal on Monday.",
        "2024-05-10",
        "new_action", "ban_national", "NP",
    ),
    # --- a minister "ruling out" a ban, "no plans" in quotes, "no plans right now to"
    (
        "headline-ruling-out-ban",
        "Dancing videos are no threat, says minister ruling out TikTok ban",
        "The finance minister said the government had looked at the evidence. Washington banned the app on federal "
        "phones in 2022.",
        "2025-01-20",
        "not_action|background_only|proposed_or_threatened", None, None,
    ),
    (
        "quoted-no-plans",
        None,
        "A cabinet minister said there were \"no plans\" to ban TikTok in Ireland, and no plans right now to ban it on "
        "official phones either.",
        "2025-01-20",
        "not_action|proposed_or_threatened", None, None,
    ),
    # --- a gerund act as the subject of a modal is talked about, not taken; a progressive act is taken
    (
        "gerund-subject-could-backfire",
        "Platforms warn MPs banning under-16s from social media could backfire",
        "Two platforms told a parliamentary inquiry in Wellington that an age limit would push teenagers elsewhere.",
        "2025-07-20",
        "not_action|proposed_or_threatened", None, None,
    ),
    (
        "progressive-banning-is-an-act",
        None,
        "Nepal is banning TikTok with immediate effect, in a move that could anger millions of users.",
        "2023-11-13",
        "new_action", "ban_national", "NP",
    ),
    # --- a party demanding that the app "be blocked" asks; a regulator ordering it acts
    (
        "party-demanded-that-it-be-blocked",
        None,
        "An opposition party has demanded that TikTok be blocked in Tajikistan, saying it harms pupils.",
        "2024-05-10",
        "proposed_or_threatened|not_action", None, None,
    ),
    (
        "regulator-ordered-that-it-be-blocked",
        None,
        "The communications regulator on Monday ordered that TikTok be blocked in Tajikistan with immediate effect.",
        "2024-05-10",
        "new_action", "ban_national", "TJ",
    ),
    # --- a future act with its condition after it
    (
        "will-order-ban-if-proven",
        None,
        "The security adviser said on Saturday that the council will order a total ban of TikTok if it is proven "
        "that the app is used for spying.",
        "2024-05-10",
        "proposed_or_threatened|not_action", None, None,
    ),
    # --- "Previously," opening the sentence puts the act in the past
    (
        "previously-opener-is-background",
        "Moscow court fines Telegram over banned content",
        "A Moscow court fined the messaging app 7 million roubles on Tuesday. Previously, several platforms, "
        "including TikTok and Facebook, were fined for similar reasons.",
        "2024-05-10",
        "not_action|background_only", None, None,
    ),
    # --- a government appealing an order that blocks restrictions is procedure
    (
        "administration-appeals-order-blocking-restrictions",
        "Administration appeals order blocking TikTok restrictions",
        "The Justice Department appealed on Monday against a judge's order that stopped the Commerce Department's "
        "rules from taking effect.",
        "2020-12-29",
        "not_action|background_only|tiktok_challenges_action|court_blocks_action", None, None,
    ),
    # --- an order being set aside or challenged is not taken; an "after being banned" phrase is past
    (
        "government-agrees-to-set-aside-its-order",
        "Ottawa agrees to set aside order to wind down TikTok",
        "The federal government agreed on Tuesday to set aside its decision ordering the wind-down of the company's "
        "Canadian offices.",
        "2026-01-20",
        "background_only|not_action|court_blocks_action", None, None,
    ),
    (
        "petitions-challenging-decision-to-ban",
        None,
        "Ten petitions were filed at the Supreme Court on Sunday, challenging the decision to ban TikTok.",
        "2023-11-20",
        "background_only|not_action|tiktok_challenges_action", None, None,
    ),
    (
        "after-being-banned-seeks-return",
        "After being banned for a year: TikTok seeks a licence from the regulator",
        "The company has applied to the telecoms regulator for permission to operate again.",
        "2023-12-20",
        "background_only|not_action", None, None,
    ),
    (
        "banned-after-being-attacked-is-an-act",
        None,
        "Jordan's cybercrime unit has banned TikTok with immediate effect after being criticised for inaction.",
        "2022-12-16",
        "new_action", "ban_national", "JO",
    ),
    (
        "announced-at-the-time",
        "TikTok in talks to restore service in Jordan",
        "TikTok is in talks with the authorities to end the suspension. The Public Security Directorate announced at "
        "the time of the suspension that it would temporarily suspend the platform over incitement.",
        "2023-01-15",
        "not_action|background_only|proposed_or_threatened", None, None,
    ),
    # --- an act named right after "no" is denied
    (
        "reassures-no-ban",
        "Minister reassures public: no ban on TikTok, talks with the platform go on",
        "The communications minister said the app would stay available while officials discuss content moderation.",
        "2025-04-02",
        "not_action|background_only", None, None,
    ),
    (
        "there-will-be-no-tiktok-ban",
        "There will be no TikTok ban, president says",
        "The president dismissed calls from clerics to block the platform.",
        "2025-04-02",
        "not_action|background_only|proposed_or_threatened", None, None,
    ),
    (
        "no-appeal-after-fine-is-an-act",
        "Regulator fines TikTok 4 million, no appeal possible",
        "The communications regulator imposed the fine on Wednesday over breaches of its child-safety code.",
        "2025-04-02",
        "new_action", "fine_or_penalty", None,
    ),
    # --- limiting access to the app is blocking it; limiting screen time or a feature is not
    (
        "temporary-limit-on-access",
        "Access to TikTok curtailed during the crisis",
        "The state communications service announced a temporary limit on access to the TikTok social network "
        "within Moldova on Tuesday, citing security.",
        "2025-04-02",
        "new_action", "ban_national", "MD",
    ),
    (
        "limits-screen-time-is-no-block",
        "Ministry limits children's screen time on TikTok",
        "A new rule caps use of the app at one hour a day for under-14s, the ministry said on Tuesday.",
        "2025-04-02",
        "not_action", None, None,
    ),
    (
        "parents-should-limit-access",
        None,
        "Parents should limit access to TikTok for young children, the health minister said on Tuesday.",
        "2025-04-02",
        "not_action|proposed_or_threatened|background_only", None, None,
    ),
    # --- notices served on TikTok are a regulator's demand; a court's notices to the parties are procedure
    (
        "notices-to-tiktok",
        None,
        "The ministry has issued notices to TikTok and two other apps, asking them to answer 20 questions by Friday.",
        "2025-04-02",
        "new_action", "regulatory_order", None,
    ),
    (
        "court-notices-to-the-regulator",
        None,
        "The high court issued notices to the telecoms authority on TikTok's petition against the ban and set a hearing for May.",
        "2025-04-02",
        "background_only|not_action|tiktok_challenges_action", None, None,
    ),
    # --- "no longer available / accessible": the app undergoes the act; "since the 2020 ban" recalls it
    (
        "no-longer-accessible-on-district-devices",
        "District shuts out TikTok",
        "TikTok can no longer be accessed through the Riverton school district's Wi-Fi networks or devices, the "
        "district said on Monday.",
        "2025-04-02",
        "new_action", "ban_government_devices", None,
    ),
    (
        "no-longer-available-since-the-ban",
        None,
        "TikTok is no longer available in India since the 2020 ban, and creators have moved to other apps.",
        "2025-04-02",
        "background_only|not_action", None, None,
    ),
    # --- a court's show-cause order is procedure; "years back" dates an act like "years ago"
    (
        "show-cause-order-is-procedure",
        "High court issues show-cause notice over TikTok ban",
        "The court asked the ministry to explain within a week why the ban should not be quashed.",
        "2025-04-02",
        "background_only|not_action", None, None,
    ),
    (
        "years-back",
        "Why the country banned TikTok three years back",
        "The ban followed a border dispute and concerns over data.",
        "2025-04-02",
        "background_only|not_action", None, None,
    ),
    (
        "court-upholds-is-still-an-act",
        "High court upholds TikTok ban",
        "The court dismissed the petitions against the ministry's order on Wednesday.",
        "2025-04-02",
        "new_action", None, None,
    ),
    (
        "order-no-5-is-an-act",
        "Executive Order No. 5 bars TikTok from state phones",
        "Governor Dana Whitfield of Kansas signed the order on Monday.",
        "2025-04-02",
        "new_action", "ban_government_devices", "US-KS",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_precision_cases(case: tuple[str, str | None, str, str, str, str | None, str | None]) -> None:
    _cid, title, text, published, label, action_type, jurisdiction = case
    result = analyze_article(title, text, published, language="en")
    assert result.label in label.split("|"), (result.label, [a.evidence for a in result.actions])
    if action_type is not None:
        assert result.actions and result.actions[0].type == action_type, [(a.type, a.evidence) for a in result.actions]
    if jurisdiction is not None:
        assert result.actions and result.actions[0].jurisdiction == jurisdiction, [(a.jurisdiction, a.actor) for a in result.actions]
