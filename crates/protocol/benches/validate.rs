//! `cargo xtask bench`: how long validating a complete registration form takes natively, and
//! parsing the passport's MRZ. Budget: a registration under 10 µs (median).

use std::hint::black_box;
use std::time::Instant;

use protocol::api::{IdentifierKind, RegistrationRequest};
use protocol::date::Date;

const BUDGET_NS: f64 = 10_000.0;

/// Median, minimum and maximum nanoseconds per call over 31 batches.
fn measure(mut f: impl FnMut()) -> (f64, f64, f64) {
    for _ in 0..20_000 {
        f();
    }
    let batch = 20_000u32;
    let mut samples: Vec<f64> = (0..31)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..batch {
                f();
            }
            start.elapsed().as_secs_f64() * 1e9 / f64::from(batch)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    let at = |i: usize| samples.get(i).copied().unwrap_or(f64::NAN);
    (at(samples.len() / 2), at(0), at(samples.len() - 1))
}

fn main() {
    let request = RegistrationRequest {
        surname: "Müller-Lüdenscheidt".into(),
        given_names: "Anna  Maria José".into(),
        identifier_kind: Some(IdentifierKind::WorkPermitNumber),
        identifier: "1234 5678 9012 3456 78".into(),
        password: "correct-h0rse".into(),
        phone: Some("+86 138-1234-5678".into()),
    };
    assert!(
        protocol::forms::validate_registration(&request).is_ok(),
        "the benchmark form must be valid"
    );
    let (median, min, max) = measure(|| {
        black_box(protocol::forms::validate_registration(black_box(&request)).ok());
    });
    println!(
        "validate_registration (complete, valid form): median {median:.0} ns, min {min:.0} ns, max {max:.0} ns"
    );

    let today = Date::new(2010, 1, 1).unwrap_or_else(|| std::process::exit(2));
    let (line1, line2) = (
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    );
    let (mrz_median, _, _) = measure(|| {
        black_box(protocol::mrz::parse_td3(black_box(line1), black_box(line2), today).ok());
    });
    println!("mrz::parse_td3 (ICAO specimen): median {mrz_median:.0} ns");

    if median > BUDGET_NS {
        eprintln!("over budget: {median:.0} ns > {BUDGET_NS:.0} ns");
        std::process::exit(1);
    }
    println!("within the {BUDGET_NS:.0} ns budget");
}
