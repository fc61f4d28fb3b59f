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

use super::{places, section_label, shown_text, target_label, threads, visible, Thread};
use crate::context::Ctx;
use crate::controllers::admin::users::show::parse_id;
use crate::controllers::proposals::{contributor, form_key, store_contribution};
use crate::controllers::see_other;
use crate::error::{AppError, AppResult};
use crate::forms::{refused, CsrfForm, FormValues, Path, Query};
use crate::state::AppState;
use crate::views::{render_status, Page};

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
}

#[derive(Template)]
#[template(path = "consultations/show.html")]
struct ShowView {
    page: Page,
    plan: Plan,
    consultation: Consultation,
    blocks: Vec<CommitmentBlock>,
    comments: Vec<Contribution>,
    places: Vec<(String, String)>,
    open: bool,
    closed: bool,
    values: FormValues,
    errors: ValidationErrors,
}

impl ShowView {
    fn threads_on(&self, target: &str) -> Vec<Thread> {
        let here: Vec<Contribution> = self.comments.iter().filter(|c| c.target == target).cloned().collect();
        threads(&here)
    }
    fn count_on(&self, target: &str) -> usize {
        self.comments.iter().filter(|c| c.target == target).count()
    }
    fn place_of(&self, target: &str) -> String {
        target_label(&self.page, &self.consultation, target)
    }
    /// The form's chosen place: the one submitted, else the one the reader clicked.
    fn chosen(&self) -> &str {
        self.values.get("target")
    }
}

#[derive(Deserialize, Default)]
pub struct Chosen {
    #[serde(default)]
    target: String,
}

fn reading_blocks(page: &Page, consultation: &Consultation) -> Vec<CommitmentBlock> {
    consultation
        .snapshot
        .commitments
        .iter()
        .map(|c| CommitmentBlock {
            code: c.code.clone(),
            title: c.title.clone(),
            sections: c
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
                                    anchor: format!("p-{}", target.replace('/', "-")),
                                    target,
                                }
                            })
                            .collect(),
                        target,
                    }
                })
                .collect(),
        })
        .collect()
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    consultation: Consultation,
    values: FormValues,
    errors: ValidationErrors,
) -> AppResult<Response> {
    let plan = state.db.plan(consultation.plan_id).await?.ok_or(AppError::NotFound)?;
    let comments = visible(state.db.consultation_comments(consultation.id).await?, ctx.user.as_ref().map(|u| u.id));
    let today = state.clock.now().date();
    let page = Page::new(state, ctx, "consultation-title");
    let page = Page { title: format!("{} · {}", page.title, page.plain(&plan.title)), ..page };
    let blocks = reading_blocks(&page, &consultation);
    let places = places(&page, &consultation, ctx.locale);
    let mut values = values;
    if values.get("idempotency_key").is_empty() {
        values.set("idempotency_key", form_key());
    }
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let (open, closed) = (consultation.is_open(today), consultation.has_closed(today));
    render_status(
        status,
        &ShowView { page, plan, consultation, blocks, comments, places, open, closed, values, errors },
    )
}

pub(crate) async fn load(state: &AppState, id: &str) -> AppResult<Consultation> {
    state.db.consultation(parse_id(id)?).await?.ok_or(AppError::NotFound)
}

/// The frozen draft, paragraph by paragraph, with the comments on each place.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(chosen): Query<Chosen>,
) -> AppResult<Response> {
    let consultation = load(&state, &id).await?;
    let mut values = FormValues::default();
    values.set("target", chosen.target);
    view(&state, &ctx, consultation, values, ValidationErrors::new()).await
}

/// A comment on a place of the frozen draft, or a reply to a comment, while it is open.
pub async fn comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let consultation = load(&state, &id).await?;
    let values = FormValues(pairs);
    let author = contributor(&state, &ctx, values.get("idempotency_key")).await?;
    if let Err(code) = consultation.check_open(state.clock.now().date()) {
        let mut errors = ValidationErrors::new();
        errors.add("body", code);
        return view(&state, &ctx, consultation, values, errors).await;
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
        return view(&state, &ctx, consultation, values, errors).await;
    }
    let input = match ContributionInput::consultation_comment(
        &consultation,
        values.get("target"),
        parent.as_ref(),
        values.get("body"),
        values.get("website"),
    ) {
        Ok(input) => input,
        Err(errors) => return view(&state, &ctx, consultation, values, errors).await,
    };
    match store_contribution(&state, &input, author, values.get("idempotency_key")).await {
        Ok((new, notice)) => {
            Ok(see_other(&format!("/{}/consultations/{}?notice={notice}#c-{new}", ctx.locale.code(), consultation.id)))
        }
        Err(err) => view(&state, &ctx, consultation, values, refused(err)?).await,
    }
}
