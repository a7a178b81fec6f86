//! Where export databases go.

use std::path::PathBuf;

use crate::secrets::ServerKey;

/// Where export databases go, and the key that seals their passwords.
#[derive(Clone, Debug)]
pub struct ExportSettings {
    /// The embedded default's per-tenant SQLite files.
    pub sqlite_dir: PathBuf,
    pub key: ServerKey,
}
