"""Hausa pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from tests.pack_cases import assert_label, assert_new_action, assert_places, assert_py3langid_says, load_word_pack

NEW = [
    (
        "Gwamnatin Nijar ta haramta amfani da TikTok a fadin kasar",
        "Ministan sadarwa ya ce matakin ya fara aiki nan take.",
        "ban_national",
        "NE",
    ),
    (
        "Somaliya ta haramta TikTok da Telegram",
        "Ma'aikatar sadarwa ta kasar ta umarci kamfanonin intanet su toshe manhajojin.",
        "ban_national",
        "SO",
    ),
    ("An haramta TikTok a Nepal", "Gwamnatin Nepal ta ce manhajar na lalata zaman lafiyar al'umma.", "ban_national", "NP"),
    ("Senegal ta dakatar da TikTok", "Gwamnatin Senegal ta ce ana amfani da dandalin wajen yada kiyayya.", "ban_national", "SN"),
    ("Albaniya ta rufe TikTok na shekara guda", "Firaminista Edi Rama ya ce matakin zai kare yara a makarantu.", "ban_national", "AL"),
    ("Gwamnatin Tarayya ta haramta TikTok a Najeriya", "Ministan sadarwa ya ce matakin zai kare matasa.", "ban_national", "NG"),
    ("Gwamnatin Chadi ta toshe TikTok gabanin zabe", "Kamfanonin sadarwa sun fara aiwatar da umarnin a daren jiya.", "ban_national", "TD"),
    ("Jihar Montana ta haramta TikTok", "Gwamnan jihar ya sanya hannu kan dokar a ranar Laraba.", "ban_regional", "US-MT"),
    (
        "Birtaniya ta haramta TikTok a wayoyin gwamnati",
        "Ministoci da ma'aikatan gwamnati ba za su sake amfani da manhajar ba.",
        "ban_government_devices",
        "GB",
    ),
    (
        "Hukumar Tarayyar Turai ta hana ma'aikatanta amfani da TikTok",
        "Dole ma'aikatan hukumar su cire manhajar daga wayoyinsu na aiki.",
        "ban_government_devices",
        "EU",
    ),
    ("Amurka ta haramta TikTok a na'urorin gwamnatin tarayya", "", "ban_government_devices", "US"),
    (
        "Hukumar Kare Bayanai ta Ireland ta ci TikTok tarar Yuro miliyan 530",
        "Hukumar ta ce kamfanin ya tura bayanan masu amfani na Turai zuwa China.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "NDPC ta ci TikTok tarar Naira biliyan 5",
        "Hukumar Kare Bayanan Sirri ta Najeriya ta ce kamfanin ya keta dokar kare bayanai ta kasa.",
        "fine_or_penalty",
        "NG",
    ),
    (
        "An ci TikTok tarar fam miliyan 12.7 a Birtaniya",
        "Hukumar ICO ta ce kamfanin ya yi amfani da bayanan yara ba bisa ka'ida ba.",
        "fine_or_penalty",
        "GB",
    ),
    (
        "Hukumar Tarayyar Turai ta ci TikTok tarar Yuro miliyan 600",
        "Hukumar ta ce kamfanin ya saba wa dokar ayyukan dijital ta Turai.",
        "fine_or_penalty",
        "EU",
    ),
    (
        "Hukumar Tarayyar Turai ta fara bincike kan TikTok",
        "Brussels na son sanin ko dandalin yana kare yara yadda ya kamata.",
        "investigation_opened",
        "EU",
    ),
    (None, "Gwamnatin Kenya ta kaddamar da bincike kan TikTok game da kare yara a intanet.", "investigation_opened", "KE"),
    (
        "Jihar Texas ta maka TikTok a kotu",
        "Babban lauyan jihar ya ce kamfanin ya yaudari iyaye game da tsaron yara.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "Shugaba Biden ya sanya hannu kan dokar da za ta tilasta ByteDance sayar da TikTok",
        "Dokar ta ba kamfanin wa'adin watanni tara.",
        "law_enacted",
        "US",
    ),
    ("Amurka ta umarci ByteDance ta sayar da TikTok", "Umarnin ya ba kamfanin kwanaki 90.", "divestiture_order", "US"),
    (
        "Kanada ta umarci TikTok ta rufe ofisoshinta a kasar",
        "Gwamnatin Kanada ta ce dole kamfanin ya dakatar da harkokin kasuwancinsa a Toronto da Vancouver.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Hukumar NBC ta umarci TikTok ta cire bidiyoyin batsa",
        "Hukumar ta ba kamfanin kwanaki bakwai ya aiwatar da umarnin.",
        "regulatory_order",
        "NG",
    ),
    (
        "Hukumar NITDA ta bukaci TikTok ya bude ofis a Najeriya",
        "Hukumar ta ce dole kamfanin ya yi rajista a kasar.",
        "regulatory_order",
        "NG",
    ),
    (
        "Hukumar FCCPC ta ci TikTok tarar dala miliyan 220",
        "Hukumar ta ce kamfanin ya keta hakkin masu amfani a Najeriya.",
        "fine_or_penalty",
        "NG",
    ),
    (
        None,
        "Gwamnatin mulkin sojan Nijar ta sanar da dakatar da manhajar TikTok a fadin kasar. Kakakin gwamnatin ya ce matakin ya zama dole.",
        "ban_national",
        "NE",
    ),
    ("Jihohi 14 na Amurka sun maka TikTok a kotu", "Jihohin sun zargi kamfanin da jefa yara cikin hadari.", "lawsuit_by_government", "US"),
    # a regulator's preliminary findings are a step of their own
    (
        "Hukumar Tarayyar Turai ta gano TikTok ya karya dokar DSA a binciken farko",
        "Kamfanin na iya fuskantar tarar kashi 6 na kudin shigarsa.",
        "other",
        "EU",
    ),
    # a court keeping an act in force is an act of its own
    (
        "Kotun Kolin Amurka ta tabbatar da dokar haramta TikTok",
        "Alkalan kotun sun yi watsi da karar da TikTok ta shigar.",
        "other",
        "US",
    ),
    # the named body in a body sentence under a neutral headline says who acted
    ("Labaran fasaha na wannan mako", "Gwamnatin Pakistan ta toshe TikTok saboda bidiyoyin batsa.", "ban_national", "PK"),
]

NOT_NEW = [
    # proposals: a plan, a threat, a demand, a bill, the future
    ("Gwamnatin Najeriya na shirin haramta TikTok", "Ministan ya ce ana ci gaba da tattaunawa.", "proposed_or_threatened"),
    ("Trump ya yi barazanar haramta TikTok", "Shugaban ya ce zai dauki mataki nan ba da jimawa ba.", "proposed_or_threatened"),
    ("'Yan majalisa sun bukaci gwamnati ta haramta TikTok", "Sun ce manhajar na lalata tarbiyyar matasa.", "proposed_or_threatened"),
    (
        "Majalisar Wakilan Amurka ta amince da kudirin dokar haramta TikTok",
        "Kudirin zai tafi Majalisar Dattawa domin nazari.",
        "proposed_or_threatened",
    ),
    ("Za a haramta TikTok a Amurka ranar Lahadi", "Dokar za ta fara aiki ne a karshen mako.", "proposed_or_threatened"),
    ("Wani malami ya yi kira ga gwamnati ta haramta TikTok", "Ya ce manhajar na bata tarbiyya.", "proposed_or_threatened"),
    # a ban lifted or put off
    ("Indiya ta dage haramcin TikTok", "Yanzu manhajar ta dawo aiki a kasar.", "not_action"),
    ("Gwamnatin Somaliya ta janye haramcin da ta kakaba wa TikTok", "Masu amfani za su iya shiga manhajar yanzu.", "not_action"),
    ("Trump ya dakatar da aiwatar da dokar haramta TikTok na kwanaki 75", "Shugaban ya sanya hannu kan umarnin a ofis.", "not_action"),
    # an act against another company
    ("Hukumar Tarayyar Turai ta ci Meta tarar Yuro miliyan 800", "Facebook zai biya kudin. Ana kuma sa ido kan TikTok.", "not_action"),
    ("Najeriya ta dakatar da Twitter", "Shafin ba ya aiki a kasar. TikTok kuwa na ci gaba da aiki.", "not_action"),
    # a past ban recalled as background
    (
        "TikTok ya kaddamar da sabon tsari ga masu kirkirar bidiyo",
        "Manhajar, wadda Indiya ta haramta tun shekarar 2020, na ci gaba da bunkasa.",
        "background_only",
    ),
    ("TikTok na samun karbuwa a Afirka", "A bara Somaliya ta haramta manhajar.", "background_only"),
    # a court blocking the act
    (
        "Kotu ta dakatar da haramcin TikTok a jihar Montana",
        "Alkalin kotun tarayya ya ce dokar ta saba wa kundin tsarin mulki.",
        "court_blocks_action",
    ),
    ("Babbar Kotun Tarayya ta hana gwamnati toshe TikTok", "Alkalin ya ce a jira har a kammala shari'a.", "court_blocks_action"),
    # TikTok goes to court
    (
        "TikTok ya maka gwamnatin Amurka a kotu",
        "Kamfanin ya ce dokar ta take 'yancin fadin albarkacin baki.",
        "tiktok_challenges_action",
    ),
    ("TikTok ta daukaka kara kan tarar Hukumar Tarayyar Turai", "Kamfanin ya ce hukuncin bai dace ba.", "tiktok_challenges_action"),
    # negation: "did not ban", "will not ban"
    ("Gwamnati ba ta haramta TikTok ba, in ji minista", "Ministan ya ce babu shirin toshe manhajar.", "not_action"),
    ("Gwamnatin Najeriya ba za ta haramta TikTok ba", "Ministan ya ce za a tattauna da kamfanin.", "not_action"),
    # opinion, a question
    ("Ra'ayi: Shin ya kamata Najeriya ta haramta TikTok?", "Masana sun bambanta a kan batun.", "not_action"),
    # a creator, not the app, fined by a court
    ("Kotu ta ci wani dan TikTok tarar Naira dubu 50", "An same shi da laifin cin zarafi a intanet.", "not_action"),
    # a newsroom's inquiry is no authority's
    ("BBC ta gudanar da bincike kan TikTok", "Binciken ya gano cewa ana cin zarafin yara a dandalin.", "not_action"),
    # accounts, not the app
    ("Hukumar ta toshe daruruwan asusun TikTok", "Hukumar ta ce asusun na yada labaran karya.", "not_action"),
    # parents suing, a song or a creator's videos banned: no government act against the app
    ("Iyaye sun maka TikTok a kotu a Faransa", "Iyalai bakwai sun ce manhajar ta cutar da 'ya'yansu.", "not_action"),
    ("Hukumar NBC ta haramta wakar da ta yadu a TikTok", "Hukumar ta ce wakar na dauke da kalaman batsa.", "not_action"),
    ("Hisbah ta umarci 'yan TikTok su daina wallafa bidiyoyin batsa", "Hukumar ta ce za ta kama duk wanda ya saba.", "not_action"),
    # words that only look like triggers: "Boko Haram", "ci gaba da tara" (goes on raising), "kara da cewa" (added that)
    ("Boko Haram na amfani da TikTok wajen yada farfaganda", "Masana tsaro sun nuna damuwa.", "not_action"),
    ("TikTok ya ci gaba da tara kudade a Najeriya", "Kamfanin ya samu karin masu talla.", "not_action"),
    ("Shugaban TikTok ya kai ziyara Abuja, ya kara da cewa kamfanin na son fadada", "", "not_action"),
    # a deal, an extended ban
    ("TikTok: An cimma yarjejeniya tsakanin Amurka da China", "Kamfanonin Amurka za su mallaki ayyukan TikTok.", "not_action"),
    ("Jordan ta tsawaita dakatar da TikTok", "Gwamnatin kasar ta ce matakin zai ci gaba.", "not_action"),
    # a reaction to another government's act
    ("Kasar Sin ta yi Allah wadai da haramta TikTok a Amurka", "Beijing ta ce matakin ya saba wa ka'idojin kasuwanci.", "background_only"),
    # an unnamed step in a body sentence under a neutral headline
    ("Labaran fasaha na wannan mako", "An toshe TikTok na wasu kwanaki.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action("ha", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("ha", title, text, label)


# The person-aspect pronoun before the verb ("ta", "an", "sun") and the noun of the act: the same act.
@pytest.mark.parametrize(
    "headline",
    [
        "Gwamnatin Ghana ta haramta TikTok",  # ta: it has banned (completive)
        "An haramta TikTok a Ghana",  # an: was banned (impersonal)
        "Ghana ta haramta amfani da TikTok",
        "Gwamnatin Ghana ta kakaba haramci kan TikTok",  # imposed a ban
        "Gwamnatin Ghana ta toshe TikTok",
        "Hukumomin Ghana sun dakatar da TikTok",  # sun: they have
    ],
)
def test_pronoun_and_noun_forms(headline: str) -> None:
    assert_new_action("ha", headline, "Matakin ya fara aiki yau.", "ban_national", "GH")


@pytest.mark.parametrize(
    ("headline", "label"),
    [
        ("Gwamnatin Ghana za ta haramta TikTok", "proposed_or_threatened"),  # za ta: will
        ("Gwamnatin Ghana na shirin haramta TikTok", "proposed_or_threatened"),  # is planning to
        ("Gwamnatin Ghana ba ta haramta TikTok ba", "not_action"),  # ba ... ba: did not
        ("Gwamnatin Ghana ba za ta haramta TikTok ba", "not_action"),  # will not
    ],
)
def test_future_plan_and_negative(headline: str, label: str) -> None:
    assert_label("ha", headline, "An bayyana matakin a yau.", label)


def test_a_nigerian_state_bans_on_what_it_runs() -> None:
    """A state's government is a local body: its ban covers its own offices and schools, in Nigeria;
    a US state ("Jihar Montana") stays a state of the US."""
    assert_new_action(
        "ha",
        "Gwamnatin jihar Kano ta haramta amfani da TikTok a makarantu",
        "",
        "ban_government_devices",
        "NG",
        actor="Kano State Government",
    )
    assert_new_action("ha", "Jihar Montana ta haramta TikTok", "", "ban_regional", "US-MT")


def test_places_are_whole_words_and_common_words_are_not_places() -> None:
    """`matching: word`: "gana" (to meet), "girka" (to install) and "gini" (a building) are no places;
    Niger (Nijar) and Nigeria (Najeriya) stay apart; a US state is found by its name."""
    load_word_pack("ha")
    assert_places("ha", "Ministan ya gana da jakadan domin girka sabon gini", [])
    assert_places("ha", "Nijar da Najeriya", ["NE", "NG"])
    assert_places("ha", "Ghana da jihar Montana", ["GH", "US-MT"])
    assert_places("ha", "Hukumar Tarayyar Turai", ["EU"])


def test_a_comparison_is_not_the_actor() -> None:
    """The place after "kamar" (like) or "bayan" (after) is what the act is compared with, not who took it."""
    assert_new_action("ha", "Kanada, kamar Amurka, ta haramta TikTok a wayoyin gwamnati", "", "ban_government_devices", "CA")


def test_pack_language_is_identified() -> None:
    assert_py3langid_says("ha", "Gwamnatin Najeriya ta haramta amfani da TikTok a fadin kasar bayan muhawara a majalisa.")
