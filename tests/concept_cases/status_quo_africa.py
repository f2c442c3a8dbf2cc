"""Four kinds of article about the status quo (N7-N10) and the real acts beside them,
in the packs of Africa: Somali, Hausa and Amharic.

Every phrasing was written for the project in the style of the language's headlines.
"""

from __future__ import annotations

KEPT: list[tuple[str | None, ...]] = []
FACT_CHECKS: list[tuple[str | None, ...]] = []
ASKS_TO_STOP: list[tuple[str | None, ...]] = []
USERS: list[tuple[str | None, ...]] = []
ACTS: list[tuple[str | None, ...]] = []
UPHELD: list[tuple[str | None, ...]] = []
KEPT += [
    # so
    ("so", "Dowladda oo sii wadaysa mamnuucista TikTok", ""),
    ("so", "Nebaal oo kordhisay mamnuucista TikTok", ""),
    ("so", "Mamnuucista TikTok way sii socon doontaa, ayay tiri dowladdu", ""),
]
FACT_CHECKS += [
    # so
    ("so", "Xaqiiqda ku saabsan mamnuucista TikTok ee Kenya", ""),
    ("so", "Warar been ah oo sheegaya in TikTok laga xiray Soomaaliya, ayay tiri wasaaraddu", ""),
    ("so", "Ma run baa in TikTok laga mamnuucay Itoobiya?", ""),
]
ASKS_TO_STOP += [
    # so
    ("so", "Trump oo Maxkamadda Sare ka codsaday inay dib u dhigto mamnuucista TikTok", ""),
    ("so", "Xildhibaanno oo dowladda ka dalbaday inay hakiso xiritaanka TikTok", ""),
    ("so", "Ganacsatada oo ka codsaday wasaaradda inay dib u furto TikTok", ""),
]
USERS += [
    # so
    ("so", "Booliska oo ganaaxay nin TikTok ku baahiyay muuqaal khatar ah", ""),
    ("so", "Maxkamad oo xabsi ku xukuntay gabadh caan ka ah TikTok", ""),
    ("so", "Dowladda oo dalka ka mamnuucday fannaan caan ka ah TikTok", ""),
]
ACTS += [
    # so
    ("so", "Ayrlaand oo TikTok ku ganaaxday 345 milyan oo yuuro", "", "fine_or_penalty", "IE"),
    ("so", "Guddiga Midowga Yurub oo ganaaxay TikTok iyo Meta", "", "fine_or_penalty", "EU"),
]
UPHELD += [
    # so
    ("so", "Maxkamadda Sare oo ansixisay mamnuucista TikTok", ""),
    ("so", "Maxkamadda Sare ee Maraykanka oo taageertay sharciga TikTok", ""),
    ("so", "Maxkamadda Rafcaanka oo diiday racfaanka TikTok ee ka dhanka ah mamnuucista", ""),
]
KEPT += [
    # ha
    ("ha", "Nepal ta tsawaita haramcin TikTok", ""),
    ("ha", "Gwamnatin Senegal ta ce haramcin TikTok zai ci gaba", ""),
    ("ha", "Indiya ta ci gaba da haramcin TikTok", ""),
]
FACT_CHECKS += [
    # ha
    ("ha", "Babu gaskiya a labarin da ke cewa an haramta TikTok a Najeriya", ""),
    ("ha", "Jita-jitar haramta TikTok a Nijar ba gaskiya ba ce", ""),
    ("ha", "NITDA ta musanta rahoton da ke cewa an toshe TikTok", ""),
]
ASKS_TO_STOP += [
    # ha
    ("ha", "Trump ya roki Kotun Kolin Amurka ta jinkirta haramcin TikTok", ""),
    ("ha", "Masu kirkirar bidiyo sun roki kotu ta dakatar da haramcin TikTok", ""),
    ("ha", "'Yan majalisa sun bukaci gwamnati ta dage haramcin TikTok", ""),
]
USERS += [
    # ha
    ("ha", "Kotu ta ci wani dan TikTok tarar Naira dubu 50", ""),
    ("ha", "'Yan sanda sun kama 'yar TikTok saboda bidiyon batsa", ""),
    ("ha", "Kotu ta daure fitaccen dan TikTok a gidan yari", ""),
]
ACTS += [
    # ha
    ("ha", "Hukumar Kare Bayanai ta Ireland ta ci TikTok tarar Yuro miliyan 345", "", "fine_or_penalty", "IE"),
    ("ha", "Kanada ta haramta TikTok a wayoyin gwamnati", "", "ban_government_devices", "CA"),
    ("ha", "Gwamnatin Nijar ta dakatar da TikTok", "", "ban_national", "NE"),
]
UPHELD += [
    # ha
    ("ha", "Kotun Kolin Amurka ta tabbatar da dokar haramta TikTok", ""),
    ("ha", "Babbar kotu ta yi watsi da karar TikTok kan haramcin", ""),
    ("ha", "Kotun daukaka kara ta goyi bayan haramcin TikTok", ""),
]
KEPT += [
    # am
    ("am", "ኔፓል በቲክቶክ ላይ የጣለችውን እገዳ አራዘመች", ""),
    ("am", "መንግሥት የቲክቶክ እገዳ እንደሚቀጥል አስታወቀ", ""),
    ("am", "የሶማሊያ መንግሥት በቲክቶክ ላይ የጣለውን እገዳ አጸና", ""),
]
FACT_CHECKS += [
    # am
    ("am", "ቲክቶክ በኢትዮጵያ ታግዷል የሚለው መረጃ ሐሰት ነው", ""),
    ("am", "ኢትዮ ቴሌኮም ቲክቶክ እንደተዘጋ የሚናፈሰውን ወሬ አስተባበለ", ""),
    ("am", "ቲክቶክ አልታገደም፤ ባለሥልጣኑ ማስተባበያ ሰጠ", ""),
]
ASKS_TO_STOP += [
    # am
    ("am", "ትራምፕ ጠቅላይ ፍርድ ቤቱ የቲክቶክን እገዳ እንዲያዘገይ ጠየቁ", ""),
    ("am", "የቲክቶክ ተጠቃሚዎች እገዳው እንዲቆም ለፍርድ ቤት አቤቱታ አቀረቡ", ""),
]
USERS += [
    # am
    ("am", "ፖሊስ አራት የቲክቶክ ተጠቃሚዎችን በቁጥጥር ሥር አዋለ", ""),
    ("am", "ፍርድ ቤቱ የቲክቶክ ተጽዕኖ ፈጣሪዋን በእስራትና በገንዘብ ቀጣ", ""),
    ("am", "የቲክቶክ ተጽዕኖ ፈጣሪዎች በሐሰተኛ ቪዲዮ ተከሰሱ", ""),
]
ACTS += [
    # am
    ("am", "የአየርላንድ የመረጃ ጥበቃ ኮሚሽን በቲክቶክ ላይ 345 ሚሊዮን ዩሮ ቅጣት ጣለ", "", "fine_or_penalty", "IE"),
    ("am", "እንግሊዝ በመንግሥት ስልኮች ላይ ቲክቶክን አገደች", "", "ban_government_devices", "GB"),
]
UPHELD += [
    # am
    ("am", "የአሜሪካ ጠቅላይ ፍርድ ቤት የቲክቶክን እገዳ አጸና", ""),
    ("am", "ፍርድ ቤቱ ቲክቶክን የሚያግደውን ሕግ ደገፈ", ""),
]
