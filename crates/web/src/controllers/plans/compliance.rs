use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::compliance::{evaluate, Facts, Proof, Requirement};
use domain::documents::DocumentKind;
use domain::forum::{BodyKind, Meeting, MeetingKind, MeetingStatus, Side};
use domain::plan::{PhaseKind, Plan};

use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::state::AppState;
use crate::views::{render, Page};

#[derive(Template)]
#[template(path = "plans/compliance.html")]
struct ComplianceView {
    page: Page,
    plan: Plan,
    requirements: Vec<Requirement>,
}

impl ComplianceView {
    fn met(&self) -> usize {
        self.requirements.iter().filter(|r| r.outcome == domain::compliance::Outcome::Met).count()
    }
}

fn meeting_day(m: &Meeting) -> Option<time::Date> {
    domain::plan::parse_date(&domain::forum::format_local(m.starts_at, &m.time_zone, "%Y-%m-%d")).ok().flatten()
}

/// The OGP Participation and Co-Creation Standards' minimum requirements for a plan, each
/// green or red with the evidence from the portal's own data and what is missing.
pub async fn show(State(state): State<AppState>, ctx: Ctx, At(plan): At<Plan>) -> AppResult<Response> {
    let page = Page::new(&state, &ctx, "compliance-title");
    let page = Page { title: format!("{} · {}", page.title, page.plain(&plan.title)), ..page };
    let now = state.now();
    let today = state.clock.now().date();
    let lang = |title: &domain::Localized| page.plain(title);

    let bodies = state.db.list_bodies().await?;
    let forum: Vec<i64> = {
        let steering: Vec<i64> =
            bodies.iter().filter(|b| b.kind == BodyKind::SteeringCommittee).map(|b| b.id).collect();
        if steering.is_empty() {
            bodies.iter().map(|b| b.id).collect()
        } else {
            steering
        }
    };
    let institutions = state.db.list_institutions().await?;
    let memberships = state.db.all_memberships().await?;
    let side_of = |institution: Option<i64>| {
        institution.and_then(|id| institutions.iter().find(|i| i.id == id)).map(|i| Side::of(i.branch))
    };
    let active: Vec<_> = memberships.iter().filter(|m| forum.contains(&m.body_id) && m.active_on(today)).collect();
    let count = |side: Side| active.iter().filter(|m| side_of(m.institution_id) == Some(side)).count();

    let documents: Vec<_> = state.db.list_documents().await?.into_iter().filter(|d| d.withdrawn.is_none()).collect();
    let doc_proof = |d: &domain::documents::Document| Proof {
        date: d.published_on,
        label: lang(&d.title),
        href: Some(page.href(&format!("/documents?kind={}", d.kind.code()))),
    };
    let meetings: Vec<Meeting> = state
        .db
        .list_meetings()
        .await?
        .into_iter()
        .filter(|m| m.status != MeetingStatus::Cancelled && m.starts_at <= now)
        .collect();
    let meeting_proof = |m: &Meeting| {
        meeting_day(m).map(|date| Proof {
            date,
            label: lang(&m.title),
            href: Some(page.href(&format!("/meetings/{}", m.id))),
        })
    };
    let mut forum_meetings: Vec<Proof> = meetings
        .iter()
        .filter(|m| m.body_id.is_some_and(|b| forum.contains(&b)) || m.kind == MeetingKind::ForumMeeting)
        .filter_map(meeting_proof)
        .collect();
    forum_meetings.sort_by_key(|p| p.date);

    let implementation =
        plan.phases.iter().find(|p| p.kind == PhaseKind::Implementation).map(|p| (p.starts_on, p.ends_on));
    let mut implementation_meetings = vec![];
    if let Some((start, end)) = implementation {
        for m in &meetings {
            let Some(day) = meeting_day(m) else { continue };
            if day < start || end.is_some_and(|e| day > e) {
                continue;
            }
            let outside = m.outside_participants.iter().any(|(b, n)| *n > 0 && Side::of(*b) == Side::NonGovernment);
            let attendees = state.db.attendees_of(m.id).await?;
            let members = memberships
                .iter()
                .any(|ms| attendees.contains(&ms.person_id) && side_of(ms.institution_id) == Some(Side::NonGovernment));
            if outside || members {
                implementation_meetings.extend(meeting_proof(m));
            }
        }
    }

    let contributions = domain::contribution::visible(state.db.contributions_of_plan(plan.id).await?, None);
    let adoption = state.db.adoption(plan.id).await?;
    let facts = Facts {
        forum_sides: (count(Side::Government), count(Side::NonGovernment)),
        rules: documents.iter().filter(|d| d.kind == DocumentKind::RulesOfParticipation).map(doc_proof).collect(),
        forum_meetings,
        repository: documents.iter().map(doc_proof).collect(),
        timeline_published_on: state
            .db
            .plan_published_at(plan.id)
            .await?
            .and_then(|t| time::OffsetDateTime::from_unix_timestamp(t).ok())
            .map(|t| t.date()),
        outreach: meetings.iter().filter(|m| m.kind == MeetingKind::Outreach).filter_map(meeting_proof).collect(),
        contributions: contributions.iter().filter(|c| !c.is_hidden()).count(),
        unanswered: usize::try_from(state.db.unanswered_count(plan.id).await?).unwrap_or_default(),
        adopted: adoption.map(|a| {
            let day = time::OffsetDateTime::from_unix_timestamp(a.adopted_at).map(|t| t.date()).unwrap_or(today);
            (day, a.override_reason.is_some())
        }),
        implementation_meetings,
    };
    let requirements = evaluate(&plan, &facts, today);
    render(&ComplianceView { page, plan, requirements })
}
