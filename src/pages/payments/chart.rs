//! A bar chart of the month's contributions (employer plus employee), drawn as SVG. It is a
//! picture of the table, which stays the source of truth; its text summary says the same in
//! words for anyone who cannot see it.

use leptos::prelude::*;

/// One bar: the month (1–12), the amount in fen, and whether the month is in arrears.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bar {
    pub month: u8,
    pub fen: u64,
    pub arrears: bool,
}

const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 160.0;
const LABELS: f64 = 18.0;
const SLOT: f64 = WIDTH / 12.0;

/// The bar's x (left edge) and height, for 12 monthly slots; right to left when `rtl`.
#[must_use]
pub fn geometry(bar: Bar, max_fen: u64, rtl: bool) -> (f64, f64) {
    let slot = f64::from(bar.month.clamp(1, 12) - 1);
    let slot = if rtl { 11.0 - slot } else { slot };
    let height = if max_fen == 0 {
        0.0
    } else {
        (bar.fen as f64 / max_fen as f64) * (HEIGHT - LABELS - 4.0)
    };
    (slot * SLOT + SLOT * 0.15, height)
}

#[component]
pub fn ContributionChart(
    bars: Vec<Bar>,
    /// Right to left: January at the right.
    rtl: Signal<bool>,
    summary: Signal<String>,
) -> impl IntoView {
    let max = bars.iter().map(|b| b.fen).max().unwrap_or(0);
    let baseline = HEIGHT - LABELS;
    view! {
        <figure class="app-chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby="chart-summary" focusable="false">
                <line x1="0" x2=WIDTH y1=baseline y2=baseline stroke="currentColor" stroke-width="1" />
                {bars.into_iter().map(|bar| {
                    let height = geometry(bar, max, false).1;
                    let x = move || geometry(bar, max, rtl.get()).0;
                    let class = if bar.arrears { "app-chart__bar app-chart__bar--arrears" } else { "app-chart__bar" };
                    view! {
                        <rect class=class x=x y=baseline - height width=SLOT * 0.7 height=height />
                        <text x=move || x() + SLOT * 0.35 y=HEIGHT - 4.0 text-anchor="middle" font-size="11" fill="currentColor">{bar.month}</text>
                    }
                }).collect_view()}
            </svg>
            <figcaption id="chart-summary">{move || summary.get()}</figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_scaled_to_the_largest_and_mirrored_right_to_left() {
        let full = Bar {
            month: 1,
            fen: 100,
            arrears: false,
        };
        let half = Bar {
            month: 12,
            fen: 50,
            arrears: false,
        };
        let (x1, h1) = geometry(full, 100, false);
        let (x12, h12) = geometry(half, 100, false);
        assert!(x1 < x12);
        assert!((h1 - 2.0 * h12).abs() < 1e-9);
        let (rx1, _) = geometry(full, 100, true);
        assert!(
            (rx1 - x12).abs() < 1e-9,
            "January takes December's place right to left"
        );
        assert_eq!(geometry(full, 0, false).1, 0.0);
    }
}
