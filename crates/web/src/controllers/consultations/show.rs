//! The consultation page, made for a phone: the frozen draft is a list of its commitments
//! (the table of contents), each folded with its number of passages and comments. The one a
//! person opens (`?open=CODE`, or any place inside it as `?target=` or `?show=`) unfolds with
//! its passages and their comment counts; the comments of each passage come folded and a page
//! at a time, and the comment form stands next to the passage chosen. A closed consultation
//! shows what was said and no comment links or forms.
//!
//! Measured with the browser suite at 375 px: the demo consultation in Arabic was 30,531 px
//! tall with every text and comment unfolded and the one form at the bottom.

use std::collections::HashMap;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::consultation::{paragraphs, Consultation};
use domain::contribution::{Contribution, ContributionInput};
use domain::plan::Plan;
use domain::validation::ValidationErrors;
use domain::Localized;
use serde::Deserialize;

use super::{places, shown_text, threads, Thread};
use crate::actions::contribute::{contributor, form_key, store_contribution};
use crate::context::Ctx;
use crate::controllers::see_other;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::forms::{refused, CsrfForm, FormValues, Query};
use crate::pager::Pager;
use crate::presenters::{section_label, target_label};
use crate::state::AppState;
use crate::views::{render_status, Page};
use domain::contribution::visible;

/// Threads of one place shown per page.
pub const THREADS_PER_PAGE: i64 = 4;

/// A paragraph of the frozen text with the place a comment on it points to.
pub struct ParagraphLine {
    pub number: usize,
    pub text: String,
    pub target: String,
    pub anchor: String,
}

pub struct SectionBlock {
    pub label: String,
    pub target: String,
    pub lang: &'static str,
    pub dir: &'static str,
    pub paragraphs: Vec<ParagraphLine>,
}

pub struct CommitmentBlock {
    pub code: String,
    pub title: Localized,
    pub sections: Vec<SectionBlock>,
    pub passages: usize,
    /// Comments anywhere in the commitment (its passages, sections and itself).
    pub comments: usize,
    /// Unfolded: the reader opened it or chose a place inside it.
    pub open: bool,
}

/// The threads of one place, grouped once per rendering.
struct Place {
    threads: Vec<Thread>,
    comments: usize,
}

#[derive(Template)]
#[template(path = "consultations/show.html")]
struct ShowView {
    page: Page,
    plan: Plan,
    consultation: Consultation,
    blocks: Vec<CommitmentBlock>,
    comment_total: usize,
    by_place: HashMap<String, Place>,
    places: Vec<(String, String)>,
    open: bool,
    closed: bool,
    /// The place whose comments are unfolded, and its page.
    shown: String,
    shown_page: i64,
    /// The comment just posted, if the address names it.
    comment_id: Option<i64>,
    values: FormValues,
    errors: ValidationErrors,
}

impl ShowView {
    /// The page of threads shown for `target`: the requested page for the place unfolded,
    /// the first elsewhere.
    fn threads_on(&self, target: &str) -> &[Thread] {
        let Some(place) = self.by_place.get(target) else { return &[] };
        let pager = self.pager_of(target);
        let start = (pager.offset() as usize).min(place.threads.len());
        let end = (start + pager.per_page() as usize).min(place.threads.len());
        &place.threads[start..end]
    }
    fn pager_of(&self, target: &str) -> Pager {
        let total = self.by_place.get(target).map_or(0, |p| p.threads.len()) as i64;
        let requested = if target == self.shown { self.shown_page } else { 1 };
        Pager::new(total, THREADS_PER_PAGE, requested)
    }
    /// Whether a thread's folded replies open: one of them is the comment just posted.
    fn reveals(&self, thread: &Thread) -> bool {
        self.comment_id.is_some_and(|id| thread.replies.iter().any(|r| r.id == id))
    }
    fn count_on(&self, target: &str) -> usize {
        self.by_place.get(target).map_or(0, |p| p.comments)
    }
    fn unfolded(&self, target: &str) -> bool {
        !target.is_empty() && (self.shown == target || self.chosen() == target)
    }
    fn place_of(&self, target: &str) -> String {
        target_label(&self.page, &self.consultation, target)
    }
    /// The form's chosen place: the one submitted, else the one the reader clicked.
    fn chosen(&self) -> &str {
        self.values.get("target")
    }
    /// Whether the form stands at the end of the page (the whole plan, or a place unknown here).
    fn form_at_end(&self) -> bool {
        let chosen = self.chosen();
        chosen.is_empty() || !self.places.iter().any(|(value, _)| value == chosen)
    }
    /// The address of this page showing `target`'s comments at page `n`.
    fn page_href(&self, target: &str, n: impl ToString) -> String {
        let query = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("show", target)
            .append_pair("cpage", &n.to_string())
            .finish();
        format!(
            "{}?{query}#comments-{}",
            self.page.href(&format!("/consultations/{}", self.consultation.id)),
            anchor(target)
        )
    }
    /// Opens the commitment `code`.
    fn open_href(&self, code: &str) -> String {
        format!("{}?open={code}#{code}", self.page.href(&format!("/consultations/{}", self.consultation.id)))
    }
    /// Back to the table of contents, every commitment folded.
    fn fold_href(&self) -> String {
        format!("{}#toc-heading", self.page.href(&format!("/consultations/{}", self.consultation.id)))
    }
    fn comment_href(&self, target: &str) -> String {
        // Places are codes, keys and numbers joined by `/`: nothing to escape in a query.
        format!("?target={target}#comment-form")
    }
}

/// An element id for a place (`MO0050/problem/ar/1` → `MO0050-problem-ar-1`; the whole plan is `plan`).
pub(crate) fn anchor(target: &str) -> String {
    if target.is_empty() {
        "plan".to_string()
    } else {
        target.replace('/', "-")
    }
}

#[derive(Deserialize, Default)]
pub struct Chosen {
    #[serde(default)]
    target: String,
    #[serde(default)]
    show: String,
    #[serde(default)]
    open: String,
    #[serde(default)]
    cpage: Option<String>,
    /// A comment to show (after posting it): unfolds its place at the page holding it.
    #[serde(default)]
    comment: Option<String>,
}

fn reading_blocks(
    page: &Page,
    consultation: &Consultation,
    comments: &[Contribution],
    focus: &str,
) -> Vec<CommitmentBlock> {
    let mut per_commitment: HashMap<&str, usize> = HashMap::new();
    for c in comments {
        let code = c.target.split('/').next().unwrap_or_default();
        *per_commitment.entry(code).or_default() += 1;
    }
    consultation
        .snapshot
        .commitments
        .iter()
        .map(|c| {
            let sections: Vec<SectionBlock> = c
                .sections
                .iter()
                .map(|s| {
                    let (locale, text) = shown_text(&s.text, page.locale, page.default_locale);
                    let target = format!("{}/{}", c.code, s.key);
                    SectionBlock {
                        label: section_label(page, &s.key),
                        lang: locale.code(),
                        dir: locale.dir(),
                        paragraphs: paragraphs(text)
                            .into_iter()
                            .enumerate()
                            .map(|(i, text)| {
                                let target = format!("{target}/{}/{}", locale.code(), i + 1);
                                ParagraphLine {
                                    number: i + 1,
                                    text: text.to_string(),
                                    anchor: format!("p-{}", anchor(&target)),
                                    target,
                                }
                            })
                            .collect(),
                        target,
                    }
                })
                .collect();
            let focus_code = focus.split('/').next().unwrap_or_default();
            CommitmentBlock {
                passages: sections.iter().map(|s| s.paragraphs.len()).sum(),
                comments: per_commitment.get(c.code.as_str()).copied().unwrap_or(0),
                open: !focus_code.is_empty() && focus_code == c.code,
                code: c.code.clone(),
                title: c.title.clone(),
                sections,
            }
        })
        .collect()
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    consultation: Consultation,
    values: FormValues,
    errors: ValidationErrors,
    shown: (String, i64, String),
    comment_id: Option<i64>,
) -> AppResult<Response> {
    let plan = state.db.plan(consultation.plan_id).await?.ok_or(AppError::NotFound)?;
    let comments = visible(state.db.consultation_comments(consultation.id).await?, ctx.user.as_ref().map(|u| u.id));
    let today = state.clock.now().date();
    let page = Page::new(state, ctx, "consultation-title");
    let page = Page { title: format!("{} · {}", page.title, page.plain(&plan.title)), ..page };
    let (mut shown, mut shown_page, open_code) = shown;
    if let Some(id) = comment_id {
        if let Some(c) = comments.iter().find(|c| c.id == id) {
            let here: Vec<Contribution> = comments.iter().filter(|x| x.target == c.target).cloned().collect();
            let here = threads(&here);
            if let Some(position) = here.iter().position(|t| t.comment.id == id || t.replies.iter().any(|r| r.id == id))
            {
                shown = c.target.clone();
                shown_page = Pager::holding(here.len() as i64, THREADS_PER_PAGE, position as i64).page;
            }
        }
    }
    let focus = [values.get("target"), shown.as_str(), open_code.as_str()]
        .into_iter()
        .find(|t| !t.is_empty())
        .unwrap_or_default()
        .to_string();
    let blocks = reading_blocks(&page, &consultation, &comments, &focus);
    let places = places(&page, &consultation, ctx.locale);
    let mut grouped: HashMap<String, Vec<Contribution>> = HashMap::new();
    let comment_total = comments.len();
    for c in comments {
        grouped.entry(c.target.clone()).or_default().push(c);
    }
    let by_place = grouped
        .into_iter()
        .map(|(target, here)| (target, Place { comments: here.len(), threads: threads(&here) }))
        .collect();
    let mut values = values;
    if values.get("idempotency_key").is_empty() {
        values.set("idempotency_key", form_key());
    }
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let (open, closed) = (consultation.is_open(today), consultation.has_closed(today));
    render_status(
        status,
        &ShowView {
            page,
            plan,
            consultation,
            blocks,
            comment_total,
            by_place,
            places,
            open,
            closed,
            shown,
            shown_page,
            comment_id,
            values,
            errors,
        },
    )
}

/// The frozen draft, paragraph by paragraph, with the comments on each place.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    At(consultation): At<domain::consultation::Consultation>,
    Query(chosen): Query<Chosen>,
) -> AppResult<Response> {
    let mut values = FormValues::default();
    values.set("target", chosen.target);
    let shown = (chosen.show, crate::pager::requested(chosen.cpage.as_deref()), chosen.open);
    let comment = chosen.comment.and_then(|c| c.parse().ok());
    view(&state, &ctx, consultation, values, ValidationErrors::new(), shown, comment).await
}

/// A comment on a place of the frozen draft, or a reply to a comment, while it is open.
pub async fn comment(
    State(state): State<AppState>,
    ctx: Ctx,
    At(consultation): At<domain::consultation::Consultation>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let values = FormValues(pairs);
    let author = contributor(&state, &ctx, values.get("idempotency_key")).await?;
    if let Err(code) = consultation.check_open(state.clock.now().date()) {
        let mut errors = ValidationErrors::new();
        errors.add("body", code);
        return view(&state, &ctx, consultation, values, errors, Default::default(), None).await;
    }
    let parent = match values.get("parent_id").trim() {
        "" => None,
        raw => match raw.parse::<i64>() {
            Ok(id) => state.db.contribution(id).await?.filter(|p| !p.is_hidden() && !p.pending),
            Err(_) => None,
        },
    };
    if !values.get("parent_id").trim().is_empty() && parent.is_none() {
        let mut errors = ValidationErrors::new();
        errors.add("parent_id", "reply-unknown");
        return view(&state, &ctx, consultation, values, errors, Default::default(), None).await;
    }
    let input = match ContributionInput::consultation_comment(
        &consultation,
        values.get("target"),
        parent.as_ref(),
        values.get("body"),
        values.get("website"),
    ) {
        Ok(input) => input,
        Err(errors) => return view(&state, &ctx, consultation, values, errors, Default::default(), None).await,
    };
    match store_contribution(&state, &input, author, values.get("idempotency_key")).await {
        Ok((new, notice)) => {
            let at = format!("/{}/consultations/{}", ctx.locale.code(), consultation.id);
            Ok(see_other(&format!("{at}?notice={notice}&comment={new}#c-{new}")))
        }
        Err(err) => view(&state, &ctx, consultation, values, refused(err)?, Default::default(), None).await,
    }
}
