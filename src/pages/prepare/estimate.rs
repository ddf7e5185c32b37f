//! The category estimate (`protocol::points::estimate`): each factor's points, the direct
//! routes the points do not cover, that the authority decides, and which category the
//! checklist is for.

use leptos::prelude::*;
use protocol::points::{self, Category, Factor, PointsBreakdown};

use super::points::points_input;
use super::{Lost, Question, use_prepare};
use crate::components::choices::{Choice, EnumRadios};
use crate::components::form_problems::Problems;
use crate::components::notice::Notice;
use crate::components::official_term::OfficialTerm;
use crate::glossary::Term;
use crate::i18n::{Msg, args, tr, use_i18n};
use crate::routes::AppRoute;

const CATEGORY: &str = "category";

const CATEGORIES: [(Category, Term, Msg); 3] = [
    (Category::A, Term::CategoryA, Msg::PrepareEstimateA),
    (Category::B, Term::CategoryB, Msg::PrepareEstimateB),
    (Category::C, Term::CategoryC, Msg::PrepareEstimateC),
];

const fn factor_name(factor: Factor) -> Msg {
    match factor {
        Factor::Salary => Msg::PrepareFactorSalary,
        Factor::Education => Msg::PrepareFactorEducation,
        Factor::WorkExperience => Msg::PrepareFactorWorkExperience,
        Factor::MonthsInChina => Msg::PrepareFactorMonthsInChina,
        Factor::ChineseLevel => Msg::PrepareFactorChineseLevel,
        Factor::WorkLocation => Msg::PrepareFactorWorkLocation,
        Factor::Age => Msg::PrepareFactorAge,
        Factor::Distinction => Msg::PrepareFactorDistinction,
    }
}

#[component]
pub fn EstimatePage() -> impl IntoView {
    let state = use_prepare();
    match points_input(&state) {
        Ok(input) => {
            let breakdown = points::estimate(&input);
            if state.category.get_untracked().is_none() {
                state.category.set(Some(breakdown.category));
            }
            view! { <Estimate breakdown /> }.into_any()
        }
        Err(_) => view! { <Lost route=AppRoute::PrepareEstimate /> }.into_any(),
    }
}

#[component]
fn Estimate(breakdown: PointsBreakdown) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_prepare();
    let problems = Problems::new();
    let check = move || {
        if state.category.get_untracked().is_some() {
            Vec::new()
        } else {
            vec![(CATEGORY, i18n.t(Msg::PrepareCategoryMissing))]
        }
    };
    let (term, meaning) = CATEGORIES
        .iter()
        .find(|(category, ..)| *category == breakdown.category)
        .map_or((Term::CategoryC, Msg::PrepareEstimateC), |(_, t, m)| {
            (*t, *m)
        });
    let (total, max) = (breakdown.total, points::max_total());
    let rows = breakdown
        .factors
        .iter()
        .map(|line| {
            view! {
                <tr>
                    <th scope="row">{tr(factor_name(line.factor))}</th>
                    <td class="app-table__numeric">{line.points}</td>
                    <td class="app-table__numeric">{line.max}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Question route=AppRoute::PrepareEstimate back=AppRoute::PreparePoints next=AppRoute::PrepareTasks problems check button=Msg::PrepareSeeChecklist>
            <div class="app-estimate" id="estimate-result">
                <p class="app-heading-l"><OfficialTerm term /></p>
                <p class="app-body-l">{move || i18n.text(args::PrepareEstimatePoints { total: f64::from(total), max: f64::from(max) })}</p>
                <p>{tr(meaning)}</p>
            </div>
            <div class="app-table-wrapper" tabindex="0" role="region" aria-labelledby="estimate-factors-caption">
                <table class="app-table">
                    <caption id="estimate-factors-caption" class="app-table__caption">{tr(Msg::PrepareFactors)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(Msg::PrepareFactor)}</th>
                            <th scope="col" class="app-table__numeric">{tr(Msg::PreparePoints)}</th>
                            <th scope="col" class="app-table__numeric">{tr(Msg::PreparePointsMax)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h2 class="app-heading-m">{tr(Msg::PrepareDirectHeading)}</h2>
            <p>{tr(Msg::PrepareDirectA)}</p>
            <p>{tr(Msg::PrepareDirectB)}</p>
            <Notice><p>{tr(Msg::PrepareAuthorityDecides)}</p></Notice>
            <EnumRadios
                name=CATEGORY
                legend=tr(Msg::PrepareCategory)
                hint=tr(Msg::PrepareCategoryHint)
                error=problems.for_field(CATEGORY)
                selected=state.category
                choices=CATEGORIES.iter().map(|(value, term, _)| Choice::of(*value, tr(term.msg())).term(*term)).collect()
            />
        </Question>
    }
}
