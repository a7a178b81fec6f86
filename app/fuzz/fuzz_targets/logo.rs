//! The logo upload path (format sniffing, decoding under pixel and memory
//! limits, re-encoding, scaling) on arbitrary bytes: never panics or hangs,
//! and whatever it accepts is a PNG or JPEG of at most 512 pixels a side
//! that decodes to the dimensions it reports.
#![no_main]

use app::logo::process_logo;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(logo) = process_logo(data) else {
        return;
    };
    assert!(logo.width <= 512 && logo.height <= 512 && logo.width > 0 && logo.height > 0);
    assert!(matches!(logo.content_type, "image/png" | "image/jpeg"));
    let decoded = image::load_from_memory(&logo.bytes).expect("the stored logo decodes");
    assert_eq!((decoded.width(), decoded.height()), (logo.width, logo.height));
});
