//! Home: what changed, what the e-SSC does, the five insurances, and the work-permit documents.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::notice::Notice;
use crate::components::official_term::OfficialTerm;
use crate::components::page_heading::PageHeading;
use crate::glossary::Term;
use crate::i18n::{Msg, tr};
use crate::routes::AppRoute;

const KEY_TERMS: &[Term] = &[
    Term::WorkPermit,
    Term::Essc,
    Term::WorkPermitNumber,
    Term::SocialSecurityNumber,
    Term::NotificationLetter,
    Term::RealPersonVerification,
];

const CARD_USES: &[Msg] = &[
    Msg::HomeCardIdentity,
    Msg::HomeCardMedical,
    Msg::HomeCardPermit,
    Msg::HomeCardPayments,
    Msg::HomeCardVerify,
];

const INSURANCES: &[(Term, Msg)] = &[
    (Term::Pension, Msg::HomeInsuranceShared),
    (Term::Medical, Msg::HomeInsuranceShared),
    (Term::Unemployment, Msg::HomeInsuranceShared),
    (Term::WorkInjury, Msg::HomeInsuranceEmployer),
    (Term::Maternity, Msg::HomeInsuranceMaternity),
];

const DOCUMENTS: &[(Term, Msg)] = &[
    (Term::PastEmployment, Msg::HomeDocPastEmployment),
    (Term::Qualification, Msg::HomeDocQualification),
    (Term::CriminalRecord, Msg::HomeDocCriminalRecord),
    (Term::PhysicalExamination, Msg::HomeDocPhysical),
    (Term::EmploymentContract, Msg::HomeDocContract),
    (Term::PassportPage, Msg::HomeDocPassport),
    (Term::IdPhoto, Msg::HomeDocPhoto),
];

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <PageHeading title=AppRoute::Home.title() />
        <p class="app-body-l">{tr(Msg::HomeLead)}</p>
        <div class="app-button-group">
            <A href=AppRoute::Register.href() attr:class="app-button" attr:draggable="false">{tr(Msg::RegisterStartTitle)}</A>
            <A href=AppRoute::SignIn.href()>{tr(Msg::HeaderSignIn)}</A>
        </div>

        <h2 class="app-heading-l">{tr(Msg::HomeChangedHeading)}</h2>
        <p>{tr(Msg::HomeChangedPermit)}</p>
        <p>{tr(Msg::HomeChangedRegister)}</p>
        <p>{tr(Msg::HomeChangedExisting)}</p>
        <h3 class="app-heading-m">{tr(Msg::HomeTermsHeading)}</h3>
        <ul class="app-list app-list--bullet">
            {KEY_TERMS.iter().map(|term| view! { <li><OfficialTerm term=*term /></li> }).collect_view()}
        </ul>

        <h2 class="app-heading-l">{tr(Msg::HomeCardHeading)}</h2>
        <p>{tr(Msg::HomeCardIntro)}</p>
        <ul class="app-list app-list--bullet">
            {CARD_USES.iter().map(|msg| view! { <li>{tr(*msg)}</li> }).collect_view()}
        </ul>
        <p><A href=AppRoute::Verify.href()>{tr(AppRoute::Verify.title())}</A></p>

        <h2 class="app-heading-l">{tr(Msg::HomeInsuranceHeading)}</h2>
        <p>{tr(Msg::HomeInsuranceIntro)}</p>
        // A region that takes focus, so a keyboard can scroll it where long words (German,
        // Russian, Portuguese) make it wider than a 320 px screen.
        <div class="app-table-wrapper" tabindex="0" role="region" aria-labelledby="home-insurance-caption">
            <table class="app-table">
                <caption id="home-insurance-caption" class="app-table__caption app-visually-hidden">{tr(Msg::HomeInsuranceHeading)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(Msg::HomeInsuranceColumnName)}</th>
                        <th scope="col">{tr(Msg::HomeInsuranceColumnPayer)}</th>
                    </tr>
                </thead>
                <tbody>
                    {INSURANCES.iter().map(|(term, payer)| view! {
                        <tr>
                            <th scope="row"><OfficialTerm term=*term /></th>
                            <td>{tr(*payer)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <Notice>
            <p>{tr(Msg::HomeInsuranceAgreement)}</p>
        </Notice>
        <p><A href=AppRoute::Calculator.href()>{tr(AppRoute::Calculator.title())}</A></p>

        <h2 class="app-heading-l">{tr(Msg::HomeDocumentsHeading)}</h2>
        <p>{tr(Msg::HomeDocumentsIntro)}</p>
        <ul class="app-list app-list--documents">
            {DOCUMENTS.iter().map(|(term, note)| view! {
                <li>
                    <strong><OfficialTerm term=*term /></strong>
                    <br />
                    <span class="app-hint">{tr(*note)}</span>
                </li>
            }).collect_view()}
        </ul>
        <p>{tr(Msg::HomeDocumentsTranslation)}</p>
        <p>{tr(Msg::HomeDocumentsAfter)}</p>
        <p><A href=AppRoute::Prepare.href()>{tr(Msg::HomePrepareLink)}</A></p>
        <p><A href=AppRoute::LifeEvents.href()>{tr(Msg::HomeLifeLink)}</A></p>
        <p><A href=AppRoute::ApplicationStatus.href()>{tr(Msg::HomeStatusLink)}</A></p>
    }
}
