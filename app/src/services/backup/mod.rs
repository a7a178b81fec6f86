//! Backup and restore of one tenant: an archive of the tenant's own data
//! (configuration without secrets, surveys, questions, metadata, responses,
//! branding) with a manifest and a format version, and its restore into a
//! new tenant alias. A backup reads only through the tenant's scope; a
//! restore writes only the tenant it creates.

mod archive;
mod checks;
mod manifest;
#[cfg(test)]
mod streaming_tests;
pub mod tables;

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use archive::SpooledTable;
pub use archive::{Contents, MAX_UNPACKED_BYTES};
pub use manifest::{FORMAT, FORMAT_VERSION, Manifest, TenantInfo};

use crate::auth::{TenantScope, system_scope};
use crate::domain::{Plan, SignInKind, TenantAlias, TenantStatus, UnixMillis};
use crate::error::AppError;
use crate::i18n::Message;
use crate::secrets::ServerKey;
use crate::services::branding::BlobStore;
use crate::services::grants::{SystemGrant, SystemTask};
use crate::storage::Database;
use crate::storage::backup::{BackupRow, RestoreRowsError, RowStream, insert_rows, read_rows};
use crate::storage::tenants::{NewTenant, TenantRecord};

/// A tenant's backup, its rows spooled to temporary files, ready to be
/// packed into an archive as it is sent (`write_to`, `into_chunks`).
pub struct BackupArchive {
    manifest: Manifest,
    tables: Vec<SpooledTable>,
    logo: Option<Vec<u8>>,
}

impl BackupArchive {
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// Packs the archive into `out` (blocking file and compression work).
    pub fn write_to(self, out: impl std::io::Write) -> std::io::Result<()> {
        archive::write(&self.manifest, self.tables, self.logo.as_deref(), out)
    }

    /// The archive in chunks, packed on a blocking thread as they are
    /// taken: a download holds a few chunks in memory, never the archive.
    /// An error ends the chunks with it (the download is cut short).
    pub fn into_chunks(
        self,
    ) -> impl futures_util::Stream<Item = std::io::Result<Vec<u8>>> + Send + 'static {
        let (sender, receiver) = tokio::sync::mpsc::channel(CHUNKS_IN_FLIGHT);
        tokio::task::spawn_blocking(move || {
            let mut out = ChunkWriter {
                sender: sender.clone(),
                chunk: Vec::with_capacity(CHUNK_BYTES),
            };
            if let Err(error) = self.write_to(&mut out).and_then(|()| out.send()) {
                // Fails only when the receiver is gone, which needs no error.
                let _ = sender.blocking_send(Err(error));
            }
        });
        futures_util::stream::unfold(receiver, |mut receiver| async move {
            receiver.recv().await.map(|chunk| (chunk, receiver))
        })
    }
}

const CHUNK_BYTES: usize = 64 * 1024;
const CHUNKS_IN_FLIGHT: usize = 4;

/// Hands what is written to the channel a chunk at a time; waits while the
/// reader is behind, so packing goes at the pace of the download.
struct ChunkWriter {
    sender: tokio::sync::mpsc::Sender<std::io::Result<Vec<u8>>>,
    chunk: Vec<u8>,
}

impl ChunkWriter {
    fn send(&mut self) -> std::io::Result<()> {
        if self.chunk.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::replace(&mut self.chunk, Vec::with_capacity(CHUNK_BYTES));
        self.sender
            .blocking_send(Ok(chunk))
            .map_err(|_| std::io::Error::from(std::io::ErrorKind::BrokenPipe))
    }
}

impl std::io::Write for ChunkWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.chunk.extend_from_slice(bytes);
        if self.chunk.len() >= CHUNK_BYTES {
            self.send()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The backup of the tenant the scope is for, with the tenant's alias (for
/// the archive's name).
pub async fn backup_of(
    db: &Database,
    blobs: &BlobStore,
    scope: &TenantScope,
) -> Result<(TenantAlias, BackupArchive), AppError> {
    let tenant = crate::storage::tenants::find_tenant_by_id(db, scope.tenant_id())
        .await?
        .ok_or(AppError::NotFound)?;
    let archive = create_backup(db, blobs, scope, &tenant).await?;
    Ok((tenant.alias, archive))
}

/// The backup of a tenant in any state, for the operator's command line
/// (`server tenant backup`).
pub async fn operator_backup(
    db: &Database,
    blobs: &BlobStore,
    alias: &TenantAlias,
) -> Result<Option<BackupArchive>, AppError> {
    let Some(tenant) = crate::storage::tenants::find_tenant_by_alias(db, alias).await? else {
        return Ok(None);
    };
    let grant = SystemGrant::new(SystemTask::PlatformAdministration);
    let scope = system_scope(&tenant, grant);
    create_backup(db, blobs, &scope, &tenant).await.map(Some)
}

/// The tenant's backup: every table read from the database into its
/// temporary file, so that a failure is known before anything is sent.
pub async fn create_backup(
    db: &Database,
    blobs: &BlobStore,
    scope: &TenantScope,
    tenant: &TenantRecord,
) -> Result<BackupArchive, AppError> {
    let spool_failed = |e| AppError::internal("backup: spooling a table", e);
    let mut positions = HashMap::new();
    let mut tables = Vec::new();
    for table in tables::TABLES {
        let mut spooled = SpooledTable::new(table.name).map_err(spool_failed)?;
        // Written synchronously: buffered lines into the page cache, as
        // each row arrives.
        read_rows(db, scope, table, &mut positions, &mut |row| {
            spooled.push(&row)
        })
        .await?;
        tables.push(spooled);
    }
    let logo = crate::services::branding::read_logo(db, blobs, scope)
        .await?
        .map(|(bytes, _, _)| bytes);
    let manifest = Manifest {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        created_at: UnixMillis::now().iso_string(),
        tenant: TenantInfo {
            alias: tenant.alias.to_string(),
            name: tenant.name.clone(),
            plan: tenant.plan.code().into(),
            region: tenant.region.clone(),
            max_active_surveys: tenant.limits.max_active_surveys,
            max_users: tenant.limits.max_users,
            monthly_responses: tenant.limits.monthly_responses,
            contact_email: tenant.contact_email.clone(),
            default_language: tenant.default_language.map(|l| l.code().to_owned()),
        },
        counts: tables
            .iter()
            .map(|table| (table.name.to_owned(), table.rows))
            .collect(),
        logo: logo.is_some(),
    };
    Ok(BackupArchive {
        manifest,
        tables,
        logo,
    })
}

/// Reads a whole archive into memory, with the checks a restore makes of
/// its manifest: for looking into small archives (the operator's tools and
/// tests), never for a restore.
pub fn read_backup(archive: impl std::io::Read) -> Result<Contents, String> {
    let mut tables: BTreeMap<String, Vec<BackupRow>> = BTreeMap::new();
    let read = archive::read(archive, false, &mut |name, row| {
        tables.entry(name.to_owned()).or_default().push(row)
    })
    .map_err(|error| error.to_string())?;
    check_manifest(&read)?;
    Ok(Contents {
        manifest: Some(read.manifest),
        tables,
        logo: read.logo,
    })
}

/// The manifest names our format and version, and the archive holds what
/// it says.
fn check_manifest(read: &archive::ReadArchive) -> Result<(), String> {
    let manifest = &read.manifest;
    if manifest.format != FORMAT {
        return Err(Message::new("msg-backup-not-a-manifest").in_page_language());
    }
    if manifest.format_version != FORMAT_VERSION {
        return Err(Message::new("msg-backup-format-version")
            .typed("version", manifest.format_version)
            .typed("readable", FORMAT_VERSION)
            .in_page_language());
    }
    for (name, count) in &manifest.counts {
        let found = read.rows.get(name).copied().unwrap_or(0);
        if found != *count {
            return Err(Message::new("msg-backup-rows-missing")
                .text("table", name.as_str())
                .typed("found", found)
                .typed("count", *count)
                .in_page_language());
        }
    }
    if manifest.logo != read.logo.is_some() {
        return Err(Message::new("msg-backup-logo-missing").in_page_language());
    }
    Ok(())
}

/// A restore's first pass over the archive: everything checked that can
/// be checked before writing, the rows spooled for the second pass.
struct Unpacked {
    read: archive::ReadArchive,
    facts: checks::ArchiveFacts,
}

fn unpack(archive: impl std::io::Read) -> Result<Unpacked, archive::ReadError> {
    let mut facts = checks::ArchiveFacts::default();
    let read = archive::read(archive, true, &mut |name, row| facts.note(name, row))?;
    check_manifest(&read)?;
    Ok(Unpacked { read, facts })
}

/// A spooled table's rows, read back as they are inserted.
fn spooled_rows(file: Option<std::fs::File>) -> RowStream<'static> {
    use tokio::io::AsyncBufReadExt;
    let Some(file) = file else {
        return Box::pin(futures_util::stream::empty());
    };
    let lines =
        tokio::io::BufReader::with_capacity(256 * 1024, tokio::fs::File::from_std(file)).lines();
    Box::pin(futures_util::stream::unfold(
        lines,
        |mut lines| async move {
            let row = match lines.next_line().await {
                Ok(None) => return None,
                Ok(Some(line)) => {
                    serde_json::from_str::<BackupRow>(&line).map_err(std::io::Error::other)
                }
                Err(error) => Err(error),
            };
            Some((row, lines))
        },
    ))
}

/// What a restore needs besides the archive: the new alias, and the
/// secrets a backup never holds.
#[derive(Clone, Debug)]
pub struct RestoreRequest {
    pub alias: TenantAlias,
    /// Standard: the password for the first Administrator's account.
    pub administrator_password: Option<String>,
    /// Premium: the client secret at the tenant's identity provider.
    pub client_secret: Option<String>,
}

/// Restores an archive into a new tenant. Every refusal is `BadRequest`
/// with the reason, and leaves nothing behind.
pub async fn restore_backup(
    db: &Database,
    blobs: &BlobStore,
    key: &ServerKey,
    archive: impl std::io::Read + Send + 'static,
    request: RestoreRequest,
    now: UnixMillis,
) -> Result<TenantRecord, AppError> {
    let refuse = |message: String| AppError::BadRequest(message);
    // Unpacking is CPU and file work (bounded by archive.rs's limits): it
    // runs off the async worker threads, which keep answering requests,
    // with the request's context, so its refusals speak the page's language.
    let owner = leptos::reactive::owner::Owner::current();
    let unpacked = tokio::task::spawn_blocking(move || match owner {
        Some(owner) => owner.with(|| unpack(archive)),
        None => unpack(archive),
    })
    .await
    .map_err(|e| AppError::internal("backup: unpacking task", e))?
    .map_err(|error| match error {
        archive::ReadError::Refused(message) => refuse(message),
        archive::ReadError::Spool(error) => AppError::internal("backup: restore", error),
    })?;
    let manifest = unpacked.read.manifest.clone();
    let plan = Plan::from_code(&manifest.tenant.plan).ok_or_else(|| {
        refuse(
            Message::new("msg-backup-unknown-plan")
                .text("plan", manifest.tenant.plan.as_str())
                .in_page_language(),
        )
    })?;
    let name = manifest.tenant.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(refuse(
            Message::new("msg-backup-name-refused").in_page_language(),
        ));
    }
    let limits = crate::storage::tenants::LimitOverrides {
        max_active_surveys: manifest.tenant.max_active_surveys,
        max_users: manifest.tenant.max_users,
        monthly_responses: manifest.tenant.monthly_responses,
    };
    checks::check_surveys_and_limits(&unpacked.facts, plan, &limits, now).map_err(refuse)?;
    let password_hash = match (plan.sign_in(), &request.administrator_password) {
        (SignInKind::LocalAccounts, Some(password)) => {
            crate::domain::check_new_password(password).map_err(refuse)?;
            Some(crate::passwords::hash_password(password.clone()).await?)
        }
        (SignInKind::LocalAccounts, None) => {
            return Err(refuse(
                Message::new("msg-backup-password-needed").in_page_language(),
            ));
        }
        _ => None,
    };
    let client_secret = match (plan.sign_in(), &request.client_secret) {
        (SignInKind::OwnIdentityProvider, Some(secret)) => {
            crate::domain::check_client_secret(secret).map_err(refuse)?;
            Some(secret.clone())
        }
        (SignInKind::OwnIdentityProvider, None) => {
            return Err(refuse(
                Message::new("msg-backup-client-secret-needed").in_page_language(),
            ));
        }
        _ => None,
    };
    // Pending until everything is in, so a half-restored tenant is never live.
    let tenant = crate::storage::tenants::create_tenant(
        db,
        &NewTenant {
            alias: request.alias.clone(),
            name,
            plan,
            status: TenantStatus::PendingActivation,
            region: manifest.tenant.region.clone(),
            contact_email: manifest.tenant.contact_email.clone(),
            default_language: manifest
                .tenant
                .default_language
                .as_deref()
                .and_then(crate::i18n::Language::from_code)
                .filter(|language| language.covers_every_page()),
        },
        now,
    )
    .await
    .map_err(|e| {
        if crate::storage::is_unique_violation(&e) {
            refuse(
                Message::new("msg-backup-alias-taken")
                    .text("alias", request.alias.to_string())
                    .in_page_language(),
            )
        } else {
            e.into()
        }
    })?;
    let scope = system_scope(&tenant, SystemGrant::new(SystemTask::Restore));
    match fill_tenant(
        db,
        blobs,
        key,
        &scope,
        &tenant,
        unpacked,
        password_hash,
        client_secret,
        now,
    )
    .await
    {
        Ok(()) => {}
        Err(error) => {
            discard_tenant(db, &tenant).await;
            return Err(error);
        }
    }
    let changes = crate::storage::tenants::TenantChanges {
        name: tenant.name.clone(),
        plan,
        status: TenantStatus::Active,
        region: tenant.region.clone(),
        limits,
        contact_email: tenant.contact_email.clone(),
    };
    let restored = crate::storage::tenants::update_tenant(
        db,
        tenant.id,
        &changes,
        None,
        crate::storage::plan_changes::ChangedBy::tailspin("restore"),
    )
    .await?
    .ok_or_else(|| AppError::internal("restore", "the new tenant vanished"))?;
    crate::services::statistics::answers_arrived();
    Ok(restored)
}

#[allow(clippy::too_many_arguments)]
async fn fill_tenant(
    db: &Database,
    blobs: &BlobStore,
    key: &ServerKey,
    scope: &TenantScope,
    tenant: &TenantRecord,
    unpacked: Unpacked,
    password_hash: Option<String>,
    client_secret: Option<String>,
    now: UnixMillis,
) -> Result<(), AppError> {
    let sealed = client_secret
        .map(|secret| key.seal(tenant.id, &secret))
        .transpose()?;
    let Unpacked {
        read: mut archive,
        facts,
    } = unpacked;
    let tables = tables::TABLES
        .iter()
        .map(|spec| (spec, spooled_rows(archive.spooled.remove(spec.name))))
        .collect();
    let first_administrator = std::sync::Mutex::new(password_hash);
    let kinds = &facts.question_kinds;
    let fix = |table: &str, row: &mut crate::storage::backup::BackupRow| -> Result<(), String> {
        match table {
            "questions" => checks::check_question(row)?,
            "answers" => checks::check_answer(row, kinds)?,
            "submissions" => checks::check_submission_language(row)?,
            "surveys" => {
                checks::check_survey_languages(row)?;
                // Stored HTML is never taken from outside: made again here.
                let markdown = row
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                let html = crate::markdown::render_description(markdown);
                row.insert("description_html".into(), Value::from(html));
                // Pages and logic must read back (their places are checked
                // again by the designer before any change).
                if let Some(logic) = row.get("logic").and_then(Value::as_str) {
                    crate::domain::SurveyLogic::from_json(Some(logic)).map_err(|_| {
                        Message::new("msg-backup-logic-unreadable").in_page_language()
                    })?;
                }
            }
            "tenant_branding" => {
                let css = row
                    .get("stylesheet")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                let sheet = crate::domain::stylesheet::TenantStylesheet::parse(css).map_err(
                    |problems| {
                        problems
                            .first()
                            .map(|p| {
                                Message::new("msg-backup-stylesheet-refused")
                                    .typed("line", p.line)
                                    .typed("column", p.column)
                                    .text("reason", p.message.as_str())
                                    .in_page_language()
                            })
                            .unwrap_or_default()
                    },
                )?;
                let written = sheet.to_css();
                row.insert(
                    "stylesheet_version".into(),
                    Value::from(crate::services::branding::version_of(written.as_bytes())),
                );
                row.insert("stylesheet".into(), Value::from(written));
            }
            "users" => {
                checks::check_user_language(row)?;
                let is_local_administrator = row.get("email").is_some_and(Value::is_string)
                    && row.get("role").and_then(Value::as_str) == Some("administrator");
                if is_local_administrator
                    && let Some(hash) = first_administrator.lock().expect("not poisoned").take()
                {
                    row.insert("password_hash".into(), Value::from(hash));
                }
            }
            "tenant_identity_providers" => {
                let sealed = sealed.clone().ok_or_else(|| {
                    Message::new("msg-backup-provider-secret-needed").in_page_language()
                })?;
                row.insert("client_secret_sealed".into(), Value::from(sealed));
            }
            _ => {}
        }
        Ok(())
    };
    insert_rows(db, scope, tables, &fix, now.0)
        .await
        .map_err(|error| match error {
            RestoreRowsError::Invalid { .. } => AppError::BadRequest(
                Message::new("msg-backup-rows-refused")
                    .text("reason", error.to_string())
                    .in_page_language(),
            ),
            RestoreRowsError::Database(error) if error.as_database_error().is_some() => {
                tracing::info!(%error, "restore refused by the database");
                AppError::BadRequest(Message::new("msg-backup-values-refused").in_page_language())
            }
            RestoreRowsError::Database(error) => error.into(),
            RestoreRowsError::Source(error) => AppError::internal("backup: restore", error),
        })?;
    if let Some(logo) = archive.logo {
        crate::services::branding::replace_logo(db, blobs, scope, &logo)
            .await
            .map_err(|error| match error {
                crate::services::branding::UploadError::Refused(reason) => AppError::BadRequest(
                    Message::new("msg-backup-logo-refused")
                        .text("reason", reason.to_string())
                        .in_page_language(),
                ),
                crate::services::branding::UploadError::Failed(error) => error,
            })?;
    }
    Ok(())
}

/// Removes a tenant whose restore failed (its rows cascade with it).
async fn discard_tenant(db: &Database, tenant: &TenantRecord) {
    let scope = system_scope(tenant, SystemGrant::new(SystemTask::Restore));
    if let Err(error) = crate::storage::lifecycle::discard_new_tenant(db, &scope).await {
        tracing::error!(tenant = %tenant.alias, %error, "a failed restore left a pending tenant");
    }
}
