"""English detection on phrasings written for this file, shaped like news the rules were not tuned on.

Each case is a short article written for the project (no outlet's text): the classes of news that
a detector tuned on one set tends to miss (a ban of many apps "including TikTok", amounts such as
"€345m", regulators' names, government-device bans phrased as civil servants' phones, passive and
idiomatic phrasings, a law as the subject) and the hard negatives that must stay quiet (a
proposal, a lifted ban, an act against another company, a past ban as background, a private
lawsuit, TikTok's own lawsuit, a court block, an opinion piece, a poll).
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article

# (id, title, text, published, label ("a|b" = either), action_type and jurisdiction (None = not checked))
CASES: list[tuple[str, str | None, str, str, str, str | None, str | None]] = [
    (
        'in-59-apps',
        'India bans 59 Chinese apps including TikTok and WeChat',
        'New Delhi on Monday blocked 59 mobile applications with links to China, among them TikTok, saying they '
        "threatened the country's sovereignty.",
        '2020-06-29',
        'new_action', 'ban_national', 'IN',
    ),
    (
        'in-59-apps-body',
        None,
        "India's technology ministry has banned 59 apps developed by Chinese firms, including the hugely popular "
        'TikTok, citing national security. The order takes effect immediately.',
        '2020-06-29',
        'new_action', 'ban_national', 'IN',
    ),
    (
        'kg-ban',
        'Kyrgyzstan blocks TikTok over harm to children',
        'Authorities in Kyrgyzstan have cut off access to TikTok, the digital development ministry said on Thursday, '
        'after the app failed to comply with a child-protection law.',
        '2024-04-18',
        'new_action', 'ban_national', 'KG',
    ),
    (
        'kg-ban-future-deadline',
        None,
        "Kyrgyzstan is going to restrict access to TikTok, the country's digital ministry said. Internet providers have"
        ' been told to block the service and to report back by April 18.',
        '2024-04-16',
        'new_action', 'ban_national', 'KG',
    ),
    (
        'pk-plug',
        'Pakistan pulls the plug on TikTok again',
        "Pakistan's telecoms regulator pulled the plug on TikTok on Thursday, citing a flood of indecent videos on the "
        'platform.',
        '2021-03-11',
        'new_action', 'ban_national', 'PK',
    ),
    (
        'np-ban-cabinet',
        None,
        "Nepal's cabinet decided on Monday to outlaw TikTok, arguing that the short-video platform was damaging social "
        'harmony. Telecom operators were told to shut it down.',
        '2023-11-13',
        'new_action', 'ban_national', 'NP',
    ),
    (
        'so-ban-minister',
        None,
        "Somalia's communications minister has ordered internet companies to switch off TikTok, Telegram and an online "
        'betting site by Aug. 24.',
        '2023-08-21',
        'new_action', 'ban_national', 'SO',
    ),
    (
        'al-close-year',
        None,
        'Albania will shut TikTok for one year starting next month, Prime Minister Edi Rama said on Saturday, after a '
        'teenager was killed in a fight that began on social media.',
        '2024-12-21',
        'new_action', 'ban_national', 'AL',
    ),
    (
        'fr-recreational',
        "France bars 'recreational' apps such as TikTok from civil servants' work phones",
        'The French government on Friday barred public employees from installing recreational applications, among them '
        'TikTok, on their professional phones, with immediate effect, the civil service ministry said.',
        '2023-03-24',
        'new_action', 'ban_government_devices', 'FR',
    ),
    (
        'fr-recreational-body',
        None,
        'France has decided to prohibit the download and use of leisure apps like TikTok, Netflix and Candy Crush on '
        'the work phones given to its 2.5 million civil servants, the minister for the civil service announced.',
        '2023-03-24',
        'new_action', 'ban_government_devices', 'FR',
    ),
    (
        'us-federal-law-devices',
        'TikTok is now banned on federal government devices',
        'A federal law that took effect this week bars the use of TikTok on devices issued by US government agencies. '
        'Agencies have 30 days to delete the app, the White House budget office said on Monday.',
        '2023-02-28',
        'new_action', 'ban_government_devices', 'US',
    ),
    (
        'us-biden-signs-devices',
        None,
        'President Joe Biden signed a $1.7 trillion spending package on Thursday that prohibits TikTok on federal '
        'government phones.',
        '2022-12-29',
        'new_action', 'ban_government_devices', 'US',
    ),
    (
        'ca-devices-passive',
        None,
        'TikTok will be removed from all mobile devices issued by the Government of Canada starting Tuesday, the '
        'Treasury Board president announced.',
        '2023-02-27',
        'new_action', 'ban_government_devices', 'CA',
    ),
    (
        'dk-defence',
        None,
        "Denmark's defence ministry has told its staff to delete TikTok from their work phones, citing security "
        'concerns.',
        '2023-03-06',
        'new_action', 'ban_government_devices', 'DK',
    ),
    (
        'nyc-devices',
        None,
        'New York City has banned TikTok from government-owned devices, giving city agencies 30 days to remove the app.',
        '2023-08-16',
        'new_action', 'ban_government_devices', 'US-NY',
    ),
    (
        'ie-345m',
        None,
        "Ireland's data protection regulator has fined TikTok €345m for breaking EU privacy law in how it handled "
        "children's accounts.",
        '2023-09-15',
        'new_action', 'fine_or_penalty', 'IE',
    ),
    (
        'ie-530m-body',
        None,
        "TikTok has been hit with a €530m penalty by Ireland's Data Protection Commission over transfers of European "
        "users' data to China.",
        '2025-05-02',
        'new_action', 'fine_or_penalty', 'IE',
    ),
    (
        'gb-ico',
        "ICO fines TikTok £12.7m for misusing children's data",
        "The Information Commissioner's Office has handed TikTok a £12.7 million penalty, saying the platform allowed "
        'up to 1.4 million UK children under 13 to use it in 2020.',
        '2023-04-04',
        'new_action', 'fine_or_penalty', 'GB',
    ),
    (
        'nl-ap',
        None,
        'The Dutch privacy watchdog, the Autoriteit Persoonsgegevens, has imposed a fine of 750,000 euros on TikTok for'
        ' giving young Dutch users a privacy statement only in English.',
        '2021-07-22',
        'new_action', 'fine_or_penalty', 'NL',
    ),
    (
        'nl-ap-2',
        'Dutch regulator slaps €750,000 fine on TikTok',
        "The Netherlands' data protection authority said on Thursday it had fined TikTok €750,000 over its privacy "
        'notice for children.',
        '2021-07-22',
        'new_action', 'fine_or_penalty', 'NL',
    ),
    (
        'ru-fine',
        None,
        'A Moscow court fined TikTok 3 million roubles on Tuesday for failing to remove content that authorities deem '
        'illegal.',
        '2022-10-04',
        'new_action', 'fine_or_penalty', 'RU',
    ),
    (
        'kr-fine',
        None,
        "South Korea's communications regulator has fined TikTok 186 million won for transferring users' personal data "
        'abroad without consent.',
        '2020-07-15',
        'new_action', 'fine_or_penalty', 'KR',
    ),
    (
        'ut-court',
        'Utah takes TikTok to court over harm to children',
        'Utah is taking TikTok to court, with the governor and attorney general saying the app is designed to hook '
        'young users.',
        '2023-10-10',
        'new_action', 'lawsuit_by_government', 'US-UT',
    ),
    (
        'doj-coppa',
        None,
        "The Justice Department sued TikTok and ByteDance on Friday, accusing them of violating a children's online "
        'privacy law.',
        '2024-08-02',
        'new_action', 'lawsuit_by_government', 'US',
    ),
    (
        'ag-coalition',
        None,
        'A bipartisan group of 14 attorneys general filed lawsuits against TikTok on Tuesday, alleging the app harms '
        "young people's mental health.",
        '2024-10-08',
        'new_action', 'lawsuit_by_government', 'US',
    ),
    (
        'eu-lite',
        'EU opens proceedings against TikTok over TikTok Lite rewards',
        'The European Commission has opened formal proceedings to assess whether TikTok breached the Digital Services '
        'Act when it launched TikTok Lite in France and Spain.',
        '2024-04-22',
        'new_action', 'investigation_opened', 'EU',
    ),
    (
        'eu-lite-body',
        None,
        'The European Union launched a second investigation into TikTok on Monday, this time over the rewards programme'
        ' in its TikTok Lite app, and warned it could suspend the feature.',
        '2024-04-22',
        'new_action', 'investigation_opened', 'EU',
    ),
    (
        'eu-romania',
        None,
        'Brussels has opened an investigation into TikTok over its handling of election risks in Romania, the '
        'Commission said on Tuesday.',
        '2024-12-17',
        'new_action', 'investigation_opened', 'EU',
    ),
    (
        'au-probe',
        None,
        "Australia's privacy commissioner has launched an inquiry into how TikTok collects data from people who do not "
        'use the app.',
        '2024-06-20',
        'new_action', 'investigation_opened', 'AU',
    ),
    (
        'id-shop-order',
        None,
        'Indonesia has ordered TikTok to stop processing payments in its TikTok Shop feature within a week, the trade '
        'minister said on Wednesday.',
        '2023-09-27',
        'new_action', 'regulatory_order', 'ID',
    ),
    (
        'us-divest',
        "Trump orders ByteDance to sell TikTok's US business within 90 days",
        'President Donald Trump on Friday signed an order requiring ByteDance to divest its US TikTok operations within'
        ' 90 days.',
        '2020-08-14',
        'new_action', 'divestiture_order', 'US',
    ),
    (
        'ca-windup',
        None,
        'Ottawa has ordered TikTok to dissolve its Canadian business after a national security review, Industry '
        'Minister François-Philippe Champagne said on Wednesday.',
        '2024-11-06',
        'new_action', 'business_wind_up_order', 'CA',
    ),
    (
        'mt-law',
        'Montana governor signs bill banning TikTok statewide',
        'Montana Gov. Greg Gianforte on Wednesday signed a law that prohibits TikTok from operating in the state from '
        'January 1.',
        '2023-05-17',
        'new_action', None, 'US-MT',
    ),
    (
        'us-pafaca',
        None,
        'President Joe Biden on Wednesday signed into law a measure that gives ByteDance nine months to sell TikTok or '
        'face a ban in the United States.',
        '2024-04-24',
        'new_action', 'law_enacted', 'US',
    ),
    (
        'scotus-upholds',
        'Supreme Court upholds law that could ban TikTok',
        'The Supreme Court on Friday unanimously upheld the law requiring TikTok to be sold or banned, rejecting the '
        "company's free speech challenge.",
        '2025-01-17',
        'new_action', 'other', 'US',
    ),
    (
        'neg-proposal-bill',
        'Senators introduce bill to ban TikTok nationwide',
        'A bipartisan group of senators introduced legislation on Tuesday that would ban TikTok across the United '
        'States unless ByteDance sells it.',
        '2023-03-07',
        'proposed_or_threatened', None, None,
    ),
    (
        'neg-considering',
        None,
        'The government is considering a ban on TikTok, the communications minister told reporters on Monday, adding '
        'that no decision had been made.',
        '2024-01-15',
        'proposed_or_threatened', None, None,
    ),
    (
        'neg-threat',
        'Indonesia threatens to block TikTok over e-commerce',
        'Indonesia could block TikTok if the company does not separate its shopping service from the social media app, '
        'a minister warned on Tuesday.',
        '2023-09-26',
        'proposed_or_threatened', None, None,
    ),
    (
        'neg-lifted',
        'Pakistan lifts its TikTok ban',
        "Pakistan's telecom authority restored access to TikTok on Friday after the company promised to moderate "
        'content more strictly.',
        '2021-11-19',
        'not_action', None, None,
    ),
    (
        'neg-delay',
        None,
        'President Trump signed an executive order on Monday delaying enforcement of the TikTok ban by 75 days while a '
        'buyer is sought.',
        '2025-01-20',
        'not_action', None, None,
    ),
    (
        'neg-other-company',
        'EU fines Meta €1.2bn over data transfers',
        "Ireland's data protection regulator fined Meta 1.2 billion euros on Monday over transfers of Facebook users' "
        'data to the US. TikTok faces a similar inquiry.',
        '2023-05-22',
        'not_action', None, None,
    ),
    (
        'neg-other-apps-batch',
        None,
        'India on Monday banned 54 more apps with Chinese links, including games and photo editors. TikTok has been '
        'unavailable in India since 2020.',
        '2022-02-14',
        'not_action|background_only', None, None,
    ),
    (
        'neg-background',
        'TikTok creators flock to a new app in India',
        'Young Indian creators have built large followings on a homegrown short-video app. India banned TikTok in 2020 '
        'over national security concerns.',
        '2023-05-10',
        'background_only|not_action', None, None,
    ),
    (
        'neg-background-2',
        'TikTok opens a new data centre in Norway',
        "TikTok said on Tuesday it would open a data centre near Oslo. The company was fined €345m by Ireland's "
        'regulator last year.',
        '2024-06-04',
        'not_action|background_only', None, None,
    ),
    (
        'neg-private-suit',
        'TikTok sued by parents over viral challenge',
        'Parents of two children who died have sued TikTok in a California court, alleging the app pushed a dangerous '
        'challenge to their kids.',
        '2022-07-06',
        'not_action', None, None,
    ),
    (
        'neg-tiktok-sues',
        'TikTok sues Montana over state ban',
        "TikTok filed a lawsuit on Monday challenging Montana's first-of-its-kind ban, arguing it violates the First "
        'Amendment.',
        '2023-05-22',
        'tiktok_challenges_action', None, None,
    ),
    (
        'neg-court-blocks',
        'Judge blocks Montana TikTok ban',
        "A federal judge on Thursday blocked Montana's ban on TikTok from taking effect, saying it likely violates free"
        ' speech rights.',
        '2023-11-30',
        'court_blocks_action', None, None,
    ),
    (
        'neg-blockchain',
        'Blockchain firm hires former TikTok executive',
        'A blockchain start-up has hired a former TikTok executive as its chief operating officer, the company said on '
        'Monday.',
        '2023-06-01',
        'not_action', None, None,
    ),
    (
        'neg-opinion',
        'Opinion: Banning TikTok is the wrong answer',
        'Lawmakers who want to ban TikTok should focus on privacy laws instead, argues our columnist.',
        '2023-03-20',
        'not_action', None, None,
    ),
    (
        'neg-poll',
        None,
        'Half of Americans now support a ban on TikTok, according to a new poll released on Wednesday.',
        '2023-03-22',
        'not_action', None, None,
    ),
    (
        'neg-tiktok-own',
        'TikTok shuts down its creator fund',
        'TikTok is shutting down its Creator Fund in the US and Europe and replacing it with a new programme, the '
        'company said.',
        '2023-11-01',
        'not_action', None, None,
    ),
    (
        'neg-ultimatum',
        None,
        'The minister gave TikTok an ultimatum on Monday: remove harmful content within a week or face a nationwide '
        'block.',
        '2023-07-03',
        'proposed_or_threatened', None, None,
    ),
    (
        'tx-abbott',
        None,
        'AUSTIN, Texas (AP) — Gov. Greg Abbott on Wednesday directed all state agencies to ban the use of TikTok on '
        'government-issued devices, saying the app poses a security risk.',
        '2022-12-07',
        'new_action', 'ban_government_devices', 'US-TX',
    ),
    (
        'sd-noem',
        'Noem bans TikTok for South Dakota state employees',
        'South Dakota Gov. Kristi Noem issued an executive order Tuesday prohibiting state employees and contractors '
        'from accessing TikTok on state-owned devices.',
        '2022-11-29',
        'new_action', 'ban_government_devices', 'US-SD',
    ),
    (
        'in-ag-suit',
        None,
        'Indiana Attorney General Todd Rokita has filed two lawsuits against TikTok, accusing the company of deceiving '
        'users about inappropriate content and about data security.',
        '2022-12-07',
        'new_action', 'lawsuit_by_government', 'US-IN',
    ),
    (
        'ia-ag-suit',
        'Iowa sues TikTok, saying it misleads parents about content',
        "Iowa's attorney general sued TikTok on Wednesday, arguing the platform hides how much mature content children "
        'can see.',
        '2024-01-17',
        'new_action', 'lawsuit_by_government', 'US-IA',
    ),
    (
        'au-devices',
        None,
        'Australia will ban TikTok on all federal government devices, Attorney-General Mark Dreyfus announced on '
        'Tuesday, with the ban taking effect as soon as practicable.',
        '2023-04-04',
        'new_action', 'ban_government_devices', 'AU',
    ),
    (
        'uk-devices',
        'UK bans TikTok on government phones',
        "Britain has banned TikTok from government ministers' and civil servants' work phones with immediate effect, "
        'Cabinet Office minister Oliver Dowden told parliament.',
        '2023-03-16',
        'new_action', 'ban_government_devices', 'GB',
    ),
    (
        'be-devices',
        None,
        'Belgium has temporarily banned TikTok from devices owned or paid for by the federal government for at least '
        'six months, Prime Minister Alexander De Croo said.',
        '2023-03-10',
        'new_action', 'ban_government_devices', 'BE',
    ),
    (
        'eu-parliament',
        None,
        'The European Parliament has banned TikTok from staff devices, joining the Commission and the Council in '
        'restricting the app.',
        '2023-02-28',
        'new_action', 'ban_government_devices', 'EU',
    ),
    (
        'no-devices',
        None,
        "Norway's parliament said on Thursday it had banned TikTok on work devices after the justice ministry warned "
        'against the app.',
        '2023-03-23',
        'new_action', 'ban_government_devices', 'NO',
    ),
    (
        'sn-suspend',
        None,
        "Senegal's government has suspended TikTok, accusing the platform of being used to spread hateful and "
        'subversive messages, the communications minister said late on Wednesday.',
        '2023-08-03',
        'new_action', 'ban_national', 'SN',
    ),
    (
        'jo-suspend',
        'Jordan suspends TikTok after officer killed in protests',
        'Jordan has temporarily suspended the TikTok video app after a police officer was killed during protests over '
        'fuel prices, the public security directorate said on Friday.',
        '2022-12-16',
        'new_action', 'ban_national', 'JO',
    ),
    (
        'it-agcm-probe',
        None,
        "Italy's competition watchdog has opened an investigation into TikTok over a dangerous 'French scar' challenge,"
        ' it said on Tuesday.',
        '2023-03-21',
        'new_action', 'investigation_opened', 'IT',
    ),
    (
        'eu-dsa-feb',
        'EU launches formal investigation into TikTok over child protection',
        'The European Commission on Monday opened formal proceedings to assess whether TikTok breached the Digital '
        'Services Act in areas linked to minors, advertising transparency and data access.',
        '2024-02-19',
        'new_action', 'investigation_opened', 'EU',
    ),
    (
        'tr-fine',
        None,
        "Turkey's personal data protection authority fined TikTok 1.75 million lira for failing to protect children's "
        'data, the authority said in a statement.',
        '2021-03-30',
        'new_action', 'fine_or_penalty', 'TR',
    ),
    (
        'vn-inspect',
        None,
        "Vietnam's information ministry will inspect TikTok's operations in the country from May, a ministry official "
        'said on Thursday, citing harmful content.',
        '2023-04-06',
        'new_action', 'investigation_opened', 'VN',
    ),
    (
        'ne-ag-suit',
        None,
        'Nebraska Attorney General Mike Hilgers filed a lawsuit Wednesday accusing TikTok of harming young users and '
        'deceiving parents.',
        '2024-05-22',
        'new_action', 'lawsuit_by_government', 'US-NE',
    ),
    (
        'us-commerce',
        'Commerce Department moves to bar TikTok downloads',
        'The U.S. Commerce Department on Friday issued orders barring new downloads of TikTok and WeChat from app '
        'stores starting Sunday.',
        '2020-09-18',
        'new_action', None, 'US',
    ),
    (
        'us-trump-eo',
        'Trump signs executive orders banning dealings with TikTok and WeChat',
        'President Donald Trump on Thursday signed executive orders banning US transactions with the Chinese owners of '
        'TikTok and WeChat, effective in 45 days.',
        '2020-08-07',
        'new_action', None, 'US',
    ),
    (
        'ca-devices-2',
        'Canada bans TikTok on government-issued phones',
        'The federal government is banning TikTok from all government-issued mobile devices as of Tuesday, Treasury '
        'Board President Mona Fortier said on Monday.',
        '2023-02-27',
        'new_action', 'ban_government_devices', 'CA',
    ),
    (
        'ie-530m',
        'TikTok fined €530m by Irish regulator over data transfers to China',
        "Ireland's Data Protection Commission fined TikTok 530 million euros on Friday for sending European users' data"
        ' to China.',
        '2025-05-02',
        'new_action', 'fine_or_penalty', 'IE',
    ),
    (
        'id-shop-ban',
        'Indonesia bans e-commerce sales on social media, hitting TikTok Shop',
        'Indonesia has banned e-commerce transactions on social media platforms, the trade minister said on Wednesday, '
        'a move that forces TikTok to shut its shopping service.',
        '2023-09-27',
        'new_action', None, 'ID',
    ),
    (
        'np-ban-2',
        None,
        'KATHMANDU — Nepal on Monday banned TikTok, saying the popular app was disrupting social harmony. The decision '
        'was made at a cabinet meeting.',
        '2023-11-13',
        'new_action', 'ban_national', 'NP',
    ),
    (
        'af-ban-2',
        None,
        "Afghanistan's Taliban government has ordered TikTok and the game PUBG banned within 90 days, saying they lead "
        'young people astray.',
        '2022-04-21',
        'new_action', 'ban_national', 'AF',
    ),
    (
        'bd-suit',
        None,
        'A Bangladeshi court ordered the government on Monday to block TikTok and several online games, saying they '
        'were harming young people.',
        '2021-08-16',
        'new_action', 'ban_national', 'BD',
    ),
    (
        'neg-house-passes',
        'House passes bill that could ban TikTok',
        'The House of Representatives voted 352-65 on Wednesday to pass a bill that would force ByteDance to divest '
        'TikTok or face a ban. The Senate has yet to act.',
        '2024-03-13',
        'proposed_or_threatened', None, None,
    ),
    (
        'neg-ban-takes-effect-bg',
        'TikTok users flock to rival apps',
        'Rival apps gained millions of users this week. The U.S. ban on TikTok, which Congress passed last year, took '
        'effect on Sunday.',
        '2025-01-21',
        'not_action|background_only', None, None,
    ),
    (
        'neg-appeal',
        'TikTok appeals €345m Irish fine',
        "TikTok said on Thursday it had filed an appeal against the €345 million fine imposed by Ireland's data "
        'regulator.',
        '2023-12-01',
        'tiktok_challenges_action', None, None,
    ),
    (
        'neg-hearing',
        'Court hears arguments over Montana TikTok ban',
        "A federal judge heard arguments on Thursday in TikTok's lawsuit against Montana's ban and said he would rule "
        'before it takes effect.',
        '2023-10-12',
        'court_blocks_action|background_only|not_action|tiktok_challenges_action', None, None,
    ),
    (
        'neg-veto',
        None,
        'The governor vetoed a bill on Friday that would have banned TikTok on all devices in the state.',
        '2023-06-02',
        'not_action|proposed_or_threatened', None, None,
    ),
    (
        'neg-other-fine',
        "Ireland fines Instagram €405m over children's data",
        "Ireland's data protection regulator fined Instagram 405 million euros on Monday. A separate investigation into"
        ' TikTok is continuing.',
        '2022-09-05',
        'not_action', None, None,
    ),
    (
        'neg-creators-suit',
        'TikTok creators sue to block Montana ban',
        "Five TikTok creators filed a lawsuit on Thursday seeking to overturn Montana's new law banning the app.",
        '2023-05-18',
        'tiktok_challenges_action', None, None,
    ),
    (
        'neg-tiktok-fined-bg',
        'TikTok launches new safety features for teens',
        "TikTok unveiled new parental controls on Tuesday. The company was fined by Britain's data watchdog in 2023 for"
        " misusing children's data.",
        '2024-03-05',
        'not_action|background_only', None, None,
    ),
    (
        'neg-calls',
        'Lawmakers call for TikTok ban',
        'A group of MPs on Monday called on the government to ban TikTok from parliamentary devices.',
        '2023-03-06',
        'proposed_or_threatened', None, None,
    ),
    (
        'neg-exploring',
        None,
        'The government is looking at whether to restrict TikTok on official devices, a spokesman said, adding that no '
        'decision had yet been taken.',
        '2023-03-06',
        'proposed_or_threatened|not_action', None, None,
    ),
    (
        'neg-deal-approved',
        'Trump approves deal to keep TikTok in the US',
        'President Trump signed an order on Thursday approving a deal under which American investors will take control '
        "of TikTok's US operations.",
        '2025-09-25',
        'not_action', None, None,
    ),
    (
        'neg-ban-lifted-india',
        None,
        'India has lifted its ban on several Chinese apps, the technology ministry said, though TikTok remains blocked.',
        '2024-01-10',
        'not_action|background_only', None, None,
    ),
    (
        'neg-fine-other-company-x',
        'EU fines X €120m under Digital Services Act',
        'The European Commission fined X on Friday for breaching the Digital Services Act. TikTok escaped a fine after '
        'it made commitments.',
        '2025-12-05',
        'not_action', None, None,
    ),
    (
        'bg-consequence-sellers',
        "Small businesses count the cost of Nepal's TikTok ban",
        'Shop owners in Kathmandu say sales have fallen by half since the app went dark. Nepal banned TikTok in '
        'November, citing social harmony. Many sellers have moved to Facebook.',
        '2024-01-20',
        'background_only|not_action', None, None,
    ),
    (
        'bg-no-title-past',
        None,
        'Montana became the first state to ban TikTok in 2023, but a federal judge blocked the law before it took '
        'effect. Now lawmakers there are debating a new approach to social media.',
        '2025-02-10',
        'background_only|not_action|proposed_or_threatened', None, None,
    ),
    (
        'bg-explainer',
        'Which countries have banned TikTok?',
        "India banned the app in 2020. Afghanistan's Taliban banned it in 2022, and Nepal followed in 2023. Several "
        'governments have barred it from official phones.',
        '2024-03-14',
        'background_only|not_action', None, None,
    ),
    (
        'bg-market',
        'ByteDance revenue jumps despite regulatory headwinds',
        "ByteDance's revenue rose 40% last year, according to people familiar with the figures. The company has faced "
        'bans on government devices in several countries and a U.S. law requiring a sale.',
        '2024-04-10',
        'background_only|not_action', None, None,
    ),
    (
        'neg-rumour',
        None,
        'Reports that the government has banned TikTok are false, the information ministry said on Tuesday, urging '
        'citizens not to share the claim.',
        '2024-05-07',
        'not_action', None, None,
    ),
    (
        'neg-other-company-ban',
        'Russia blocks Instagram',
        "Russia's communications regulator blocked Instagram on Monday, days after restricting Facebook. TikTok has "
        'suspended new uploads in the country.',
        '2022-03-14',
        'not_action', None, None,
    ),
    (
        'neg-tiktok-withdraws',
        'TikTok pulls out of Hong Kong',
        'TikTok said it would leave the Hong Kong market within days after a sweeping national security law took '
        'effect.',
        '2020-07-07',
        'not_action', None, None,
    ),
    (
        'neg-company-bans-staff',
        'Bank tells staff to delete TikTok',
        'A major European bank has told its employees to remove TikTok from their work phones, citing security '
        'concerns, a spokesperson said.',
        '2023-03-10',
        'not_action', None, None,
    ),
    (
        'neg-university',
        'University removes TikTok from campus Wi-Fi',
        'A private university in Ohio said it had blocked TikTok on its campus network, following the lead of public '
        'universities in several states.',
        '2023-01-20',
        'not_action|new_action', None, None,
    ),
    (
        'neg-poll-2',
        "Most Britons back a TikTok ban on ministers' phones, survey finds",
        'A survey of 2,000 adults found that 61% support banning TikTok on government phones, the polling firm said.',
        '2023-03-15',
        'not_action', None, None,
    ),
    (
        'neg-trump-extends',
        'Trump extends TikTok deadline again',
        "President Trump extended the deadline for ByteDance to sell TikTok's U.S. business by another 90 days on "
        'Thursday.',
        '2025-06-19',
        'not_action', None, None,
    ),
    (
        'neg-eu-closes',
        'EU closes TikTok Lite case after TikTok commits to withdraw rewards',
        'The European Commission closed its proceedings over TikTok Lite on Monday after the company agreed to '
        'permanently withdraw the rewards programme from the EU.',
        '2024-08-05',
        'not_action', None, None,
    ),
    (
        'neg-fine-upheld-bg',
        'TikTok unveils new features',
        'TikTok unveiled a series of new editing tools on Wednesday. Last month, an Irish court declined to suspend a '
        'fine imposed on the company.',
        '2024-07-10',
        'not_action|background_only', None, None,
    ),
    (
        'neg-state-media',
        'China says US TikTok law is bullying',
        "China's foreign ministry said on Thursday that the U.S. law forcing the sale of TikTok amounted to bullying "
        'and would backfire.',
        '2024-04-25',
        'not_action|background_only', None, None,
    ),
    (
        'neg-ban-would',
        None,
        'A ban on TikTok would hurt millions of small businesses that rely on the platform, a trade group warned on '
        'Monday.',
        '2024-03-11',
        'not_action|proposed_or_threatened', None, None,
    ),
    (
        'pos-quote-lead',
        None,
        '"We have taken this step to protect our children," the minister said on Monday, announcing that TikTok would '
        'be blocked nationwide from Wednesday.',
        '2024-06-03',
        'new_action', 'ban_national', None,
    ),
    (
        'pos-long-lead',
        'Government moves against TikTok',
        'In a statement released late on Friday, the Philippine government said it had barred all national agencies '
        'from using TikTok on official devices, effective immediately.',
        '2024-06-07',
        'new_action', 'ban_government_devices', 'PH',
    ),
    (
        "future-with-start-date",
        None,
        "Uzbekistan will block access to TikTok, the digital ministry said on Tuesday. Internet providers received a letter "
        "telling them to cut off the service by May 2 and to confirm in writing.",
        "2024-04-23",
        "new_action", "ban_national", None,
    ),
    (
        "future-without-date",
        None,
        "Uzbekistan will block access to TikTok, the digital minister said in an interview, without saying when or how. "
        "Officials are still studying the options.",
        "2024-04-23",
        "proposed_or_threatened", None, None,
    ),
    (
        "noun-headline-names-the-fine",
        "TikTok: €2 Million Consumer Fine",
        "Uzbekistan's consumer authority is the country's market regulator. It was founded in 1995. "
        "The authority fined TikTok 2 million euros for misleading young users about paid features.",
        "2024-05-10",
        "new_action", "fine_or_penalty", None,
    ),
    (
        "month-only-date",
        None,
        "On 1 September 2023, Ireland's Data Protection Commission adopted its final decision against TikTok over children's "
        "accounts. The company must pay administrative fines totalling €345 million.",
        "2023-09",
        "new_action", "fine_or_penalty", "IE",
    ),
    (
        "city-school-district",
        None,
        "The public school district in Seattle has sued TikTok, Meta and Snap, accusing them of fuelling a youth mental health "
        "crisis that strains its schools.",
        "2023-01-09",
        "new_action", "lawsuit_by_government", "US-WA",
    ),
    (
        "city-offices-are-not-the-actor",
        "US sues TikTok over children's privacy",
        "The Justice Department sued TikTok on Friday, accusing the Los Angeles-based company of collecting data from children. "
        "TikTok, whose US offices are in Los Angeles and Culver City, said it disagreed.",
        "2024-08-02",
        "new_action", "lawsuit_by_government", "US",
    ),
    (
        'latest-country',
        'Tajikistan becomes latest country to ban TikTok',
        'Tajikistan has become the latest country to ban TikTok, with the communications service saying on Tuesday that'
        ' the app would be blocked nationwide.',
        '2024-05-14',
        'new_action', 'ban_national', 'TJ',
    ),
    (
        'joins-in-banning',
        None,
        "Latvia joined a growing list of European governments on Friday in barring TikTok from officials' work phones, "
        'the foreign ministry said.',
        '2023-03-17',
        'new_action', 'ban_government_devices', 'LV',
    ),
    (
        'isp-order',
        None,
        "Ethiopia's telecom regulator ordered internet service providers on Monday to block TikTok, Telegram and "
        'YouTube in the region.',
        '2023-02-13',
        'new_action', 'ban_national', 'ET',
    ),
    (
        'slaps-fine',
        'Russia slaps TikTok with another fine',
        'A Moscow court on Thursday slapped TikTok with a 4 million rouble fine for failing to delete banned content.',
        '2023-07-13',
        'new_action', 'fine_or_penalty', 'RU',
    ),
    (
        'rfi',
        None,
        'The European Commission sent TikTok a formal request for information on Thursday about its handling of illegal'
        ' content related to the election.',
        '2023-10-19',
        'new_action', 'investigation_opened', 'EU',
    ),
    (
        'ag-announced-suit',
        None,
        "Attorney General Letitia James announced a lawsuit against TikTok on Tuesday, saying the platform's design "
        "harms New York's children.",
        '2024-10-08',
        'new_action', 'lawsuit_by_government', 'US-NY',
    ),
    (
        'state-is-suing',
        'The state of Kentucky is suing TikTok',
        "Kentucky is suing TikTok, claiming the app is built to addict children, the state's attorney general said on "
        'Tuesday.',
        '2024-10-08',
        'new_action', 'lawsuit_by_government', 'US-KY',
    ),
    (
        'parliament-law',
        None,
        "Kenya's parliament has passed a law banning TikTok, which the president signed on Wednesday.",
        '2024-07-10',
        'new_action', None, 'KE',
    ),
    (
        'decree',
        None,
        "Turkmenistan's president signed a decree on Monday blocking TikTok and several other foreign apps across the "
        'country.',
        '2024-03-04',
        'new_action', 'ban_national', 'TM',
    ),
    (
        'authorities-blocked',
        None,
        "Authorities in Uzbekistan blocked TikTok on Friday, citing breaches of the country's personal data law.",
        '2021-07-02',
        'new_action', 'ban_national', 'UZ',
    ),
    (
        'order-to-pay',
        None,
        "South Korea's privacy regulator ordered TikTok to pay 186 million won for mishandling children's data.",
        '2020-07-15',
        'new_action', 'fine_or_penalty', 'KR',
    ),
    (
        'licence-revoked',
        None,
        "Bangladesh's telecom regulator has revoked TikTok's licence to operate in the country, citing repeated "
        'violations.',
        '2024-02-01',
        'new_action', None, 'BD',
    ),
    (
        'suspend-days',
        'Pakistan suspends TikTok for the fourth time',
        "Pakistan's telecommunication authority suspended TikTok on Monday over what it called objectionable content, a"
        ' spokesman said.',
        '2021-07-21',
        'new_action', 'ban_national', 'PK',
    ),
    (
        'probe-launch-passive',
        None,
        "An investigation into TikTok's handling of children's data was launched on Tuesday by Britain's Information "
        "Commissioner's Office.",
        '2025-03-03',
        'new_action', 'investigation_opened', 'GB',
    ),
    (
        'will-investigate-said',
        None,
        "Canada's privacy commissioner said on Thursday it had opened an investigation into TikTok, together with "
        'provincial watchdogs.',
        '2023-02-23',
        'new_action', 'investigation_opened', 'CA',
    ),
    (
        'headline-only-body-bg',
        'Malaysia bans TikTok from government phones',
        "Malaysia's communications ministry said civil servants may no longer install TikTok on work phones, with "
        'immediate effect. The country has not banned the app for the public.',
        '2023-04-10',
        'new_action', 'ban_government_devices', 'MY',
    ),
    (
        'neg-will-not-ban',
        'Germany will not ban TikTok, minister says',
        'Germany has no plans to ban TikTok, the digital minister said on Monday, though officials are advised not to '
        'install it.',
        '2023-03-20',
        'not_action|proposed_or_threatened', None, None,
    ),
    (
        'neg-mulls',
        'Australia mulls TikTok ban on government devices',
        'Australia is weighing whether to ban TikTok on government devices, with a review due next month.',
        '2023-03-10',
        'proposed_or_threatened', None, None,
    ),
    (
        'neg-settlement-private',
        'TikTok agrees to pay $92 million to settle privacy lawsuit',
        'TikTok has agreed to pay $92 million to settle a class-action lawsuit brought by users who said the app '
        'collected their data.',
        '2021-02-26',
        'not_action', None, None,
    ),
    (
        'neg-ban-lifted-revoke',
        'Nepal lifts TikTok ban',
        "Nepal's new government revoked the ban on TikTok on Thursday, nine months after it was imposed.",
        '2024-08-22',
        'not_action', None, None,
    ),
    (
        'neg-other-company-tiktok-mentioned',
        'Australia orders X to remove videos',
        "Australia's online safety regulator ordered X on Tuesday to take down videos of a stabbing. TikTok removed the"
        ' videos on its own.',
        '2024-04-16',
        'not_action', None, None,
    ),
    (
        'neg-fine-appeal-lost-bg',
        'TikTok opens Dublin data centre',
        'TikTok opened its first European data centre in Dublin on Tuesday. The company is still appealing a fine '
        "imposed by Ireland's regulator in 2023.",
        '2023-09-19',
        'not_action|background_only', None, None,
    ),
    (
        'neg-ban-threat-warning',
        'Minister warns TikTok of possible ban',
        'The communications minister warned TikTok on Monday that it could be blocked if it does not remove harmful '
        'content within a month.',
        '2024-02-05',
        'proposed_or_threatened', None, None,
    ),
    (
        'neg-lawmakers-letter',
        None,
        "Two senators sent a letter to the FTC on Wednesday asking it to investigate TikTok's data practices.",
        '2023-03-08',
        'proposed_or_threatened|not_action', None, None,
    ),
    (
        'neg-tiktok-ban-talk',
        'How would a TikTok ban work?',
        'If Congress passes the bill and the president signs it, ByteDance would have six months to sell TikTok.',
        '2024-03-12',
        'not_action|background_only|proposed_or_threatened', None, None,
    ),
    (
        'neg-ftc-facebook',
        None,
        'The Federal Trade Commission sued Meta on Thursday to block its acquisition of a virtual reality start-up, in '
        'a case that could shape how regulators view TikTok.',
        '2022-07-28',
        'not_action', None, None,
    ),
    (
        "passive-suit-previous-subject",
        None,
        "Chicago's public school district says social media is harming its pupils and wants the companies to pay. "
        "A lawsuit was filed against TikTok, Meta and Snap in federal court on Friday.",
        "2023-02-03",
        "new_action", "lawsuit_by_government", "US-IL",
    ),
    (
        "passive-suit-private-subject",
        None,
        "Parents of a girl who died after a viral challenge say the app is to blame. "
        "A lawsuit was filed against TikTok in a Pennsylvania court on Friday.",
        "2022-05-13",
        "not_action", None, None,
    ),
    (
        'feature-title-news-body',
        'A blow for creators as regulators move',
        "Video creators in Jakarta woke up to bad news on Wednesday. Indonesia's communications ministry has ordered "
        'TikTok to shut down its shopping feature within a week, the minister told reporters.',
        '2023-09-27',
        'new_action', 'regulatory_order', 'ID',
    ),
    (
        'context-first-no-title',
        None,
        'For months, officials in Oslo had warned about the app. On Tuesday the Norwegian justice ministry told all its'
        ' employees to remove TikTok from their work phones, effective immediately.',
        '2023-03-21',
        'new_action', 'ban_government_devices', 'NO',
    ),
    (
        'quote-first-fine',
        None,
        '"Children\'s data must be protected," the regulator\'s chair said. The Italian data protection authority, the '
        'Garante, fined TikTok 5 million euros on Thursday.',
        '2024-05-16',
        'new_action', 'fine_or_penalty', 'IT',
    ),
    (
        'dateline-probe',
        None,
        'BRUSSELS (Reuters) - European Union regulators on Monday opened an investigation into whether TikTok breached '
        'EU online content rules, the second such probe into the platform this year.',
        '2024-04-22',
        'new_action', 'investigation_opened', 'EU',
    ),
    (
        'two-acts-title',
        'Montana becomes first state to ban TikTok; company vows to sue',
        'Montana Gov. Greg Gianforte signed legislation on Wednesday banning TikTok in the state from Jan. 1. TikTok '
        'said it would challenge the law in court.',
        '2023-05-17',
        'new_action', None, 'US-MT',
    ),
    (
        'state-ag-investigation',
        None,
        "Texas Attorney General Ken Paxton has launched an investigation into TikTok's handling of minors' privacy, his"
        ' office said on Friday.',
        '2022-02-18',
        'new_action', 'investigation_opened', 'US-TX',
    ),
    (
        'ag-sends-cid',
        None,
        "A coalition of state attorneys general said on Wednesday they were investigating TikTok's effects on children,"
        ' sending the company demands for documents.',
        '2022-03-02',
        'new_action', 'investigation_opened', 'US',
    ),
    (
        'cfius-order',
        None,
        "President Trump on Friday ordered ByteDance to divest its interest in TikTok's U.S. operations within 90 days,"
        ' citing national security.',
        '2020-08-14',
        'new_action', 'divestiture_order', 'US',
    ),
    (
        'ofcom-fine',
        None,
        'Ofcom has fined TikTok £1.875m for giving inaccurate information about its parental controls, the UK media '
        'regulator said on Tuesday.',
        '2024-07-23',
        'new_action', 'fine_or_penalty', 'GB',
    ),
    (
        'cnil-fine',
        'French privacy regulator fines TikTok €5 million over cookies',
        "France's data protection authority CNIL said on Thursday it had fined TikTok 5 million euros for making it "
        'hard for users to refuse cookies.',
        '2023-01-12',
        'new_action', 'fine_or_penalty', 'FR',
    ),
    (
        'vn-fine',
        None,
        "Vietnam's information ministry fined TikTok on Friday for hosting harmful content and ordered it to remove the"
        ' videos.',
        '2023-05-19',
        'new_action', None, 'VN',
    ),
    (
        'tw-ban-devices',
        None,
        'Taiwan banned government agencies from using TikTok and other Chinese apps on official devices, the cabinet '
        'said.',
        '2022-12-06',
        'new_action', 'ban_government_devices', 'TW',
    ),
    (
        'ny-devices-2',
        'NYC bans TikTok on city-owned devices',
        'New York City on Wednesday banned TikTok from government-owned devices over security concerns, requiring '
        'agencies to remove it within 30 days.',
        '2023-08-16',
        'new_action', 'ban_government_devices', 'US-NY',
    ),
    (
        'neg-tiktok-vows',
        'TikTok vows to fight Montana ban in court',
        "TikTok said on Thursday it would challenge Montana's new law in court, calling it unconstitutional.",
        '2023-05-18',
        'proposed_or_threatened|not_action|tiktok_challenges_action|background_only', None, None,
    ),
    (
        'neg-report-says',
        'Report: White House weighing TikTok options',
        'The White House is weighing several options on TikTok, including a forced sale, according to a report '
        'published on Sunday.',
        '2020-08-02',
        'proposed_or_threatened|not_action', None, None,
    ),
    (
        'neg-ban-effect-consequence',
        'TikTok goes dark in Nepal',
        'Users in Nepal could no longer open TikTok on Tuesday as telecom operators began enforcing the ban announced '
        'last week.',
        '2023-11-21',
        'background_only|not_action|new_action', None, None,
    ),
    (
        'neg-eu-warns',
        'EU warns TikTok over election content',
        'The European Commission warned TikTok on Friday that it must do more to curb disinformation ahead of '
        'elections, but opened no formal case.',
        '2024-05-31',
        'proposed_or_threatened|not_action', None, None,
    ),
    (
        'neg-meta-fined-tiktok-next',
        'Meta fined $1.3bn; TikTok could be next',
        "Europe's privacy regulators fined Meta a record $1.3 billion on Monday. Experts say TikTok could face a "
        'similar penalty.',
        '2023-05-22',
        'not_action|proposed_or_threatened', None, None,
    ),
    (
        'neg-past-year-fine',
        None,
        "TikTok, which was fined £12.7m by the UK's data watchdog in 2023, launched a new age-verification tool on "
        'Monday.',
        '2025-02-10',
        'not_action|background_only', None, None,
    ),
    (
        'neg-government-uses-tiktok',
        'White House launches official TikTok account',
        "The White House launched an official TikTok account on Tuesday, months after the president delayed the app's "
        'ban.',
        '2025-08-19',
        'not_action', None, None,
    ),
    (
        'neg-court-dismisses-state-suit',
        "Judge dismisses Indiana's lawsuit against TikTok",
        "A state judge on Friday dismissed Indiana's lawsuit accusing TikTok of misleading consumers, saying the court "
        'lacked jurisdiction.',
        '2023-11-17',
        'court_blocks_action', None, None,
    ),
    (
        "title-names-apps-body-lists-tiktok",
        "France bars 'recreational' apps from civil servants' work phones",
        "The measure, which applies immediately, covers TikTok, Netflix and mobile games, the civil service ministry said on Friday.",
        "2023-03-24",
        "new_action", "ban_government_devices", "FR",
    ),
    (
        "body-phones-of-public-servants",
        None,
        "The French government has decided to ban downloading and installing leisure apps on the professional phones of public "
        "servants, the minister said on Friday. TikTok and Instagram are among the apps affected.",
        "2023-03-24",
        "new_action", "ban_government_devices", "FR",
    ),
    (
        "title-counted-apps-listed",
        "India blocks 59 Chinese apps",
        "The apps, including TikTok and WeChat, threaten the country's sovereignty and security, the government said on Monday.",
        "2020-06-29",
        "new_action", "ban_national", "IN",
    ),
    (
        "title-counted-apps-tiktok-only-background",
        "India blocks 54 more Chinese apps",
        "The new list includes games and photo editors, the technology ministry said. TikTok has been blocked in India since 2020.",
        "2022-02-14",
        "not_action|background_only", None, None,
    ),
    (
        "question-title-news-body",
        "What we know about Nepal's TikTok ban",
        "Nepal's government on Monday banned TikTok, saying the app disrupted social harmony. Operators were told to block it.",
        "2023-11-13",
        "new_action", "ban_national", "NP",
    ),
    (
        "question-title-explainer",
        "Why was CapCut banned in the United States?",
        "Sunday, January 19, 2025\n"
        "CapCut, the editing app owned by ByteDance, went offline for American users this weekend. "
        "A federal law passed last year required ByteDance's apps to be sold or banned.",
        "2025-01-19",
        "background_only|not_action", None, None,
    ),
    (
        "latest-states-to-restrict",
        None,
        "Ohio joined Kansas on Tuesday to become the latest states to restrict the use of TikTok on state phones, a move that comes "
        "after Congress barred the app from federal devices.",
        "2023-01-10",
        "new_action", "ban_government_devices", "US-OH",
    ),
    (
        "since-clause-is-background",
        "Fewer Americans back a TikTok ban, poll finds",
        "Support for banning TikTok has fallen, a survey released on Thursday found. Attitudes have shifted in the months since "
        "President Joe Biden signed a law that could ban the app.",
        "2024-09-19",
        "not_action|background_only", None, None,
    ),
    (
        "scene-setting-then-news-no-title",
        None,
        "The Taliban have restricted music, films and women's education since returning to power. Televisions went quiet in "
        "many homes last year. Games were next. The newest rule reaches phones: TikTok is no longer allowed, a spokesman said "
        "on Thursday.",
        "2022-04-21",
        "new_action", "ban_national", "AF",
    ),
    (
        "scene-setting-only-no-title",
        None,
        "The Taliban have restricted music, films and women's education since returning to power. Televisions went quiet in "
        "many homes last year. Young people still find ways to get online. Many watch TikTok on borrowed phones.",
        "2022-04-21",
        "not_action|background_only", None, None,
    ),
    (
        'scot',
        None,
        'The Scottish Parliament has banned TikTok from all its devices with immediate effect, a spokesperson said on '
        'Thursday.',
        '2023-03-23',
        'new_action', 'ban_government_devices', None,
    ),
    (
        'eu-findings',
        'EU says TikTok breached advertising rules',
        "The European Commission said on Thursday that TikTok's advertising repository breaches the Digital Services "
        'Act, in preliminary findings that could lead to a fine.',
        '2025-05-15',
        'new_action', 'other', 'EU',
    ),
    (
        'eu-dsa-fine',
        None,
        "The European Commission fined TikTok €600 million on Tuesday for breaching the Digital Services Act's "
        'transparency rules.',
        '2025-10-07',
        'new_action', 'fine_or_penalty', 'EU',
    ),
    (
        'in-order-windup',
        None,
        'Authorities in Uzbekistan ordered ByteDance to close its local subsidiary within 60 days.',
        '2024-01-10',
        'new_action', 'business_wind_up_order', 'UZ',
    ),
    (
        'us-law-pafaca-2',
        'Biden signs TikTok divest-or-ban law',
        'President Joe Biden signed legislation on Wednesday that requires ByteDance to sell TikTok within nine months '
        'or see it banned in the U.S.',
        '2024-04-24',
        'new_action', 'law_enacted', 'US',
    ),
    (
        'ut-law',
        'Utah governor signs social media law requiring parental consent',
        'Utah Gov. Spencer Cox signed two bills into law on Thursday that require TikTok and other platforms to get '
        'parental consent before minors can open accounts.',
        '2023-03-23',
        'new_action', 'law_enacted', 'US-UT',
    ),
    (
        'fl-law',
        None,
        'Florida Gov. Ron DeSantis signed a law on Monday barring children under 14 from social media platforms such as'
        ' TikTok.',
        '2024-03-25',
        'new_action', None, 'US-FL',
    ),
    (
        'ar-suit-2',
        None,
        'The state of Arkansas filed suit against TikTok and its parent company ByteDance on Tuesday, accusing the app '
        'of exposing children to mature content.',
        '2023-03-28',
        'new_action', 'lawsuit_by_government', 'US-AR',
    ),
    (
        'nj-devices',
        None,
        'New Jersey Gov. Phil Murphy on Monday ordered state agencies to remove TikTok and several Chinese and Russian '
        'apps from government devices.',
        '2023-01-09',
        'new_action', 'ban_government_devices', 'US-NJ',
    ),
    (
        'mn-ag-suit',
        None,
        "Minnesota Attorney General Keith Ellison sued TikTok on Tuesday, alleging the app's design is addictive and "
        'harms young users.',
        '2025-08-19',
        'new_action', 'lawsuit_by_government', 'US-MN',
    ),
    (
        'pk-court',
        None,
        'A Pakistani court on Thursday ordered the telecom authority to block TikTok for allegedly spreading immoral '
        'content.',
        '2021-03-11',
        'new_action', 'ban_national', 'PK',
    ),
    (
        'ru-fine-2',
        None,
        'Russia has fined TikTok 3 million roubles for failing to delete content promoting LGBT values, a court said on'
        ' Tuesday.',
        '2022-10-04',
        'new_action', 'fine_or_penalty', 'RU',
    ),
    (
        'kr-order',
        None,
        "South Korea's privacy watchdog ordered TikTok to improve how it handles users' personal data and fined it 1.8 "
        'billion won.',
        '2020-07-15',
        'new_action', 'fine_or_penalty', 'KR',
    ),
    (
        'br-order',
        None,
        "Brazil's consumer protection agency ordered TikTok to suspend accounts of users under 13 within 10 days.",
        '2024-01-20',
        'new_action', 'regulatory_order', 'BR',
    ),
    (
        'neg-eu-asks',
        'EU asks TikTok for details on election measures',
        'The European Commission has asked TikTok to explain how it is protecting elections, but said no investigation '
        'had been opened.',
        '2024-03-14',
        'proposed_or_threatened|not_action|new_action', None, None,
    ),
    (
        'neg-tiktok-fine-reduced',
        'Court cuts TikTok fine',
        "A Dutch court on Tuesday reduced a fine imposed on TikTok by the country's privacy regulator.",
        '2024-05-07',
        'court_blocks_action|not_action', None, None,
    ),
    (
        'neg-investigation-closed',
        'Regulator drops TikTok probe',
        "Britain's competition regulator said on Monday it had closed its investigation into TikTok without taking "
        'action.',
        '2024-05-06',
        'not_action', None, None,
    ),
    (
        'neg-gov-joins-tiktok',
        'Government joins TikTok to reach young voters',
        'The British government has opened an official TikTok account to reach young people, the Cabinet Office said.',
        '2024-06-01',
        'not_action', None, None,
    ),
    (
        'neg-ban-reversed',
        'Nepal reverses TikTok ban',
        "Nepal's government on Thursday lifted the ban on TikTok it imposed nine months ago, after the company agreed "
        'to register locally.',
        '2024-08-22',
        'not_action', None, None,
    ),
    (
        'neg-proposal-eu-mep',
        'MEPs call for TikTok ban across EU institutions',
        'A group of MEPs on Tuesday urged the European Commission to ban TikTok across all EU institutions.',
        '2023-02-21',
        'proposed_or_threatened', None, None,
    ),
    (
        'neg-ceo-testifies',
        'TikTok CEO grilled by Congress',
        "TikTok's chief executive faced five hours of hostile questions from lawmakers on Thursday over the app's ties "
        'to China.',
        '2023-03-23',
        'not_action|background_only|proposed_or_threatened', None, None,
    ),
    (
        'neg-tiktok-bans-ads',
        'TikTok bans political ads from paid creators',
        'TikTok said on Wednesday it would ban political content from creators who are paid by brands, tightening its '
        'own rules.',
        '2022-08-17',
        'not_action', None, None,
    ),
    (
        'neg-tiktok-removes-accounts',
        'TikTok removes accounts after government request',
        'TikTok removed hundreds of accounts linked to a disinformation network after a request from the election '
        'authority, the company said.',
        '2024-05-01',
        'not_action', None, None,
    ),
    (
        'neg-hires-official',
        'TikTok hires former White House aide',
        'TikTok has hired a former White House official to lead its government relations team in Washington.',
        '2023-06-01',
        'not_action', None, None,
    ),
    (
        'neg-ftc-chair-comments',
        'FTC chair says agency watching TikTok closely',
        "The chair of the Federal Trade Commission said on Tuesday the agency was paying close attention to TikTok's "
        'data practices but declined to say whether an investigation was under way.',
        '2023-04-18',
        'not_action|proposed_or_threatened', None, None,
    ),
    (
        'neg-agency-uses-tiktok',
        'Army recruiters return to TikTok',
        'The U.S. Army said it would resume recruiting on TikTok through paid influencers, despite the ban on '
        'government phones.',
        '2024-02-01',
        'not_action|background_only', None, None,
    ),
    (
        'neg-eu-designates',
        'EU names TikTok among very large platforms',
        'The European Commission on Tuesday designated 19 services, including TikTok, as very large online platforms '
        'that must comply with stricter rules from August.',
        '2023-04-25',
        'not_action|new_action', None, None,
    ),
    (
        'neg-tiktok-wins-appeal',
        'TikTok wins appeal against Dutch fine',
        'A Dutch court annulled a fine imposed on TikTok by the privacy regulator, ruling that the regulator lacked '
        'jurisdiction.',
        '2024-05-07',
        'court_blocks_action', None, None,
    ),
    (
        'neg-lawmakers-introduce',
        None,
        'Republican lawmakers introduced a bill on Tuesday that would require the Commerce Department to ban TikTok, '
        'the latest push against the app.',
        '2023-02-28',
        'proposed_or_threatened', None, None,
    ),
    (
        'neg-state-senate-passes',
        'Texas Senate passes bill banning TikTok on state devices',
        'The Texas Senate voted 28-2 on Tuesday to approve a bill barring TikTok on state-issued devices. The measure '
        'now goes to the House.',
        '2023-04-11',
        'proposed_or_threatened', None, None,
    ),
    (
        'neg-gov-recommends',
        'Dutch government advises officials against using TikTok',
        'The Dutch government on Tuesday advised civil servants not to install apps such as TikTok on their work '
        'phones, pending new rules.',
        '2023-03-21',
        'proposed_or_threatened|not_action|new_action', None, None,
    ),
    (
        'pos-ultimatum-met',
        None,
        "Indonesia on Friday blocked TikTok's shopping service after the company missed a one-week deadline set by the "
        'trade ministry.',
        '2023-10-06',
        'new_action', None, 'ID',
    ),
    (
        'pos-cid',
        None,
        'Texas Attorney General Ken Paxton issued civil investigative demands to TikTok on Thursday over its content '
        'for minors.',
        '2024-02-22',
        'new_action', 'investigation_opened', 'US-TX',
    ),
    (
        'pos-subpoena',
        None,
        "Utah's consumer protection division subpoenaed TikTok on Monday, seeking records about how its algorithm "
        'treats minors.',
        '2023-06-19',
        'new_action', 'investigation_opened', 'US-UT',
    ),
    (
        "age-limit-law",
        "Australia bans social media for under-16s",
        "Australia's parliament passed a law on Thursday barring children under 16 from social media. Platforms such as TikTok "
        "and Instagram face fines of up to A$49.5 million if they fail to comply.",
        "2024-11-28",
        "new_action", "law_enacted", "AU",
    ),
    (
        "could-become-latest",
        "Nepal could become latest country to ban TikTok",
        "Nepal could become the latest country to ban TikTok, officials said, as the cabinet weighs a proposal.",
        "2023-11-10",
        "proposed_or_threatened", None, None,
    ),
    (
        'hl-to-ban-decided',
        'Nepal to ban TikTok',
        "Nepal's government decided on Monday to ban TikTok, the communications minister said, citing its effect on "
        'social harmony.',
        '2023-11-13',
        'new_action', 'ban_national', 'NP',
    ),
    (
        'hl-to-ban-proposal',
        'Nepal to ban TikTok?',
        "Nepal's government is considering whether to ban TikTok, the communications minister said on Monday.",
        '2023-11-13',
        'proposed_or_threatened', None, None,
    ),
    (
        'hl-colon',
        'Kenya: Court orders TikTok to pay fine',
        'A Nairobi court on Tuesday ordered TikTok to pay a fine of 5 million shillings for failing to remove harmful '
        'videos.',
        '2024-08-20',
        'new_action', 'fine_or_penalty', 'KE',
    ),
    (
        'hl-quote',
        "'A threat to our children': Uzbekistan blocks TikTok",
        "Uzbekistan's authorities have blocked access to TikTok, the communications ministry said on Friday.",
        '2021-07-02',
        'new_action', 'ban_national', 'UZ',
    ),
    (
        'body-old-and-new',
        'India extends ban on Chinese apps',
        'India on Monday banned 47 more apps that it said were clones of apps banned earlier, including TikTok Lite. '
        'TikTok itself was banned in June.',
        '2020-07-27',
        'new_action', 'ban_national', 'IN',
    ),
    (
        'hl-ag-probe',
        "Attorneys general open probe into TikTok's effect on kids",
        'A bipartisan group of state attorneys general said on Wednesday it had launched an investigation into whether '
        'TikTok harms children.',
        '2022-03-02',
        'new_action', 'investigation_opened', 'US',
    ),
    (
        'hl-devices-body-date',
        'Dutch government bans TikTok on work phones from Friday',
        'The Netherlands will bar civil servants from installing TikTok and other apps from countries with offensive '
        'cyber programmes on work phones, starting Friday.',
        '2023-03-21',
        'new_action', 'ban_government_devices', 'NL',
    ),
    (
        'neg-hl-could',
        'Canada could ban TikTok, minister says',
        "Canada's innovation minister said on Tuesday that the government could ban TikTok if a security review found "
        'risks.',
        '2024-03-12',
        'proposed_or_threatened', None, None,
    ),
    (
        'neg-hl-past-anniversary',
        "One year after India's TikTok ban, creators have moved on",
        'A year after India banned TikTok, creators have found new audiences on Instagram Reels and YouTube Shorts.',
        '2021-06-29',
        'background_only|not_action', None, None,
    ),
    (
        'neg-tiktok-complies',
        'TikTok complies with Indonesian order',
        'TikTok shut down its shopping service in Indonesia on Wednesday to comply with a government order issued last '
        'week.',
        '2023-10-04',
        'background_only|not_action', None, None,
    ),
    # --- a coalition of attorneys general leading or joining an investigation opens one
    (
        'ags-co-lead-investigation',
        None,
        "Ohio's attorney general on Tuesday co-led a multistate investigation into TikTok over how the app keeps "
        'teenagers scrolling, his office said.',
        '2022-03-02',
        'new_action', 'investigation_opened', 'US-OH',
    ),
    (
        'ags-examining-whether',
        'State prosecutors turn their attention to TikTok',
        'Attorneys general in a dozen states are examining whether TikTok broke consumer protection laws by hiding '
        'the harm its feed does to children, the Vermont attorney general said on Monday.',
        '2022-03-02',
        'new_action', 'investigation_opened', None,
    ),
    (
        'investigation-led-to-is-not-an-act',
        'What a leaked memo did to TikTok',
        'A leaked memo about teenagers on TikTok led to an investigation years ago, the newsletter recalls in a long '
        'essay about the app and its critics.',
        '2024-06-01',
        'not_action|background_only', None, None,
    ),
    # --- a regulator's "final warning" in quotes is a threat, not an act and not nothing
    (
        'quoted-final-warning',
        'Telecom regulator puts TikTok on notice',
        'The telecom regulator has issued a "final warning" to TikTok, telling it to remove indecent videos or face '
        'action under the law.',
        '2020-07-21',
        'proposed_or_threatened', None, None,
    ),
    # --- an "EU fine" over data privacy is the Irish lead regulator's; the Commission's own fines stay EU
    (
        'eu-privacy-fine-is-irish',
        'TikTok handed $600m EU fine over data privacy failures',
        'TikTok has been fined over its handling of personal data by European users. Officials said the company did '
        'not show that staff abroad could not reach the data. The company said it would appeal. Ireland\'s Data '
        'Protection Commission, its lead regulator in the bloc, published the decision on Friday.',
        '2025-05-02',
        'new_action', 'fine_or_penalty', 'IE',
    ),
    (
        'eu-commission-fine-stays-eu',
        'EU fines TikTok under the Digital Services Act over its ad library',
        'The European Commission fined TikTok on Thursday for failing to keep a searchable library of the '
        'advertisements it shows, the first penalty under the Digital Services Act for the app.',
        '2025-09-04',
        'new_action', 'fine_or_penalty', 'EU',
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_generalisation_cases(case: tuple[str, str | None, str, str, str, str | None, str | None]) -> None:
    _id, title, text, published, label, action_type, jurisdiction = case
    result = analyze_article(title, text, published, language="en")
    assert result.label in label.split("|"), (result.label, result.actions[:1])
    if label == "new_action":
        main = result.actions[0]
        if action_type is not None:
            assert main.type == action_type, main
        if jurisdiction is not None:  # None: the article names no place
            assert main.jurisdiction == jurisdiction, main
        assert main.actor, main


@pytest.mark.parametrize(
    ("title", "text", "actor"),
    [
        (
            None,
            "President Trump issued an executive order on Thursday banning any transactions with ByteDance within 45 days.",
            "President Trump",
        ),
        (
            None,
            "The Government of Canada announced on Monday that it has ordered TikTok Technology Canada to wind up its business.",
            "Government of Canada",
        ),
        (
            "Tennessee governor signs law banning TikTok on college networks",
            "Tennessee Gov. Bill Lee signed Senate Bill 834 on Friday, which bans TikTok on public university networks.",
            "Tennessee Gov. Bill Lee",
        ),
        (
            None,
            "The City of Fountain Hills issued a ban on TikTok on all town-owned devices on Wednesday.",
            "City of Fountain Hills",
        ),
        (
            None,
            "The Kilgore city council voted on Tuesday to ban TikTok on city-owned phones.",
            "Kilgore city council",
        ),
        (
            "Governor Hogan Issues Emergency Directive Banning TikTok In State Government",
            "Governor Hogan issued an emergency directive on Tuesday that bans TikTok on state networks and devices.",
            "Governor Hogan",
        ),
    ],
)
def test_actor_is_a_named_body_not_a_fragment(title: str | None, text: str, actor: str) -> None:
    result = analyze_article(title, text, "2024-04-17", language="en")
    assert result.new_action, result
    assert result.actions[0].actor == actor


def test_blockchain_is_not_a_block() -> None:
    result = analyze_article(
        "Government blockchain pilot picks TikTok creator as ambassador",
        "The government's blockchain registry pilot named a TikTok creator as its ambassador on Monday.",
        "2024-02-01",
        language="en",
    )
    assert result.label == "not_action"


# Round of written cases: a restriction reported in the passive with no agent, a town's officials adopting a
# device policy, and the hard negatives next to them (access restricted to adults, officials weighing a policy,
# a judge letting a state's suit go on, which is procedure, not a new act).
@pytest.mark.parametrize(
    ("title", "text", "label", "action_type", "jurisdiction"),
    [
        (
            None,
            "The operation of TikTok and two messaging services has been restricted in Kazakhstan over breaches of the "
            "personal data law, the telecoms inspectorate said on Wednesday.",
            "new_action", "ban_national", "KZ",
        ),
        (
            "Riverton bars TikTok from its phones",
            "City officials in Riverton, Wyoming, adopted a policy on Tuesday prohibiting staff from installing TikTok "
            "on city-issued devices.",
            "new_action", "ban_government_devices", "US-WY",
        ),
    ],
)
def test_passive_restriction_and_town_officials(
    title: str | None, text: str, label: str, action_type: str, jurisdiction: str
) -> None:
    result = analyze_article(title, text, "2024-05-01", language="en")
    assert result.label == label, result
    assert result.actions[0].type == action_type
    assert result.actions[0].jurisdiction == jurisdiction


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Live streams on TikTok restricted to adults",
            "Live streaming on TikTok has been restricted to users over 18, the company said in a blog post on Monday.",
        ),
        (
            "Riverton weighs TikTok rules for staff",
            "City officials in Riverton, Wyoming, are considering a policy that would bar staff from installing TikTok "
            "on city-issued devices.",
        ),
        (
            "Judge lets state's TikTok suit go on",
            "A county judge on Friday denied TikTok's motion to dismiss the attorney general's lawsuit, filed last year, "
            "so the case moves toward trial.",
        ),
    ],
)
def test_restriction_to_adults_weighing_and_procedure_are_no_new_act(title: str, text: str) -> None:
    result = analyze_article(title, text, "2024-05-01", language="en")
    assert not result.new_action, result


@pytest.mark.parametrize(
    ("title", "text", "jurisdiction"),
    [
        (
            "Riverton's TikTok ban upheld by state appeals court",
            "The ruling ends the first round of the company's fight against the city's rule.",
            None,
        ),
        (
            "TikTok sale-or-ban law upheld by federal appeals court",
            "A three-judge panel of the U.S. Court of Appeals in Washington, D.C., found the law constitutional on Friday.",
            "US",
        ),
        (
            "ByteDance loses court challenge to EU designation",
            "ByteDance lost its court challenge on Wednesday against its designation under European Union competition rules.",
            "EU",
        ),
        (
            "EU court dismisses ByteDance's appeal over platform rules",
            "The General Court dismissed an appeal by ByteDance against the designation, judges said on Wednesday.",
            "EU",
        ),
    ],
)
def test_a_court_upholding_an_act_in_the_passive_or_as_a_lost_challenge(title: str, text: str, jurisdiction: str | None) -> None:
    result = analyze_article(title, text, "2025-03-01", language="en")
    assert result.label == "new_action", result
    assert result.actions[0].stage == "upheld"
    if jurisdiction:
        assert result.actions[0].jurisdiction == jurisdiction


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the government, not TikTok, lost: a ruling against the act
        ("Riverton loses its court fight over TikTok ban", "A state judge struck the city's rule down on Monday."),
        # one chamber has voted: a proposal
        (
            "Chile advances ban on social media for under-16s, Senate vote awaits",
            "Chile's lower house passed the bill on Tuesday, which would bar children from TikTok and Instagram.",
        ),
    ],
)
def test_a_lost_government_case_and_a_ban_advanced_by_one_chamber_are_no_new_act(title: str, text: str) -> None:
    result = analyze_article(title, text, "2025-03-01", language="en")
    assert not result.new_action, result


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Danish government bans TikTok on work phones", "DK"),
        ("Norway's government bans officials from using TikTok", "NO"),
        ("Kenyan government bars ministers from using TikTok", "KE"),
    ],
)
def test_a_government_that_bans_in_a_headline_is_a_verb_not_a_noun_compound(title: str, code: str) -> None:
    # "government bans" reads as the noun "the government's bans" unless an object follows
    result = analyze_article(title, "The rule applies from Monday, officials said.", "2025-03-01", language="en")
    assert result.label == "new_action", result
    assert result.actions[0].jurisdiction == code


@pytest.mark.parametrize(
    ("title", "text", "label"),
    [
        (
            "Court allows Ohio consumer protection case against TikTok to continue",
            "A state judge on Tuesday ruled the attorney general's lawsuit, filed last year, may go ahead.",
            "background_only",
        ),
        (
            "Ohio Supreme Court clears path for TikTok trial",
            "The court denied the platform's request to block the case brought by the attorney general in 2024.",
            "background_only",
        ),
        (
            "Professors in Ohio are suing the state over its TikTok ban",
            "A group of university researchers sued the state on Monday, saying the ban on state networks stops their work.",
            "tiktok_challenges_action",
        ),
    ],
)
def test_a_passive_unblocking_a_suit_allowed_to_continue_and_private_plaintiffs(title: str, text: str, label: str) -> None:
    result = analyze_article(title, text, "2025-03-01", language="en")
    assert result.label == label, result
    assert not result.new_action


def test_a_headline_passive_unblocking_is_a_lifted_ban() -> None:
    result = analyze_article("TikTok unblocked in Georgia", "Access to the app was restored on Monday.", "2025-03-01", language="en")
    assert not result.new_action
    assert result.actions and result.actions[0].stage == "lifted", result


# "Ohio ban on TikTok faces its first hearing" still reads as an act: treating every "<place> ban on TikTok" as
# a noun cost recall on unseen news (headlines that report a new ban that way), so it was withdrawn.


@pytest.mark.parametrize(
    "title",
    [
        "Nepal announces ban on TikTok",
        "Nepal slaps ban on TikTok",
        "Taiwan expands ban on TikTok to all public-sector workers",
        "Ontario puts a ban on TikTok on every staff phone",
        "Senegal reinstates ban on TikTok",
    ],
)
def test_a_ban_on_tiktok_announced_or_imposed_is_still_an_act(title: str) -> None:
    result = analyze_article(title, "The cabinet decided on Monday.", "2025-03-01", language="en")
    assert result.label == "new_action", result


def test_requirements_imposed_on_tiktok_are_a_regulatory_order() -> None:
    result = analyze_article(
        "Ghana imposes monthly reporting requirements on TikTok",
        "The communications regulator said the platform must file a compliance report every month from June.",
        "2025-03-01",
        language="en",
    )
    assert result.label == "new_action", result
    assert result.actions[0].type == "regulatory_order"
    assert result.actions[0].jurisdiction == "GH"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Appeals court sides with the government on TikTok law",
         "A federal appeals court in Washington, D.C., on Friday upheld the law forcing ByteDance to sell TikTok."),
        ("Court of Appeals upholds TikTok sale law",
         "The U.S. Court of Appeals for the District of Columbia Circuit on Friday upheld the law forcing ByteDance to sell TikTok."),
    ],
)  # fmt: skip
def test_a_federal_court_sitting_in_washington_upholds_for_the_country(title: str, text: str) -> None:
    result = analyze_article(title, text, "2025-03-01", language="en")
    assert result.new_action, result
    assert {a.jurisdiction for a in result.actions} == {"US"}, result


def test_a_district_court_of_washington_rules_for_the_district() -> None:
    result = analyze_article(
        "D.C. judge upholds the District's order on TikTok data",
        "A D.C. Superior Court judge on Friday upheld the District's order on TikTok's handling of children's data.",
        "2025-03-01",
        language="en",
    )
    assert all(a.jurisdiction == "US-DC" for a in result.actions), result


@pytest.mark.parametrize(
    ("title", "text", "code", "actor"),
    [
        ("Alberta pulls TikTok off government phones", "Alberta's government on Tuesday barred TikTok from all phones it issues.",
         "CA-AB", "Government of Alberta"),
        ("NSW bars TikTok from government devices", "The New South Wales government will block TikTok on its devices from Monday.",
         "AU-NSW", "Government of New South Wales"),
        ("Holyrood bans TikTok on official phones", "The Scottish Parliament on Friday banned TikTok on its official devices.",
         "GB-SCT", None),
        ("Ottawa bans TikTok on federal phones", "Canada's federal government on Monday banned TikTok on the phones it issues.",
         "CA", "Government of Canada"),
    ],
)  # fmt: skip
def test_provinces_states_and_nations_act_under_their_own_code(title: str, text: str, code: str, actor: str | None) -> None:
    result = analyze_article(title, text, "2023-03-01", language="en")
    assert result.new_action, result
    assert result.actions[0].jurisdiction == code, result
    if actor:
        assert result.actions[0].actor == actor, result


@pytest.mark.parametrize(
    "title",
    ["Lawmaker seeks ban on TikTok over 'moral decay'", "Opposition MP seeks TikTok block in Egypt", "Senator sought a TikTok ban"],
)
def test_seeking_a_ban_is_a_proposal(title: str) -> None:
    result = analyze_article(title, "The request was sent to the prime minister on Sunday.", "2025-03-01", language="en")
    assert not result.new_action, result


@pytest.mark.parametrize(
    "title",
    ["Three Manitoba school boards sue TikTok and Meta", "Five Quebec school boards file suits against TikTok, Snapchat and Meta"],
)
def test_a_counted_group_of_boards_suing_now_is_one_act(title: str) -> None:
    result = analyze_article(title, "The boards filed their claims in court on Thursday.", "2024-03-28", language="en")
    assert result.new_action, result
    assert result.actions[0].type == "lawsuit_by_government"


def test_a_counted_group_that_already_acted_is_background() -> None:
    result = analyze_article("Twelve provinces have banned TikTok on their phones", "The list keeps growing.", "2024-03-28", language="en")
    assert not result.new_action, result
