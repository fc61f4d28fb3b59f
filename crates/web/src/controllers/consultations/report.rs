use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::commitment::Theme;
use domain::consultation::{aggregate, Consultation, ResponseStatus};
use domain::contribution::{Contribution, ContributionKind};
use domain::plan::Plan;
use store::Adoption;

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::presenters::theme_name;
use crate::state::AppState;
use crate::views::{render, Page};
use domain::contribution::visible;

/// One row of a count table: a label and how many.
pub struct Count {
    pub label: String,
    pub count: i64,
}

/// A profile dimension, aggregated: groups of at least five, then the folded small groups
/// and those who said nothing.
pub struct ProfileTable {
    pub heading: String,
    pub rows: Vec<Count>,
}

#[derive(Template)]
#[template(path = "consultations/report.html")]
struct ReportView {
    page: Page,
    plan: Plan,
    themes: Vec<Theme>,
    consultations: Vec<Consultation>,
    contributions: Vec<Contribution>,
    by_theme: Vec<Count>,
    by_channel: Vec<Count>,
    by_response: Vec<Count>,
    profiles: Vec<ProfileTable>,
    contributors: usize,
    adoption: Option<Adoption>,
}

impl ReportView {
    fn count_tables(&self) -> [(&'static str, &Vec<Count>); 3] {
        [
            ("report-by-channel", &self.by_channel),
            ("report-by-theme", &self.by_theme),
            ("report-by-response", &self.by_response),
        ]
    }
    fn theme_of(&self, c: &Contribution) -> String {
        theme_name(&self.page, &self.themes, c.theme_id)
    }
}

/// Where a contribution came from: the portal itself, or a meeting the secretariat recorded.
fn channel(c: &Contribution) -> &'static str {
    if c.kind == ContributionKind::MeetingInput {
        "meeting"
    } else {
        "online"
    }
}

fn count_by(labels: impl Iterator<Item = String>) -> Vec<Count> {
    let mut counts: Vec<Count> = vec![];
    for label in labels {
        match counts.iter_mut().find(|c| c.label == label) {
            Some(c) => c.count += 1,
            None => counts.push(Count { label, count: 1 }),
        }
    }
    counts
}

fn profile_table(page: &Page, heading: &str, values: Vec<String>) -> ProfileTable {
    let (shown, small, not_given) = aggregate(values.iter().map(String::as_str));
    let mut rows: Vec<Count> = shown.into_iter().map(|(label, count)| Count { label, count }).collect();
    if small > 0 {
        rows.push(Count { label: page.t("report-small-groups"), count: small });
    }
    if not_given > 0 {
        rows.push(Count { label: page.t("report-not-given"), count: not_given });
    }
    ProfileTable { heading: page.t(heading), rows }
}

async fn public_record(state: &AppState, plan: &Plan) -> AppResult<Vec<Contribution>> {
    Ok(visible(state.db.contributions_of_plan(plan.id).await?, None))
}

/// The consultation report: what came in, through which channel, under which theme, what
/// answer each contribution got, and who took part (aggregated, never individually).
pub async fn page(State(state): State<AppState>, ctx: Ctx, At(plan): At<Plan>) -> AppResult<Response> {
    let page = Page::new(&state, &ctx, "report-title");
    let page = Page { title: format!("{} · {}", page.title, page.plain(&plan.title)), ..page };
    let themes = state.db.themes_of(plan.id).await?;
    let contributions = public_record(&state, &plan).await?;
    let by_theme = count_by(contributions.iter().map(|c| theme_name(&page, &themes, c.theme_id)));
    let by_channel = count_by(contributions.iter().map(|c| page.label("report-channel", channel(c))));
    let mut by_response: Vec<Count> = ResponseStatus::ALL
        .iter()
        .map(|s| Count {
            label: page.label("response-status", s.code()),
            count: contributions.iter().filter(|c| c.published_response().is_some_and(|r| r.status == *s)).count()
                as i64,
        })
        .collect();
    by_response.push(Count {
        label: page.t("report-awaiting"),
        count: contributions.iter().filter(|c| !c.is_hidden() && c.published_response().is_none()).count() as i64,
    });
    let people = state.db.contributor_profiles(plan.id).await?;
    let profiles = vec![
        profile_table(
            &page,
            "profile-sector",
            people.iter().map(|p| p.sector.map(|s| page.label("sector", s.code())).unwrap_or_default()).collect(),
        ),
        profile_table(
            &page,
            "profile-gender",
            people.iter().map(|p| p.gender.map(|g| page.label("gender", g.code())).unwrap_or_default()).collect(),
        ),
        profile_table(&page, "profile-region", people.iter().map(|p| p.region.clone()).collect()),
    ];
    let consultations = state.db.consultations_of_plan(plan.id).await?;
    let adoption = state.db.adoption(plan.id).await?;
    render(&ReportView {
        page,
        plan,
        themes,
        consultations,
        contributions,
        by_theme,
        by_channel,
        by_response,
        profiles,
        contributors: people.len(),
        adoption,
    })
}

/// The same record as a spreadsheet: one row per contribution with its response.
pub async fn csv(State(state): State<AppState>, ctx: Ctx, At(plan): At<Plan>) -> AppResult<Response> {
    let page = Page::new(&state, &ctx, "report-title");
    let themes = state.db.themes_of(plan.id).await?;
    let contributions = public_record(&state, &plan).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let header = [
        "id",
        "date",
        "channel",
        "kind",
        "theme",
        "place",
        "title",
        "text",
        "author",
        "response_status",
        "merged_into",
        "justification",
        "response_published",
    ];
    let fail = |e: csv::Error| AppError::Internal(format!("report csv: {e}"));
    out.write_record(header).map_err(fail)?;
    // Every cell through the spreadsheet rule: participants write what officials open.
    let safe = |cells: [String; 13]| cells.map(|c| domain::text::spreadsheet_cell(&c));
    for c in &contributions {
        let date =
            |t: i64| time::OffsetDateTime::from_unix_timestamp(t).map(|d| d.date().to_string()).unwrap_or_default();
        let response = c.published_response();
        let text = match &c.hidden_reason {
            Some(reason) => format!("[{}] {reason}", page.t("contribution-hidden")),
            None => c.body.clone(),
        };
        out.write_record(safe([
            c.id.to_string(),
            date(c.created_at),
            channel(c).to_string(),
            c.kind.code().to_string(),
            theme_name(&page, &themes, c.theme_id),
            c.target.clone(),
            c.title.clone(),
            text,
            c.author_name.clone(),
            response.map(|r| r.status.code().to_string()).unwrap_or_default(),
            response.and_then(|r| r.merged_into.clone()).unwrap_or_default(),
            response.map(|r| page.plain(&r.justification)).unwrap_or_default(),
            response.and_then(|r| r.published_at).map(date).unwrap_or_default(),
        ]))
        .map_err(fail)?;
    }
    let bytes = out.into_inner().map_err(|e| AppError::Internal(format!("report csv: {e}")))?;
    let name = format!("attachment; filename=\"{}-consultation-report.csv\"", plan.slug);
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, name)], bytes)
        .into_response())
}
