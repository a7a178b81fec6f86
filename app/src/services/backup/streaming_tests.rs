//! Archives far larger than the memory their packing and reading take:
//! an allocator that counts what this thread holds shows that a table of
//! tens of MiB passes through a few buffers, never whole.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::io::Read;

use super::archive::{self, SpooledTable};
use super::manifest::{FORMAT, FORMAT_VERSION, Manifest, TenantInfo};
use crate::storage::backup::BackupRow;

struct CountingAllocator;

thread_local! {
    static HELD: Cell<i64> = const { Cell::new(0) };
    static PEAK: Cell<i64> = const { Cell::new(0) };
}

fn note(change: i64) {
    let _ = HELD.try_with(|held| {
        let now = held.get() + change;
        held.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

// SAFETY: every call is passed on to the system allocator unchanged; the
// counting touches only const-initialised thread-locals, which never
// allocate.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            note(layout.size() as i64);
        }
        pointer
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        let pointer = unsafe { System.alloc_zeroed(layout) };
        if !pointer.is_null() {
            note(layout.size() as i64);
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract, passed on.
        unsafe { System.dealloc(pointer, layout) };
        note(-(layout.size() as i64));
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if !moved.is_null() {
            note(new_size as i64 - layout.size() as i64);
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// The most this thread held at once while `work` ran, beyond what it held
/// before.
fn peak_while<T>(work: impl FnOnce() -> T) -> (T, u64) {
    let before = HELD.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    let result = work();
    let peak = PEAK.with(Cell::get) - before;
    (result, peak.max(0) as u64)
}

const MIB: u64 = 1024 * 1024;
/// Far above the buffers, far below what the table takes unpacked.
const HEAP_BOUND: u64 = 8 * MIB;
const TABLE_BYTES: u64 = 48 * MIB;

fn field_row(position: usize) -> BackupRow {
    serde_json::json!({
        "ref": position,
        "name": format!("Field {position} {}", "x".repeat(900)),
        "kind": "text",
        "created_at": 0,
    })
    .as_object()
    .unwrap()
    .clone()
}

fn manifest(rows: usize) -> Manifest {
    Manifest {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        created_at: "2026-01-01T00:00:00Z".into(),
        tenant: TenantInfo {
            alias: "adatum".into(),
            name: "Adatum".into(),
            plan: "standard".into(),
            region: "westeurope".into(),
            max_active_surveys: None,
            max_users: None,
            monthly_responses: None,
            contact_email: String::new(),
            default_language: None,
        },
        counts: [("metadata_fields".to_owned(), rows)].into(),
        logo: false,
    }
}

/// Reads as many copies of `line` as fit in `length` bytes, made as they
/// are read.
struct RepeatedLines {
    line: Vec<u8>,
    offset: usize,
    left: u64,
}

impl Read for RepeatedLines {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let mut written = 0;
        while written < buffer.len() && self.left > 0 {
            let take = (self.line.len() - self.offset)
                .min(buffer.len() - written)
                .min(usize::try_from(self.left).unwrap_or(usize::MAX));
            buffer[written..written + take]
                .copy_from_slice(&self.line[self.offset..self.offset + take]);
            (written, self.offset, self.left) = (
                written + take,
                (self.offset + take) % self.line.len(),
                self.left - take as u64,
            );
        }
        Ok(written)
    }
}

fn tar_header(path: &str, length: u64) -> Vec<u8> {
    let mut header = tar::Header::new_gnu();
    header.set_path(path).unwrap();
    header.set_size(length);
    header.set_mode(0o644);
    header.set_cksum();
    header.as_bytes().to_vec()
}

/// A gzip-compressed archive with one table of `TABLE_BYTES`, compressed
/// as it is read: the archive itself is never in memory either.
fn generated_archive() -> (impl Read, usize) {
    let mut line = serde_json::to_vec(&field_row(1)).unwrap();
    line.push(b'\n');
    let rows = (TABLE_BYTES / line.len() as u64) as usize;
    let length = (rows * line.len()) as u64;
    let manifest = serde_json::to_vec(&manifest(rows)).unwrap();
    let padding = |length: u64| vec![0u8; ((512 - length % 512) % 512) as usize];
    let tar = std::io::Cursor::new(tar_header("manifest.json", manifest.len() as u64))
        .chain(std::io::Cursor::new(manifest.clone()))
        .chain(std::io::Cursor::new(padding(manifest.len() as u64)))
        .chain(std::io::Cursor::new(tar_header(
            "tables/metadata_fields.jsonl",
            length,
        )))
        .chain(RepeatedLines {
            line,
            offset: 0,
            left: length,
        })
        .chain(std::io::Cursor::new(padding(length)))
        .chain(std::io::Cursor::new(vec![0u8; 1024]));
    (
        flate2::read::GzEncoder::new(tar, flate2::Compression::fast()),
        rows,
    )
}

#[test]
fn an_archive_is_read_and_spooled_a_row_at_a_time() {
    let (archive, rows) = generated_archive();
    let mut seen = 0usize;
    let (read, peak) = peak_while(|| {
        archive::read(archive, true, &mut |table, _row| {
            assert_eq!(table, "metadata_fields");
            seen += 1;
        })
    });
    let read = read.expect("a valid archive");
    assert_eq!((seen, read.rows["metadata_fields"]), (rows, rows));
    let spooled = read.spooled["metadata_fields"].metadata().unwrap().len();
    assert!(spooled >= TABLE_BYTES - MIB, "every row kept: {spooled}");
    assert!(
        peak < HEAP_BOUND,
        "reading {} MiB took {peak} bytes of heap",
        TABLE_BYTES / MIB
    );
}

#[test]
fn a_backup_is_packed_from_its_spooled_tables_a_buffer_at_a_time() {
    let mut table = SpooledTable::new("metadata_fields").unwrap();
    let row = field_row(1);
    let ((), peak) = peak_while(|| {
        while table.rows < (TABLE_BYTES / 1024) as usize {
            table.push(&row).unwrap();
        }
    });
    assert!(peak < HEAP_BOUND, "spooling took {peak} bytes of heap");
    let rows = table.rows;
    let mut packed = CountingWriter(0);
    let (written, peak) =
        peak_while(|| archive::write(&manifest(rows), vec![table], None, &mut packed));
    written.unwrap();
    assert!(peak < HEAP_BOUND, "packing took {peak} bytes of heap");
    assert!(packed.0 > 0);
}

/// Counts what is written and keeps none of it.
struct CountingWriter(u64);

impl std::io::Write for CountingWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0 += bytes.len() as u64;
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
