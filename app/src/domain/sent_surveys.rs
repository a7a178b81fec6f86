//! Which surveys this browser has sent answers to, kept in a cookie so the
//! survey page can say so to a respondent who comes Back after sending (with
//! or without JavaScript). It names surveys only; answers never leave the
//! server, and the list is short.

/// The cookie's name.
pub const SENT_SURVEYS_COOKIE: &str = "tailspin_sent";
/// The most surveys remembered; the oldest is forgotten first.
const REMEMBERED: usize = 20;
/// Thirty days.
const MAX_AGE_SECONDS: u32 = 30 * 24 * 60 * 60;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SentSurveys(Vec<String>);

impl SentSurveys {
    /// The list in a request's `Cookie` header; anything unreadable is
    /// ignored (the cookie only ever adds a note to a page).
    pub fn from_cookie_header(header: &str) -> Self {
        let value = header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == SENT_SURVEYS_COOKIE)
            .map_or("", |(_, value)| value);
        Self(
            value
                .split('|')
                .filter(|entry| is_entry(entry))
                .take(REMEMBERED)
                .map(str::to_owned)
                .collect(),
        )
    }

    pub fn contains(&self, tenant: &str, slug: &str) -> bool {
        let entry = format!("{tenant}/{slug}");
        self.0.contains(&entry)
    }

    /// The list with this survey first.
    pub fn with(mut self, tenant: &str, slug: &str) -> Self {
        let entry = format!("{tenant}/{slug}");
        if is_entry(&entry) {
            self.0.retain(|e| *e != entry);
            self.0.insert(0, entry);
            self.0.truncate(REMEMBERED);
        }
        self
    }

    /// The `Set-Cookie` value that stores the list (HttpOnly: no script
    /// needs it; Lax: sent when a respondent follows a link to the survey).
    pub fn set_cookie_value(&self) -> String {
        format!(
            "{SENT_SURVEYS_COOKIE}={}; Path=/; Max-Age={MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax",
            self.0.join("|")
        )
    }
}

/// `tenant/slug` of an alias and a slug: lower-case letters, digits and
/// hyphens only, so an entry can never break out of the cookie.
fn is_entry(entry: &str) -> bool {
    entry.split_once('/').is_some_and(|(tenant, slug)| {
        [tenant, slug].iter().all(|part| {
            !part.is_empty()
                && part.len() <= 100
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_surveys_newest_first_and_reads_them_back() {
        let sent = SentSurveys::default()
            .with("adatum", "customer-satisfaction")
            .with("fabrikam", "event")
            .with("adatum", "customer-satisfaction");
        let header = sent.set_cookie_value();
        assert!(
            header
                .starts_with("tailspin_sent=adatum/customer-satisfaction|fabrikam/event; Path=/;")
        );
        assert!(header.contains("HttpOnly") && header.contains("SameSite=Lax"));
        let cookie = header.split(';').next().unwrap();
        let read = SentSurveys::from_cookie_header(&format!("a=b; {cookie}; c=d"));
        assert_eq!(read, sent);
        assert!(read.contains("fabrikam", "event"));
        assert!(!read.contains("fabrikam", "other"));
    }

    #[test]
    fn keeps_a_bounded_list_of_well_formed_entries() {
        let mut sent = SentSurveys::default();
        for n in 0..30 {
            sent = sent.with("adatum", &format!("survey-{n}"));
        }
        assert_eq!(sent.0.len(), REMEMBERED);
        assert!(sent.contains("adatum", "survey-29"));
        assert!(
            !sent.contains("adatum", "survey-0"),
            "the oldest is forgotten"
        );

        let hostile = SentSurveys::default().with("adatum", "x; Domain=evil.example");
        assert_eq!(hostile, SentSurveys::default());
        let read = SentSurveys::from_cookie_header(
            "tailspin_sent=adatum/ok|<script>/x|ADATUM/caps|/|a/b/c",
        );
        assert_eq!(read.0, ["adatum/ok"]);
        assert_eq!(SentSurveys::from_cookie_header(""), SentSurveys::default());
    }
}
