//! Server functions and the wire types they exchange with the browser.
//! Wire types are separate from database rows: they carry exactly what a page
//! needs and nothing a visitor should not see.

pub mod admin;
pub mod respondent;
pub mod tenant;
