"""Six kinds of hard negative (N1-N6) and the real acts beside them,
in the packs of Africa: Somali, Hausa and Amharic.

Every phrasing was written for the project in the style of the language's headlines.
"""

from __future__ import annotations

TALK: list[tuple[str | None, ...]] = []
NO_REASON: list[tuple[str | None, ...]] = []
BILLS: list[tuple[str | None, ...]] = []
CONSIDERING: list[tuple[str | None, ...]] = []
ON_HOLD: list[tuple[str | None, ...]] = []
ACCOUNTS: list[tuple[str | None, ...]] = []
ACTS: list[tuple[str | None, ...]] = []
UPHELD: list[tuple[str | None, ...]] = []
TALK += [
    # so
    ("so", "Wasiirka Isgaarsiinta oo ka hadlay mamnuucista TikTok", ""),
    ("so", "Dood kulul oo ka dhalatay mamnuucista TikTok", ""),
    ("so", "Faallo: Ma habboon tahay in TikTok laga xiro Soomaaliya?", ""),
]
NO_REASON += [
    # so
    ("so", "Wasiir: Ma jirto sabab loo mamnuuco TikTok", ""),
    ("so", "Dowladda Kenya ma qorsheyneyso inay mamnuucdo TikTok", ""),
    ("so", "Xiritaanka TikTok kuma jiro ajandaha golaha wasiirada", ""),
]
BILLS += [
    # so
    ("so", "Hindise sharci oo lagu mamnuucayo TikTok oo la horgeeyay Golaha Shacabka", ""),
    ("so", "Golaha Shacabka oo ka dooday sharci lagu xirayo TikTok", ""),
    ("so", "Xildhibaanno Maraykan ah oo soo jeediyay sharci lagu mamnuucayo TikTok", ""),
]
CONSIDERING += [
    # so
    ("so", "Dowladda Kenya oo ka fiirsanaysa mamnuucista TikTok", ""),
    ("so", "Hay'adda Isgaarsiinta oo u diyaar garoobaysa xiritaanka TikTok", ""),
    ("so", "Golaha Wasiirada oo ka tashanaya in la xannibo TikTok", ""),
]
ON_HOLD += [
    # so
    ("so", "Maxkamad oo hakisay mamnuucista TikTok ee Montana", ""),
    ("so", "Garsoore federaal ah oo joojiyay sharciga mamnuucaya TikTok", ""),
    ("so", "Maxkamadda Sare ee Kenya oo hakisay go'aanka lagu xirayo TikTok", ""),
]
ACCOUNTS += [
    # so
    ("so", "Booliska oo xiray boqolaal akoon oo TikTok ah", ""),
    ("so", "Hay'adda Isgaarsiinta oo amartay in la tirtiro muuqaallada fannaan ku leeyahay TikTok", ""),
    ("so", "Dowladda oo xannibtay akoonnada TikTok ee kooxda", ""),
]
ACTS += [
    # so
    ("so", "Nebaal oo mamnuucday TikTok", "", "ban_national", "NP"),
    ("so", "Ingiriiska oo TikTok ka mamnuucay taleefannada dowladda", "", "ban_government_devices", "GB"),
    ("so", "Kanada oo TikTok ku amartay inay xirto xafiisyadeeda", "", "business_wind_up_order", "CA"),
]
UPHELD += [
    # so
    ("so", "Maxkamadda Sare oo ansixisay mamnuucista TikTok", ""),
    ("so", "Maxkamadda Sare ee Maraykanka oo taageertay sharciga TikTok", ""),
    ("so", "Maxkamadda Rafcaanka oo diiday racfaanka TikTok ee ka dhanka ah mamnuucista", ""),
]
TALK += [
    # ha
    ("ha", "Abin da ministan sadarwa ya ce game da haramta TikTok", ""),
    ("ha", "Muhawara kan haramta TikTok ta yi zafi a majalisa", ""),
    ("ha", "Ministan ya yi magana kan yiwuwar haramta TikTok a Najeriya", ""),
]
NO_REASON += [
    # ha
    ("ha", "Minista: Babu dalilin haramta TikTok a Najeriya", ""),
    ("ha", "Gwamnati ba ta da shirin toshe TikTok, in ji NITDA", ""),
    ("ha", "Haramta TikTok ba ya cikin ajandar gwamnati", ""),
]
BILLS += [
    # ha
    ("ha", "An gabatar da kudirin dokar haramta TikTok a Majalisar Dattawa", ""),
    ("ha", "Majalisar Wakilai na muhawara kan ƙudurin hana TikTok a wayoyin gwamnati", ""),
    ("ha", "'Yan majalisar Amurka sun gabatar da kudirin haramta TikTok", ""),
]
CONSIDERING += [
    # ha
    ("ha", "Gwamnatin Nijar na tunanin haramta TikTok", ""),
    ("ha", "NCC na nazarin yiwuwar toshe TikTok a Najeriya", ""),
    ("ha", "Hukumar Tarayyar Turai na shirin cin tarar TikTok", ""),
]
ON_HOLD += [
    # ha
    ("ha", "Kotu ta dakatar da haramcin TikTok a jihar Montana", ""),
    ("ha", "Alkali ya hana gwamnati aiwatar da haramcin TikTok", ""),
    ("ha", "Babbar Kotun Tarayya ta dakatar da umarnin toshe TikTok", ""),
]
ACCOUNTS += [
    # ha
    ("ha", "'Yan sanda sun toshe daruruwan asusun TikTok", ""),
    ("ha", "Rasha ta toshe tashoshi 50 a TikTok", ""),
    ("ha", "An rufe asusun TikTok na wani fitaccen mawaki", ""),
]
ACTS += [
    # ha
    ("ha", "Nepal ta haramta TikTok", "", "ban_national", "NP"),
    ("ha", "Hukumar Tarayyar Turai ta fara bincike kan TikTok", "", "investigation_opened", "EU"),
    ("ha", "Kanada ta umarci TikTok ta rufe ofisoshinta a kasar", "", "business_wind_up_order", "CA"),
]
UPHELD += [
    # ha
    ("ha", "Kotun Kolin Amurka ta tabbatar da dokar haramta TikTok", ""),
    ("ha", "Babbar kotu ta yi watsi da karar TikTok kan haramcin", ""),
    ("ha", "Kotun daukaka kara ta goyi bayan haramcin TikTok", ""),
]
TALK += [
    # am
    ("am", "ሚኒስትሩ ስለ ቲክቶክ እገዳ ምን አሉ?", ""),
    ("am", "ቲክቶክን የማገድ ጉዳይ ክርክር አስነሳ", ""),
    ("am", "የኢትዮጵያ መገናኛ ብዙኃን ባለሥልጣን ስለ ቲክቶክ እገዳ አስተያየት ሰጠ", ""),
]
NO_REASON += [
    # am
    ("am", "ሚኒስትሩ፦ ቲክቶክን ለማገድ ምንም ምክንያት የለም", ""),
    ("am", "መንግሥት ቲክቶክን የማገድ ዕቅድ የለውም", ""),
    ("am", "የቲክቶክ እገዳ የመንግሥት አጀንዳ አይደለም", ""),
]
BILLS += [
    # am
    ("am", "ቲክቶክን የሚያግድ ረቂቅ ሕግ ለምክር ቤቱ ቀረበ", ""),
    ("am", "የኬንያ ፓርላማ ቲክቶክን የሚያግድ ረቂቅ አዋጅ ላይ ተወያየ", ""),
    ("am", "የአሜሪካ የሕዝብ ተወካዮች ምክር ቤት ቲክቶክን ሊያግድ የሚችል አዋጅ አጸደቀ", "አዋጁ ወደ ሴኔቱ ይተላለፋል።"),
]
CONSIDERING += [
    # am
    ("am", "መንግሥት ቲክቶክን ለማገድ እያሰበ ነው", ""),
    ("am", "የኢትዮጵያ መገናኛ ብዙኃን ባለሥልጣን ቲክቶክን ለማገድ እየተዘጋጀ ነው", ""),
    ("am", "የአውሮፓ ኮሚሽን በቲክቶክ ላይ ቅጣት ለመጣል እያጤነ ነው", ""),
]
ON_HOLD += [
    # am
    ("am", "የአሜሪካ ፌዴራል ዳኛ የሞንታናን የቲክቶክ እገዳ አገዱ", ""),
    ("am", "ፍርድ ቤቱ የቲክቶክ እገዳ ተግባራዊ እንዳይሆን ጊዜያዊ እግድ ሰጠ", ""),
    ("am", "የኬንያ ከፍተኛ ፍርድ ቤት የቲክቶክን ክልከላ ለጊዜው አገደ", ""),
]
ACCOUNTS += [
    # am
    ("am", "ፖሊስ በቲክቶክ ላይ የሚገኙ በመቶዎች የሚቆጠሩ አካውንቶችን ዘጋ", ""),
    ("am", "ባለሥልጣኑ የአንድ አርቲስት የቲክቶክ ቪዲዮዎች እንዲወገዱ አዘዘ", ""),
    ("am", "የቲክቶክ ቻናሎች በመንግሥት ትዕዛዝ ተዘጉ", ""),
]
ACTS += [
    # am
    ("am", "ኔፓል ቲክቶክን አገደች", "", "ban_national", "NP"),
    ("am", "የአውሮፓ ኮሚሽን በቲክቶክ ላይ ምርመራ ከፈተ", "", "investigation_opened", "EU"),
    ("am", "ካናዳ ቲክቶክ በአገሪቱ ያሉትን ቢሮዎቹን እንዲዘጋ አዘዘች", "", "business_wind_up_order", "CA"),
]
UPHELD += [
    # am
    ("am", "የአሜሪካ ጠቅላይ ፍርድ ቤት የቲክቶክን እገዳ አጸና", ""),
    ("am", "ፍርድ ቤቱ ቲክቶክን የሚያግደውን ሕግ ደገፈ", ""),
]
