//! What a restore checks in an archive before writing it: a backup is a
//! file its owner could have edited.

use std::collections::HashMap;

use serde_json::Value;

use crate::domain::{Plan, UnixMillis};
use crate::i18n::Message;
use crate::storage::backup::BackupRow;

/// What the checks before writing need of an archive, noted row by row as
/// it is read: the surveys (few, and checked whole), how many users, and
/// each question's kind by its position (for the answers).
#[derive(Debug, Default)]
pub(super) struct ArchiveFacts {
    pub surveys: Vec<BackupRow>,
    pub users: usize,
    pub question_kinds: HashMap<i64, String>,
}

impl ArchiveFacts {
    pub fn note(&mut self, table: &str, row: BackupRow) {
        match table {
            "surveys" => self.surveys.push(row),
            "users" => self.users += 1,
            "questions" => {
                let position = row.get("ref").and_then(Value::as_i64);
                let kind = row.get("kind").and_then(Value::as_str);
                if let (Some(position), Some(kind)) = (position, kind) {
                    self.question_kinds.insert(position, kind.to_owned());
                }
            }
            _ => {}
        }
    }
}

/// A backup is a file its owner could have edited: what sign-up, the
/// designer and publishing would refuse, a restore refuses too. Every
/// survey has a valid address (unique in the backup), a title of allowed
/// length and a known status; the open surveys and the users fit the plan's
/// limits.
pub(super) fn check_surveys_and_limits(
    facts: &ArchiveFacts,
    plan: Plan,
    limits: &crate::storage::tenants::LimitOverrides,
    now: UnixMillis,
) -> Result<(), String> {
    use crate::domain::{MAX_TITLE_CHARS, Slug, SurveyState, SurveyStatus, check_title};
    let text = |row: &BackupRow, column: &str| {
        row.get(column)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let mut slugs = std::collections::BTreeSet::new();
    let mut open = 0u32;
    for row in &facts.surveys {
        let slug = text(row, "slug");
        if Slug::parse(&slug).is_err() {
            return Err(Message::new("msg-backup-survey-address")
                .text("address", format!("{slug:?}"))
                .in_page_language());
        }
        if !slugs.insert(slug.clone()) {
            return Err(Message::new("msg-backup-survey-address-twice")
                .text("address", slug.as_str())
                .in_page_language());
        }
        if check_title(&text(row, "title")).is_err() {
            return Err(Message::new("msg-backup-survey-title")
                .text("address", slug.as_str())
                .typed("limit", MAX_TITLE_CHARS)
                .in_page_language());
        }
        let status = SurveyStatus::from_code(&text(row, "status")).ok_or_else(|| {
            Message::new("msg-backup-survey-status")
                .text("address", slug.as_str())
                .in_page_language()
        })?;
        let expires_at = row
            .get("expires_at")
            .and_then(Value::as_i64)
            .map(UnixMillis);
        if SurveyState::of(status, expires_at, now) == SurveyState::Published {
            open += 1;
        }
    }
    let max_open = limits.max_active_surveys(plan);
    if open > max_open {
        return Err(Message::new("msg-backup-too-many-open-surveys")
            .typed("open", open)
            .text("plan", plan.localized_label())
            .typed("limit", max_open)
            .in_page_language());
    }
    let users = facts.users;
    if let Some(max_users) = limits.max_users(plan)
        && users > max_users as usize
    {
        return Err(Message::new("msg-backup-too-many-users")
            .typed("users", users)
            .text("plan", plan.localized_label())
            .typed("limit", max_users)
            .in_page_language());
    }
    Ok(())
}

fn optional_text(row: &BackupRow, column: &str) -> Option<String> {
    row.get(column).and_then(Value::as_str).map(str::to_owned)
}

/// A question's settings must read back as its kind, or every page that
/// shows the survey would fail. An archive made before the settings column
/// existed gets `{}`, what the migration gave every question then.
pub(super) fn check_question(row: &mut BackupRow) -> Result<(), String> {
    if row.get("settings").is_none_or(Value::is_null) {
        row.insert("settings".into(), Value::from("{}"));
    }
    let kind = optional_text(row, "kind").unwrap_or_default();
    let columns = crate::storage::question_settings::KindColumns {
        max_length: row.get("max_length").and_then(Value::as_i64),
        low_label: optional_text(row, "low_label"),
        high_label: optional_text(row, "high_label"),
        settings: optional_text(row, "settings")
            .ok_or_else(|| Message::new("msg-backup-settings-not-text").in_page_language())?,
        options: Vec::new(),
    };
    crate::storage::question_settings::decode(&kind, columns)
        .map(|_| ())
        .map_err(|_| {
            Message::new("msg-backup-question-settings")
                .text("kind", kind.as_str())
                .in_page_language()
        })
}

/// An answer must read back as an answer of its question's kind (stars for
/// a star rating, parts for checkboxes …), or the responses, exports and
/// statistics of its survey would fail.
pub(super) fn check_answer(row: &BackupRow, kinds: &HashMap<i64, String>) -> Result<(), String> {
    let question = row.get("question_id").and_then(Value::as_i64);
    // A reference outside the archive is reported by the insert itself.
    let Some(kind) = question.and_then(|q| kinds.get(&q)) else {
        return Ok(());
    };
    let columns = crate::storage::answer_columns::AnswerColumns {
        number: row.get("number_value").and_then(Value::as_i64),
        text: optional_text(row, "text_value"),
        items: optional_text(row, "items"),
    };
    crate::storage::answer_columns::decode(kind, columns)
        .map(|_| ())
        .map_err(|_| {
            Message::new("msg-backup-answer-kind")
                .text("kind", kind.as_str())
                .in_page_language()
        })
}

/// A response's language: one this version speaks; a backup from before
/// languages has none, and its responses were answered in English.
pub(super) fn check_submission_language(row: &mut BackupRow) -> Result<(), String> {
    match row.get("language") {
        None | Some(Value::Null) => {
            row.insert("language".into(), Value::from("en"));
            Ok(())
        }
        Some(Value::String(code)) if crate::i18n::Language::from_code(code).is_some() => Ok(()),
        Some(_) => Err(Message::new("msg-backup-response-language").in_page_language()),
    }
}

/// A survey's languages: none, or ones this version speaks, with texts no
/// longer than a survey's own.
pub(super) fn check_survey_languages(row: &BackupRow) -> Result<(), String> {
    use crate::domain::survey_languages::{MAX_TRANSLATED_CHARS, SurveyLanguages};
    let stored = match row.get("languages") {
        None | Some(Value::Null) => return Ok(()),
        Some(Value::String(json)) => json,
        Some(_) => return Err("a survey's languages are not text".to_owned()),
    };
    let refused = || "a survey's languages cannot be read".to_owned();
    let languages = SurveyLanguages::from_json(Some(stored)).map_err(|_| refused())?;
    let known = |code: &str| crate::i18n::Language::from_code(code).is_some();
    let texts_fit = languages
        .translations
        .values()
        .flat_map(|t| t.values())
        .all(|t| {
            t.text.chars().count() <= MAX_TRANSLATED_CHARS
                && t.source.chars().count() <= MAX_TRANSLATED_CHARS
        });
    if known(&languages.written_in) && languages.translations.keys().all(|c| known(c)) && texts_fit
    {
        Ok(())
    } else {
        Err(refused())
    }
}

/// A user's chosen language: none, or one this version speaks.
pub(super) fn check_user_language(row: &BackupRow) -> Result<(), String> {
    match row.get("language") {
        None | Some(Value::Null) => Ok(()),
        Some(Value::String(code)) if crate::i18n::Language::from_code(code).is_some() => Ok(()),
        Some(_) => Err(Message::new("msg-backup-user-language").in_page_language()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::tenants::LimitOverrides;

    fn survey(slug: &str, title: &str, status: &str) -> BackupRow {
        serde_json::json!({"slug": slug, "title": title, "status": status})
            .as_object()
            .unwrap()
            .clone()
    }

    fn facts(surveys: Vec<BackupRow>) -> ArchiveFacts {
        let mut facts = ArchiveFacts::default();
        for survey in surveys {
            facts.note("surveys", survey);
        }
        facts
    }

    const NO_OVERRIDES: LimitOverrides = LimitOverrides {
        max_active_surveys: None,
        max_users: None,
        monthly_responses: None,
    };

    #[test]
    fn an_edited_backup_is_checked_like_the_designer_and_publishing() {
        let check = |surveys| {
            check_surveys_and_limits(&facts(surveys), Plan::Trial, &NO_OVERRIDES, UnixMillis(0))
        };
        assert!(check(vec![survey("fine", "Fine", "draft")]).is_ok());
        for (surveys, expected) in [
            (vec![survey("../x", "T", "draft")], "address is not valid"),
            (
                vec![survey("a", "T", "draft"), survey("a", "U", "draft")],
                "Two surveys",
            ),
            (vec![survey("a", "", "draft")], "empty title"),
            (vec![survey("a", &"x".repeat(151), "draft")], "longer than"),
            (vec![survey("a", "T", "live")], "unknown status"),
        ] {
            let error = check(surveys).unwrap_err();
            assert!(error.contains(expected), "{error}");
        }
        let too_many: Vec<_> = (0..=Plan::Trial.max_active_surveys())
            .map(|n| survey(&format!("s{n}"), "T", "published"))
            .collect();
        let error = check(too_many).unwrap_err();
        assert!(error.contains("open surveys"), "{error}");
    }

    fn row(value: serde_json::Value) -> BackupRow {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn questions_from_before_settings_get_the_empty_settings() {
        let mut old = row(serde_json::json!({"kind": "choice", "max_length": null}));
        check_question(&mut old).unwrap();
        assert_eq!(old["settings"], "{}");
        let mut nps = row(serde_json::json!({"kind": "scale", "settings": "{}"}));
        let error = check_question(&mut nps).unwrap_err();
        assert!(error.contains("scale"), "a scale needs its points: {error}");
        let mut broken = row(serde_json::json!({"kind": "number", "settings": "{\"min\": \"x\"}"}));
        assert!(check_question(&mut broken).is_err());
    }

    #[test]
    fn answers_must_fit_their_question_kind() {
        let kinds = HashMap::from([(1, "range".to_owned()), (2, "matrix".to_owned())]);
        let answer = |value: serde_json::Value| check_answer(&row(value), &kinds);
        assert!(answer(serde_json::json!({"question_id": 1, "number_value": 4})).is_ok());
        assert!(answer(serde_json::json!({"question_id": 2, "items": "0,,2"})).is_ok());
        assert!(answer(serde_json::json!({"question_id": 1, "text_value": "4"})).is_err());
        assert!(answer(serde_json::json!({"question_id": 2, "items": "a,b"})).is_err());
    }

    #[test]
    fn a_response_without_a_language_was_answered_in_english() {
        let mut old = BackupRow::new();
        super::check_submission_language(&mut old).unwrap();
        assert_eq!(old.get("language"), Some(&Value::from("en")));
        let mut german = BackupRow::new();
        german.insert("language".into(), Value::from("de"));
        super::check_submission_language(&mut german).unwrap();
        let mut unknown = BackupRow::new();
        unknown.insert("language".into(), Value::from("xx"));
        assert!(super::check_submission_language(&mut unknown).is_err());
    }
}
