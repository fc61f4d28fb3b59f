use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::commitment::Theme;
use domain::contribution::{open_for_proposals, Contribution, ContributionInput};
use domain::permissions::Action;
use domain::plan::Plan;
use domain::validation::ValidationErrors;
use serde::Deserialize;

use crate::actions::contribute::{contributor, form_key, store_contribution};
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::{At, Named};
use crate::forms::{refused, CsrfForm, FormValues, Query};
use crate::pager::{self, Pager};
use crate::state::AppState;
use crate::views::{render_status, Page};

#[derive(Template)]
#[template(path = "proposals/show.html")]
struct ShowView {
    page: Page,
    plan: Plan,
    theme: Option<Theme>,
    proposal: Contribution,
    /// The meeting an input was recorded from.
    meeting: Option<domain::forum::Meeting>,
    /// The page of the discussion shown.
    comments: Vec<Contribution>,
    pager: Pager,
    pager_base: String,
    pager_anchor: &'static str,
    open: bool,
    supported: bool,
    /// The reader wrote it (and so may not support it).
    own: bool,
    values: FormValues,
    errors: ValidationErrors,
}

/// Comments shown per page of a discussion.
const COMMENTS_PER_PAGE: i64 = 50;

/// Which page of the discussion to show.
enum CommentsAt {
    Page(i64),
    /// The page holding this comment (a link from search, a notice after posting).
    Comment(i64),
    /// Where the form is: a comment sent back with a mistake is about to land there.
    Last,
}

#[derive(Deserialize, Default)]
pub struct ShowParams {
    page: Option<String>,
    comment: Option<String>,
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    proposal: Contribution,
    at: CommentsAt,
    values: FormValues,
    errors: ValidationErrors,
) -> AppResult<Response> {
    let plan = state.db.plan(proposal.plan_id).await?.ok_or(AppError::NotFound)?;
    let theme = state.db.themes_of(plan.id).await?.into_iter().find(|t| Some(t.id) == proposal.theme_id);
    let viewer = ctx.user.as_ref().map(|u| u.id);
    // The count first, so a page past the end shows the last.
    let total = state.db.count_comments(proposal.id, viewer).await?;
    let pager = match at {
        CommentsAt::Page(n) => Pager::new(total, COMMENTS_PER_PAGE, n),
        CommentsAt::Comment(id) => match state.db.comments_before(proposal.id, viewer, id).await? {
            Some(before) => Pager::holding(total, COMMENTS_PER_PAGE, before),
            None => Pager::new(total, COMMENTS_PER_PAGE, 1),
        },
        CommentsAt::Last => Pager::last(total, COMMENTS_PER_PAGE),
    };
    let comments = state.db.comments_page(proposal.id, viewer, pager.offset(), pager.per_page()).await?;
    let meeting = match proposal.meeting_id {
        Some(id) => state.db.meeting(id).await?,
        None => None,
    };
    let open = open_for_proposals(&plan, state.clock.now().date()).is_ok();
    let supported = match &ctx.user {
        Some(user) => state.db.supports_of_user(user.id).await?.contains(&proposal.id),
        None => false,
    };
    let own = ctx.user.as_ref().is_some_and(|u| u.id == proposal.author_id);
    let mut values = values;
    if values.get("idempotency_key").is_empty() {
        values.set("idempotency_key", form_key());
    }
    let page = Page::new(state, ctx, "proposals-title").titled(proposal.title.clone());
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let pager_base = page.href(&format!("/proposals/{}", proposal.id));
    render_status(
        status,
        &ShowView {
            page,
            plan,
            theme,
            proposal,
            meeting,
            comments,
            pager,
            pager_base,
            pager_anchor: "comments",
            open,
            supported,
            own,
            values,
            errors,
        },
    )
}

/// A proposal: a contribution that is an idea for the plan (`/proposals/{id}` names no comment).
pub struct Proposal(pub Contribution);

impl Named for Proposal {
    async fn named(state: &AppState, key: &str) -> AppResult<Option<Self>> {
        let contribution = Contribution::named(state, key).await?;
        Ok(contribution.filter(|c| ContributionInput::is_idea(c.kind)).map(Proposal))
    }
}

/// One proposal with its supporters' count, its comments and its response once published.
/// One held for moderation is visible to its author only.
/// Its discussion is shown a page at a time, oldest first.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    At(Proposal(proposal)): At<Proposal>,
    Query(params): Query<ShowParams>,
) -> AppResult<Response> {
    if proposal.pending && ctx.user.as_ref().map(|u| u.id) != Some(proposal.author_id) {
        return Err(AppError::NotFound);
    }
    let at = match params.comment.as_deref().and_then(|c| c.trim().parse::<i64>().ok()) {
        Some(comment) => CommentsAt::Comment(comment),
        None => CommentsAt::Page(pager::requested(params.page.as_deref())),
    };
    view(&state, &ctx, proposal, at, FormValues::default(), ValidationErrors::new()).await
}

/// Comments on a proposal while co-creation is under way.
pub async fn comment(
    State(state): State<AppState>,
    ctx: Ctx,
    At(Proposal(proposal)): At<Proposal>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let values = FormValues(pairs);
    let author = contributor(&state, &ctx, values.get("idempotency_key")).await?;
    let plan = state.db.plan(proposal.plan_id).await?.ok_or(AppError::NotFound)?;
    if let Err(code) = open_for_proposals(&plan, state.clock.now().date()) {
        let mut errors = ValidationErrors::new();
        errors.add("body", code);
        return view(&state, &ctx, proposal, CommentsAt::Last, values, errors).await;
    }
    let input = match ContributionInput::comment(&proposal, values.get("body"), values.get("website")) {
        Ok(input) => input,
        Err(errors) => return view(&state, &ctx, proposal, CommentsAt::Last, values, errors).await,
    };
    match store_contribution(&state, &input, author, values.get("idempotency_key")).await {
        Ok((new, notice)) => {
            Ok(ctx.see_other(&format!("/proposals/{}?notice={notice}&comment={new}#c-{new}", proposal.id)))
        }
        Err(err) => view(&state, &ctx, proposal, CommentsAt::Last, values, refused(err)?).await,
    }
}

/// Supports a proposal (once per participant) while co-creation is under way.
pub async fn support(
    State(state): State<AppState>,
    ctx: Ctx,
    At(Proposal(proposal)): At<Proposal>,
    CsrfForm(_pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let user = ctx.require(Action::Participate)?;
    let plan = state.db.plan(proposal.plan_id).await?.ok_or(AppError::NotFound)?;
    let allowed = open_for_proposals(&plan, state.clock.now().date())
        .and_then(|()| domain::contribution::may_support(&proposal, user.id));
    if let Err(code) = allowed {
        let mut errors = ValidationErrors::new();
        errors.add("support", code);
        return view(&state, &ctx, proposal, CommentsAt::Page(1), FormValues::default(), errors).await;
    }
    state.db.support(proposal.id, user.id, state.now()).await?;
    Ok(ctx.see_other(&format!("/proposals/{}?notice=saved", proposal.id)))
}
