use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::commitment::Commitment;
use domain::revision::{diff_words, DiffPart, Revision};
use domain::Locale;
use serde::Deserialize;

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::forms::Query;
use crate::state::AppState;
use crate::views::{render, Page};

#[derive(Deserialize)]
pub struct Compare {
    pub from: Option<i64>,
    pub to: Option<i64>,
}

/// The differences of one field (in one language) between two versions.
pub struct FieldDiff {
    pub label: String,
    pub locale: Option<Locale>,
    pub parts: Vec<DiffPart>,
}

#[derive(Template)]
#[template(path = "commitments/history.html")]
struct HistoryView {
    page: Page,
    commitment: Commitment,
    revisions: Vec<Revision>,
    from: Option<Revision>,
    to: Option<Revision>,
    diffs: Vec<FieldDiff>,
}

/// Public history of a commitment: every version, and the word-level differences between
/// any two (by default the last change).
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    At(commitment): At<Commitment>,
    Query(compare): Query<Compare>,
) -> AppResult<Response> {
    let revisions = state.db.revisions_of(commitment.id).await?;
    let find = |id: Option<i64>| id.and_then(|id| revisions.iter().find(|r| r.id == id).cloned());
    let last = revisions.len();
    // Asked-for versions must exist; without a choice, compare the last two.
    let chosen = |id: Option<i64>, default: Option<Revision>| match id {
        Some(_) => find(id).map(Some).ok_or(AppError::NotFound),
        None => Ok(default),
    };
    let to = chosen(compare.to, revisions.last().cloned())?;
    let from = chosen(compare.from, (last >= 2).then(|| revisions[last - 2].clone()))?;
    let page = Page::new(&state, &ctx, "history-title");
    let institutions = state.db.list_institutions().await?;
    let name = |id: Option<i64>| {
        id.and_then(|id| institutions.iter().find(|i| i.id == id))
            .map(|i| page.plain(&i.name))
            .unwrap_or_else(|| "—".into())
    };
    let mut diffs = vec![];
    if let (Some(a), Some(b)) = (&from, &to) {
        for changed in a.design.changed_fields(&b.design) {
            let diff = match changed.split_once(':') {
                Some((part @ ("milestone" | "indicator"), n)) => {
                    let index =
                        n.parse::<usize>().map_err(|_| AppError::Internal("revision field".into()))?.saturating_sub(1);
                    let summary = |r: &Revision| part_summary(&page, &r.design, part, index);
                    FieldDiff {
                        label: page.t1(&format!("quality-item-{part}"), "n", n),
                        locale: None,
                        parts: diff_words(&summary(a), &summary(b)),
                    }
                }
                Some((field, code)) => {
                    let locale: Locale = code.parse().map_err(|_| AppError::Internal("revision field".into()))?;
                    let text = |r: &Revision| {
                        r.design.texts.get(field).and_then(|t| t.get(locale)).unwrap_or_default().to_string()
                    };
                    FieldDiff {
                        label: page.label("template", field),
                        locale: Some(locale),
                        parts: diff_words(&text(a), &text(b)),
                    }
                }
                None => {
                    let (before, after) = match changed.as_str() {
                        "status" => {
                            (page.label("status", a.design.status.code()), page.label("status", b.design.status.code()))
                        }
                        "lead" => (name(a.design.lead_institution_id), name(b.design.lead_institution_id)),
                        "supporters" => {
                            let list = |r: &Revision| {
                                r.design
                                    .supporting_institution_ids
                                    .iter()
                                    .map(|id| name(Some(*id)))
                                    .collect::<Vec<_>>()
                                    .join(" · ")
                            };
                            (list(a), list(b))
                        }
                        "values" => {
                            let list = |r: &Revision| {
                                r.design
                                    .values
                                    .iter()
                                    .map(|v| page.label("value", v.code()))
                                    .collect::<Vec<_>>()
                                    .join(" · ")
                            };
                            (list(a), list(b))
                        }
                        _ => {
                            let period = |r: &Revision| {
                                format!("{} – {}", page.date(&r.design.starts_on), page.date(&r.design.ends_on))
                            };
                            (period(a), period(b))
                        }
                    };
                    FieldDiff {
                        label: page.label("history-field", &changed),
                        locale: None,
                        parts: diff_words(&before, &after),
                    }
                }
            };
            diffs.push(diff);
        }
    }
    let title = format!("{} · {}", page.t("history-title"), commitment.code);
    render(&HistoryView { page: page.titled(title), commitment, revisions, from, to, diffs })
}

/// A milestone or indicator of a version as one readable line, for word-level comparison.
fn part_summary(page: &Page, design: &domain::revision::Design, part: &str, index: usize) -> String {
    if part == "milestone" {
        design
            .milestones
            .get(index)
            .map(|m| {
                format!(
                    "{} · {} – {} · {} · {}",
                    page.plain(&m.output),
                    page.date(&m.starts_on),
                    page.date(&m.due_on),
                    page.label("milestone-status", m.status.code()),
                    page.t1("progress-percent", "percent", &m.percent.to_string())
                )
            })
            .unwrap_or_default()
    } else {
        design
            .indicators
            .get(index)
            .map(|i| {
                let measure = |m: &Option<domain::commitment::Measurement>| {
                    m.as_ref().map(|m| format!("{} ({})", m.value, page.date(&m.date))).unwrap_or_else(|| "—".into())
                };
                format!("{} · {} · {} → {}", page.plain(&i.name), i.unit, measure(&i.baseline), measure(&i.target))
            })
            .unwrap_or_default()
    }
}
