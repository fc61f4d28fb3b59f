use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::commitment::{commitment_progress, mean_progress};
use domain::participation::phase_ends_on;
use domain::plan::{PhaseKind, Plan};

use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::percent;
use crate::views::{render, Page};

pub struct PlanLine {
    pub plan: Plan,
    pub commitments: usize,
    pub progress: Option<u8>,
    /// Commitments whose milestones report progress, of all the plan's commitments.
    pub basis: (usize, usize),
    /// The phase under way today, and its last day when known.
    pub phase: Option<PhaseKind>,
    pub phase_ends: Option<time::Date>,
    /// Where a person acts in this phase: the proposals, the open consultation, the dashboard.
    pub action: Option<(String, &'static str)>,
}

#[derive(Template)]
#[template(path = "plans/index.html")]
struct IndexView {
    page: Page,
    plans: Vec<PlanLine>,
}

/// Every action plan, newest first within each member.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let page = Page::new(&state, &ctx, "plans-title");
    let today = state.clock.now().date();
    let mut plans = vec![];
    for plan in state.db.list_plans().await? {
        let phase = plan.current_phase(today);
        let consultation = state.db.consultations_of_plan(plan.id).await?.into_iter().find(|c| c.is_open(today));
        let action = match (phase, consultation) {
            (_, Some(c)) => Some((page.href(&format!("/consultations/{}", c.id)), "consultation")),
            (Some(PhaseKind::CoCreation), None) => {
                Some((page.href(&format!("/plans/{}/proposals", plan.slug)), "co-creation"))
            }
            (Some(PhaseKind::Implementation), None) => {
                Some((page.href(&format!("/plans/{}/dashboard", plan.slug)), "implementation"))
            }
            (Some(PhaseKind::Closed), None) => {
                Some((page.href(&format!("/plans/{}/self-assessment", plan.slug)), "closed"))
            }
            (Some(PhaseKind::Preparation | PhaseKind::Drafting | PhaseKind::Finalisation), None) => {
                Some((page.href(&format!("/plans/{}", plan.slug)), "follow"))
            }
            (_, None) => None,
        };
        let phase_ends = phase.and_then(|kind| phase_ends_on(&plan, kind));
        let commitments = state.db.commitments_of_plan(plan.id).await?;
        let milestones = state.db.milestones_of_plan(plan.id).await?;
        let each: Vec<Option<f64>> = commitments
            .iter()
            .map(|c| {
                let own: Vec<_> = milestones.iter().filter(|m| m.commitment_id == c.id).cloned().collect();
                commitment_progress(&own)
            })
            .collect();
        let basis = (each.iter().filter(|p| p.is_some()).count(), each.len());
        let progress = mean_progress(each);
        plans.push(PlanLine {
            commitments: commitments.len(),
            progress: percent(progress),
            basis,
            plan,
            phase,
            phase_ends,
            action,
        });
    }
    plans.sort_by(|a, b| a.plan.member.cmp(&b.plan.member).then(b.plan.number.cmp(&a.plan.number)));
    render(&IndexView { page, plans })
}
