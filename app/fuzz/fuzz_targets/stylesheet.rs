//! The style-sheet validator on arbitrary input: it never panics or hangs,
//! never accepts a sheet whose written-out form contains a forbidden
//! construct, and its output validates to itself.
#![no_main]

use app::domain::stylesheet::{FORBIDDEN_IN_OUTPUT, TenantStylesheet};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(sheet) = TenantStylesheet::parse(text) else {
        return;
    };
    let output = sheet.to_css();
    let lower = output.to_ascii_lowercase();
    for forbidden in FORBIDDEN_IN_OUTPUT {
        assert!(!lower.contains(forbidden), "accepted {forbidden:?}: {output}");
    }
    let again = TenantStylesheet::parse(&output).expect("the output validates");
    assert_eq!(again.to_css(), output);
    for rule in sheet.scoped_rules(".branding-preview") {
        assert!(!rule.to_ascii_lowercase().contains("url("));
    }
});
