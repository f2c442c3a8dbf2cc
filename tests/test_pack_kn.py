"""Kannada pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from monitor.packs import load_pack
from tests.pack_cases import assert_identified, assert_label, assert_new_action, assert_twins, load_word_pack

NEW = [
    # India's 2020 order under Section 69A, in the words Kannada outlets use for it
    (
        "ಟಿಕ್‌ಟಾಕ್ ಸೇರಿದಂತೆ 59 ಚೀನೀ ಆ್ಯಪ್‌ಗಳನ್ನು ನಿಷೇಧಿಸಿದ ಕೇಂದ್ರ ಸರ್ಕಾರ",
        "ಐಟಿ ಕಾಯ್ದೆಯ ಸೆಕ್ಷನ್ 69ಎ ಅಡಿಯಲ್ಲಿ ಎಲೆಕ್ಟ್ರಾನಿಕ್ಸ್ ಮತ್ತು ಮಾಹಿತಿ ತಂತ್ರಜ್ಞಾನ ಸಚಿವಾಲಯ ಆದೇಶ ಹೊರಡಿಸಿದೆ.",
        "ban_national",
        "IN",
    ),
    ("ಕೇಂದ್ರದಿಂದ ಟಿಕ್‌ಟಾಕ್‌ಗೆ ನಿಷೇಧ", "ದೇಶದ ಸಾರ್ವಭೌಮತ್ವಕ್ಕೆ ಧಕ್ಕೆ ತರುತ್ತಿವೆ ಎಂಬ ಕಾರಣಕ್ಕೆ ಈ ಕ್ರಮ ಕೈಗೊಳ್ಳಲಾಗಿದೆ.", "ban_national", "IN"),
    ("ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸುವಂತೆ ಮದ್ರಾಸ್ ಹೈಕೋರ್ಟ್ ಆದೇಶ", "ಆ್ಯಪ್ ಡೌನ್‌ಲೋಡ್ ತಡೆಯುವಂತೆ ನ್ಯಾಯಪೀಠ ಕೇಂದ್ರಕ್ಕೆ ಸೂಚಿಸಿದೆ.", "ban_national", "IN"),
    ("ನೇಪಾಳದಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ಬ್ಯಾನ್", "ನೇಪಾಳ ಸರ್ಕಾರ ಸಚಿವ ಸಂಪುಟ ಸಭೆಯಲ್ಲಿ ಈ ನಿರ್ಧಾರ ಕೈಗೊಂಡಿದೆ.", "ban_national", "NP"),
    ("ಪಾಕಿಸ್ತಾನದಲ್ಲಿ ಮತ್ತೆ ಟಿಕ್‌ಟಾಕ್ ನಿರ್ಬಂಧಿಸಿದ ಪಿಟಿಎ", "ಅಶ್ಲೀಲ ವಿಷಯದ ಕಾರಣ ಆ್ಯಪ್ ಬ್ಲಾಕ್ ಮಾಡಲಾಗಿದೆ ಎಂದು ಪ್ರಾಧಿಕಾರ ತಿಳಿಸಿದೆ.", "ban_national", "PK"),
    ("ಅಲ್ಬೇನಿಯಾದಲ್ಲಿ ಒಂದು ವರ್ಷ ಟಿಕ್‌ಟಾಕ್ ಬಂದ್", "ಶಾಲೆಯಲ್ಲಿ ನಡೆದ ಹಿಂಸಾಚಾರದ ನಂತರ ಪ್ರಧಾನಿ ಎಡಿ ರಾಮಾ ಈ ನಿರ್ಧಾರ ಪ್ರಕಟಿಸಿದರು.", "ban_national", "AL"),
    ("ಸೆನೆಗಲ್‌ನಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ಅಮಾನತು", "ಹಿಂಸಾತ್ಮಕ ಸಂದೇಶಗಳ ಹರಡುವಿಕೆ ತಡೆಯಲು ಈ ಕ್ರಮ ಎಂದು ಸರ್ಕಾರ ಹೇಳಿದೆ.", "ban_national", "SN"),
    (
        "ಐರ್ಲೆಂಡ್‌ನ ದತ್ತಾಂಶ ಸಂರಕ್ಷಣಾ ಆಯೋಗದಿಂದ ಟಿಕ್‌ಟಾಕ್‌ಗೆ 530 ದಶಲಕ್ಷ ಯೂರೋ ದಂಡ",
        "ಯುರೋಪಿನ ಬಳಕೆದಾರರ ದತ್ತಾಂಶವನ್ನು ಚೀನಾಕ್ಕೆ ಕಳುಹಿಸಲಾಗಿದೆ ಎಂಬುದು ಸಾಬೀತಾಗಿದೆ.",
        "fine_or_penalty",
        "IE",
    ),
    ("ಟಿಕ್‌ಟಾಕ್‌ಗೆ 30 ಲಕ್ಷ ರೂಬಲ್ ದಂಡ ವಿಧಿಸಿದ ರಷ್ಯಾ ನ್ಯಾಯಾಲಯ", "ನಿಷೇಧಿತ ವಿಷಯವನ್ನು ಕಂಪನಿ ತೆಗೆದುಹಾಕಿರಲಿಲ್ಲ.", "fine_or_penalty", "RU"),
    # an EU fine over data sent to China is the Irish regulator's
    (
        "ಯುರೋಪಿಯನ್ ಒಕ್ಕೂಟದಿಂದ ಟಿಕ್‌ಟಾಕ್‌ಗೆ 600 ದಶಲಕ್ಷ ಯೂರೋ ದಂಡ",
        "ಬಳಕೆದಾರರ ಡೇಟಾವನ್ನು ಚೀನಾಕ್ಕೆ ವರ್ಗಾಯಿಸಿದ ಪ್ರಕರಣದಲ್ಲಿ ಈ ದಂಡ ವಿಧಿಸಲಾಗಿದೆ.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "ಟಿಕ್‌ಟಾಕ್ ವಿರುದ್ಧ ಯುರೋಪಿಯನ್ ಕಮಿಷನ್ ಔಪಚಾರಿಕ ತನಿಖೆ ಆರಂಭ",
        "ಡಿಜಿಟಲ್ ಸೇವೆಗಳ ಕಾಯ್ದೆ ಉಲ್ಲಂಘನೆಯಾಗಿದೆಯೇ ಎಂಬುದನ್ನು ಆಯೋಗ ಪರಿಶೀಲಿಸಲಿದೆ.",
        "investigation_opened",
        "EU",
    ),
    ("ಟಿಕ್‌ಟಾಕ್ ಕಂಪನಿ ವಿರುದ್ಧ ಎಫ್‌ಐಆರ್ ದಾಖಲಿಸಿದ ಬೆಂಗಳೂರು ಪೊಲೀಸರು", "ಕೇಳಿದ ಮಾಹಿತಿಯನ್ನು ಕಂಪನಿ ಒದಗಿಸಿಲ್ಲ ಎಂಬ ಆರೋಪವಿದೆ.", "investigation_opened", "IN"),
    (
        "ದೇಶದಲ್ಲಿನ ಕಚೇರಿಗಳನ್ನು ಮುಚ್ಚುವಂತೆ ಟಿಕ್‌ಟಾಕ್‌ಗೆ ಕೆನಡಾ ಸರ್ಕಾರ ಆದೇಶ",
        "ರಾಷ್ಟ್ರೀಯ ಭದ್ರತಾ ಪರಿಶೀಲನೆಯ ನಂತರ ಒಟ್ಟಾವ ಈ ನಿರ್ಧಾರ ತೆಗೆದುಕೊಂಡಿದೆ.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "ಟಿಕ್‌ಟಾಕ್ ವಿರುದ್ಧ ಟೆಕ್ಸಾಸ್ ಮೊಕದ್ದಮೆ",
        "ಆ್ಯಪ್ ಮಕ್ಕಳ ಖಾಸಗಿತನ ಉಲ್ಲಂಘಿಸುತ್ತಿದೆ ಎಂದು ರಾಜ್ಯದ ಅಟಾರ್ನಿ ಜನರಲ್ ಆರೋಪಿಸಿದ್ದಾರೆ.",
        "lawsuit_by_government",
        "US-TX",
    ),
    ("ಇಂಡಿಯಾನಾ ರಾಜ್ಯದಿಂದ ಟಿಕ್‌ಟಾಕ್ ವಿರುದ್ಧ ಎರಡು ಮೊಕದ್ದಮೆ ದಾಖಲು", "ಆ್ಯಪ್ ಗ್ರಾಹಕರನ್ನು ದಾರಿ ತಪ್ಪಿಸುತ್ತಿದೆ ಎಂಬುದು ರಾಜ್ಯದ ಆರೋಪ.", "lawsuit_by_government", "US-IN"),
    (
        "ಟಿಕ್‌ಟಾಕ್ ಮಾರಾಟಕ್ಕೆ ಒತ್ತಾಯಿಸುವ ಮಸೂದೆಗೆ ಬೈಡನ್ ಸಹಿ",
        "ಬೈಟ್‌ಡ್ಯಾನ್ಸ್‌ಗೆ ಈಗ ಒಂಬತ್ತು ತಿಂಗಳ ಕಾಲಾವಕಾಶ ಸಿಕ್ಕಿದೆ.",
        "law_enacted",
        "US",
    ),
    (
        "ಟಿಕ್‌ಟಾಕ್‌ನ ಅಮೆರಿಕ ವಹಿವಾಟನ್ನು ಮಾರಾಟ ಮಾಡುವಂತೆ ಬೈಟ್‌ಡ್ಯಾನ್ಸ್‌ಗೆ ಟ್ರಂಪ್ ಆದೇಶ",
        "ಅಧ್ಯಕ್ಷರು ಕಾರ್ಯಕಾರಿ ಆದೇಶಕ್ಕೆ ಸಹಿ ಹಾಕಿದರು.",
        "divestiture_order",
        "US",
    ),
    (
        "ಟಿಕ್‌ಟಾಕ್‌ಗೆ ಐಟಿ ಸಚಿವಾಲಯದಿಂದ ನೋಟಿಸ್ ಜಾರಿ",
        "24 ಪ್ರಶ್ನೆಗಳಿಗೆ ಒಂದು ವಾರದೊಳಗೆ ಉತ್ತರಿಸುವಂತೆ ಸಚಿವಾಲಯ ಕಂಪನಿಗೆ ಸೂಚಿಸಿದೆ.",
        "regulatory_order",
        "IN",
    ),
    ("ಸರ್ಕಾರಿ ಫೋನ್‌ಗಳಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ಬಳಕೆ ನಿಷೇಧಿಸಿದ ಬ್ರಿಟನ್", "ಸಚಿವರು ಮತ್ತು ಅಧಿಕಾರಿಗಳು ಆ್ಯಪ್ ಅನ್ನು ತೆಗೆದುಹಾಕಬೇಕು.", "ban_government_devices", "GB"),
    ("ಸರ್ಕಾರಿ ಸಾಧನಗಳಿಂದ ಟಿಕ್‌ಟಾಕ್ ತೆಗೆದುಹಾಕಲು ಆದೇಶ", "ಆಸ್ಟ್ರೇಲಿಯಾ ಸರ್ಕಾರ ಭದ್ರತಾ ಕಾರಣಗಳಿಗಾಗಿ ಈ ಸೂಚನೆ ನೀಡಿದೆ.", "ban_government_devices", "AU"),
    # Karnataka's own government: office hours and official phones
    (
        "ಕಚೇರಿ ಸಮಯದಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ಬಳಕೆಗೆ ನಿರ್ಬಂಧ ಹೇರಿದ ರಾಜ್ಯ ಸರ್ಕಾರ",
        "ಸರ್ಕಾರಿ ನೌಕರರು ಕಚೇರಿಯಲ್ಲಿ ವಿಡಿಯೋ ಮಾಡುವಂತಿಲ್ಲ ಎಂದು ಸುತ್ತೋಲೆ ಹೊರಡಿಸಲಾಗಿದೆ.",
        "ban_government_devices",
        "IN",
    ),
    # under a headline about something else, a lead sentence that names who acted
    (
        "ಟಿಕ್‌ಟಾಕ್‌ಗೆ ಮತ್ತೊಂದು ಸಂಕಷ್ಟ",
        "ಅಮೆರಿಕದ ನ್ಯಾಯಾಂಗ ಇಲಾಖೆ ಟಿಕ್‌ಟಾಕ್ ಮತ್ತು ಬೈಟ್‌ಡ್ಯಾನ್ಸ್ ವಿರುದ್ಧ ಮೊಕದ್ದಮೆ ಹೂಡಿದೆ. ಕಂಪನಿ ಮಕ್ಕಳ ಡೇಟಾ ಸಂಗ್ರಹಿಸಿದೆ ಎಂದು ಇಲಾಖೆ ಆರೋಪಿಸಿದೆ.",
        "lawsuit_by_government",
        "US",
    ),
    # "has decided to ban" is how an act taken is reported
    ("ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಲು ಕೇಂದ್ರ ಸರ್ಕಾರ ನಿರ್ಧರಿಸಿದೆ", "", "ban_national", "IN"),
    ("ನ್ಯೂಜಿಲೆಂಡ್ ಸಂಸತ್ತಿನ ಸಾಧನಗಳಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧ", "", "ban_government_devices", "NZ"),
    ("ವಿಯೆಟ್ನಾಂ ಸರ್ಕಾರ ಟಿಕ್‌ಟಾಕ್‌ಗೆ ಗಡುವು ನೀಡಿದೆ", "ಹಾನಿಕಾರಕ ವಿಷಯ ತೆಗೆದುಹಾಕದಿದ್ದರೆ ನಿಷೇಧ ಎದುರಿಸಬೇಕಾಗುತ್ತದೆ.", "regulatory_order", "VN"),
    # a court refusing to stay the ban leaves it in force
    ("ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಕ್ಕೆ ತಡೆ ನೀಡಲು ಸುಪ್ರೀಂ ಕೋರ್ಟ್ ನಿರಾಕರಣೆ", "", "other", "IN"),
    ("ಟಿಕ್‌ಟಾಕ್ ಬ್ಯಾನ್ ವಿರುದ್ಧದ ಅರ್ಜಿ ವಜಾಗೊಳಿಸಿದ ಹೈಕೋರ್ಟ್", "", "other", "IN"),
    # the verb first, the state last; a subsidiary ordered shut, in the first lead sentence
    ("ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಿದ ಅಮೆರಿಕದ ಮೊದಲ ರಾಜ್ಯ ಮೊಂಟಾನಾ", "", "ban_regional", "US-MT"),
    (
        "ಟಿಕ್‌ಟಾಕ್‌ಗೆ ಕೆನಡಾ ಶಾಕ್",
        "ಒಟ್ಟಾವ: ಕೆನಡಾ ಸರ್ಕಾರ ಟಿಕ್‌ಟಾಕ್‌ನ ಕೆನಡಾ ಘಟಕವನ್ನು ಮುಚ್ಚುವಂತೆ ಆದೇಶಿಸಿದೆ. ಆದರೆ ಬಳಕೆದಾರರು ಆ್ಯಪ್ ಬಳಸುವುದನ್ನು ನಿರ್ಬಂಧಿಸಿಲ್ಲ.",
        "business_wind_up_order",
        "CA",
    ),
    # the headline names the act; the lead names the commission
    ("ಟಿಕ್‌ಟಾಕ್‌ಗೆ ₹1 ಲಕ್ಷ ದಂಡ", "ರಾಷ್ಟ್ರೀಯ ಮಕ್ಕಳ ಹಕ್ಕುಗಳ ಸಂರಕ್ಷಣಾ ಆಯೋಗ ಈ ದಂಡ ವಿಧಿಸಿದೆ.", "fine_or_penalty", "IN"),
    ("ಟಿಕ್‌ಟಾಕ್‌ಗೆ ಹೊಸ ತಲೆನೋವು: ಐರೋಪ್ಯ ಒಕ್ಕೂಟ ತನಿಖೆ", "", "investigation_opened", "EU"),
    # the headline says banned, the first lead sentence says whose phones
    ("ಅಮೆರಿಕ ಸಂಸತ್ತಿನಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧ", "ಸಂಸದರ ಮತ್ತು ಸಿಬ್ಬಂದಿಯ ಫೋನ್‌ಗಳಲ್ಲಿ ಇನ್ನು ಈ ಆ್ಯಪ್ ಬಳಸುವಂತಿಲ್ಲ.", "ban_government_devices", "US"),
    # a supreme court keeping a ban in force is news of a ruling that it stands, typed "other"
    ("ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧ ಕಾನೂನನ್ನು ಎತ್ತಿಹಿಡಿದ ಅಮೆರಿಕ ಸುಪ್ರೀಂ ಕೋರ್ಟ್", "ಭಾನುವಾರದಿಂದ ಆ್ಯಪ್ ಮೇಲಿನ ನಿಷೇಧ ಜಾರಿಯಾಗಲಿದೆ.", "other", "US"),
]

NOT_NEW = [
    ("ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸುವಂತೆ ಸಂಸದರ ಆಗ್ರಹ", "ಈ ಕುರಿತು ಮುಂದಿನ ಅಧಿವೇಶನದಲ್ಲಿ ಮಸೂದೆ ಮಂಡಿಸುವ ಸಾಧ್ಯತೆ ಇದೆ.", "proposed_or_threatened"),
    ("ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸುವುದಾಗಿ ಟ್ರಂಪ್ ಬೆದರಿಕೆ", "ಆ್ಯಪ್ ಅನ್ನು ಬ್ಲಾಕ್ ಮಾಡುವ ಬಗ್ಗೆ ಅಧ್ಯಕ್ಷರು ಚಿಂತನೆ ನಡೆಸಿದ್ದಾರೆ.", "proposed_or_threatened"),
    ("ಕೇಂದ್ರ ಸರ್ಕಾರ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಬಹುದು", "ಗೃಹ ಸಚಿವಾಲಯ ಈ ಕುರಿತು ಶಿಫಾರಸು ಕಳುಹಿಸಿದೆ ಎಂದು ಮೂಲಗಳು ತಿಳಿಸಿವೆ.", "proposed_or_threatened"),
    ("ಅಮೆರಿಕ ಸಂಸತ್ತಿನಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧ ಮಸೂದೆ ಅಂಗೀಕಾರ", "ಈಗ ಸೆನೆಟ್ ಇದರ ಮೇಲೆ ಮತ ಚಲಾಯಿಸಲಿದೆ.", "proposed_or_threatened"),
    ("ಭಾರತದಂತೆ ಅಮೆರಿಕವೂ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸುತ್ತದೆಯೇ?", "ಅಮೆರಿಕದ ಸಂಸದರು ಈ ಕುರಿತು ಚರ್ಚಿಸುತ್ತಿದ್ದಾರೆ.", "proposed_or_threatened"),
    ("ಟಿಕ್‌ಟಾಕ್‌ಗೆ ದಂಡ ವಿಧಿಸಲು ಟರ್ಕಿ ಸಜ್ಜು", "", "proposed_or_threatened"),
    ("ಭಾರತದ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧದ ಹಾದಿಯಲ್ಲಿ ಅಮೆರಿಕ", "", "proposed_or_threatened"),
    ("ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಲು ಮುಂದಾದ ಬಾಂಗ್ಲಾದೇಶ", "ಈ ಕುರಿತು ಶೀಘ್ರದಲ್ಲೇ ಅಧಿಸೂಚನೆ ಹೊರಬೀಳಲಿದೆ.", "proposed_or_threatened"),
    ("ನೇಪಾಳದಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ಮೇಲಿನ ನಿಷೇಧ ತೆರವು", "ಒಂಬತ್ತು ತಿಂಗಳ ಬಳಿಕ ಆ್ಯಪ್ ಮತ್ತೆ ಲಭ್ಯವಾಗಿದೆ.", "not_action"),
    ("ಅಮೆರಿಕದಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧ ಜಾರಿ ಗಡುವು 75 ದಿನ ವಿಸ್ತರಣೆ", "ಟ್ರಂಪ್ ಕಾರ್ಯಕಾರಿ ಆದೇಶಕ್ಕೆ ಸಹಿ ಹಾಕಿದರು.", "not_action"),
    ("ಟಿಕ್‌ಟಾಕ್‌ಗೆ ನಿರಾಳ", "ನಿಷೇಧ ಜಾರಿಯನ್ನು ಟ್ರಂಪ್ 75 ದಿನ ಮುಂದೂಡಿದ್ದಾರೆ.", "not_action"),
    ("ಸರ್ಕಾರ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸುವುದಿಲ್ಲ", "ಅಂತಹ ಯಾವುದೇ ಯೋಚನೆ ಇಲ್ಲ ಎಂದು ಸಚಿವರು ಸದನದಲ್ಲಿ ಹೇಳಿದರು.", "not_action"),
    ("ಟಿಕ್‌ಟಾಕ್ ಮೇಲೆ ನಿಷೇಧ ಇಲ್ಲ", "ಸದ್ಯಕ್ಕೆ ಅಂತಹ ನಿರ್ಧಾರ ಕೈಗೊಂಡಿಲ್ಲ ಎಂದು ಸರ್ಕಾರ ಸ್ಪಷ್ಟಪಡಿಸಿದೆ.", "not_action"),
    ("ಟಿಕ್‌ಟಾಕ್‌ಗೆ ದಂಡ ವಿಧಿಸಿಲ್ಲ ಎಂದ ಆಯೋಗ", "ತನಿಖೆ ಇನ್ನೂ ನಡೆಯುತ್ತಿದೆ.", "not_action"),
    # an act against another company, TikTok only named after it
    ("ಮೆಟಾಗೆ ಯುರೋಪಿಯನ್ ಕಮಿಷನ್ ದಂಡ", "ಆಯೋಗ ಫೇಸ್‌ಬುಕ್‌ಗೆ ದಂಡ ವಿಧಿಸಿದೆ. ಟಿಕ್‌ಟಾಕ್ ಮೇಲೂ ಕಣ್ಣಿಟ್ಟಿದೆ.", "not_action"),
    (
        "ಭಾರತದಲ್ಲಿ ಟೆಲಿಗ್ರಾಂ ನಿಷೇಧ",
        "ಟೆಲಿಗ್ರಾಂ ಅನ್ನು ಬ್ಲಾಕ್ ಮಾಡುವಂತೆ ಸರ್ಕಾರ ಆದೇಶಿಸಿದೆ. ಟಿಕ್‌ಟಾಕ್ ರೀತಿಯ ಆ್ಯಪ್‌ಗಳ ಮೇಲೆ ನಿಗಾ ಇಡಲಾಗಿದೆ.",
        "not_action",
    ),
    # a past ban recalled
    ("ಟಿಕ್‌ಟಾಕ್‌ನಲ್ಲಿ ಹೊಸ ವೈಶಿಷ್ಟ್ಯ", "2020ರಿಂದ ಭಾರತದಲ್ಲಿ ನಿಷೇಧಿತವಾಗಿರುವ ಈ ಆ್ಯಪ್ ಜಗತ್ತಿನಾದ್ಯಂತ ವೇಗವಾಗಿ ಬೆಳೆಯುತ್ತಿದೆ.", "background_only"),
    ("ಬೈಟ್‌ಡ್ಯಾನ್ಸ್‌ನಿಂದ ಹೊಸ ಆ್ಯಪ್ ಬಿಡುಗಡೆ", "ಕಳೆದ ವರ್ಷ ಭಾರತ ಸರ್ಕಾರ ಇದರ ಹಲವು ಸೇವೆಗಳನ್ನು ನಿರ್ಬಂಧಿಸಿತ್ತು.", "background_only"),
    ("ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧದ ಬಳಿಕ ದೇಸಿ ಆ್ಯಪ್‌ಗಳ ಬೆಳವಣಿಗೆ", "ದೇಸಿ ಕಿರು ವಿಡಿಯೋ ಆ್ಯಪ್‌ಗಳ ಬಳಕೆದಾರರ ಸಂಖ್ಯೆ ಏರಿದೆ.", "background_only"),
    ("ಟಿಕ್‌ಟಾಕ್ ಮಾತೃಸಂಸ್ಥೆಯ ಲಾಭ ಏರಿಕೆ", "ಭಾರತ 2020ರ ಜೂನ್‌ನಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಿತ್ತು.", "background_only"),
    # a court stops the act; TikTok goes to court
    (
        "ಮೊಂಟಾನಾದಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಕ್ಕೆ ಕೋರ್ಟ್ ತಡೆ",
        "ಕಾನೂನು ಅಭಿವ್ಯಕ್ತಿ ಸ್ವಾತಂತ್ರ್ಯವನ್ನು ಉಲ್ಲಂಘಿಸುತ್ತದೆ ಎಂದು ಫೆಡರಲ್ ನ್ಯಾಯಾಧೀಶರು ಹೇಳಿದ್ದಾರೆ.",
        "court_blocks_action",
    ),
    ("ಮೊಂಟಾನಾ ನಿಷೇಧದ ವಿರುದ್ಧ ಟಿಕ್‌ಟಾಕ್ ಮೊಕದ್ದಮೆ", "ಕಂಪನಿ ಫೆಡರಲ್ ನ್ಯಾಯಾಲಯದಲ್ಲಿ ಕಾನೂನನ್ನು ಪ್ರಶ್ನಿಸಿದೆ.", "tiktok_challenges_action"),
    ("ಕೇಂದ್ರದ ನಿಷೇಧವನ್ನು ನ್ಯಾಯಾಲಯದಲ್ಲಿ ಪ್ರಶ್ನಿಸಿದ ಟಿಕ್‌ಟಾಕ್", "ತಾನು ಯಾವುದೇ ನಿಯಮ ಉಲ್ಲಂಘಿಸಿಲ್ಲ ಎಂದು ಕಂಪನಿ ಹೇಳಿದೆ.", "tiktok_challenges_action"),
    # a private suit is no government's
    ("ಟಿಕ್‌ಟಾಕ್ ವಿರುದ್ಧ ಮೂರು ಕುಟುಂಬಗಳಿಂದ ಮೊಕದ್ದಮೆ", "ಆ್ಯಪ್‌ನಿಂದಾಗಿ ಮಕ್ಕಳು ಮೃತಪಟ್ಟಿದ್ದಾರೆ ಎಂದು ಕುಟುಂಬಗಳು ಆರೋಪಿಸಿವೆ.", "not_action"),
    # the company's own steps, police work on a clip, a case against a creator
    ("ಭಾರತದಲ್ಲಿನ ತನ್ನ ವಹಿವಾಟು ಸ್ಥಗಿತಗೊಳಿಸಿದ ಟಿಕ್‌ಟಾಕ್", "ಕಂಪನಿ ಈ ಬಗ್ಗೆ ನೌಕರರಿಗೆ ಮಾಹಿತಿ ನೀಡಿದೆ.", "not_action"),
    ("ಟಿಕ್‌ಟಾಕ್ ವಿಡಿಯೋ ಬಗ್ಗೆ ಪೊಲೀಸರ ತನಿಖೆ", "ವಿಡಿಯೋದಲ್ಲಿ ಮಾರಕಾಸ್ತ್ರ ಪ್ರದರ್ಶಿಸಲಾಗಿತ್ತು.", "not_action"),
    ("ಟಿಕ್‌ಟಾಕ್ ಸ್ಟಾರ್ ವಿರುದ್ಧ ಪ್ರಕರಣ ದಾಖಲು", "ಯುವಕ ರಸ್ತೆಯಲ್ಲಿ ಅಪಾಯಕಾರಿ ಸ್ಟಂಟ್ ವಿಡಿಯೋ ಮಾಡಿದ್ದ.", "not_action"),
    # a petition seeking a ban is a call for one; a court hearing the case decides nothing yet
    ("ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧ ಕೋರಿ ಹೈಕೋರ್ಟ್‌ಗೆ ಅರ್ಜಿ", "ಆ್ಯಪ್ ಮಕ್ಕಳ ಮೇಲೆ ದುಷ್ಪರಿಣಾಮ ಬೀರುತ್ತಿದೆ ಎಂದು ಅರ್ಜಿದಾರರು ಹೇಳಿದ್ದಾರೆ.", "proposed_or_threatened"),
    ("ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧ ಕುರಿತು ಸುಪ್ರೀಂ ಕೋರ್ಟ್ ವಿಚಾರಣೆ", "ಕಂಪನಿಯ ವಾದವನ್ನು ಪೀಠ ಶುಕ್ರವಾರ ಆಲಿಸಲಿದೆ.", "tiktok_challenges_action"),
    # the ban put off, a ban's effects, a year after it
    ("ಟ್ರಂಪ್ ಸಹಿ: ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧ 75 ದಿನ ಮುಂದೂಡಿಕೆ", "", "not_action"),
    ("ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧದಿಂದ ದೇಸಿ ಕಂಪನಿಗಳಿಗೆ ಲಾಭ", "", "background_only"),
    ("ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧ: ಒಂದು ವರ್ಷದ ನಂತರ ಏನಾಗಿದೆ?", "", "background_only"),
    # a person fined over a clip; a ban on phones for children, TikTok only mentioned
    ("ಟಿಕ್‌ಟಾಕ್ ವಿಡಿಯೋಗಾಗಿ ಬೈಕ್ ಸ್ಟಂಟ್ ಮಾಡಿದ ಯುವಕರಿಗೆ ಪೊಲೀಸರಿಂದ ದಂಡ", "", "not_action"),
    ("ಮಕ್ಕಳಿಗೆ ಮೊಬೈಲ್ ನಿಷೇಧ: ಟಿಕ್‌ಟಾಕ್ ಬಳಕೆ ಬಗ್ಗೆ ಶಿಕ್ಷಕರ ಕಳವಳ", "", "not_action"),
    # a list of the countries that banned it is an explainer
    ("ಟಿಕ್‌ಟಾಕ್ ಮೇಲೆ ನಿಷೇಧ ಹೇರಿದ ಅಮೆರಿಕದ ರಾಜ್ಯಗಳು ಯಾವುವು?", "", "not_action"),
    ("ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಿದ ದೇಶಗಳ ಪಟ್ಟಿ ಇಲ್ಲಿದೆ", "ಭಾರತ, ನೇಪಾಳ ಸೇರಿದಂತೆ ಹಲವು ರಾಷ್ಟ್ರಗಳು ಆ್ಯಪ್ ಅನ್ನು ನಿರ್ಬಂಧಿಸಿವೆ.", "not_action"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("kn", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("kn", title, text, label)


# Each hard negative next to its positive twin: the same act, only the stage or the target changed.
TWINS = [
    # proposal / adopted
    ("ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಲು ನೇಪಾಳ ಸರ್ಕಾರ ಚಿಂತನೆ", "ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಿದ ನೇಪಾಳ ಸರ್ಕಾರ", "NP"),
    ("ಟಿಕ್‌ಟಾಕ್‌ಗೆ ದಂಡ ವಿಧಿಸುವುದಾಗಿ ಇಟಲಿ ಎಚ್ಚರಿಕೆ", "ಟಿಕ್‌ಟಾಕ್‌ಗೆ 1 ಕೋಟಿ ಯೂರೋ ದಂಡ ವಿಧಿಸಿದ ಇಟಲಿ", "IT"),
    # lifted / imposed
    ("ಟಿಕ್‌ಟಾಕ್ ಮೇಲಿನ ನಿಷೇಧ ಹಿಂಪಡೆದ ಪಾಕಿಸ್ತಾನ", "ಟಿಕ್‌ಟಾಕ್ ಮೇಲೆ ನಿಷೇಧ ಹೇರಿದ ಪಾಕಿಸ್ತಾನ", "PK"),
    # another company / TikTok
    ("ಎಕ್ಸ್ ಸಂಸ್ಥೆ ವಿರುದ್ಧ ಯುರೋಪಿಯನ್ ಕಮಿಷನ್ ಔಪಚಾರಿಕ ತನಿಖೆ ಆರಂಭ", "ಟಿಕ್‌ಟಾಕ್ ವಿರುದ್ಧ ಯುರೋಪಿಯನ್ ಕಮಿಷನ್ ಔಪಚಾರಿಕ ತನಿಖೆ ಆರಂಭ", "EU"),
    ("ಟೆಲಿಗ್ರಾಂಗೆ ದಂಡ ವಿಧಿಸಿದ ರಷ್ಯಾ", "ಟಿಕ್‌ಟಾಕ್‌ಗೆ ದಂಡ ವಿಧಿಸಿದ ರಷ್ಯಾ", "RU"),
    # a past ban recalled / the ban itself
    ("ಭಾರತ 2020ರಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಿತ್ತು", "ಭಾರತ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಿದೆ", "IN"),
    # a court blocks the ban / the state bans
    ("ಮೊಂಟಾನಾದ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಕ್ಕೆ ಫೆಡರಲ್ ನ್ಯಾಯಾಲಯ ತಡೆ", "ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಿದ ಮೊಂಟಾನಾ", "US-MT"),
    # TikTok appeals / the government fines
    ("ಇಟಲಿಯ ದಂಡದ ವಿರುದ್ಧ ನ್ಯಾಯಾಲಯದಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ಮೇಲ್ಮನವಿ", "ಟಿಕ್‌ಟಾಕ್‌ಗೆ ದಂಡ ವಿಧಿಸಿದ ಇಟಲಿ", "IT"),
    # negated / taken
    ("ಟಿಕ್‌ಟಾಕ್ ಮೇಲೆ ನಿಷೇಧ ಹೇರುವುದಿಲ್ಲ ಎಂದ ಕೆನಡಾ", "ಟಿಕ್‌ಟಾಕ್ ಮೇಲೆ ನಿಷೇಧ ಹೇರಿದ ಕೆನಡಾ", "CA"),
]


@pytest.mark.parametrize(("negative", "positive", "code"), TWINS)
def test_twins(negative: str, positive: str, code: str) -> None:
    assert_twins("kn", negative, positive, code)


@pytest.mark.parametrize(
    ("title", "text", "code", "actor"),
    [
        ("ಟಿಕ್‌ಟಾಕ್‌ಗೆ ಭಾರಿ ಹಿನ್ನಡೆ", "ನವದೆಹಲಿ: ಕೇಂದ್ರ ಸರ್ಕಾರ ಟಿಕ್‌ಟಾಕ್ ಮತ್ತು ಇತರ 58 ಚೀನೀ ಆ್ಯಪ್‌ಗಳನ್ನು ನಿಷೇಧಿಸಿದೆ.", "IN", "Government of India"),
        ("ಟಿಕ್‌ಟಾಕ್‌ಗೆ ಐಟಿ ಸಚಿವಾಲಯದಿಂದ ನೋಟಿಸ್", "", "IN", "MeitY"),
        ("ಕೇಂದ್ರ ಐಟಿ ಸಚಿವಾಲಯ ಟಿಕ್‌ಟಾಕ್ ಅನ್ನು ಬ್ಲಾಕ್ ಮಾಡಿದೆ", "", "IN", "MeitY"),
        ("ಟಿಕ್‌ಟಾಕ್ ವಿರುದ್ಧ ತನಿಖೆಗೆ ಕರ್ನಾಟಕ ಹೈಕೋರ್ಟ್ ಆದೇಶ", "", "IN", "Karnataka High Court"),
        ("ಸುಪ್ರೀಂ ಕೋರ್ಟ್‌ನಿಂದ ಟಿಕ್‌ಟಾಕ್‌ಗೆ ನೋಟಿಸ್", "", "IN", "Supreme Court of India"),
        ("ಅಮೆರಿಕದ ಸುಪ್ರೀಂ ಕೋರ್ಟ್‌ನಿಂದ ಟಿಕ್‌ಟಾಕ್‌ಗೆ ನೋಟಿಸ್", "", "US", "US Supreme Court"),
        ("ಕಚೇರಿ ಸಮಯದಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ಬಳಸದಂತೆ ಕರ್ನಾಟಕ ಸರ್ಕಾರ ಸೂಚನೆ", "", "IN", "Government of Karnataka"),
        ("ನೇಪಾಳ ದೂರಸಂಪರ್ಕ ಪ್ರಾಧಿಕಾರದಿಂದ ಟಿಕ್‌ಟಾಕ್ ಬ್ಲಾಕ್", "", "NP", "Nepal Telecommunications Authority"),
        # a Pakistani high court is not an Indian one
        ("ಪೇಶಾವರ ಹೈಕೋರ್ಟ್ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಿದೆ", "", "PK", "Peshawar High Court"),
        ("ಬಾಂಗ್ಲಾದೇಶ ಹೈಕೋರ್ಟ್ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಕ್ಕೆ ಆದೇಶ", "", "BD", "Bangladesh High Court"),
        ("ಕರ್ನಾಟಕ ಹೈಕೋರ್ಟ್ ಟಿಕ್‌ಟಾಕ್‌ಗೆ ದಂಡ ವಿಧಿಸಿದೆ", "", "IN", "Karnataka High Court"),
        ("ಟಿಕ್‌ಟಾಕ್‌ಗೆ ರಾಜ್ಯ ಮಕ್ಕಳ ಹಕ್ಕುಗಳ ಸಂರಕ್ಷಣಾ ಆಯೋಗ ನೋಟಿಸ್", "", "IN", "Karnataka State Commission for Protection of Child Rights"),
        ("ಟಿಕ್‌ಟಾಕ್ ಮೇಲೆ ಕಾನೂನು ಸಮರ ಆರಂಭಿಸಿದ ಅಮೆರಿಕ ನ್ಯಾಯಾಂಗ ಇಲಾಖೆ", "", "US", "US Department of Justice"),
    ],
)
def test_named_bodies_are_the_actors(title: str, text: str, code: str, actor: str) -> None:
    assert_new_action("kn", title, text, code=code, actor=actor)


def test_a_city_corporation_acts_for_itself() -> None:
    assert_new_action("kn", "ಮೈಸೂರು ಮಹಾನಗರ ಪಾಲಿಕೆ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಿದೆ", "", "ban_government_devices", "IN", actor="ಮೈಸೂರು City Corporation (India)")


# Kannada joins case endings to names and stems: the pack is a `word` pack whose fragments end in \S*,
# so every suffixed form is read, and never a fragment inside another word.
def test_the_pack_matches_from_a_word_start() -> None:
    load_word_pack("kn")


@pytest.mark.parametrize(
    "title",
    [
        "ಕೆನಡಾ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಿದೆ",
        "ಕೆನಡಾ ಟಿಕ್‌ಟಾಕ್ ಮೇಲೆ ನಿಷೇಧ ಹೇರಿದೆ",
        "ಕೆನಡಾದಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಲಾಗಿದೆ",
        "ಕೆನಡಾ ಟಿಕ್‌ಟಾಕ್‌ಗೆ ನಿಷೇಧ ವಿಧಿಸಿದೆ",
        "ಕೆನಡಾ ಟಿಕ್‌ಟಾಕನ್ನು ಬ್ಯಾನ್ ಮಾಡಿದೆ",
        "ಕೆನಡಾ ಟಿಕ್‌ಟಾಕ್‌ಅನ್ನು ಬ್ಲಾಕ್ ಮಾಡಿದೆ",
        "ಕೆನಡಾದ ಸರ್ಕಾರ ಟಿಕ್‌ಟಾಕ್ ಅನ್ನು ನಿರ್ಬಂಧಿಸಿದೆ",
    ],
)
def test_suffixed_verb_forms_of_a_ban(title: str) -> None:
    assert_new_action("kn", title, "", "ban_national", "CA")


@pytest.mark.parametrize(
    "title",
    ["ಅಮೆರಿಕ ಟಿಕ್‌ಟಾಕ್‌ಗೆ ದಂಡ ವಿಧಿಸಿದೆ", "ಅಮೆರಿಕಾ ಟಿಕ್‌ಟಾಕ್‌ಗೆ ದಂಡ ಹಾಕಿದೆ", "ಅಮೆರಿಕದಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್‌ಗೆ ದಂಡ", "ಅಮೇರಿಕಾದ ಆಡಳಿತ ಟಿಕ್‌ಟಾಕನ್ನು ದಂಡಿಸಿದೆ"],
)
def test_suffixed_forms_of_a_fine_and_a_place(title: str) -> None:
    assert_new_action("kn", title, "", "fine_or_penalty", "US")


@pytest.mark.parametrize(
    "name",
    [
        "ಟಿಕ್‌ಟಾಕ್",  # ZWNJ after the virama
        "ಟಿಕ್ಟಾಕ್",  # no joiner: the conjunct
        "ಟಿಕ್ ಟಾಕ್",  # a space
        "ಟಿಕ್\u200dಟಾಕ್",  # a zero-width joiner
        "ಟಿಕ್‌ಟಾಕ್‌ಗೆ",
        "ಟಿಕ್ಟಾಕ್ಗೆ",
        "ಬೈಟ್‌ಡ್ಯಾನ್ಸ್‌ಗೆ",
        "ಬೈಟ್ ಡಾನ್ಸ್",
        "TikTok",  # the Latin name, which Kannada outlets also print
        "TikTok\u200cಗೆ",
    ],
)
def test_spellings_of_the_target(name: str) -> None:
    assert_new_action("kn", f"ನೇಪಾಳ {name} ನಿಷೇಧಿಸಿದೆ", "")


def test_a_creator_is_not_the_app() -> None:
    assert_label("kn", "ನೇಪಾಳ ಟಿಕ್‌ಟಾಕರ್‌ಗೆ ನಿಷೇಧ ಹೇರಿದೆ", "", "not_action")


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("ನೇಪಾಳದ ಸರ್ಕಾರ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಿದೆ", "NP"),
        ("ಪಾಕ್ ಸರ್ಕಾರ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧಿಸಿದೆ", "PK"),
        ("ಬ್ರಿಟನ್‌ನಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್‌ಗೆ ದಂಡ", "GB"),
        ("ಯುರೋಪಿಯನ್ ಒಕ್ಕೂಟ ಟಿಕ್‌ಟಾಕ್ ವಿರುದ್ಧ ತನಿಖೆ ಆರಂಭಿಸಿದೆ", "EU"),
        ("ಬಾಂಗ್ಲಾದೇಶದಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧ", "BD"),
        ("ಆಸ್ಟ್ರೇಲಿಯಾದ ಸರ್ಕಾರಿ ಸಾಧನಗಳಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ನಿಷೇಧ", "AU"),
        # "Latin America" is not the United States; Indiana is not India
        ("ಲ್ಯಾಟಿನ್ ಅಮೆರಿಕ ಪ್ರವಾಸದ ವೇಳೆ ಬ್ರೆಜಿಲ್ ಟಿಕ್‌ಟಾಕ್‌ಗೆ ದಂಡ ವಿಧಿಸಿದೆ", "BR"),
        ("ಇಂಡಿಯಾನಾ ಟಿಕ್‌ಟಾಕ್ ವಿರುದ್ಧ ಮೊಕದ್ದಮೆ ಹೂಡಿದೆ", "US-IN"),
        # a ZWNJ may join two words into one: the trigger after it is still read
        ("ಟಿಕ್‌ಟಾಕ್‌ನಿಷೇಧ ಹೇರಿದ ನೇಪಾಳ", "NP"),
    ],
)
def test_places_with_endings(title: str, code: str) -> None:
    assert_new_action("kn", title, "", code=code)


def test_a_name_is_not_read_inside_a_longer_word() -> None:
    places = load_pack("kn").place_patterns
    assert places is not None
    # "ಭಾರತ" (India) inside "ಮಹಾಭಾರತ" (the epic): the vowel sign before it is no word start
    assert places.search("ಮಹಾಭಾರತ ಧಾರಾವಾಹಿ") is None
    assert places.search("ಭಾರತದಲ್ಲಿ") is not None


@pytest.mark.parametrize(
    "title",
    [
        "ಟಿಕ್‌ಟಾಕ್ ವಿಡಿಯೋ ನೋಡಲು ಭಕ್ತರ ದಂಡು",  # "ದಂಡು" (a crowd) is no fine
        "ಟಿಕ್‌ಟಾಕ್ ವಿಡಿಯೋ ಮಾಡಿದ ಯುವಕನನ್ನು ದಂಡಾಧಿಕಾರಿ ಎದುರು ಹಾಜರುಪಡಿಸಲಾಯಿತು",  # a magistrate
        "ಟಿಕ್‌ಟಾಕ್ ವಿಡಿಯೋ ವಿವಾದ: ನಗರದಲ್ಲಿ ನಿಷೇಧಾಜ್ಞೆ ಜಾರಿ",  # a prohibitory order on gatherings
        "ಟಿಕ್‌ಟಾಕ್ ಮಹಾಭಾರತ ಸರಣಿ ಜನಪ್ರಿಯ",
    ],
)
def test_a_trigger_is_not_read_inside_another_word(title: str) -> None:
    assert_label("kn", title, "", "not_action")


def test_may_not_be_used_is_a_ban_not_a_negation() -> None:
    # "ಬಳಸುವಂತಿಲ್ಲ" ends in "ಇಲ್ಲ" (not) but says the app may not be used
    assert_new_action("kn", "ಸರ್ಕಾರಿ ಫೋನ್‌ಗಳಲ್ಲಿ ಟಿಕ್‌ಟಾಕ್ ಬಳಸುವಂತಿಲ್ಲ: ಕೆನಡಾ ಸರ್ಕಾರ", "", "ban_government_devices", "CA")


def test_kannada_is_identified() -> None:
    assert_identified("kn", "ಕೇಂದ್ರ ಸರ್ಕಾರ ಟಿಕ್‌ಟಾಕ್ ಸೇರಿದಂತೆ 59 ಚೀನೀ ಆ್ಯಪ್‌ಗಳನ್ನು ನಿಷೇಧಿಸಿದೆ", "")
