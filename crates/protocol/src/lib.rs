//! The contract between the app and any backend that implements it.
//!
//! This crate is compiled into the browser app (wasm) and into the reference server, so it
//! stays free of web and server dependencies and never panics on input.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod health;
pub mod paths;
pub mod problem;
