//! The contract between the app and any backend that implements it: API paths and types,
//! error and validation codes, and the validation rules for every identifier a foreign worker
//! types.
//!
//! This crate is compiled into the browser app (wasm) and into the reference server, so the
//! same rule runs in both places. It stays free of web and server dependencies, reads no
//! clock (callers pass "today"), and never panics on input.
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

pub mod api;
pub mod apostille;
pub mod applications;
pub mod codec;
pub mod contributions;
pub mod date;
pub mod deadlines;
pub mod documents;
pub mod forms;
pub mod health;
pub mod holidays;
pub mod ics;
pub mod ids;
pub mod mrz;
pub mod names;
pub mod nationality;
pub mod package;
pub mod password;
pub mod paths;
pub mod pdf;
pub mod photo;
pub mod pin;
pub mod points;
pub mod problem;
pub mod upload;
pub mod validation;
pub mod zip;
