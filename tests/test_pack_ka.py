"""Georgian pack: phrasings written for this file (headline, lead), not taken from any outlet.

Georgian fuses case endings to the noun and preverbs to the verb, so the triggers are stems that
allow both: აკრძალა / აიკრძალა / იკრძალება (banned, was banned, is banned), დაბლოკა / დაიბლოკა,
დააჯარიმა / დაჯარიმდა. Case says who acts: "TikTok-მა უჩივლა" (ergative: TikTok sued) is TikTok
going to court, "ტეხასმა TikTok-ს უჩივლა" (dative: TikTok is sued) is a government's suit.
"""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from monitor.packs import load_pack
from tests.pack_cases import assert_identified, assert_label, assert_new_action, assert_no_new_action

NEW = [
    # Georgia's own bodies
    (
        "სახელმწიფო უსაფრთხოების სამსახურმა TikTok-ზე წვდომა დროებით შეზღუდა",
        "გადაწყვეტილება ყალბი ინფორმაციის გავრცელების აღსაკვეთად მიიღეს.",
        "ban_national",
        "GE",
    ),
    ("ტიკტოკი საქართველოში დაბლოკეს", "სუს-ის გადაწყვეტილებით სოციალურ ქსელზე წვდომა დროებით შეიზღუდა.", "ban_national", "GE"),
    (
        "საქართველოს მთავრობამ საჯარო მოხელეებს სამსახურებრივ ტელეფონებზე TikTok-ის გამოყენება აუკრძალა",
        "გადაწყვეტილება დაუყოვნებლივ შედის ძალაში.",
        "ban_government_devices",
        "GE",
    ),
    (
        "კომუნიკაციების კომისიამ TikTok-ი 500 ათასი ლარით დააჯარიმა",
        "კომისიის თქმით, პლატფორმამ არასრულწლოვანთა დაცვის წესები დაარღვია.",
        "fine_or_penalty",
        "GE",
    ),
    # the passive "was fined" in the headline, the fining body in the lead
    (
        "TikTok-ი საქართველოში დაჯარიმდა",
        "კომუნიკაციების ეროვნულმა კომისიამ პლატფორმას 100 ათასი ლარის ჯარიმა დააკისრა.",
        "fine_or_penalty",
        "GE",
    ),
    (
        "პერსონალურ მონაცემთა დაცვის სამსახურმა TikTok-ის შემოწმება დაიწყო",
        "სამსახური პლატფორმის მიერ არასრულწლოვანთა მონაცემების დამუშავებას შეისწავლის.",
        "investigation_opened",
        "GE",
    ),
    (
        "საქართველოს პროკურატურამ TikTok-ის წინააღმდეგ გამოძიება დაიწყო",
        "უწყება პლატფორმის მიერ არასრულწლოვანთა დაცვის წესების დარღვევას იძიებს.",
        "investigation_opened",
        "GE",
    ),
    (
        "საქართველოს პარლამენტმა მესამე მოსმენით მიიღო კანონი, რომელიც ბავშვებისთვის TikTok-ის გამოყენებას ზღუდავს",
        "კანონი გამოქვეყნებისთანავე ამოქმედდება.",
        "law_enacted",
        "GE",
    ),
    (
        "საქართველოს პრეზიდენტმა ხელი მოაწერა კანონს, რომელიც TikTok-ის მსგავს პლატფორმებს არეგულირებს",
        "კანონი ოფიციალური გამოქვეყნებიდან ამოქმედდება.",
        "law_enacted",
        "GE",
    ),
    (
        "კომუნიკაციების კომისიამ TikTok-ს მავნე ვიდეოების წაშლა მოსთხოვა",
        "პლატფორმამ ერთ კვირაში უნდა უპასუხოს.",
        "regulatory_order",
        "GE",
    ),
    # neighbours
    (
        "სომხეთში TikTok-ზე წვდომა შეიზღუდა",
        "სომხეთის მთავრობამ გადაწყვეტილება საომარი მდგომარეობის გამო მიიღო.",
        "ban_national",
        "AM",
    ),
    (
        "აზერბაიჯანმა TikTok-ი დაბლოკა",
        "აზერბაიჯანის სახელმწიფო უსაფრთხოების სამსახურის თქმით, ზომა დროებითია.",
        "ban_national",
        "AZ",
    ),
    (
        "როსკომნადზორმა TikTok-ი 3 მილიონი რუბლით დააჯარიმა",
        "რეგულატორის თქმით, პლატფორმამ აკრძალული მასალა არ წაშალა.",
        "fine_or_penalty",
        "RU",
    ),
    (
        "უკრაინამ სამხედროებს სამსახურებრივ ტელეფონებზე TikTok-ის გამოყენება აუკრძალა",
        "თავდაცვის სამინისტროს თქმით, აპლიკაცია უსაფრთხოებას საფრთხეს უქმნის.",
        "ban_government_devices",
        "UA",
    ),
    # elsewhere
    (
        "ალბანეთმა TikTok-ი ერთი წლით დაბლოკა",
        "პრემიერ-მინისტრმა ედი რამამ გადაწყვეტილება სკოლაში მომხდარი მკვლელობის შემდეგ გამოაცხადა.",
        "ban_national",
        "AL",
    ),
    ("ნეპალის მთავრობამ TikTok-ი აკრძალა", "მთავრობის თქმით, აპლიკაცია სოციალურ ჰარმონიას არღვევს.", "ban_national", "NP"),
    (
        "ყირგიზეთში TikTok-ი აიკრძალა",
        "სამინისტრომ გადაწყვეტილება ბავშვების ფსიქიკური ჯანმრთელობის დასაცავად მიიღო.",
        "ban_national",
        "KG",
    ),
    # "შეერთებული შტატები" is the country, not one of its states
    ("ამერიკის შეერთებულმა შტატებმა TikTok-ი აკრძალა", "კანონი კვირას ამოქმედდა.", "ban_national", "US"),
    (
        "ბრიტანეთის მთავრობამ TikTok-ი სამთავრობო ტელეფონებზე აკრძალა",
        "მინისტრებს აპლიკაციის წაშლა დაევალათ.",
        "ban_government_devices",
        "GB",
    ),
    # the app suspended by a government (TikTok in the nominative is the object)
    (
        "სენეგალმა TikTok-ი შეაჩერა",
        "ხელისუფლების თქმით, აპლიკაცია ძალადობის გავრცელებისთვის გამოიყენებოდა.",
        "ban_national",
        "SN",
    ),
    # a regulator named by its country's adjective
    (
        "ფრანგულმა რეგულატორმა TikTok-ს 5 მილიონი ევროს ჯარიმა დააკისრა",
        "რეგულატორის თქმით, ქუქი ფაილების უარყოფა მომხმარებლებისთვის რთული იყო.",
        "fine_or_penalty",
        "FR",
    ),
    # object first: TikTok in the nominative of a past act is the one blocked
    ("TikTok-ი ალბანეთის მთავრობამ დაბლოკა", "გადაწყვეტილება ერთი წლით მოქმედებს.", "ban_national", "AL"),
    # a headline ban whose first sentence names the officials' phones
    (
        "დანიაში TikTok-ი აიკრძალა",
        "აკრძალვა სამინისტროების თანამშრომლების სამსახურებრივ ტელეფონებს ეხება.",
        "ban_government_devices",
        "DK",
    ),
    # a ban by a court's order is an act, not a court blocking one
    (
        "პაკისტანის სასამართლომ TikTok-ის დაბლოკვა დაავალა",
        "სასამართლოს განმარტებით, პლატფორმაზე არაეთიკური კონტენტი ვრცელდება.",
        "ban_national",
        "PK",
    ),
    (
        "ირლანდიის მარეგულირებელმა TikTok-ი 530 მილიონი ევროთი დააჯარიმა",
        "DPC-მ დაადგინა, რომ პლატფორმა ევროპელი მომხმარებლების მონაცემებს ჩინეთში გზავნიდა.",
        "fine_or_penalty",
        "IE",
    ),
    # a GDPR fine credited to "the EU" is the Irish regulator's
    (
        "ევროკავშირმა TikTok-ს 345 მილიონი ევროს ჯარიმა დააკისრა",
        "ჯარიმა ბავშვების პერსონალური მონაცემების დაცვას ეხება.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "ევროკომისიამ TikTok-ის წინააღმდეგ ოფიციალური გამოძიება დაიწყო",
        "ბრიუსელი შეამოწმებს, არღვევს თუ არა პლატფორმა ციფრული სერვისების აქტს.",
        "investigation_opened",
        "EU",
    ),
    (
        "კანადამ TikTok-ს ქვეყანაში ოფისების დახურვა უბრძანა",
        "ოტავას მთავრობამ ეროვნული უსაფრთხოების რისკი მოიყვანა.",
        "business_wind_up_order",
        "CA",
    ),
    # TikTok in the dative is the one sued
    (
        "ტეხასმა TikTok-ს სასამართლოში უჩივლა",
        "შტატის გენერალური პროკურორი პლატფორმას ბავშვების მონაცემების დაუცველობაში ადანაშაულებს.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "ფლორიდის გენერალურმა პროკურორმა TikTok-ის წინააღმდეგ სარჩელი შეიტანა",
        "შტატი პლატფორმას მომხმარებლების შეცდომაში შეყვანაში ადანაშაულებს.",
        "lawsuit_by_government",
        "US-FL",
    ),
    (
        "აშშ-ის იუსტიციის დეპარტამენტმა TikTok-ს უჩივლა",
        "სარჩელი ბავშვების მონაცემების შეგროვებას ეხება.",
        "lawsuit_by_government",
        "US",
    ),
    (
        "ტეხასის გენერალურმა პროკურორმა TikTok-ის წინააღმდეგ გამოძიება დაიწყო",
        "პაქსტონის თქმით, პლატფორმა ბავშვების კანონს არღვევს.",
        "investigation_opened",
        "US-TX",
    ),
    (
        "ბაიდენმა ხელი მოაწერა კანონს, რომელიც ByteDance-ს TikTok-ის გაყიდვას ავალდებულებს",
        "აშშ-ის პრეზიდენტმა დოკუმენტს ოთხშაბათს მოაწერა ხელი.",
        "law_enacted",
        "US",
    ),
    ("ტრამპმა ByteDance-ს TikTok-ის გაყიდვა უბრძანა", "კომპანიას 90 დღე მიეცა.", "divestiture_order", "US"),
    (
        "ევროკომისიამ დაადგინა, რომ TikTok-მა რეკლამის წესები დაარღვია",
        "ეს კომისიის წინასწარი დასკვნაა.",
        "other",
        "EU",
    ),
]

NOT_NEW = [
    # proposals, threats, "may be banned", "must be banned", a conditional
    (
        "საქართველოს პარლამენტში TikTok-ის აკრძალვის კანონპროექტი დარეგისტრირდა",
        "დეპუტატები ინიციატივას მომავალ თვეში განიხილავენ.",
        "proposed_or_threatened",
    ),
    ("ტრამპი TikTok-ის აკრძალვით იმუქრება", "პრეზიდენტი აპლიკაციის დაბლოკვის შესაძლებლობას განიხილავს.", "proposed_or_threatened"),
    ("აშშ-ში TikTok-ი შეიძლება აიკრძალოს", "კონგრესი საკითხს განიხილავს.", "proposed_or_threatened"),
    ("დეპუტატი: TikTok-ი უნდა აიკრძალოს", "პარლამენტარმა ბავშვების უსაფრთხოება მოიშველია.", "proposed_or_threatened"),
    ("აშშ TikTok-ს აკრძალავს, თუ კომპანია არ გაიყიდება", "თეთრმა სახლმა კომპანიას საბოლოო ვადა მისცა.", "proposed_or_threatened"),
    (
        "ევროკომისია TikTok-ის წინააღმდეგ გამოძიების დაწყებას გეგმავს",
        "კომისია წინასწარ მონაცემებს აანალიზებს.",
        "proposed_or_threatened",
    ),
    (
        "ოპოზიცია მთავრობას TikTok-ის დაბლოკვისკენ მოუწოდებს",
        "პარტიის განცხადებით, პლატფორმა დეზინფორმაციას ავრცელებს.",
        "proposed_or_threatened",
    ),
    (
        "ყაზახეთის პარლამენტი TikTok-ის აკრძალვას განიხილავს",
        "დეპუტატები ბავშვების დაცვაზე საუბრობენ.",
        "proposed_or_threatened",
    ),
    # lifted, restored, delayed
    ("საქართველოში TikTok-ზე დაწესებული შეზღუდვა მოიხსნა", "აპლიკაცია კვლავ ხელმისაწვდომია.", "not_action"),
    ("TikTok-ი აზერბაიჯანში განბლოკეს", "სოციალურ ქსელზე წვდომა აღდგა.", "not_action"),
    ("აშშ-ში TikTok-ის გაყიდვის ვადა კიდევ ერთხელ გადავადდა", "ტრამპმა შესაბამის ბრძანებულებას ხელი მოაწერა.", "not_action"),
    # another company's fine or block
    (
        "ევროკომისიამ Meta დააჯარიმა",
        "Facebook-ი 800 მილიონ ევროს გადაიხდის. TikTok-იც ყურადღების ცენტრშია.",
        "not_action",
    ),
    ("სუს-მა Telegram-ზე წვდომა შეზღუდა", "TikTok-ი კი ჯერჯერობით ხელმისაწვდომია.", "not_action"),
    # a past ban recalled
    (
        "TikTok-მა შემქმნელებისთვის ახალი ფუნქცია წარადგინა",
        "2020 წლიდან ინდოეთში აკრძალული აპლიკაცია ზრდას აგრძელებს.",
        "background_only",
    ),
    (
        "TikTok-ი ახალ ფუნქციას ტესტავს",
        "შეგახსენებთ, რომ TikTok-ზე წვდომა 2022 წლის სექტემბერში შეიზღუდა.",
        "background_only",
    ),
    ("TikTok-ი შარშან ნეპალში აკრძალეს", "პლატფორმა ახლა კვლავ ხელმისაწვდომია.", "background_only"),
    # a court blocks the ban
    (
        "სასამართლომ მონტანაში TikTok-ის აკრძალვა შეაჩერა",
        "ფედერალურმა მოსამართლემ კანონის ამოქმედება დაბლოკა.",
        "court_blocks_action",
    ),
    (
        "ფედერალურმა მოსამართლემ დაბლოკა მონტანის კანონი, რომელიც TikTok-ს კრძალავს",
        "მოსამართლის თქმით, კანონი სავარაუდოდ არაკონსტიტუციურია.",
        "court_blocks_action",
    ),
    # TikTok goes to court (TikTok in the ergative or nominative sues)
    (
        "TikTok-მა მონტანის აკრძალვა სასამართლოში გაასაჩივრა",
        "კომპანია კანონს ფედერალურ სასამართლოში ედავება.",
        "tiktok_challenges_action",
    ),
    (
        "TikTok-მა აშშ-ის მთავრობას უჩივლა",
        "კომპანია კანონს კონსტიტუციის საწინააღმდეგოდ მიიჩნევს.",
        "tiktok_challenges_action",
    ),
    (
        "TikTok-ი აშშ-ის მთავრობას სასამართლოში უჩივის",
        "კომპანიის აზრით, გაყიდვის კანონი არაკონსტიტუციურია.",
        "tiktok_challenges_action",
    ),
    # negation, TikTok's own steps, private plaintiffs
    ("მთავრობა TikTok-ს არ აკრძალავს", "მინისტრის თქმით, არანაირი აკრძალვა არ იგეგმება.", "not_action"),
    ("განათლების სამინისტრო: TikTok-ის აკრძალვას არ ვგეგმავთ", "სამინისტრომ განცხადება გაავრცელა.", "not_action"),
    ("აზერბაიჯანმა განაცხადა, რომ TikTok-ს არ დაბლოკავს", "სამინისტრომ ამის შესახებ ინფორმაცია გაავრცელა.", "not_action"),
    ("TikTok-მა არჩევნების წინ ათასობით ყალბი ანგარიში დაბლოკა", "კომპანიამ ამის შესახებ ანგარიშში დაწერა.", "not_action"),
    ("TikTok-მა რუსეთში საქმიანობა შეწყვიტა", "კომპანიამ მიზეზად ახალი კანონი დაასახელა.", "not_action"),
    (
        "მშობლებმა TikTok-ს სასამართლოში უჩივლეს",
        "ოჯახები ამტკიცებენ, რომ პლატფორმა ბავშვებს ზიანს აყენებს.",
        "not_action",
    ),
    (
        "TikTok-მა 16 წლამდე მომხმარებლებისთვის ასაკობრივი შეზღუდვა დააწესა",
        "ახალი წესი ყველა ქვეყანაში მოქმედებს.",
        "not_action",
    ),
    # "about TikTok", a research study, a poll, an explainer
    (
        "სამინისტროს განცხადება TikTok-თან დაკავშირებით",
        "სამინისტრომ სოციალურ ქსელთან დაკავშირებული ზოგიერთი ბრალდება უარყო.",
        "not_action",
    ),
    ("ახალი კვლევა: TikTok-ი მოზარდების ძილზე მოქმედებს", "მეცნიერებმა 2 ათასი მოზარდი გამოკითხეს.", "not_action"),
    (
        "გამოკითხვა: ქართველების ნახევარი TikTok-ის აკრძალვას უჭერს მხარს",
        "გამოკითხვაში ათასმა ადამიანმა მიიღო მონაწილეობა.",
        "not_action",
    ),
    # under a headline, a body act with nobody who took it
    ("TikTok-ის ირგვლივ ახალი სკანდალი", "აპლიკაცია რამდენიმე ქვეყანაში დაბლოკეს.", "not_action"),
    # TikTok as the subject of a present act, or its own rules, is the platform's step
    (
        "TikTok-ი 18 წლამდე მომხმარებლებისთვის სილამაზის ფილტრებს კრძალავს",
        "ცვლილება მომავალ თვეში ამოქმედდება.",
        "not_action",
    ),
    ("TikTok-ის წესებით აკრძალულია ძალადობრივი ვიდეოები", "პლატფორმამ წესები განაახლა.", "not_action"),
    # TikTok (in the ergative) pausing its own feature is no suspension of the app
    ("TikTok-მა ახალი ფუნქცია ევროპაში შეაჩერა", "კომპანიამ ევროკომისიის კითხვებს უპასუხა.", "not_action"),
    # a political bloc ("ბლოკი") is no block
    ("ოპოზიციური ბლოკი TikTok-ზე აქტიურად ავრცელებს ვიდეოებს", "პარტიის ლიდერმა ახალი კამპანია დაიწყო.", "not_action"),
    # a person fined, investigated or detained over a video on TikTok: no act against TikTok
    (
        "შსს-მ TikTok-ზე გავრცელებულ ვიდეოსთან დაკავშირებით გამოძიება დაიწყო",
        "ვიდეოში ჩანს, როგორ სცემენ მოზარდს.",
        "not_action",
    ),
    (
        "TikTok-ზე გავრცელებული ვიდეოს გამო ახალგაზრდა 500 ლარით დააჯარიმეს",
        "შსს-ს ინფორმაციით, მან პოლიციელი შეურაცხყო.",
        "not_action",
    ),
    ("TikTok-ერი 500 ლარით დააჯარიმეს", "ახალგაზრდამ პოლიციელი შეურაცხყო.", "not_action"),
    ("შსს-მ ტიკტოკერი დააკავა", "ტიკტოკერს ბრალად პოლიციელის შეურაცხყოფა ედება.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("ka", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("ka", title, text, label)


@pytest.mark.parametrize(
    ("lead", "type_"),
    [
        # the preverbs and version vowels before the root, and the passive and present forms
        ("საქართველოს მთავრობამ TikTok-ი აკრძალა.", "ban_national"),
        ("საქართველოს მთავრობის გადაწყვეტილებით TikTok-ი აიკრძალა.", "ban_national"),
        ("საქართველოს მთავრობის გადაწყვეტილებით ქვეყანაში TikTok-ი იკრძალება.", "ban_national"),
        ("საქართველოს მთავრობამ TikTok-ი დაბლოკა.", "ban_national"),
        ("საქართველოს მთავრობის გადაწყვეტილებით TikTok-ი დაიბლოკა.", "ban_national"),
        ("საქართველოს მთავრობა TikTok-ს ბლოკავს.", "ban_national"),
        ("კომუნიკაციების კომისიამ TikTok-ი დააჯარიმა.", "fine_or_penalty"),
        ("კომუნიკაციების კომისიის გადაწყვეტილებით TikTok-ი დაჯარიმდა.", "fine_or_penalty"),
        ("კომუნიკაციების კომისია TikTok-ს აჯარიმებს.", "fine_or_penalty"),
        ("საქართველოს მთავრობამ ტიკტოკზე წვდომა შეზღუდა.", "ban_national"),
    ],
)
def test_verb_forms_with_preverbs(lead: str, type_: str) -> None:
    assert_new_action("ka", None, lead, type_, "GE")


@pytest.mark.parametrize(
    ("lead", "label", "type_"),
    [
        # "decided that TikTok be blocked": the optative after a decision is the act
        ("საქართველოს მთავრობამ გადაწყვიტა, რომ TikTok-ი ქვეყანაში დაიბლოკოს.", "new_action", "ban_national"),
        # a fine taken and a block that may follow: the fine is the news
        ("კომუნიკაციების კომისიამ TikTok-ი დააჯარიმა, პლატფორმა კი შესაძლოა დაიბლოკოს.", "new_action", "fine_or_penalty"),
        # "must be sold" is a law's content, not a proposal, when the law was signed
        ("ბაიდენმა ხელი მოაწერა კანონს, რომლის თანახმადაც ByteDance-მა TikTok-ი უნდა გაყიდოს.", "new_action", "law_enacted"),
        # "must be banned" alone is a demand
        ("საქართველოს პარლამენტის წევრის თქმით, TikTok-ი უნდა აიკრძალოს.", "proposed_or_threatened", "ban_national"),
    ],
)
def test_a_modal_qualifies_only_the_act_it_governs(lead: str, label: str, type_: str) -> None:
    a = analyze_article(None, lead, "2025-03-01", None, "ka")
    assert a.label == label, (a.label, a.actions)
    assert a.actions[0].type == type_


def test_an_act_by_a_named_body_in_the_lead_outweighs_a_threat_in_the_headline() -> None:
    threat = "ევროკომისია TikTok-ს მილიარდიანი ჯარიმით ემუქრება"
    a = analyze_article(threat, "ევროკომისიამ TikTok-ის წინააღმდეგ ოფიციალური გამოძიება დაიწყო.", "2025-03-01", None, "ka")
    assert a.label == "new_action", (a.label, a.actions)
    assert (a.actions[0].type, a.actions[0].jurisdiction) == ("investigation_opened", "EU")
    b = analyze_article(threat, "გადაწყვეტილება უახლოეს თვეებში იქნება მიღებული.", "2025-03-01", None, "ka")
    assert b.label == "proposed_or_threatened", (b.label, b.actions)


def test_explainer_of_countries_is_no_new_act() -> None:
    assert_no_new_action("ka", "რომელ ქვეყნებშია TikTok-ი აკრძალული? – სია", "TikTok-ი მსოფლიოს 19 ქვეყანაში აიკრძალა.")


def test_supreme_court_upholding_the_ban_is_an_act() -> None:
    assert_new_action(
        "ka",
        "აშშ-ის უზენაესმა სასამართლომ TikTok-ის აკრძალვის კანონი ძალაში დატოვა",
        "კომპანიის საჩივარი არ დაკმაყოფილდა.",
        code="US",
        published="2025-01-17",
    )


def test_sentence_is_identified_as_georgian() -> None:
    assert_identified("ka", "TikTok-ი საქართველოში დაბლოკეს", "სახელმწიფო უსაფრთხოების სამსახურმა გადაწყვეტილება მიიღო.")


@pytest.mark.parametrize(
    ("title", "display", "code"),
    [
        ("თბილისის მერიამ თანამშრომლებს TikTok-ის გამოყენება აუკრძალა", "Tbilisi City Hall", "GE"),
        ("ოზურგეთის მერიამ თანამშრომლებს სამსახურებრივ კომპიუტერებზე TikTok-ის გამოყენება აუკრძალა", "ოზურგეთი City Hall", "GE"),
    ],
)
def test_a_city_hall_bans_on_its_own_devices(title: str, display: str, code: str) -> None:
    assert_new_action("ka", title, "გადაწყვეტილება ორშაბათიდან მოქმედებს.", "ban_government_devices", code, actor=display)


def test_banned_content_is_no_ban_but_a_fine_over_it_is_a_fine() -> None:
    a = analyze_article("TikTok-ზე აკრძალული კონტენტი ვრცელდება", "ექსპერტები მშობლებს სიფრთხილისკენ მოუწოდებენ.", "2025-03-01", None, "ka")
    assert a.label != "new_action", (a.label, a.actions)
    b = analyze_article(
        "რუსეთში TikTok-ი აკრძალული კონტენტის წაუშლელობის გამო დააჯარიმეს",
        "სასამართლომ პლატფორმას 3 მილიონი რუბლის ჯარიმა დააკისრა.",
        "2025-03-01",
        None,
        "ka",
    )
    assert b.label == "new_action", (b.label, b.actions)
    assert (b.actions[0].type, b.actions[0].jurisdiction) == ("fine_or_penalty", "RU")


def test_a_foreign_security_service_is_not_georgias() -> None:
    # the bare name is Georgia's State Security Service; with another country's genitive it is that country's
    a = analyze_article(None, "აზერბაიჯანის სახელმწიფო უსაფრთხოების სამსახურმა TikTok-ი დაბლოკა.", "2025-03-01", None, "ka")
    assert (a.actions[0].jurisdiction, a.actions[0].actor) == ("AZ", "State Security Service (DTX) of Azerbaijan")
    b = analyze_article(None, "სახელმწიფო უსაფრთხოების სამსახურმა TikTok-ი დაბლოკა.", "2025-03-01", None, "ka")
    assert (b.actions[0].jurisdiction, b.actions[0].actor) == ("GE", "State Security Service of Georgia")


def test_place_names_in_their_cases_and_common_words_that_are_not_places() -> None:
    pack = load_pack("ka")

    def codes(text: str) -> list[str]:
        return [code for _, code in pack.find_places(text)]

    assert codes("საქართველოში, რუსეთმა, სომხეთის, აზერბაიჯანს, უკრაინაზე, აშშ-ის, ევროკავშირმა") == [
        "GE", "RU", "AM", "AZ", "UA", "US", "EU",
    ]  # fmt: skip
    assert "DK" not in codes("მთავრობამ ახალი მინისტრი დანიშნა")  # "დანიშნა" (appointed), not Denmark
    assert "GH" not in codes("განა ეს სწორია?")  # "განა" is a particle, not Ghana
    assert "DK" in codes("დანიის მთავრობამ")
