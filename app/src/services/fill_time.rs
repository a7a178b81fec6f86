//! A minimum fill time for public survey forms. A person takes seconds to
//! answer even one question; a form-filling bot sends the form back within
//! milliseconds of fetching it. So the key every survey page carries (the
//! idempotency key, issued by the server with the page) is stamped with the
//! moment it was issued and a MAC under the server key, which no browser
//! can backdate. A submission sent sooner than the minimum after its page
//! was issued is answered like a form to correct: its answers stay on the
//! page, nothing is stored, and sending it again a moment later is taken
//! (the same key, older by then). While a minimum is set, a key without a
//! valid stamp (invented, altered, or from a page of another server key)
//! is refused like an out-of-date form, so a bot cannot skip the minimum
//! by making up its own key.
//!
//! A stamped key is still a UUID-shaped key: 48 bits of milliseconds, 48
//! random bits (keys issued in the same millisecond differ), 32 bits of
//! MAC.

use std::time::Duration;

use crate::domain::{IdempotencyKey, UnixMillis};
use crate::secrets::ServerKey;

const PURPOSE: &str = "survey-form-issued-at";

/// What a respondent sent too soon is told (their answers are kept).
/// (Its catalogue key.)
pub const TOO_SOON: &str = "form-too-soon";

/// Issues stamped keys and tells how long ago one was issued.
#[derive(Clone)]
pub struct FillClock {
    key: ServerKey,
    minimum_ms: i64,
}

impl FillClock {
    /// `minimum` zero holds nothing back.
    pub fn new(key: ServerKey, minimum: Duration) -> FillClock {
        FillClock {
            key,
            minimum_ms: i64::try_from(minimum.as_millis()).unwrap_or(i64::MAX),
        }
    }

    /// A fresh key for a survey page issued at `now`.
    pub fn issue(&self, now: UnixMillis) -> IdempotencyKey {
        let random = uuid::Uuid::new_v4();
        let mut head = format!("{:012x}", (now.0.max(0) as u64) & 0xffff_ffff_ffff);
        for byte in &random.as_bytes()[..6] {
            head.push_str(&format!("{byte:02x}"));
        }
        let mac = self.mac(&head);
        let hex = format!("{head}{mac}");
        let hyphenated = format!(
            "{}-{}-{}-{}-{}",
            &hex[..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..]
        );
        IdempotencyKey::parse(&hyphenated).expect("36 characters of lowercase hex and hyphens")
    }

    /// Whether answers may come with `key`: any key while the minimum is
    /// off, otherwise only one this server stamped.
    pub fn accepts(&self, key: &IdempotencyKey) -> bool {
        self.minimum_ms == 0 || self.issued_at(key).is_some()
    }

    /// Sent sooner than the minimum after its page was issued.
    pub fn too_soon(&self, key: &IdempotencyKey, now: UnixMillis) -> bool {
        self.minimum_ms > 0
            && self
                .issued_at(key)
                .is_some_and(|at| now.0.saturating_sub(at.0) < self.minimum_ms)
    }

    /// When this server stamped `key`; `None` for a key it did not stamp.
    fn issued_at(&self, key: &IdempotencyKey) -> Option<UnixMillis> {
        let hex: String = key.as_str().chars().filter(|c| *c != '-').collect();
        let (head, mac) = hex.split_at_checked(24)?;
        let expected = self.mac(head);
        // Compared without an early exit, so timing tells nothing.
        let same = expected.len() == mac.len()
            && expected
                .bytes()
                .zip(mac.bytes())
                .fold(0u8, |diff, (a, b)| diff | (a ^ b))
                == 0;
        if !same {
            return None;
        }
        i64::from_str_radix(&head[..12], 16).ok().map(UnixMillis)
    }

    fn mac(&self, head: &str) -> String {
        let mac = self.key.authenticate(PURPOSE, head.as_bytes());
        mac[..4].iter().map(|byte| format!("{byte:02x}")).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: UnixMillis = UnixMillis(1_795_305_600_000);

    fn clock(seconds: u64) -> FillClock {
        FillClock::new(ServerKey::generate(), Duration::from_secs(seconds))
    }

    #[test]
    fn a_key_sent_back_too_soon_is_held_and_later_taken() {
        let clock = clock(3);
        let key = clock.issue(NOW);
        assert!(clock.too_soon(&key, UnixMillis(NOW.0 + 500)));
        assert!(clock.too_soon(&key, UnixMillis(NOW.0 + 2_999)));
        assert!(!clock.too_soon(&key, UnixMillis(NOW.0 + 3_000)));
        assert_eq!(clock.issued_at(&key), Some(NOW));
    }

    #[test]
    fn keys_differ_within_one_millisecond() {
        let clock = clock(3);
        assert_ne!(clock.issue(NOW), clock.issue(NOW));
    }

    #[test]
    fn keys_it_did_not_stamp_are_refused_while_a_minimum_is_set() {
        let off = clock(0);
        let clock = clock(3);
        let random = IdempotencyKey::parse(&uuid::Uuid::new_v4().to_string()).unwrap();
        assert!(!clock.accepts(&random));
        assert!(off.accepts(&random));
        assert!(clock.accepts(&clock.issue(NOW)));
        // Another installation's stamp, or one backdated by hand.
        let other = super::FillClock::new(ServerKey::generate(), Duration::from_secs(3));
        assert!(!clock.too_soon(&other.issue(NOW), NOW));
        let key = clock.issue(NOW);
        let mut changed: Vec<char> = key.as_str().chars().collect();
        changed[5] = if changed[5] == '0' { '1' } else { '0' };
        let backdated = IdempotencyKey::parse(&changed.into_iter().collect::<String>()).unwrap();
        assert_eq!(clock.issued_at(&backdated), None);
    }

    #[test]
    fn a_minimum_of_zero_holds_nothing_back() {
        let clock = clock(0);
        assert!(!clock.too_soon(&clock.issue(NOW), NOW));
    }
}
