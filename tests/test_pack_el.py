"""Greek pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.analyze import analyze_article
from tests.pack_cases import assert_label, assert_new_action

NEW = [
    # bans, in the inflected forms Greek news uses, and in a headline written in capitals without accents
    (
        "Η Αλβανία απαγορεύει το TikTok για έναν χρόνο",
        "Ο πρωθυπουργός Έντι Ράμα είπε ότι η πρόσβαση θα κοπεί σε όλη τη χώρα.",
        "ban_national",
        "AL",
    ),
    ("Μπλόκο στο TikTok από το Νεπάλ", "Η κυβέρνηση του Κατμαντού έκοψε την πρόσβαση στην πλατφόρμα.", "ban_national", "NP"),
    ("ΤΟ ΝΕΠΑΛ ΑΠΑΓΟΡΕΥΕΙ ΤΟ TIKTOK", "Η απόφαση ισχύει από σήμερα.", "ban_national", "NP"),
    ("Η πολιτεία της Μοντάνα απαγόρευσε το TikTok", "Ο κυβερνήτης υπέγραψε την απόφαση την Τετάρτη.", "ban_regional", "US-MT"),
    # device bans: officials' phones in Greece, Cyprus and France
    (
        "Ο Μητσοτάκης απαγόρευσε το TikTok στα υπηρεσιακά κινητά των υπουργών",
        "Η οδηγία αφορά όλα τα μέλη του υπουργικού συμβουλίου.",
        "ban_government_devices",
        "GR",
    ),
    (
        "Η κυπριακή κυβέρνηση απαγορεύει το TikTok στις κυβερνητικές συσκευές",
        "Οι υπάλληλοι έχουν δύο εβδομάδες για να διαγράψουν την εφαρμογή.",
        "ban_government_devices",
        "CY",
    ),
    (
        "Γαλλία: Τέλος το TikTok για τους δημόσιους υπαλλήλους",
        "Η εφαρμογή δεν θα μπορεί πλέον να εγκατασταθεί στα επαγγελματικά τηλέφωνα.",
        "ban_government_devices",
        "FR",
    ),
    # a town bans the app on what it runs
    (
        "Ο Δήμος Θεσσαλονίκης απαγόρευσε το TikTok στους υπολογιστές των υπηρεσιών του",
        "Η απόφαση ελήφθη για λόγους κυβερνοασφάλειας.",
        "ban_government_devices",
        "GR",
    ),
    # fines: the Irish DPC, the Hellenic DPA, the Commission, with amounts and in the genitive
    (
        "Πρόστιμο 530 εκατ. ευρώ στο TikTok από την ιρλανδική Αρχή Προστασίας Δεδομένων",
        "Η DPC έκρινε ότι δεδομένα Ευρωπαίων χρηστών μεταφέρθηκαν στην Κίνα.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Η Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα επέβαλε πρόστιμο στην TikTok",
        "Η ελληνική αρχή εξέτασε καταγγελία χρήστη για τη διαβίβαση δεδομένων.",
        "fine_or_penalty",
        "GR",
    ),
    (
        "Καμπάνα της Κομισιόν στο TikTok για τις διαφημίσεις",
        "Η Ευρωπαϊκή Επιτροπή επέβαλε πρόστιμο 500 εκατ. ευρώ βάσει του νόμου για τις ψηφιακές υπηρεσίες.",
        "fine_or_penalty",
        "EU",
    ),
    # lawsuits and prosecutions by a government
    (
        "Το Τέξας μηνύει το TikTok για την προστασία των ανηλίκων",
        "Ο γενικός εισαγγελέας της πολιτείας κατέθεσε αγωγή.",
        "lawsuit_by_government",
        "US-TX",
    ),
    (
        "Αγωγή κατά του TikTok κατέθεσε η πολιτεία της Ιντιάνα",
        "Η πολιτεία κατηγορεί την πλατφόρμα ότι παραπλανά τους γονείς.",
        "lawsuit_by_government",
        "US-IN",
    ),
    # investigations: the Commission, a Greek prosecutor, the Cypriot data commissioner
    (
        "Η Κομισιόν ξεκινά επίσημη έρευνα κατά του TikTok",
        "Οι Βρυξέλλες θα εξετάσουν αν η πλατφόρμα παραβίασε τους κανόνες για τις εκλογές.",
        "investigation_opened",
        "EU",
    ),
    (
        "Η Εισαγγελία Ανηλίκων Αθηνών παρήγγειλε προκαταρκτική έρευνα για το TikTok",
        "Στο επίκεντρο βρίσκεται μια επικίνδυνη πρόκληση που κυκλοφορεί στην πλατφόρμα.",
        "investigation_opened",
        "GR",
    ),
    (
        "Ο Επίτροπος Προστασίας Δεδομένων της Κύπρου διερευνά το TikTok",
        "Το Γραφείο εξετάζει πώς η εφαρμογή χειρίζεται δεδομένα παιδιών.",
        "investigation_opened",
        "CY",
    ),
    # a law signed, a law passed by the Greek parliament
    (
        "Ο Μπάιντεν υπέγραψε τον νόμο που υποχρεώνει την ByteDance να πουλήσει το TikTok",
        "Ο Αμερικανός πρόεδρος έβαλε την υπογραφή του την Τετάρτη.",
        "law_enacted",
        "US",
    ),
    (
        "Η Βουλή ψήφισε το νομοσχέδιο που κόβει το TikTok στους κάτω των 15",
        "Το υπουργείο Ψηφιακής Διακυβέρνησης θα ελέγχει την ηλικία των χρηστών.",
        "law_enacted",
        "GR",
    ),
    # orders to sell, to wind up, to act
    (
        "Η Ουάσινγκτον διατάζει την ByteDance να πουλήσει το TikTok",
        "Η εταιρεία έχει 90 ημέρες για να βρει αγοραστή.",
        "divestiture_order",
        "US",
    ),
    (
        "Ο Καναδάς διέταξε το κλείσιμο των γραφείων του TikTok",
        "Η κυβέρνηση της Οττάβας επικαλέστηκε λόγους εθνικής ασφάλειας.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Η ΕΕΤΤ διέταξε το TikTok να αφαιρέσει παράνομο περιεχόμενο",
        "Η ελληνική αρχή έδωσε προθεσμία 48 ωρών.",
        "regulatory_order",
        "GR",
    ),
    # a supreme court keeping the law in force is an act of its own
    (
        "Το Ανώτατο Δικαστήριο των ΗΠΑ επικύρωσε τον νόμο για το TikTok",
        "Η απόφαση ελήφθη ομόφωνα.",
        "other",
        "US",
    ),
]

NOT_NEW = [
    # proposals, bills, threats, calls, questions
    (
        "Η κυβέρνηση εξετάζει το ενδεχόμενο απαγόρευσης του TikTok στην Ελλάδα",
        "Οι αποφάσεις αναμένονται τις επόμενες εβδομάδες.",
        "proposed_or_threatened",
    ),
    (
        "Κατατέθηκε στη Βουλή νομοσχέδιο για απαγόρευση του TikTok σε ανηλίκους",
        "Η συζήτηση θα ξεκινήσει τον επόμενο μήνα.",
        "proposed_or_threatened",
    ),
    ("Ο Τραμπ απειλεί να απαγορεύσει το TikTok", "Ο πρόεδρος δίνει προθεσμία στην ByteDance.", "proposed_or_threatened"),
    ("Βουλευτές ζητούν την απαγόρευση του TikTok στην Κύπρο", "Η πρόταση θα συζητηθεί στην επιτροπή.", "proposed_or_threatened"),
    ("Απαγόρευση του TikTok και στην Ελλάδα;", "Η συζήτηση ανοίγει μετά τις αποφάσεις άλλων χωρών.", "proposed_or_threatened"),
    ("ΕΡΧΕΤΑΙ ΜΠΛΟΚΟ ΣΤΟ TIKTOK ΓΙΑ ΤΟΥΣ ΑΝΗΛΙΚΟΥΣ", "Το σχέδιο θα παρουσιαστεί σύντομα.", "proposed_or_threatened"),
    # the US House passing a bill is not yet a law
    (
        "Η Βουλή των Αντιπροσώπων ψήφισε νομοσχέδιο κατά του TikTok",
        "Το κείμενο πηγαίνει τώρα στη Γερουσία.",
        "proposed_or_threatened",
    ),
    # lifted, postponed, negated
    ("Η Ινδονησία ήρε την απαγόρευση του TikTok", "Η εφαρμογή είναι ξανά διαθέσιμη.", "not_action"),
    ("Ο Τραμπ ανέβαλε την απαγόρευση του TikTok για 75 ημέρες", "Η εφαρμογή συνεχίζει να λειτουργεί στις ΗΠΑ.", "not_action"),
    ("Η Ελλάδα δεν θα απαγορεύσει το TikTok", "Ο υπουργός είπε ότι προτιμά την ενημέρωση των γονέων.", "not_action"),
    # an act against another company
    (
        "Η Κομισιόν επέβαλε πρόστιμο στη Meta",
        "Η εταιρεία θα πληρώσει 800 εκατ. ευρώ. Στο μικροσκόπιο βρίσκεται και το TikTok.",
        "not_action",
    ),
    ("Η Ρωσία μπλόκαρε το Telegram", "Η υπηρεσία δεν είναι προσβάσιμη. Το TikTok λειτουργεί κανονικά.", "not_action"),
    # a past ban recalled as background
    (
        "Το TikTok παρουσίασε νέα λειτουργία για δημιουργούς",
        "Η εφαρμογή, που απαγορεύεται στην Ινδία από το 2020, συνεχίζει να μεγαλώνει.",
        "background_only",
    ),
    # a court blocking the act, TikTok going to court
    (
        "Ομοσπονδιακός δικαστής μπλόκαρε την απαγόρευση του TikTok στη Μοντάνα",
        "Ο νόμος δεν θα εφαρμοστεί όσο εκκρεμεί η υπόθεση.",
        "court_blocks_action",
    ),
    (
        "Το TikTok προσφεύγει στη δικαιοσύνη κατά της απαγόρευσης στη Μοντάνα",
        "Η εταιρεία υποστηρίζει ότι ο νόμος παραβιάζει το Σύνταγμα.",
        "tiktok_challenges_action",
    ),
    (
        "Η ByteDance κατέθεσε αγωγή κατά της αμερικανικής κυβέρνησης",
        "Η μητρική του TikTok ζητά να ακυρωθεί ο νόμος.",
        "tiktok_challenges_action",
    ),
    # the platform's own steps, private plaintiffs, a study, a poll
    ("Το TikTok απαγορεύει τα φίλτρα ομορφιάς για ανηλίκους", "Η αλλαγή ισχύει σε όλη την Ευρώπη.", "not_action"),
    ("Το TikTok μπλόκαρε λογαριασμούς που διέδιδαν ψευδείς ειδήσεις", "Η πλατφόρμα ανακοίνωσε τα στοιχεία σε έκθεση.", "not_action"),
    ("Επτά οικογένειες μηνύουν το TikTok στη Γαλλία", "Οι γονείς κατηγορούν την πλατφόρμα για βλαβερό περιεχόμενο.", "not_action"),
    ("Έρευνα: Το TikTok επηρεάζει τον ύπνο των εφήβων", "Οι επιστήμονες μελέτησαν 2.000 μαθητές.", "not_action"),
    ("Δημοσκόπηση: Οι μισοί Έλληνες θέλουν απαγόρευση του TikTok", "Η μέτρηση έγινε τον Μάρτιο.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("el", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("el", title, text, label)


# Accents move and drop as Greek inflects and as headlines go to capitals: the genitive of a fine
# ("του προστίμου"), a plural of sanctions ("κυρώσεις"), a headline in capitals.
@pytest.mark.parametrize(
    ("title", "text", "type_", "code"),
    [
        ("ΠΡΟΣΤΙΜΟ 345 ΕΚΑΤ. ΕΥΡΩ ΣΤΟ TIKTOK ΑΠΟ ΤΗΝ ΙΡΛΑΝΔΙΚΗ DPC", "Η αρχή εξέτασε τα δεδομένα ανηλίκων.", "fine_or_penalty", "IE"),
        ("Κυρώσεις σε βάρος του TikTok από τη Ρωσία", "Η Μόσχα κατηγορεί την πλατφόρμα για παράνομο περιεχόμενο.", "fine_or_penalty", "RU"),
        (
            "Η ΕΕ ερευνά το TikTok για τις εκλογές στη Ρουμανία",
            "Η Κομισιόν θέλει να δει τον ρόλο του αλγορίθμου.",
            "investigation_opened",
            "EU",
        ),
        ("Η Τουρκία έκλεισε την πρόσβαση στο TikTok", "Οι χρήστες δεν μπορούν να ανοίξουν την εφαρμογή.", "ban_national", "TR"),
        ("Ο Ράμα: «Κλείνουμε το TikTok για έναν χρόνο»", "Ο Αλβανός πρωθυπουργός μίλησε σε γονείς και δασκάλους.", "ban_national", "AL"),
        (
            "Η Ινδονησία αναστέλλει την άδεια του TikTok",
            "Το υπουργείο Επικοινωνιών ζήτησε στοιχεία από την εταιρεία.",
            "regulatory_order",
            "ID",
        ),
        (
            "Η Αρχή Προστασίας Δεδομένων της Κύπρου επέβαλε πρόστιμο στην TikTok",
            "Η απόφαση αφορά λογαριασμούς ανηλίκων.",
            "fine_or_penalty",
            "CY",
        ),
        # a Greek question is a clause ending in ";", and the headline's own act is a sentence of its own
        ("Η Αλβανία απαγόρευσε το TikTok. Τι σημαίνει αυτό;", "Η κυβέρνηση στα Τίρανα έδωσε προθεσμία ενός μήνα.", "ban_national", "AL"),
    ],
)
def test_inflected_and_capitalised_acts(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("el", title, text, type_, code)


@pytest.mark.parametrize(
    ("title", "text", "label"),
    [
        ("Θα απαγορευτεί το TikTok στην Ελλάδα;", "Η κυβέρνηση δεν έχει πάρει ακόμη απόφαση.", "proposed_or_threatened"),
        ("Ο Ερντογάν απειλεί να κλείσει το TikTok", "Ο Τούρκος πρόεδρος επικρίνει την πλατφόρμα.", "proposed_or_threatened"),
        ("Το TikTok θα ασκήσει έφεση κατά του προστίμου", "Η εταιρεία διαφωνεί με την απόφαση της DPC.", "tiktok_challenges_action"),
        (
            "Η TikTok προσέφυγε κατά του προστίμου των 530 εκατ. ευρώ",
            "Η εταιρεία κατέθεσε την προσφυγή στο Δουβλίνο.",
            "tiktok_challenges_action",
        ),
        ("Το Πακιστάν ξεμπλόκαρε το TikTok", "Η εφαρμογή λειτουργεί ξανά κανονικά.", "not_action"),
        ("Η Ινδία είχε απαγορεύσει το TikTok", "Η απόφαση ελήφθη μετά τις συγκρούσεις στα σύνορα.", "background_only"),
        ("Νέα έρευνα δείχνει ότι το TikTok εθίζει τα παιδιά", "Το πανεπιστήμιο μελέτησε χιλιάδες εφήβους.", "not_action"),
        ("Ποιες χώρες έχουν απαγορεύσει το TikTok", "Η Ινδία ήταν η πρώτη, το 2020.", "not_action"),
        # a foreign parliament is not Greece's: the country that opens the headline acts
        ("Αυστραλία: Η Βουλή ψήφισε νόμο που κόβει το TikTok στους κάτω των 16", "Οι πλατφόρμες έχουν έναν χρόνο.", "new_action"),
    ],
)
def test_questions_threats_appeals_and_background(title: str, text: str, label: str) -> None:
    assert_label("el", title, text, label)


def test_a_foreign_parliament_acts_for_its_own_country() -> None:
    a = analyze_article("Αυστραλία: Η Βουλή ψήφισε νόμο που κόβει το TikTok στους κάτω των 16", "", "2025-03-01", None, "el")
    assert a.actions[0].jurisdiction == "AU", a.actions
