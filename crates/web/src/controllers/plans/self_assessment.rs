use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::commitment::{commitment_progress, Commitment, Indicator, Milestone, Theme};
use domain::implementation::{Assessment, ProgressUpdate};
use domain::institution::Institution;
use domain::plan::Plan;

use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::state::AppState;
use crate::views::percent;
use crate::views::{render, Page};

pub struct MilestoneReport {
    pub milestone: Milestone,
    /// Published updates, newest first.
    pub updates: Vec<ProgressUpdate>,
}

pub struct CommitmentReport {
    pub commitment: Commitment,
    pub lead: Option<Institution>,
    pub progress: Option<u8>,
    pub milestones: Vec<MilestoneReport>,
    pub indicators: Vec<Indicator>,
    pub assessment: Option<Assessment>,
}

pub struct ThemeReport {
    pub theme: Option<Theme>,
    pub commitments: Vec<CommitmentReport>,
}

#[derive(Template)]
#[template(path = "plans/self_assessment.html")]
struct ReportView {
    page: Page,
    plan: Plan,
    progress: Option<u8>,
    themes: Vec<ThemeReport>,
    today: time::Date,
    evidence_names: crate::views::EvidenceNames,
}

/// The self-assessment report of a plan, generated from what the portal holds: every
/// commitment's status and progress, its milestones with their reported progress and
/// evidence, its indicators and its independent assessment. Printable (see the print styles).
pub async fn show(State(state): State<AppState>, ctx: Ctx, At(plan): At<Plan>) -> AppResult<Response> {
    let page = Page::new(&state, &ctx, "self-assessment-title");
    let page = Page { title: format!("{} · {}", page.title, page.plain(&plan.title)), ..page };
    let institutions = state.db.list_institutions().await?;
    let milestones = state.db.milestones_of_plan(plan.id).await?;
    let updates = state.db.published_progress_of_plan(plan.id).await?;
    let evidence_names =
        crate::views::EvidenceNames::load(&state, &page, updates.iter().flat_map(|u| u.evidence.iter())).await?;
    let assessments = state.db.assessments_of_plan(plan.id).await?;
    let indicators = state.db.indicators_of_plan(plan.id).await?;
    let mut reports = vec![];
    for commitment in state.db.commitments_of_plan(plan.id).await? {
        let own: Vec<Milestone> = milestones.iter().filter(|m| m.commitment_id == commitment.id).cloned().collect();
        let progress = percent(commitment_progress(&own));
        reports.push(CommitmentReport {
            lead: commitment.lead_institution_id.and_then(|id| institutions.iter().find(|i| i.id == id).cloned()),
            progress,
            milestones: own
                .into_iter()
                .map(|m| MilestoneReport {
                    updates: updates.iter().filter(|u| u.milestone_id == m.id).cloned().collect(),
                    milestone: m,
                })
                .collect(),
            indicators: indicators.iter().filter(|i| i.commitment_id == commitment.id).cloned().collect(),
            assessment: assessments.iter().find(|a| a.commitment_id == commitment.id).cloned(),
            commitment,
        });
    }
    let progress = percent(domain::commitment::mean_progress(reports.iter().map(|r| r.progress.map(f64::from))));
    let mut themes: Vec<ThemeReport> = vec![];
    for theme in state.db.themes_of(plan.id).await? {
        let (mine, rest): (Vec<_>, Vec<_>) = reports.into_iter().partition(|r| r.commitment.theme_id == Some(theme.id));
        reports = rest;
        if !mine.is_empty() {
            themes.push(ThemeReport { theme: Some(theme), commitments: mine });
        }
    }
    if !reports.is_empty() {
        themes.push(ThemeReport { theme: None, commitments: reports });
    }
    render(&ReportView { page, plan, progress, themes, today: state.clock.now().date(), evidence_names })
}
