//! A shared touch screen in a service hall (`Mode::Kiosk`): the welcome screen where each
//! visit starts, the visit's end (the Finish button, and the idle reset with its warning), and
//! an address that keeps saying "kiosk".
//!
//! Its code is a chunk of its own (`journeys::KioskControls`) and its words a file of their
//! own (`locales/<id>/journeys/kiosk.ftl`), which only a kiosk fetches.

pub mod idle;
pub mod keyboard;
pub mod visit;
pub mod welcome;
