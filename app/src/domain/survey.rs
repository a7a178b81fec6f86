use serde::{Deserialize, Serialize};

use super::alias::TenantAlias;
use super::calendar_date::CalendarDate;
use super::decimal::Decimal;
use super::ids::QuestionId;
use super::logic::model::SurveyLogic;
use super::slug::Slug;
use super::text_format::TextFormat;
use super::time::UnixMillis;

/// No free-text answer may be longer than this, whatever the question says.
pub const FREE_TEXT_HARD_LIMIT: u16 = 2000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SurveyStatus {
    Draft,
    Published,
    Closed,
}

impl SurveyStatus {
    pub fn code(self) -> &'static str {
        match self {
            SurveyStatus::Draft => "draft",
            SurveyStatus::Published => "published",
            SurveyStatus::Closed => "closed",
        }
    }

    pub fn from_code(code: &str) -> Option<SurveyStatus> {
        match code {
            "draft" => Some(SurveyStatus::Draft),
            "published" => Some(SurveyStatus::Published),
            "closed" => Some(SurveyStatus::Closed),
            _ => None,
        }
    }
}

/// What a question asks for and the rules its answer follows. Each kind
/// has a code stored in the `questions.kind` column and sent by the
/// designer's form. Kinds with options keep them in order; an answer
/// refers to an option by its index, so published options never change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuestionKind {
    /// Long free text (a text area) up to `max_length` characters (at most
    /// 2,000). Code `free_text`.
    FreeText { max_length: u16 },
    /// One line of text up to `max_length` characters (at most 255), in an
    /// optional format. Code `short_text`.
    ShortText { max_length: u16, format: TextFormat },
    /// A number. Code `number`.
    Number(NumberRules),
    /// A calendar day. Code `date`.
    Date {
        earliest: Option<CalendarDate>,
        latest: Option<CalendarDate>,
    },
    /// A rating from 1 to 5, shown as stars, with optional end labels.
    /// Code `range`.
    Range {
        low_label: Option<String>,
        high_label: Option<String>,
    },
    /// A rating from 1 to `points` (2 to 10), shown as numbered buttons,
    /// with optional end labels. Code `scale`.
    Scale {
        points: u8,
        low_label: Option<String>,
        high_label: Option<String>,
    },
    /// Net Promoter Score: 0 to 10. Code `nps`.
    Nps {
        low_label: Option<String>,
        high_label: Option<String>,
    },
    /// One answer out of 2 to 10 options shown as radio buttons. Code
    /// `choice`.
    Choice(ChoiceList),
    /// Any number of options (checkboxes), with optional bounds on how many
    /// are ticked. Code `checkboxes`.
    Checkboxes {
        list: ChoiceList,
        min_selected: Option<u16>,
        max_selected: Option<u16>,
    },
    /// One answer out of 2 to 200 options in a menu. Code `dropdown`.
    Dropdown(ChoiceList),
    /// Statements (rows) each answered on one shared scale (columns). Code
    /// `matrix`.
    Matrix {
        rows: Vec<String>,
        columns: Vec<String>,
    },
    /// Every option put in order, first is best. Code `ranking`.
    Ranking { options: Vec<String>, shuffle: bool },
}

/// The options of a choice, checkbox or dropdown question.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceList {
    pub options: Vec<String>,
    /// Offer "Other (please specify)" with a text field after the options.
    pub other: bool,
    /// Show the options in an order chosen per respondent.
    pub shuffle: bool,
}

/// The bounds of a number question; all optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumberRules {
    pub min: Option<Decimal>,
    pub max: Option<Decimal>,
    /// Answers must be `min` (or 0) plus a whole number of steps; no step
    /// means any number with up to six decimal places.
    pub step: Option<Decimal>,
    /// Shown after the field, such as "kg" or "years".
    pub unit: Option<String>,
}

/// The longest one-line answer.
pub const SHORT_TEXT_LIMIT: u16 = 255;

impl QuestionKind {
    pub const CODES: [&'static str; 12] = [
        "free_text",
        "short_text",
        "number",
        "date",
        "range",
        "scale",
        "nps",
        "choice",
        "checkboxes",
        "dropdown",
        "matrix",
        "ranking",
    ];

    pub fn code(&self) -> &'static str {
        match self {
            QuestionKind::FreeText { .. } => "free_text",
            QuestionKind::ShortText { .. } => "short_text",
            QuestionKind::Number(_) => "number",
            QuestionKind::Date { .. } => "date",
            QuestionKind::Range { .. } => "range",
            QuestionKind::Scale { .. } => "scale",
            QuestionKind::Nps { .. } => "nps",
            QuestionKind::Choice(_) => "choice",
            QuestionKind::Checkboxes { .. } => "checkboxes",
            QuestionKind::Dropdown(_) => "dropdown",
            QuestionKind::Matrix { .. } => "matrix",
            QuestionKind::Ranking { .. } => "ranking",
        }
    }

    /// How the designer names a kind code.
    pub fn label_of(code: &str) -> &'static str {
        match code {
            "free_text" => "Long text",
            "short_text" => "Short text",
            "number" => "Number",
            "date" => "Date",
            "range" => "Star rating (1\u{2013}5)",
            "scale" => "Rating scale",
            "nps" => "Net Promoter Score (0\u{2013}10)",
            "choice" => "One choice",
            "checkboxes" => "Several choices",
            "dropdown" => "Dropdown",
            "matrix" => "Matrix (Likert)",
            "ranking" => "Ranking",
            _ => "Unknown",
        }
    }

    /// `label_of` in the page's language (`label_of` itself stays English:
    /// exports, logs and e-mails rely on it).
    pub fn localized_label_of(code: &str) -> String {
        crate::i18n::texts().get(match code {
            "free_text" => "label-question-kind-free-text",
            "short_text" => "label-question-kind-short-text",
            "number" => "label-question-kind-number",
            "date" => "label-question-kind-date",
            "range" => "label-question-kind-range",
            "scale" => "label-question-kind-scale",
            "nps" => "label-question-kind-nps",
            "choice" => "label-question-kind-choice",
            "checkboxes" => "label-question-kind-checkboxes",
            "dropdown" => "label-question-kind-dropdown",
            "matrix" => "label-question-kind-matrix",
            "ranking" => "label-question-kind-ranking",
            _ => "label-question-kind-unknown",
        })
    }

    /// One choice among `options`, in the written order, without "Other".
    pub fn choice(options: Vec<String>) -> QuestionKind {
        QuestionKind::Choice(ChoiceList {
            options,
            other: false,
            shuffle: false,
        })
    }

    /// The options an answer's index refers to (choice, checkboxes,
    /// dropdown, ranking); empty for the other kinds.
    pub fn options(&self) -> &[String] {
        match self {
            QuestionKind::Choice(list)
            | QuestionKind::Dropdown(list)
            | QuestionKind::Checkboxes { list, .. } => &list.options,
            QuestionKind::Ranking { options, .. } => options,
            _ => &[],
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: QuestionId,
    pub text: String,
    pub required: bool,
    pub kind: QuestionKind,
}

/// What a respondent needs to see and answer a survey.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicSurvey {
    pub tenant_alias: TenantAlias,
    pub tenant_name: String,
    pub slug: Slug,
    pub title: String,
    /// Markdown as the subscriber wrote it.
    pub description: String,
    /// Its rendering, sanitized on the server; the only form shown.
    pub description_html: String,
    pub status: SurveyStatus,
    /// Published to open later: answers are taken from then on.
    #[serde(default)]
    pub opens_at: Option<UnixMillis>,
    pub expires_at: Option<UnixMillis>,
    pub questions: Vec<Question>,
    /// Its pages and conditions.
    #[serde(default)]
    pub logic: SurveyLogic,
    /// Its languages and translations; a page gets the survey already in
    /// its language, without the others.
    #[serde(skip)]
    pub languages: super::survey_languages::SurveyLanguages,
}

impl PublicSurvey {
    /// Published, open and not yet expired at `now`.
    pub fn accepts_answers(&self, now: UnixMillis) -> bool {
        self.status == SurveyStatus::Published
            && self.opens_at.is_none_or(|at| at <= now)
            && self.expires_at.is_none_or(|at| now < at)
    }

    /// When it opens, while it is published and not open yet at `now`.
    pub fn opens_later(&self, now: UnixMillis) -> Option<UnixMillis> {
        self.opens_at
            .filter(|at| self.status == SurveyStatus::Published && now < *at)
    }

    pub fn path(&self) -> String {
        format!("/s/{}/{}", self.tenant_alias, self.slug)
    }

    /// The document in the designer's preview frame, where its pages post.
    pub fn preview_document_path(&self) -> String {
        format!(
            "/t/{}/surveys/{}/preview/document",
            self.tenant_alias, self.slug
        )
    }
}

/// One line of a tenant's public list of surveys.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveySummaryCard {
    pub slug: Slug,
    pub title: String,
    pub expires_at: Option<UnixMillis>,
}
