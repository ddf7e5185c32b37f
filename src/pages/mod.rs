//! One module per page.

pub mod accessibility;
pub mod design_system;
pub mod home;
pub mod not_found;
