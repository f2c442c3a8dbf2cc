"""Two more kinds of hard negative, read the way the English engine reads them, in the packs of the Asian group
(ja, ko, zh, vi, id, ms, th, tl, tr, az, kk, ky): a reprieve, a delay or a deal in TikTok's favour (an order putting
off the ban, a ban postponed, a deadline to sell extended, a sale approved, a ban suspended for talks) is no act
against TikTok (N11); nor is an act against another company, or against content posted on TikTok, that merely names
TikTok (X fined while TikTok "is also under investigation", a regulator sanctioning videos or ordering a
politician's posts removed) (N13). The positive controls beside them (a country banning the app, a regulator fining
TikTok alone or TikTok and Meta together, an order to sell or to wind up the local business, and a country or its
government suspending TikTok, which is a national ban, while suspending only TikTok Shop stays a regulatory order
in the packs that read it so) stay new acts of the right type. Every phrasing was written for this file in the
style of each language's headlines.
"""

from __future__ import annotations

REPRIEVES = [
    # N11 (language, title, lead): a reprieve, a delay or a deal favourable to TikTok
    ("ja", "トランプ大統領、TikTok禁止法の執行を75日間猶予する大統領令に署名", ""),
    ("ja", "政府、TikTok禁止を延期", ""),
    ("ja", "米政府、TikTok売却期限を再延長", ""),
    ("ja", "トランプ氏、TikTok米事業の売却を承認する大統領令に署名", ""),
    ("ja", "通信省、交渉のためTikTok禁止措置を一時停止", ""),
    ("ko", "트럼프, 틱톡 금지법 집행 75일 유예 행정명령 서명", ""),
    ("ko", "정부, 틱톡 금지 연기", ""),
    ("ko", "미국, 틱톡 매각 시한 또 연장", ""),
    ("ko", "트럼프, 틱톡 미국 사업 매각 승인 행정명령에 서명", ""),
    ("ko", "정보통신부, 협상 위해 틱톡 금지 조치 일시 중단", ""),
    ("zh", "特朗普签署行政令 将TikTok禁令执行推迟75天", ""),
    ("zh", "政府推迟TikTok禁令", ""),
    ("zh", "美国延长TikTok出售期限", ""),
    ("zh", "特朗普签署行政令批准TikTok美国业务出售", ""),
    ("zh", "通信部暂停对TikTok的禁令以便谈判", ""),
    ("vi", "Trump ký sắc lệnh hoãn thi hành lệnh cấm TikTok 75 ngày", ""),
    ("vi", "Chính phủ hoãn lệnh cấm TikTok", ""),
    ("vi", "Mỹ gia hạn thời hạn bán TikTok", ""),
    ("vi", "Trump ký sắc lệnh phê duyệt thương vụ bán TikTok tại Mỹ", ""),
    ("vi", "Bộ tạm dừng lệnh cấm TikTok để đàm phán", ""),
    ("id", "Trump teken perintah eksekutif tunda penegakan larangan TikTok 75 hari", ""),
    ("id", "Pemerintah tunda larangan TikTok", ""),
    ("id", "AS perpanjang tenggat penjualan TikTok", ""),
    ("id", "Trump teken perintah eksekutif setujui penjualan TikTok di AS", ""),
    ("id", "Kementerian tangguhkan larangan TikTok demi negosiasi", ""),
    ("ms", "Trump tandatangani perintah eksekutif tangguh penguatkuasaan larangan TikTok 75 hari", ""),
    ("ms", "Kerajaan tangguhkan larangan TikTok", ""),
    ("ms", "AS lanjutkan tarikh akhir penjualan TikTok", ""),
    ("ms", "Trump luluskan penjualan operasi TikTok di AS", ""),
    ("ms", "Kementerian gantung larangan TikTok untuk rundingan", ""),
    ("th", "ทรัมป์ลงนามคำสั่งพิเศษเลื่อนบังคับใช้กฎหมายแบน TikTok 75 วัน", ""),
    ("th", "รัฐบาลเลื่อนแบน TikTok", ""),
    ("th", "สหรัฐฯ ขยายเส้นตายขาย TikTok", ""),
    ("th", "ทรัมป์ลงนามคำสั่งอนุมัติการขายกิจการ TikTok ในสหรัฐฯ", ""),
    ("th", "กระทรวงระงับคำสั่งแบน TikTok ชั่วคราวเพื่อเจรจา", ""),
    ("tl", "Trump, lumagda ng kautusang nagpapaliban sa TikTok ban nang 75 araw", ""),
    ("tl", "Gobyerno, ipinagpaliban ang pagbabawal sa TikTok", ""),
    ("tl", "US, pinalawig ang deadline sa pagbebenta ng TikTok", ""),
    ("tl", "Trump, inaprubahan ang pagbebenta ng TikTok sa US", ""),
    ("tl", "Kagawaran, sinuspinde ang TikTok ban habang may negosasyon", ""),
    ("tr", "Trump, TikTok yasağının uygulanmasını 75 gün erteleyen kararnameyi imzaladı", ""),
    ("tr", "Hükümet TikTok yasağını erteledi", ""),
    ("tr", "ABD, TikTok'un satışı için verilen süreyi uzattı", ""),
    ("tr", "Trump, TikTok'un ABD operasyonlarının satışını onaylayan kararnameyi imzaladı", ""),
    ("tr", "Bakanlık müzakereler için TikTok yasağını askıya aldı", ""),
    ("az", "Tramp TikTok qadağasının icrasını 75 gün təxirə salan fərman imzalayıb", ""),
    ("az", "Hökumət TikTok qadağasını təxirə salıb", ""),
    ("az", "ABŞ TikTok-un satışı üçün müddəti uzadıb", ""),
    ("az", "Tramp TikTok-un ABŞ-dakı biznesinin satışını təsdiqləyən fərman imzalayıb", ""),
    ("az", "Nazirlik danışıqlar üçün TikTok qadağasını dayandırıb", ""),
    ("kk", "Трамп TikTok-қа тыйымның орындалуын 75 күнге кейінге қалдыратын жарлыққа қол қойды", ""),
    ("kk", "Үкімет TikTok-қа тыйымды кейінге қалдырды", ""),
    ("kk", "АҚШ TikTok-ты сату мерзімін ұзартты", ""),
    ("kk", "Трамп TikTok-тың АҚШ-тағы бизнесін сатуды мақұлдайтын жарлыққа қол қойды", ""),
    ("kk", "Министрлік келіссөздер үшін TikTok-қа тыйымды уақытша тоқтатты", ""),
    ("ky", "Трамп TikTok'ко тыюуну аткарууну 75 күнгө кийинкиге калтырган жарлыкка кол койду", ""),
    ("ky", "Өкмөт TikTok'ко тыюуну кийинкиге калтырды", ""),
    ("ky", "АКШ TikTok'ту сатуу мөөнөтүн узартты", ""),
    ("ky", "Трамп TikTok'тун АКШдагы бизнесин сатууну жактырган жарлыкка кол койду", ""),
    ("ky", "Министрлик сүйлөшүүлөр үчүн TikTok'ко тыюуну убактылуу токтотту", ""),
]

OTHER_TARGETS = [
    # N13 (language, title, lead): an act against another company, or against content on TikTok, naming TikTok
    ("ja", "EU、X（旧ツイッター）に制裁金　透明性規則に違反", "TikTokとメタも調査を受けている。"),
    ("ja", "選挙管理委員会、候補者のTikTok投稿の削除を命令", ""),
    ("ko", "EU, X(옛 트위터)에 과징금…투명성 규정 위반", "틱톡과 메타도 조사를 받고 있다."),
    ("ko", "방심위, 틱톡·페이스북에 올라온 영상 제재", ""),
    ("ko", "선관위, 후보자 틱톡 게시물 삭제 명령", ""),
    ("zh", "欧盟对X（原推特）处以罚款 因违反透明度规则", "TikTok和Meta也正在接受调查。"),
    ("zh", "监管机构下令删除一名政客在TikTok上的帖子", ""),
    ("vi", "EU phạt X (trước đây là Twitter) vì vi phạm quy định minh bạch", "TikTok và Meta cũng đang bị điều tra."),
    ("vi", "Cơ quan quản lý yêu cầu gỡ bài đăng của một chính trị gia trên TikTok", ""),
    ("id", "Uni Eropa denda X (dulu Twitter) karena langgar aturan transparansi", "TikTok dan Meta juga sedang diselidiki."),
    ("id", "KPI jatuhkan sanksi atas video yang diunggah di TikTok dan Facebook", ""),
    ("id", "Bawaslu minta unggahan caleg di TikTok dihapus", ""),
    ("ms", "EU denda X (dahulunya Twitter) kerana langgar peraturan ketelusan", "TikTok dan Meta juga sedang disiasat."),
    ("ms", "MCMC arah hantaran ahli politik di TikTok diturunkan", ""),
    ("th", "อียูปรับ X (ทวิตเตอร์เดิม) ฐานละเมิดกฎความโปร่งใส", "TikTok และ Meta ก็กำลังถูกสอบสวนเช่นกัน"),
    ("th", "กกต. สั่งลบคลิปหาเสียงของผู้สมัครบน TikTok", ""),
    ("tl", "EU, pinagmulta ang X (dating Twitter) dahil sa paglabag sa transparency rules", "Iniimbestigahan din ang TikTok at Meta."),
    ("tl", "Comelec, ipinatanggal ang mga post ng isang kandidato sa TikTok", ""),
    ("tr", "AB, X'e (eski adıyla Twitter) şeffaflık kurallarını ihlalden para cezası verdi", "TikTok ve Meta da soruşturma altında."),
    ("tr", "RTÜK, TikTok ve Facebook'ta yayımlanan videolara yaptırım uyguladı", ""),
    ("tr", "YSK, bir adayın TikTok paylaşımlarının kaldırılmasına karar verdi", ""),
    ("az", "Aİ X-i (keçmiş Twitter) şəffaflıq qaydalarını pozduğuna görə cərimələyib", "TikTok və Meta da araşdırılır."),
    ("az", "Audiovizual Şura TikTok və Facebook-da yayımlanan videolara sanksiya tətbiq edib", ""),
    ("kk", "ЕО X желісіне (бұрынғы Twitter) ашықтық ережелерін бұзғаны үшін айыппұл салды", "TikTok пен Meta да тексеріліп жатыр."),
    ("kk", "Министрлік саясаткердің TikTok-тағы жазбаларын жоюды талап етті", ""),
    ("ky", "ЕБ X тармагын (мурдагы Twitter) ачыктык эрежелерин бузгандыгы үчүн айыпка жыкты", "TikTok жана Meta да иликтенүүдө."),
    ("ky", "Министрлик саясатчынын TikTok'тогу посттарын өчүрүүнү талап кылды", ""),
]

ACTS = [
    # P1, P2, P5, P6 (language, title, lead, type, jurisdiction)
    ("ja", "ネパール政府、TikTokを禁止", "", "ban_national", "NP"),
    ("ja", "英情報コミッショナー事務局、TikTokに罰金1270万ポンド", "", "fine_or_penalty", "GB"),
    ("ja", "欧州委員会、TikTokとメタに制裁金", "", "fine_or_penalty", "EU"),
    ("ja", "米国、バイトダンスにTikTok売却を命令", "", "divestiture_order", "US"),
    ("ja", "カナダ政府、TikTokにカナダ事業の閉鎖を命令", "", "business_wind_up_order", "CA"),
    ("ko", "네팔, 틱톡 금지", "", "ban_national", "NP"),
    ("ko", "개인정보위, 틱톡에 과징금 10억원 부과", "", "fine_or_penalty", "KR"),
    ("ko", "EU 집행위, 틱톡·메타에 과징금 부과", "", "fine_or_penalty", "EU"),
    ("ko", "미국, 바이트댄스에 틱톡 매각 명령", "", "divestiture_order", "US"),
    ("ko", "캐나다, 틱톡에 현지 법인 해산 명령", "", "business_wind_up_order", "CA"),
    ("zh", "尼泊尔禁止TikTok", "", "ban_national", "NP"),
    ("zh", "英国信息专员办公室对TikTok罚款1270万英镑", "", "fine_or_penalty", "GB"),
    ("zh", "欧盟委员会对TikTok和Meta处以罚款", "", "fine_or_penalty", "EU"),
    ("zh", "美国勒令字节跳动出售TikTok", "", "divestiture_order", "US"),
    ("zh", "加拿大下令TikTok关闭在加业务", "", "business_wind_up_order", "CA"),
    ("vi", "Nepal cấm TikTok", "", "ban_national", "NP"),
    ("vi", "Anh phạt TikTok 12,7 triệu bảng", "", "fine_or_penalty", "GB"),
    ("vi", "Ủy ban châu Âu phạt TikTok và Meta", "", "fine_or_penalty", "EU"),
    ("vi", "Mỹ buộc ByteDance bán TikTok", "", "divestiture_order", "US"),
    ("vi", "Canada ra lệnh TikTok đóng cửa hoạt động kinh doanh tại nước này", "", "business_wind_up_order", "CA"),
    ("id", "Nepal larang TikTok", "", "ban_national", "NP"),
    ("id", "KPPU denda TikTok Rp15 miliar", "", "fine_or_penalty", "ID"),
    ("id", "Komisi Eropa denda TikTok dan Meta", "", "fine_or_penalty", "EU"),
    ("id", "AS paksa ByteDance jual TikTok", "", "divestiture_order", "US"),
    ("id", "Kanada perintahkan TikTok tutup kantornya di negara itu", "", "business_wind_up_order", "CA"),
    ("ms", "Nepal haramkan TikTok", "", "ban_national", "NP"),
    ("ms", "Ireland denda TikTok 530 juta euro", "", "fine_or_penalty", "IE"),
    ("ms", "Suruhanjaya Eropah denda TikTok dan Meta", "", "fine_or_penalty", "EU"),
    ("ms", "AS paksa ByteDance jual TikTok", "", "divestiture_order", "US"),
    ("ms", "Kanada arah TikTok tutup perniagaannya di negara itu", "", "business_wind_up_order", "CA"),
    ("th", "เนปาลแบน TikTok", "", "ban_national", "NP"),
    ("th", "ไอร์แลนด์สั่งปรับ TikTok 530 ล้านยูโร", "", "fine_or_penalty", "IE"),
    ("th", "คณะกรรมาธิการยุโรปปรับ TikTok และ Meta", "", "fine_or_penalty", "EU"),
    ("th", "สหรัฐฯ สั่ง ByteDance ขาย TikTok", "", "divestiture_order", "US"),
    ("th", "แคนาดาสั่ง TikTok ปิดสำนักงานในประเทศ", "", "business_wind_up_order", "CA"),
    ("tl", "Nepal, ipinagbawal ang TikTok", "", "ban_national", "NP"),
    ("tl", "Ireland, pinagmulta ang TikTok ng €530 milyon", "", "fine_or_penalty", "IE"),
    ("tl", "European Commission, pinagmulta ang TikTok at Meta", "", "fine_or_penalty", "EU"),
    ("tl", "US, inutusan ang ByteDance na ibenta ang TikTok", "", "divestiture_order", "US"),
    ("tl", "Canada, ipinasara ang opisina ng TikTok sa bansa", "", "business_wind_up_order", "CA"),
    ("tr", "Nepal TikTok'u yasakladı", "", "ban_national", "NP"),
    ("tr", "İrlanda TikTok'a 530 milyon euro para cezası verdi", "", "fine_or_penalty", "IE"),
    ("tr", "Avrupa Komisyonu TikTok ve Meta'ya para cezası verdi", "", "fine_or_penalty", "EU"),
    ("tr", "ABD, ByteDance'e TikTok'u satma emri verdi", "", "divestiture_order", "US"),
    ("tr", "Kanada, TikTok'a ülkedeki ofislerini kapatma emri verdi", "", "business_wind_up_order", "CA"),
    ("az", "Nepal TikTok-u qadağan edib", "", "ban_national", "NP"),
    ("az", "İrlandiya TikTok-u 530 milyon avro cərimələyib", "", "fine_or_penalty", "IE"),
    ("az", "Avropa Komissiyası TikTok və Meta-nı cərimələyib", "", "fine_or_penalty", "EU"),
    ("az", "ABŞ ByteDance-i TikTok-u satmağa məcbur edir", "", "divestiture_order", "US"),
    ("az", "Kanada TikTok-a ölkədəki ofislərini bağlamağı əmr edib", "", "business_wind_up_order", "CA"),
    ("kk", "Непал TikTok-қа тыйым салды", "", "ban_national", "NP"),
    ("kk", "Ирландия TikTok-қа 530 миллион еуро айыппұл салды", "", "fine_or_penalty", "IE"),
    ("kk", "Еуропалық комиссия TikTok пен Meta-ға айыппұл салды", "", "fine_or_penalty", "EU"),
    ("kk", "АҚШ ByteDance-ті TikTok-ты сатуға міндеттеді", "", "divestiture_order", "US"),
    ("kk", "Канада TikTok-қа елдегі кеңселерін жабуды бұйырды", "", "business_wind_up_order", "CA"),
    ("ky", "Непал TikTok'ко тыюу салды", "", "ban_national", "NP"),
    ("ky", "Ирландия TikTok'ко 530 миллион евро айып салды", "", "fine_or_penalty", "IE"),
    ("ky", "Европа комиссиясы TikTok жана Meta'га айып салды", "", "fine_or_penalty", "EU"),
    ("ky", "АКШ ByteDance'ти TikTok'ту сатууга милдеттендирди", "", "divestiture_order", "US"),
    ("ky", "Канада TikTok'ко өлкөдөгү кеңселерин жабууну буйруду", "", "business_wind_up_order", "CA"),
]

SUSPENSIONS = [
    # (language, title, lead, jurisdiction): a country or its government suspends TikTok, a national ban
    ("ja", "パキスタン、TikTokを停止", "", "PK"),
    ("ja", "アルバニア政府、TikTokを1年間停止", "政府は全国でTikTokの利用を停止した。", "AL"),
    ("ko", "파키스탄, 틱톡 서비스 중단", "", "PK"),
    ("ko", "알바니아, 틱톡 1년간 정지", "정부는 전국에서 틱톡 접속을 중단시켰다.", "AL"),
    ("zh", "巴基斯坦暂停TikTok", "", "PK"),
    ("zh", "阿尔巴尼亚宣布暂停TikTok一年", "政府在全国范围内暂停了TikTok。", "AL"),
    ("vi", "Pakistan đình chỉ TikTok", "", "PK"),
    ("vi", "Albania tạm ngừng TikTok trong một năm", "Chính phủ đã đình chỉ TikTok trên toàn quốc.", "AL"),
    ("id", "Pakistan tangguhkan TikTok", "", "PK"),
    ("id", "Albania tangguhkan TikTok selama setahun", "Pemerintah menangguhkan TikTok secara nasional.", "AL"),
    ("ms", "Pakistan gantung TikTok", "", "PK"),
    ("ms", "Albania gantung TikTok selama setahun", "Kerajaan menggantung TikTok di seluruh negara.", "AL"),
    ("th", "ปากีสถานระงับ TikTok", "", "PK"),
    ("th", "แอลเบเนียระงับ TikTok หนึ่งปี", "รัฐบาลระงับการใช้งาน TikTok ทั่วประเทศ", "AL"),
    ("tl", "Pakistan, sinuspinde ang TikTok", "", "PK"),
    ("tl", "Albania, sinuspinde ang TikTok nang isang taon", "Sinuspinde ng gobyerno ang TikTok sa buong bansa.", "AL"),
    ("tr", "Pakistan TikTok'u askıya aldı", "", "PK"),
    ("tr", "Arnavutluk TikTok'u bir yıllığına askıya aldı", "Hükümet TikTok'u ülke genelinde askıya aldı.", "AL"),
    ("az", "Pakistan TikTok-un fəaliyyətini dayandırıb", "", "PK"),
    ("az", "Albaniya TikTok-u bir illik dayandırıb", "Hökumət TikTok-u bütün ölkədə dayandırıb.", "AL"),
    ("kk", "Пәкістан TikTok-ты уақытша тоқтатты", "", "PK"),
    ("kk", "Албания TikTok жұмысын бір жылға тоқтатты", "Үкімет TikTok-ты бүкіл ел бойынша тоқтатты.", "AL"),
    ("ky", "Пакистан TikTok'тун ишин убактылуу токтотту", "", "PK"),
    ("ky", "Албания TikTok'ту бир жылга токтотту", "Өкмөт TikTok'ту бүткүл өлкө боюнча токтотту.", "AL"),
]

SUSPENDED_WITHOUT_HEADLINE = [
    # (language, lead): "The government suspended TikTok nationwide" alone, with no headline
    ("ja", "パキスタン政府は全国でTikTokを停止した。"),
    ("ko", "파키스탄 정부는 전국에서 틱톡 서비스를 중단시켰다."),
    ("zh", "巴基斯坦政府在全国范围内暂停了TikTok。"),
    ("vi", "Chính phủ Pakistan đã đình chỉ TikTok trên toàn quốc."),
    ("id", "Pemerintah Pakistan menangguhkan TikTok secara nasional."),
    ("ms", "Kerajaan Pakistan menggantung TikTok di seluruh negara."),
    ("th", "รัฐบาลปากีสถานระงับ TikTok ทั่วประเทศ"),
    ("tl", "Sinuspinde ng gobyerno ng Pakistan ang TikTok sa buong bansa."),
    ("tr", "Pakistan hükümeti TikTok'u ülke genelinde askıya aldı."),
    ("az", "Pakistan hökuməti TikTok-u bütün ölkədə dayandırıb."),
    ("kk", "Пәкістан үкіметі TikTok-ты бүкіл ел бойынша тоқтатты."),
    ("ky", "Пакистан өкмөтү TikTok'ту бүткүл өлкө боюнча токтотту."),
]

SHOP_SUSPENSIONS = [
    # (language, title, lead, jurisdiction): suspending only TikTok Shop, in the packs that read it as a regulatory order
    ("vi", "Indonesia đình chỉ TikTok Shop", "", "ID"),
    ("id", "Komdigi bekukan TikTok Shop", "", "ID"),
    ("tr", "Endonezya TikTok Shop'u askıya aldı", "", "ID"),
]

ACTS += [(lang, title, text, "ban_national", code) for lang, title, text, code in SUSPENSIONS]
ACTS += [(lang, None, text, "ban_national", "PK") for lang, text in SUSPENDED_WITHOUT_HEADLINE]
ACTS += [(lang, title, text, "regulatory_order", code) for lang, title, text, code in SHOP_SUSPENSIONS]
REPRIEVES += [
    # uz
    ("uz", "Tramp TikTok taqiqi ijrosini 75 kunga kechiktiruvchi farmon imzoladi", ""),
    ("uz", "Hukumat TikTok taqiqini keyinga qoldirdi", ""),
    ("uz", "AQSh TikTok’ni sotish muddatini uzaytirdi", ""),
    ("uz", "Tramp TikTok’ning AQShdagi biznesini sotishni ma’qullovchi farmon imzoladi", ""),
    ("uz", "Vazirlik muzokaralar uchun TikTok taqiqini vaqtincha to‘xtatdi", ""),
]
OTHER_TARGETS += [
    # uz
    ("uz", "YeI X tarmog‘ini (sobiq Twitter) shaffoflik qoidalarini buzgani uchun jarimaga tortdi", "TikTok va Meta ham tekshirilmoqda."),
    ("uz", "Vazirlik siyosatchining TikTok’dagi postlarini o‘chirishni talab qildi", ""),
    ("uz", "Роскомнадзор TikTok’даги видеоларни ўчиришни талаб қилди", ""),
]
ACTS += [
    # uz
    ("uz", "Yevropa Komissiyasi TikTok va Meta’ga jarima soldi", "", "fine_or_penalty", "EU"),
    ("uz", "AQSh ByteDance’ni TikTok’ni sotishga majbur qildi", "", "divestiture_order", "US"),
]
