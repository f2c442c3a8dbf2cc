"""Acts in TikTok's favour and acts against others (N11, N13) and the real acts beside them,
in the packs of Africa: Somali, Hausa and Amharic.

Every phrasing was written for the project in the style of the language's headlines.
"""

from __future__ import annotations

REPRIEVES: list[tuple[str | None, ...]] = []
OTHER_TARGETS: list[tuple[str | None, ...]] = []
ACTS: list[tuple[str | None, ...]] = []
REPRIEVES += [
    # so
    ("so", "Trump oo saxiixay amar dib loogu dhigayo mamnuucista TikTok 75 maalmood", ""),
    ("so", "Dowladda oo dib u dhigtay xiritaanka TikTok", ""),
    ("so", "Maraykanka oo kordhiyay muddada iibinta TikTok", ""),
    ("so", "Trump oo ansixiyay heshiiska iibinta hawlaha TikTok ee Maraykanka", ""),
]
OTHER_TARGETS += [
    # so
    ("so", "Guddiga Midowga Yurub oo ganaaxay Meta", "Facebook waxay bixin doontaa 800 milyan oo yuuro. TikTok-na waa la la socdaa."),
    ("so", "Tansaaniya oo xannibtay X", "Barnaamijkaas lagama heli karo dalka. TikTok weli waa shaqeynayaa."),
    ("so", "Hay'adda Isgaarsiinta oo amartay in laga saaro TikTok qoraallada siyaasi", ""),
]
ACTS += [
    # so
    ("so", "Guddiga Midowga Yurub oo baaritaan ku furay TikTok", "", "investigation_opened", "EU"),
    ("so", "Maraykanka oo ByteDance ku amray inay iibiso TikTok", "", "divestiture_order", "US"),
]
REPRIEVES += [
    # ha
    ("ha", "Trump ya sanya hannu kan umarnin dage haramcin TikTok na kwanaki 75", ""),
    ("ha", "Gwamnati ta jinkirta haramcin TikTok", ""),
    ("ha", "Amurka ta kara wa'adin sayar da TikTok", ""),
    ("ha", "Trump ya amince da sayar da ayyukan TikTok a Amurka", ""),
    ("ha", "Somaliya ta janye haramcin da ta kakaba wa TikTok", ""),
]
OTHER_TARGETS += [
    # ha
    ("ha", "Tarayyar Turai ta ci X (tsohon Twitter) tarar saboda keta dokokin bayyana gaskiya", "Ana kuma bincike kan TikTok da Meta."),
    ("ha", "Hukumar zabe ta umarci TikTok ya cire bidiyoyin dan siyasa", ""),
    ("ha", "Najeriya ta dakatar da Twitter", "Shafin ba ya aiki a kasar. TikTok kuwa na ci gaba da aiki."),
]
ACTS += [
    # ha
    ("ha", "Hukumar Tarayyar Turai ta ci TikTok da Meta tarar kudi", "", "fine_or_penalty", "EU"),
    ("ha", "Amurka ta umarci ByteDance ta sayar da TikTok", "", "divestiture_order", "US"),
]
REPRIEVES += [
    # am
    ("am", "ትራምፕ የቲክቶክ እገዳን ለ75 ቀናት አራዘሙ", ""),
    ("am", "ሕንድ በቲክቶክ ላይ የጣለችውን እገዳ አነሳች", ""),
    ("am", "አሜሪካ የቲክቶክ ሽያጭ ቀነ ገደብን አራዘመች", ""),
    ("am", "ትራምፕ የቲክቶክ የሽያጭ ስምምነትን አጸደቁ", ""),
]
OTHER_TARGETS += [
    # am
    ("am", "የአውሮፓ ሕብረት ኤክስን (የቀድሞው ትዊተር) በገንዘብ ቀጣ", "ቲክቶክና ሜታም በምርመራ ላይ ናቸው።"),
    ("am", "የምርጫ ቦርድ የፖለቲከኛውን የቲክቶክ ልጥፎች እንዲወገዱ አዘዘ", ""),
    ("am", "ፖሊስ በቲክቶክና በፌስቡክ በተሰራጩ ቪዲዮዎች ላይ ምርመራ ጀመረ", ""),
    ("am", "ሩሲያ በቲክቶክ ላይ የተለቀቁ ቪዲዮዎችን በማሰራጨታቸው ሁለት ሚዲያዎችን ቀጣች", ""),
]
ACTS += [
    # am
    ("am", "የአውሮፓ ኮሚሽን ቲክቶክንና ሜታን ቀጣ", "", "fine_or_penalty", "EU"),
    ("am", "አሜሪካ ባይትዳንስ ቲክቶክን እንዲሸጥ አዘዘች", "", "divestiture_order", "US"),
]
