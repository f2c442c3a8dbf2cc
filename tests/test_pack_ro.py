"""Romanian pack: phrasings written for this file (headline, lead), not taken from any outlet."""

from __future__ import annotations

import pytest

from tests.pack_cases import assert_label, assert_new_action

NEW = [
    (
        "India interzice TikTok și alte 58 de aplicații chinezești",
        "Guvernul indian a blocat aplicația în toată țara.",
        "ban_national",
        "IN",
    ),
    (
        "Autoritatea irlandeză amendează TikTok cu 530 de milioane de euro",
        "DPC a constatat că aplicația a transferat date ale europenilor în China.",
        "fine_or_penalty",
        "IE",
    ),
    (
        "Comisia Europeană deschide o investigație formală împotriva TikTok",
        "Bruxelles verifică dacă platforma a încălcat Regulamentul privind serviciile digitale.",
        "investigation_opened",
        "EU",
    ),
    (
        "Canada ordonă lichidarea filialei canadiene a TikTok",
        "Guvernul de la Ottawa a dispus închiderea birourilor din Toronto și Vancouver.",
        "business_wind_up_order",
        "CA",
    ),
    (
        "Texas dă în judecată TikTok pentru protecția copiilor",
        "Procurorul general al statului a depus o acțiune.",
        "lawsuit_by_government",
        "US-TX",
    ),
    ("Biden a semnat legea care obligă ByteDance să vândă TikTok", "Președintele SUA a semnat legea miercuri.", "law_enacted", "US"),
    (
        "Guvernul interzice TikTok pe telefoanele de serviciu ale funcționarilor",
        "Angajații ministerelor nu mai pot instala aplicația.",
        "ban_government_devices",
        "RO",
    ),
    ("CNA a amendat TikTok cu 100.000 de lei", "Consiliul a sancționat platforma pentru conținut electoral.", "fine_or_penalty", "RO"),
    # a foreign capital, and "the Government" in the genitive, are not Romania's government
    (
        "Londra interzice TikTok pe telefoanele de serviciu ale angajaților Guvernului",
        "Măsura are efect imediat.",
        "ban_government_devices",
        "GB",
    ),
    # a supreme court keeping a ban in force is an act of its own
    ("Curtea Supremă a SUA menține interdicția TikTok", "Legea intră în vigoare duminică.", "other", "US"),
    # federal agencies removing the app is a device ban
    ("TikTok, interzis în agențiile federale din SUA", "Aplicația trebuie ștearsă în 30 de zile.", "ban_government_devices", "US"),
]

NOT_NEW = [
    ("ANCOM a cerut Comisiei Europene o anchetă privind TikTok", "Autoritatea spune că platforma este un risc.", "proposed_or_threatened"),
    ("Parlamentarii propun interzicerea TikTok în România", "Proiectul de lege va fi dezbătut luna viitoare.", "proposed_or_threatened"),
    ("Trump amenință că va interzice TikTok", "Președintele ia în calcul blocarea aplicației.", "proposed_or_threatened"),
    ("India ridică interdicția TikTok", "Aplicația este din nou disponibilă.", "not_action"),
    ("Comisia Europeană amendează Meta", "Facebook va plăti 800 de milioane de euro. Și TikTok este vizat.", "not_action"),
    ("TikTok lansează o nouă funcție pentru creatori", "Aplicația, interzisă în India din 2020, continuă să crească.", "background_only"),
    ("Un judecător a blocat interdicția TikTok în Montana", "Instanța federală a suspendat aplicarea legii.", "court_blocks_action"),
    ("TikTok a dat în judecată statul Montana", "Compania contestă legea în instanța federală.", "tiktok_challenges_action"),
    # "no sanction yet" is not a sanction
    ("Bruxelles, nicio sancțiune pentru TikTok după șase luni de anchetă", "Comisia spune că verificările continuă.", "not_action"),
    # an investigation that "could be illegal" has not been opened
    (None, "Investigarea rolului TikTok în alegeri ar putea fi ilegală, spun juriștii.", "proposed_or_threatened"),
]


@pytest.mark.parametrize(("title", "text", "type_", "code"), NEW)
def test_new_actions(title: str, text: str, type_: str, code: str) -> None:
    assert_new_action("ro", title, text, type_, code)


@pytest.mark.parametrize(("title", "text", "label"), NOT_NEW)
def test_hard_negatives(title: str, text: str, label: str) -> None:
    assert_label("ro", title, text, label)
