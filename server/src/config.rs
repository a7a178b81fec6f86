//! Settings: built-in defaults that run the whole product on one machine,
//! overridden by environment variables (documented in the README).

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::{Context, bail};

use crate::region_settings::RegionSetting;

/// For local use only; the README says so and how to change it.
pub const DEFAULT_DEMO_PASSWORD: &str = "tailspin-demo-2026";

#[derive(Clone, Debug)]
pub struct Settings {
    /// Address to listen on; port 0 picks a free port (tests).
    pub listen_addr: SocketAddr,
    /// `sqlite:...` (default) or `postgres:...`.
    pub database_url: String,
    /// Directory of the local blob store (logos, exports, backups).
    pub blob_dir: PathBuf,
    /// A cloud blob store instead of `blob_dir`: `az://container[/prefix]`
    /// (Azure Blob Storage) or `s3://bucket[/prefix]`, configured by
    /// `blob_store_options` (the `AZURE_*` or `AWS_*` variables).
    pub blob_store_url: Option<String>,
    pub blob_store_options: Vec<(String, String)>,
    /// Tenants' SQLite export databases (the embedded default).
    pub export_dir: PathBuf,
    /// Directory holding the built site (`pkg/` with WASM, JS and CSS).
    pub site_root: PathBuf,
    /// Mark cookies `Secure` (serve over https).
    pub cookie_secure: bool,
    /// Whether to load the demo tenant (with its publicly known password)
    /// into an empty database at start-up.
    pub demo_data: DemoData,
    /// Password of the demo accounts (local use only).
    pub demo_password: String,
    /// A session unused for this long is signed out.
    pub session_idle_minutes: i64,
    /// Any session is signed out this long after signing in.
    pub session_absolute_minutes: i64,
    /// The address people reach this service at (redirect URIs are built
    /// from it); by default `http://` and the listening address.
    pub public_url: Option<String>,
    /// The server key, base64; when absent it is read from (or first
    /// written to) `secret_key_file`.
    pub secret_key: Option<String>,
    pub secret_key_file: PathBuf,
    /// Instance-wide social identity providers (Trial, Individual).
    pub social_providers: Vec<app::auth::SocialProvider>,
    /// Run the statistics task inside the server (off when `server worker`
    /// processes do it).
    pub statistics_in_process: bool,
    /// How often the statistics task looks at the queue when not woken.
    pub statistics_interval_ms: u64,
    /// How long a claimed message stays hidden from other task instances.
    pub statistics_lease_ms: i64,
    /// Regions a subscriber may choose, and where each keeps its tenants'
    /// surveys (`TAILSPIN_REGIONS`; see [`crate::region_settings`]).
    pub regions: Vec<RegionSetting>,
    /// Bearer token for `/metrics` (`TAILSPIN_METRICS_TOKEN`); without one
    /// the metrics are not served.
    pub metrics_token: Option<String>,
    /// Submissions a client address may make a minute
    /// (`TAILSPIN_SUBMISSIONS_PER_MINUTE`).
    pub submissions_per_minute: u32,
    /// Sign-in and sign-up attempts a client address may make a minute
    /// (`TAILSPIN_SIGN_INS_PER_MINUTE`).
    pub sign_ins_per_minute: u32,
    /// Requests a minute each API key may make, per instance
    /// (`TAILSPIN_API_REQUESTS_PER_MINUTE`).
    pub api_requests_per_minute: u32,
    /// Seconds a public survey form must have been open before its answers
    /// are taken (`TAILSPIN_MIN_FILL_SECONDS`; 0 takes them at once).
    pub min_fill_seconds: u64,
    /// Leading zero bits of the proof-of-work challenge surveys may ask
    /// for (`TAILSPIN_CHALLENGE_BITS`, 1 to 32).
    pub challenge_bits: u8,
    /// Survey invitations and reminders one tenant may queue a minute
    /// (`TAILSPIN_INVITATIONS_PER_MINUTE`).
    pub invitations_per_minute: u32,
    /// Seconds a mail runner holds the messages it claimed; a runner that
    /// died leaves them to others after this (`TAILSPIN_MAIL_LEASE_SECONDS`).
    pub mail_lease_seconds: u32,
    /// Bytes of rendered respondent pages kept in memory
    /// (`TAILSPIN_PAGE_CACHE_BYTES`; 0 renders every page).
    pub page_cache_bytes: u64,
    /// Addresses of the reverse proxies in front (`TAILSPIN_TRUSTED_PROXIES`):
    /// only for connections from them is `X-Forwarded-For` believed.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Internal networks the server may contact on a user's behalf anyway
    /// (`TAILSPIN_OUTBOUND_ALLOW`, e.g. `127.0.0.1/32` for a provider on the
    /// same machine); none by default.
    pub outbound_allow: app::outbound::OutboundPolicy,
    /// Days an anonymous paid sign-up waits for activation before it is
    /// removed and its alias freed (`TAILSPIN_PENDING_SIGNUP_DAYS`).
    pub pending_signup_days: u32,
    /// The SMTP server that sends email (`TAILSPIN_SMTP_URL`); without one,
    /// messages are written to `outbox_dir` and listed for the operator.
    pub smtp_url: Option<app::services::mail::SmtpUrl>,
    /// The sender of email (`TAILSPIN_MAIL_FROM`).
    pub mail_from: Option<String>,
    /// The local outbox (`TAILSPIN_OUTBOX_DIR`).
    pub outbox_dir: PathBuf,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            listen_addr: SocketAddr::from(([127, 0, 0, 1], 3000)),
            database_url: "sqlite://data/tailspin.db".to_owned(),
            blob_dir: PathBuf::from("data/blobs"),
            export_dir: PathBuf::from("data/exports"),
            blob_store_url: None,
            blob_store_options: Vec::new(),
            site_root: PathBuf::from("target/site"),
            cookie_secure: false,
            demo_data: DemoData::OnLoopback,
            demo_password: DEFAULT_DEMO_PASSWORD.to_owned(),
            session_idle_minutes: 8 * 60,
            session_absolute_minutes: 7 * 24 * 60,
            public_url: None,
            secret_key: None,
            secret_key_file: PathBuf::from("data/secret.key"),
            social_providers: Vec::new(),
            statistics_in_process: true,
            statistics_interval_ms: 1000,
            statistics_lease_ms: app::services::statistics::DEFAULT_LEASE_MS,
            regions: ["europe", "north-america", "asia-pacific"]
                .map(RegionSetting::label)
                .to_vec(),
            metrics_token: None,
            submissions_per_minute: 120,
            sign_ins_per_minute: 30,
            api_requests_per_minute: 600,
            page_cache_bytes: 16 * 1024 * 1024,
            min_fill_seconds: 2,
            challenge_bits: app::services::proof_of_work::Puzzle::DEFAULT_BITS,
            invitations_per_minute: 1_000,
            mail_lease_seconds: 120,
            trusted_proxies: Vec::new(),
            outbound_allow: app::outbound::OutboundPolicy::default(),
            pending_signup_days: 7,
            smtp_url: None,
            mail_from: None,
            outbox_dir: PathBuf::from("data/outbox"),
        }
    }
}

/// The demo data's accounts share a password anyone can read in the README,
/// so by default they exist only on a server nobody else can reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DemoData {
    /// Only when listening on a loopback address (the default).
    OnLoopback,
    /// The operator asked for it (`TAILSPIN_DEMO_DATA=true`).
    On,
    Off,
}

impl Settings {
    /// `pending_signup_days` in milliseconds, for the job runner.
    pub fn pending_signup_ms(&self) -> i64 {
        i64::from(self.pending_signup_days) * 24 * 60 * 60 * 1000
    }

    /// The address links and redirect URIs are built from:
    /// `TAILSPIN_PUBLIC_URL`, or `http://` and the address listened on.
    pub fn base_url(&self, listening: SocketAddr) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{listening}"))
    }

    /// Whether this server loads the demo data into an empty database.
    pub fn loads_demo_data(&self) -> bool {
        match self.demo_data {
            DemoData::On => true,
            DemoData::Off => false,
            // Behind a proxy on the same machine the server listens on
            // loopback yet serves the world: any sign of that means no.
            DemoData::OnLoopback => {
                self.listen_addr.ip().is_loopback()
                    && self.public_url.is_none()
                    && self.trusted_proxies.is_empty()
                    && !self.cookie_secure
            }
        }
    }

    pub fn from_env() -> anyhow::Result<Settings> {
        let mut settings = Settings::from_lookup(|key| std::env::var(key).ok())?;
        settings.blob_store_options = std::env::vars()
            .filter(|(name, _)| name.starts_with("AZURE_") || name.starts_with("AWS_"))
            .map(|(name, value)| (name.to_ascii_lowercase(), value))
            .collect();
        Ok(settings)
    }

    /// Layers the given variables over the defaults.
    pub fn from_lookup(var: impl Fn(&str) -> Option<String>) -> anyhow::Result<Settings> {
        let mut settings = Settings::default();
        // cargo-leptos passes the address of the workspace metadata in
        // LEPTOS_SITE_ADDR; our own variable wins over it.
        if let Some(addr) = var("TAILSPIN_LISTEN_ADDR").or_else(|| var("LEPTOS_SITE_ADDR")) {
            settings.listen_addr = addr
                .parse()
                .with_context(|| format!("TAILSPIN_LISTEN_ADDR is not an address: {addr:?}"))?;
        }
        if let Some(url) = var("DATABASE_URL") {
            if !(url.starts_with("sqlite:")
                || url.starts_with("postgres:")
                || url.starts_with("postgresql:"))
            {
                bail!("DATABASE_URL must start with sqlite: or postgres:");
            }
            settings.database_url = url;
        }
        if let Some(dir) = var("TAILSPIN_BLOB_DIR") {
            settings.blob_dir = PathBuf::from(dir);
        }
        if let Some(url) = var("TAILSPIN_BLOB_STORE_URL").filter(|u| !u.is_empty()) {
            if !(url.starts_with("az://")
                || url.starts_with("azure://")
                || url.starts_with("s3://"))
            {
                bail!("TAILSPIN_BLOB_STORE_URL must start with az:// or s3://");
            }
            settings.blob_store_url = Some(url);
        }
        if let Some(dir) = var("TAILSPIN_EXPORT_DIR") {
            settings.export_dir = PathBuf::from(dir);
        }
        if let Some(root) = var("LEPTOS_SITE_ROOT") {
            settings.site_root = PathBuf::from(root);
        }
        if let Some(flag) = var("TAILSPIN_COOKIE_SECURE") {
            settings.cookie_secure = parse_flag("TAILSPIN_COOKIE_SECURE", &flag)?;
        }
        if let Some(password) = var("TAILSPIN_DEMO_PASSWORD") {
            app::domain::check_new_password(&password)
                .map_err(|e| anyhow::anyhow!("TAILSPIN_DEMO_PASSWORD: {e}"))?;
            settings.demo_password = password;
        }
        if let Some(minutes) = var("TAILSPIN_SESSION_IDLE_MINUTES") {
            settings.session_idle_minutes = minutes
                .parse()
                .ok()
                .filter(|m| (1..=60 * 24 * 30).contains(m))
                .with_context(|| {
                    format!(
                        "TAILSPIN_SESSION_IDLE_MINUTES must be 1 to 43200 minutes, not {minutes:?}"
                    )
                })?;
        }
        if let Some(minutes) = var("TAILSPIN_SESSION_ABSOLUTE_MINUTES") {
            settings.session_absolute_minutes = minutes
                .parse()
                .ok()
                .filter(|m| (1..=60 * 24 * 90).contains(m))
                .with_context(|| {
                    format!("TAILSPIN_SESSION_ABSOLUTE_MINUTES must be 1 to 129600 minutes, not {minutes:?}")
                })?;
        }
        if let Some(url) = var("TAILSPIN_PUBLIC_URL") {
            let url = url.trim_end_matches('/').to_owned();
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                bail!("TAILSPIN_PUBLIC_URL must start with http:// or https://, not {url:?}");
            }
            settings.public_url = Some(url);
        }
        if let Some(key) = var("TAILSPIN_SECRET_KEY") {
            app::secrets::ServerKey::from_base64(&key)
                .map_err(|e| anyhow::anyhow!("TAILSPIN_SECRET_KEY: {e}"))?;
            settings.secret_key = Some(key);
        }
        if let Some(file) = var("TAILSPIN_SECRET_KEY_FILE") {
            settings.secret_key_file = PathBuf::from(file);
        }
        if let Some(token) = var("TAILSPIN_METRICS_TOKEN").filter(|t| !t.is_empty()) {
            if token.len() < 16 {
                bail!("TAILSPIN_METRICS_TOKEN must be at least 16 characters");
            }
            settings.metrics_token = Some(token);
        }
        if let Some(value) = var("TAILSPIN_MIN_FILL_SECONDS") {
            settings.min_fill_seconds =
                value.parse().ok().filter(|n| *n <= 60).context(
                    "TAILSPIN_MIN_FILL_SECONDS must be a whole number of seconds, 0 to 60",
                )?;
        }
        if let Some(value) = var("TAILSPIN_CHALLENGE_BITS") {
            settings.challenge_bits = value
                .parse()
                .ok()
                .and_then(app::services::proof_of_work::Puzzle::new)
                .map(|puzzle| puzzle.bits())
                .context("TAILSPIN_CHALLENGE_BITS must be a whole number, 1 to 32")?;
        }
        if let Some(value) = var("TAILSPIN_INVITATIONS_PER_MINUTE") {
            settings.invitations_per_minute =
                value.parse().ok().filter(|n| *n >= 1).context(
                    "TAILSPIN_INVITATIONS_PER_MINUTE must be a whole number, at least 1",
                )?;
        }
        if let Some(value) = var("TAILSPIN_MAIL_LEASE_SECONDS") {
            settings.mail_lease_seconds = value
                .parse()
                .ok()
                .filter(|n| (5..=3600).contains(n))
                .context("TAILSPIN_MAIL_LEASE_SECONDS must be a whole number, 5 to 3600")?;
        }
        if let Some(value) = var("TAILSPIN_PAGE_CACHE_BYTES") {
            settings.page_cache_bytes = value
                .parse()
                .context("TAILSPIN_PAGE_CACHE_BYTES must be a whole number of bytes")?;
        }
        for (name, target) in [
            (
                "TAILSPIN_SUBMISSIONS_PER_MINUTE",
                &mut settings.submissions_per_minute,
            ),
            (
                "TAILSPIN_SIGN_INS_PER_MINUTE",
                &mut settings.sign_ins_per_minute,
            ),
            (
                "TAILSPIN_API_REQUESTS_PER_MINUTE",
                &mut settings.api_requests_per_minute,
            ),
        ] {
            if let Some(value) = var(name) {
                *target = value
                    .parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .with_context(|| format!("{name} must be a whole number above 0"))?;
            }
        }
        if let Some(list) = var("TAILSPIN_TRUSTED_PROXIES") {
            settings.trusted_proxies = list
                .split(',')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(|a| {
                    a.parse().with_context(|| {
                        format!("TAILSPIN_TRUSTED_PROXIES must list IP addresses, comma-separated; {a:?} is not one")
                    })
                })
                .collect::<anyhow::Result<_>>()?;
        }
        if let Some(days) = var("TAILSPIN_PENDING_SIGNUP_DAYS") {
            settings.pending_signup_days = days
                .parse()
                .ok()
                .filter(|d| (1..=365).contains(d))
                .with_context(|| {
                    format!("TAILSPIN_PENDING_SIGNUP_DAYS must be 1 to 365 days, not {days:?}")
                })?;
        }
        if let Some(list) = var("TAILSPIN_OUTBOUND_ALLOW") {
            settings.outbound_allow = app::outbound::OutboundPolicy::parse(&list)
                .map_err(|e| anyhow::anyhow!("TAILSPIN_OUTBOUND_ALLOW: {e}"))?;
        }
        if let Some(list) = var("TAILSPIN_REGIONS") {
            settings.regions = crate::region_settings::parse_regions(&list)?;
        }
        if let Some(json) = var("TAILSPIN_SOCIAL_PROVIDERS") {
            settings.social_providers = parse_social_providers(&json)?;
        }
        if let Some(flag) = var("TAILSPIN_STATISTICS_IN_PROCESS") {
            settings.statistics_in_process = parse_flag("TAILSPIN_STATISTICS_IN_PROCESS", &flag)?;
        }
        if let Some(ms) = var("TAILSPIN_STATISTICS_INTERVAL_MS") {
            settings.statistics_interval_ms = ms
                .parse()
                .ok()
                .filter(|ms| (10..=3_600_000).contains(ms))
                .with_context(|| {
                    format!("TAILSPIN_STATISTICS_INTERVAL_MS must be 10 to 3600000, not {ms:?}")
                })?;
        }
        if let Some(ms) = var("TAILSPIN_STATISTICS_LEASE_MS") {
            settings.statistics_lease_ms = ms
                .parse()
                .ok()
                .filter(|ms| (100..=3_600_000).contains(ms))
                .with_context(|| {
                    format!("TAILSPIN_STATISTICS_LEASE_MS must be 100 to 3600000, not {ms:?}")
                })?;
        }
        if let Some(url) = var("TAILSPIN_SMTP_URL").filter(|u| !u.is_empty()) {
            // The error never repeats the URL: it may hold a password.
            settings.smtp_url = Some(
                app::services::mail::SmtpUrl::parse(&url)
                    .map_err(|e| anyhow::anyhow!("TAILSPIN_SMTP_URL: {e}"))?,
            );
        }
        if let Some(from) = var("TAILSPIN_MAIL_FROM").filter(|f| !f.is_empty()) {
            settings.mail_from = Some(from);
        }
        if let Some(dir) = var("TAILSPIN_OUTBOX_DIR") {
            settings.outbox_dir = PathBuf::from(dir);
        }
        if let Some(flag) = var("TAILSPIN_DEMO_DATA") {
            settings.demo_data = if parse_flag("TAILSPIN_DEMO_DATA", &flag)? {
                DemoData::On
            } else {
                DemoData::Off
            };
        }
        Ok(settings)
    }

    /// The SQLite file's directory, which must exist before connecting.
    pub fn sqlite_parent_dir(&self) -> Option<PathBuf> {
        let rest = self.database_url.strip_prefix("sqlite:")?;
        let path = rest.trim_start_matches("//");
        let path = path.split('?').next()?;
        if path.is_empty() || path == ":memory:" {
            return None;
        }
        PathBuf::from(path).parent().map(PathBuf::from)
    }
}

/// A JSON list of `{"id", "name", "issuer", "client_id", "client_secret"}`.
fn parse_social_providers(json: &str) -> anyhow::Result<Vec<app::auth::SocialProvider>> {
    let providers: Vec<app::auth::SocialProvider> = serde_json::from_str(json)
        .context("TAILSPIN_SOCIAL_PROVIDERS must be a JSON list of {\"id\", \"name\", \"issuer\", \"client_id\", \"client_secret\"}")?;
    for (index, provider) in providers.iter().enumerate() {
        let id_ok = !provider.id.is_empty()
            && provider
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !id_ok {
            bail!(
                "TAILSPIN_SOCIAL_PROVIDERS[{index}]: id must be lowercase letters, digits and hyphens"
            );
        }
        if providers[..index].iter().any(|p| p.id == provider.id) {
            bail!(
                "TAILSPIN_SOCIAL_PROVIDERS: id {:?} appears twice",
                provider.id
            );
        }
        if !(provider.issuer.starts_with("https://")
            || provider.issuer.starts_with("http://127.0.0.1"))
        {
            bail!("TAILSPIN_SOCIAL_PROVIDERS[{index}]: the issuer must use https");
        }
    }
    Ok(providers)
}

fn parse_flag(name: &str, value: &str) -> anyhow::Result<bool> {
    match value.to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => bail!("{name} must be true or false, not {value:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn settings(vars: &[(&str, &str)]) -> anyhow::Result<Settings> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::from_lookup(|key| map.get(key).cloned())
    }

    #[test]
    fn defaults_run_on_sqlite_under_data() {
        let s = settings(&[]).unwrap();
        assert_eq!(s.listen_addr.to_string(), "127.0.0.1:3000");
        assert_eq!(s.database_url, "sqlite://data/tailspin.db");
        assert_eq!(s.sqlite_parent_dir(), Some(PathBuf::from("data")));
        assert!(s.loads_demo_data(), "on loopback");
        assert!(!s.cookie_secure);
    }

    #[test]
    fn demo_data_is_loaded_on_other_addresses_only_when_asked_for() {
        let public = settings(&[("TAILSPIN_LISTEN_ADDR", "0.0.0.0:3000")]).unwrap();
        assert!(!public.loads_demo_data());
        let asked = settings(&[
            ("TAILSPIN_LISTEN_ADDR", "0.0.0.0:3000"),
            ("TAILSPIN_DEMO_DATA", "true"),
        ])
        .unwrap();
        assert!(asked.loads_demo_data());
        assert!(
            settings(&[("TAILSPIN_LISTEN_ADDR", "[::1]:3000")])
                .unwrap()
                .loads_demo_data()
        );
        // On loopback behind a proxy on the same machine: served to the world.
        for proxied in [
            ("TAILSPIN_PUBLIC_URL", "https://surveys.example.com"),
            ("TAILSPIN_TRUSTED_PROXIES", "127.0.0.1"),
            ("TAILSPIN_COOKIE_SECURE", "true"),
        ] {
            assert!(
                !settings(&[proxied]).unwrap().loads_demo_data(),
                "{proxied:?}"
            );
        }
    }

    #[test]
    fn environment_overrides_defaults() {
        let s = settings(&[
            ("TAILSPIN_LISTEN_ADDR", "127.0.0.1:0"),
            ("LEPTOS_SITE_ADDR", "127.0.0.1:3999"),
            ("DATABASE_URL", "postgres://u@127.0.0.1:5432/db"),
            ("TAILSPIN_DEMO_DATA", "off"),
            ("TAILSPIN_COOKIE_SECURE", "true"),
        ])
        .unwrap();
        assert_eq!(s.listen_addr.port(), 0);
        assert!(s.database_url.starts_with("postgres:"));
        assert_eq!(s.sqlite_parent_dir(), None);
        assert!(!s.loads_demo_data());
        assert!(s.cookie_secure);
    }

    #[test]
    fn bad_values_are_refused_with_the_variable_name() {
        let error = settings(&[("DATABASE_URL", "mysql://x")]).unwrap_err();
        assert!(error.to_string().contains("DATABASE_URL"));
        let error = settings(&[("TAILSPIN_DEMO_DATA", "maybe")]).unwrap_err();
        assert!(error.to_string().contains("TAILSPIN_DEMO_DATA"));
        assert!(settings(&[("TAILSPIN_LISTEN_ADDR", "nowhere")]).is_err());
        assert!(settings(&[("TAILSPIN_SECRET_KEY", "short")]).is_err());
        assert!(settings(&[("TAILSPIN_PUBLIC_URL", "ftp://x")]).is_err());
        let error = settings(&[("TAILSPIN_BLOB_STORE_URL", "gs://bucket")]).unwrap_err();
        assert!(error.to_string().contains("TAILSPIN_BLOB_STORE_URL"));
        let azure = settings(&[("TAILSPIN_BLOB_STORE_URL", "az://logos/tailspin")]).unwrap();
        assert_eq!(azure.blob_store_url.as_deref(), Some("az://logos/tailspin"));
        let error = settings(&[("TAILSPIN_SOCIAL_PROVIDERS", "[{\"id\": \"x\"}]")]).unwrap_err();
        assert!(error.to_string().contains("TAILSPIN_SOCIAL_PROVIDERS"));
        let error = settings(&[("TAILSPIN_TRUSTED_PROXIES", "10.0.0.1, proxy")]).unwrap_err();
        assert!(error.to_string().contains("\"proxy\""));
        let proxies = settings(&[("TAILSPIN_TRUSTED_PROXIES", "10.0.0.1, ::1")]).unwrap();
        assert_eq!(proxies.trusted_proxies.len(), 2);
        let error = settings(&[("TAILSPIN_OUTBOUND_ALLOW", "127.0.0.1/40")]).unwrap_err();
        assert!(error.to_string().contains("TAILSPIN_OUTBOUND_ALLOW"));
        let allow = settings(&[("TAILSPIN_OUTBOUND_ALLOW", "127.0.0.1/32, 10.0.0.0/8")]).unwrap();
        assert!(
            allow
                .outbound_allow
                .allow_listed("10.1.2.3".parse().unwrap())
        );
        assert!(
            !Settings::default()
                .outbound_allow
                .allow_listed("127.0.0.1".parse().unwrap())
        );
    }

    #[test]
    fn reads_social_providers() {
        let s = settings(&[(
            "TAILSPIN_SOCIAL_PROVIDERS",
            r#"[{"id": "contoso", "name": "Contoso ID", "issuer": "https://id.contoso.example", "client_id": "tailspin", "client_secret": "s"}]"#,
        )])
        .unwrap();
        assert_eq!(s.social_providers[0].name, "Contoso ID");
        let twice = r#"[{"id": "a", "name": "A", "issuer": "https://a.example", "client_id": "c", "client_secret": "s"},
                        {"id": "a", "name": "A", "issuer": "https://a.example", "client_id": "c", "client_secret": "s"}]"#;
        assert!(settings(&[("TAILSPIN_SOCIAL_PROVIDERS", twice)]).is_err());
    }
}
