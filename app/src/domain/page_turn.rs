//! A survey of several pages answered without JavaScript: each page is a
//! form post carrying every answer so far, and the server decides what
//! comes next. The same rules move the hydrated form from page to page.

use super::answers::{SubmissionErrors, check_page, route_so_far};
use super::ids::QuestionId;
use super::logic::SurveyLogic;
use super::survey::Question;

/// The page being left (its place), sent by the form.
pub const PAGE_FIELD: &str = "page";
/// The button pressed: `next`, `back`, or `send`.
pub const GO_FIELD: &str = "go";
/// The questions the page showed when drawn (ids, comma-separated), so
/// that a question an answer brought up on the same page is not skipped.
pub const SHOWN_FIELD: &str = "shown";

/// What an answer brought up is asked before moving on.
/// (Its catalogue key.)
pub const MORE_QUESTIONS: &str = "page-more-questions";

/// Whether a field steers the pages rather than answering.
pub fn is_navigation_field(name: &str) -> bool {
    matches!(name, PAGE_FIELD | GO_FIELD | SHOWN_FIELD)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Go {
    Next,
    Back,
    Send,
}

impl Go {
    pub fn value(self) -> &'static str {
        match self {
            Go::Next => "next",
            Go::Back => "back",
            Go::Send => "send",
        }
    }

    fn parse(value: &str) -> Go {
        match value {
            "next" => Go::Next,
            "back" => Go::Back,
            _ => Go::Send,
        }
    }
}

/// The page a post was sent from (0 for a form of one page).
pub fn posted_page(fields: &[(String, String)]) -> usize {
    fields
        .iter()
        .find(|(name, _)| name == PAGE_FIELD)
        .and_then(|(_, page)| page.parse().ok())
        .unwrap_or(0)
}

/// What follows a post.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Check and store every answer.
    Send,
    /// Show this page, with these problems.
    Show {
        page: usize,
        errors: SubmissionErrors,
    },
}

/// The next step for a post of `fields` (answers and navigation fields).
/// A post without a page (a one-page form, or the hydrated form's only
/// post) is sent; so is "next" from the last page of the route.
pub fn page_turn(questions: &[Question], logic: &SurveyLogic, fields: &[(String, String)]) -> Step {
    let value = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    let Some(page) = value(PAGE_FIELD).and_then(|p| p.parse::<usize>().ok()) else {
        return Step::Send;
    };
    let page = page.min(logic.page_count() - 1);
    // Only answers: the key, the honeypot and the like are the final
    // post's business.
    let answers: Vec<(String, String)> = fields
        .iter()
        .filter(|(name, _)| super::answers::field_question(name).is_some())
        .cloned()
        .collect();
    let show = |page: usize, errors: SubmissionErrors| Step::Show { page, errors };
    match Go::parse(value(GO_FIELD).unwrap_or_default()) {
        Go::Back => {
            let route = route_so_far(questions, logic, &answers);
            show(route.before(page).unwrap_or(0), SubmissionErrors::default())
        }
        _ => {
            let (route, errors) = check_page(questions, logic, &answers, page);
            if !errors.is_empty() {
                return show(page, errors);
            }
            let shown: Vec<QuestionId> = value(SHOWN_FIELD)
                .unwrap_or_default()
                .split(',')
                .filter_map(|id| id.trim().parse().ok().map(QuestionId))
                .collect();
            let brought_up = logic.page_range(page, questions.len()).any(|q| {
                route.visible[q]
                    && !shown.contains(&questions[q].id)
                    && !answered(&answers, questions[q].id)
            });
            if brought_up && value(SHOWN_FIELD).is_some() {
                let errors = SubmissionErrors {
                    form: vec![crate::i18n::Message::new(MORE_QUESTIONS)],
                    fields: Vec::new(),
                };
                return show(page, errors);
            }
            // Also for "send": the page's answers may have put another
            // page on the route since the button was drawn.
            match route.after(page) {
                Some(next) => show(next, SubmissionErrors::default()),
                None => Step::Send,
            }
        }
    }
}

/// Whether any field of the question carries a value.
fn answered(fields: &[(String, String)], question: QuestionId) -> bool {
    fields.iter().any(|(name, value)| {
        !value.trim().is_empty() && super::answers::field_question(name) == Some(question)
    })
}
