//! The home page leads with what a person can take part in today (a plan in co-creation, an
//! open consultation, the next meetings), each with its call to action and closing date; when
//! nothing is open it says when the next step comes ([`domain::participation::open_now`]).

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::participation::{open_now, NextStep, Opening};
use domain::plan::Plan;

use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{render, Page};

/// One open door, resolved for display.
pub struct OpenItem {
    /// `proposals` or `consultation`: picks the texts.
    pub kind: &'static str,
    pub plan: Plan,
    pub href: String,
    pub until: Option<time::Date>,
}

pub struct NextItem {
    pub plan: Plan,
    pub phase: &'static str,
    pub href: String,
    pub on: time::Date,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomeView {
    page: Page,
    open: Vec<OpenItem>,
    next: Option<NextItem>,
    institution_count: usize,
    /// The next forum meetings, soonest first (at most three).
    meetings: Vec<domain::forum::Meeting>,
    /// The newest documents of the repository (at most three).
    documents: Vec<domain::documents::Document>,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let page = Page::new(&state, &ctx, "home-title");
    let today = state.clock.now().date();
    let plans = state.db.list_plans().await?;
    let mut consultations = vec![];
    for plan in &plans {
        consultations.extend(state.db.consultations_of_plan(plan.id).await?);
    }
    let (openings, next) = open_now(&plans, &consultations, today);
    let plan_of = |id: i64| plans.iter().find(|p| p.id == id).cloned();
    let mut open = vec![];
    for opening in openings {
        let item = match opening {
            Opening::Proposals { plan_id, until } => {
                let Some(plan) = plan_of(plan_id) else { continue };
                OpenItem { kind: "proposals", href: page.href(&format!("/plans/{}/proposals", plan.slug)), plan, until }
            }
            Opening::Consultation { plan_id, consultation_id, until } => {
                let Some(plan) = plan_of(plan_id) else { continue };
                let href = page.href(&format!("/consultations/{consultation_id}"));
                OpenItem { kind: "consultation", href, plan, until: Some(until) }
            }
        };
        open.push(item);
    }
    let next = next.and_then(|n| {
        let (plan_id, phase, href) = match &n {
            NextStep::Phase { plan_id, kind, .. } => (*plan_id, kind.code(), None),
            NextStep::Consultation { plan_id, consultation_id, .. } => {
                (*plan_id, "consultation", Some(page.href(&format!("/consultations/{consultation_id}"))))
            }
        };
        let plan = plan_of(plan_id)?;
        let href = href.unwrap_or_else(|| page.href(&format!("/plans/{}", plan.slug)));
        Some(NextItem { plan, phase, href, on: n.date() })
    });
    let institution_count = state.db.list_institutions().await?.len();
    let now = state.now();
    let meetings = state.db.list_meetings().await?.into_iter().filter(|m| m.ends_at >= now).take(3).collect();
    let documents = state.db.list_documents().await?.into_iter().take(3).collect();
    render(&HomeView { page, open, next, institution_count, meetings, documents })
}
