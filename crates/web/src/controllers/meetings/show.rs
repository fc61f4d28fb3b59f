use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::commitment::Commitment;
use domain::documents::Document;
use domain::forum::{Body, Meeting, Person, Recommendation};
use domain::institution::Institution;

use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::state::AppState;
use crate::views::{render, Page};

pub struct Attendee {
    pub person: Person,
    /// The institution the person sits for in the meeting's body, if any.
    pub institution: Option<Institution>,
}

#[derive(Template)]
#[template(path = "meetings/show.html")]
struct ShowView {
    page: Page,
    meeting: Meeting,
    body: Option<Body>,
    attendees: Vec<Attendee>,
    recommendations: Vec<(Recommendation, Vec<Commitment>)>,
    documents: Vec<Document>,
}

/// One meeting: when and where, agenda, who attended, minutes, recommendations, documents.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    At(meeting): At<domain::forum::Meeting>,
) -> AppResult<Response> {
    let body = match meeting.body_id {
        Some(id) => state.db.body(id).await?,
        None => None,
    };
    let people = state.db.list_people().await?;
    let institutions = state.db.list_institutions().await?;
    let memberships = state.db.all_memberships().await?;
    let attendees = state
        .db
        .attendees_of(meeting.id)
        .await?
        .into_iter()
        .filter_map(|pid| {
            let person = people.iter().find(|p| p.id == pid)?.clone();
            let institution = memberships
                .iter()
                .filter(|m| m.person_id == pid && meeting.body_id.is_none_or(|body| m.body_id == body))
                .find_map(|m| m.institution_id)
                .and_then(|iid| institutions.iter().find(|i| i.id == iid).cloned());
            Some(Attendee { person, institution })
        })
        .collect();
    let mut recommendations = vec![];
    for r in state.db.recommendations_of_meeting(meeting.id).await? {
        let mut commitments = vec![];
        for cid in &r.commitment_ids {
            if let Some(c) = state.db.commitment(*cid).await? {
                commitments.push(c);
            }
        }
        recommendations.push((r, commitments));
    }
    let documents = state.db.list_documents().await?.into_iter().filter(|d| d.meeting_id == Some(meeting.id)).collect();
    let page = Page::new(&state, &ctx, "meetings-title");
    let title = page.plain(&meeting.title);
    render(&ShowView { page: page.titled(title), meeting, body, attendees, recommendations, documents })
}
