use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::commitment::{Indicator, Milestone};
use domain::implementation::ProgressUpdate;
use domain::permissions::{can, Action};
use store::MeasurementReport;

use crate::actions::report_progress::may_report_for;
use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{render, Page};

pub struct MilestoneLine {
    pub milestone: Milestone,
    pub code: String,
    pub late: bool,
}

pub struct IndicatorLine {
    pub indicator: Indicator,
    pub code: String,
}

#[derive(Template)]
#[template(path = "admin/implementation/index.html")]
struct ImplementationView {
    page: Page,
    milestones: Vec<MilestoneLine>,
    indicators: Vec<IndicatorLine>,
    may_review: bool,
    pending_progress: Vec<ProgressUpdate>,
    pending_measurements: Vec<MeasurementReport>,
}

/// The implementer's desk: the milestones and indicators they report on (late first, then
/// by due date) and, for the secretariat, the updates waiting for review.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require(&ctx.principal, Action::AccessBackOffice)?;
    let today = state.clock.now().date();
    let mut milestones = vec![];
    let mut indicators = vec![];
    for plan in state.db.list_plans().await? {
        let commitments = state.db.commitments_of_plan(plan.id).await?;
        for m in state.db.milestones_of_plan(plan.id).await? {
            let Some(c) = commitments.iter().find(|c| c.id == m.commitment_id) else { continue };
            if may_report_for(&ctx.principal, m.reporting_institution(c)) {
                milestones.push(MilestoneLine { late: m.is_late(today), code: c.code.clone(), milestone: m });
            }
        }
        let plan_indicators = state.db.indicators_of_plan(plan.id).await?;
        for c in commitments.iter().filter(|c| may_report_for(&ctx.principal, c.lead_institution_id)) {
            for indicator in plan_indicators.iter().filter(|i| i.commitment_id == c.id) {
                indicators.push(IndicatorLine { indicator: indicator.clone(), code: c.code.clone() });
            }
        }
    }
    milestones.sort_by_key(|l| (!l.late, l.milestone.due_on.is_none(), l.milestone.due_on));
    let may_review = can(&ctx.principal, Action::ManagePlans);
    let (pending_progress, pending_measurements) = if may_review {
        (state.db.pending_progress().await?, state.db.pending_measurements().await?)
    } else {
        (vec![], vec![])
    };
    let page = Page::new(&state, &ctx, "admin-implementation-title");
    render(&ImplementationView { page, milestones, indicators, may_review, pending_progress, pending_measurements })
}
