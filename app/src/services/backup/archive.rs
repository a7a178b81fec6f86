//! The archive file: a gzip-compressed tar with `manifest.json`, one
//! `tables/{name}.jsonl` per table (a JSON object a line) and, when the
//! tenant has one, `branding/logo`. Both directions stream: a backup is
//! packed from tables spooled to temporary files into any writer, and an
//! archive is read entry by entry and line by line, bounded, since archives
//! come from outside. Neither ever holds a whole table in memory.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Seek, Write};

use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;

use super::manifest::Manifest;
use crate::i18n::Message;
use crate::logo::MAX_LOGO_BYTES;
use crate::storage::backup::BackupRow;

/// An archive's whole unpacked content may not exceed this.
pub const MAX_UNPACKED_BYTES: u64 = 512 * 1024 * 1024;
/// One row (one line) may not exceed this: far above any row the service
/// writes, and what bounds the memory a hostile line can take.
pub const MAX_ROW_BYTES: u64 = 16 * 1024 * 1024;
const MAX_ENTRIES: usize = 64;
/// Buffers between the temporary files and the archive.
const SPOOL_BUFFER_BYTES: usize = 256 * 1024;

/// Why a file that is not an archive, or a damaged one, is refused.
fn damaged() -> String {
    Message::new("msg-backup-damaged").in_page_language()
}

/// An archive read whole into memory (`super::read_backup`).
#[derive(Debug, Default)]
pub struct Contents {
    pub manifest: Option<Manifest>,
    pub tables: BTreeMap<String, Vec<BackupRow>>,
    pub logo: Option<Vec<u8>>,
}

/// A table's rows written as JSON lines to an unnamed temporary file (gone
/// when dropped, even if the process dies).
pub struct SpooledTable {
    pub name: &'static str,
    pub rows: usize,
    file: BufWriter<File>,
}

impl SpooledTable {
    pub fn new(name: &'static str) -> std::io::Result<SpooledTable> {
        Ok(SpooledTable {
            name,
            rows: 0,
            file: BufWriter::with_capacity(SPOOL_BUFFER_BYTES, tempfile::tempfile()?),
        })
    }

    pub fn push(&mut self, row: &BackupRow) -> std::io::Result<()> {
        serde_json::to_writer(&mut self.file, row).map_err(std::io::Error::other)?;
        self.file.write_all(b"\n")?;
        self.rows += 1;
        Ok(())
    }

    /// The file, from its start, and its length.
    fn into_reader(self) -> std::io::Result<(File, u64)> {
        let mut file = self.file.into_inner().map_err(|e| e.into_error())?;
        let length = file.stream_position()?;
        file.rewind()?;
        Ok((file, length))
    }
}

fn append(
    tar: &mut tar::Builder<impl Write>,
    path: &str,
    length: u64,
    data: impl Read,
) -> std::io::Result<()> {
    let mut header = tar::Header::new_gnu();
    header.set_size(length);
    header.set_mode(0o644);
    header.set_mtime(0);
    header.set_cksum();
    tar.append_data(&mut header, path, data)
}

/// Packs an archive into `out`, table by table from their files.
pub fn write(
    manifest: &Manifest,
    tables: Vec<SpooledTable>,
    logo: Option<&[u8]>,
    out: impl Write,
) -> std::io::Result<()> {
    let mut tar = tar::Builder::new(GzEncoder::new(out, Compression::default()));
    let manifest = serde_json::to_vec_pretty(manifest).map_err(std::io::Error::other)?;
    append(
        &mut tar,
        "manifest.json",
        manifest.len() as u64,
        &manifest[..],
    )?;
    for table in tables {
        let path = format!("tables/{}.jsonl", table.name);
        let (file, length) = table.into_reader()?;
        append(
            &mut tar,
            &path,
            length,
            BufReader::with_capacity(SPOOL_BUFFER_BYTES, file),
        )?;
    }
    if let Some(logo) = logo {
        append(&mut tar, "branding/logo", logo.len() as u64, logo)?;
    }
    tar.into_inner()?.finish()?.flush()
}

/// Why an archive could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The archive is not one this version restores; the message says why.
    #[error("{0}")]
    Refused(String),
    /// Keeping its rows in temporary files failed.
    #[error("backup: spooling an archive's rows: {0}")]
    Spool(std::io::Error),
}

impl From<String> for ReadError {
    fn from(message: String) -> ReadError {
        ReadError::Refused(message)
    }
}

impl From<&str> for ReadError {
    fn from(message: &str) -> ReadError {
        ReadError::Refused(message.to_owned())
    }
}

/// What reading an archive found besides each row: the manifest, the rows
/// per table, the logo (read no further than a logo may be long, which
/// its check then refuses) and, when spooled, each table's rows.
pub struct ReadArchive {
    pub manifest: Manifest,
    pub rows: BTreeMap<String, usize>,
    pub logo: Option<Vec<u8>>,
    pub spooled: BTreeMap<String, File>,
}

/// Reads an archive entry by entry, each table line by line: every row is
/// parsed (so a malformed one is refused now) and handed to `each_row`;
/// with `spool`, each table's lines are also kept in a temporary file for
/// a later pass. Memory stays within one row, whatever the archive holds.
pub fn read(
    archive: impl Read,
    spool: bool,
    each_row: &mut dyn FnMut(&str, BackupRow),
) -> Result<ReadArchive, ReadError> {
    let mut archive = tar::Archive::new(GzDecoder::new(archive));
    let mut manifest = None;
    let mut rows = BTreeMap::new();
    let mut logo = None;
    let mut spooled = BTreeMap::new();
    let mut seen = BTreeSet::new();
    let mut unpacked = 0u64;
    let entries = archive.entries().map_err(|_| damaged())?;
    for (count, entry) in entries.enumerate() {
        if count >= MAX_ENTRIES {
            return Err(Message::new("msg-backup-too-many-files")
                .in_page_language()
                .into());
        }
        let mut entry = entry.map_err(|_| damaged())?;
        let path = entry
            .path()
            .map_err(|_| damaged())?
            .to_string_lossy()
            .into_owned();
        // The header's size is what the reader goes through, read or not.
        unpacked = unpacked.saturating_add(entry.size());
        if unpacked > MAX_UNPACKED_BYTES {
            return Err(Message::new("msg-backup-too-large")
                .in_page_language()
                .into());
        }
        if !seen.insert(path.clone()) {
            return Err(Message::new("msg-backup-file-twice")
                .text("path", path.as_str())
                .in_page_language()
                .into());
        }
        if path == "manifest.json" {
            let mut data = Vec::new();
            (&mut entry)
                .take(MAX_ROW_BYTES)
                .read_to_end(&mut data)
                .map_err(|_| damaged())?;
            manifest = Some(serde_json::from_slice::<Manifest>(&data).map_err(|e| {
                Message::new("msg-backup-manifest-unreadable")
                    .text("details", e.to_string())
                    .in_page_language()
            })?);
        } else if path == "branding/logo" {
            let mut data = Vec::new();
            (&mut entry)
                .take(MAX_LOGO_BYTES as u64 + 1)
                .read_to_end(&mut data)
                .map_err(|_| damaged())?;
            logo = Some(data);
        } else if let Some(name) = path
            .strip_prefix("tables/")
            .and_then(|p| p.strip_suffix(".jsonl"))
        {
            if super::tables::spec(name).is_none() {
                return Err(Message::new("msg-backup-unknown-table")
                    .text("table", name)
                    .in_page_language()
                    .into());
            }
            let mut file = spool
                .then(|| {
                    tempfile::tempfile()
                        .map(|file| BufWriter::with_capacity(SPOOL_BUFFER_BYTES, file))
                })
                .transpose()
                .map_err(ReadError::Spool)?;
            let found = read_table(&path, &mut entry, file.as_mut(), &mut |row| {
                each_row(name, row)
            })?;
            rows.insert(name.to_owned(), found);
            if let Some(file) = file {
                let mut file = file
                    .into_inner()
                    .map_err(|e| ReadError::Spool(e.into_error()))?;
                file.rewind().map_err(ReadError::Spool)?;
                spooled.insert(name.to_owned(), file);
            }
        } else {
            return Err(Message::new("msg-backup-unknown-file")
                .text("path", path.as_str())
                .in_page_language()
                .into());
        }
    }
    let manifest =
        manifest.ok_or_else(|| Message::new("msg-backup-no-manifest").in_page_language())?;
    Ok(ReadArchive {
        manifest,
        rows,
        logo,
        spooled,
    })
}

/// One table's lines (blank ones skipped); returns how many rows it has.
fn read_table(
    path: &str,
    entry: &mut impl Read,
    mut spool: Option<&mut BufWriter<File>>,
    each_row: &mut dyn FnMut(BackupRow),
) -> Result<usize, ReadError> {
    let mut lines = BufReader::with_capacity(SPOOL_BUFFER_BYTES, entry);
    let mut line = Vec::new();
    let mut found = 0usize;
    loop {
        line.clear();
        let read = (&mut lines)
            .take(MAX_ROW_BYTES + 1)
            .read_until(b'\n', &mut line)
            .map_err(|_| damaged())?;
        if read == 0 {
            return Ok(found);
        }
        if line.len() as u64 > MAX_ROW_BYTES {
            return Err(Message::new("msg-backup-row-too-long")
                .text("path", path)
                .typed("line", found + 1)
                .in_page_language()
                .into());
        }
        let text = std::str::from_utf8(&line).map_err(|_| {
            Message::new("msg-backup-not-text")
                .text("path", path)
                .in_page_language()
        })?;
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        found += 1;
        let row = serde_json::from_str::<BackupRow>(text).map_err(|e| {
            Message::new("msg-backup-row-unreadable")
                .text("path", path)
                .typed("line", found)
                .text("details", e.to_string())
                .in_page_language()
        })?;
        if let Some(spool) = spool.as_mut() {
            spool
                .write_all(text.as_bytes())
                .and_then(|()| spool.write_all(b"\n"))
                .map_err(ReadError::Spool)?;
        }
        each_row(row);
    }
}
