"""Display names and flags for jurisdiction codes (ISO 3166-1/-2 and ``EU``).

The gazetteer (``monitor.gazetteer``) is the source of truth for detection; this module
only turns a code into something a person reads in an alert: ``CA`` → ``🇨🇦 Canada``,
``US-MT`` → ``🇺🇸 Montana (United States)``.
"""

from __future__ import annotations

from functools import lru_cache

COUNTRIES = {
    "AE": "United Arab Emirates",
    "AF": "Afghanistan",
    "AL": "Albania",
    "AM": "Armenia",
    "AR": "Argentina",
    "AT": "Austria",
    "AU": "Australia",
    "AZ": "Azerbaijan",
    "BA": "Bosnia and Herzegovina",
    "BD": "Bangladesh",
    "BE": "Belgium",
    "BG": "Bulgaria",
    "BR": "Brazil",
    "BY": "Belarus",
    "CA": "Canada",
    "CH": "Switzerland",
    "CL": "Chile",
    "CN": "China",
    "CO": "Colombia",
    "CY": "Cyprus",
    "CZ": "Czechia",
    "DE": "Germany",
    "DK": "Denmark",
    "DZ": "Algeria",
    "EE": "Estonia",
    "EG": "Egypt",
    "ES": "Spain",
    "EU": "European Union",
    "FI": "Finland",
    "FR": "France",
    "GB": "United Kingdom",
    "GE": "Georgia",
    "GR": "Greece",
    "HK": "Hong Kong",
    "HR": "Croatia",
    "HU": "Hungary",
    "ID": "Indonesia",
    "IE": "Ireland",
    "IL": "Israel",
    "IN": "India",
    "IQ": "Iraq",
    "IR": "Iran",
    "IS": "Iceland",
    "IT": "Italy",
    "JO": "Jordan",
    "JP": "Japan",
    "KE": "Kenya",
    "KG": "Kyrgyzstan",
    "KR": "South Korea",
    "KZ": "Kazakhstan",
    "LB": "Lebanon",
    "LT": "Lithuania",
    "LU": "Luxembourg",
    "LV": "Latvia",
    "MA": "Morocco",
    "MD": "Moldova",
    "ME": "Montenegro",
    "MK": "North Macedonia",
    "MT": "Malta",
    "MX": "Mexico",
    "MY": "Malaysia",
    "NG": "Nigeria",
    "NL": "Netherlands",
    "NO": "Norway",
    "NP": "Nepal",
    "NZ": "New Zealand",
    "PE": "Peru",
    "PH": "Philippines",
    "PK": "Pakistan",
    "PL": "Poland",
    "PT": "Portugal",
    "QA": "Qatar",
    "RO": "Romania",
    "RS": "Serbia",
    "RU": "Russia",
    "SA": "Saudi Arabia",
    "SE": "Sweden",
    "SG": "Singapore",
    "SI": "Slovenia",
    "SK": "Slovakia",
    "SN": "Senegal",
    "SO": "Somalia",
    "TH": "Thailand",
    "TJ": "Tajikistan",
    "TR": "Türkiye",
    "TW": "Taiwan",
    "UA": "Ukraine",
    "US": "United States",
    "UZ": "Uzbekistan",
    "VE": "Venezuela",
    "VN": "Vietnam",
    "ZA": "South Africa",
}
US_STATES = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
}


def flag(code: str) -> str:
    """The flag emoji of a jurisdiction's country (regional indicators), or ``🏛️``."""
    country = (code or "").split("-")[0].upper()
    if len(country) != 2 or not country.isalpha():
        return "🏛️"
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in country)


@lru_cache(maxsize=512)
def jurisdiction_name(code: str) -> str:
    """A readable name for ``code``; unknown codes are returned as they are."""
    code = (code or "").upper()
    if not code:
        return "Unknown jurisdiction"
    country, _, sub = code.partition("-")
    name = COUNTRIES.get(country)
    if name is None:
        try:
            from monitor import gazetteer

            lookup = getattr(gazetteer, "jurisdiction_name", None)
            if lookup is not None:
                found = lookup(code)
                if found and found != code:
                    return str(found)
        except Exception:  # the gazetteer is optional for display
            pass
        return code
    if not sub:
        return name
    if country == "US" and sub in US_STATES:
        return f"{US_STATES[sub]} ({name})"
    return f"{code} ({name})"


_GENERIC_ACTORS = {
    "government", "the government", "federal government", "the federal government", "central government", "national government",
    "cabinet", "the cabinet", "authorities", "the authorities", "officials", "ministers", "administration", "the administration",
}


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital city (lower case) → country code, from the gazetteer (capitals used as metonyms)."""
    import yaml

    from monitor.settings import PACKAGE_DIR

    try:
        data = yaml.safe_load((PACKAGE_DIR / "data" / "gazetteer.yaml").read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return {}
    return {cap.lower(): c["code"] for c in data.get("countries", []) for cap in c.get("capitals", [])}


def display_actor(actor: str, jurisdiction: str) -> str:
    """A readable actor: generic ones ("federal government") and capitals used for the
    government ("Ottawa") become "Government of Canada"."""
    text = " ".join((actor or "").split())
    country_code = (jurisdiction or "").upper().split("-")[0]
    is_metonym = bool(text) and _capitals().get(text.lower()) == country_code
    if not text or text.lower() in _GENERIC_ACTORS or is_metonym:
        country, _, sub = (jurisdiction or "").upper().partition("-")
        if country == "US" and sub in US_STATES:
            return f"State of {US_STATES[sub]}"
        if country == "EU":
            return "European Union"
        name = COUNTRIES.get(country)
        if name:
            article = "the " if name.startswith(("United", "Netherlands", "Philippines")) else ""
            return f"Government of {article}{name}"
        return text or "Government"
    return text[:1].upper() + text[1:]
