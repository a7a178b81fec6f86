//! The server key that seals tenants' secrets: from TAILSPIN_SECRET_KEY, or
//! from a key file that is created (readable by the owner only) on first
//! start, so the embedded default needs no setup.

use std::io::Write;

use anyhow::Context;
use app::secrets::ServerKey;

use crate::config::Settings;

pub fn load_server_key(settings: &Settings) -> anyhow::Result<ServerKey> {
    if let Some(key) = &settings.secret_key {
        return ServerKey::from_base64(key)
            .map_err(|e| anyhow::anyhow!("TAILSPIN_SECRET_KEY: {e}"));
    }
    let path = &settings.secret_key_file;
    match std::fs::read_to_string(path) {
        Ok(text) => {
            ServerKey::from_base64(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create {}", dir.display()))?;
            }
            let key = ServerKey::generate();
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            match options.open(path) {
                Ok(mut file) => {
                    file.write_all(key.to_base64().as_bytes())
                        .with_context(|| format!("cannot write {}", path.display()))?;
                    tracing::info!(file = %path.display(), "created a new server key; keep it with the database");
                    Ok(key)
                }
                // Another instance created it first: use theirs.
                Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                    load_server_key(settings)
                }
                Err(error) => {
                    Err(error).with_context(|| format!("cannot create {}", path.display()))
                }
            }
        }
        Err(error) => Err(error).with_context(|| format!("cannot read {}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::domain::TenantId;

    #[test]
    fn creates_the_key_file_once_and_reads_it_back() {
        let dir = tempfile::tempdir().unwrap();
        let settings = Settings {
            secret_key_file: dir.path().join("keys/secret.key"),
            ..Settings::default()
        };
        let first = load_server_key(&settings).unwrap();
        let again = load_server_key(&settings).unwrap();
        let sealed = first.seal(TenantId(1), "x").unwrap();
        assert_eq!(again.open(TenantId(1), &sealed).unwrap(), "x");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&settings.secret_key_file)
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&settings.secret_key_file, "garbage").unwrap();
        assert!(load_server_key(&settings).is_err());
    }
}
