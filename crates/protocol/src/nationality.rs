//! Nationality and issuing-state codes of travel documents: ISO 3166-1 alpha-3 plus the codes
//! ICAO Doc 9303 Part 3 adds for documents that ISO does not cover (Germany's one-letter `D`,
//! the British nationality classes, the United Nations, stateless persons and refugees, Kosovo,
//! international organisations and the `UTO` specimen state).
//!
//! A nationality list must not be ISO-only: a German passport says `D<<`, a UN laissez-passer
//! says `UNO`, a refugee travel document `XXC`. Codes only (no names), to keep the wasm small;
//! the app translates names with its own message catalogue.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Where a code comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum NationalityKind {
    /// An officially assigned ISO 3166-1 alpha-3 code.
    Iso,
    /// A code that ICAO Doc 9303 Part 3 adds to ISO 3166-1.
    Icao,
}

use NationalityKind::{Icao, Iso};

/// A known nationality or issuing-state code, in its canonical form without MRZ filler
/// (`D`, not `D<<`). Wire form: the code as a string; an unknown code does not deserialise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Nationality {
    code: &'static str,
    kind: NationalityKind,
}

impl Nationality {
    /// The code without filler: `DEU`, `D`, `UTO`.
    #[must_use]
    pub const fn code(self) -> &'static str {
        self.code
    }

    #[must_use]
    pub const fn kind(self) -> NationalityKind {
        self.kind
    }

    /// The three characters of the MRZ field: the code padded with `<` (`D` → `D<<`).
    #[must_use]
    pub fn mrz_form(self) -> String {
        format!("{:<<3}", self.code)
    }
}

impl fmt::Display for Nationality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code)
    }
}

impl Serialize for Nationality {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code)
    }
}

impl<'de> Deserialize<'de> for Nationality {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        lookup(&text).ok_or_else(|| serde::de::Error::custom("unknown nationality code"))
    }
}

/// Every known code, sorted by code (byte order, so `D` comes before `DEU`) and without
/// duplicates, which [`lookup`] relies on for its binary search.
///
/// ISO 3166-1 alpha-3: the 249 officially assigned codes (as of the 2024 list: `TUR` is Türkiye,
/// `SWZ` Eswatini, `MKD` North Macedonia; no transitional or reserved codes).
///
/// ICAO Doc 9303 Part 3 additions:
/// - `D` Germany (written `D<<` in the MRZ);
/// - `GBD` British Overseas Territories citizen, `GBN` British National (Overseas),
///   `GBO` British Overseas citizen, `GBP` British protected person, `GBS` British subject;
/// - `UNO` United Nations or one of its officials, `UNA` a specialised agency of the UN,
///   `UNK` resident of Kosovo with a UNMIK travel document;
/// - `XXA` stateless person, `XXB` refugee (1951 Convention), `XXC` refugee (other),
///   `XXX` unspecified nationality;
/// - `EUE` European Union; `RKS` and `XKX` Kosovo; `UTO` Utopia, the specimen state;
/// - international organisations: `XBA` African Development Bank, `XIM` African Export-Import
///   Bank, `XCC` Caribbean Community, `XCE` Council of Europe, `XCO` Common Market for Eastern
///   and Southern Africa, `XDC` Southern African Development Community, `XEC` Economic
///   Community of West African States, `XES` Organisation of Eastern Caribbean States, `XMP`
///   Parliamentary Assembly of the Mediterranean, `XOM` Sovereign Military Order of Malta,
///   `XPO` Interpol.
#[rustfmt::skip]
const TABLE: &[(&str, NationalityKind)] = &[
    ("ABW", Iso), ("AFG", Iso), ("AGO", Iso), ("AIA", Iso), ("ALA", Iso), ("ALB", Iso),
    ("AND", Iso), ("ARE", Iso), ("ARG", Iso), ("ARM", Iso), ("ASM", Iso), ("ATA", Iso),
    ("ATF", Iso), ("ATG", Iso), ("AUS", Iso), ("AUT", Iso), ("AZE", Iso),
    ("BDI", Iso), ("BEL", Iso), ("BEN", Iso), ("BES", Iso), ("BFA", Iso), ("BGD", Iso),
    ("BGR", Iso), ("BHR", Iso), ("BHS", Iso), ("BIH", Iso), ("BLM", Iso), ("BLR", Iso),
    ("BLZ", Iso), ("BMU", Iso), ("BOL", Iso), ("BRA", Iso), ("BRB", Iso), ("BRN", Iso),
    ("BTN", Iso), ("BVT", Iso), ("BWA", Iso),
    ("CAF", Iso), ("CAN", Iso), ("CCK", Iso), ("CHE", Iso), ("CHL", Iso), ("CHN", Iso),
    ("CIV", Iso), ("CMR", Iso), ("COD", Iso), ("COG", Iso), ("COK", Iso), ("COL", Iso),
    ("COM", Iso), ("CPV", Iso), ("CRI", Iso), ("CUB", Iso), ("CUW", Iso), ("CXR", Iso),
    ("CYM", Iso), ("CYP", Iso), ("CZE", Iso),
    ("D", Icao), ("DEU", Iso), ("DJI", Iso), ("DMA", Iso), ("DNK", Iso), ("DOM", Iso),
    ("DZA", Iso),
    ("ECU", Iso), ("EGY", Iso), ("ERI", Iso), ("ESH", Iso), ("ESP", Iso), ("EST", Iso),
    ("ETH", Iso), ("EUE", Icao),
    ("FIN", Iso), ("FJI", Iso), ("FLK", Iso), ("FRA", Iso), ("FRO", Iso), ("FSM", Iso),
    ("GAB", Iso), ("GBD", Icao), ("GBN", Icao), ("GBO", Icao), ("GBP", Icao), ("GBR", Iso),
    ("GBS", Icao), ("GEO", Iso), ("GGY", Iso), ("GHA", Iso), ("GIB", Iso), ("GIN", Iso),
    ("GLP", Iso), ("GMB", Iso), ("GNB", Iso), ("GNQ", Iso), ("GRC", Iso), ("GRD", Iso),
    ("GRL", Iso), ("GTM", Iso), ("GUF", Iso), ("GUM", Iso), ("GUY", Iso),
    ("HKG", Iso), ("HMD", Iso), ("HND", Iso), ("HRV", Iso), ("HTI", Iso), ("HUN", Iso),
    ("IDN", Iso), ("IMN", Iso), ("IND", Iso), ("IOT", Iso), ("IRL", Iso), ("IRN", Iso),
    ("IRQ", Iso), ("ISL", Iso), ("ISR", Iso), ("ITA", Iso),
    ("JAM", Iso), ("JEY", Iso), ("JOR", Iso), ("JPN", Iso),
    ("KAZ", Iso), ("KEN", Iso), ("KGZ", Iso), ("KHM", Iso), ("KIR", Iso), ("KNA", Iso),
    ("KOR", Iso), ("KWT", Iso),
    ("LAO", Iso), ("LBN", Iso), ("LBR", Iso), ("LBY", Iso), ("LCA", Iso), ("LIE", Iso),
    ("LKA", Iso), ("LSO", Iso), ("LTU", Iso), ("LUX", Iso), ("LVA", Iso),
    ("MAC", Iso), ("MAF", Iso), ("MAR", Iso), ("MCO", Iso), ("MDA", Iso), ("MDG", Iso),
    ("MDV", Iso), ("MEX", Iso), ("MHL", Iso), ("MKD", Iso), ("MLI", Iso), ("MLT", Iso),
    ("MMR", Iso), ("MNE", Iso), ("MNG", Iso), ("MNP", Iso), ("MOZ", Iso), ("MRT", Iso),
    ("MSR", Iso), ("MTQ", Iso), ("MUS", Iso), ("MWI", Iso), ("MYS", Iso), ("MYT", Iso),
    ("NAM", Iso), ("NCL", Iso), ("NER", Iso), ("NFK", Iso), ("NGA", Iso), ("NIC", Iso),
    ("NIU", Iso), ("NLD", Iso), ("NOR", Iso), ("NPL", Iso), ("NRU", Iso), ("NZL", Iso),
    ("OMN", Iso),
    ("PAK", Iso), ("PAN", Iso), ("PCN", Iso), ("PER", Iso), ("PHL", Iso), ("PLW", Iso),
    ("PNG", Iso), ("POL", Iso), ("PRI", Iso), ("PRK", Iso), ("PRT", Iso), ("PRY", Iso),
    ("PSE", Iso), ("PYF", Iso),
    ("QAT", Iso),
    ("REU", Iso), ("RKS", Icao), ("ROU", Iso), ("RUS", Iso), ("RWA", Iso),
    ("SAU", Iso), ("SDN", Iso), ("SEN", Iso), ("SGP", Iso), ("SGS", Iso), ("SHN", Iso),
    ("SJM", Iso), ("SLB", Iso), ("SLE", Iso), ("SLV", Iso), ("SMR", Iso), ("SOM", Iso),
    ("SPM", Iso), ("SRB", Iso), ("SSD", Iso), ("STP", Iso), ("SUR", Iso), ("SVK", Iso),
    ("SVN", Iso), ("SWE", Iso), ("SWZ", Iso), ("SXM", Iso), ("SYC", Iso), ("SYR", Iso),
    ("TCA", Iso), ("TCD", Iso), ("TGO", Iso), ("THA", Iso), ("TJK", Iso), ("TKL", Iso),
    ("TKM", Iso), ("TLS", Iso), ("TON", Iso), ("TTO", Iso), ("TUN", Iso), ("TUR", Iso),
    ("TUV", Iso), ("TWN", Iso), ("TZA", Iso),
    ("UGA", Iso), ("UKR", Iso), ("UMI", Iso), ("UNA", Icao), ("UNK", Icao), ("UNO", Icao),
    ("URY", Iso), ("USA", Iso), ("UTO", Icao), ("UZB", Iso),
    ("VAT", Iso), ("VCT", Iso), ("VEN", Iso), ("VGB", Iso), ("VIR", Iso), ("VNM", Iso),
    ("VUT", Iso),
    ("WLF", Iso), ("WSM", Iso),
    ("XBA", Icao), ("XCC", Icao), ("XCE", Icao), ("XCO", Icao), ("XDC", Icao), ("XEC", Icao),
    ("XES", Icao), ("XIM", Icao), ("XKX", Icao), ("XMP", Icao), ("XOM", Icao), ("XPO", Icao),
    ("XXA", Icao), ("XXB", Icao), ("XXC", Icao), ("XXX", Icao),
    ("YEM", Iso),
    ("ZAF", Iso), ("ZMB", Iso), ("ZWE", Iso),
];

/// The longest code, in characters.
const MAX_CODE_LEN: usize = 3;

/// Every known code, in code order (for pickers and tests).
pub fn all() -> impl ExactSizeIterator<Item = Nationality> {
    TABLE.iter().map(|&(code, kind)| Nationality { code, kind })
}

/// The nationality for a code, accepting the MRZ form with `<` filler (`D<<` → `D`), any
/// letter case and surrounding whitespace. `None` for anything that is not a known code.
#[must_use]
pub fn lookup(code: &str) -> Option<Nationality> {
    let code = code.trim().trim_end_matches('<');
    if code.is_empty()
        || code.len() > MAX_CODE_LEN
        || !code.bytes().all(|b| b.is_ascii_alphabetic())
    {
        return None;
    }
    let mut key = [0u8; MAX_CODE_LEN];
    for (slot, byte) in key.iter_mut().zip(code.bytes()) {
        *slot = byte.to_ascii_uppercase();
    }
    let key = key.get(..code.len())?;
    let index = TABLE
        .binary_search_by(|(candidate, _)| candidate.as_bytes().cmp(key))
        .ok()?;
    TABLE
        .get(index)
        .map(|&(code, kind)| Nationality { code, kind })
}

/// Whether `code` is a known nationality or issuing-state code (see [`lookup`] for the forms
/// accepted).
#[must_use]
pub fn is_known(code: &str) -> bool {
    lookup(code).is_some()
}

/// ISO 3166-1 alpha-2 for every ISO code and for the ICAO codes that stand for a country
/// (`D` → `DE`, the British classes → `GB`, Kosovo's codes → `XK`, the user-assigned code
/// browsers name Kosovo by), sorted like [`TABLE`]. The app names countries through the
/// browser's `Intl.DisplayNames`, which takes alpha-2 codes, instead of shipping names
/// (source: Debian `iso-codes`, `iso_3166-1.json`).
#[rustfmt::skip]
const ALPHA2: &[(&str, &str)] = &[
    ("ABW", "AW"), ("AFG", "AF"), ("AGO", "AO"), ("AIA", "AI"), ("ALA", "AX"), ("ALB", "AL"), ("AND", "AD"), ("ARE", "AE"),
    ("ARG", "AR"), ("ARM", "AM"), ("ASM", "AS"), ("ATA", "AQ"), ("ATF", "TF"), ("ATG", "AG"), ("AUS", "AU"), ("AUT", "AT"),
    ("AZE", "AZ"), ("BDI", "BI"), ("BEL", "BE"), ("BEN", "BJ"), ("BES", "BQ"), ("BFA", "BF"), ("BGD", "BD"), ("BGR", "BG"),
    ("BHR", "BH"), ("BHS", "BS"), ("BIH", "BA"), ("BLM", "BL"), ("BLR", "BY"), ("BLZ", "BZ"), ("BMU", "BM"), ("BOL", "BO"),
    ("BRA", "BR"), ("BRB", "BB"), ("BRN", "BN"), ("BTN", "BT"), ("BVT", "BV"), ("BWA", "BW"), ("CAF", "CF"), ("CAN", "CA"),
    ("CCK", "CC"), ("CHE", "CH"), ("CHL", "CL"), ("CHN", "CN"), ("CIV", "CI"), ("CMR", "CM"), ("COD", "CD"), ("COG", "CG"),
    ("COK", "CK"), ("COL", "CO"), ("COM", "KM"), ("CPV", "CV"), ("CRI", "CR"), ("CUB", "CU"), ("CUW", "CW"), ("CXR", "CX"),
    ("CYM", "KY"), ("CYP", "CY"), ("CZE", "CZ"), ("D", "DE"), ("DEU", "DE"), ("DJI", "DJ"), ("DMA", "DM"), ("DNK", "DK"),
    ("DOM", "DO"), ("DZA", "DZ"), ("ECU", "EC"), ("EGY", "EG"), ("ERI", "ER"), ("ESH", "EH"), ("ESP", "ES"), ("EST", "EE"),
    ("ETH", "ET"), ("EUE", "EU"), ("FIN", "FI"), ("FJI", "FJ"), ("FLK", "FK"), ("FRA", "FR"), ("FRO", "FO"), ("FSM", "FM"),
    ("GAB", "GA"), ("GBD", "GB"), ("GBN", "GB"), ("GBO", "GB"), ("GBP", "GB"), ("GBR", "GB"), ("GBS", "GB"), ("GEO", "GE"),
    ("GGY", "GG"), ("GHA", "GH"), ("GIB", "GI"), ("GIN", "GN"), ("GLP", "GP"), ("GMB", "GM"), ("GNB", "GW"), ("GNQ", "GQ"),
    ("GRC", "GR"), ("GRD", "GD"), ("GRL", "GL"), ("GTM", "GT"), ("GUF", "GF"), ("GUM", "GU"), ("GUY", "GY"), ("HKG", "HK"),
    ("HMD", "HM"), ("HND", "HN"), ("HRV", "HR"), ("HTI", "HT"), ("HUN", "HU"), ("IDN", "ID"), ("IMN", "IM"), ("IND", "IN"),
    ("IOT", "IO"), ("IRL", "IE"), ("IRN", "IR"), ("IRQ", "IQ"), ("ISL", "IS"), ("ISR", "IL"), ("ITA", "IT"), ("JAM", "JM"),
    ("JEY", "JE"), ("JOR", "JO"), ("JPN", "JP"), ("KAZ", "KZ"), ("KEN", "KE"), ("KGZ", "KG"), ("KHM", "KH"), ("KIR", "KI"),
    ("KNA", "KN"), ("KOR", "KR"), ("KWT", "KW"), ("LAO", "LA"), ("LBN", "LB"), ("LBR", "LR"), ("LBY", "LY"), ("LCA", "LC"),
    ("LIE", "LI"), ("LKA", "LK"), ("LSO", "LS"), ("LTU", "LT"), ("LUX", "LU"), ("LVA", "LV"), ("MAC", "MO"), ("MAF", "MF"),
    ("MAR", "MA"), ("MCO", "MC"), ("MDA", "MD"), ("MDG", "MG"), ("MDV", "MV"), ("MEX", "MX"), ("MHL", "MH"), ("MKD", "MK"),
    ("MLI", "ML"), ("MLT", "MT"), ("MMR", "MM"), ("MNE", "ME"), ("MNG", "MN"), ("MNP", "MP"), ("MOZ", "MZ"), ("MRT", "MR"),
    ("MSR", "MS"), ("MTQ", "MQ"), ("MUS", "MU"), ("MWI", "MW"), ("MYS", "MY"), ("MYT", "YT"), ("NAM", "NA"), ("NCL", "NC"),
    ("NER", "NE"), ("NFK", "NF"), ("NGA", "NG"), ("NIC", "NI"), ("NIU", "NU"), ("NLD", "NL"), ("NOR", "NO"), ("NPL", "NP"),
    ("NRU", "NR"), ("NZL", "NZ"), ("OMN", "OM"), ("PAK", "PK"), ("PAN", "PA"), ("PCN", "PN"), ("PER", "PE"), ("PHL", "PH"),
    ("PLW", "PW"), ("PNG", "PG"), ("POL", "PL"), ("PRI", "PR"), ("PRK", "KP"), ("PRT", "PT"), ("PRY", "PY"), ("PSE", "PS"),
    ("PYF", "PF"), ("QAT", "QA"), ("REU", "RE"), ("RKS", "XK"), ("ROU", "RO"), ("RUS", "RU"), ("RWA", "RW"), ("SAU", "SA"),
    ("SDN", "SD"), ("SEN", "SN"), ("SGP", "SG"), ("SGS", "GS"), ("SHN", "SH"), ("SJM", "SJ"), ("SLB", "SB"), ("SLE", "SL"),
    ("SLV", "SV"), ("SMR", "SM"), ("SOM", "SO"), ("SPM", "PM"), ("SRB", "RS"), ("SSD", "SS"), ("STP", "ST"), ("SUR", "SR"),
    ("SVK", "SK"), ("SVN", "SI"), ("SWE", "SE"), ("SWZ", "SZ"), ("SXM", "SX"), ("SYC", "SC"), ("SYR", "SY"), ("TCA", "TC"),
    ("TCD", "TD"), ("TGO", "TG"), ("THA", "TH"), ("TJK", "TJ"), ("TKL", "TK"), ("TKM", "TM"), ("TLS", "TL"), ("TON", "TO"),
    ("TTO", "TT"), ("TUN", "TN"), ("TUR", "TR"), ("TUV", "TV"), ("TWN", "TW"), ("TZA", "TZ"), ("UGA", "UG"), ("UKR", "UA"),
    ("UMI", "UM"), ("UNK", "XK"), ("URY", "UY"), ("USA", "US"), ("UZB", "UZ"), ("VAT", "VA"), ("VCT", "VC"), ("VEN", "VE"),
    ("VGB", "VG"), ("VIR", "VI"), ("VNM", "VN"), ("VUT", "VU"), ("WLF", "WF"), ("WSM", "WS"), ("XKX", "XK"), ("YEM", "YE"),
    ("ZAF", "ZA"), ("ZMB", "ZM"), ("ZWE", "ZW"),
];

/// The two-letter code a browser names the country by, for a code that stands for a country;
/// `None` for organisations, stateless persons and refugees, and unknown codes.
#[must_use]
pub fn alpha2(code: &str) -> Option<&'static str> {
    let code = lookup(code)?.code;
    let index = ALPHA2
        .binary_search_by(|(candidate, _)| candidate.as_bytes().cmp(code.as_bytes()))
        .ok()?;
    ALPHA2.get(index).map(|&(_, two)| two)
}

/// The places that issue passports, degrees and police certificates, for a country list:
/// every ISO code, and Kosovo (`XKX`), which ISO has not assigned.
pub fn countries() -> impl Iterator<Item = Nationality> {
    all().filter(|n| n.kind == Iso || n.code == "XKX")
}

crate::codec::wire_codes!(NationalityKind {
    Iso => "iso",
    Icao => "icao",
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_without_duplicates_so_binary_search_works() {
        for pair in TABLE.windows(2) {
            assert!(
                pair[0].0 < pair[1].0,
                "{} must sort before {}",
                pair[0].0,
                pair[1].0
            );
        }
    }

    #[test]
    fn table_codes_are_one_to_three_upper_case_letters_and_iso_codes_exactly_three() {
        for &(code, kind) in TABLE {
            assert!(
                (1..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_uppercase()),
                "{code}"
            );
            if kind == Iso {
                assert_eq!(code.len(), 3, "{code}");
            }
        }
    }

    #[test]
    fn table_holds_all_249_iso_codes_and_the_icao_additions() {
        assert_eq!(all().filter(|n| n.kind() == Iso).count(), 249);
        for code in [
            "D", "GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA", "UNK", "XXA", "XXB", "XXC",
            "XXX", "EUE", "RKS", "XKX", "UTO",
        ] {
            assert_eq!(lookup(code).map(Nationality::kind), Some(Icao), "{code}");
        }
        for code in [
            "DEU", "CHN", "USA", "GBR", "KOR", "JPN", "RUS", "VNM", "MMR", "TUR", "SWZ", "MKD",
            "SSD", "BES",
        ] {
            assert_eq!(lookup(code).map(Nationality::kind), Some(Iso), "{code}");
        }
        assert_eq!(all().len(), TABLE.len());
    }

    #[test]
    fn germany_is_d_with_or_without_mrz_filler() {
        let germany = lookup("D<<").unwrap();
        assert_eq!(germany.code(), "D");
        assert_eq!(germany.mrz_form(), "D<<");
        assert_eq!(lookup("D"), Some(germany));
        assert_eq!(lookup("D<"), Some(germany));
        assert_eq!(lookup("DEU").unwrap().mrz_form(), "DEU");
    }

    #[test]
    fn lookup_ignores_case_and_surrounding_whitespace() {
        assert_eq!(lookup(" chn ").unwrap().code(), "CHN");
        assert_eq!(lookup("uTo").unwrap().code(), "UTO");
        assert_eq!(lookup("\td<<\n").unwrap().code(), "D");
        assert!(is_known("xxa"));
    }

    #[test]
    fn unknown_or_malformed_codes_are_not_known() {
        for code in [
            "", " ", "<<<", "<D<", "DE", "DEUT", "XYZ", "ZZZ", "EU", "C N", "CH1", "ÄGY", "中国",
            "12", "UK", "ROM", "YUG",
        ] {
            assert!(lookup(code).is_none(), "{code}");
        }
        // Trailing filler is trimmed, so a three-letter code with extra filler is still that code.
        assert_eq!(lookup("DEU<").unwrap().code(), "DEU");
        assert_eq!(lookup("D<<<").unwrap().code(), "D");
    }

    #[test]
    fn wire_form_is_the_code_and_unknown_codes_do_not_deserialise() {
        let germany = lookup("D<<").unwrap();
        assert_eq!(serde_json::to_string(&germany).unwrap(), r#""D""#);
        let back: Nationality = serde_json::from_str(r#""deu""#).unwrap();
        assert_eq!(back.code(), "DEU");
        assert!(serde_json::from_str::<Nationality>(r#""XYZ""#).is_err());
        assert_eq!(serde_json::to_string(&Icao).unwrap(), r#""icao""#);
    }

    proptest::proptest! {
        #[test]
        fn lookup_never_panics_and_only_returns_table_codes(input in proptest::prelude::any::<String>()) {
            if let Some(found) = lookup(&input) {
                proptest::prop_assert!(TABLE.iter().any(|&(code, _)| code == found.code()));
            }
        }
    }

    #[test]
    fn every_iso_code_has_its_two_letter_code_and_the_table_is_sorted() {
        for n in all().filter(|n| n.kind() == NationalityKind::Iso) {
            let two = alpha2(n.code()).unwrap();
            assert_eq!(two.len(), 2, "{}", n.code());
        }
        assert!(
            ALPHA2
                .windows(2)
                .all(|w| w[0].0.as_bytes() < w[1].0.as_bytes())
        );
        assert_eq!(alpha2("DEU"), Some("DE"));
        assert_eq!(alpha2("D<<"), Some("DE"));
        assert_eq!(alpha2("gbn"), Some("GB"));
        assert_eq!(alpha2("XKX"), Some("XK"));
        assert_eq!(alpha2("CHN"), Some("CN"));
        assert_eq!(alpha2("XXA"), None, "stateless is no country");
        assert_eq!(alpha2("UNO"), None);
        assert_eq!(alpha2("ZZZ"), None);
    }

    #[test]
    fn the_country_list_is_iso_and_kosovo_each_with_a_two_letter_code() {
        let list: Vec<_> = countries().collect();
        assert_eq!(list.len(), 250);
        assert!(list.iter().all(|n| alpha2(n.code()).is_some()));
        assert!(list.iter().any(|n| n.code() == "XKX"));
        assert!(!list.iter().any(|n| n.code() == "D" || n.code() == "UNO"));
    }
}
