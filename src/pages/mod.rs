//! One module per page.

pub mod accessibility;
pub mod calculator;
pub mod card;
pub mod design_system;
pub mod face_check;
pub mod home;
pub mod life;
pub mod not_found;
pub mod payments;
pub mod prepare;
pub mod register;
pub mod sign_in;
pub mod signed_out;
pub mod verify;
pub mod work_permit;
