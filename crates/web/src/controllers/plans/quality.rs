use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::commitment::Commitment;
use domain::plan::Plan;
use domain::quality::{check_commitment, is_ready, Finding, Severity};

use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::state::AppState;
use crate::views::{render, Page};

pub struct CommitmentReport {
    pub commitment: Commitment,
    pub ready: bool,
    pub findings: Vec<Finding>,
}

#[derive(Template)]
#[template(path = "plans/quality.html")]
struct QualityView {
    page: Page,
    plan: Plan,
    reports: Vec<CommitmentReport>,
    ready: usize,
    not_ready: usize,
}

/// The plan-level quality report: each commitment, ready or not, and why.
pub async fn report(State(state): State<AppState>, ctx: Ctx, At(plan): At<Plan>) -> AppResult<Response> {
    let institutions = state.db.list_institutions().await?;
    let milestones = state.db.milestones_of_plan(plan.id).await?;
    let all_indicators = state.db.indicators_of_plan(plan.id).await?;
    let mut reports = vec![];
    for commitment in state.db.commitments_of_plan(plan.id).await? {
        let own: Vec<_> = milestones.iter().filter(|m| m.commitment_id == commitment.id).cloned().collect();
        let indicators: Vec<_> = all_indicators.iter().filter(|i| i.commitment_id == commitment.id).cloned().collect();
        let branch_of = |id: i64| institutions.iter().find(|i| i.id == id).map(|i| i.branch);
        let findings =
            check_commitment(&commitment, &own, &indicators, &plan, branch_of, &state.config.content_languages);
        reports.push(CommitmentReport { ready: is_ready(&findings), findings, commitment });
    }
    // Not ready first: that is where the work is.
    reports.sort_by_key(|r| (r.ready, r.commitment.code.clone()));
    let ready = reports.iter().filter(|r| r.ready).count();
    let not_ready = reports.len() - ready;
    let page = Page::new(&state, &ctx, "quality-title");
    render(&QualityView { page, plan, reports, ready, not_ready })
}

impl CommitmentReport {
    pub fn blocking(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.severity == Severity::Blocking)
    }
    pub fn advice(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.severity == Severity::Advice)
    }
}

impl Page {
    /// A finding in the reader's language: which field or item, and why.
    pub fn finding(&self, f: &Finding) -> String {
        let reason = self.t(&format!("quality-{}", f.code));
        let field = match f.item {
            Some(n) => self.t1(&format!("quality-item-{}", f.field), "n", &n.to_string()),
            None => self.t(&format!("quality-field-{}", f.field)),
        };
        match f.locale {
            Some(locale) => format!("{field} — {reason} ({})", self.t(&format!("language-name-{}", locale.code()))),
            None => format!("{field} — {reason}"),
        }
    }
}
