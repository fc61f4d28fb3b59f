//! The printable plan: one model ([`print::PrintPlan`]) shown as a print-ready page and
//! typeset as a PDF, so both say the same thing in the same order.

use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::commitment::{Commitment, TEXT_FIELDS};
use domain::institution::Institution;
use domain::localized::Localized;
use domain::plan::Plan;
use print::{Fact, Labels, PrintCommitment, PrintMilestone, PrintPlan, PrintTheme, Section, Text};

use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::state::AppState;
use crate::views::{render, Page};

#[derive(Template)]
#[template(path = "plans/print.html")]
struct PrintView {
    page: Page,
    slug: String,
    printed: PrintPlan,
}

/// `/{lang}/plans/{plan}/print`: the whole plan on one page, laid out for paper.
pub async fn page(State(state): State<AppState>, ctx: Ctx, At(plan): At<Plan>) -> AppResult<Response> {
    let page = Page::new(&state, &ctx, "print-title");
    let printed = printable(&state, &page, &plan).await?;
    let title = format!("{} · {}", printed.title.text, page.t("print-title"));
    render(&PrintView { page: page.titled(title), slug: plan.slug, printed })
}

/// `/{lang}/plans/{plan}/plan.pdf`: the same, typeset as PDF with the shipped fonts.
pub async fn pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    At(plan): At<Plan>,
) -> AppResult<Response> {
    let page = Page::new(&state, &ctx, "print-title");
    let printed = printable(&state, &page, &plan).await?;
    let printout = state.printouts.pdf(plan.id, ctx.locale, printed).await?;
    let etag = HeaderValue::from_str(&printout.etag).ok();
    let wanted = headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok());
    let fresh = crate::etag::matches(wanted, &printout.etag);
    let mut response =
        if fresh { StatusCode::NOT_MODIFIED.into_response() } else { printout.bytes.clone().into_response() };
    let h = response.headers_mut();
    if let Some(etag) = etag {
        h.insert(header::ETAG, etag);
    }
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    let filename = format!("inline; filename=\"{}-{}.pdf\"", plan.slug, ctx.locale.code());
    if let Ok(value) = HeaderValue::from_str(&filename) {
        h.insert(header::CONTENT_DISPOSITION, value);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    Ok(response)
}

fn shown(page: &Page, value: &Localized) -> Text {
    let s = page.text(value);
    Text { text: s.text, lang: s.lang.to_string(), rtl: s.dir == "rtl" }
}

/// Text written by the portal itself, in the reader's language.
fn own(page: &Page, text: String) -> Text {
    Text { text, lang: page.lang().to_string(), rtl: page.dir() == "rtl" }
}

fn fact(label: String, value: Text) -> Fact {
    Fact { label, value }
}

/// Everything printed about `plan`, resolved in the reader's language (with the original
/// language kept on each text that has no translation).
pub(crate) async fn printable(state: &AppState, page: &Page, plan: &Plan) -> AppResult<PrintPlan> {
    let institutions = state.db.list_institutions().await?;
    let name_of = |id: i64| institutions.iter().find(|i| i.id == id).map(|i: &Institution| shown(page, &i.name));
    let milestones = state.db.milestones_of_plan(plan.id).await?;
    let commitments = state.db.commitments_of_plan(plan.id).await?;
    let themes = state.db.themes_of(plan.id).await?;

    let commitment_of = |c: &Commitment| {
        let mut facts = vec![
            fact(page.t("commitment-status"), own(page, page.label("status", c.status.code()))),
            fact(
                page.t("commitment-period"),
                own(page, format!("{} – {}", page.date(&c.starts_on), page.date(&c.ends_on))),
            ),
        ];
        if let Some(lead) = c.lead_institution_id.and_then(name_of) {
            facts.push(fact(page.t("commitment-lead"), lead));
        }
        let supporters: Vec<Text> = c.supporting_institution_ids.iter().filter_map(|id| name_of(*id)).collect();
        if let Some(first) = supporters.first() {
            let names: Vec<&str> = supporters.iter().map(|s| s.text.as_str()).collect();
            let joined = Text { text: names.join(" · "), ..first.clone() };
            facts.push(fact(page.t("commitment-supporting"), joined));
        }
        // The template's sections, then the text as first published (all an imported
        // OGP commitment may have).
        let sections = TEXT_FIELDS
            .iter()
            .filter(|f| !matches!(**f, "title" | "short-title"))
            .filter(|f| !c.text(f).is_empty())
            .map(|f| Section {
                label: if *f == "full-text" { page.t("commitment-full-text") } else { page.label("section", f) },
                text: shown(page, &c.text(f)),
            })
            .collect();
        let milestones = milestones
            .iter()
            .filter(|m| m.commitment_id == c.id)
            .map(|m| PrintMilestone {
                output: shown(page, &m.output),
                responsible: m.responsible_institution_id.and_then(name_of),
                starts: page.date(&m.starts_on),
                due: page.date(&m.due_on),
                status: page.label("milestone-status", m.status.code()),
            })
            .collect();
        PrintCommitment { code: c.code.clone(), title: shown(page, &c.text("title")), facts, sections, milestones }
    };

    let mut blocks: Vec<PrintTheme> = themes
        .iter()
        .map(|t| PrintTheme {
            title: shown(page, &t.title),
            commitments: commitments.iter().filter(|c| c.theme_id == Some(t.id)).map(commitment_of).collect(),
        })
        .filter(|b| !b.commitments.is_empty())
        .collect();
    let themeless: Vec<PrintCommitment> = commitments
        .iter()
        .filter(|c| c.theme_id.is_none_or(|id| !themes.iter().any(|t| t.id == id)))
        .map(commitment_of)
        .collect();
    if !themeless.is_empty() {
        blocks.push(PrintTheme { title: own(page, page.t("theme-none")), commitments: themeless });
    }

    let url = format!("{}{}", state.config.base_url.trim_end_matches('/'), page.href(&format!("/plans/{}", plan.slug)));
    let today = page.day(&state.clock.now().date());
    // The cover says who issues the plan, which version this is and where the plan stands,
    // so a printed copy passed around a ministry cannot be mistaken for the adopted text.
    let authority = page.authority_or_default();
    let version = match state.db.adoption(plan.id).await? {
        Some(adoption) => page.t1("print-version-adopted", "date", &page.when(&adoption.adopted_at)),
        None => page.t1("print-version-draft", "date", &today),
    };
    let stage = match plan.current_phase(state.clock.now().date()) {
        Some(phase) => page.label("phase", phase.code()),
        None => page.t("print-stage-none"),
    };
    let source = state.i18n.t_args(page.locale, "print-source", &[("url", url.as_str()), ("date", today.as_str())]);
    Ok(PrintPlan {
        lang: page.lang().to_string(),
        rtl: page.dir() == "rtl",
        title: shown(page, &plan.title),
        facts: vec![
            fact(page.t("print-authority"), own(page, authority)),
            fact(page.t("print-version"), own(page, version)),
            fact(page.t("print-stage"), own(page, stage)),
            fact(page.t("plan-member"), own(page, page.member_name(&plan.member))),
            fact(
                page.t("plan-period"),
                own(page, format!("{} – {}", page.date(&plan.starts_on), page.date(&plan.ends_on))),
            ),
            fact(page.t("plan-commitments"), own(page, commitments.len().to_string())),
        ],
        source,
        labels: Labels {
            contents: page.t("print-contents"),
            milestones: page.t("milestones-title"),
            no_milestones: page.t("milestones-none"),
            output: page.t("milestone-output"),
            responsible: page.t("milestone-responsible"),
            starts: page.t("edit-starts-on"),
            due: page.t("milestone-due"),
            status: page.t("milestone-status"),
            page: page.t("print-page"),
        },
        themes: blocks,
    })
}
