//! The site's WebAssembly, scripts and styles (`/pkg`), served precompressed.
//!
//! Each file is compressed once, at the best levels (brotli 11, gzip 9),
//! into `.br` and `.gz` files beside it, so a browser gets the smallest
//! form without the server compressing on every request. Until those files
//! exist (the first seconds after a build), the compression layer does it
//! on the fly.

use std::io::Write;
use std::path::{Path, PathBuf};

use tower_http::services::ServeDir;

/// What is worth compressing ahead of time.
const COMPRESSIBLE: [&str; 3] = ["wasm", "js", "css"];

pub fn service(pkg_dir: &Path) -> ServeDir {
    ServeDir::new(pkg_dir)
        .precompressed_br()
        .precompressed_gzip()
}

/// Compresses what is missing or stale in `pkg_dir`, off the request path.
pub fn spawn_precompression(pkg_dir: PathBuf) {
    tokio::task::spawn_blocking(move || match precompress_dir(&pkg_dir) {
        Ok(0) => {}
        Ok(written) => {
            tracing::info!(dir = %pkg_dir.display(), written, "site files precompressed")
        }
        Err(error) => {
            tracing::warn!(dir = %pkg_dir.display(), %error, "site files not precompressed; compressing on the fly")
        }
    });
}

/// Writes `name.br` and `name.gz` for each compressible file whose
/// compressed forms are missing or older than it; returns how many files
/// it wrote. A missing directory (a server without a built site) is fine.
pub fn precompress_dir(dir: &Path) -> std::io::Result<usize> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(error) => return Err(error),
    };
    let mut written = 0;
    for entry in entries {
        let path = entry?.path();
        let compressible = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e));
        if !compressible || !path.is_file() {
            continue;
        }
        for (suffix, compress) in [
            ("br", brotli_bytes as fn(&[u8]) -> std::io::Result<Vec<u8>>),
            ("gz", gzip_bytes),
        ] {
            let target = sibling(&path, suffix);
            if is_fresh(&target, &path)? {
                continue;
            }
            let compressed = compress(&std::fs::read(&path)?)?;
            write_atomically(&target, &compressed)?;
            written += 1;
        }
    }
    Ok(written)
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

fn is_fresh(target: &Path, source: &Path) -> std::io::Result<bool> {
    match std::fs::metadata(target) {
        Ok(compressed) => Ok(compressed.modified()? >= std::fs::metadata(source)?.modified()?),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(error) => Err(error),
    }
}

/// Several processes may share one site directory: each writes its own
/// temporary file and renames it, so none ever serves half a file.
fn write_atomically(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let temporary = sibling(target, &format!("{}.tmp", uuid::Uuid::new_v4().simple()));
    std::fs::write(&temporary, bytes)?;
    std::fs::rename(&temporary, target).inspect_err(|_| {
        let _ = std::fs::remove_file(&temporary);
    })
}

/// The best compression for what a release build serves. A debug build
/// serves debug bundles (tens of megabytes, rebuilt all day) where the
/// transfer size does not matter: brotli 11 took minutes of a core there.
const BROTLI_QUALITY: u32 = if cfg!(debug_assertions) { 4 } else { 11 };
const GZIP_LEVEL: u32 = if cfg!(debug_assertions) { 1 } else { 9 };

fn brotli_bytes(input: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut output = Vec::with_capacity(input.len() / 3);
    {
        let mut writer = brotli::CompressorWriter::new(&mut output, 64 * 1024, BROTLI_QUALITY, 22);
        writer.write_all(input)?;
        writer.flush()?;
    }
    Ok(output)
}

fn gzip_bytes(input: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(input.len() / 3),
        flate2::Compression::new(GZIP_LEVEL),
    );
    encoder.write_all(input)?;
    encoder.finish()
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    #[test]
    fn writes_each_form_once_and_again_when_the_file_changes() {
        let dir = tempfile::tempdir().unwrap();
        let script = "function answer() { return 42; }\n".repeat(200);
        std::fs::write(dir.path().join("site.js"), &script).unwrap();
        std::fs::write(dir.path().join("logo.png"), [0u8; 64]).unwrap();

        assert_eq!(precompress_dir(dir.path()).unwrap(), 2);
        assert!(
            !dir.path().join("logo.png.br").exists(),
            "images are left alone"
        );
        let mut unpacked = String::new();
        brotli::Decompressor::new(
            std::fs::File::open(dir.path().join("site.js.br")).unwrap(),
            4096,
        )
        .read_to_string(&mut unpacked)
        .unwrap();
        assert_eq!(unpacked, script);
        let mut unpacked = String::new();
        flate2::read::GzDecoder::new(std::fs::File::open(dir.path().join("site.js.gz")).unwrap())
            .read_to_string(&mut unpacked)
            .unwrap();
        assert_eq!(unpacked, script);
        assert!(
            std::fs::metadata(dir.path().join("site.js.br"))
                .unwrap()
                .len()
                < 200
        );

        assert_eq!(precompress_dir(dir.path()).unwrap(), 0, "nothing stale");
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(dir.path().join("site.js"), "changed();").unwrap();
        assert_eq!(precompress_dir(dir.path()).unwrap(), 2, "rewritten");
        assert_eq!(precompress_dir(&dir.path().join("missing")).unwrap(), 0);
    }
}
