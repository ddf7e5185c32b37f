//! Demo seed data for the reference backend (`server --demo`): work permits that have not been
//! registered yet, one registered account with an active card, and that account's payment
//! records.
//!
//! **Everything here is fictional demo data.** People, companies, numbers, phone and card
//! numbers are invented; the districts and roads are real so that addresses read naturally.
//! Nothing here may reach a production database.
//!
//! How the numbers are made up (none of these layouts is official, domain.md §4):
//! - work-permit numbers: 18 digits, the province-level area code (`310000` Shanghai, `110000`
//!   Beijing), the year the number was first issued, and an 8-digit sequence; there is no check
//!   digit to satisfy;
//! - social security numbers starting with `9` follow the 2023 Foreign Permanent Resident ID
//!   layout (`9`, province code, ISO 3166-1 numeric nationality, birth date `YYYYMMDD`, 3-digit
//!   sequence, MOD 11-2 check character), so they exercise the check-character rule; the others
//!   are 18 letters and digits that do not start with `9`, for the "confirmed by the server" path.
//!
//! The names are written as a user might type them (mixed case, accents, hyphens,
//! apostrophes); the tests check that each one normalises to the passport's MRZ spelling.
//! Dates are chosen relative to 2026-11-27, which the tests use as "today".
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

use protocol::api::{InsuranceType, PaymentRecord, PaymentStatus, PermitCategory};
use protocol::contributions::{self, City, ContributionInput, Insurance};
use protocol::date::YearMonth;

/// One person's work permit as the authorities issued it, with the passport details the
/// registration is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoPermit {
    /// As the user would type it (mixed case, accents, hyphens and apostrophes allowed).
    pub surname: &'static str,
    pub given_names: &'static str,
    /// ICAO / ISO 3166-1 alpha-3 code as in the passport MRZ, without filler (`D`, `KOR`).
    pub nationality: &'static str,
    /// (year, month, day).
    pub birth_date: (u16, u8, u8),
    /// 18 digits.
    pub work_permit_number: &'static str,
    /// 18 characters, already in normalised form (upper case, no spaces).
    pub social_security_number: &'static str,
    pub category: PermitCategory,
    pub employer: &'static str,
    pub workplace: &'static str,
    pub position: &'static str,
    pub work_address: &'static str,
    /// (year, month, day), inclusive.
    pub valid_from: (u16, u8, u8),
    /// (year, month, day), inclusive.
    pub valid_until: (u16, u8, u8),
    pub city: City,
    /// Gross monthly salary in fen (1 RMB = 100 fen).
    pub monthly_salary_fen: u64,
}

/// RMB to fen, for readable salary literals.
const fn rmb(yuan: u64) -> u64 {
    yuan * 100
}

/// Work permits whose holders have not registered an e-SSC yet: try registering with any of
/// them (name as in the passport plus the work-permit number or social security number).
pub const UNREGISTERED: &[DemoPermit] = &[
    // German passport (nationality `D`), umlaut surname: compared as MUELLER, LENA SOPHIE.
    DemoPermit {
        surname: "Müller",
        given_names: "Lena Sophie",
        nationality: "D",
        birth_date: (1988, 4, 12),
        work_permit_number: "310000202200041873",
        social_security_number: "931276198804120029",
        category: PermitCategory::B,
        employer: "Rheinfeld Automation (Shanghai) Co., Ltd. (莱茵菲尔德自动化)",
        workplace: "Zhangjiang R&D Centre",
        position: "Senior Controls Engineer",
        work_address: "Building 5, No. 1690 Cailun Road, Pudong New Area, Shanghai",
        valid_from: (2025, 3, 1),
        valid_until: (2028, 2, 29),
        city: City::Shanghai,
        // Above Shanghai's base ceiling: the contribution base is lowered to the ceiling.
        monthly_salary_fen: rmb(42_000),
    },
    // Compound surname and a four-part given name with accents: GARCIA LOPEZ,
    // MARIA DE LOS ANGELES.
    DemoPermit {
        surname: "García López",
        given_names: "María de los Ángeles",
        nationality: "ESP",
        birth_date: (1990, 2, 14),
        work_permit_number: "110000202300087214",
        social_security_number: "ESP724199002140026",
        category: PermitCategory::B,
        employer: "Xueyuan International School (Beijing) (学苑国际学校)",
        workplace: "Secondary School Campus",
        position: "Spanish Teacher",
        work_address: "No. 17 Zhichun Road, Haidian District, Beijing",
        valid_from: (2025, 8, 20),
        valid_until: (2027, 8, 19),
        city: City::Beijing,
        monthly_salary_fen: rmb(22_000),
    },
    // Hyphenated surname with an accent: DUBOIS LEFEVRE, CLAIRE.
    DemoPermit {
        surname: "Dubois-Lefèvre",
        given_names: "Claire",
        nationality: "FRA",
        birth_date: (1979, 9, 23),
        work_permit_number: "310000201800012650",
        social_security_number: "FRA250197909230048",
        category: PermitCategory::A,
        employer: "Lumière Cosmetics (China) Co., Ltd. (光影化妆品)",
        workplace: "Asia-Pacific Headquarters",
        position: "Chief Financial Officer",
        work_address: "38F, No. 1601 Nanjing West Road, Jing'an District, Shanghai",
        valid_from: (2024, 6, 1),
        valid_until: (2029, 5, 31),
        city: City::Shanghai,
        monthly_salary_fen: rmb(95_000),
    },
    // Korean romanisation with a hyphenated given name: LEE, SEO YEON. This permit expires
    // within 60 days of 2026-11-27, for the renewal reminder.
    DemoPermit {
        surname: "Lee",
        given_names: "Seo-yeon",
        nationality: "KOR",
        birth_date: (1993, 7, 8),
        work_permit_number: "110000202400103377",
        social_security_number: "911410199307080043",
        category: PermitCategory::B,
        employer: "Hanbit Mobile Technology (Beijing) Co., Ltd. (韩光移动科技)",
        workplace: "Wangjing Office",
        position: "Product Manager",
        work_address: "Tower B, No. 7 Futong East Street, Chaoyang District, Beijing",
        valid_from: (2025, 1, 10),
        valid_until: (2027, 1, 9),
        city: City::Beijing,
        monthly_salary_fen: rmb(30_000),
    },
    // Japanese romanisation, typed in lower case: TAKAHASHI, KENTA.
    DemoPermit {
        surname: "takahashi",
        given_names: "Kenta",
        nationality: "JPN",
        birth_date: (1985, 11, 30),
        work_permit_number: "110000201900055021",
        social_security_number: "JPN392198511300013",
        category: PermitCategory::A,
        employer: "Sakura Precision Instruments (Beijing) Co., Ltd. (樱花精密仪器)",
        workplace: "Yizhuang Manufacturing Plant",
        position: "Plant General Manager",
        work_address: "No. 12 Kechuang 6th Street, Beijing Economic-Technological Development Area, Daxing District, Beijing",
        valid_from: (2025, 5, 15),
        valid_until: (2030, 5, 14),
        city: City::Beijing,
        monthly_salary_fen: rmb(68_000),
    },
    // Arabic name in Latin script with "El-": EL SAYED, OMAR MAHMOUD.
    DemoPermit {
        surname: "El-Sayed",
        given_names: "Omar Mahmoud",
        nationality: "EGY",
        birth_date: (1987, 3, 2),
        work_permit_number: "310000202100078342",
        social_security_number: "931818198703020036",
        category: PermitCategory::B,
        employer: "Nile Bridge Trading (Shanghai) Co., Ltd. (尼罗桥贸易)",
        workplace: "Hongqiao Office",
        position: "Regional Sales Manager, Middle East",
        work_address: "Room 1205, No. 2299 Yan'an West Road, Changning District, Shanghai",
        valid_from: (2026, 4, 1),
        valid_until: (2028, 3, 31),
        city: City::Shanghai,
        monthly_salary_fen: rmb(26_000),
    },
    // Arabic name with "Al-" and an apostrophe: AL JAFARI, RANIA.
    DemoPermit {
        surname: "Al-Ja'fari",
        given_names: "Rania",
        nationality: "JOR",
        birth_date: (1995, 12, 19),
        work_permit_number: "110000202500120496",
        social_security_number: "JOR400199512190024",
        category: PermitCategory::C,
        employer: "Cedar & Olive Restaurant Management (Beijing) Co., Ltd. (雪松橄榄餐饮)",
        workplace: "Sanlitun Restaurant",
        position: "Chef (Levantine Cuisine)",
        work_address: "No. 19 Sanlitun Road, Chaoyang District, Beijing",
        valid_from: (2026, 6, 1),
        valid_until: (2027, 5, 31),
        city: City::Beijing,
        monthly_salary_fen: rmb(12_000),
    },
    // Vietnamese with stacked diacritics and a three-part given name: NGUYEN, THI THU HA.
    DemoPermit {
        surname: "Nguyễn",
        given_names: "Thị Thu Hà",
        nationality: "VNM",
        birth_date: (2001, 5, 6),
        work_permit_number: "310000202600009158",
        social_security_number: "870431200105060028",
        category: PermitCategory::C,
        employer: "Mekong Link Logistics (Shanghai) Co., Ltd. (湄公联运物流)",
        workplace: "Waigaoqiao Warehouse",
        position: "Customs Documentation Assistant (Vietnamese)",
        work_address: "No. 55 Fute North Road, China (Shanghai) Pilot Free Trade Zone, Pudong New Area, Shanghai",
        valid_from: (2026, 7, 1),
        valid_until: (2027, 6, 30),
        city: City::Shanghai,
        // Below Shanghai's base floor: the contribution base is raised to the floor.
        monthly_salary_fen: rmb(7_000),
    },
    // Apostrophe in the surname and a two-part given name: OCONNOR, SEAN PATRICK.
    DemoPermit {
        surname: "O'Connor",
        given_names: "Sean Patrick",
        nationality: "USA",
        birth_date: (1983, 8, 17),
        work_permit_number: "110000201700033719",
        social_security_number: "911840198308170054",
        category: PermitCategory::B,
        employer: "Great Wall Bilingual Education (Beijing) Co., Ltd. (长城双语教育)",
        workplace: "Shunyi Campus",
        position: "Head of English Department",
        work_address: "No. 9 Anhua Street, Shunyi District, Beijing",
        valid_from: (2025, 8, 1),
        valid_until: (2027, 7, 31),
        city: City::Beijing,
        monthly_salary_fen: rmb(35_000),
    },
    // Russian patronymic as a second given name: IVANOVA, YEKATERINA SERGEYEVNA.
    DemoPermit {
        surname: "Ivanova",
        given_names: "Yekaterina Sergeyevna",
        nationality: "RUS",
        birth_date: (1991, 1, 25),
        work_permit_number: "310000202000064580",
        social_security_number: "RUS643199101250046",
        category: PermitCategory::B,
        employer: "Baltic Star Shipping Agency (Shanghai) Co., Ltd. (波罗的之星船务)",
        workplace: "North Bund Office",
        position: "Chartering Manager",
        work_address: "No. 500 Dongdaming Road, Hongkou District, Shanghai",
        valid_from: (2026, 1, 15),
        valid_until: (2028, 1, 14),
        city: City::Shanghai,
        monthly_salary_fen: rmb(31_000),
    },
    // Lower-case particle and a tilde: DA SILVA, JOAO PEDRO.
    DemoPermit {
        surname: "da Silva",
        given_names: "João Pedro",
        nationality: "BRA",
        birth_date: (1986, 6, 30),
        work_permit_number: "110000202200091142",
        social_security_number: "BRA076198606300011",
        category: PermitCategory::B,
        employer: "Verde Agro Trading (Beijing) Co., Ltd. (绿野农贸)",
        workplace: "CBD Office",
        position: "Commodity Trader (Soybeans)",
        work_address: "Floor 21, No. 36 Jianguo Road, Chaoyang District, Beijing",
        valid_from: (2025, 12, 15),
        valid_until: (2027, 12, 14),
        city: City::Beijing,
        monthly_salary_fen: rmb(40_000),
    },
];

/// A registered e-SSC account: the permit, the sign-in password, the phone used for SMS codes
/// and the social security card number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoAccount {
    pub permit: DemoPermit,
    /// Meets the password rule (8–16 characters, at least two kinds).
    pub password: &'static str,
    /// 11 digits, a valid Chinese mobile number.
    pub phone: &'static str,
    /// 9 characters, invented (the card-number layout is not published).
    pub card_number: &'static str,
}

/// The account with an active card: sign in with the work-permit number or the social security
/// number and the password. Surname with a particle: VAN DER BERG, PIETER JAN.
pub const REGISTERED: DemoAccount = DemoAccount {
    permit: DemoPermit {
        surname: "van der Berg",
        given_names: "Pieter Jan",
        nationality: "NLD",
        birth_date: (1984, 10, 3),
        work_permit_number: "310000201900047735",
        social_security_number: "931528198410030077",
        category: PermitCategory::B,
        employer: "Tulip Harbour Engineering (Shanghai) Co., Ltd. (郁金香港湾工程)",
        workplace: "Xuhui Office",
        position: "Senior Water Resources Engineer",
        work_address: "No. 222 Tianyaoqiao Road, Xuhui District, Shanghai",
        valid_from: (2025, 4, 1),
        valid_until: (2028, 3, 31),
        city: City::Shanghai,
        monthly_salary_fen: rmb(28_500),
    },
    password: "Shanghai-2026",
    phone: "13917265408",
    card_number: "E31000715",
};

/// A second account with an active card, for the timeline: a Category B holder who entered
/// China three weeks before the demo starts, so the residence permit and the on-site
/// verification are due soon (`demo_applications`). Its permit's dates are set when seeding,
/// relative to that day; the ones here are placeholders. No payment records yet.
pub const NEW_ARRIVAL: DemoAccount = DemoAccount {
    permit: DemoPermit {
        surname: "Okonkwo",
        given_names: "Chinedu Emmanuel",
        nationality: "NGA",
        birth_date: (1991, 6, 18),
        work_permit_number: "310000202600058214",
        social_security_number: "NGA566199106180035",
        category: PermitCategory::B,
        employer: "Bund Data Systems (Shanghai) Co., Ltd. (外滩数据系统)",
        workplace: "Yangpu Software Park",
        position: "Data Platform Engineer",
        work_address: "No. 248 Songhu Road, Yangpu District, Shanghai",
        valid_from: (2026, 11, 12),
        valid_until: (2027, 11, 11),
        city: City::Shanghai,
        monthly_salary_fen: rmb(36_000),
    },
    password: "Arrival-2026",
    phone: "13816620947",
    card_number: "E31002264",
};

/// How many months of payment records the registered account has.
pub const PAYMENT_HISTORY_MONTHS: u32 = 24;

/// The month in arrears is this many months before the latest (pending) month.
const ARREARS_MONTHS_BEFORE_LAST: u32 = 4;

/// 0001-01, the earliest month a [`YearMonth`] can hold, as a month index.
const FIRST_MONTH_INDEX: u32 = 12;

/// Months since year 0 (`year × 12 + month − 1`), for month arithmetic.
fn month_index(month: YearMonth) -> u32 {
    u32::from(month.year()) * 12 + u32::from(month.month()) - 1
}

/// The month of a [`month_index`], if a [`YearMonth`] can hold it.
fn month_from_index(index: u32) -> Option<YearMonth> {
    let year = u16::try_from(index / 12).ok()?;
    let month = u8::try_from(index % 12 + 1).ok()?;
    YearMonth::new(year, month)
}

/// The month whose contribution table stands in for `period`.
///
/// **Demo data only.** `protocol::contributions` covers only the months its dated tables cover
/// (2024-07..2025-06 at the time of writing) and refuses to guess. So that the demo shows a
/// full history ending at any month, a period outside every table borrows the rates and base
/// limits of the nearest earlier table (or of the earliest table, for a period before all of
/// them). The record still carries its real period. A covered period is used as it is.
fn stand_in_rate_period(city: City, period: YearMonth) -> Option<YearMonth> {
    let coverage = contributions::coverage(city);
    if coverage.iter().any(|v| v.contains(period)) {
        return Some(period);
    }
    coverage
        .iter()
        .filter(|v| v.until < period)
        .map(|v| v.until)
        .max()
        .or_else(|| coverage.iter().map(|v| v.from).min())
}

fn insurance_type(insurance: Insurance) -> InsuranceType {
    match insurance {
        Insurance::Pension => InsuranceType::Pension,
        Insurance::Medical => InsuranceType::Medical,
        Insurance::Unemployment => InsuranceType::Unemployment,
        Insurance::WorkInjury => InsuranceType::WorkInjury,
    }
}

/// The registered account's payment records for the [`PAYMENT_HISTORY_MONTHS`] months ending
/// with `last_month`, oldest month first; within a month, one row per insurance in the order
/// pension, medical, unemployment, work injury (maternity is part of medical).
///
/// Amounts come from [`contributions::monthly`] for the account's city and salary, at the
/// city's lowest work-injury rate. Months outside the dated tables use a stand-in table (see
/// `stand_in_rate_period`): **demo data, not a real calculation**.
///
/// Status: `last_month` is pending, the month four months earlier is
/// in arrears (all four rows), every other month is paid. Near 0001-01 the history is shorter
/// (it never goes before 0001-01); with at least two months the earliest month is then the one
/// in arrears if the usual one does not exist. Never panics; returns no rows only if the
/// city had no contribution table at all.
#[must_use]
pub fn payment_records(last_month: YearMonth) -> Vec<PaymentRecord> {
    let account = REGISTERED.permit;
    let last = month_index(last_month);
    let first = last
        .saturating_sub(PAYMENT_HISTORY_MONTHS - 1)
        .max(FIRST_MONTH_INDEX);
    let arrears = last.saturating_sub(ARREARS_MONTHS_BEFORE_LAST).max(first);

    let mut records = Vec::with_capacity(PAYMENT_HISTORY_MONTHS as usize * 4);
    for index in first..=last {
        let Some(period) = month_from_index(index) else {
            continue;
        };
        let Some(rate_period) = stand_in_rate_period(account.city, period) else {
            continue;
        };
        let input = ContributionInput {
            city: account.city,
            period: rate_period,
            monthly_salary_fen: account.monthly_salary_fen,
            work_injury_rate: None,
        };
        let Ok(breakdown) = contributions::monthly(&input) else {
            continue;
        };
        let status = if index == last {
            PaymentStatus::Pending
        } else if index == arrears {
            PaymentStatus::Arrears
        } else {
            PaymentStatus::Paid
        };
        records.extend(breakdown.lines.iter().map(|line| PaymentRecord {
            period,
            employer: account.employer.to_owned(),
            insurance: insurance_type(line.insurance),
            base_fen: breakdown.base_fen,
            employer_fen: line.employer_fen,
            employee_fen: line.employee_fen,
            status,
        }));
    }
    records
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet, HashSet};

    use protocol::date::Date;
    use protocol::names::normalize_passport_name;
    use protocol::{ids, nationality, password};

    use super::*;

    /// "Today" for the date checks.
    fn today() -> Date {
        Date::new(2026, 11, 27).unwrap()
    }

    fn date((year, month, day): (u16, u8, u8)) -> Date {
        Date::new(year, month, day).unwrap_or_else(|| panic!("{year}-{month}-{day}"))
    }

    fn month(text: &str) -> YearMonth {
        text.parse().unwrap()
    }

    /// Every permit, registered one last.
    fn all_permits() -> Vec<DemoPermit> {
        UNREGISTERED
            .iter()
            .copied()
            .chain([NEW_ARRIVAL.permit, REGISTERED.permit])
            .collect()
    }

    fn normalised(permit: &DemoPermit) -> String {
        normalize_passport_name(permit.surname, permit.given_names)
            .unwrap_or_else(|e| panic!("{}: {e:?}", permit.surname))
            .display()
    }

    #[test]
    fn there_are_at_least_eight_unregistered_permits() {
        assert!(UNREGISTERED.len() >= 8, "{}", UNREGISTERED.len());
    }

    #[test]
    fn every_name_normalises_to_the_expected_mrz_spelling() {
        let expected = [
            "MUELLER, LENA SOPHIE",
            "GARCIA LOPEZ, MARIA DE LOS ANGELES",
            "DUBOIS LEFEVRE, CLAIRE",
            "LEE, SEO YEON",
            "TAKAHASHI, KENTA",
            "EL SAYED, OMAR MAHMOUD",
            "AL JAFARI, RANIA",
            "NGUYEN, THI THU HA",
            "OCONNOR, SEAN PATRICK",
            "IVANOVA, YEKATERINA SERGEYEVNA",
            "DA SILVA, JOAO PEDRO",
            "OKONKWO, CHINEDU EMMANUEL",
            "VAN DER BERG, PIETER JAN",
        ];
        let names: Vec<String> = all_permits().iter().map(normalised).collect();
        assert_eq!(names, expected);
    }

    #[test]
    fn the_names_cover_the_cases_the_validators_must_handle() {
        let find = |surname: &str| {
            UNREGISTERED
                .iter()
                .find(|p| p.surname == surname)
                .unwrap_or_else(|| panic!("{surname}"))
        };
        // German passport with an umlaut.
        let mueller = find("Müller");
        assert_eq!(mueller.nationality, "D");
        assert!(normalised(mueller).starts_with("MUELLER,"));
        // A given name with several parts.
        assert!(
            UNREGISTERED
                .iter()
                .any(|p| p.given_names.split_whitespace().count() >= 3)
        );
        // A hyphenated surname.
        assert!(UNREGISTERED.iter().any(|p| p.surname.contains('-')));
        // Korean and Japanese romanised names.
        assert!(UNREGISTERED.iter().any(|p| p.nationality == "KOR"));
        assert!(UNREGISTERED.iter().any(|p| p.nationality == "JPN"));
        // Arabic names in Latin script, with El-/Al- and with an apostrophe.
        assert_eq!(find("El-Sayed").nationality, "EGY");
        assert!(find("Al-Ja'fari").surname.contains('\''));
        // Typed in lower case.
        assert!(
            UNREGISTERED
                .iter()
                .any(|p| p.surname.chars().next().is_some_and(char::is_lowercase))
        );
    }

    #[test]
    fn every_nationality_is_a_known_mrz_code() {
        for permit in all_permits() {
            let known = nationality::lookup(permit.nationality)
                .unwrap_or_else(|| panic!("{}", permit.nationality));
            assert_eq!(known.code(), permit.nationality);
        }
    }

    #[test]
    fn every_work_permit_number_passes_the_validator_as_stored() {
        for permit in all_permits() {
            assert_eq!(
                ids::parse_work_permit_number(permit.work_permit_number).as_deref(),
                Ok(permit.work_permit_number),
            );
        }
    }

    #[test]
    fn every_social_security_number_passes_the_validator_as_stored() {
        for permit in all_permits() {
            let ssn = permit.social_security_number;
            assert_eq!(ssn.len(), 18, "{ssn}");
            assert_eq!(
                ids::parse_social_security_number(ssn).as_deref(),
                Ok(ssn),
                "{ssn}"
            );
        }
    }

    #[test]
    fn several_social_security_numbers_start_with_nine_and_carry_a_correct_check_character() {
        let nines: Vec<DemoPermit> = all_permits()
            .into_iter()
            .filter(|p| p.social_security_number.starts_with('9'))
            .collect();
        assert!(nines.len() >= 3, "{}", nines.len());
        for permit in &nines {
            let ssn = permit.social_security_number;
            let check = ssn.get(..17).and_then(ids::mod11_2_check_char);
            assert_eq!(check, ssn.chars().last(), "{ssn}");
            assert!(
                ids::parse_foreign_permanent_resident_id(ssn).is_ok(),
                "{ssn}"
            );
            // The embedded birth date is the holder's.
            assert_eq!(
                ids::birth_date_in_id(ssn),
                Some(date(permit.birth_date)),
                "{ssn}"
            );
        }
        // A wrong check character is refused, so the demo exercises the rule.
        let ssn = REGISTERED.permit.social_security_number;
        let wrong = format!(
            "{}{}",
            &ssn[..17],
            if ssn.ends_with('0') { '1' } else { '0' }
        );
        assert!(ids::parse_social_security_number(&wrong).is_err());
        assert!(
            all_permits()
                .iter()
                .filter(|p| !p.social_security_number.starts_with('9'))
                .count()
                >= 3
        );
        assert!(REGISTERED.permit.social_security_number.starts_with('9'));
    }

    #[test]
    fn identifiers_are_unique_across_all_permits() {
        let permits = all_permits();
        let permit_numbers: HashSet<_> = permits.iter().map(|p| p.work_permit_number).collect();
        let ssns: HashSet<_> = permits.iter().map(|p| p.social_security_number).collect();
        assert_eq!(permit_numbers.len(), permits.len());
        assert_eq!(ssns.len(), permits.len());
        // No number is both someone's work-permit number and someone's SSN.
        assert!(permit_numbers.is_disjoint(&ssns));
        let names: HashSet<_> = permits.iter().map(normalised).collect();
        assert_eq!(names.len(), permits.len());
    }

    #[test]
    fn categories_and_cities_are_mixed() {
        for category in [PermitCategory::A, PermitCategory::B, PermitCategory::C] {
            assert!(
                UNREGISTERED.iter().any(|p| p.category == category),
                "{category:?}"
            );
        }
        for city in City::ALL {
            assert!(UNREGISTERED.iter().any(|p| p.city == city), "{city}");
        }
        // Salaries below the floor and above the ceiling exercise the base adjustment.
        let input = |p: &DemoPermit| ContributionInput {
            city: p.city,
            period: month("2025-01"),
            monthly_salary_fen: p.monthly_salary_fen,
            work_injury_rate: None,
        };
        let adjustments: HashSet<_> = UNREGISTERED
            .iter()
            .map(|p| contributions::monthly(&input(p)).unwrap().adjustment)
            .collect();
        assert_eq!(adjustments.len(), 3, "{adjustments:?}");
    }

    #[test]
    fn text_fields_are_filled_in() {
        for permit in all_permits() {
            for text in [
                permit.employer,
                permit.workplace,
                permit.position,
                permit.work_address,
            ] {
                assert!(!text.trim().is_empty(), "{}", permit.surname);
                assert_eq!(text.trim(), text);
            }
            assert!(
                permit.work_address.ends_with(&permit.city.to_string()),
                "{}",
                permit.work_address
            );
        }
    }

    #[test]
    fn dates_exist_and_are_sensible() {
        let today = today();
        let mut expiring_soon = 0;
        for permit in all_permits() {
            let (birth, from, until) = (
                date(permit.birth_date),
                date(permit.valid_from),
                date(permit.valid_until),
            );
            let age = birth.years_until(today);
            assert!((18..=65).contains(&age), "{} is {age}", permit.surname);
            assert!(from < until, "{}", permit.surname);
            assert!(from <= today, "{} not yet valid", permit.surname);
            assert!(until > today, "{} expired", permit.surname);
            // At most five years (category A).
            assert!(from.days_until(until) <= 5 * 366, "{}", permit.surname);
            if today.days_until(until) <= 60 {
                expiring_soon += 1;
            }
        }
        assert_eq!(expiring_soon, 1);
        // The registered account's permit does not expire soon.
        assert!(today.days_until(date(REGISTERED.permit.valid_until)) > 60);
    }

    #[test]
    fn registered_account_credentials_pass_the_validators() {
        for account in [REGISTERED, NEW_ARRIVAL] {
            assert_eq!(password::check(account.password), vec![]);
            assert_eq!(
                ids::normalize_china_mobile(account.phone).as_deref(),
                Ok(account.phone)
            );
            assert_eq!(account.card_number.len(), 9);
            assert!(
                account
                    .card_number
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            );
            assert_eq!(account.permit.city, City::Shanghai);
            // A registered permit is not among the unregistered ones.
            assert!(!UNREGISTERED.contains(&account.permit));
        }
        assert_ne!(REGISTERED.phone, NEW_ARRIVAL.phone);
        assert_ne!(REGISTERED.card_number, NEW_ARRIVAL.card_number);
    }

    #[test]
    fn payment_records_cover_24_months_with_four_insurances_each() {
        let records = payment_records(month("2026-10"));
        assert_eq!(records.len(), 24 * 4);
        let months: BTreeSet<YearMonth> = records.iter().map(|r| r.period).collect();
        assert_eq!(months.len(), 24);
        assert_eq!(months.first(), Some(&month("2024-11")));
        assert_eq!(months.last(), Some(&month("2026-10")));
        // Oldest first, and each month has exactly the four insurances.
        assert!(records.windows(2).all(|w| w[0].period <= w[1].period));
        for period in &months {
            let kinds: Vec<InsuranceType> = records
                .iter()
                .filter(|r| r.period == *period)
                .map(|r| r.insurance)
                .collect();
            assert_eq!(
                kinds,
                vec![
                    InsuranceType::Pension,
                    InsuranceType::Medical,
                    InsuranceType::Unemployment,
                    InsuranceType::WorkInjury
                ]
            );
        }
        assert!(
            records
                .iter()
                .all(|r| r.employer == REGISTERED.permit.employer)
        );
    }

    #[test]
    fn exactly_one_month_is_in_arrears_and_the_latest_is_pending() {
        let records = payment_records(month("2026-10"));
        let mut by_month: BTreeMap<YearMonth, HashSet<PaymentStatus>> = BTreeMap::new();
        for r in &records {
            by_month.entry(r.period).or_default().insert(r.status);
        }
        // One status per month.
        assert!(by_month.values().all(|s| s.len() == 1));
        let status_of = |m: &str| by_month.get(&month(m)).unwrap().iter().next().copied();
        assert_eq!(status_of("2026-10"), Some(PaymentStatus::Pending));
        let arrears: Vec<_> = by_month
            .iter()
            .filter(|(_, s)| s.contains(&PaymentStatus::Arrears))
            .map(|(m, _)| *m)
            .collect();
        assert_eq!(arrears, vec![month("2026-06")]);
        let paid = by_month
            .values()
            .filter(|s| s.contains(&PaymentStatus::Paid))
            .count();
        assert_eq!(paid, 22);
    }

    #[test]
    fn amounts_are_the_calculator_results_real_for_covered_months_stand_in_otherwise() {
        let records = payment_records(month("2026-10"));
        let account = REGISTERED.permit;
        let breakdown = |period: &str| {
            contributions::monthly(&ContributionInput {
                city: City::Shanghai,
                period: month(period),
                monthly_salary_fen: account.monthly_salary_fen,
                work_injury_rate: None,
            })
            .unwrap()
        };
        let check = |records: &[PaymentRecord], expected: &contributions::ContributionBreakdown| {
            assert_eq!(records.len(), 4);
            for (record, line) in records.iter().zip(&expected.lines) {
                assert_eq!(record.insurance, insurance_type(line.insurance));
                assert_eq!(record.base_fen, expected.base_fen);
                assert_eq!(record.employer_fen, line.employer_fen);
                assert_eq!(record.employee_fen, line.employee_fen);
            }
        };
        let rows = |period: &str| -> Vec<PaymentRecord> {
            records
                .iter()
                .filter(|r| r.period == month(period))
                .cloned()
                .collect()
        };
        // Covered months: the calculator's own result for that month.
        for period in ["2024-11", "2025-01", "2025-06"] {
            check(&rows(period), &breakdown(period));
        }
        // Later months borrow the last covered table (2025-06).
        for period in ["2025-07", "2026-06", "2026-10"] {
            check(&rows(period), &breakdown("2025-06"));
        }
        // Salary RMB 28,500 is inside Shanghai's limits, so it is the base; spot-check 2025-01:
        // pension 16% 456,000 / 8% 228,000; work injury 0.16% 4,560 (employer only).
        let january = rows("2025-01");
        assert_eq!(january[0].base_fen, 2_850_000);
        assert_eq!(
            (january[0].employer_fen, january[0].employee_fen),
            (456_000, 228_000)
        );
        assert_eq!(
            (january[3].employer_fen, january[3].employee_fen),
            (4_560, 0)
        );
        // Months before every table borrow the earliest one.
        let early = payment_records(month("2020-03"));
        assert_eq!(early.len(), 96);
        check(&early[..4], &breakdown("2024-07"));
    }

    #[test]
    fn stand_in_period_clamps_into_the_covered_range() {
        let stand_in = |m: &str| stand_in_rate_period(City::Shanghai, month(m));
        assert_eq!(stand_in("2024-06"), Some(month("2024-07")));
        assert_eq!(stand_in("0001-01"), Some(month("2024-07")));
        assert_eq!(stand_in("2024-09"), Some(month("2024-09")));
        assert_eq!(stand_in("2025-07"), Some(month("2025-06")));
        assert_eq!(stand_in("9999-12"), Some(month("2025-06")));
    }

    #[test]
    fn month_index_round_trips() {
        for m in ["0001-01", "0001-12", "2024-12", "2025-01", "9999-12"] {
            assert_eq!(month_from_index(month_index(month(m))), Some(month(m)));
        }
        assert_eq!(month_from_index(FIRST_MONTH_INDEX), Some(month("0001-01")));
        assert_eq!(month_from_index(FIRST_MONTH_INDEX - 1), None);
        assert_eq!(month_from_index(u32::MAX), None);
    }

    #[test]
    fn payment_records_never_panic_and_end_with_the_given_month() {
        let years = (1..=9999u16)
            .step_by(37)
            .chain([1, 2, 3, 2024, 2025, 2026, 9998, 9999]);
        for year in years {
            for m in 1..=12 {
                let last = YearMonth::new(year, m).unwrap();
                let records = payment_records(last);
                // Months available from 0001-01 to `last`, at most 24.
                let available = month_index(last) - FIRST_MONTH_INDEX + 1;
                let expected_months = available.min(PAYMENT_HISTORY_MONTHS) as usize;
                assert_eq!(records.len(), expected_months * 4, "{last}");
                assert_eq!(records.last().map(|r| r.period), Some(last));
                assert_eq!(
                    records.last().map(|r| r.status),
                    Some(PaymentStatus::Pending)
                );
                let arrears_months: BTreeSet<_> = records
                    .iter()
                    .filter(|r| r.status == PaymentStatus::Arrears)
                    .map(|r| r.period)
                    .collect();
                assert_eq!(
                    arrears_months.len(),
                    usize::from(expected_months >= 2),
                    "{last}"
                );
            }
        }
        // The very first month: one pending month, nothing in arrears.
        let first = payment_records(month("0001-01"));
        assert_eq!(first.len(), 4);
        assert!(first.iter().all(|r| r.status == PaymentStatus::Pending));
    }
}
