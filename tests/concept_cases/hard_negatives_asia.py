"""Six hard negatives every pack of the Asian group (ja, ko, zh, vi, id, ms, th, tl, tr, az, kk, ky) must read as
the English engine does, with positive controls: talk about a ban (an opinion, a debate) and a ban with no reason,
not on the agenda or unlikely are no act; a bill "to ban" that is only introduced or debated, and an act that is
considered, allowed for, prepared or studied, are proposals; a court that puts a ban on hold blocks it; blocking
or deleting accounts, channels or videos on TikTok is no act against the app. A national ban, a fine, an
investigation, a ban on government devices and a court upholding a ban stay new acts. Every phrasing was written
for this file in the compressed style of each language's headlines.
"""

from __future__ import annotations

TALK = [
    # (language, title, lead): an opinion on a ban, a debate about one
    ("ja", "デジタル相、TikTok禁止について見解を語る", ""),
    ("ja", "TikTok禁止を巡る議論が過熱", ""),
    ("ko", "장관, 틱톡 금지에 대한 입장 밝혀", ""),
    ("ko", "틱톡 금지 논란 가열", "찬반 의견이 팽팽하게 맞서고 있다."),
    ("zh", "部长谈TikTok禁令", ""),
    ("zh", "关于封禁TikTok的争论升温", ""),
    ("vi", "Bộ trưởng nói gì về việc cấm TikTok?", ""),
    ("vi", "Tranh cãi quanh lệnh cấm TikTok nóng lên", ""),
    ("id", "Menkomdigi buka suara soal larangan TikTok", ""),
    ("id", "Perdebatan soal pemblokiran TikTok memanas", ""),
    ("ms", "Menteri kongsi pandangan mengenai larangan TikTok", ""),
    ("ms", "Perdebatan mengenai larangan TikTok semakin hangat", ""),
    ("th", "รัฐมนตรีพูดถึงการแบน TikTok", ""),
    ("th", "ถกเถียงเรื่องแบน TikTok ร้อนแรง", ""),
    ("tl", "Ano ang sinabi ng kalihim tungkol sa pag-ban sa TikTok", ""),
    ("tl", "Umiinit ang debate sa pag-ban ng TikTok", ""),
    ("tr", "Bakan TikTok yasağı hakkında konuştu", ""),
    ("tr", "TikTok yasağı tartışması alevlendi", ""),
    ("az", "Nazir TikTok-un qadağan edilməsi barədə fikirlərini bölüşdü", ""),
    ("az", "TikTok qadağası ətrafında müzakirələr qızışır", ""),
    ("kk", "Министр TikTok-ты бұғаттау туралы пікірін айтты", ""),
    ("kk", "TikTok-қа тыйым салу туралы пікірталас қызып тұр", ""),
    ("ky", "Министр TikTok'ту бөгөттөө тууралуу пикирин билдирди", ""),
    ("ky", "TikTok'ко тыюу салуу боюнча талаш күчөдү", ""),
]

NO_REASON = [
    # (language, title, lead): no reason to ban, not on the agenda, unlikely, no plans
    ("ja", "政府、TikTokを禁止する理由はないとの見解", ""),
    ("ja", "TikTok禁止は議題に上っていない、と総務省", ""),
    ("ja", "日本がTikTokを禁止する可能性は低い", ""),
    ("ko", '정부 "틱톡 금지할 이유 없다"', ""),
    ("ko", "정부, 틱톡 금지 계획 없어", ""),
    ("ko", "한국이 틱톡을 금지할 가능성은 낮다", ""),
    ("zh", "部长：没有理由禁止TikTok", ""),
    ("zh", "政府表示目前没有禁止TikTok的计划", ""),
    ("zh", "禁止TikTok不在议程上", ""),
    ("vi", "Bộ trưởng: Không có lý do gì để cấm TikTok", ""),
    ("vi", "Chính phủ không có kế hoạch cấm TikTok", ""),
    ("vi", "Khó có khả năng Việt Nam cấm TikTok", ""),
    ("id", "Menkomdigi: Tidak ada alasan untuk memblokir TikTok", ""),
    ("id", "Pemblokiran TikTok tidak masuk agenda, kata Komdigi", ""),
    ("id", "Kecil kemungkinan Indonesia melarang TikTok", ""),
    ("ms", "Fahmi: Tiada sebab untuk mengharamkan TikTok", ""),
    ("ms", "Kerajaan tiada rancangan untuk menyekat TikTok", ""),
    ("ms", "Larangan TikTok bukan dalam agenda kerajaan", ""),
    ("th", "รัฐมนตรียันไม่มีเหตุผลที่จะแบน TikTok", ""),
    ("th", "รัฐบาลไม่มีแผนแบน TikTok", ""),
    ("th", "ไทยไม่น่าจะแบน TikTok", ""),
    ("tl", "DICT: Walang dahilan para i-ban ang TikTok", ""),
    ("tl", "Walang planong i-ban ang TikTok, ayon sa Malacañang", ""),
    ("tl", "Malabong i-ban ng Pilipinas ang TikTok", ""),
    ("tr", "Bakan: TikTok'u yasaklamak için bir neden yok", ""),
    ("tr", "TikTok yasağı gündemimizde yok", ""),
    ("tr", "Türkiye'nin TikTok'u yasaklaması beklenmiyor", ""),
    ("az", "Nazir: TikTok-u qadağan etmək üçün heç bir səbəb yoxdur", ""),
    ("az", "TikTok-un qadağan edilməsi gündəmdə deyil", ""),
    ("az", "Hökumətin TikTok-u qadağan etmək planı yoxdur", ""),
    ("kk", "Министр: TikTok-ты бұғаттауға негіз жоқ", ""),
    ("kk", "TikTok-ты бұғаттау күн тәртібінде жоқ", ""),
    ("kk", "Үкіметтің TikTok-қа тыйым салу жоспары жоқ", ""),
    ("ky", "Министр: TikTok'ту бөгөттөөгө негиз жок", ""),
    ("ky", "TikTok'ту бөгөттөө күн тартибинде жок", ""),
    ("ky", "Өкмөттүн TikTok'ко тыюу салуу пландары жок", ""),
]

BILLS = [
    # (language, title, lead): a bill "to ban" introduced, tabled or debated
    ("ja", "TikTok禁止法案が米議会に提出される", ""),
    ("ja", "公用端末でのTikTok利用を禁じる法案、議会で審議入り", ""),
    ("ko", "미 의회, 틱톡 금지 법안 발의", ""),
    ("ko", "국회, 공무원 휴대폰 틱톡 금지법 심의", ""),
    ("zh", "美国议员提出禁止TikTok法案", ""),
    ("zh", "议会审议禁止在政府设备上使用TikTok的法案", ""),
    ("vi", "Dự luật cấm TikTok được trình lên Quốc hội Mỹ", ""),
    ("vi", "Quốc hội Úc thảo luận dự luật cấm TikTok trên điện thoại công vụ", ""),
    ("id", "RUU larangan TikTok diajukan ke Kongres AS", ""),
    ("id", "Parlemen Australia bahas RUU larangan TikTok di ponsel pemerintah", ""),
    ("ms", "Rang undang-undang untuk mengharamkan TikTok dibentangkan di Kongres AS", ""),
    ("ms", "Parlimen bahas rang undang-undang larang TikTok pada telefon kerajaan", ""),
    ("th", "สภาคองเกรสยื่นร่างกฎหมายแบน TikTok", ""),
    ("th", "รัฐสภาออสเตรเลียอภิปรายร่างกฎหมายห้ามใช้ TikTok ในโทรศัพท์ราชการ", ""),
    ("tl", "Panukalang batas na nagbabawal sa TikTok, inihain sa Kongreso", ""),
    ("tl", "Senado, tinalakay ang panukalang i-ban ang TikTok sa mga telepono ng gobyerno", ""),
    ("tr", "TikTok'u yasaklayan kanun teklifi Meclis'e sunuldu", ""),
    ("tr", "ABD Kongresi'nde TikTok yasağı tasarısı görüşülüyor", ""),
    ("az", "TikTok-u qadağan edən qanun layihəsi parlamentə təqdim olunub", ""),
    ("az", "Milli Məclis dövlət telefonlarında TikTok-u qadağan edən qanun layihəsini müzakirə edir", ""),
    ("kk", "Мәжіліске TikTok-қа тыйым салу туралы заң жобасы енгізілді", ""),
    ("kk", "Депутаттар TikTok-ты бұғаттау туралы заң жобасын талқылап жатыр", ""),
    ("ky", "Жогорку Кеңешке TikTok'ко тыюу салуу боюнча мыйзам долбоору киргизилди", ""),
    ("ky", "Депутаттар TikTok'ту бөгөттөө тууралуу мыйзам долбоорун талкуулап жатышат", ""),
]

CONSIDERING = [
    # (language, title, lead): an act considered, allowed for, prepared or studied
    ("ja", "規制当局、TikTokへの罰金を検討", ""),
    ("ja", "政府、TikTok禁止へ準備進める", ""),
    ("ja", "当局、TikTok遮断の可能性も排除せず", ""),
    ("ko", "방통위, 틱톡 과징금 부과 검토", ""),
    ("ko", "정부, 틱톡 금지 준비 착수", ""),
    ("ko", "당국, 틱톡 차단 가능성 열어둬", ""),
    ("zh", "监管机构考虑对TikTok处以罚款", ""),
    ("zh", "政府准备禁止TikTok", ""),
    ("zh", "当局不排除封锁TikTok", ""),
    ("vi", "Cơ quan quản lý cân nhắc phạt TikTok", ""),
    ("vi", "Chính phủ chuẩn bị cấm TikTok", ""),
    ("vi", "Bộ đang nghiên cứu việc cấm TikTok", ""),
    ("id", "Komdigi pertimbangkan denda untuk TikTok", ""),
    ("id", "Pemerintah bersiap memblokir TikTok", ""),
    ("id", "Pemerintah tidak menutup kemungkinan memblokir TikTok", ""),
    ("ms", "MCMC pertimbang kenakan denda terhadap TikTok", ""),
    ("ms", "Kerajaan bersedia menyekat TikTok", ""),
    ("ms", "Kementerian sedang mengkaji larangan TikTok", ""),
    ("th", "กสทช.พิจารณาปรับ TikTok", ""),
    ("th", "รัฐบาลเตรียมแบน TikTok", ""),
    ("th", "กระทรวงดีอีศึกษาแนวทางแบน TikTok", ""),
    ("tl", "DICT, pinag-aaralan ang pag-ban sa TikTok", ""),
    ("tl", "Gobyerno, naghahanda nang i-ban ang TikTok", ""),
    ("tl", "NTC, ikinokonsidera ang multa laban sa TikTok", ""),
    ("tr", "BTK, TikTok'a para cezası vermeyi değerlendiriyor", ""),
    ("tr", "Hükümet TikTok'u yasaklamaya hazırlanıyor", ""),
    ("tr", "Yetkililer TikTok'a erişim engeli ihtimalini göz ardı etmiyor", ""),
    ("az", "Hökumət TikTok-u qadağan etməyə hazırlaşır", ""),
    ("az", "Tənzimləyici TikTok-a cərimə tətbiq etməyi nəzərdən keçirir", ""),
    ("az", "Səlahiyyətlilər TikTok-un bloklanması ehtimalını istisna etmir", ""),
    ("kk", "Үкімет TikTok-қа тыйым салуға дайындалып жатыр", ""),
    ("kk", "Реттеуші TikTok-қа айыппұл салуды қарастырып жатыр", ""),
    ("kk", "Билік TikTok-ты бұғаттауды жоққа шығармайды", ""),
    ("ky", "Өкмөт TikTok'ко тыюу салууга даярданууда", ""),
    ("ky", "Министрлик TikTok'ту бөгөттөө мүмкүнчүлүгүн карап жатат", ""),
    ("ky", "Бийлик TikTok'ту бөгөттөөнү жокко чыгарбайт", ""),
]

ON_HOLD = [
    # (language, title, lead): a court puts a ban on hold
    ("ja", "米連邦地裁、モンタナ州のTikTok禁止法を差し止め", ""),
    ("ja", "裁判所、TikTok禁止令の執行を一時停止", ""),
    ("ko", "미 법원, 몬태나주 틱톡 금지법 시행 제동", ""),
    ("ko", "법원, 틱톡 금지 효력 정지", ""),
    ("zh", "美国法院暂停执行TikTok禁令", ""),
    ("zh", "法官叫停蒙大拿州TikTok禁令", ""),
    ("vi", "Tòa án Mỹ tạm dừng lệnh cấm TikTok", ""),
    ("vi", "Thẩm phán chặn lệnh cấm TikTok của bang Montana", ""),
    ("id", "Pengadilan AS menangguhkan larangan TikTok", ""),
    ("id", "Hakim federal bekukan larangan TikTok di Montana", ""),
    ("ms", "Mahkamah AS tangguhkan larangan TikTok", ""),
    ("ms", "Hakim persekutuan sekat larangan TikTok di Montana", ""),
    ("th", "ศาลสหรัฐฯ ระงับคำสั่งแบน TikTok", ""),
    ("th", "ศาลสั่งชะลอการบังคับใช้กฎหมายแบน TikTok ในมอนแทนา", ""),
    ("tl", "Korte sa US, pinigil ang pagbabawal sa TikTok", ""),
    ("tl", "Hukom, sinuspinde ang TikTok ban sa Montana", ""),
    ("tr", "ABD mahkemesi TikTok yasağını durdurdu", ""),
    ("tr", "Mahkeme Montana'daki TikTok yasağının yürürlüğünü askıya aldı", ""),
    ("az", "ABŞ məhkəməsi TikTok qadağasını dayandırdı", ""),
    ("az", "Məhkəmə Montanada TikTok qadağasını dondurdu", ""),
    ("kk", "АҚШ соты TikTok-қа тыйым салуды тоқтата тұрды", ""),
    ("kk", "Сот Монтанадағы TikTok тыйымын уақытша тоқтатты", ""),
    ("ky", "АКШ соту TikTok'ко тыюу салууну токтото турду", ""),
    ("ky", "Сот Монтанадагы TikTok тыюусун убактылуу токтотту", ""),
]

ACCOUNTS = [
    # (language, title, lead): accounts, channels or videos on TikTok, not the app
    ("ja", "当局、TikTokのアカウント数百件を凍結", ""),
    ("ja", "ロシア、TikTokの50チャンネルをブロックへ", ""),
    ("ko", "당국, 틱톡 계정 수백 개 차단", ""),
    ("ko", "방심위, 틱톡 영상 삭제 명령", ""),
    ("zh", "俄罗斯封锁数百个TikTok账号", ""),
    ("zh", "监管机构下令删除TikTok上的相关视频", ""),
    ("vi", "Nga chặn hàng trăm tài khoản TikTok", ""),
    ("vi", "Bộ yêu cầu gỡ bỏ 300 video vi phạm trên TikTok", ""),
    ("id", "Komdigi blokir ratusan akun TikTok", ""),
    ("id", "Komdigi perintahkan penghapusan video TikTok berisi judi online", ""),
    ("ms", "MCMC sekat ratusan akaun TikTok", ""),
    ("ms", "MCMC arah video fitnah di TikTok diturunkan", ""),
    ("th", "ดีอีปิดกั้นบัญชี TikTok หลายร้อยบัญชี", ""),
    ("th", "กสทช.สั่งลบคลิปใน TikTok", ""),
    ("tl", "Daan-daang TikTok account, ipinasara ng PNP", ""),
    ("tl", "MTRCB, ipinatanggal ang mga video sa TikTok", ""),
    ("tr", "Yüzlerce TikTok hesabına erişim engeli getirildi", ""),
    ("tr", "Mahkeme TikTok'taki 50 videoya erişim engeli getirdi", ""),
    ("az", "Yüzlərlə TikTok hesabı bloklanıb", ""),
    ("az", "Rusiya 50 TikTok kanalını bloklayacaq", ""),
    ("kk", "Жүздеген TikTok аккаунты бұғатталды", ""),
    ("kk", "Ресей 50 TikTok арнасын бұғаттайды", ""),
    ("ky", "Жүздөгөн TikTok аккаунттары бөгөттөлдү", ""),
    ("ky", "Орусия 50 TikTok каналын бөгөттөйт", ""),
]

NATIONAL_BANS = [
    # (language, title, lead, jurisdiction)
    ("ja", "ネパール政府、TikTokを禁止", "", "NP"),
    ("ko", "네팔 정부, 틱톡 전면 금지", "", "NP"),
    ("zh", "尼泊尔政府宣布禁止TikTok", "", "NP"),
    ("vi", "Nepal cấm TikTok", "", "NP"),
    ("id", "Nepal resmi melarang TikTok", "", "NP"),
    ("ms", "Nepal haramkan TikTok", "", "NP"),
    ("th", "เนปาลแบน TikTok", "", "NP"),
    ("tl", "Nepal, ipinagbawal ang TikTok", "", "NP"),
    ("tr", "Nepal TikTok'u yasakladı", "", "NP"),
    ("az", "Nepal TikTok-u qadağan etdi", "", "NP"),
    ("kk", "Непал TikTok-қа тыйым салды", "", "NP"),
    ("ky", "Непал TikTok'ко тыюу салды", "", "NP"),
]

FINES_AND_INQUIRIES = [
    # (language, title, lead, type, jurisdiction)
    ("ja", "アイルランドのデータ保護委員会、TikTokに罰金3億4500万ユーロ", "", "fine_or_penalty", "IE"),
    ("ja", "欧州委員会、TikTokの調査を開始", "", "investigation_opened", "EU"),
    ("ko", "아일랜드, 틱톡에 과징금 3억4500만 유로 부과", "", "fine_or_penalty", "IE"),
    ("ko", "EU 집행위, 틱톡 조사 착수", "", "investigation_opened", "EU"),
    ("zh", "爱尔兰数据保护委员会对TikTok罚款3.45亿欧元", "", "fine_or_penalty", "IE"),
    ("zh", "欧盟委员会对TikTok展开调查", "", "investigation_opened", "EU"),
    ("vi", "Ireland phạt TikTok 345 triệu euro", "", "fine_or_penalty", "IE"),
    ("vi", "Ủy ban châu Âu mở cuộc điều tra TikTok", "", "investigation_opened", "EU"),
    ("id", "KPPU denda TikTok Rp15 miliar", "", "fine_or_penalty", "ID"),
    ("id", "Komisi Eropa buka penyelidikan terhadap TikTok", "", "investigation_opened", "EU"),
    ("ms", "Ireland denda TikTok 345 juta euro", "", "fine_or_penalty", "IE"),
    ("ms", "Suruhanjaya Eropah buka siasatan terhadap TikTok", "", "investigation_opened", "EU"),
    ("th", "ไอร์แลนด์ปรับ TikTok 345 ล้านยูโร", "", "fine_or_penalty", "IE"),
    ("th", "คณะกรรมาธิการยุโรปเปิดการสอบสวน TikTok", "", "investigation_opened", "EU"),
    ("tl", "Ireland, pinagmulta ang TikTok ng €345 milyon", "", "fine_or_penalty", "IE"),
    ("tl", "European Commission, naglunsad ng imbestigasyon laban sa TikTok", "", "investigation_opened", "EU"),
    ("tr", "İrlanda TikTok'a 345 milyon euro para cezası verdi", "", "fine_or_penalty", "IE"),
    ("tr", "Avrupa Komisyonu TikTok hakkında soruşturma başlattı", "", "investigation_opened", "EU"),
    ("az", "İrlandiya TikTok-u 345 milyon avro cərimələyib", "", "fine_or_penalty", "IE"),
    ("az", "Avropa Komissiyası TikTok-a qarşı araşdırma başladıb", "", "investigation_opened", "EU"),
    ("kk", "Ирландия TikTok-қа 345 миллион еуро айыппұл салды", "", "fine_or_penalty", "IE"),
    ("kk", "Еуропалық комиссия TikTok-қа қатысты тергеу бастады", "", "investigation_opened", "EU"),
    ("ky", "Ирландия TikTok'ко 345 миллион евро айып салды", "", "fine_or_penalty", "IE"),
    ("ky", "Европа комиссиясы TikTok'ко карата иликтөө баштады", "", "investigation_opened", "EU"),
]

DEVICE_BANS = [
    # (language, title, lead, jurisdiction)
    ("ja", "カナダ政府、公用端末でのTikTok使用を禁止", "", "CA"),
    ("ko", "캐나다, 정부 기기서 틱톡 사용 금지", "", "CA"),
    ("zh", "加拿大禁止在政府设备上使用TikTok", "", "CA"),
    ("vi", "Canada cấm TikTok trên thiết bị của chính phủ", "", "CA"),
    ("id", "Kanada larang TikTok di perangkat pemerintah", "", "CA"),
    ("ms", "Kanada haramkan TikTok pada peranti kerajaan", "", "CA"),
    ("th", "แคนาดาห้ามใช้ TikTok ในอุปกรณ์ของรัฐบาล", "", "CA"),
    ("tl", "Canada, ipinagbawal ang TikTok sa mga device ng gobyerno", "", "CA"),
    ("tr", "Kanada devlet cihazlarında TikTok'u yasakladı", "", "CA"),
    ("az", "Kanada dövlət cihazlarında TikTok-u qadağan etdi", "", "CA"),
    ("kk", "Канада мемлекеттік құрылғыларда TikTok-қа тыйым салды", "", "CA"),
    ("ky", "Канада мамлекеттик түзмөктөрдө TikTok'ко тыюу салды", "", "CA"),
]

UPHELD = [
    # (language, title, lead): a court upholds a ban
    ("ja", "米最高裁、TikTok禁止法を支持", ""),
    ("ko", "미 대법원, 틱톡 금지법 합헌 판결", ""),
    ("zh", "美国最高法院维持TikTok禁令", ""),
    ("vi", "Tòa án tối cao Mỹ giữ nguyên lệnh cấm TikTok", ""),
    ("id", "Mahkamah Agung AS kuatkan larangan TikTok", ""),
    ("ms", "Mahkamah Agung AS kekalkan larangan TikTok", ""),
    ("th", "ศาลฎีกาสหรัฐฯ ยืนตามกฎหมายแบน TikTok", ""),
    ("tl", "Korte Suprema ng US, pinagtibay ang TikTok ban", ""),
    ("tr", "ABD Yüksek Mahkemesi TikTok yasağını onadı", ""),
    ("az", "ABŞ Ali Məhkəməsi TikTok qadağasını qüvvədə saxladı", ""),
    ("kk", "АҚШ Жоғарғы соты TikTok-қа тыйым салу туралы заңды күшінде қалдырды", ""),
    ("ky", "АКШнын Жогорку соту TikTok'ко тыюу салган мыйзамды күчүндө калтырды", ""),
]

ACTS = (
    [(lang, title, text, "ban_national", code) for lang, title, text, code in NATIONAL_BANS]
    + FINES_AND_INQUIRIES
    + [(lang, title, text, "ban_government_devices", code) for lang, title, text, code in DEVICE_BANS]
)
TALK += [
    # uz
    ("uz", "Vazir TikTok’ni taqiqlash haqida fikr bildirdi", ""),
    ("uz", "TikTok taqiqi atrofida bahslar qizimoqda", ""),
    ("uz", "Вазир TikTok’ни тақиқлаш ҳақида фикр билдирди", ""),
]
NO_REASON += [
    # uz
    ("uz", "Vazir: TikTok’ni taqiqlash uchun hech qanday sabab yo‘q", ""),
    ("uz", "TikTok’ni bloklash kun tartibida emas", ""),
    ("uz", "Hukumatning TikTok’ni taqiqlash rejasi yo‘q", ""),
    ("uz", "Ҳукуматнинг TikTok’ни тақиқлаш режаси йўқ", ""),
]
BILLS += [
    # uz
    ("uz", "Qonunchilik palatasiga TikTok’ni taqiqlash to‘g‘risidagi qonun loyihasi kiritildi", ""),
    ("uz", "Deputatlar davlat telefonlarida TikTok’ni taqiqlovchi qonun loyihasini muhokama qilmoqda", ""),
    ("uz", "Конгрессменлар TikTok’ни тақиқловчи қонун лойиҳасини киритди", ""),
]
CONSIDERING += [
    # uz
    ("uz", "Hukumat TikTok’ni taqiqlashga tayyorlanmoqda", ""),
    ("uz", "Regulyator TikTok’ga jarima solishni ko‘rib chiqmoqda", ""),
    ("uz", "Rasmiylar TikTok bloklanishi ehtimolini istisno qilmadi", ""),
    ("uz", "Вазирлик TikTok’ни блоклаш имкониятини ўрганмоқда", ""),
]
ON_HOLD += [
    # uz
    ("uz", "AQSh sudi TikTok taqiqini to‘xtatib qo‘ydi", ""),
    ("uz", "Sud Montanada TikTok taqiqini muzlatdi", ""),
    ("uz", "Суд Монтанадаги TikTok тақиқини вақтинча тўхтатди", ""),
]
ACCOUNTS += [
    # uz
    ("uz", "Yuzlab TikTok akkauntlari bloklandi", ""),
    ("uz", "Rossiya 50 ta TikTok kanalini bloklaydi", ""),
    ("uz", "Юзлаб TikTok аккаунтлари блокланди", ""),
]
ACTS += [
    # uz
    ("uz", "Nepal TikTok’ni taqiqladi", "", "ban_national", "NP"),
    ("uz", "Yevropa Komissiyasi TikTok’ga qarshi tekshiruv boshladi", "", "investigation_opened", "EU"),
    ("uz", "Kanada TikTok’ga mamlakatdagi ofislarini yopishni buyurdi", "", "business_wind_up_order", "CA"),
]
UPHELD += [
    # uz
    ("uz", "AQSh Oliy sudi TikTok taqiqini kuchda qoldirdi", ""),
    ("uz", "АҚШ Олий суди TikTok’ни тақиқловчи қонунни кучда қолдирди", ""),
]
