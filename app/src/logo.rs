//! Logo uploads. An image is recognised by its content (magic bytes, then
//! a complete decode under size and memory limits), never by its name or
//! declared type; it is re-encoded (which drops metadata and anything
//! appended to it) and scaled to at most 512 pixels on its longer side.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

pub const MAX_LOGO_BYTES: usize = 1024 * 1024;
pub const MAX_LOGO_PIXELS_PER_SIDE: u32 = 4096;
pub const STORED_LONGER_SIDE: u32 = 512;
/// Decoding may not allocate more than this (decompression bombs).
pub const MAX_DECODE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LogoError {
    #[error("Please choose an image file.")]
    Empty,
    #[error("The logo is larger than 1 MiB.")]
    TooLarge,
    #[error("This is not a PNG, JPEG, GIF or WebP image.")]
    NotAnImage,
    #[error("The image is larger than 4096 × 4096 pixels or needs too much memory to open.")]
    TooManyPixels,
    #[error("The image is damaged or incomplete.")]
    Damaged,
    #[error("The server is busy opening other images. Please try again in a moment.")]
    Busy,
}

impl LogoError {
    /// A stable code for the address of the page that reports it.
    pub fn code(self) -> &'static str {
        match self {
            LogoError::Empty => "empty",
            LogoError::TooLarge => "too-large",
            LogoError::NotAnImage => "not-an-image",
            LogoError::TooManyPixels => "too-many-pixels",
            LogoError::Damaged => "damaged",
            LogoError::Busy => "busy",
        }
    }

    pub fn from_code(code: &str) -> Option<LogoError> {
        [
            LogoError::Empty,
            LogoError::TooLarge,
            LogoError::NotAnImage,
            LogoError::TooManyPixels,
            LogoError::Damaged,
            LogoError::Busy,
        ]
        .into_iter()
        .find(|e| e.code() == code)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProcessedLogo {
    pub bytes: Vec<u8>,
    pub content_type: &'static str,
    pub extension: &'static str,
    pub width: u32,
    pub height: u32,
}

/// An upload whose header has been read: its format and how many bytes its
/// decoded pixels take, known before any pixel is decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InspectedLogo {
    format: ImageFormat,
    pub width: u32,
    pub height: u32,
    pub decoded_bytes: u64,
}

/// Checks size, format and the header's dimensions, decoding no pixels.
pub fn inspect_logo(upload: &[u8]) -> Result<InspectedLogo, LogoError> {
    if upload.is_empty() {
        return Err(LogoError::Empty);
    }
    if upload.len() > MAX_LOGO_BYTES {
        return Err(LogoError::TooLarge);
    }
    let format = image::guess_format(upload).map_err(|_| LogoError::NotAnImage)?;
    if !matches!(
        format,
        ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::Gif | ImageFormat::WebP
    ) {
        return Err(LogoError::NotAnImage);
    }
    let mut reader = ImageReader::with_format(Cursor::new(upload), format);
    reader.limits(limits(MAX_DECODE_BYTES));
    let decoder = reader.into_decoder().map_err(decode_error)?;
    let (width, height) = decoder.dimensions();
    Ok(InspectedLogo {
        format,
        width,
        height,
        decoded_bytes: decoder.total_bytes(),
    })
}

fn limits(max_alloc: u64) -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_LOGO_PIXELS_PER_SIDE);
    limits.max_image_height = Some(MAX_LOGO_PIXELS_PER_SIDE);
    limits.max_alloc = Some(max_alloc);
    limits
}

fn decode_error(error: image::ImageError) -> LogoError {
    match error {
        image::ImageError::Limits(_) => LogoError::TooManyPixels,
        image::ImageError::Unsupported(_) => LogoError::NotAnImage,
        _ => LogoError::Damaged,
    }
}

/// The whole check and re-encoding of one upload, with the whole decoding
/// limit to itself (the fuzz target; the server shares the limit through
/// `services::logo_decoding`).
pub fn process_logo(upload: &[u8]) -> Result<ProcessedLogo, LogoError> {
    let inspected = inspect_logo(upload)?;
    process_inspected_logo(upload, &inspected, MAX_DECODE_BYTES)
}

/// Decodes an inspected upload allocating at most `max_alloc` bytes for
/// its pixels, then scales and re-encodes it.
pub fn process_inspected_logo(
    upload: &[u8],
    inspected: &InspectedLogo,
    max_alloc: u64,
) -> Result<ProcessedLogo, LogoError> {
    let mut reader = ImageReader::with_format(Cursor::new(upload), inspected.format);
    reader.limits(limits(max_alloc));
    let decoded = reader.decode().map_err(decode_error)?;
    encode(scale_down(decoded), inspected.format)
}

/// At most `STORED_LONGER_SIDE` on the longer side. A large image is
/// area-averaged straight to that size: the filter suits a reduction of
/// more than half and needs no copy larger than its output (Lanczos'
/// floating-point rows for a 4096-pixel image would take 32 MiB). So
/// scaling takes at most about 12 MiB beside the decoded pixels: Lanczos'
/// rows for an image of at most 1024 pixels a side.
fn scale_down(decoded: DynamicImage) -> DynamicImage {
    let longer = decoded.width().max(decoded.height());
    if longer <= STORED_LONGER_SIDE {
        decoded
    } else if longer > 2 * STORED_LONGER_SIDE {
        decoded.thumbnail(STORED_LONGER_SIDE, STORED_LONGER_SIDE)
    } else {
        decoded.resize(
            STORED_LONGER_SIDE,
            STORED_LONGER_SIDE,
            image::imageops::FilterType::Lanczos3,
        )
    }
}

/// Photographs stay JPEG; everything else (with transparency, or a single
/// frame of a GIF) becomes PNG.
fn encode(image: DynamicImage, source: ImageFormat) -> Result<ProcessedLogo, LogoError> {
    let (width, height) = (image.width(), image.height());
    let mut bytes = Vec::new();
    let (format, content_type, extension, image) = if source == ImageFormat::Jpeg {
        (
            ImageFormat::Jpeg,
            "image/jpeg",
            "jpg",
            DynamicImage::ImageRgb8(image.to_rgb8()),
        )
    } else {
        (
            ImageFormat::Png,
            "image/png",
            "png",
            DynamicImage::ImageRgba8(image.to_rgba8()),
        )
    };
    image
        .write_to(&mut Cursor::new(&mut bytes), format)
        .map_err(|_| LogoError::Damaged)?;
    Ok(ProcessedLogo {
        bytes,
        content_type,
        extension,
        width,
        height,
    })
}
