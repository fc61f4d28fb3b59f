use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::commitment::{commitment_progress, mean_progress, Commitment, Milestone, MilestoneStatus};
use domain::implementation::{self_reported_completion, CURRENT_DIMENSIONS};
use domain::institution::{Branch, Institution};
use domain::plan::Plan;

use crate::charts::{bars, timeline, Bar, Frame, Span};
use crate::charts::{indicator_chart, Chart};
use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::state::AppState;
use crate::views::percent;
use crate::views::{render, Page};

pub struct MilestoneLine {
    pub milestone: Milestone,
    pub commitment_code: String,
}

#[derive(Template)]
#[template(path = "plans/dashboard.html")]
struct DashboardView {
    page: Page,
    plan: Plan,
    progress: Option<u8>,
    /// Commitments whose milestones report progress, of all the plan's commitments.
    basis: (usize, usize),
    charts: Vec<Chart>,
    late: Vec<MilestoneLine>,
    upcoming: Vec<MilestoneLine>,
    /// Completion as reported by the implementers and as assessed by the IRM, per level.
    completion: Vec<(String, usize, usize)>,
}

fn percent_bar(label: String, value: Option<f64>, page: &Page) -> Bar {
    let p = percent(value);
    Bar {
        label,
        value: p.map(f64::from).unwrap_or(0.0),
        shown: p.map(|p| page.t1("progress-percent", "percent", &p.to_string())).unwrap_or_else(|| "—".into()),
    }
}

fn chart_of(heading: String, svg: String, columns: Vec<String>, bars: &[Bar]) -> Chart {
    let rows = bars.iter().map(|b| vec![b.label.clone(), b.shown.clone()]).collect();
    Chart { heading, svg, columns, rows }
}

/// Progress of the commitments grouped by `key`, in the order the keys first appear.
fn grouped(
    commitments: &[(Commitment, Option<f64>)],
    key: impl Fn(&Commitment) -> String,
) -> Vec<(String, Option<f64>)> {
    let mut groups: Vec<(String, Vec<Option<f64>>)> = vec![];
    for (c, p) in commitments {
        let k = key(c);
        match groups.iter_mut().find(|(g, _)| *g == k) {
            Some((_, values)) => values.push(*p),
            None => groups.push((k, vec![*p])),
        }
    }
    groups.into_iter().map(|(k, v)| (k, mean_progress(v))).collect()
}

/// The public implementation dashboard of a plan: progress by theme, lead institution and
/// branch (the "open state" view), milestone statuses, the timeline with today marked,
/// indicators, late and upcoming milestones, and self-reported against IRM completion.
pub async fn show(State(state): State<AppState>, ctx: Ctx, At(plan): At<Plan>) -> AppResult<Response> {
    let page = Page::new(&state, &ctx, "dashboard-title");
    let page = Page { title: format!("{} · {}", page.title, page.plain(&plan.title)), ..page };
    let rtl = ctx.locale.dir() == "rtl";
    let today = state.clock.now().date();
    let institutions: Vec<Institution> = state.db.list_institutions().await?;
    let themes = state.db.themes_of(plan.id).await?;
    let milestones = state.db.milestones_of_plan(plan.id).await?;
    let commitments: Vec<(Commitment, Option<f64>)> = state
        .db
        .commitments_of_plan(plan.id)
        .await?
        .into_iter()
        .map(|c| {
            let own: Vec<Milestone> = milestones.iter().filter(|m| m.commitment_id == c.id).cloned().collect();
            let progress = commitment_progress(&own);
            (c, progress)
        })
        .collect();
    let progress = percent(mean_progress(commitments.iter().map(|(_, p)| *p)));
    let basis = (commitments.iter().filter(|(_, p)| p.is_some()).count(), commitments.len());
    let institution = |id: Option<i64>| id.and_then(|id| institutions.iter().find(|i| i.id == id));
    let none = page.t("dashboard-none");
    let mut charts = vec![];

    let by_theme: Vec<Bar> = grouped(&commitments, |c| {
        themes.iter().find(|t| Some(t.id) == c.theme_id).map(|t| page.plain(&t.title)).unwrap_or_else(|| none.clone())
    })
    .into_iter()
    .map(|(label, p)| percent_bar(label, p, &page))
    .collect();
    let columns = vec![page.t("dashboard-column-group"), page.t("dashboard-column-progress")];
    for (id, heading, desc, data) in [
        ("by-theme", "dashboard-by-theme", "dashboard-by-theme-desc", by_theme),
        (
            "by-institution",
            "dashboard-by-institution",
            "dashboard-by-institution-desc",
            grouped(&commitments, |c| {
                institution(c.lead_institution_id).map(|i| page.plain(&i.name)).unwrap_or_else(|| none.clone())
            })
            .into_iter()
            .map(|(label, p)| percent_bar(label, p, &page))
            .collect(),
        ),
        (
            "by-branch",
            "dashboard-by-branch",
            "dashboard-by-branch-desc",
            Branch::ALL
                .iter()
                .filter_map(|branch| {
                    let mine: Vec<Option<f64>> = commitments
                        .iter()
                        .filter(|(c, _)| institution(c.lead_institution_id).is_some_and(|i| i.branch == *branch))
                        .map(|(_, p)| *p)
                        .collect();
                    (!mine.is_empty()).then(|| percent_bar(page.branch(branch.code()), mean_progress(mine), &page))
                })
                .collect(),
        ),
    ] {
        let (title, desc) = (page.t(heading), page.t(desc));
        let svg = bars(&Frame { id, title: &title, desc: &desc, rtl }, &data, 100.0);
        charts.push(chart_of(page.t(heading), svg, columns.clone(), &data));
    }

    let late_count = milestones.iter().filter(|m| m.is_late(today)).count();
    let mut statuses: Vec<Bar> = MilestoneStatus::ALL
        .iter()
        .map(|s| {
            let n = milestones.iter().filter(|m| m.status == *s && !m.is_late(today)).count();
            Bar { label: page.label("milestone-status", s.code()), value: n as f64, shown: n.to_string() }
        })
        .collect();
    statuses.push(Bar { label: page.t("milestone-late"), value: late_count as f64, shown: late_count.to_string() });
    let max = statuses.iter().map(|b| b.value).fold(1.0, f64::max);
    let (title, desc) = (page.t("dashboard-statuses"), page.t("dashboard-statuses-desc"));
    let svg = bars(&Frame { id: "statuses", title: &title, desc: &desc, rtl }, &statuses, max);
    let count_columns = vec![page.t("milestone-status"), page.t("dashboard-column-count")];
    charts.push(chart_of(page.t("dashboard-statuses"), svg, count_columns, &statuses));

    let code_of = |m: &Milestone| {
        commitments.iter().find(|(c, _)| c.id == m.commitment_id).map(|(c, _)| c.code.clone()).unwrap_or_default()
    };
    let spans: Vec<Span> = milestones
        .iter()
        .filter_map(|m| {
            let due = m.due_on?;
            let start = m.starts_on.or(plan.starts_on).unwrap_or(due).min(due);
            let state = match m.status {
                MilestoneStatus::Completed => "done",
                MilestoneStatus::Cancelled => "cancelled",
                _ if m.is_late(today) => "late",
                _ => "open",
            };
            Some(Span {
                label: format!("{} · {}", code_of(m), page.plain(&m.output)),
                starts_on: start,
                due_on: due,
                state,
            })
        })
        .collect();
    if let (Some(from), Some(to)) = (
        spans.iter().map(|s| s.starts_on).min().or(plan.starts_on),
        spans.iter().map(|s| s.due_on).max().or(plan.ends_on),
    ) {
        let (title, desc, today_label) =
            (page.t("dashboard-timeline"), page.t("dashboard-timeline-desc"), page.t("dashboard-today"));
        let frame = Frame { id: "timeline", title: &title, desc: &desc, rtl };
        let late_word = page.label("dashboard-state", "late");
        let svg = timeline(&frame, &spans, (from, to.max(today)), (today, &today_label), &late_word);
        let rows = spans
            .iter()
            .map(|s| {
                vec![
                    s.label.clone(),
                    page.day(&s.starts_on),
                    page.day(&s.due_on),
                    page.label("dashboard-state", s.state),
                ]
            })
            .collect();
        let columns = vec![
            page.t("milestone-output"),
            page.t("dashboard-column-start"),
            page.t("milestone-due"),
            page.t("milestone-status"),
        ];
        charts.push(Chart { heading: page.t("dashboard-timeline"), svg, columns, rows });
    }

    let indicators = state.db.indicators_of_plan(plan.id).await?;
    for (c, _) in &commitments {
        for indicator in indicators.iter().filter(|i| i.commitment_id == c.id) {
            if let Some(chart) = indicator_chart(&page, indicator, &c.code, rtl) {
                charts.push(chart);
            }
        }
    }

    let line = |m: &Milestone| MilestoneLine { milestone: m.clone(), commitment_code: code_of(m) };
    let mut late: Vec<MilestoneLine> = milestones.iter().filter(|m| m.is_late(today)).map(line).collect();
    late.sort_by_key(|l| l.milestone.due_on);
    let soon = today + time::Duration::days(state.config.reminder_days.max(30));
    let mut upcoming: Vec<MilestoneLine> = milestones
        .iter()
        .filter(|m| !m.is_late(today) && m.due_on.is_some_and(|d| d >= today && d <= soon))
        .filter(|m| !matches!(m.status, MilestoneStatus::Completed | MilestoneStatus::Cancelled))
        .map(line)
        .collect();
    upcoming.sort_by_key(|l| l.milestone.due_on);

    let assessments = state.db.assessments_of_plan(plan.id).await?;
    let levels = CURRENT_DIMENSIONS.iter().find(|d| d.key == "completion").map(|d| d.levels).unwrap_or(&[]);
    let completion = levels
        .iter()
        .map(|level| {
            let reported = commitments.iter().filter(|(_, p)| self_reported_completion(*p) == *level).count();
            let assessed = commitments
                .iter()
                .filter(|(c, _)| {
                    // The newest assessment of each commitment counts.
                    assessments.iter().find(|a| a.commitment_id == c.id).and_then(|a| a.completion()) == Some(*level)
                })
                .count();
            (page.t(&domain::implementation::level_id(level)), reported, assessed)
        })
        .collect();
    render(&DashboardView { page, plan, progress, basis, charts, late, upcoming, completion })
}
