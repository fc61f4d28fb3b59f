//! News posts (by the communication sub-commission, in several languages) and the
//! communication actions of the dissemination plan.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::forum::vocabulary;
use crate::plan::parse_required_date;
use crate::validation::ValidationErrors;
use crate::{Locale, Localized};

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_BODY_CHARS: usize = 20_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewsPost {
    pub id: i64,
    pub title: Localized,
    pub body: Localized,
    pub published_on: Date,
    pub author_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewsInput {
    pub title: Localized,
    pub body: Localized,
    pub published_on: Date,
}

/// A multilingual text from a form's per-language fields: each at most `max` characters,
/// and at least one written (else `required`, unless that is empty).
pub(crate) fn localized(
    errors: &mut ValidationErrors,
    field: &'static str,
    pairs: &[(Locale, String)],
    max: usize,
    required: &'static str,
) -> Localized {
    let mut text = Localized::new();
    for (locale, value) in pairs {
        if value.trim().chars().count() > max {
            errors.add(field, "text-too-long");
        }
        text.set(*locale, value.as_str());
    }
    if text.is_empty() && !required.is_empty() {
        errors.add(field, required);
    }
    text
}

impl NewsInput {
    /// A title and a text in at least one language, and a publication date.
    pub fn parse(
        title: &[(Locale, String)],
        body: &[(Locale, String)],
        published_on: &str,
    ) -> Result<NewsInput, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let title = localized(&mut errors, "title", title, MAX_TITLE_CHARS, "news-title-required");
        let body = localized(&mut errors, "body", body, MAX_BODY_CHARS, "news-body-required");
        let published_on = errors.check("published_on", parse_required_date(published_on));
        errors.clone().into_result()?;
        let published_on = published_on.ok_or(errors)?;
        Ok(NewsInput { title, body, published_on })
    }
}

vocabulary!(
    /// How a communication action reaches people.
    Channel, "channel-invalid", {
        Website => "website",
        SocialMedia => "social-media",
        Press => "press",
        RadioTv => "radio-tv",
        Event => "event",
        Email => "email",
        Other => "other",
    }
);

vocabulary!(
    ActionStatus, "action-status-invalid", {
        Planned => "planned",
        Done => "done",
        Cancelled => "cancelled",
    }
);

/// An action of the dissemination plan: who it is for, through which channel, when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommunicationAction {
    pub id: i64,
    pub title: Localized,
    pub audience: Localized,
    pub channel: Channel,
    pub date: Date,
    pub status: ActionStatus,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionInput {
    pub title: Localized,
    pub audience: Localized,
    pub channel: Channel,
    pub date: Date,
    pub status: ActionStatus,
}

impl ActionInput {
    pub fn parse(
        title: &[(Locale, String)],
        audience: &[(Locale, String)],
        channel: &str,
        date: &str,
        status: &str,
    ) -> Result<ActionInput, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let title = localized(&mut errors, "action_title", title, MAX_TITLE_CHARS, "action-title-required");
        let audience = localized(&mut errors, "audience", audience, MAX_TITLE_CHARS, "audience-required");
        let channel = errors.check("channel", Channel::parse(channel.trim()));
        let date = errors.check("date", parse_required_date(date));
        let status = errors.check("status", ActionStatus::parse(status.trim()));
        errors.clone().into_result()?;
        match (channel, date, status) {
            (Some(channel), Some(date), Some(status)) => Ok(ActionInput { title, audience, channel, date, status }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_and_actions_need_their_words_and_known_codes() {
        let ok =
            NewsInput::parse(&[(Locale::Ar, "إطلاق الاستشارة".into())], &[(Locale::Ar, "انطلقت".into())], "2026-11-01");
        assert!(ok.is_ok());
        let err = NewsInput::parse(&[(Locale::Fr, " ".into())], &[], "hier").expect_err("empty");
        assert_eq!(err.for_field("title"), Some("news-title-required"));
        assert_eq!(err.for_field("body"), Some("news-body-required"));
        assert_eq!(err.for_field("published_on"), Some("date-invalid"));
        let action = ActionInput::parse(
            &[(Locale::Fr, "Émission radio".into())],
            &[(Locale::Fr, "Jeunes des régions".into())],
            "radio-tv",
            "2026-12-01",
            "planned",
        )
        .expect("ok");
        assert_eq!((action.channel, action.status), (Channel::RadioTv, ActionStatus::Planned));
        let err = ActionInput::parse(&[], &[], "pigeon", "", "maybe").expect_err("bad");
        assert_eq!(err.for_field("channel"), Some("channel-invalid"));
        assert_eq!(err.for_field("status"), Some("action-status-invalid"));
    }
}
