use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::commitment::{commitment_progress, mean_progress, Commitment, Theme};
use domain::institution::Institution;
use domain::plan::{Phase, PhaseKind, Plan};

use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::state::AppState;
use crate::views::percent;
use crate::views::{render, Page};

pub struct CommitmentLine {
    pub commitment: Commitment,
    pub lead: Option<Institution>,
    pub progress: Option<u8>,
    pub late: usize,
}

pub struct ThemeBlock {
    pub theme: Option<Theme>,
    pub commitments: Vec<CommitmentLine>,
    pub progress: Option<u8>,
}

pub struct PhaseLine {
    pub phase: Phase,
    pub current: bool,
    pub past: bool,
}

#[derive(Template)]
#[template(path = "plans/show.html")]
struct ShowView {
    page: Page,
    plan: Plan,
    phases: Vec<PhaseLine>,
    current: Option<PhaseKind>,
    themes: Vec<ThemeBlock>,
    progress: Option<u8>,
    /// Commitments whose milestones report progress, of all the plan's commitments.
    basis: (usize, usize),
    commitment_count: usize,
    from_ogp: bool,
    consultations: Vec<domain::consultation::Consultation>,
    adoption: Option<store::Adoption>,
    today: time::Date,
}

/// A plan: its timeline ("you are here"), its themes and commitments with their progress.
pub async fn show(State(state): State<AppState>, ctx: Ctx, At(plan): At<Plan>) -> AppResult<Response> {
    let today = state.clock.now().date();
    let current = plan.current_phase(today);
    let mut phases: Vec<PhaseLine> = plan
        .phases
        .iter()
        .map(|p| PhaseLine { phase: *p, current: Some(p.kind) == current, past: p.ends_on.is_some_and(|e| e < today) })
        .collect();
    phases.sort_by_key(|p| (p.phase.starts_on, p.phase.kind));

    let institutions = state.db.list_institutions().await?;
    let milestones = state.db.milestones_of_plan(plan.id).await?;
    let commitments = state.db.commitments_of_plan(plan.id).await?;
    let commitment_count = commitments.len();
    let lines: Vec<CommitmentLine> = commitments
        .into_iter()
        .map(|c| {
            let own: Vec<_> = milestones.iter().filter(|m| m.commitment_id == c.id).cloned().collect();
            CommitmentLine {
                lead: c.lead_institution_id.and_then(|id| institutions.iter().find(|i| i.id == id).cloned()),
                progress: percent(commitment_progress(&own)),
                late: own.iter().filter(|m| m.is_late(today)).count(),
                commitment: c,
            }
        })
        .collect();

    let mut themes: Vec<ThemeBlock> = vec![];
    let mut remaining = lines;
    for theme in state.db.themes_of(plan.id).await? {
        let (mine, rest): (Vec<_>, Vec<_>) =
            remaining.into_iter().partition(|l| l.commitment.theme_id == Some(theme.id));
        remaining = rest;
        if !mine.is_empty() {
            themes.push(block(Some(theme), mine));
        }
    }
    if !remaining.is_empty() {
        themes.push(block(None, remaining));
    }
    let progress =
        percent(mean_progress(themes.iter().flat_map(|t| t.commitments.iter().map(|c| c.progress.map(f64::from)))));
    let lines = themes.iter().flat_map(|t| t.commitments.iter());
    let basis = (lines.clone().filter(|c| c.progress.is_some()).count(), lines.count());
    let page = Page::new(&state, &ctx, "plans-title");
    let title = page.plain(&plan.title);
    let from_ogp = plan.ogp_id.is_some();
    let consultations = state.db.consultations_of_plan(plan.id).await?;
    let adoption = state.db.adoption(plan.id).await?;
    render(&ShowView {
        page: page.titled(title),
        plan,
        phases,
        current,
        themes,
        progress,
        basis,
        commitment_count,
        from_ogp,
        consultations,
        adoption,
        today,
    })
}

fn block(theme: Option<Theme>, commitments: Vec<CommitmentLine>) -> ThemeBlock {
    let progress = percent(mean_progress(commitments.iter().map(|c| c.progress.map(f64::from))));
    ThemeBlock { theme, commitments, progress }
}
