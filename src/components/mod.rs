//! Reusable UI, one module per component; each that renders markup has a style partial in
//! `style/components/` (`tidy` checks it).

pub mod account_menu;
pub mod back_link;
pub mod button;
pub mod card_nav;
pub mod choices;
pub mod copy_button;
pub mod date_input;
pub mod error_summary;
pub mod field;
pub mod form_problems;
pub mod language_switcher;
pub mod layout;
pub mod notice;
pub mod official_term;
pub mod page_heading;
pub mod panel;
pub mod password_input;
pub mod select;
pub mod summary_list;
pub mod text_input;
pub mod textarea;
