use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::commitment::{commitment_progress, Commitment, Indicator, Milestone, TEXT_FIELDS};
use domain::institution::Institution;
use domain::plan::Plan;
use domain::Localized;

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::state::AppState;
use crate::views::percent;
use crate::views::{render, Page};

pub struct Section {
    pub field: &'static str,
    pub text: Localized,
}

pub struct MilestoneLine {
    pub milestone: Milestone,
    pub responsible: Option<Institution>,
    pub late: bool,
}

#[derive(Template)]
#[template(path = "commitments/show.html")]
struct ShowView {
    page: Page,
    commitment: Commitment,
    plan: Plan,
    theme_title: Option<Localized>,
    sections: Vec<Section>,
    full_text: Localized,
    lead: Option<Institution>,
    supporters: Vec<Institution>,
    milestones: Vec<MilestoneLine>,
    indicators: Vec<Indicator>,
    progress: Option<u8>,
    can_edit: bool,
    can_edit_design: bool,
    /// Forum recommendations that concern this commitment, with the meeting they came from.
    recommendations: Vec<(domain::forum::Recommendation, domain::forum::Meeting)>,
    /// Published progress updates of its milestones, newest first.
    updates: Vec<domain::implementation::ProgressUpdate>,
    evidence_names: crate::views::EvidenceNames,
    /// Whether the reader may report progress on its milestones.
    may_report: bool,
    may_assess: bool,
    indicator_charts: Vec<crate::charts::Chart>,
    assessments: Vec<domain::implementation::Assessment>,
    /// The implementers' completion in the IRM's words, beside the independent one.
    self_completion: &'static str,
    /// Other portals of the country this commitment links to.
    portals: Vec<domain::portal::Portal>,
    /// Every registered portal, for the secretariat's link form (empty for others).
    linkable_portals: Vec<domain::portal::Portal>,
    /// The public address of this commitment's embeddable badge and widget.
    embed_url: String,
    today: time::Date,
}

impl ShowView {
    fn updates_of(&self, milestone: &i64) -> Vec<&domain::implementation::ProgressUpdate> {
        self.updates.iter().filter(|u| u.milestone_id == *milestone).collect()
    }
    fn level(&self, level: &str) -> String {
        self.page.t(&domain::implementation::level_id(level))
    }
    fn links_to(&self, portal: &i64) -> bool {
        self.portals.iter().any(|p| p.id == *portal)
    }
}

/// A commitment with every section of the OGP template, its milestones and indicators.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    At(commitment): At<domain::commitment::Commitment>,
) -> AppResult<Response> {
    let plan = state.db.plan(commitment.plan_id).await?.ok_or(AppError::NotFound)?;
    let theme_title = match commitment.theme_id {
        Some(id) => state.db.theme(id).await?.map(|t| t.title),
        None => None,
    };
    let institutions = state.db.list_institutions().await?;
    let by_id = |id: i64| institutions.iter().find(|i| i.id == id).cloned();
    let today = state.clock.now().date();
    let milestones = state.db.milestones_of(commitment.id).await?;
    // The unrounded value decides the completion level, as on the dashboard.
    let exact_progress = commitment_progress(&milestones);
    let progress = percent(exact_progress);
    let milestones: Vec<MilestoneLine> = milestones
        .into_iter()
        .map(|m| MilestoneLine {
            responsible: m.responsible_institution_id.and_then(by_id),
            late: m.is_late(today),
            milestone: m,
        })
        .collect();
    let sections = TEXT_FIELDS
        .iter()
        .filter(|f| !matches!(**f, "title" | "short-title" | "full-text"))
        .map(|f| Section { field: f, text: commitment.text(f) })
        .filter(|s| !s.text.is_empty())
        .collect();
    let can_edit_design = domain::revision::may_edit_design(&ctx.principal, &commitment, &plan, today).is_ok();
    let can_edit = can_edit_design || domain::revision::may_change_status(&ctx.principal);
    let mut recommendations = vec![];
    for r in state.db.recommendations_of_commitment(commitment.id).await? {
        if let Some(meeting) = state.db.meeting(r.meeting_id).await? {
            recommendations.push((r, meeting));
        }
    }
    let page = Page::new(&state, &ctx, "plans-title");
    let title = format!("{} · {}", commitment.code, page.plain(&commitment.text("title")));
    let updates = state.db.published_progress_of_commitment(commitment.id).await?;
    let evidence_names =
        crate::views::EvidenceNames::load(&state, &page, updates.iter().flat_map(|u| u.evidence.iter())).await?;
    let may_report = milestones.iter().any(|line| {
        let responsible = line.milestone.reporting_institution(&commitment);
        crate::actions::report_progress::may_report_for(&ctx.principal, responsible)
    });
    let indicators = state.db.indicators_of(commitment.id).await?;
    let rtl = ctx.locale.dir() == "rtl";
    let indicator_charts =
        indicators.iter().filter_map(|i| crate::charts::indicator_chart(&page, i, &commitment.code, rtl)).collect();
    let assessments = state.db.assessments_of(commitment.id).await?;
    let self_completion = domain::implementation::self_reported_completion(exact_progress);
    let may_assess = domain::permissions::can(&ctx.principal, domain::permissions::Action::Assess);
    let portals = state.db.portals_of_commitment(commitment.id).await?;
    let linkable_portals = if domain::permissions::can(&ctx.principal, domain::permissions::Action::ManagePlans) {
        state.db.list_portals().await?
    } else {
        vec![]
    };
    let embed_url = format!(
        "{}/{}/embed/commitments/{}",
        state.config.base_url.trim_end_matches('/'),
        ctx.locale.code(),
        commitment.code
    );
    let view = ShowView {
        page: page.titled(title),
        portals,
        linkable_portals,
        embed_url,
        today,
        lead: commitment.lead_institution_id.and_then(by_id),
        supporters: commitment.supporting_institution_ids.iter().filter_map(|id| by_id(*id)).collect(),
        indicators,
        updates,
        evidence_names,
        may_report,
        may_assess,
        indicator_charts,
        assessments,
        self_completion,
        full_text: commitment.text("full-text"),
        sections,
        milestones,
        progress,
        can_edit,
        can_edit_design,
        recommendations,
        theme_title,
        plan,
        commitment,
    };
    render(&view)
}
