"""Language packs for ja, ko, zh, vi, id, tr, ar and bn on phrasings written for the project.

Each case is a short headline and lead in the style of that language's news, not taken from
any outlet: new acts of several types (label, action type, jurisdiction) and the hard
negatives (a proposal, a lifted ban, an act against another company, a past ban recalled).
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from monitor.packs import load_pack
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

NEW = [
    # Japanese
    ("ja", "インド政府、TikTokなど中国製アプリ59本の利用を禁止",
     "インド政府は29日、動画投稿アプリ「TikTok」を含む中国製アプリ59本の国内での利用を禁止すると発表した。", "ban_national", "IN"),
    ("ja", "アイルランド当局、TikTokに制裁金5億ユーロ",
     "アイルランドのデータ保護委員会は2日、欧州利用者のデータを中国に移転していたとして、"
     "TikTokに5億3000万ユーロの制裁金を科した。", "fine_or_penalty", "IE"),
    ("ja", "欧州委員会、TikTokへの正式な調査を開始",
     "欧州委員会は19日、デジタルサービス法に基づき、TikTokに対する正式な調査を開始したと発表した。", "investigation_opened", "EU"),
    ("ja", None,
     "米テキサス州の司法長官は、子どもの個人情報を違法に共有したとしてTikTokを提訴した。", "lawsuit_by_government", "US-TX"),
    ("ja", "カナダ政府、TikTokのカナダ法人に解散を命じる",
     "カナダ政府は6日、国家安全保障上のリスクを理由に、TikTokのカナダ法人の解散を命じた。", "business_wind_up_order", "CA"),
    # Korean
    ("ko", "인도 정부, 틱톡 등 중국 앱 59개 사용 금지",
     "인도 정부가 틱톡을 포함한 중국 앱 59개의 사용을 전면 금지했다고 29일 밝혔다.", "ban_national", "IN"),
    ("ko", "개인정보위, 틱톡에 과징금 1억8천만원 부과",
     "개인정보보호위원회는 아동 개인정보를 부모 동의 없이 수집한 틱톡에 과징금 1억8천만원을 부과했다고 밝혔다.", "fine_or_penalty", "KR"),
    ("ko", "EU 집행위, 틱톡 조사 착수",
     "EU 집행위원회가 디지털서비스법 위반 혐의로 틱톡에 대한 공식 조사에 착수했다.", "investigation_opened", "EU"),
    ("ko", "美 법무부, 틱톡 제소",
     "미국 법무부가 아동 개인정보 보호법 위반 혐의로 틱톡과 모회사 바이트댄스를 상대로 소송을 제기했다.", "lawsuit_by_government", "US"),
    # Chinese
    ("zh", "印度政府宣布禁止TikTok等59款中国应用",
     "印度政府周一宣布，以国家安全为由禁止TikTok等59款中国应用程序。", "ban_national", "IN"),
    ("zh", "爱尔兰数据保护委员会对TikTok罚款3.45亿欧元",
     "爱尔兰数据保护委员会周五宣布，因TikTok违反儿童数据保护规定，对其处以3.45亿欧元罚款。", "fine_or_penalty", "IE"),
    ("zh", "欧盟委员会对TikTok展开正式调查",
     "欧盟委员会周一宣布，依据《数字服务法》对TikTok展开正式调查。", "investigation_opened", "EU"),
    ("zh", "拜登签署法案 TikTok须在九个月内出售",
     "美国总统拜登周三签署法案，要求字节跳动在九个月内出售TikTok美国业务。", "law_enacted", "US"),
    ("zh", "台湾行政院：公部门禁用抖音",
     "行政院今天宣布，公部门资通设备全面禁用抖音等中国产品。", "ban_government_devices", "TW"),
    # Vietnamese
    ("vi", "Albania cấm TikTok trong một năm",
     "Chính phủ Albania quyết định cấm TikTok trong một năm kể từ đầu năm tới sau vụ học sinh bị sát hại.", "ban_national", "AL"),
    ("vi", "TikTok bị phạt 345 triệu euro tại châu Âu",
     "Ủy ban Bảo vệ Dữ liệu Ireland đã xử phạt TikTok 345 triệu euro vì vi phạm quy định bảo vệ dữ liệu trẻ em.", "fine_or_penalty", "IE"),
    ("vi", "Bộ Thông tin và Truyền thông thanh tra toàn diện TikTok",
     "Bộ Thông tin và Truyền thông sẽ kiểm tra toàn diện hoạt động của TikTok tại Việt Nam từ ngày 15/5.", "investigation_opened", "VN"),
    ("vi", "Canada ra lệnh đóng cửa văn phòng TikTok",
     "Chính phủ Canada ra lệnh giải thể công ty con của TikTok tại nước này vì lo ngại an ninh quốc gia.", "business_wind_up_order", "CA"),
    # Indonesian
    ("id", "Pemerintah resmi melarang TikTok Shop berjualan",
     "Kementerian Perdagangan resmi melarang media sosial seperti TikTok "
     "memfasilitasi transaksi jual beli mulai pekan ini.", "ban_national", "ID"),
    ("id", "TikTok didenda Rp 15 miliar oleh KPPU",
     "KPPU menjatuhkan denda Rp 15 miliar kepada TikTok karena terlambat melaporkan akuisisi Tokopedia.", "fine_or_penalty", "ID"),
    ("id", "Komdigi bekukan izin TikTok",
     "Kementerian Komunikasi dan Digital membekukan sementara "
     "tanda daftar penyelenggara sistem elektronik TikTok.", "regulatory_order", "ID"),
    ("id", "Komisi Eropa selidiki TikTok",
     "Komisi Eropa membuka penyelidikan resmi terhadap TikTok "
     "atas dugaan pelanggaran aturan layanan digital.", "investigation_opened", "EU"),
    # Turkish
    ("tr", "KVKK'dan TikTok'a 1,75 milyon lira idari para cezası",
     "Kişisel Verileri Koruma Kurulu, çocukların verilerini koruma yükümlülüğüne uymayan "
     "TikTok'a 1,75 milyon lira idari para cezası verdi.", "fine_or_penalty", "TR"),
    ("tr", "Avrupa Komisyonu TikTok hakkında soruşturma başlattı",
     "Avrupa Komisyonu, dijital hizmetler yasası kapsamında TikTok hakkında resmi soruşturma başlattı.", "investigation_opened", "EU"),
    ("tr", "Nepal hükümeti TikTok'u yasakladı",
     "Nepal hükümeti, toplumsal uyumu bozduğu gerekçesiyle TikTok'u ülkede yasakladı.", "ban_national", "NP"),
    ("tr", "Kanada, TikTok'un ofislerini kapattı",
     "Kanada hükümeti ulusal güvenlik gerekçesiyle "
     "TikTok'un Kanada'daki ofislerinin kapatılmasına karar verdi.", "business_wind_up_order", "CA"),
    # Arabic
    ("ar", "الهند تحظر تيك توك و58 تطبيقا صينيا",
     "أعلنت الحكومة الهندية حظر تطبيق تيك توك و58 تطبيقا صينيا آخر لأسباب تتعلق بالأمن القومي.", "ban_national", "IN"),
    ("ar", "غرامة 345 مليون يورو على تيك توك في أيرلندا",
     "فرضت لجنة حماية البيانات الأيرلندية غرامة قدرها 345 مليون يورو على تيك توك بسبب انتهاك خصوصية الأطفال.", "fine_or_penalty", "IE"),
    ("ar", "المفوضية الأوروبية تفتح تحقيقا بشأن تيك توك",
     "فتحت المفوضية الأوروبية تحقيقا رسميا مع تيك توك بشأن حماية القاصرين.", "investigation_opened", "EU"),
    # Bengali
    ("bn", "নেপালে টিকটক নিষিদ্ধ",
     "সামাজিক সম্প্রীতি নষ্টের অভিযোগে টিকটক নিষিদ্ধ করেছে নেপাল সরকার।", "ban_national", "NP"),
    # a fine over children's data is the Irish regulator's (TikTok's lead authority under the GDPR), whoever is credited
    ("bn", "টিকটককে ৩৪ কোটি ইউরো জরিমানা",
     "শিশুদের তথ্য সুরক্ষা আইন লঙ্ঘনের দায়ে টিকটককে ৩৪ কোটি ৫০ লাখ ইউরো জরিমানা করেছে ইউরোপীয় কমিশন।", "fine_or_penalty", "IE"),
    ("bn", "টিকটকের বিরুদ্ধে তদন্ত শুরু",
     "ইউরোপীয় কমিশন টিকটকের বিরুদ্ধে আনুষ্ঠানিক তদন্ত শুরু করেছে।", "investigation_opened", "EU"),
]

NEGATIVE = [
    # proposals and threats
    ("ja", "米下院、TikTok禁止法案を可決",
     "米下院は13日、TikTokの米国内での利用禁止につながる法案を賛成多数で可決した。上院での審議は不透明だ。", "proposed_or_threatened"),
    ("ja", "政府、TikTokの利用禁止を検討",
     "政府は公用端末でのTikTokの利用禁止を検討している。", "proposed_or_threatened"),
    ("ko", "미 하원, 틱톡 금지법 통과",
     "미국 하원이 틱톡 금지 법안을 압도적 찬성으로 통과시켰다. 상원 표결은 불투명하다.", "proposed_or_threatened"),
    ("zh", "美众议院通过TikTok剥离法案",
     "美国众议院周三以压倒性多数通过法案，要求字节跳动出售TikTok，否则将在美国被禁。", "proposed_or_threatened"),
    ("vi", "Hạ viện Mỹ thông qua dự luật cấm TikTok",
     "Hạ viện Mỹ đã thông qua dự luật có thể dẫn tới lệnh cấm TikTok trên toàn quốc.", "proposed_or_threatened"),
    ("id", "Pemerintah pertimbangkan blokir TikTok",
     "Pemerintah sedang mempertimbangkan untuk memblokir TikTok jika konten negatif terus beredar.", "proposed_or_threatened"),
    ("tr", "TikTok Türkiye'de yasaklanacak mı?",
     "Milletvekilleri TikTok'un yasaklanması için bir kanun teklifi hazırlıyor.", "proposed_or_threatened"),
    ("ar", "الكونغرس يدرس حظر تيك توك",
     "يدرس الكونغرس الأمريكي مشروع قانون لحظر تطبيق تيك توك.", "proposed_or_threatened"),
    ("bn", "টিকটক নিষিদ্ধের প্রস্তাব",
     "সংসদে টিকটক নিষিদ্ধ করার একটি প্রস্তাব তোলা হয়েছে।", "proposed_or_threatened"),
    # lifted bans and reprieves
    ("ja", "パキスタン、TikTokの禁止を解除",
     "パキスタン当局は、TikTokに対する禁止措置を解除したと発表した。", "not_action"),
    ("ko", "파키스탄, 틱톡 차단 해제",
     "파키스탄 정부가 틱톡에 대한 차단 조치를 해제했다.", "not_action"),
    ("zh", "巴基斯坦解除TikTok禁令",
     "巴基斯坦电信管理局宣布解除对TikTok的禁令。", "not_action"),
    ("vi", "Pakistan dỡ bỏ lệnh cấm TikTok",
     "Pakistan đã dỡ bỏ lệnh cấm TikTok sau khi nền tảng cam kết kiểm duyệt nội dung.", "not_action"),
    ("id", "Pemerintah cabut blokir TikTok",
     "Kominfo mencabut pemblokiran aplikasi TikTok setelah perusahaan memenuhi permintaan pemerintah.", "not_action"),
    ("tr", "TikTok'a erişim yasağı kaldırıldı",
     "Mahkeme kararının ardından TikTok'a getirilen erişim yasağı kaldırıldı.", "not_action"),
    ("ar", "باكستان ترفع الحظر عن تيك توك",
     "رفعت السلطات الباكستانية الحظر عن تطبيق تيك توك بعد تعهد الشركة بمراقبة المحتوى.", "not_action"),
    ("bn", "টিকটকের নিষেধাজ্ঞা প্রত্যাহার",
     "পাকিস্তান টিকটকের উপর থেকে নিষেধাজ্ঞা প্রত্যাহার করেছে।", "not_action"),
    # acts against another company (TikTok only mentioned)
    ("ja", "欧州委、メタに制裁金",
     "欧州委員会はメタに対し、8億ユーロの制裁金を科した。TikTokは今回の決定の対象ではない。", "not_action"),
    ("ko", "공정위, 구글에 과징금",
     "공정거래위원회가 구글에 과징금 400억원을 부과했다. 틱톡은 이번 조치와 무관하다.", "not_action"),
    ("vi", "Bộ Công an phạt người đăng tin sai sự thật lên TikTok",
     "Công an tỉnh đã xử phạt hành chính 7,5 triệu đồng đối với người đàn ông đăng video sai sự thật lên TikTok.", "not_action"),
    ("tr", "Rekabet Kurulu'ndan Google'a ceza",
     "Rekabet Kurulu, Google'a 2,6 milyar lira para cezası verdi. Karar TikTok'u kapsamıyor.", "not_action"),
    # a past ban recalled as background
    ("ja", None,
     "TikTokの月間利用者数が国内で2000万人を超えた。インドは2020年に同アプリを禁止している。", "not_action"),
    ("ko", "틱톡, 국내 이용자 900만 돌파",
     "틱톡의 국내 월간 이용자가 900만 명을 넘어섰다. 인도는 지난 2020년 틱톡을 금지한 바 있다.", "not_action"),
    ("vi", "TikTok Shop tăng trưởng mạnh",
     "Doanh thu của TikTok Shop tại Việt Nam tăng gấp đôi. Ấn Độ đã từng cấm TikTok vào năm 2020.", "not_action"),
    ("id", "Pengguna TikTok Shop terus bertambah",
     "Jumlah penjual di TikTok Shop terus bertambah. Sebelumnya pemerintah sempat melarang transaksi di media sosial.", "not_action"),
    ("tr", "TikTok'un Türkiye'deki kullanıcı sayısı artıyor",
     "TikTok'un kullanıcı sayısı 30 milyonu geçti. Hindistan, uygulamayı daha önce yasaklamıştı.", "not_action"),
    ("zh", "TikTok用户数再创新高",
     "TikTok全球月活跃用户突破15亿。印度此前已禁止TikTok。", "not_action"),
]


DEVELOPMENTS = [
    # a court blocking the act, TikTok going to court
    ("ja", "米連邦地裁、モンタナ州のTikTok禁止法を差し止め",
     "米連邦地裁の判事は30日、モンタナ州のTikTok禁止法の施行を差し止める命令を出した。", "court_blocks_action"),
    ("ko", "美 법원, 몬태나주 틱톡 금지법 제동", "미국 연방법원이 몬태나주의 틱톡 금지법 시행을 일시 중단시켰다.", "court_blocks_action"),
    ("zh", "美国联邦法官暂停蒙大拿州TikTok禁令", "美国联邦法官周四裁定，暂停执行蒙大拿州禁止TikTok的法律。", "court_blocks_action"),
    ("vi", "Tòa án Mỹ chặn lệnh cấm TikTok của bang Montana",
     "Một thẩm phán liên bang đã chặn lệnh cấm TikTok của bang Montana trước khi có hiệu lực.", "court_blocks_action"),
    ("ar", "محكمة أمريكية توقف حظر تيك توك في مونتانا",
     "أوقفت محكمة فيدرالية أمريكية تطبيق حظر تيك توك في ولاية مونتانا.", "court_blocks_action"),
    ("ja", "TikTok、米政府を提訴", "TikTokは7日、事業売却を義務付ける法律は違憲だとして、米政府を提訴した。", "tiktok_challenges_action"),
    ("id", "TikTok gugat pemerintah AS",
     "TikTok mengajukan gugatan terhadap pemerintah AS atas undang-undang yang memaksa penjualan.", "tiktok_challenges_action"),
    ("tr", "TikTok, ABD hükümetine dava açtı",
     "TikTok, satış zorunluluğu getiren yasanın anayasaya aykırı olduğunu öne sürerek dava açtı.", "tiktok_challenges_action"),
]


@pytest.mark.parametrize(("lang", "title", "text", "label"), DEVELOPMENTS)
def test_court_and_challenge(lang: str, title: str, text: str, label: str) -> None:
    assert_label(lang, title, text, label, published="2025-06-01")


@pytest.mark.parametrize(("lang", "title", "text", "type_", "code"), NEW)
def test_new_actions(lang: str, title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action(lang, title, text, type_, code, published="2025-06-01")


@pytest.mark.parametrize(("lang", "title", "text", "label"), NEGATIVE)
def test_hard_negatives(lang: str, title: str | None, text: str, label: str) -> None:
    a = analyze_article(title, text, "2025-06-01", None, lang)
    if label == "not_action":
        assert a.label != "new_action", a.actions
    else:
        assert a.label == label, (a.label, a.actions)


PLACE = {"ja": "米国", "ko": "美", "zh": "美國", "vi": "Mỹ", "id": "AS", "tr": "ABD'de", "ar": "الأمريكية", "bn": "মার্কিন"}


@pytest.mark.parametrize("lang", ["ja", "ko", "zh", "vi", "id", "tr", "ar", "bn"])
def test_pack_loads_with_target_and_places(lang: str) -> None:
    pack = load_pack(lang)
    assert pack.target.search("TikTok")
    assert pack.find_places(PLACE[lang]), PLACE[lang]


# Arabic: phrasings written for the project (pack v2)
AR_NEW = [
    ("ألبانيا تقرر إغلاق تطبيق تيك توك لمدة عام", "أعلن رئيس الوزراء أن الحكومة ستغلق التطبيق عاما كاملا.", "ban_national", "AL"),
    # "threatens the elections" is a reason given for the probe, not a threat of a sanction
    (None, "فتحت المفوضية الأوروبية تحقيقا مع تيك توك بشأن مخاطر تهدد الانتخابات في رومانيا.", "investigation_opened", "EU"),
    # round 5: a fine by the Irish regulator ("غرامة مالية" is no country), a regulator's
    # accusation of a breach, and a deadline to hand over an assessment
    (None, "أعلنت لجنة حماية البيانات في إيرلندا فرض غرامة مالية على تيك توك.", "fine_or_penalty", "IE"),
    (None, "اتهمت المفوضية الأوروبية تيك توك بخرق قواعد الشفافية في الإعلانات.", "other", "EU"),
    (None, "قررت المفوضية الأوروبية إلزام تيك توك بتقديم تقرير عن المخاطر خلال يومين.", "regulatory_order", "EU"),
]
AR_NOT_NEW = [
    (None, "وقع الرئيس الأمريكي أمرا تنفيذيا يتيح لتطبيق تيك توك مواصلة عمله لمدة 90 يوما إضافية."),
    ("دول حظرت تيك توك", "حظرت الهند تيك توك عام 2020."),
    (None, "لجأت حكومات الغرب مؤخرا إلى حظر تطبيق تيك توك على أجهزتها."),
    (None, "تسعى عدة دول إلى حظر تطبيق تيك توك بسبب مخاوف أمنية."),
    # round 5: a looming ban that "chases" the app
    ("شبح الحظر يطارد تيك توك في كندا", "يقول خبراء إن القرار قد يصدر قريبا."),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), AR_NEW)
def test_arabic_new_acts(title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action("ar", title, text, type_, code, published="2025-06-01")


@pytest.mark.parametrize(("title", "text"), AR_NOT_NEW)
def test_arabic_not_new(title: str | None, text: str) -> None:
    assert_no_new_action("ar", title, text, published="2025-06-01")


def test_arabic_round5_full_stop_glued_to_the_next_sentence() -> None:
    # the bill in the second sentence must not turn the fine in the first into a proposal
    text = "فرضت السلطات الفرنسية غرامة على تيك توك.وكان مجلس النواب قد ناقش مشروع قانون آخر."
    a = analyze_article(None, text, "2025-06-01", None, "ar")
    assert a.label == "new_action", (a.label, a.actions)
    assert a.actions[0].type == "fine_or_penalty"


def test_chinese_formal_proceedings_are_an_investigation_and_a_recommendation_system_no_proposal() -> None:
    lead = "歐盟委員會週二對TikTok啟動正式訴訟，原因是其推薦系統涉嫌被操縱。委員會將調查TikTok的建議系統。"
    a = analyze_article(None, lead, "2024-12-17", language="zh")
    assert a.label == "new_action", a
    assert a.actions[0].type == "investigation_opened"
    assert a.actions[0].jurisdiction == "EU"


# Bengali names take case endings: every CLDR country is read in every case (pack v4, `name_endings`)
BN_PLACES = [
    ("আয়ারল্যান্ডের তথ্য সুরক্ষা কমিশন", "IE"),  # of
    ("অস্ট্রেলিয়ায় সরকারি ফোনে", "AU"),  # in, after a vowel
    ("ডেনমার্কে সরকারি ফোনে", "DK"),  # in, after a consonant
    ("ইতালিতে জরিমানা", "IT"),  # in, "-তে"
    ("বেলজিয়ামকে", "BE"),  # to
    ("নিউজিল্যান্ডেও", "NZ"),  # in, also
]


@pytest.mark.parametrize(("text", "code"), BN_PLACES)
def test_bengali_country_names_in_any_case(text: str, code: str) -> None:
    assert [c for _, c in load_pack("bn").find_places(text)] == [code]


def test_bengali_owner_is_not_mali() -> None:
    # "মালিক" (owner) and "মালিকে" (to the owner) are not Mali with an ending
    assert load_pack("bn").find_places("টিকটকের মালিকে চিঠি, মালিকের বক্তব্য") == []


def test_bengali_fine_by_irelands_regulator_is_irelands() -> None:
    assert_new_action("bn", None, "শিশুদের তথ্য সুরক্ষায় ব্যর্থতার জন্য টিকটককে জরিমানা করেছে আয়ারল্যান্ডের নিয়ন্ত্রক সংস্থা।", "fine_or_penalty", "IE")
