//! The multi-stakeholder forum (Popolo model): bodies, seats, people, memberships, meetings
//! and the recommendations recorded at them.

use jiff::tz::TimeZone;
use jiff::{civil, Timestamp};
use serde::{Deserialize, Serialize};
use time::Date;

use crate::institution::Branch;
use crate::validation::ValidationErrors;
use crate::Localized;

/// Declares a closed vocabulary with stable codes (stored, used in URLs and message ids).
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $error:literal, { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            pub fn parse(code: &str) -> Result<$name, &'static str> {
                Self::ALL.iter().copied().find(|v| v.code() == code).ok_or($error)
            }
        }
    };
}
pub(crate) use vocabulary;

vocabulary!(
    /// The kinds of forum body in an OGP process.
    BodyKind, "body-kind-invalid", {
        SteeringCommittee => "steering-committee",
        SubCommission => "sub-commission",
        DraftingCommittee => "drafting-committee",
    }
);

vocabulary!(
    /// A seat (Popolo Post) in a body.
    SeatRole, "seat-invalid", {
        Chair => "chair",
        CoChair => "co-chair",
        Member => "member",
        Observer => "observer",
    }
);

impl SeatRole {
    /// Chair and co-chair seats have one holder at a time; the others any number.
    pub fn single_holder(self) -> bool {
        matches!(self, SeatRole::Chair | SeatRole::CoChair)
    }
}

vocabulary!(
    MeetingKind, "meeting-kind-invalid", {
        ForumMeeting => "forum-meeting",
        Workshop => "workshop",
        Outreach => "outreach",
        ConsultationSession => "consultation-session",
        ImplementationReview => "implementation-review",
    }
);

vocabulary!(
    /// Whether a meeting takes place; a cancelled one stays in the record, marked.
    MeetingStatus, "meeting-status-invalid", {
        Scheduled => "scheduled",
        Cancelled => "cancelled",
    }
);

vocabulary!(
    RecommendationStatus, "recommendation-status-invalid", {
        Open => "open",
        Accepted => "accepted",
        Implemented => "implemented",
        NotRetained => "not-retained",
    }
);

/// Which side of the forum an institution sits on; OGP asks for a balance of the first two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    Government,
    NonGovernment,
    /// International partners attend but count on neither side.
    Partner,
}

impl Side {
    pub const ALL: [Side; 3] = [Side::Government, Side::NonGovernment, Side::Partner];
    pub fn of(branch: Branch) -> Side {
        match branch {
            Branch::Executive
            | Branch::Legislative
            | Branch::Judiciary
            | Branch::IndependentBody
            | Branch::TerritorialCollectivity => Side::Government,
            Branch::CivilSociety | Branch::PrivateSector | Branch::Academia => Side::NonGovernment,
            Branch::InternationalPartner => Side::Partner,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Side::Government => "government",
            Side::NonGovernment => "non-government",
            Side::Partner => "partner",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Body {
    pub id: i64,
    pub slug: String,
    pub kind: BodyKind,
    pub name: Localized,
    pub parent_id: Option<i64>,
    /// Plan themes the body drafts; its members get drafting rights on them.
    pub theme_ids: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyInput {
    pub slug: String,
    pub kind: BodyKind,
    pub name: Localized,
    pub parent_id: Option<i64>,
    pub theme_ids: Vec<i64>,
}

#[derive(Debug, Clone, Default)]
pub struct BodyForm {
    pub slug: String,
    pub kind: String,
    pub names: Vec<(crate::Locale, String)>,
    pub parent_id: String,
    pub theme_ids: Vec<String>,
}

impl BodyInput {
    pub fn parse(form: &BodyForm) -> Result<BodyInput, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let slug = errors.check("slug", crate::institution::Slug::parse(&form.slug));
        let kind = errors.check("kind", BodyKind::parse(form.kind.trim()));
        let name = Localized::from_pairs(form.names.iter().cloned());
        if name.is_empty() {
            errors.add("name", "body-name-required");
        }
        let parent_id = errors.check("parent_id", optional_id(&form.parent_id)).flatten();
        let mut theme_ids = vec![];
        for raw in &form.theme_ids {
            if let Some(Some(id)) = errors.check("theme_ids", optional_id(raw)) {
                if !theme_ids.contains(&id) {
                    theme_ids.push(id);
                }
            }
        }
        if kind == Some(BodyKind::SteeringCommittee) && parent_id.is_some() {
            errors.add("parent_id", "steering-committee-has-no-parent");
        }
        errors.clone().into_result()?;
        match (slug, kind) {
            (Some(slug), Some(kind)) => {
                Ok(BodyInput { slug: slug.as_str().to_string(), kind, name, parent_id, theme_ids })
            }
            _ => Err(errors),
        }
    }
}

/// An id typed in a form: empty means none.
pub fn optional_id(raw: &str) -> Result<Option<i64>, &'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    raw.parse::<i64>().ok().filter(|id| *id > 0).map(Some).ok_or("reference-invalid")
}

/// A seat of a body (Popolo Post). Every body has one seat per [`SeatRole`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seat {
    pub id: i64,
    pub body_id: i64,
    pub role: SeatRole,
}

/// A person in the forum (Popolo Person). Not necessarily a user of the portal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: i64,
    pub name: String,
    /// Only published (in pages and the Popolo export) when `email_public` is set.
    pub email: Option<String>,
    pub email_public: bool,
    pub user_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonInput {
    pub name: String,
    pub email: Option<String>,
    pub email_public: bool,
    pub user_id: Option<i64>,
}

impl PersonInput {
    pub fn parse(name: &str, email: &str, email_public: bool) -> Result<PersonInput, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            errors.add("person_name", "person-name-invalid");
        }
        let email = if email.trim().is_empty() {
            None
        } else {
            errors.check("person_email", crate::account::Email::parse(email).map(|e| e.as_str().to_string()))
        };
        errors.clone().into_result()?;
        Ok(PersonInput { name: name.to_string(), email_public: email_public && email.is_some(), email, user_id: None })
    }
}

/// A person's seat in a body on behalf of an institution (Popolo Membership).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub id: i64,
    pub person_id: i64,
    pub body_id: i64,
    pub seat_id: i64,
    pub role: SeatRole,
    pub institution_id: Option<i64>,
    pub starts_on: Date,
    pub ends_on: Option<Date>,
}

impl Membership {
    pub fn active_on(&self, day: Date) -> bool {
        self.starts_on <= day && self.ends_on.is_none_or(|end| day <= end)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MembershipInput {
    pub person_id: i64,
    pub role: SeatRole,
    pub institution_id: Option<i64>,
    pub starts_on: Date,
    pub ends_on: Option<Date>,
}

impl MembershipInput {
    pub fn parse(
        role: &str,
        institution_id: &str,
        starts_on: &str,
        ends_on: &str,
    ) -> Result<(SeatRole, Option<i64>, Date, Option<Date>), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let role = errors.check("role", SeatRole::parse(role.trim()));
        let institution_id = errors.check("institution_id", optional_id(institution_id)).flatten();
        let starts_on = errors.check("starts_on", crate::plan::parse_required_date(starts_on));
        let ends_on = errors.check("ends_on", crate::plan::parse_date(ends_on)).flatten();
        if let (Some(s), Some(e)) = (starts_on, ends_on) {
            if e < s {
                errors.add("ends_on", "membership-ends-before-start");
            }
        }
        errors.clone().into_result()?;
        match (role, starts_on) {
            (Some(role), Some(starts_on)) => Ok((role, institution_id, starts_on, ends_on)),
            _ => Err(errors),
        }
    }

    /// Whether two memberships of the same seat overlap in time.
    pub fn overlaps(&self, other: &Membership) -> bool {
        let ends_before = |end: Option<Date>, start: Date| end.is_some_and(|e| e < start);
        !(ends_before(self.ends_on, other.starts_on) || ends_before(other.ends_on, self.starts_on))
    }
}

/// Parses an IANA time zone name against the bundled tz database.
pub fn parse_time_zone(name: &str) -> Result<TimeZone, &'static str> {
    let name = name.trim();
    if name.is_empty() || name.len() > 64 {
        return Err("time-zone-invalid");
    }
    TimeZone::get(name).map_err(|_| "time-zone-invalid")
}

/// A local date and time in a zone, as seconds since the Unix epoch.
pub fn local_instant(date: &str, clock_time: &str, zone: &TimeZone) -> Result<i64, &'static str> {
    let date: civil::Date = date.trim().parse().map_err(|_| "date-invalid")?;
    let clock_time: civil::Time = clock_time.trim().parse().map_err(|_| "time-invalid")?;
    let zoned = date.to_datetime(clock_time).to_zoned_datetime(zone.clone()).map_err(|_| "time-invalid")?;
    Ok(zoned.timestamp().as_second())
}

/// Formats an instant in a zone, e.g. "2026-12-03 09:30".
pub fn format_local(instant: i64, zone_name: &str, pattern: &str) -> String {
    let zone = TimeZone::get(zone_name).unwrap_or(TimeZone::UTC);
    match Timestamp::from_second(instant) {
        Ok(ts) => ts.to_zoned_datetime(zone).strftime(pattern).to_string(),
        Err(_) => String::new(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: i64,
    pub body_id: Option<i64>,
    pub kind: MeetingKind,
    pub status: MeetingStatus,
    pub title: Localized,
    /// Seconds since the Unix epoch.
    pub starts_at: i64,
    pub ends_at: i64,
    /// IANA name of the zone the meeting is held in (times are shown in it).
    pub time_zone: String,
    pub place: Option<String>,
    pub online_url: Option<String>,
    pub agenda: Localized,
    pub minutes: Localized,
    /// Counts of participants who are not forum members, by sector (institution branch).
    pub outside_participants: Vec<(Branch, i64)>,
}

impl Meeting {
    pub fn outside_total(&self) -> i64 {
        self.outside_participants.iter().map(|(_, n)| n).sum()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingInput {
    pub body_id: Option<i64>,
    pub kind: MeetingKind,
    pub status: MeetingStatus,
    pub title: Localized,
    pub starts_at: i64,
    pub ends_at: i64,
    pub time_zone: String,
    pub place: Option<String>,
    pub online_url: Option<String>,
    pub agenda: Localized,
    pub minutes: Localized,
    pub outside_participants: Vec<(Branch, i64)>,
}

/// The meeting form as typed: dates `YYYY-MM-DD`, times `HH:MM`, counts by branch code.
#[derive(Debug, Clone, Default)]
pub struct MeetingForm {
    pub body_id: String,
    pub kind: String,
    /// Empty means scheduled.
    pub status: String,
    pub titles: Vec<(crate::Locale, String)>,
    pub start_date: String,
    pub start_time: String,
    pub end_date: String,
    pub end_time: String,
    pub time_zone: String,
    pub place: String,
    pub online_url: String,
    pub agenda: Vec<(crate::Locale, String)>,
    pub minutes: Vec<(crate::Locale, String)>,
    pub outside: Vec<(String, String)>,
}

impl MeetingInput {
    pub fn parse(form: &MeetingForm) -> Result<MeetingInput, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let body_id = errors.check("body_id", optional_id(&form.body_id)).flatten();
        let kind = errors.check("kind", MeetingKind::parse(form.kind.trim()));
        let status = match form.status.trim() {
            "" => Some(MeetingStatus::Scheduled),
            code => errors.check("status", MeetingStatus::parse(code)),
        };
        let title = Localized::from_pairs(form.titles.iter().cloned());
        if title.is_empty() {
            errors.add("title", "meeting-title-required");
        }
        let zone = errors.check("time_zone", parse_time_zone(&form.time_zone));
        let (mut starts_at, mut ends_at) = (None, None);
        if let Some(zone) = &zone {
            starts_at = errors.check_by_code(local_instant(&form.start_date, &form.start_time, zone), |_| "start_date");
            let end_date = if form.end_date.trim().is_empty() { &form.start_date } else { &form.end_date };
            ends_at = errors.check_by_code(local_instant(end_date, &form.end_time, zone), |_| "end_time");
        }
        if let (Some(s), Some(e)) = (starts_at, ends_at) {
            if e <= s {
                errors.add("end_time", "meeting-ends-before-start");
            }
        }
        let place = Some(form.place.trim().to_string()).filter(|p| !p.is_empty());
        let online_url = match form.online_url.trim() {
            "" => None,
            raw => errors.check("online_url", web_link(raw)),
        };
        let mut outside_participants = vec![];
        for (branch, count) in &form.outside {
            let count = count.trim();
            if count.is_empty() || count == "0" {
                continue;
            }
            let branch = errors.check("outside", Branch::parse(branch));
            let count = errors.check(
                "outside",
                count.parse::<i64>().ok().filter(|n| (0..=100_000).contains(n)).ok_or("count-invalid"),
            );
            if let (Some(b), Some(n)) = (branch, count) {
                outside_participants.push((b, n));
            }
        }
        errors.clone().into_result()?;
        match (kind, status, starts_at, ends_at, zone) {
            (Some(kind), Some(status), Some(starts_at), Some(ends_at), Some(_)) => Ok(MeetingInput {
                body_id,
                kind,
                status,
                title,
                starts_at,
                ends_at,
                time_zone: form.time_zone.trim().to_string(),
                place,
                online_url,
                agenda: Localized::from_pairs(form.agenda.iter().cloned()),
                minutes: Localized::from_pairs(form.minutes.iter().cloned()),
                outside_participants,
            }),
            _ => Err(errors),
        }
    }
}

/// An absolute http(s) link; other schemes (javascript:, file:) are refused.
pub fn web_link(raw: &str) -> Result<String, &'static str> {
    let raw = raw.trim();
    let lower = raw.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")).ok_or("link-invalid")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() || raw.len() > 2000 || raw.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("link-invalid");
    }
    Ok(raw.to_string())
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recommendation {
    pub id: i64,
    pub meeting_id: i64,
    pub text: Localized,
    pub status: RecommendationStatus,
    /// Why it was not retained (required for that status).
    pub reason: Localized,
    pub commitment_ids: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecommendationInput {
    pub text: Localized,
    pub status: RecommendationStatus,
    pub reason: Localized,
    pub commitment_ids: Vec<i64>,
}

impl RecommendationInput {
    pub fn parse(
        texts: &[(crate::Locale, String)],
        status: &str,
        reasons: &[(crate::Locale, String)],
        commitment_ids: Vec<i64>,
    ) -> Result<RecommendationInput, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let text = Localized::from_pairs(texts.iter().cloned());
        if text.is_empty() {
            errors.add("text", "recommendation-text-required");
        }
        let status = errors.check("status", RecommendationStatus::parse(status.trim()));
        let reason = Localized::from_pairs(reasons.iter().cloned());
        if status == Some(RecommendationStatus::NotRetained) && reason.is_empty() {
            errors.add("reason", "recommendation-reason-required");
        }
        errors.clone().into_result()?;
        match status {
            Some(status) => Ok(RecommendationInput { text, status, reason, commitment_ids }),
            None => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Locale;

    fn form() -> MeetingForm {
        MeetingForm {
            kind: "workshop".into(),
            titles: vec![(Locale::Fr, "Atelier".into())],
            start_date: "2026-06-10".into(),
            start_time: "09:30".into(),
            end_time: "12:00".into(),
            time_zone: "Africa/Casablanca".into(),
            outside: vec![("civil-society".into(), "12".into()), ("academia".into(), "".into())],
            ..MeetingForm::default()
        }
    }

    #[test]
    fn meeting_times_are_read_in_the_meeting_zone() {
        let input = MeetingInput::parse(&form()).expect("valid");
        // Morocco is UTC+1 outside Ramadan (UTC+0 during it): 09:30 local in June is 08:30 UTC.
        assert_eq!(format_local(input.starts_at, "UTC", "%H:%M"), "08:30");
        assert_eq!(format_local(input.starts_at, "Africa/Casablanca", "%Y-%m-%d %H:%M"), "2026-06-10 09:30");
        assert_eq!(input.ends_at - input.starts_at, 150 * 60);
        assert_eq!(input.outside_participants, vec![(Branch::CivilSociety, 12)]);
    }

    #[test]
    fn bad_meetings_are_refused_with_codes() {
        let mut f = form();
        f.end_time = "09:00".into();
        assert_eq!(
            MeetingInput::parse(&f).err().and_then(|e| e.for_field("end_time")),
            Some("meeting-ends-before-start")
        );
        let mut f = form();
        f.time_zone = "Mars/Olympus".into();
        assert_eq!(MeetingInput::parse(&f).err().and_then(|e| e.for_field("time_zone")), Some("time-zone-invalid"));
        let mut f = form();
        f.online_url = "javascript:alert(1)".into();
        assert_eq!(MeetingInput::parse(&f).err().and_then(|e| e.for_field("online_url")), Some("link-invalid"));
        let mut f = form();
        f.start_time = "25:00".into();
        assert!(MeetingInput::parse(&f).is_err());
    }

    #[test]
    fn not_retained_needs_a_reason() {
        let text = [(Locale::Fr, "Publier".to_string())];
        let err = RecommendationInput::parse(&text, "not-retained", &[], vec![]).expect_err("reason needed");
        assert_eq!(err.for_field("reason"), Some("recommendation-reason-required"));
        assert!(RecommendationInput::parse(&text, "accepted", &[], vec![1]).is_ok());
    }

    #[test]
    fn overlapping_memberships_are_detected() {
        let d = |s: &str| crate::plan::parse_date(s).ok().flatten().expect("date");
        let held = Membership {
            id: 1,
            person_id: 1,
            body_id: 1,
            seat_id: 1,
            role: SeatRole::Chair,
            institution_id: None,
            starts_on: d("2025-01-01"),
            ends_on: Some(d("2025-12-31")),
        };
        let input = |s, e: Option<&str>| MembershipInput {
            person_id: 2,
            role: SeatRole::Chair,
            institution_id: None,
            starts_on: d(s),
            ends_on: e.map(d),
        };
        assert!(input("2025-06-01", None).overlaps(&held));
        assert!(!input("2026-01-01", None).overlaps(&held));
        assert!(!input("2024-01-01", Some("2024-12-31")).overlaps(&held));
        assert!(held.active_on(d("2025-03-01")) && !held.active_on(d("2026-01-01")));
    }

    #[test]
    fn sides_follow_the_branch() {
        assert_eq!(Side::of(Branch::Judiciary), Side::Government);
        assert_eq!(Side::of(Branch::CivilSociety), Side::NonGovernment);
        assert_eq!(Side::of(Branch::InternationalPartner), Side::Partner);
    }
}
