//! Which countries' public documents reach mainland China with an apostille (the Apostille
//! Convention of 5 October 1961), as a dated table with its sources, and the exceptions.
//!
//! The Convention entered into force for China on 2023-11-07, between China and every party
//! that had not objected to its accession; for a later party, from that party's own date of
//! entry into force. India objected, so documents between India and mainland China still need
//! consular legalisation (domain.md §8 marks this uncertain). Hong Kong and Macao apply the
//! Convention themselves, but documents between them and the mainland are outside it, as are
//! Taiwan's; Kosovo is a party that China's Foreign Ministry list of 2023 leaves out. For these
//! the app says the rule is unsettled and whom to ask, rather than guessing.
//!
//! Sources: [`SOURCE`]. To update, replace [`PARTIES`] from the HCCH status table and change
//! [`AS_OF`].

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::nationality::{self, NationalityKind};

/// How a document issued in a country is authenticated for use in mainland China.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Route {
    /// Issued in mainland China: nothing to add.
    Domestic,
    Apostille,
    /// Consular legalisation by a Chinese embassy or consulate.
    Legalisation,
    /// The rule is not settled for this place: ask the employer or the authority.
    Unsettled,
}

crate::codec::wire_codes!(Route {
    Domestic => "domestic",
    Apostille => "apostille",
    Legalisation => "legalisation",
    Unsettled => "unsettled",
});

/// Where the table comes from, for the app to show beside the rule.
pub const SOURCE: &str = "HCCH status table of the Apostille Convention \
    (hcch.net/en/instruments/conventions/status-table/?cid=41), last updated 30 June 2026; \
    China's accession: HCCH depositary notification of 2023 and the notice of China's Ministry \
    of Foreign Affairs of 23 October 2023";

/// The date of the status table.
pub const AS_OF: Date = date(2026, 6, 30);

/// When the Convention entered into force for China.
pub const IN_FORCE_FOR_CHINA: Date = date(2023, 11, 7);

const fn date(year: u16, month: u8, day: u8) -> Date {
    match Date::new(year, month, day) {
        Some(date) => date,
        None => Date::MIN,
    }
}

/// Every party (ISO 3166-1 alpha-3; Kosovo as `XKX`) and the date the Convention entered into
/// force for it, sorted by code.
pub const PARTIES: &[(&str, Date)] = &[
    ("ALB", date(2004, 5, 9)),   // Albania
    ("AND", date(1996, 12, 31)), // Andorra
    ("ARG", date(1988, 2, 18)),  // Argentina
    ("ARM", date(1994, 8, 14)),  // Armenia
    ("ATG", date(1981, 11, 1)),  // Antigua and Barbuda
    ("AUS", date(1995, 3, 16)),  // Australia
    ("AUT", date(1968, 1, 13)),  // Austria
    ("AZE", date(2005, 3, 2)),   // Azerbaijan
    ("BDI", date(2015, 2, 13)),  // Burundi
    ("BEL", date(1976, 2, 9)),   // Belgium
    ("BGD", date(2025, 3, 30)),  // Bangladesh
    ("BGR", date(2001, 4, 29)),  // Bulgaria
    ("BHR", date(2013, 12, 31)), // Bahrain
    ("BHS", date(1973, 7, 10)),  // Bahamas
    ("BIH", date(1992, 3, 6)),   // Bosnia and Herzegovina
    ("BLR", date(1992, 5, 31)),  // Belarus
    ("BLZ", date(1993, 4, 11)),  // Belize
    ("BOL", date(2018, 5, 7)),   // Bolivia
    ("BRA", date(2016, 8, 14)),  // Brazil
    ("BRB", date(1966, 11, 30)), // Barbados
    ("BRN", date(1987, 12, 3)),  // Brunei Darussalam
    ("BWA", date(1966, 9, 30)),  // Botswana
    ("CAN", date(2024, 1, 11)),  // Canada
    ("CHE", date(1973, 3, 11)),  // Switzerland
    ("CHL", date(2016, 8, 30)),  // Chile
    ("CHN", date(2023, 11, 7)),  // China (People"s Republic of)
    ("COK", date(2005, 4, 30)),  // Cook Islands
    ("COL", date(2001, 1, 30)),  // Colombia
    ("CPV", date(2010, 2, 13)),  // Cabo Verde
    ("CRI", date(2011, 12, 14)), // Costa Rica
    ("CYP", date(1973, 4, 30)),  // Cyprus
    ("CZE", date(1999, 3, 16)),  // Czechia
    ("DEU", date(1966, 2, 13)),  // Germany
    ("DMA", date(1978, 11, 3)),  // Dominica
    ("DNK", date(2006, 12, 29)), // Denmark
    ("DOM", date(2009, 8, 30)),  // Dominican Republic
    ("DZA", date(2026, 7, 9)),   // Algeria
    ("ECU", date(2005, 4, 2)),   // Ecuador
    ("ESP", date(1978, 9, 25)),  // Spain
    ("EST", date(2001, 9, 30)),  // Estonia
    ("FIN", date(1985, 8, 26)),  // Finland
    ("FJI", date(1970, 10, 10)), // Fiji
    ("FRA", date(1965, 1, 24)),  // France
    ("GBR", date(1965, 1, 24)),  // United Kingdom of Great Britain and Northern Ireland
    ("GEO", date(2007, 5, 14)),  // Georgia
    ("GRC", date(1985, 5, 18)),  // Greece
    ("GRD", date(2002, 4, 7)),   // Grenada
    ("GTM", date(2017, 9, 18)),  // Guatemala
    ("GUY", date(2019, 4, 18)),  // Guyana
    ("HND", date(2004, 9, 30)),  // Honduras
    ("HRV", date(1991, 10, 8)),  // Croatia
    ("HUN", date(1973, 1, 18)),  // Hungary
    ("IDN", date(2022, 6, 4)),   // Indonesia
    ("IND", date(2005, 7, 14)),  // India
    ("IRL", date(1999, 3, 9)),   // Ireland
    ("ISL", date(2004, 11, 27)), // Iceland
    ("ISR", date(1978, 8, 14)),  // Israel
    ("ITA", date(1978, 2, 11)),  // Italy
    ("JAM", date(2021, 7, 3)),   // Jamaica
    ("JPN", date(1970, 7, 27)),  // Japan
    ("KAZ", date(2001, 1, 30)),  // Kazakhstan
    ("KGZ", date(2011, 7, 31)),  // Kyrgyzstan
    ("KNA", date(1994, 12, 14)), // Saint Kitts and Nevis
    ("KOR", date(2007, 7, 14)),  // Republic of Korea
    ("LBR", date(1996, 2, 8)),   // Liberia
    ("LCA", date(2002, 7, 31)),  // Saint Lucia
    ("LIE", date(1972, 9, 17)),  // Liechtenstein
    ("LSO", date(1966, 10, 4)),  // Lesotho
    ("LTU", date(1997, 7, 19)),  // Lithuania
    ("LUX", date(1979, 6, 3)),   // Luxembourg
    ("LVA", date(1996, 1, 30)),  // Latvia
    ("MAR", date(2016, 8, 14)),  // Morocco
    ("MCO", date(2002, 12, 31)), // Monaco
    ("MDA", date(2007, 3, 16)),  // Republic of Moldova
    ("MEX", date(1995, 8, 14)),  // Mexico
    ("MHL", date(1992, 8, 14)),  // Marshall Islands
    ("MKD", date(1991, 11, 17)), // North Macedonia
    ("MLT", date(1968, 3, 3)),   // Malta
    ("MNE", date(2006, 6, 3)),   // Montenegro
    ("MNG", date(2009, 12, 31)), // Mongolia
    ("MUS", date(1968, 3, 12)),  // Mauritius
    ("MWI", date(1967, 12, 2)),  // Malawi
    ("NAM", date(2001, 1, 30)),  // Namibia
    ("NIC", date(2013, 5, 14)),  // Nicaragua
    ("NIU", date(1999, 3, 2)),   // Niue
    ("NLD", date(1965, 10, 8)),  // Netherlands (Kingdom of the)
    ("NOR", date(1983, 7, 29)),  // Norway
    ("NZL", date(2001, 11, 22)), // New Zealand
    ("OMN", date(2012, 1, 30)),  // Oman
    ("PAK", date(2023, 3, 9)),   // Pakistan
    ("PAN", date(1991, 8, 4)),   // Panama
    ("PER", date(2010, 9, 30)),  // Peru
    ("PHL", date(2019, 5, 14)),  // Philippines
    ("PLW", date(2020, 6, 23)),  // Palau
    ("POL", date(2005, 8, 14)),  // Poland
    ("PRT", date(1969, 2, 4)),   // Portugal
    ("PRY", date(2014, 8, 30)),  // Paraguay
    ("ROU", date(2001, 3, 16)),  // Romania
    ("RUS", date(1992, 5, 31)),  // Russian Federation
    ("RWA", date(2024, 6, 5)),   // Rwanda
    ("SAU", date(2022, 12, 7)),  // Saudi Arabia
    ("SEN", date(2023, 3, 23)),  // Senegal
    ("SGP", date(2021, 9, 16)),  // Singapore
    ("SLV", date(1996, 5, 31)),  // El Salvador
    ("SMR", date(1995, 2, 13)),  // San Marino
    ("SRB", date(1992, 4, 27)),  // Serbia
    ("STP", date(2008, 9, 13)),  // Sao Tome and Principe
    ("SUR", date(1975, 11, 25)), // Suriname
    ("SVK", date(2002, 2, 18)),  // Slovakia
    ("SVN", date(1991, 6, 25)),  // Slovenia
    ("SWE", date(1999, 5, 1)),   // Sweden
    ("SWZ", date(1968, 9, 6)),   // Eswatini
    ("SYC", date(1979, 3, 31)),  // Seychelles
    ("THA", date(2027, 2, 28)),  // Thailand
    ("TJK", date(2015, 10, 31)), // Tajikistan
    ("TON", date(1970, 6, 4)),   // Tonga
    ("TTO", date(2000, 7, 14)),  // Trinidad and Tobago
    ("TUN", date(2018, 3, 30)),  // Tunisia
    ("TUR", date(1985, 9, 29)),  // Türkiye
    ("UKR", date(2003, 12, 22)), // Ukraine
    ("URY", date(2012, 10, 14)), // Uruguay
    ("USA", date(1981, 10, 15)), // United States of America
    ("UZB", date(2012, 4, 15)),  // Uzbekistan
    ("VCT", date(1979, 10, 27)), // Saint Vincent and the Grenadines
    ("VEN", date(1999, 3, 16)),  // Venezuela (Bolivarian Republic of)
    ("VNM", date(2026, 9, 11)),  // Viet Nam
    ("VUT", date(1980, 7, 30)),  // Vanuatu
    ("WSM", date(1999, 9, 13)),  // Samoa
    ("XKX", date(2016, 7, 14)),  // Kosovo
    ("ZAF", date(1995, 4, 30)),  // South Africa
];

/// A place whose documents do not follow the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exception {
    pub code: &'static str,
    pub route: Route,
    /// Why, with its source.
    pub reason: &'static str,
}

/// Places whose documents do not follow [`PARTIES`].
pub const EXCEPTIONS: &[Exception] = &[
    Exception {
        code: "HKG",
        route: Route::Unsettled,
        reason: "Hong Kong applies the Convention, but documents between it and the mainland are outside it",
    },
    Exception {
        code: "IND",
        route: Route::Legalisation,
        reason: "India objected to China's accession (China's Ministry of Foreign Affairs, 23 October 2023, as summarised by Bird & Bird)",
    },
    Exception {
        code: "MAC",
        route: Route::Unsettled,
        reason: "Macao applies the Convention, but documents between it and the mainland are outside it",
    },
    Exception {
        code: "TWN",
        route: Route::Unsettled,
        reason: "not a party; documents from Taiwan follow separate arrangements",
    },
    Exception {
        code: "XKX",
        route: Route::Unsettled,
        reason: "a party, but not on China's Ministry of Foreign Affairs list of 23 October 2023",
    },
];

/// The alpha-3 code of the country behind a nationality code: ICAO's `D` is Germany and the
/// British nationality classes are the United Kingdom; anything else as given, in upper case.
#[must_use]
pub fn country_of(code: &str) -> String {
    let code = code.trim().to_ascii_uppercase();
    match code.as_str() {
        "D" => "DEU".to_owned(),
        "GBD" | "GBN" | "GBO" | "GBP" | "GBS" => "GBR".to_owned(),
        _ => code,
    }
}

/// When the Convention applies between `country` and mainland China: from the later of its
/// entry into force for each; `None` for a non-party or an exception.
#[must_use]
pub fn in_force_with_china(country: &str) -> Option<Date> {
    let country = country_of(country);
    if EXCEPTIONS.iter().any(|e| e.code == country) {
        return None;
    }
    PARTIES
        .binary_search_by(|(code, _)| (*code).cmp(country.as_str()))
        .ok()
        .and_then(|index| PARTIES.get(index))
        .map(|(_, date)| (*date).max(IN_FORCE_FOR_CHINA))
}

/// How a public document issued in `country` is authenticated for use in mainland China on
/// `on` (the planned submission). An ISO country that is not a party needs legalisation; a
/// code that names no country (stateless, refugee, the United Nations) or an unknown one is
/// unsettled.
#[must_use]
pub fn route(country: &str, on: Date) -> Route {
    let country = country_of(country);
    if country == "CHN" {
        return Route::Domestic;
    }
    if let Some(exception) = EXCEPTIONS.iter().find(|e| e.code == country) {
        return exception.route;
    }
    match in_force_with_china(&country) {
        Some(from) if from <= on => Route::Apostille,
        // A party for which the Convention is not yet in force with China.
        Some(_) => Route::Legalisation,
        None if nationality::lookup(&country).map(nationality::Nationality::kind)
            == Some(NationalityKind::Iso) =>
        {
            Route::Legalisation
        }
        None => Route::Unsettled,
    }
}

/// Whether the rule for `country` is one of the [`EXCEPTIONS`] (shown with its reason).
#[must_use]
pub fn exception(country: &str) -> Option<&'static Exception> {
    let country = country_of(country);
    EXCEPTIONS.iter().find(|e| e.code == country)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: u16, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn the_table_is_sorted_unique_dated_and_made_of_known_codes() {
        assert_eq!(PARTIES.len(), 130);
        assert!(
            PARTIES.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted and unique"
        );
        for (code, date) in PARTIES {
            assert_ne!(*date, Date::MIN, "{code} has a real date");
            assert!(
                *code == "XKX" || nationality::lookup(code).is_some(),
                "{code} is a nationality code"
            );
        }
        assert_eq!(in_force_with_china("CHN"), Some(IN_FORCE_FOR_CHINA));
    }

    #[test]
    fn a_party_before_china_uses_the_apostille_from_chinas_date_only() {
        let on_the_day = d(2023, 11, 7);
        assert_eq!(route("DEU", on_the_day), Route::Apostille);
        assert_eq!(
            route("D", on_the_day),
            Route::Apostille,
            "ICAO's code for Germany"
        );
        assert_eq!(
            route("gbd", on_the_day),
            Route::Apostille,
            "a British nationality class"
        );
        assert_eq!(route("DEU", d(2023, 11, 6)), Route::Legalisation);
    }

    #[test]
    fn a_later_party_uses_the_apostille_from_its_own_date() {
        // Canada: in force 2024-01-11; Thailand: 2027-02-28.
        assert_eq!(route("CAN", d(2024, 1, 10)), Route::Legalisation);
        assert_eq!(route("CAN", d(2024, 1, 11)), Route::Apostille);
        assert_eq!(route("THA", d(2026, 12, 1)), Route::Legalisation);
        assert_eq!(route("THA", d(2027, 2, 28)), Route::Apostille);
    }

    #[test]
    fn exceptions_and_non_parties_follow_their_own_rule() {
        let today = d(2026, 12, 1);
        assert_eq!(route("CHN", today), Route::Domestic);
        assert_eq!(route("IND", today), Route::Legalisation);
        assert!(exception("IND").is_some());
        assert_eq!(route("HKG", today), Route::Unsettled);
        assert_eq!(route("XKX", today), Route::Unsettled);
        assert_eq!(
            route("ARE", today),
            Route::Legalisation,
            "the UAE is not a party"
        );
        assert_eq!(
            route("XXA", today),
            Route::Unsettled,
            "stateless: no country issues it"
        );
        assert_eq!(route("", today), Route::Unsettled);
        assert_eq!(route("ZZZ", today), Route::Unsettled);
    }
}
