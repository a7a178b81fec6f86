//! Tenant branding on the server: the logo in the blob store and the
//! style sheet in the database, and the public addresses of both.

pub use crate::logo;

use std::sync::Arc;

use object_store::ObjectStore;
use object_store::path::Path as BlobPath;
use sha2::{Digest, Sha256};

use crate::auth::TenantScope;
use crate::domain::stylesheet::TenantStylesheet;
use crate::domain::{TenantBranding, TenantId, UnixMillis};
use crate::error::AppError;
use crate::services::grants::PublicSiteGrant;
use crate::services::logo_decoding::LOGO_DECODING;
use crate::storage::Database;
use crate::storage::branding::{
    BrandingRecord, StoredLogo, find_branding, set_logo, set_stylesheet,
};
use logo::LogoError;

/// The blob store (a local directory by default; Azure Blob or S3 by
/// configuration), as handlers and server functions reach it.
#[derive(Clone, Debug)]
pub struct BlobStore {
    main: Arc<dyn ObjectStore>,
    /// The regions with a blob store of their own, by region id.
    regions: Arc<std::collections::BTreeMap<String, Arc<dyn ObjectStore>>>,
}

impl BlobStore {
    pub fn new(main: Arc<dyn ObjectStore>) -> BlobStore {
        BlobStore {
            main,
            regions: Arc::default(),
        }
    }

    /// With `regions` keeping their tenants' logos in stores of their own.
    pub fn with_regions(mut self, regions: Vec<(String, Arc<dyn ObjectStore>)>) -> BlobStore {
        self.regions = Arc::new(regions.into_iter().collect());
        self
    }

    /// The main store (the data keys of the main database's tenants).
    pub fn main(&self) -> &Arc<dyn ObjectStore> {
        &self.main
    }

    /// The store of `region`'s tenants.
    pub fn of(&self, region: &str) -> &Arc<dyn ObjectStore> {
        self.regions.get(region).unwrap_or(&self.main)
    }

    /// Every store, named by its region (`None`: the main one).
    pub fn every_store(&self) -> impl Iterator<Item = (Option<&str>, &Arc<dyn ObjectStore>)> {
        std::iter::once((None, &self.main)).chain(
            self.regions
                .iter()
                .map(|(id, store)| (Some(id.as_str()), store)),
        )
    }

    /// Copies the tenant's blobs (its logos) from `from`'s store to `to`'s,
    /// when the two regions keep them in different stores; returns how many.
    pub async fn copy_tenant_blobs(
        &self,
        tenant: TenantId,
        from: &str,
        to: &str,
    ) -> Result<i64, AppError> {
        use futures_util::TryStreamExt;
        let (source, target) = (self.of(from), self.of(to));
        if Arc::ptr_eq(source, target) {
            return Ok(0);
        }
        let failed = |e| AppError::internal("blob store: copying a tenant's blobs", e);
        let found: Vec<BlobPath> = source
            .list(Some(&Self::tenant_prefix(tenant)))
            .map_ok(|meta| meta.location)
            .try_collect()
            .await
            .map_err(failed)?;
        for location in &found {
            let bytes = source
                .get(location)
                .await
                .map_err(failed)?
                .bytes()
                .await
                .map_err(failed)?;
            target.put(location, bytes.into()).await.map_err(failed)?;
        }
        Ok(found.len() as i64)
    }

    /// Whether two regions keep their tenants' blobs in one store.
    pub fn shared(&self, a: &str, b: &str) -> bool {
        Arc::ptr_eq(self.of(a), self.of(b))
    }

    /// Where every blob of a tenant lives (its logos now, anything later).
    fn tenant_prefix(tenant: TenantId) -> BlobPath {
        BlobPath::from(format!("tenants/{}", tenant.0))
    }

    /// The bytes a tenant's blobs take (usage for billing).
    pub async fn tenant_bytes(&self, tenant: TenantId, region: &str) -> Result<u64, AppError> {
        use futures_util::TryStreamExt;
        let prefix = Self::tenant_prefix(tenant);
        self.of(region)
            .list(Some(&prefix))
            .try_fold(0u64, |sum, meta| async move { Ok(sum + meta.size) })
            .await
            .map_err(|e| AppError::internal("blob store: listing a tenant's blobs", e))
    }

    /// Deletes every blob of a tenant; returns how many there were.
    pub async fn delete_tenant_blobs(
        &self,
        tenant: TenantId,
        region: &str,
    ) -> Result<i64, AppError> {
        use futures_util::TryStreamExt;
        let prefix = Self::tenant_prefix(tenant);
        let failed = |e| AppError::internal("blob store: deleting a tenant's blobs", e);
        let store = self.of(region);
        let found: Vec<BlobPath> = store
            .list(Some(&prefix))
            .map_ok(|meta| meta.location)
            .try_collect()
            .await
            .map_err(failed)?;
        for location in &found {
            match store.delete(location).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
                Err(e) => return Err(failed(e)),
            }
        }
        Ok(found.len() as i64)
    }
}

/// A short content hash: the version in public URLs and the ETag.
pub fn version_of(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(12)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The public addresses of the tenant's logo and style sheet; the version
/// in the query changes with the content.
pub fn public_branding(scope: &TenantScope, record: &BrandingRecord) -> TenantBranding {
    let alias = scope.alias();
    TenantBranding {
        tenant_name: scope.tenant_name().to_owned(),
        logo_url: record
            .logo
            .as_ref()
            .map(|logo| format!("/branding/{alias}/logo?v={}", logo.version)),
        stylesheet_url: (!record.stylesheet.is_empty()).then(|| {
            format!(
                "/branding/{alias}/style.css?v={}",
                record.stylesheet_version
            )
        }),
    }
}

pub async fn load_public_branding(
    db: &Database,
    scope: &TenantScope,
) -> Result<TenantBranding, AppError> {
    Ok(public_branding(scope, &find_branding(db, scope).await?))
}

/// What the branding page shows and edits.
pub struct BrandingSettings {
    pub public: TenantBranding,
    /// The stored (validated) style sheet.
    pub stylesheet: String,
}

pub async fn settings(db: &Database, scope: &TenantScope) -> Result<BrandingSettings, AppError> {
    let record = find_branding(db, scope).await?;
    Ok(BrandingSettings {
        public: public_branding(scope, &record),
        stylesheet: record.stylesheet,
    })
}

/// The validated style sheet (empty when the tenant has none) and its
/// version.
pub async fn read_stylesheet(
    db: &Database,
    scope: &TenantScope,
) -> Result<(String, String), AppError> {
    let record = find_branding(db, scope).await?;
    Ok((record.stylesheet, record.stylesheet_version))
}

#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    #[error(transparent)]
    Refused(#[from] LogoError),
    #[error(transparent)]
    Failed(#[from] AppError),
}

/// Checks and re-encodes an upload, stores it under a name made from
/// internal ids, then points the tenant at it and deletes the old one.
pub async fn replace_logo(
    db: &Database,
    blobs: &BlobStore,
    scope: &TenantScope,
    upload: &[u8],
) -> Result<(), UploadError> {
    // Decoding takes memory in proportion to the pixels: the shared pool
    // bounds how many run and how much they hold together.
    let processed = LOGO_DECODING.process(upload.to_vec()).await?;
    let version = version_of(&processed.bytes);
    let blob = format!(
        "tenants/{}/logo-{}.{}",
        scope.tenant_id().0,
        uuid::Uuid::new_v4().simple(),
        processed.extension
    );
    blobs
        .of(scope.region())
        .put(&BlobPath::from(blob.as_str()), processed.bytes.into())
        .await
        .map_err(|e| AppError::internal("branding: storing a logo", e))?;
    let logo = StoredLogo {
        blob,
        content_type: processed.content_type.to_owned(),
        version,
    };
    let previous = set_logo(db, scope, Some(&logo), UnixMillis::now())
        .await
        .map_err(AppError::from)?;
    delete_blob(blobs.of(scope.region()), previous).await;
    Ok(())
}

pub async fn remove_logo(
    db: &Database,
    blobs: &BlobStore,
    scope: &TenantScope,
) -> Result<(), AppError> {
    let previous = set_logo(db, scope, None, UnixMillis::now()).await?;
    delete_blob(blobs.of(scope.region()), previous).await;
    Ok(())
}

/// A blob no row points to any more; failing to delete it only wastes
/// space, so it is logged, not reported.
async fn delete_blob(store: &Arc<dyn ObjectStore>, blob: Option<String>) {
    if let Some(blob) = blob
        && let Err(error) = store.delete(&BlobPath::from(blob.as_str())).await
    {
        tracing::warn!(%error, blob, "branding: could not delete a replaced logo");
    }
}

/// The logo's bytes, content type and version.
pub async fn read_logo(
    db: &Database,
    blobs: &BlobStore,
    scope: &TenantScope,
) -> Result<Option<(Vec<u8>, String, String)>, AppError> {
    let Some(logo) = find_branding(db, scope).await?.logo else {
        return Ok(None);
    };
    let bytes = blobs
        .of(scope.region())
        .get(&BlobPath::from(logo.blob.as_str()))
        .await
        .map_err(|e| AppError::internal("branding: reading a logo", e))?
        .bytes()
        .await
        .map_err(|e| AppError::internal("branding: reading a logo", e))?;
    Ok(Some((bytes.to_vec(), logo.content_type, logo.version)))
}

/// Validates and stores a style sheet (its written-out form); an empty one
/// removes the tenant's styling.
pub async fn save_stylesheet(
    db: &Database,
    scope: &TenantScope,
    css: &str,
) -> Result<TenantStylesheet, AppError> {
    let sheet = TenantStylesheet::parse(css).map_err(|problems| {
        AppError::Invalid(
            problems
                .into_iter()
                .map(|p| crate::error::FieldProblem {
                    field: "css".into(),
                    message: p.to_string(),
                })
                .collect(),
        )
    })?;
    let written = sheet.to_css();
    set_stylesheet(
        db,
        scope,
        &written,
        &version_of(written.as_bytes()),
        UnixMillis::now(),
    )
    .await?;
    Ok(sheet)
}

/// An active tenant's logo for the public site: bytes, content type and
/// version; `None` when it has none.
pub async fn public_logo(
    db: &Database,
    blobs: &BlobStore,
    alias: &str,
) -> Result<Option<(Vec<u8>, String, String)>, AppError> {
    let grant = PublicSiteGrant::new();
    let scope = crate::auth::public_scope(db, alias, grant).await?;
    read_logo(db, blobs, &scope).await
}

/// An active tenant's style sheet for the public site, with its version.
pub async fn public_stylesheet(db: &Database, alias: &str) -> Result<(String, String), AppError> {
    let grant = PublicSiteGrant::new();
    let scope = crate::auth::public_scope(db, alias, grant).await?;
    read_stylesheet(db, &scope).await
}
