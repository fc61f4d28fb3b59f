//! The country's other open government portals (access to information, open data, budget,
//! complaints, e-participation), registered by the secretariat, linked from commitments and
//! checked in the background: is the site up, and is its feed still being written?

use serde::{Deserialize, Serialize};
use time::Date;

use crate::forum::{vocabulary, web_link};
use crate::news::localized;
use crate::validation::ValidationErrors;
use crate::{Locale, Localized};

pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_DESCRIPTION_CHARS: usize = 1_000;
/// A feed whose newest entry is older than this is shown as stale.
pub const STALE_AFTER_DAYS: i64 = 90;

vocabulary!(
    /// What a linked portal is for.
    PortalKind, "portal-kind-invalid", {
        AccessToInformation => "access-to-information",
        OpenData => "open-data",
        Budget => "budget",
        Complaints => "complaints",
        EParticipation => "e-participation",
        Legislation => "legislation",
        Other => "other",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Portal {
    pub id: i64,
    pub kind: PortalKind,
    pub name: Localized,
    pub description: Localized,
    pub url: String,
    pub feed_url: Option<String>,
    pub last_check: Option<PortalCheck>,
}

/// What the last background check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalCheck {
    /// Unix seconds.
    pub checked_at: i64,
    /// The site answered with a success status (after redirects).
    pub reachable: bool,
    /// HTTP status of the site, when it answered at all.
    pub status: Option<u16>,
    /// Why the site or its feed could not be read, in a stable code (`unreachable`,
    /// `http-error`, `feed-unreachable`, `feed-malformed`, `feed-empty`).
    pub problem: Option<String>,
    /// The date of the feed's newest entry, when a feed is registered and could be read.
    pub newest_entry_on: Option<Date>,
}

/// How a portal is doing, as shown to the public.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Not checked yet (or checks are off on this server).
    Unchecked,
    /// Reachable, and its feed (if any) has an entry in the last [`STALE_AFTER_DAYS`].
    Live,
    /// Reachable, but its feed has not been written for `days` days or could not be read.
    Stale { days: Option<i64> },
    /// The site did not answer with a success status.
    Down,
}

impl Freshness {
    pub fn code(self) -> &'static str {
        match self {
            Freshness::Unchecked => "unchecked",
            Freshness::Live => "live",
            Freshness::Stale { .. } => "stale",
            Freshness::Down => "down",
        }
    }
}

impl Portal {
    pub fn freshness(&self, today: Date) -> Freshness {
        let Some(check) = &self.last_check else { return Freshness::Unchecked };
        if !check.reachable {
            return Freshness::Down;
        }
        if self.feed_url.is_none() {
            return Freshness::Live;
        }
        match check.newest_entry_on {
            Some(newest) => {
                let days = (today - newest).whole_days();
                if days > STALE_AFTER_DAYS {
                    Freshness::Stale { days: Some(days) }
                } else {
                    Freshness::Live
                }
            }
            None => Freshness::Stale { days: None },
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortalInput {
    pub kind: PortalKind,
    pub name: Localized,
    pub description: Localized,
    pub url: String,
    pub feed_url: Option<String>,
}

impl PortalInput {
    /// A kind, a name in at least one language, the site's address and, optionally, the
    /// address of its Atom or RSS feed.
    pub fn parse(
        kind: &str,
        name: &[(Locale, String)],
        description: &[(Locale, String)],
        url: &str,
        feed_url: &str,
    ) -> Result<PortalInput, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let kind = errors.check("kind", PortalKind::parse(kind));
        let name_text = localized(&mut errors, "name", name, MAX_NAME_CHARS, "portal-name-required");
        let description_text = localized(&mut errors, "description", description, MAX_DESCRIPTION_CHARS, "");
        let url = errors.check("url", web_link(url));
        let feed_url = if feed_url.trim().is_empty() {
            Some(None)
        } else {
            errors.check("feed_url", web_link(feed_url).map(Some))
        };
        match (kind, url, feed_url) {
            (Some(kind), Some(url), Some(feed_url)) if errors.is_empty() => {
                Ok(PortalInput { kind, name: name_text, description: description_text, url, feed_url })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn portal(feed: bool, check: Option<PortalCheck>) -> Portal {
        Portal {
            id: 1,
            kind: PortalKind::OpenData,
            name: Localized::from_pairs([(Locale::Fr, "Données ouvertes")]),
            description: Localized::new(),
            url: "https://data.gov.ma".into(),
            feed_url: feed.then(|| "https://data.gov.ma/feed".to_string()),
            last_check: check,
        }
    }

    fn check(reachable: bool, newest: Option<Date>) -> PortalCheck {
        PortalCheck { checked_at: 0, reachable, status: Some(200), problem: None, newest_entry_on: newest }
    }

    #[test]
    fn freshness_follows_reachability_and_the_newest_feed_entry() {
        let today = date!(2026 - 11 - 27);
        assert_eq!(portal(true, None).freshness(today), Freshness::Unchecked);
        assert_eq!(portal(true, Some(check(false, None))).freshness(today), Freshness::Down);
        assert_eq!(portal(false, Some(check(true, None))).freshness(today), Freshness::Live);
        assert_eq!(portal(true, Some(check(true, Some(date!(2026 - 10 - 01))))).freshness(today), Freshness::Live);
        // 90 days is still live; 91 is stale.
        assert_eq!(portal(true, Some(check(true, Some(date!(2026 - 08 - 29))))).freshness(today), Freshness::Live);
        assert_eq!(
            portal(true, Some(check(true, Some(date!(2026 - 08 - 28))))).freshness(today),
            Freshness::Stale { days: Some(91) }
        );
        // A feed that could not be read is stale, with no age to show.
        assert_eq!(portal(true, Some(check(true, None))).freshness(today), Freshness::Stale { days: None });
    }

    #[test]
    fn input_needs_a_kind_a_name_and_web_addresses() {
        let name = vec![(Locale::Ar, "بوابة الحصول على المعلومات".to_string())];
        let ok = PortalInput::parse("access-to-information", &name, &[], "https://chafafiya.ma", "").expect("valid");
        assert_eq!(ok.feed_url, None);
        let errors =
            PortalInput::parse("casino", &[], &[], "javascript:alert(1)", "ftp://x").expect_err("three problems");
        assert_eq!(errors.for_field("kind"), Some("portal-kind-invalid"));
        assert_eq!(errors.for_field("name"), Some("portal-name-required"));
        assert_eq!(errors.for_field("url"), Some("link-invalid"));
        assert_eq!(errors.for_field("feed_url"), Some("link-invalid"));
        let long = vec![(Locale::Fr, "x".repeat(MAX_NAME_CHARS + 1))];
        assert!(PortalInput::parse("budget", &long, &[], "https://a.ma", "").is_err());
    }
}
