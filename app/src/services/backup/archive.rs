//! The archive file: a gzip-compressed tar with `manifest.json`, one
//! `tables/{name}.jsonl` per table (a JSON object a line) and, when the
//! tenant has one, `branding/logo`. Reading it is bounded, since archives
//! come from outside.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;

use super::manifest::Manifest;
use crate::storage::backup::BackupRow;

/// An archive's whole unpacked content may not exceed this.
pub const MAX_UNPACKED_BYTES: u64 = 512 * 1024 * 1024;
const MAX_ENTRIES: usize = 64;
const DAMAGED: &str = "The file is not a Tailspin backup (.tar.gz), or it is damaged.";

#[derive(Debug, Default)]
pub struct Contents {
    pub manifest: Option<Manifest>,
    pub tables: BTreeMap<String, Vec<BackupRow>>,
    pub logo: Option<Vec<u8>>,
}

fn append(
    tar: &mut tar::Builder<GzEncoder<Vec<u8>>>,
    path: &str,
    bytes: &[u8],
) -> std::io::Result<()> {
    let mut header = tar::Header::new_gnu();
    header.set_size(bytes.len() as u64);
    header.set_mode(0o644);
    header.set_mtime(0);
    header.set_cksum();
    tar.append_data(&mut header, path, bytes)
}

pub fn write(contents: &Contents) -> std::io::Result<Vec<u8>> {
    let mut tar = tar::Builder::new(GzEncoder::new(Vec::new(), Compression::default()));
    let manifest = serde_json::to_vec_pretty(&contents.manifest).map_err(std::io::Error::other)?;
    append(&mut tar, "manifest.json", &manifest)?;
    for (name, rows) in &contents.tables {
        let mut lines = Vec::new();
        for row in rows {
            serde_json::to_writer(&mut lines, row).map_err(std::io::Error::other)?;
            lines.write_all(b"\n")?;
        }
        append(&mut tar, &format!("tables/{name}.jsonl"), &lines)?;
    }
    if let Some(logo) = &contents.logo {
        append(&mut tar, "branding/logo", logo)?;
    }
    tar.into_inner()?.finish()
}

/// Reads an archive; a message says what is wrong with one that is not ours.
pub fn read(bytes: &[u8]) -> Result<Contents, String> {
    let mut archive = tar::Archive::new(GzDecoder::new(bytes));
    let mut contents = Contents::default();
    let mut unpacked = 0u64;
    let entries = archive.entries().map_err(|_| DAMAGED.to_owned())?;
    for (count, entry) in entries.enumerate() {
        if count >= MAX_ENTRIES {
            return Err("The archive has more files than a backup has.".into());
        }
        let mut entry = entry.map_err(|_| DAMAGED.to_owned())?;
        let path = entry
            .path()
            .map_err(|_| DAMAGED.to_owned())?
            .to_string_lossy()
            .into_owned();
        let mut data = Vec::new();
        let left = MAX_UNPACKED_BYTES - unpacked;
        (&mut entry)
            .take(left + 1)
            .read_to_end(&mut data)
            .map_err(|_| DAMAGED.to_owned())?;
        unpacked += data.len() as u64;
        if unpacked > MAX_UNPACKED_BYTES {
            return Err("The archive unpacks to more than 512 MiB.".into());
        }
        if path == "manifest.json" {
            contents.manifest = Some(
                serde_json::from_slice(&data)
                    .map_err(|e| format!("manifest.json is not a backup manifest: {e}."))?,
            );
        } else if path == "branding/logo" {
            contents.logo = Some(data);
        } else if let Some(name) = path
            .strip_prefix("tables/")
            .and_then(|p| p.strip_suffix(".jsonl"))
        {
            if super::tables::spec(name).is_none() {
                return Err(format!(
                    "The archive has a table this version does not know: {name}."
                ));
            }
            let text = String::from_utf8(data).map_err(|_| format!("{path} is not UTF-8 text."))?;
            let rows = text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .enumerate()
                .map(|(i, line)| {
                    serde_json::from_str::<BackupRow>(line)
                        .map_err(|e| format!("{path}, line {}: {e}.", i + 1))
                })
                .collect::<Result<Vec<_>, _>>()?;
            contents.tables.insert(name.to_owned(), rows);
        } else {
            return Err(format!(
                "The archive holds a file a backup never has: {path}."
            ));
        }
    }
    if contents.manifest.is_none() {
        return Err("The archive has no manifest.json, so it is not a Tailspin backup.".into());
    }
    Ok(contents)
}
