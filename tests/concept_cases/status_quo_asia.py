"""Four more kinds of hard negative, read the way the English engine reads them, in the packs of the Asian group
(ja, ko, zh, vi, id, ms, th, tl, tr, az, kk, ky): a government that keeps, maintains or extends its existing ban
(N7), a fact-check, rumour or denial of a ban (N8), someone asking a court or a government to stop, delay or pause
a ban (N9), and TikTok users or creators, not the app, fined, arrested, jailed or banned (N10) are none of them a
new act against TikTok; while the positive controls beside them (a country banning the app, a regulator fining it,
a court upholding a ban, often in the very words a government's keeping of a ban uses) stay new acts. Every
phrasing was written for this file in the compressed style of each language's headlines.
"""

from __future__ import annotations

KEPT = [
    # N7 (language, title, lead): a government keeps, maintains or extends its existing ban
    ("ja", "セネガル政府、TikTokの利用停止措置を維持", ""),
    ("ja", "ネパール政府、TikTok禁止を延長", ""),
    ("ja", "政府、TikTok禁止を継続へ", ""),
    ("ko", "세네갈, 틱톡 접속 차단 유지", ""),
    ("ko", "네팔 정부, 틱톡 금지 연장", ""),
    ("ko", "정부, 틱톡 금지 조치 계속 유지하기로", ""),
    ("zh", "塞内加尔继续暂停TikTok", ""),
    ("zh", "尼泊尔政府延长TikTok禁令", ""),
    ("zh", "印度政府维持对TikTok的禁令", ""),
    ("vi", "Senegal duy trì lệnh đình chỉ TikTok", ""),
    ("vi", "Nepal gia hạn lệnh cấm TikTok", ""),
    ("id", "Senegal pertahankan penangguhan TikTok", ""),
    ("id", "Pemerintah Nepal perpanjang larangan TikTok", ""),
    ("ms", "Senegal kekalkan penggantungan TikTok", ""),
    ("ms", "Nepal lanjutkan larangan TikTok", ""),
    ("th", "เซเนกัลคงการระงับ TikTok ต่อไป", ""),
    ("th", "เนปาลขยายเวลาแบน TikTok", ""),
    ("tl", "Senegal, pinanatili ang suspensyon ng TikTok", ""),
    ("tl", "Nepal, pinalawig ang TikTok ban", ""),
    ("tr", "Senegal TikTok'a erişim yasağını sürdürüyor", ""),
    ("tr", "Nepal TikTok yasağını uzattı", ""),
    ("az", "Seneqal TikTok-un fəaliyyətinin dayandırılmasını qüvvədə saxlayır", ""),
    ("az", "Nepal TikTok qadağasının müddətini uzadıb", ""),
    ("kk", "Сенегал TikTok-қа тыйымды сақтап қалды", ""),
    ("kk", "Непал TikTok-қа тыйымды ұзартты", ""),
    ("ky", "Сенегал TikTok'ко тыюуну сактап калды", ""),
    ("ky", "Непал TikTok'ко тыюуну узартты", ""),
]

FACT_CHECKS = [
    # N8 (language, title, lead): a fact-check, a rumour or a denial of a ban
    ("ja", "【ファクトチェック】「日本でTikTok禁止」は誤り", ""),
    ("ja", "TikTokが禁止されたという噂はデマ、総務省が否定", ""),
    ("ja", "インドネシアでTikTokは禁止されたのか？ 分かっていること", ""),
    ("ko", "[팩트체크] 한국서 틱톡 금지됐다? 사실 아냐", ""),
    ("ko", "정부, '틱톡 금지' 소문 부인", ""),
    ("zh", "【事实核查】“越南禁止TikTok”系谣言", ""),
    ("zh", "TikTok在印尼被禁了吗？我们所知道的", ""),
    ("zh", "官方辟谣：美国并未封禁TikTok", ""),
    ("vi", "Sự thật về lệnh cấm TikTok tại Việt Nam", ""),
    ("vi", "Tin đồn TikTok bị cấm ở Việt Nam là sai sự thật", ""),
    ("vi", "Bộ Thông tin và Truyền thông bác tin cấm TikTok", ""),
    ("id", "[HOAKS] TikTok diblokir di Indonesia", ""),
    ("id", "Benarkah TikTok diblokir pemerintah? Ini faktanya", ""),
    ("id", "Komdigi bantah isu pemblokiran TikTok", ""),
    ("ms", "PALSU: TikTok tidak diharamkan di Malaysia", ""),
    ("ms", "MCMC nafi dakwaan TikTok disekat di Malaysia", ""),
    ("ms", "Adakah TikTok diharamkan di Malaysia? Ini faktanya", ""),
    ("th", "ข่าวปลอม! ไทยแบน TikTok ไม่เป็นความจริง", ""),
    ("th", "ดีอีเตือนข่าวแบน TikTok เป็นข่าวปลอม", ""),
    ("th", "TikTok ถูกแบนในไทยจริงหรือ?", ""),
    ("tl", "FACT CHECK: Hindi totoong ipinagbawal ang TikTok sa Pilipinas", ""),
    ("tl", "DICT, pinabulaanan ang balitang ipinagbawal na ang TikTok", ""),
    ("tr", "TikTok kapatıldı mı? İşte gerçekler", ""),
    ("tr", "DMM: TikTok'a erişim yasağı getirildiği iddiası asılsız", ""),
    ("tr", "BTK, TikTok'un kapatıldığı iddialarını yalanladı", ""),
    ("az", "TikTok-un qadağan edildiyi barədə xəbərlər yalandır", ""),
    ("az", "Azərbaycanda TikTok bağlanıb? Faktlar", ""),
    ("kk", "Қазақстанда TikTok бұғатталды деген ақпарат жалған", ""),
    ("kk", "Министрлік TikTok-қа тыйым салынды деген қауесетті жоққа шығарды", ""),
    ("ky", "Кыргызстанда TikTok бөгөттөлдү деген маалымат жалган", ""),
    ("ky", "Министрлик TikTok'ко тыюу салынды деген ушакты четке какты", ""),
]

ASKS_TO_STOP = [
    # N9 (language, title, lead): someone asks a court or a government to stop, delay or pause a ban
    ("ja", "トランプ氏、最高裁にTikTok禁止法の施行延期を要請", ""),
    ("ja", "クリエーターら、TikTok禁止の差し止めを裁判所に求める", ""),
    ("ko", "트럼프, 대법원에 틱톡 금지법 시행 연기 요청", ""),
    ("ko", "틱톡 크리에이터들, 법원에 금지 중단 요청", ""),
    ("zh", "特朗普请求最高法院暂缓执行TikTok禁令", ""),
    ("zh", "美国议员敦促政府推迟TikTok禁令", ""),
    ("vi", "Trump đề nghị Tòa án Tối cao hoãn lệnh cấm TikTok", ""),
    ("vi", "Các nhà sáng tạo nội dung yêu cầu tòa án chặn lệnh cấm TikTok", ""),
    ("id", "Trump minta Mahkamah Agung tunda larangan TikTok", ""),
    ("id", "Kreator konten minta pengadilan hentikan larangan TikTok", ""),
    ("ms", "Trump minta Mahkamah Agung tangguh larangan TikTok", ""),
    ("ms", "Ahli parlimen gesa kerajaan tangguhkan larangan TikTok", ""),
    ("th", "ทรัมป์ขอศาลฎีกาชะลอการแบน TikTok", ""),
    ("th", "ครีเอเตอร์ยื่นคำร้องขอให้ศาลระงับการแบน TikTok", ""),
    ("tl", "Trump, hiniling sa Korte Suprema na ipagpaliban ang TikTok ban", ""),
    ("tl", "Mga content creator, humiling sa korte na pigilan ang pag-ban sa TikTok", ""),
    ("tr", "Trump, Yüksek Mahkeme'den TikTok yasağının ertelenmesini istedi", ""),
    ("tr", "İçerik üreticileri mahkemeden TikTok yasağının durdurulmasını talep etti", ""),
    ("az", "Tramp Ali Məhkəmədən TikTok qadağasının təxirə salınmasını istəyib", ""),
    ("az", "Bloqerlər məhkəmədən TikTok qadağasını dayandırmağı xahiş edib", ""),
    ("kk", "Трамп Жоғарғы соттан TikTok-қа тыйымды кейінге қалдыруды сұрады", ""),
    ("kk", "Блогерлер соттан TikTok-қа тыйымды тоқтатуды сұрады", ""),
    ("ky", "Трамп Жогорку соттон TikTok'ко тыюуну кийинкиге калтырууну суранды", ""),
    ("ky", "Блогерлер соттон TikTok'ко тыюуну токтотууну суранышты", ""),
]

USERS = [
    # N10 (language, title, lead): users or creators, not the app, are fined, arrested, jailed or banned
    ("ja", "警察、危険な動画を投稿したTikTokerに罰金", ""),
    ("ja", "いたずら動画でTikTok利用者を逮捕", ""),
    ("ja", "人気TikTokインフルエンサーに実刑判決", ""),
    ("ko", "경찰, 위험한 영상 올린 틱톡커에 벌금 부과", ""),
    ("ko", "법원, 틱톡 인플루언서에 징역형 선고", ""),
    ("zh", "警方对发布危险视频的TikTok博主处以罚款", ""),
    ("zh", "TikTok用户因恶作剧视频被捕", ""),
    ("vi", "Công an phạt TikToker đăng video nguy hiểm", ""),
    ("vi", "Nữ TikToker bị tuyên án 3 năm tù", ""),
    ("id", "Polisi tangkap TikToker pembuat video prank", ""),
    ("id", "Influencer TikTok divonis dua tahun penjara", ""),
    ("ms", "Polis tahan pengguna TikTok kerana video prank", ""),
    ("ms", "Mahkamah denda pempengaruh TikTok RM10,000", ""),
    ("th", "ตำรวจจับติ๊กต็อกเกอร์โพสต์คลิปอันตราย", ""),
    ("th", "ศาลสั่งจำคุกอินฟลูเอนเซอร์ TikTok", ""),
    ("tl", "TikToker, inaresto ng PNP dahil sa prank video", ""),
    ("tl", "TikTok influencer, pinagmulta dahil sa mapanganib na video", ""),
    ("tr", "TikTok fenomenine hapis cezası", ""),
    ("tr", "Tehlikeli video çeken TikTok kullanıcılarına para cezası", ""),
    ("tr", "Şaka videosu çeken TikTok'çular gözaltına alındı", ""),
    ("az", "Polis TikTok-da təhlükəli video paylaşan bloqeri cərimələyib", ""),
    ("az", "TikTok bloqeri həbs edilib", ""),
    ("kk", "Полиция қауіпті видео түсірген тиктокерге айыппұл салды", ""),
    ("kk", "Сот TikTok блогерін қамауға алды", ""),
    ("ky", "Милиция коркунучтуу видео тарткан тиктокерге айып салды", ""),
    ("ky", "Сот TikTok блогерин камакка алды", ""),
]

ACTS = [
    # P1, P2 (language, title, lead, type, jurisdiction): a country bans TikTok, a regulator fines it
    ("ja", "セネガル政府、TikTokを禁止", "", "ban_national", "SN"),
    ("ja", "アイルランドのデータ保護委員会、TikTokに罰金5億3000万ユーロ", "", "fine_or_penalty", "IE"),
    ("ko", "세네갈, 틱톡 접속 차단", "", "ban_national", "SN"),
    ("ko", "아일랜드, 틱톡에 과징금 5억3000만 유로 부과", "", "fine_or_penalty", "IE"),
    ("zh", "塞内加尔宣布禁止TikTok", "", "ban_national", "SN"),
    ("zh", "爱尔兰数据保护委员会对TikTok罚款5.3亿欧元", "", "fine_or_penalty", "IE"),
    ("vi", "Senegal cấm TikTok", "", "ban_national", "SN"),
    ("vi", "Ireland phạt TikTok 530 triệu euro", "", "fine_or_penalty", "IE"),
    ("id", "Senegal larang TikTok", "", "ban_national", "SN"),
    ("id", "Irlandia denda TikTok 530 juta euro", "", "fine_or_penalty", "IE"),
    ("ms", "Senegal gantung TikTok", "", "ban_national", "SN"),
    ("ms", "Ireland denda TikTok 530 juta euro", "", "fine_or_penalty", "IE"),
    ("th", "เซเนกัลแบน TikTok", "", "ban_national", "SN"),
    ("th", "ไอร์แลนด์ปรับ TikTok 530 ล้านยูโร", "", "fine_or_penalty", "IE"),
    ("tl", "Senegal, sinuspinde ang TikTok", "", "ban_national", "SN"),
    ("tl", "Ireland, pinagmulta ang TikTok ng €530 milyon", "", "fine_or_penalty", "IE"),
    ("tr", "Senegal TikTok'u yasakladı", "", "ban_national", "SN"),
    ("tr", "İrlanda TikTok'a 530 milyon euro para cezası verdi", "", "fine_or_penalty", "IE"),
    ("az", "Seneqal TikTok-u qadağan etdi", "", "ban_national", "SN"),
    ("az", "İrlandiya TikTok-u 530 milyon avro cərimələyib", "", "fine_or_penalty", "IE"),
    ("kk", "Сенегал TikTok-қа тыйым салды", "", "ban_national", "SN"),
    ("kk", "Ирландия TikTok-қа 530 миллион еуро айыппұл салды", "", "fine_or_penalty", "IE"),
    ("ky", "Сенегал TikTok'ко тыюу салды", "", "ban_national", "SN"),
    ("ky", "Ирландия TikTok'ко 530 миллион евро айып салды", "", "fine_or_penalty", "IE"),
]

UPHELD = [
    # P3 (language, title, lead): a court upholds a ban, in the words a government's keeping of one also uses
    ("ja", "米最高裁、TikTok禁止法を維持する判断", ""),
    ("ko", "미 대법원, 틱톡 금지법 유지 판결", ""),
    ("zh", "美国最高法院裁定维持TikTok禁令", ""),
    ("vi", "Tòa án Tối cao Mỹ duy trì lệnh cấm TikTok", ""),
    ("id", "Mahkamah Agung AS pertahankan larangan TikTok", ""),
    ("ms", "Mahkamah Agung AS kekalkan larangan TikTok", ""),
    ("th", "ศาลฎีกาสหรัฐฯ ยืนตามกฎหมายแบน TikTok", ""),
    ("tl", "Korte Suprema ng US, pinanatili ang TikTok ban", ""),
    ("tr", "ABD Yüksek Mahkemesi TikTok yasağını onadı", ""),
    ("az", "ABŞ Ali Məhkəməsi TikTok qadağasını qüvvədə saxladı", ""),
    ("kk", "АҚШ Жоғарғы соты TikTok-қа тыйымды күшінде қалдырды", ""),
    ("ky", "АКШнын Жогорку соту TikTok'ко тыюуну күчүндө калтырды", ""),
]
KEPT += [
    # uz
    ("uz", "Senegal TikTok faoliyatini to‘xtatishni saqlab qolmoqda", ""),
    ("uz", "Nepal TikTok taqiqini uzaytirdi", ""),
    ("uz", "Непал TikTok тақиқини узайтирди", ""),
]
FACT_CHECKS += [
    # uz
    ("uz", "TikTok taqiqlangani haqidagi xabarlar yolg‘on", ""),
    ("uz", "O‘zbekistonda TikTok bloklandimi? Faktlar", ""),
    ("uz", "Vazirlik TikTok bloklangani haqidagi mish-mishlarni rad etdi", ""),
    ("uz", "Ўзбекистонда TikTok блокланди деган хабарлар ёлғон", ""),
]
ASKS_TO_STOP += [
    # uz
    ("uz", "Tramp Oliy suddan TikTok taqiqini kechiktirishni so‘radi", ""),
    ("uz", "Blogerlar suddan TikTok taqiqini to‘xtatishni so‘radi", ""),
    ("uz", "Блогерлар суддан TikTok тақиқини тўхтатишни сўради", ""),
]
USERS += [
    # uz
    ("uz", "Politsiya TikTok’da xavfli video joylagan blogerni jarimaga tortdi", ""),
    ("uz", "TikTok blogeri hibsga olindi", ""),
    ("uz", "Милиция TikTok’да хавфли видео жойлаган тиктокерни жаримага тортди", ""),
]
ACTS += [
    # uz
    ("uz", "Irlandiya TikTok’ga 530 million yevro jarima soldi", "", "fine_or_penalty", "IE"),
    ("uz", "Kanada davlat qurilmalarida TikTok’ni taqiqladi", "", "ban_government_devices", "CA"),
    ("uz", "Сенегал TikTok’ни тақиқлади", "", "ban_national", "SN"),
]
UPHELD += [
    # uz
    ("uz", "AQSh Oliy sudi TikTok taqiqini kuchda qoldirdi", ""),
    ("uz", "АҚШ Олий суди TikTok’ни тақиқловчи қонунни кучда қолдирди", ""),
]
