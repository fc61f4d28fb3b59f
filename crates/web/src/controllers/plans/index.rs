use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::commitment::{commitment_progress, mean_progress};
use domain::plan::Plan;

use super::percent;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{render, Page};

pub struct PlanLine {
    pub plan: Plan,
    pub commitments: usize,
    pub progress: Option<u8>,
}

#[derive(Template)]
#[template(path = "plans/index.html")]
struct IndexView {
    page: Page,
    plans: Vec<PlanLine>,
}

/// Every action plan, newest first within each member.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let mut plans = vec![];
    for plan in state.db.list_plans().await? {
        let commitments = state.db.commitments_of_plan(plan.id).await?;
        let milestones = state.db.milestones_of_plan(plan.id).await?;
        let progress = mean_progress(commitments.iter().map(|c| {
            let own: Vec<_> = milestones.iter().filter(|m| m.commitment_id == c.id).cloned().collect();
            commitment_progress(&own)
        }));
        plans.push(PlanLine { commitments: commitments.len(), progress: percent(progress), plan });
    }
    plans.sort_by(|a, b| a.plan.member.cmp(&b.plan.member).then(b.plan.number.cmp(&a.plan.number)));
    render(&IndexView { page: Page::new(&state, &ctx, "plans-title"), plans })
}
