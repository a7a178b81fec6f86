//! The proof-of-work challenge a survey's owner may turn on for its public
//! link: before answers are taken, the browser finds a number that makes
//! the SHA-256 digest of the puzzle's text start with a number of zero bits.
//! A person's browser does it while they read the questions, in a worker
//! (`public/challenge-worker.js`); a spammer pays the same for every
//! submission, because the puzzle names the page's idempotency key and a
//! key stores one response. Nothing leaves the site: no third party, no
//! cookie. Personal invitation links skip it (the token is the proof).

use serde::{Deserialize, Serialize};

/// The form field holding the solution: the number found, in decimal.
pub const CHALLENGE_FIELD: &str = "challenge";

/// Solutions are at most this many decimal digits.
pub const MAX_SOLUTION_DIGITS: usize = 16;

/// A survey owner's choice for its public link.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProofOfWork {
    /// The honeypot and the minimum fill time only.
    #[default]
    Off,
    /// A browser that runs JavaScript solves the puzzle; a submission
    /// without a solution (a browser without JavaScript) is still taken.
    AllowWithoutScript,
    /// No solution, no answers: a browser without JavaScript cannot answer.
    Required,
}

impl ProofOfWork {
    pub const ALL: [ProofOfWork; 3] = [
        ProofOfWork::Off,
        ProofOfWork::AllowWithoutScript,
        ProofOfWork::Required,
    ];

    /// As stored and posted by the share page's form.
    pub fn code(self) -> &'static str {
        match self {
            ProofOfWork::Off => "off",
            ProofOfWork::AllowWithoutScript => "allow_without_script",
            ProofOfWork::Required => "required",
        }
    }

    pub fn from_code(code: &str) -> Option<ProofOfWork> {
        ProofOfWork::ALL.into_iter().find(|c| c.code() == code)
    }

    /// What the share page says of the choice.
    pub fn label(self) -> &'static str {
        match self {
            ProofOfWork::Off => "Off: a hidden trap field and a minimum fill time only",
            ProofOfWork::AllowWithoutScript => {
                "On; people whose browser runs no JavaScript can still answer"
            }
            ProofOfWork::Required => "On; answering needs JavaScript",
        }
    }

    /// `label` in the page's language (`label` itself stays English: exports,
    /// logs and e-mails rely on it).
    pub fn localized_label(self) -> String {
        crate::i18n::texts().get(match self {
            ProofOfWork::Off => "label-proof-of-work-off",
            ProofOfWork::AllowWithoutScript => "label-proof-of-work-allow-without-script",
            ProofOfWork::Required => "label-proof-of-work-required",
        })
    }

    /// The challenge a survey page carries, `bits` hard; none when off.
    pub fn challenge(self, bits: u8) -> Option<Challenge> {
        (self != ProofOfWork::Off).then_some(Challenge {
            bits,
            required: self == ProofOfWork::Required,
        })
    }
}

/// What a survey page tells the browser to solve.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Challenge {
    /// Leading zero bits the digest needs: each one doubles the work.
    pub bits: u8,
    /// Answers without a solution are refused.
    pub required: bool,
}

/// The text the solution's decimal digits are appended to before hashing:
/// the survey's address and the page's idempotency key, so that a solution
/// serves one submission of one survey.
pub fn puzzle_text(tenant: &str, slug: &str, key: &str) -> String {
    format!("tailspin-challenge-1/{tenant}/{slug}/{key}/")
}

/// A well-formed solution: 1 to 16 decimal digits, no sign, no leading
/// zero (so one number has one spelling).
pub fn well_formed_solution(solution: &str) -> bool {
    (1..=MAX_SOLUTION_DIGITS).contains(&solution.len())
        && solution.bytes().all(|b| b.is_ascii_digit())
        && (solution == "0" || !solution.starts_with('0'))
}

/// Whether `digest` starts with `bits` zero bits.
pub fn leading_zero_bits_at_least(digest: &[u8], bits: u8) -> bool {
    let mut left = u32::from(bits);
    for byte in digest {
        if left == 0 {
            return true;
        }
        let zeros = byte.leading_zeros().min(left);
        if zeros < 8 && zeros < left {
            return false;
        }
        left -= zeros;
    }
    left == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_round_trip_through_their_codes() {
        for choice in ProofOfWork::ALL {
            assert_eq!(ProofOfWork::from_code(choice.code()), Some(choice));
        }
        assert_eq!(ProofOfWork::from_code("on"), None);
        assert_eq!(ProofOfWork::Off.challenge(20), None);
        assert_eq!(
            ProofOfWork::Required.challenge(20),
            Some(Challenge {
                bits: 20,
                required: true
            })
        );
    }

    #[test]
    fn solutions_are_plain_decimal_numbers() {
        for good in ["0", "7", "1234567890123456"] {
            assert!(well_formed_solution(good), "{good}");
        }
        for bad in ["", "01", "-1", "+1", "1e5", " 1", "12345678901234567", "١٢"] {
            assert!(!well_formed_solution(bad), "{bad}");
        }
    }

    #[test]
    fn leading_zero_bits_are_counted_across_bytes() {
        assert!(leading_zero_bits_at_least(&[0xff], 0));
        assert!(leading_zero_bits_at_least(&[0x00, 0x0f], 12));
        assert!(!leading_zero_bits_at_least(&[0x00, 0x0f], 13));
        assert!(leading_zero_bits_at_least(&[0x00, 0x00, 0x3f], 18));
        assert!(!leading_zero_bits_at_least(&[0x00, 0x00, 0x7f], 18));
        assert!(!leading_zero_bits_at_least(&[0x01], 8));
        assert!(leading_zero_bits_at_least(&[0x00], 8));
        // Fewer bytes than bits: not enough.
        assert!(!leading_zero_bits_at_least(&[0x00], 9));
    }

    #[test]
    fn the_puzzle_names_the_survey_and_the_key() {
        assert_eq!(
            puzzle_text("adatum", "pulse", "k-1"),
            "tailspin-challenge-1/adatum/pulse/k-1/"
        );
    }
}
