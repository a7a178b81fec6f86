//! Subscribers coming into being: self-service sign-up through a social
//! identity, and creating a subscriber with its way of signing in (used by
//! sign-up, Tailspin administration, the CLI and restore).

pub mod form;
pub mod onboarding;
pub mod social;

pub use form::*;
pub use onboarding::*;
pub use social::*;
