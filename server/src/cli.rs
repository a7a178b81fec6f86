//! Command-line entry points besides serving:
//! - `server admin create --email E` creates (or resets the password of) a
//!   Tailspin administrator. The password comes from TAILSPIN_ADMIN_PASSWORD,
//!   or else the first line of standard input, so it never appears in the
//!   process list.
//! - `server tenant create --alias A --name N --plan P ...` adds a subscriber
//!   with its sign-in configuration (see `TENANT_USAGE`); passwords and
//!   client secrets come from the environment for the same reason.
//! - `server keys reseal --previous-key-file F`, after the server key was
//!   changed: seals the tenants' data keys and the other values sealed
//!   with the server key again with the new key, reading them with the
//!   previous one (answers untouched).

use std::io::BufRead;

use anyhow::{Context, bail};
use app::domain::{
    Email, Plan, ProviderSettings, ProviderSettingsInput, SignInKind, TenantAlias, TenantStatus,
    UnixMillis, check_new_password,
};
use app::passwords::hash_password;
use app::services::signup::{NewTenantSetup, SignInSetup};
use app::storage::platform_admins::upsert_platform_admin;

use crate::config::Settings;
use crate::startup;

pub enum Command {
    Serve,
    /// Only the statistics task, for scale-out next to serving instances.
    Worker,
    DeadLetters,
    Requeue {
        id: i64,
    },
    CreateAdmin {
        email: Email,
    },
    CreateTenant {
        flags: Vec<(String, String)>,
    },
    BackupTenant {
        alias: TenantAlias,
        file: std::path::PathBuf,
    },
    RestoreTenant {
        alias: TenantAlias,
        file: std::path::PathBuf,
    },
    ResealKeys {
        previous_key_file: std::path::PathBuf,
    },
}

pub const USAGE: &str = "usage: server [serve] | server worker | server dead-letters list | server dead-letters requeue ID | server admin create --email EMAIL | server tenant create --alias ALIAS --name NAME --plan PLAN ... | server tenant backup --alias ALIAS --file FILE | server tenant restore --alias NEW_ALIAS --file FILE | server keys reseal --previous-key-file FILE (TAILSPIN_ADMIN_PASSWORD for Standard, TAILSPIN_CLIENT_SECRET for Premium)";

pub const TENANT_USAGE: &str = "server tenant create --alias ALIAS --name NAME --plan trial|individual|standard|premium [--status active|pending] [--region REGION]
                      [--contact-email EMAIL]   (notices; standard: the admin's email)
  standard:           --admin-email EMAIL [--admin-name NAME]        (password: TAILSPIN_ADMIN_PASSWORD)
  premium:            --issuer URL --client-id ID --administrator EMAIL_OR_ID
                      [--identifying-claim CLAIM] [--claim-rules-file FILE]   (secret: TAILSPIN_CLIENT_SECRET)
  trial, individual:  --social-provider ID --owner-subject SUBJECT [--owner-name NAME]";

pub fn parse(args: &[String]) -> anyhow::Result<Command> {
    match args {
        [] => Ok(Command::Serve),
        [serve] if serve == "serve" => Ok(Command::Serve),
        [worker] if worker == "worker" => Ok(Command::Worker),
        [dead, list] if dead == "dead-letters" && list == "list" => Ok(Command::DeadLetters),
        [dead, requeue, id] if dead == "dead-letters" && requeue == "requeue" => {
            Ok(Command::Requeue {
                id: id
                    .parse()
                    .map_err(|_| anyhow::anyhow!("dead-letters requeue takes a dead letter id"))?,
            })
        }
        [admin, create, flag, email]
            if admin == "admin" && create == "create" && flag == "--email" =>
        {
            let email = Email::parse(email).map_err(|e| anyhow::anyhow!("--email: {e}"))?;
            Ok(Command::CreateAdmin { email })
        }
        [tenant, verb, alias_flag, alias, file_flag, file]
            if tenant == "tenant"
                && (verb == "backup" || verb == "restore")
                && alias_flag == "--alias"
                && file_flag == "--file" =>
        {
            let alias = TenantAlias::parse(alias).map_err(|e| anyhow::anyhow!("--alias: {e}"))?;
            let file = std::path::PathBuf::from(file);
            Ok(if verb == "backup" {
                Command::BackupTenant { alias, file }
            } else {
                Command::RestoreTenant { alias, file }
            })
        }
        [keys, reseal, flag, file]
            if keys == "keys" && reseal == "reseal" && flag == "--previous-key-file" =>
        {
            Ok(Command::ResealKeys {
                previous_key_file: std::path::PathBuf::from(file),
            })
        }
        [tenant, create, rest @ ..] if tenant == "tenant" && create == "create" => {
            let mut flags = Vec::new();
            let mut rest = rest.iter();
            while let Some(flag) = rest.next() {
                let (Some(name), Some(value)) = (flag.strip_prefix("--"), rest.next()) else {
                    bail!("expected --flag value pairs\n{TENANT_USAGE}");
                };
                flags.push((name.to_owned(), value.clone()));
            }
            Ok(Command::CreateTenant { flags })
        }
        _ => bail!("{USAGE}"),
    }
}

pub async fn create_admin(settings: &Settings, email: &Email) -> anyhow::Result<()> {
    let password = match std::env::var("TAILSPIN_ADMIN_PASSWORD") {
        Ok(password) => password,
        Err(_) => {
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .context("reading the password from standard input")?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    check_new_password(&password).map_err(|e| anyhow::anyhow!(e))?;
    let db = startup::open_database(settings).await?;
    let hash = hash_password(password)
        .await
        .map_err(|e| anyhow::anyhow!(e))?;
    upsert_platform_admin(&db, email, &hash, UnixMillis::now()).await?;
    db.close().await;
    println!("Tailspin administrator {email} can now sign in at /admin/login");
    Ok(())
}

/// Adds a subscriber from `server tenant create` flags.
pub async fn create_tenant(settings: &Settings, flags: &[(String, String)]) -> anyhow::Result<()> {
    let mut setup = tenant_from_flags(flags, |name| std::env::var(name).ok())?;
    if let SignInSetup::SocialOwner {
        provider_id,
        issuer,
        ..
    } = &mut setup.sign_in
    {
        let provider = settings
            .social_providers
            .iter()
            .find(|p| p.id == *provider_id)
            .with_context(|| {
                format!("--social-provider {provider_id:?} is not in TAILSPIN_SOCIAL_PROVIDERS")
            })?;
        issuer.clone_from(&provider.issuer);
    }
    let key = crate::server_key::load_server_key(settings)?;
    let db = startup::open_database(settings).await?;
    let created =
        app::services::signup::create_tenant(&db, &key, None, setup, UnixMillis::now()).await;
    db.close().await;
    let tenant = created.map_err(|e| anyhow::anyhow!("{e}"))?;
    println!(
        "Subscriber {} ({}, {}) created; its users sign in at /t/{}/login",
        tenant.name,
        tenant.alias,
        tenant.plan.label(),
        tenant.alias
    );
    Ok(())
}

fn tenant_from_flags(
    flags: &[(String, String)],
    env: impl Fn(&str) -> Option<String>,
) -> anyhow::Result<NewTenantSetup> {
    const KNOWN: [&str; 16] = [
        "alias",
        "contact-email",
        "name",
        "plan",
        "status",
        "region",
        "admin-email",
        "admin-name",
        "issuer",
        "client-id",
        "administrator",
        "identifying-claim",
        "claim-rules-file",
        "social-provider",
        "owner-subject",
        "owner-name",
    ];
    if let Some((unknown, _)) = flags
        .iter()
        .find(|(name, _)| !KNOWN.contains(&name.as_str()))
    {
        bail!("unknown flag --{unknown}\n{TENANT_USAGE}");
    }
    let flag = |name: &str| {
        flags
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let required =
        |name: &str| flag(name).with_context(|| format!("--{name} is required\n{TENANT_USAGE}"));
    let alias =
        TenantAlias::parse(&required("alias")?).map_err(|e| anyhow::anyhow!("--alias: {e}"))?;
    let plan_text = required("plan")?;
    let plan = Plan::from_code(&plan_text.to_lowercase()).with_context(|| {
        format!("--plan must be trial, individual, standard or premium, not {plan_text:?}")
    })?;
    let status = match flag("status").as_deref() {
        None | Some("active") => TenantStatus::Active,
        Some("pending") => TenantStatus::PendingActivation,
        Some(other) => bail!("--status must be active or pending, not {other:?}"),
    };
    let sign_in = match plan.sign_in() {
        SignInKind::LocalAccounts => {
            let email = Email::parse(&required("admin-email")?)
                .map_err(|e| anyhow::anyhow!("--admin-email: {e}"))?;
            let password = env("TAILSPIN_ADMIN_PASSWORD")
                .context("set TAILSPIN_ADMIN_PASSWORD to the administrator's first password")?;
            SignInSetup::LocalAdministrator {
                display_name: flag("admin-name").unwrap_or_else(|| email.as_str().to_owned()),
                email,
                password,
            }
        }
        SignInKind::OwnIdentityProvider => {
            let rules = match flag("claim-rules-file") {
                Some(path) => std::fs::read_to_string(&path)
                    .with_context(|| format!("cannot read --claim-rules-file {path}"))?,
                None => String::new(),
            };
            let input = ProviderSettingsInput {
                issuer: required("issuer")?,
                client_id: required("client-id")?,
                identifying_claim: flag("identifying-claim").unwrap_or_default(),
                administrator: required("administrator")?,
                claim_rules: rules,
            };
            let settings = ProviderSettings::parse(&input).map_err(|errors| {
                let mut text = String::from("the identity-provider settings are not valid:");
                for message in [
                    &errors.issuer,
                    &errors.client_id,
                    &errors.identifying_claim,
                    &errors.administrator,
                ]
                .into_iter()
                .flatten()
                {
                    text.push_str(&format!("\n  {message}"));
                }
                for rule in &errors.claim_rules {
                    text.push_str(&format!(
                        "\n  claim rules line {}: {}",
                        rule.line, rule.message
                    ));
                }
                anyhow::anyhow!(text)
            })?;
            let client_secret = env("TAILSPIN_CLIENT_SECRET").context(
                "set TAILSPIN_CLIENT_SECRET to the client secret from the identity provider",
            )?;
            SignInSetup::OwnProvider {
                settings,
                client_secret,
            }
        }
        SignInKind::SocialIdentity => {
            let subject = required("owner-subject")?;
            SignInSetup::SocialOwner {
                provider_id: required("social-provider")?,
                // Filled in from the server's provider list by the caller.
                issuer: String::new(),
                display_name: flag("owner-name").unwrap_or_else(|| subject.clone()),
                subject,
            }
        }
    };
    Ok(NewTenantSetup {
        alias,
        name: required("name")?,
        plan,
        status,
        region: flag("region").unwrap_or_else(|| "europe".to_owned()),
        contact_email: match flag("contact-email") {
            Some(typed) => {
                Some(Email::parse(&typed).map_err(|e| anyhow::anyhow!("--contact-email: {e}"))?)
            }
            None => match &sign_in {
                SignInSetup::LocalAdministrator { email, .. } => Some(email.clone()),
                _ => None,
            },
        },
        sign_in,
        export_database: false,
    })
}

/// `server worker`: the statistics task without serving.
pub async fn run_worker(settings: &Settings) -> anyhow::Result<()> {
    let db = startup::open_database(settings).await?;
    let key = crate::server_key::load_server_key(settings)?;
    let export = app::services::export::ExportSettings {
        sqlite_dir: settings.export_dir.clone(),
        key: key.clone(),
    };
    // A worker only sends: links were made by the instance that queued them.
    let base_url = settings.base_url(settings.listen_addr);
    let mail = startup::mailer(settings, &base_url, key)?;
    let services = app::services::jobs::JobServices {
        export,
        blobs: startup::open_blob_store(settings)?,
        pending_signup_ms: settings.pending_signup_ms(),
        invitations_per_minute: i64::from(settings.invitations_per_minute),
        mail: mail.clone(),
        webhooks: app::services::webhooks::WebhookSender {
            client: app::outbound::OutboundClient::new(settings.outbound_allow.clone()),
            mailer: mail,
        },
    };
    let stop = startup::shutdown_signal();
    let background = startup::BackgroundTasks::spawn(&db, settings, services);
    tracing::info!("statistics task and background jobs started");
    stop.await;
    tracing::info!("shutting down: finishing the batch in hand");
    background.stop(startup::SHUTDOWN_GRACE).await;
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Seals again with the configured server key what was sealed with the
/// key in `previous_key_file`.
pub async fn reseal_keys(
    settings: &Settings,
    previous_key_file: &std::path::Path,
) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(previous_key_file)
        .with_context(|| format!("cannot read {}", previous_key_file.display()))?;
    let previous = app::secrets::ServerKey::from_base64(&text)
        .map_err(|e| anyhow::anyhow!("{}: {e}", previous_key_file.display()))?;
    let current = crate::server_key::load_server_key(settings)?;
    let db = startup::open_database_with_any_key(settings, current.clone()).await?;
    let done =
        app::services::server_key_rotation::reseal_with_new_key(&db, &current, &previous).await;
    db.close().await;
    let done =
        done.map_err(|_| anyhow::anyhow!("resealing stopped; see the log, then run it again"))?;
    println!(
        "Sealed again with the new server key: {} data keys, {} other secrets.",
        done.data_keys, done.other_secrets
    );
    if !done.opens_with_neither.is_empty() {
        for value in &done.opens_with_neither {
            eprintln!("Opens with neither the new nor the previous key, left as it is: {value}");
        }
        bail!(
            "{} value(s) sealed with some other key (listed above): everything else was sealed \
             again. Find the key they were sealed with and run this with it, or remove them.",
            done.opens_with_neither.len()
        );
    }
    Ok(())
}

pub async fn list_dead_letters(settings: &Settings) -> anyhow::Result<()> {
    let db = startup::open_database(settings).await?;
    let letters = app::storage::statistics::list_dead_letters(&db).await?;
    if letters.is_empty() {
        println!("No dead letters.");
    }
    for l in letters {
        println!(
            "{}\ttenant {}\tsurvey {}\tsubmission {}\t{} attempts\tfailed {}\t{}",
            l.id,
            l.tenant.0,
            l.survey.0,
            l.submission,
            l.attempts,
            l.failed_at.date_string(),
            l.last_error
        );
    }
    db.close().await;
    Ok(())
}

pub async fn requeue_dead_letter(settings: &Settings, id: i64) -> anyhow::Result<()> {
    let db = startup::open_database(settings).await?;
    let done = app::storage::statistics::requeue_dead_letter(&db, id, UnixMillis::now()).await?;
    db.close().await;
    if !done {
        bail!("there is no dead letter {id}");
    }
    println!("Dead letter {id} is queued again.");
    Ok(())
}

/// `server tenant backup`: writes the tenant's backup archive to a file.
pub async fn backup_tenant(
    settings: &Settings,
    alias: &TenantAlias,
    file: &std::path::Path,
) -> anyhow::Result<()> {
    let db = startup::open_database(settings).await?;
    let blobs = startup::open_blob_store(settings)?;
    let archive = app::services::backup::operator_backup(&db, &blobs, alias)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .with_context(|| format!("no tenant is called {alias}"))?;
    let path = file.to_owned();
    let bytes = tokio::task::spawn_blocking(move || -> std::io::Result<u64> {
        let mut out = std::io::BufWriter::new(std::fs::File::create(&path)?);
        archive.write_to(&mut out)?;
        std::io::Write::flush(&mut out)?;
        Ok(out.get_ref().metadata()?.len())
    })
    .await?
    .with_context(|| format!("writing {}", file.display()))?;
    db.close().await;
    println!(
        "Backup of {alias} written to {} ({bytes} bytes)",
        file.display()
    );
    Ok(())
}

/// `server tenant restore`: restores an archive into a new tenant alias.
pub async fn restore_tenant(
    settings: &Settings,
    alias: &TenantAlias,
    file: &std::path::Path,
) -> anyhow::Result<()> {
    let archive =
        std::fs::File::open(file).with_context(|| format!("reading {}", file.display()))?;
    let db = startup::open_database(settings).await?;
    let blobs = startup::open_blob_store(settings)?;
    let key = crate::server_key::load_server_key(settings)?;
    let request = app::services::backup::RestoreRequest {
        alias: alias.clone(),
        administrator_password: std::env::var("TAILSPIN_ADMIN_PASSWORD").ok(),
        client_secret: std::env::var("TAILSPIN_CLIENT_SECRET").ok(),
    };
    let tenant = app::services::backup::restore_backup(
        &db,
        &blobs,
        &key,
        archive,
        request,
        UnixMillis::now(),
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    db.close().await;
    println!(
        "Restored {} as {} ({})",
        file.display(),
        tenant.alias,
        tenant.name
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_the_commands() {
        assert!(matches!(parse(&args(&[])).unwrap(), Command::Serve));
        assert!(matches!(parse(&args(&["serve"])).unwrap(), Command::Serve));
        match parse(&args(&[
            "admin",
            "create",
            "--email",
            "Ops@Tailspin.example",
        ]))
        .unwrap()
        {
            Command::CreateAdmin { email } => assert_eq!(email.as_str(), "ops@tailspin.example"),
            _ => panic!("expected admin create"),
        }
        assert!(parse(&args(&["admin", "create", "--email", "nope"])).is_err());
        assert!(parse(&args(&["frobnicate"])).is_err());
        assert!(parse(&args(&["tenant", "create", "--alias"])).is_err());
    }

    fn flags(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn parses_backup_and_restore() {
        match parse(&args(&[
            "tenant",
            "restore",
            "--alias",
            "adatum-copy",
            "--file",
            "a.tar.gz",
        ]))
        .unwrap()
        {
            Command::RestoreTenant { alias, file } => {
                assert_eq!(alias.as_str(), "adatum-copy");
                assert_eq!(file, std::path::PathBuf::from("a.tar.gz"));
            }
            _ => panic!("restore"),
        }
        assert!(matches!(
            parse(&args(&[
                "tenant", "backup", "--alias", "adatum", "--file", "b"
            ]))
            .unwrap(),
            Command::BackupTenant { .. }
        ));
        assert!(
            parse(&args(&[
                "tenant", "restore", "--alias", "admin", "--file", "b"
            ]))
            .is_err()
        );
    }

    #[test]
    fn reads_a_premium_tenant_with_its_secret_from_the_environment() {
        let premium = flags(&[
            ("alias", "fabrikam"),
            ("name", "Fabrikam"),
            ("plan", "premium"),
            ("issuer", "https://id.fabrikam.example"),
            ("client-id", "tailspin"),
            ("administrator", "fiona@fabrikam.example"),
        ]);
        let env = |name: &str| (name == "TAILSPIN_CLIENT_SECRET").then(|| "s3cret".to_owned());
        let tenant = tenant_from_flags(&premium, env).unwrap();
        assert_eq!(tenant.plan, Plan::Premium);
        match tenant.sign_in {
            SignInSetup::OwnProvider {
                client_secret,
                settings,
            } => {
                assert_eq!(client_secret, "s3cret");
                assert_eq!(settings.identifying_claim, "sub");
            }
            other => panic!("unexpected {other:?}"),
        }
        let error = tenant_from_flags(&premium, |_| None).unwrap_err();
        assert!(error.to_string().contains("TAILSPIN_CLIENT_SECRET"));
        let mut bad = premium.clone();
        bad.push(("colour".into(), "red".into()));
        assert!(
            tenant_from_flags(&bad, env)
                .unwrap_err()
                .to_string()
                .contains("--colour")
        );
        let mut http = premium;
        http[3].1 = "http://id.fabrikam.example".into();
        assert!(
            tenant_from_flags(&http, env)
                .unwrap_err()
                .to_string()
                .contains("https")
        );
    }
}
