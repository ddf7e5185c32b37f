//! The questions before the points: nationality, the highest degree and where it was obtained,
//! and the application (new, renewal, change of employer) with its planned filing date.

use leptos::prelude::*;
use protocol::documents::Application;
use protocol::nationality;
use protocol::points::Education;

use super::{CountrySelect, Question, use_prepare};
use crate::components::choices::{Choice, EnumRadios};
use crate::components::date_input::DateInput;
use crate::components::form_problems::Problems;
use crate::i18n::{Msg, tr, use_i18n};
use crate::routes::AppRoute;

const NATIONALITY: &str = "nationality";
const EDUCATION: &str = "education";
const DEGREE_COUNTRY: &str = "degree-country";
const APPLICATION: &str = "application";
const SUBMISSION: &str = "submission";

const EDUCATIONS: [(Education, Msg); 4] = [
    (Education::Doctorate, Msg::PrepareEducationDoctorate),
    (Education::Master, Msg::PrepareEducationMaster),
    (Education::Bachelor, Msg::PrepareEducationBachelor),
    (Education::None, Msg::PrepareEducationNone),
];

const APPLICATIONS: [(Application, Msg); 3] = [
    (Application::New, Msg::PrepareApplicationNew),
    (Application::Renewal, Msg::PrepareApplicationRenewal),
    (
        Application::ChangeOfEmployer,
        Msg::PrepareApplicationChangeOfEmployer,
    ),
];

#[component]
pub fn NationalityPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_prepare();
    let problems = Problems::new();
    let check = move || {
        if nationality::is_known(&state.nationality.get_untracked()) {
            Vec::new()
        } else {
            vec![(NATIONALITY, i18n.t(Msg::PrepareNationalityMissing))]
        }
    };
    view! {
        <Question route=AppRoute::PrepareNationality back=AppRoute::Prepare next=AppRoute::PrepareDegree problems check hint=Msg::PrepareNationalityHint>
            <CountrySelect id=NATIONALITY label=Msg::PrepareCountry error=problems.for_field(NATIONALITY) value=state.nationality />
        </Question>
    }
}

#[component]
pub fn DegreePage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_prepare();
    let problems = Problems::new();
    let check = move || {
        let mut found = Vec::new();
        if state.education.get_untracked().is_none() {
            found.push((EDUCATION, i18n.t(Msg::PrepareEducationMissing)));
        }
        if !nationality::is_known(&state.degree_country.get_untracked()) {
            found.push((DEGREE_COUNTRY, i18n.t(Msg::PrepareDegreeCountryMissing)));
        }
        found
    };
    view! {
        <Question route=AppRoute::PrepareDegree back=AppRoute::PrepareNationality next=AppRoute::PrepareApplication problems check>
            <EnumRadios
                name=EDUCATION
                legend=tr(Msg::PrepareEducation)
                error=problems.for_field(EDUCATION)
                selected=state.education
                choices=EDUCATIONS.iter().map(|(value, msg)| Choice::of(*value, tr(*msg))).collect()
            />
            <CountrySelect id=DEGREE_COUNTRY label=Msg::PrepareDegreeCountry hint=Msg::PrepareDegreeCountryHint error=problems.for_field(DEGREE_COUNTRY) value=state.degree_country />
        </Question>
    }
}

#[component]
pub fn ApplicationPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_prepare();
    let problems = Problems::new();
    let check = move || {
        let mut found = Vec::new();
        if state.application.get_untracked().is_none() {
            found.push((APPLICATION, i18n.t(Msg::PrepareApplicationMissing)));
        }
        let submission = state.submission.get_untracked().date();
        let today = crate::browser::today();
        match submission {
            Ok(None) => found.push((SUBMISSION, i18n.t(Msg::PrepareSubmissionMissing))),
            Err(_) => found.push((SUBMISSION, i18n.t(Msg::PrepareSubmissionInvalid))),
            Ok(Some(date)) if today.is_some_and(|today| today.days_until(date) < 0) => {
                found.push((SUBMISSION, i18n.t(Msg::PrepareSubmissionPast)));
            }
            Ok(Some(_)) => {}
        }
        found
    };
    view! {
        <Question route=AppRoute::PrepareApplication back=AppRoute::PrepareDegree next=AppRoute::PreparePoints problems check>
            <EnumRadios
                name=APPLICATION
                legend=tr(Msg::PrepareApplication)
                error=problems.for_field(APPLICATION)
                selected=state.application
                choices=APPLICATIONS.iter().map(|(value, msg)| Choice::of(*value, tr(*msg))).collect()
            />
            <DateInput id=SUBMISSION legend=tr(Msg::PrepareSubmission) hint=tr(Msg::PrepareSubmissionHint) error=problems.for_field(SUBMISSION) value=state.submission />
        </Question>
    }
}
