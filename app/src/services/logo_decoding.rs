//! Logo decoding on the server: a few images at once, and the decoding
//! limit shared by all of them. Each decode first reserves the bytes its
//! pixels will take (read from the header, before any pixel is decoded)
//! from one budget, and the decoder may allocate no more than it reserved.
//! So concurrent uploads, decompression bombs among them, never hold more
//! than the budget in pixels, plus the small scaling memory of each slot;
//! an upload that cannot get its share in time is told to try again.

use std::sync::Arc;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::logo::{
    InspectedLogo, LogoError, MAX_DECODE_BYTES, ProcessedLogo, inspect_logo, process_inspected_logo,
};

/// Decodes at once: one per core of the machines the service runs on.
pub const DECODING_SLOTS: usize = 2;
/// How long an upload waits for a slot and its share of the budget.
pub const DECODING_WAIT: Duration = Duration::from_secs(5);
/// Room for the decoder's own buffers (rows, inflate window) beside the
/// pixels it returns.
const DECODER_WORKSPACE_BYTES: u64 = 1024 * 1024;

/// The server's one pool: every logo upload and restored logo uses it.
pub static LOGO_DECODING: LazyLock<DecodingPool> =
    LazyLock::new(|| DecodingPool::new(DECODING_SLOTS, MAX_DECODE_BYTES, DECODING_WAIT));

pub struct DecodingPool {
    slots: Arc<Semaphore>,
    budget_bytes: u64,
    bytes: Arc<Semaphore>,
    wait: Duration,
    usage: Arc<Usage>,
}

/// What the pool has handed out, and the most it ever had out at once.
#[derive(Default)]
struct Usage {
    bytes: AtomicU64,
    peak_bytes: AtomicU64,
    decodes: AtomicUsize,
    peak_decodes: AtomicUsize,
}

/// A slot and a share of the budget, given back when dropped.
pub struct Reservation {
    bytes: u64,
    usage: Arc<Usage>,
    _slot: OwnedSemaphorePermit,
    _bytes: OwnedSemaphorePermit,
}

impl Drop for Reservation {
    fn drop(&mut self) {
        self.usage.bytes.fetch_sub(self.bytes, Ordering::SeqCst);
        self.usage.decodes.fetch_sub(1, Ordering::SeqCst);
    }
}

impl DecodingPool {
    pub fn new(slots: usize, budget_bytes: u64, wait: Duration) -> DecodingPool {
        DecodingPool {
            slots: Arc::new(Semaphore::new(slots)),
            budget_bytes,
            bytes: Arc::new(Semaphore::new(permits(budget_bytes) as usize)),
            wait,
            usage: Arc::default(),
        }
    }

    /// A slot and `bytes` of the budget; `TooManyPixels` if the budget
    /// could never hold them, `Busy` if they are not free in time.
    pub async fn reserve(&self, bytes: u64) -> Result<Reservation, LogoError> {
        if bytes > self.budget_bytes {
            return Err(LogoError::TooManyPixels);
        }
        let acquire = async {
            let slot = self.slots.clone().acquire_owned().await;
            let share = self.bytes.clone().acquire_many_owned(permits(bytes)).await;
            (slot, share)
        };
        let (Ok(slot), Ok(share)) = tokio::time::timeout(self.wait, acquire)
            .await
            .map_err(|_| LogoError::Busy)?
        else {
            unreachable!("the pool's semaphores are never closed");
        };
        let now = self.usage.bytes.fetch_add(bytes, Ordering::SeqCst) + bytes;
        self.usage.peak_bytes.fetch_max(now, Ordering::SeqCst);
        let decodes = self.usage.decodes.fetch_add(1, Ordering::SeqCst) + 1;
        self.usage.peak_decodes.fetch_max(decodes, Ordering::SeqCst);
        Ok(Reservation {
            bytes,
            usage: self.usage.clone(),
            _slot: slot,
            _bytes: share,
        })
    }

    /// Checks, decodes, scales and re-encodes an upload within its share of
    /// the budget, off the async worker threads.
    pub async fn process(&self, upload: Vec<u8>) -> Result<ProcessedLogo, LogoError> {
        let inspected = inspect_logo(&upload)?;
        let reservation = self
            .reserve(share_for(&inspected, self.budget_bytes)?)
            .await?;
        let max_alloc = reservation.bytes;
        tokio::task::spawn_blocking(move || {
            let processed = process_inspected_logo(&upload, &inspected, max_alloc);
            drop(reservation);
            processed
        })
        .await
        .unwrap_or_else(|error| {
            tracing::error!(%error, "a logo decode did not finish");
            Err(LogoError::Damaged)
        })
    }

    /// The most bytes of the budget ever reserved at once.
    pub fn peak_reserved_bytes(&self) -> u64 {
        self.usage.peak_bytes.load(Ordering::SeqCst)
    }

    /// The most decodes ever running at once.
    pub fn peak_decodes(&self) -> usize {
        self.usage.peak_decodes.load(Ordering::SeqCst)
    }
}

/// The pixels and the decoder's workspace, but never more than the whole
/// budget (an image of exactly the budget still opens when it is alone).
fn share_for(inspected: &InspectedLogo, budget_bytes: u64) -> Result<u64, LogoError> {
    if inspected.decoded_bytes > budget_bytes {
        return Err(LogoError::TooManyPixels);
    }
    Ok((inspected.decoded_bytes + DECODER_WORKSPACE_BYTES).min(budget_bytes))
}

fn permits(bytes: u64) -> u32 {
    u32::try_from(bytes).expect("a decoding budget below 4 GiB")
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIB: u64 = 1024 * 1024;

    /// A PNG that is small on disk and `width` × `height` RGBA pixels
    /// (4 bytes each) once decoded.
    fn large_png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbaImage::from_fn(width, height, |x, _| {
            image::Rgba([(x % 251) as u8, 40, 90, 255])
        });
        let mut bytes = std::io::Cursor::new(Vec::new());
        image.write_to(&mut bytes, image::ImageFormat::Png).unwrap();
        bytes.into_inner()
    }

    #[tokio::test]
    async fn concurrent_decodes_share_one_budget_and_a_few_slots() {
        // Each needs 8 MiB of pixels and 1 MiB of workspace: two fit in
        // the budget, so eight uploads at once take turns.
        let pool = Arc::new(DecodingPool::new(3, 20 * MIB, Duration::from_secs(600)));
        let upload = large_png(1024, 2048);
        let decodes: Vec<_> = (0..8)
            .map(|_| {
                let (pool, upload) = (pool.clone(), upload.clone());
                tokio::spawn(async move { pool.process(upload).await })
            })
            .collect();
        for decode in decodes {
            let logo = decode.await.unwrap().expect("every upload is processed");
            assert_eq!((logo.width, logo.height), (256, 512));
        }
        assert!(pool.peak_reserved_bytes() <= 20 * MIB);
        assert!(pool.peak_reserved_bytes() >= 9 * MIB);
        assert!(pool.peak_decodes() <= 2, "the budget holds two at once");
    }

    #[tokio::test]
    async fn an_upload_waits_for_its_share_or_hears_that_the_server_is_busy() {
        let pool = DecodingPool::new(2, 20 * MIB, Duration::ZERO);
        let upload = large_png(1024, 2048);
        let held = pool.reserve(12 * MIB).await.unwrap();
        assert_eq!(pool.process(upload.clone()).await, Err(LogoError::Busy));
        drop(held);
        assert!(pool.process(upload).await.is_ok());
    }

    #[tokio::test]
    async fn an_image_larger_than_the_whole_budget_is_refused_without_decoding() {
        let pool = DecodingPool::new(2, 4 * MIB, Duration::ZERO);
        // Even while the budget is taken, it is refused, not told to wait.
        let _held = pool.reserve(4 * MIB).await.unwrap();
        assert_eq!(
            pool.process(large_png(1024, 2048)).await,
            Err(LogoError::TooManyPixels)
        );
        assert_eq!(pool.peak_reserved_bytes(), 4 * MIB);
    }

    #[tokio::test]
    async fn a_decoder_may_not_allocate_beyond_its_share() {
        let upload = large_png(1024, 1024);
        let inspected = inspect_logo(&upload).unwrap();
        assert_eq!(inspected.decoded_bytes, 4 * MIB);
        assert_eq!(
            process_inspected_logo(&upload, &inspected, 2 * MIB),
            Err(LogoError::TooManyPixels)
        );
        assert!(process_inspected_logo(&upload, &inspected, 5 * MIB).is_ok());
    }
}
