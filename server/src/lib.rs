//! The Tailspin Surveys server: configuration, start-up and the axum routes
//! around the Leptos application.

pub mod cli;
pub mod config;
pub mod observability;
pub mod page_cache;
pub mod page_template;
pub mod region_settings;
pub mod routes;
pub mod server_key;
pub mod sessions;
pub mod startup;
pub mod state;
pub mod telemetry;

pub use config::Settings;
pub use startup::Application;
