use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

/// Logs to stderr; `RUST_LOG` sets the levels (default `info`), and
/// `TAILSPIN_LOG_FORMAT=json` writes one JSON object a line, with the
/// request span's fields (request id, route, tenant, user) on each.
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let json = std::env::var("TAILSPIN_LOG_FORMAT").is_ok_and(|f| f.eq_ignore_ascii_case("json"));
    let _ = if json {
        tracing_subscriber::fmt()
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .with_env_filter(filter)
            .with_writer(std::io::stderr)
            .try_init()
    } else {
        tracing_subscriber::fmt()
            .with_ansi(colours_wanted())
            .with_env_filter(filter)
            .with_writer(std::io::stderr)
            .try_init()
    };
}

/// Colours only for a person at a terminal who has not asked for none
/// (`NO_COLOR`); a log kept in a file or read from a pipe stays plain text.
fn colours_wanted() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}
