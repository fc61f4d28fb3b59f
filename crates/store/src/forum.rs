//! The forum register: bodies, seats, people, memberships, meetings, recommendations and the
//! document repository's records (the files themselves live in [`crate::files`]).

use async_trait::async_trait;
use domain::documents::{Document, DocumentInput, DocumentKind, DocumentSource, StoredFile};
use domain::forum::*;
use domain::institution::Branch;
use domain::permissions::Scope;
use time::Date;

use crate::plans::{date_to_text, text_to_date};
use crate::StoreError;

#[async_trait]
pub trait ForumRepository: Send + Sync {
    async fn list_bodies(&self) -> Result<Vec<Body>, StoreError>;
    async fn body(&self, id: i64) -> Result<Option<Body>, StoreError>;
    async fn body_by_slug(&self, slug: &str) -> Result<Option<Body>, StoreError>;
    /// Creates a body with one seat per [`SeatRole`]. A slug in use is a `Conflict`; an unknown
    /// parent or theme is refused.
    async fn create_body(&self, input: &BodyInput, now: i64) -> Result<Body, StoreError>;
    async fn update_body(&self, id: i64, input: &BodyInput, now: i64) -> Result<(), StoreError>;
    async fn seats_of(&self, body_id: i64) -> Result<Vec<Seat>, StoreError>;
    async fn all_seats(&self) -> Result<Vec<Seat>, StoreError>;

    async fn list_people(&self) -> Result<Vec<Person>, StoreError>;
    async fn person(&self, id: i64) -> Result<Option<Person>, StoreError>;
    async fn create_person(&self, input: &PersonInput, now: i64) -> Result<Person, StoreError>;

    async fn memberships_of_body(&self, body_id: i64) -> Result<Vec<Membership>, StoreError>;
    async fn all_memberships(&self) -> Result<Vec<Membership>, StoreError>;
    /// Seats a person in a body. Refused (nothing written) for an unknown person or institution,
    /// and for a chair or co-chair seat already held over overlapping dates.
    async fn add_membership(&self, body_id: i64, input: &MembershipInput, now: i64) -> Result<i64, StoreError>;
    /// Creates a person and seats them, in one transaction: a refused seat creates nobody.
    /// Returns the person's and the membership's ids.
    async fn add_membership_of_new_person(
        &self,
        body_id: i64,
        person: &PersonInput,
        input: &MembershipInput,
        now: i64,
    ) -> Result<(i64, i64), StoreError>;
    /// Ends a membership on a date (the record stays, for the history of the forum).
    async fn end_membership(&self, id: i64, ends_on: Date) -> Result<(), StoreError>;
    /// The drafting scopes a user holds through active memberships on `today`: each body
    /// and each theme those bodies draft.
    async fn forum_scopes_of_user(&self, user_id: i64, today: Date) -> Result<Vec<Scope>, StoreError>;

    async fn list_meetings(&self) -> Result<Vec<Meeting>, StoreError>;
    async fn meeting(&self, id: i64) -> Result<Option<Meeting>, StoreError>;
    /// Creates a meeting with the members present, all or nothing (unknown people are refused).
    async fn create_meeting(&self, input: &MeetingInput, attendees: &[i64], now: i64) -> Result<i64, StoreError>;
    /// Changes a meeting and its attendance, all or nothing.
    async fn update_meeting(
        &self,
        id: i64,
        input: &MeetingInput,
        attendees: &[i64],
        now: i64,
    ) -> Result<(), StoreError>;
    async fn attendees_of(&self, meeting_id: i64) -> Result<Vec<i64>, StoreError>;
    /// Replaces the list of members present; unknown people are refused.
    async fn set_attendees(&self, meeting_id: i64, person_ids: &[i64]) -> Result<(), StoreError>;

    async fn recommendations_of_meeting(&self, meeting_id: i64) -> Result<Vec<Recommendation>, StoreError>;
    async fn recommendations_of_commitment(&self, commitment_id: i64) -> Result<Vec<Recommendation>, StoreError>;
    async fn recommendation(&self, id: i64) -> Result<Option<Recommendation>, StoreError>;
    /// Records a recommendation with its commitment links; unknown commitments are refused.
    async fn add_recommendation(
        &self,
        meeting_id: i64,
        input: &RecommendationInput,
        now: i64,
    ) -> Result<i64, StoreError>;
    async fn update_recommendation(&self, id: i64, input: &RecommendationInput, now: i64) -> Result<(), StoreError>;

    /// Withdraws a document with a public reason; the record and the file are kept.
    async fn withdraw_document(&self, id: i64, reason: &domain::Localized, now: i64) -> Result<(), StoreError>;
    /// Corrects a person's name, address and its visibility (the account link follows the address).
    async fn update_person(&self, id: i64, input: &PersonInput) -> Result<(), StoreError>;
    /// Every document, newest first.
    async fn list_documents(&self) -> Result<Vec<Document>, StoreError>;
    async fn document(&self, id: i64) -> Result<Option<Document>, StoreError>;
    async fn add_document(
        &self,
        input: &DocumentInput,
        source: &DocumentSource,
        uploaded_by: Option<i64>,
        now: i64,
    ) -> Result<i64, StoreError>;
}

fn corrupt(what: &str, id: i64, err: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("{what} {id}: {err}"))
}

fn localized(what: &str, id: i64, json: &str) -> Result<domain::Localized, StoreError> {
    domain::Localized::from_json(json).map_err(|e| corrupt(what, id, e))
}

#[derive(sqlx::FromRow)]
pub(crate) struct BodyRow {
    pub id: i64,
    pub slug: String,
    pub kind: String,
    pub name: String,
    pub parent_id: Option<i64>,
}

impl BodyRow {
    pub(crate) fn into_body(self, theme_ids: Vec<i64>) -> Result<Body, StoreError> {
        Ok(Body {
            id: self.id,
            kind: BodyKind::parse(&self.kind).map_err(|e| corrupt("body", self.id, e))?,
            name: localized("body", self.id, &self.name)?,
            slug: self.slug,
            parent_id: self.parent_id,
            theme_ids,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct PersonRow {
    pub id: i64,
    pub name: String,
    pub email: Option<String>,
    pub email_public: i64,
    pub user_id: Option<i64>,
}

impl From<PersonRow> for Person {
    fn from(r: PersonRow) -> Person {
        Person { id: r.id, name: r.name, email: r.email, email_public: r.email_public != 0, user_id: r.user_id }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct MembershipRow {
    pub id: i64,
    pub person_id: i64,
    pub body_id: i64,
    pub seat_id: i64,
    pub role: String,
    pub institution_id: Option<i64>,
    pub starts_on: String,
    pub ends_on: Option<String>,
}

impl TryFrom<MembershipRow> for Membership {
    type Error = StoreError;
    fn try_from(r: MembershipRow) -> Result<Membership, StoreError> {
        Ok(Membership {
            id: r.id,
            person_id: r.person_id,
            body_id: r.body_id,
            seat_id: r.seat_id,
            role: SeatRole::parse(&r.role).map_err(|e| corrupt("membership", r.id, e))?,
            institution_id: r.institution_id,
            starts_on: text_to_date(Some(&r.starts_on))?.ok_or_else(|| corrupt("membership", r.id, "no start"))?,
            ends_on: text_to_date(r.ends_on.as_deref())?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct MeetingRow {
    pub id: i64,
    pub body_id: Option<i64>,
    pub kind: String,
    pub status: String,
    pub title: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub time_zone: String,
    pub place: Option<String>,
    pub online_url: Option<String>,
    pub agenda: String,
    pub minutes: String,
    pub outside: String,
}

impl TryFrom<MeetingRow> for Meeting {
    type Error = StoreError;
    fn try_from(r: MeetingRow) -> Result<Meeting, StoreError> {
        let outside: Vec<(String, i64)> = serde_json::from_str(&r.outside).map_err(|e| corrupt("meeting", r.id, e))?;
        let outside_participants = outside
            .into_iter()
            .map(|(b, n)| Branch::parse(&b).map(|b| (b, n)))
            .collect::<Result<_, _>>()
            .map_err(|e| corrupt("meeting", r.id, e))?;
        Ok(Meeting {
            id: r.id,
            body_id: r.body_id,
            kind: MeetingKind::parse(&r.kind).map_err(|e| corrupt("meeting", r.id, e))?,
            status: MeetingStatus::parse(&r.status).map_err(|e| corrupt("meeting", r.id, e))?,
            title: localized("meeting", r.id, &r.title)?,
            starts_at: r.starts_at,
            ends_at: r.ends_at,
            time_zone: r.time_zone,
            place: r.place,
            online_url: r.online_url,
            agenda: localized("meeting", r.id, &r.agenda)?,
            minutes: localized("meeting", r.id, &r.minutes)?,
            outside_participants,
        })
    }
}

pub(crate) fn outside_json(counts: &[(Branch, i64)]) -> String {
    let pairs: Vec<(&str, i64)> = counts.iter().map(|(b, n)| (b.code(), *n)).collect();
    crate::plans::to_json(&pairs)
}

#[derive(sqlx::FromRow)]
pub(crate) struct RecommendationRow {
    pub id: i64,
    pub meeting_id: i64,
    pub text: String,
    pub status: String,
    pub reason: String,
}

impl RecommendationRow {
    pub(crate) fn into_recommendation(self, commitment_ids: Vec<i64>) -> Result<Recommendation, StoreError> {
        Ok(Recommendation {
            id: self.id,
            meeting_id: self.meeting_id,
            text: localized("recommendation", self.id, &self.text)?,
            status: RecommendationStatus::parse(&self.status).map_err(|e| corrupt("recommendation", self.id, e))?,
            reason: localized("recommendation", self.id, &self.reason)?,
            commitment_ids,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct DocumentRow {
    pub id: i64,
    pub kind: String,
    pub title: String,
    pub language: String,
    pub published_on: String,
    pub object_key: Option<String>,
    pub file_name: Option<String>,
    pub content_type: Option<String>,
    pub size: Option<i64>,
    pub sha256: Option<String>,
    pub url: Option<String>,
    pub meeting_id: Option<i64>,
    pub body_id: Option<i64>,
    pub withdrawn_reason: Option<String>,
}

impl TryFrom<DocumentRow> for Document {
    type Error = StoreError;
    fn try_from(r: DocumentRow) -> Result<Document, StoreError> {
        let source = match (r.object_key, r.url) {
            (Some(object_key), None) => DocumentSource::File(StoredFile {
                object_key,
                file_name: r.file_name.unwrap_or_default(),
                content_type: r.content_type.unwrap_or_default(),
                size: r.size.unwrap_or_default(),
                sha256: r.sha256.unwrap_or_default(),
            }),
            (None, Some(url)) => DocumentSource::Link { url },
            _ => return Err(corrupt("document", r.id, "neither file nor link")),
        };
        Ok(Document {
            id: r.id,
            kind: DocumentKind::parse(&r.kind).map_err(|e| corrupt("document", r.id, e))?,
            title: localized("document", r.id, &r.title)?,
            language: r.language,
            published_on: text_to_date(Some(&r.published_on))?.ok_or_else(|| corrupt("document", r.id, "no date"))?,
            source,
            meeting_id: r.meeting_id,
            body_id: r.body_id,
            withdrawn: r.withdrawn_reason.as_deref().map(|json| localized("document", r.id, json)).transpose()?,
        })
    }
}

pub(crate) fn date_text(date: Date) -> String {
    date_to_text(Some(date)).unwrap_or_default()
}

/// Groups `(owner, item)` pairs by owner, keeping order.
pub(crate) fn grouped(pairs: Vec<(i64, i64)>) -> std::collections::HashMap<i64, Vec<i64>> {
    let mut map: std::collections::HashMap<i64, Vec<i64>> = std::collections::HashMap::new();
    for (owner, item) in pairs {
        map.entry(owner).or_default().push(item);
    }
    map
}
