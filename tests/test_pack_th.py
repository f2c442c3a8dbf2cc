"""Thai pack on phrasings written for the project (none taken from any outlet).

New acts of every type with their jurisdiction (Thailand's own bodies and how Thai news
names foreign ones), and the hard negatives, each with a positive twin: a proposal, a bill
passed by one chamber, a lifted or postponed ban, an act against another company, a past
act recalled (Buddhist-era years), a court blocking a ban, TikTok or its users going to
court, and the crime and platform news that names TikTok without any act against it.
Thai writes no spaces between words and no full stops between sentences, so the way the
pack cuts a lead into sentences is tested too.
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from monitor.pack_engine import split_lead
from monitor.packs import load_pack
from tests.pack_cases import assert_label, assert_new_action, assert_no_new_action

DATE = "2025-06-01"


def _analyze(title: str | None, text: str, date: str = DATE):
    return analyze_article(title, text, date, None, "th")


NEW = [
    # Thailand's own bodies
    ("ดีอีสั่งปิดกั้น TikTok ทั่วประเทศ", "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแจ้งผู้ให้บริการอินเทอร์เน็ตทุกรายให้ดำเนินการทันที",
     "ban_national", "TH"),
    ("ดีอีสั่งห้ามข้าราชการใช้ TikTok บนอุปกรณ์ของรัฐ",
     "กระทรวงแจ้งทุกหน่วยงานให้ลบแอปออกจากเครื่องที่ทางราชการจัดให้ภายใน 30 วัน", "ban_government_devices", "TH"),
    ("กสทช. สั่ง TikTok ลบคลิปพนันออนไลน์ภายใน 24 ชั่วโมง", "สำนักงานระบุว่าหากไม่ปฏิบัติตามจะดำเนินการตามกฎหมาย",
     "regulatory_order", "TH"),
    (None, "ศาลอาญามีคำสั่งให้ปิดกั้นการเข้าถึง TikTok ทั่วประเทศเป็นการชั่วคราว ตามคำร้องของกระทรวงดีอี", "ban_national", "TH"),
    ("สคส. สั่งปรับ TikTok ฐานละเมิด PDPA", "คณะกรรมการคุ้มครองข้อมูลส่วนบุคคลระบุว่าแพลตฟอร์มเก็บข้อมูลผู้ใช้เกินความจำเป็น",
     "fine_or_penalty", "TH"),
    # foreign governments as Thai news names them
    ("เนปาลสั่งแบน TikTok ทั่วประเทศ", "รัฐบาลเนปาลมีมติในการประชุมคณะรัฐมนตรีให้ปิดกั้นการเข้าถึงแอปดังกล่าวทันที", "ban_national", "NP"),
    ("แอลเบเนียแบน TikTok เป็นเวลาหนึ่งปี", "นายกรัฐมนตรีเอดี รามา ระบุว่ามาตรการนี้จะเริ่มภายในสัปดาห์หน้า", "ban_national", "AL"),
    ("ไอร์แลนด์สั่งปรับ TikTok 530 ล้านยูโร",
     "คณะกรรมการคุ้มครองข้อมูลของไอร์แลนด์ระบุว่าแพลตฟอร์มส่งข้อมูลส่วนบุคคลของผู้ใช้ในยุโรปไปยังจีนโดยมิชอบ", "fine_or_penalty", "IE"),
    # an "EU fine" over personal data is the Irish regulator's
    ("อียูปรับ TikTok 345 ล้านยูโร ฐานละเมิดข้อมูลเด็ก", "คำตัดสินดังกล่าวเกี่ยวข้องกับการตั้งค่าบัญชีของผู้ใช้อายุน้อย", "fine_or_penalty", "IE"),
    ("มาเลเซียสั่งปรับ TikTok", "MCMC ระบุว่าแพลตฟอร์มไม่ลบเนื้อหาผิดกฎหมายตามคำสั่ง", "fine_or_penalty", "MY"),
    ("อัยการสูงสุดรัฐเท็กซัสยื่นฟ้อง TikTok",
     "สำนักงานอัยการรัฐกล่าวหาว่าแพลตฟอร์มเปิดเผยข้อมูลของผู้เยาว์โดยไม่ได้รับความยินยอม", "lawsuit_by_government", "US-TX"),
    (None, "กระทรวงยุติธรรมสหรัฐฯ ยื่นฟ้อง TikTok และบริษัทแม่ ฐานเก็บข้อมูลเด็กโดยไม่ได้รับอนุญาต", "lawsuit_by_government", "US"),
    ("คณะกรรมาธิการยุโรปเปิดการสอบสวน TikTok อย่างเป็นทางการ",
     "บรัสเซลส์ต้องการตรวจสอบว่าแพลตฟอร์มปกป้องผู้เยาว์ตามกฎหมายบริการดิจิทัลหรือไม่", "investigation_opened", "EU"),
    ("แคนาดาสั่งปิดกิจการ TikTok ในประเทศ", "รัฐบาลแคนาดาสั่งให้บริษัทลูกของไบต์แดนซ์ยุติการดำเนินธุรกิจ โดยอ้างเหตุผลด้านความมั่นคง",
     "business_wind_up_order", "CA"),
    ("ไบเดนลงนามกฎหมายบังคับขาย TikTok", "ประธานาธิบดีสหรัฐฯ ลงนามในร่างกฎหมายดังกล่าวแล้วเมื่อวันพุธ", "law_enacted", "US"),
    ("ผู้ว่าการรัฐมอนแทนาลงนามกฎหมายแบน TikTok", "กฎหมายนี้ห้ามร้านค้าแอปให้ดาวน์โหลดแอปดังกล่าวภายในรัฐ", "law_enacted", "US-MT"),
    ("ทรัมป์สั่งไบต์แดนซ์ขายธุรกิจ TikTok ในสหรัฐฯ ภายใน 90 วัน",
     "คำสั่งฝ่ายบริหารที่ลงนามเมื่อคืนวันศุกร์ให้บริษัทแม่ถอนการลงทุนทั้งหมด", "divestiture_order", "US"),
    # a headline ban, the lead says whose devices and which state
    ("อีกหนึ่งรัฐในสหรัฐฯ แบน TikTok ในอุปกรณ์ของรัฐ", "ผู้ว่าการรัฐเวอร์จิเนียลงนามคำสั่งห้ามพนักงานของรัฐติดตั้งแอปดังกล่าว",
     "ban_government_devices", "US-VA"),
    # a supreme court keeping a ban in force
    ("ศาลสูงสุดสหรัฐฯ ยืนตามกฎหมายแบน TikTok", "คำวินิจฉัยเป็นเอกฉันท์ทำให้กฎหมายมีผลบังคับใช้ตามกำหนด", "other", "US"),
    ("คณะกรรมาธิการยุโรปมีข้อสรุปเบื้องต้นว่า TikTok ละเมิดกฎหมายบริการดิจิทัล", "บริษัทมีสิทธิ์ชี้แจงก่อนคำตัดสินขั้นสุดท้าย",
     "other", "EU"),
    ("อียูสั่ง TikTok ระงับฟีเจอร์รางวัลใน TikTok Lite", "คณะกรรมาธิการยุโรปกังวลว่าระบบดังกล่าวทำให้ผู้ใช้เสพติด",
     "regulatory_order", "EU"),
    ("ไต้หวันห้ามหน่วยงานรัฐใช้โต่วอิน", "คณะรัฐมนตรีไต้หวันระบุว่าแอปเป็นภัยต่อความมั่นคง", "ban_government_devices", "TW"),
    ("คณะกรรมาธิการยุโรปสั่งพนักงานลบ TikTok ออกจากโทรศัพท์", "พนักงานต้องดำเนินการภายในวันที่ 15 มีนาคม",
     "ban_government_devices", "EU"),
    ("อินโดนีเซียสั่งห้าม TikTok Shop ขายสินค้า", "กระทรวงการค้าของอินโดนีเซียออกระเบียบห้ามขายของบนโซเชียลมีเดีย", "ban_national", "ID"),
]  # fmt: skip

NOT_NEW = [
    # proposals (twins: the DES block, the signed law, the Malaysian fine)
    ("ดีอีเตรียมแบน TikTok", "รัฐมนตรีระบุว่าจะหารือกับหน่วยงานที่เกี่ยวข้องในสัปดาห์หน้า", "proposed_or_threatened"),
    ("สภาผู้แทนราษฎรสหรัฐฯ ผ่านร่างกฎหมายบังคับขาย TikTok", "ร่างกฎหมายต้องผ่านการพิจารณาของวุฒิสภาก่อน", "proposed_or_threatened"),
    ("อินโดนีเซียจ่อปรับ TikTok ฐานไม่ขออนุญาตขายของออนไลน์", "ทางการระบุว่ากำลังพิจารณาบทลงโทษ", "proposed_or_threatened"),
    ("ส.ส. เสนอให้แบน TikTok ในไทย", "ส.ส.พรรคฝ่ายค้านระบุว่าแพลตฟอร์มมีเนื้อหาไม่เหมาะสม", "proposed_or_threatened"),
    ("เวียดนามเตรียมตรวจสอบ TikTok", "กระทรวงสารสนเทศและการสื่อสารเวียดนามจะตรวจสอบการให้บริการตั้งแต่เดือนหน้า", "proposed_or_threatened"),
    ("TikTok จะถูกแบนในไทยหรือไม่", "ผู้เชี่ยวชาญมองว่ายังไม่มีสัญญาณ", "proposed_or_threatened"),
    # a court blocks the ban (twin: the governor signing it)
    ("ศาลสั่งระงับกฎหมายแบน TikTok ของรัฐมอนแทนา", "ผู้พิพากษาระบุว่ากฎหมายดังกล่าวน่าจะขัดรัฐธรรมนูญ", "court_blocks_action"),
    # TikTok goes to court (twins: the signed law, the Irish fine, the Canadian order)
    ("TikTok ยื่นฟ้องรัฐบาลสหรัฐฯ ขอให้ศาลระงับกฎหมายบังคับขาย", "บริษัทระบุว่ากฎหมายละเมิดเสรีภาพในการแสดงออก",
     "tiktok_challenges_action"),
    ("TikTok ยื่นอุทธรณ์คำสั่งปรับของไอร์แลนด์", "บริษัทระบุว่าไม่เห็นด้วยกับคำตัดสิน", "tiktok_challenges_action"),
    ("TikTok ยื่นฟ้องต่อศาลแคนาดา คัดค้านคำสั่งปิดสำนักงาน", "บริษัทระบุว่าคำสั่งจะทำให้พนักงานหลายร้อยคนตกงาน",
     "tiktok_challenges_action"),
    # a past ban recalled (twin: India's ban reported as news)
    ("TikTok เปิดตัวฟีเจอร์ใหม่", "อินเดียแบน TikTok มาตั้งแต่ปี 2563", "background_only"),
    (None, "ก่อนหน้านี้ สหรัฐฯ ได้สั่งห้ามใช้ TikTok ในอุปกรณ์ของรัฐบาลกลางไปแล้ว", "background_only"),
    (None, "หลังจากสหรัฐฯ แบน TikTok ผู้ใช้จำนวนมากย้ายไปใช้แอปอื่น", "background_only"),
]  # fmt: skip

NOT_ACTION = [
    # lifted, postponed, back online (twins: Nepal's ban, the law upheld)
    ("เนปาลยกเลิกคำสั่งแบน TikTok", "รัฐบาลเนปาลระบุว่าบริษัทยอมปฏิบัติตามกฎระเบียบใหม่แล้ว"),
    ("ทรัมป์ขยายเส้นตายแบน TikTok อีก 90 วัน", "ประธานาธิบดีลงนามคำสั่งฝ่ายบริหารเพื่อให้มีเวลาเจรจาการขายต่อ"),
    ("ทรัมป์ลงนามคำสั่งระงับการบังคับใช้กฎหมายแบน TikTok 75 วัน", "ทำเนียบขาวระบุว่าต้องการให้มีเวลาหาผู้ซื้อ"),
    ("TikTok กลับมาให้บริการในสหรัฐฯ อีกครั้ง หลังถูกแบนเพียงวันเดียว", "ผู้ใช้หลายล้านคนกลับมาใช้งานได้ตามปกติ"),
    # another company is blocked (twin: the DES block of TikTok)
    (None, "กระทรวงดีอีสั่งปิดกั้น Telegram ทั่วประเทศ ขณะที่ TikTok ยังให้บริการได้ตามปกติ"),
    ("ดีอีสั่งปิดกั้นเทเลแกรม", "ผู้ใช้ TikTok บางส่วนกังวลว่าจะเป็นรายต่อไป"),
    # users, creators or parents go to court, not a government (twin: Texas suing)
    ("ครีเอเตอร์ TikTok ยื่นฟ้องรัฐมอนแทนา", "กลุ่มผู้ใช้ห้ารายต้องการให้ศาลยกเลิกกฎหมายฉบับใหม่"),
    ("TikTok ถูกผู้ปกครองยื่นฟ้องในสหรัฐฯ", "กลุ่มผู้ปกครองกล่าวหาว่าแอปทำให้เด็กเสพติด"),
    # negated
    ("ดีอียืนยันไม่ปิด TikTok ในไทย", "รัฐมนตรีระบุว่ารัฐบาลไม่มีแผนจะแบนแพลตฟอร์มใด"),
    ("กสทช. ไม่สามารถแบน TikTok ได้ ชี้ไม่ใช่อำนาจ", "เลขาธิการกล่าวว่ากฎหมายไม่ได้ให้อำนาจดังกล่าว"),
    # a poll, an explainer
    ("โพลชี้คนไทยส่วนใหญ่ไม่เห็นด้วยหากรัฐบาลแบน TikTok", "ผลสำรวจจัดทำในเดือนที่ผ่านมา"),
    ("ประเทศใดบ้างที่แบน TikTok", "หลายประเทศสั่งห้ามใช้แอปดังกล่าวในอุปกรณ์ของรัฐ"),
    ("ทำไม TikTok ถึงถูกแบนในหลายประเทศ", "อินเดียสั่งห้ามใช้แอปดังกล่าวตั้งแต่ปี 2563 ขณะที่เนปาลเคยแบนเมื่อปี 2566"),
    # crime and platform news naming TikTok: no act against it
    ("ตำรวจไซเบอร์จับหนุ่มโพสต์คลิปหมิ่นลง TikTok",
     "เจ้าหน้าที่แจ้งข้อกล่าวหาตาม พ.ร.บ.คอมพิวเตอร์ ก่อนส่งพนักงานสอบสวนดำเนินคดี"),
    ("อัยการยื่นฟ้องแม่ค้า TikTok ฐานฉ้อโกง", "ผู้เสียหายกว่า 200 รายเข้าแจ้งความ"),
    ("สคบ.สั่งปรับร้านค้าบน TikTok Shop ขายสินค้าไม่มีฉลาก", "ร้านค้าดังกล่าวต้องชำระค่าปรับภายใน 15 วัน"),
    ("หนุ่มโดนแบนจาก TikTok หลังโพสต์คลิปอันตราย", "บัญชีของเขามีผู้ติดตามกว่าแสนคน"),
    ("TikTok แบนบัญชีผู้ใช้ปลอมกว่าล้านบัญชี", "บริษัทระบุว่าระบบตรวจจับใหม่ทำงานได้ดีขึ้น"),
    ("ห้ามพลาด! เทรนด์ใหม่บน TikTok", "ผู้ใช้จำนวนมากแชร์คลิปเต้น"),
    ("แบนเนอร์โฆษณาบน TikTok ดึงยอดขายพุ่ง", "แบรนด์ไทยหันมาใช้สื่อออนไลน์มากขึ้น"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_acts(title: str | None, text: str, type_: str, code: str) -> None:
    assert_new_action("th", title, text, type_, code, published="2025-06-01")


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_stage_other_than_new(title: str | None, text: str, label: str) -> None:
    assert_label("th", title, text, label, published="2025-06-01")


@pytest.mark.parametrize(("title", "text"), NOT_ACTION)
def test_not_a_new_act(title: str | None, text: str) -> None:
    assert_no_new_action("th", title, text, published="2025-06-01")


def test_thai_bodies_are_named() -> None:
    a = _analyze("ดีอีสั่งปิดกั้น TikTok ทั่วประเทศ", "ผู้ให้บริการอินเทอร์เน็ตต้องดำเนินการภายในวันนี้")
    assert a.actions[0].actor == "Ministry of Digital Economy & Society (Thailand)"
    b = _analyze("กสทช. สั่ง TikTok ลบคลิปพนันออนไลน์", "สำนักงานระบุว่าจะติดตามผลทุกสัปดาห์")
    assert b.actions[0].actor == "National Broadcasting & Telecommunications Commission (Thailand)"


def test_a_foreign_body_is_not_a_thai_one() -> None:
    # "Pakistan's NBTC", "the Irish personal-data committee", "the US House": not Thailand's
    a = _analyze("กสทช. ของปากีสถานสั่งแบน TikTok", "หน่วยงานระบุว่ามีเนื้อหาผิดศีลธรรมบนแพลตฟอร์ม")
    assert (a.label, a.actions[0].jurisdiction) == ("new_action", "PK"), a.actions
    b = _analyze(None, "คณะกรรมการคุ้มครองข้อมูลส่วนบุคคลของไอร์แลนด์สั่งปรับ TikTok 530 ล้านยูโร")
    assert b.actions[0].jurisdiction == "IE", b.actions
    # the cabinet of Nepal is no Thai body, even right before the act
    c = _analyze(None, "คณะรัฐมนตรีเนปาลมีมติแบน TikTok ทั่วประเทศ")
    assert c.actions[0].jurisdiction == "NP", c.actions


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a Buddhist-era year in the past: background
        ("อินเดียสั่งแบน TikTok เมื่อปี 2563 พร้อมแอปจีนอีก 58 รายการ", "background_only"),
        # the same act with no year: news
        ("อินเดียสั่งแบน TikTok พร้อมแอปจีนอีก 58 รายการ", "new_action"),
    ],
)
def test_buddhist_era_years(text: str, label: str) -> None:
    assert_label("th", None, text, label, published="2025-06-01")


# Sentences: Thai puts a single space between clauses, around names and Latin words, and a
# full stop only after abbreviations; a sentence ends at a line break, ! or ?, a double space,
# or before a connective that opens a new sentence.


def _pieces(text: str) -> list[str]:
    return [s.text for s in split_lead(load_pack("th"), None, text, lead=10)]


def test_a_single_space_and_an_abbreviation_do_not_end_a_sentence() -> None:
    text = "นายประเสริฐ จันทรรวงทอง รัฐมนตรีว่าการกระทรวงดิจิทัลฯ (ดีอี) เปิดเผยว่า กระทรวงได้ส่งหนังสือถึง TikTok ตาม พ.ร.บ.คอมพิวเตอร์ฯ มาตรา 20"
    assert _pieces(text) == [text]


def test_connectives_line_breaks_and_double_spaces_end_sentences() -> None:
    text = (
        "แพลตฟอร์มวิดีโอสั้นชื่อดังซึ่งเคยถูกห้ามใช้ในหลายประเทศ ล่าสุดหน่วยงานกำกับดูแลประกาศสั่งปรับ TikTok"
        " ทั้งนี้ บริษัทระบุว่าไม่เห็นด้วยกับคำตัดสิน\nผู้ใช้ในไทยยังใช้งานได้ตามปกติ  รายละเอียดจะประกาศในสัปดาห์หน้า"
    )
    assert _pieces(text) == [
        "แพลตฟอร์มวิดีโอสั้นชื่อดังซึ่งเคยถูกห้ามใช้ในหลายประเทศ",
        "ล่าสุดหน่วยงานกำกับดูแลประกาศสั่งปรับ TikTok",
        "ทั้งนี้ บริษัทระบุว่าไม่เห็นด้วยกับคำตัดสิน",
        "ผู้ใช้ในไทยยังใช้งานได้ตามปกติ",
        "รายละเอียดจะประกาศในสัปดาห์หน้า",
    ]


def test_a_recalled_act_and_the_news_in_one_paragraph() -> None:
    # "previously ... ; latest: the regulator fined TikTok" in one run of text: the news is the fine
    a = _analyze(
        "สหราชอาณาจักรสั่งปรับ TikTok กว่า 500 ล้านบาท",
        "แพลตฟอร์มวิดีโอสั้นชื่อดังซึ่งก่อนหน้านี้เคยถูกห้ามใช้ในอุปกรณ์ของเจ้าหน้าที่รัฐในหลายประเทศ "
        "ล่าสุดสำนักงานคณะกรรมาธิการด้านข้อมูลข่าวสารแห่งสหราชอาณาจักร (ICO) ประกาศสั่งปรับ TikTok เป็นเงิน 12.7 ล้านปอนด์",
    )
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("fine_or_penalty", "GB")
    # a bill recalled in the first clause, a suit filed after "ขณะที่ล่าสุด": the suit is the news
    b = _analyze(
        "TikTok ในอเมริกา",
        "ก่อนหน้านี้ สภาคองเกรสผ่านกฎหมายบังคับขาย TikTok ขณะที่ล่าสุด กระทรวงยุติธรรมสหรัฐฯ ยื่นฟ้อง TikTok ฐานเก็บข้อมูลเด็ก",
    )
    assert b.label == "new_action", (b.label, b.actions)
    assert (b.actions[0].type, b.actions[0].jurisdiction) == ("lawsuit_by_government", "US")


def test_thai_spellings_of_the_name() -> None:
    for name in ("ติ๊กต็อก", "ติ๊กต๊อก", "ทิกท็อก", "ติกต็อก"):
        a = _analyze(f"เนปาลสั่งแบน{name}ทั่วประเทศ", "รัฐบาลเนปาลระบุว่ามาตรการมีผลทันที")
        assert a.label == "new_action", (name, a.label)
    # a creator (ติ๊กต็อกเกอร์) is not the app
    b = _analyze("ตำรวจสั่งห้ามติ๊กต็อกเกอร์ไลฟ์สดในพื้นที่", "เจ้าหน้าที่ระบุว่าเพื่อความปลอดภัย")
    assert b.label != "new_action", (b.label, b.actions)
