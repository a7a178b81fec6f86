//! Webhooks: which events an endpoint receives, the checks on what an
//! Administrator types, and how long a failing endpoint is retried.

use serde::{Deserialize, Serialize};

use crate::i18n::Message;

/// An event an endpoint may subscribe to (`Ping` is only ever sent by the
/// test button).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum WebhookEvent {
    ResponseCreated,
    SurveyPublished,
    SurveyClosed,
    ExportFinished,
    Ping,
}

impl WebhookEvent {
    /// What an endpoint can subscribe to.
    pub const SUBSCRIBABLE: [WebhookEvent; 4] = [
        WebhookEvent::ResponseCreated,
        WebhookEvent::SurveyPublished,
        WebhookEvent::SurveyClosed,
        WebhookEvent::ExportFinished,
    ];

    /// The `type` of the payload, and the name in storage and forms.
    pub fn code(self) -> &'static str {
        match self {
            WebhookEvent::ResponseCreated => "response.created",
            WebhookEvent::SurveyPublished => "survey.published",
            WebhookEvent::SurveyClosed => "survey.closed",
            WebhookEvent::ExportFinished => "export.finished",
            WebhookEvent::Ping => "ping",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            WebhookEvent::ResponseCreated => "A response was received, with its answers",
            WebhookEvent::SurveyPublished => "A survey was published",
            WebhookEvent::SurveyClosed => {
                "A survey was closed, by someone or by its response limit"
            }
            WebhookEvent::ExportFinished => "A database export finished",
            WebhookEvent::Ping => "A test sent from the endpoint's page",
        }
    }

    /// `description` in the page's language (`description` itself stays
    /// English for anything exported or documented).
    pub fn localized_description(self) -> String {
        Message::new(match self {
            WebhookEvent::ResponseCreated => "msg-webhooks-event-response-created",
            WebhookEvent::SurveyPublished => "msg-webhooks-event-survey-published",
            WebhookEvent::SurveyClosed => "msg-webhooks-event-survey-closed",
            WebhookEvent::ExportFinished => "msg-webhooks-event-export-finished",
            WebhookEvent::Ping => "msg-webhooks-event-ping",
        })
        .in_page_language()
    }

    pub fn from_code(code: &str) -> Option<WebhookEvent> {
        WebhookEvent::SUBSCRIBABLE
            .into_iter()
            .chain([WebhookEvent::Ping])
            .find(|event| event.code() == code)
    }
}

/// The events of one endpoint: at least one, each once, in a fixed order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookEvents(Vec<WebhookEvent>);

impl WebhookEvents {
    pub fn parse<'a>(codes: impl IntoIterator<Item = &'a str>) -> Result<WebhookEvents, String> {
        let mut events = Vec::new();
        for code in codes {
            let code = code.trim();
            if code.is_empty() {
                continue;
            }
            let event = WebhookEvent::from_code(code)
                .filter(|event| *event != WebhookEvent::Ping)
                .ok_or_else(|| {
                    Message::new("msg-webhooks-unknown-event")
                        .text("code", code)
                        .in_page_language()
                })?;
            if !events.contains(&event) {
                events.push(event);
            }
        }
        if events.is_empty() {
            return Err(Message::new("msg-webhooks-no-events").in_page_language());
        }
        events.sort();
        Ok(WebhookEvents(events))
    }

    pub fn contains(&self, event: WebhookEvent) -> bool {
        self.0.contains(&event)
    }

    pub fn iter(&self) -> impl Iterator<Item = WebhookEvent> + '_ {
        self.0.iter().copied()
    }

    /// As stored: codes separated by spaces.
    pub fn to_codes(&self) -> String {
        self.0
            .iter()
            .map(|event| event.code())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Endpoints one tenant may have.
pub const MAX_WEBHOOK_ENDPOINTS: u32 = 10;
pub const MAX_WEBHOOK_DESCRIPTION_CHARS: usize = 120;
pub const MAX_WEBHOOK_URL_CHARS: usize = 2_000;

pub fn check_webhook_description(typed: &str) -> Result<String, String> {
    let description = typed.trim();
    if description.chars().count() > MAX_WEBHOOK_DESCRIPTION_CHARS {
        return Err(Message::new("msg-webhooks-description-too-long")
            .typed("max", MAX_WEBHOOK_DESCRIPTION_CHARS)
            .in_page_language());
    }
    if description.chars().any(char::is_control) {
        return Err(Message::new("msg-webhooks-description-control").in_page_language());
    }
    Ok(description.to_owned())
}

/// A failing endpoint is retried for this long after the first attempt of
/// the delivery at the head of its queue; then it is disabled.
pub const WEBHOOK_RETRY_WINDOW_MS: i64 = 24 * 60 * 60 * 1000;

/// The wait after failed attempt `attempt` (1-based): 5 seconds, doubled
/// each time, at most two hours: about 22 attempts fill the 24 hours.
pub fn webhook_retry_delay_ms(attempt: i64) -> i64 {
    let doublings = u32::try_from(attempt.clamp(1, 30) - 1).unwrap_or(0);
    5_000_i64
        .saturating_mul(1_i64 << doublings.min(20))
        .min(2 * 60 * 60 * 1000)
}

/// After a rotation the previous secret still signs for this long.
pub const WEBHOOK_SECRET_OVERLAP_MS: i64 = 24 * 60 * 60 * 1000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_parse_in_a_fixed_order_and_ping_cannot_be_subscribed() {
        let events =
            WebhookEvents::parse(["survey.closed", "response.created", "survey.closed"]).unwrap();
        assert_eq!(events.to_codes(), "response.created survey.closed");
        assert!(WebhookEvents::parse(["ping"]).is_err());
        assert!(WebhookEvents::parse(["", " "]).is_err());
        assert!(WebhookEvents::parse(["response.deleted"]).is_err());
        for event in WebhookEvent::SUBSCRIBABLE {
            assert_eq!(WebhookEvent::from_code(event.code()), Some(event));
        }
    }

    #[test]
    fn retries_grow_to_two_hours_and_fill_a_day() {
        assert_eq!(webhook_retry_delay_ms(1), 5_000);
        assert_eq!(webhook_retry_delay_ms(2), 10_000);
        assert_eq!(webhook_retry_delay_ms(100), 7_200_000);
        let mut waited = 0;
        let mut attempts = 0;
        while waited < WEBHOOK_RETRY_WINDOW_MS {
            attempts += 1;
            waited += webhook_retry_delay_ms(attempts);
        }
        assert!((18..=25).contains(&attempts), "{attempts}");
    }

    #[test]
    fn descriptions_are_short_plain_text() {
        assert_eq!(check_webhook_description("  CRM  ").unwrap(), "CRM");
        assert!(check_webhook_description(&"x".repeat(121)).is_err());
        assert!(check_webhook_description("a\u{7}b").is_err());
    }
}
