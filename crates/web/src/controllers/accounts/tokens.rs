use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::institution::Institution;
use domain::permissions::{Action, Role, Scope};
use domain::validation::ValidationErrors;
use store::ApiToken;

use crate::auth::sessions::token_hash;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::forms::{CsrfForm, FormValues, Path};
use crate::state::AppState;
use crate::views::{render_status, Page};

#[derive(Template)]
#[template(path = "accounts/tokens.html")]
struct TokensView {
    page: Page,
    tokens: Vec<ApiToken>,
    /// The institutions the user reports for: a token acts for one of them.
    institutions: Vec<Institution>,
    /// A token just created, shown once.
    created: Option<String>,
    values: FormValues,
    errors: ValidationErrors,
}

impl TokensView {
    fn institution_name(&self, id: &i64) -> String {
        self.institutions.iter().find(|i| i.id == *id).map(|i| self.page.plain(&i.name)).unwrap_or_default()
    }
    fn options(&self) -> Vec<(String, String)> {
        self.institutions.iter().map(|i| (i.id.to_string(), self.page.plain(&i.name))).collect()
    }
}

/// The institutions a user holds the implementer role for.
fn reporting_for(ctx: &Ctx, all: Vec<Institution>) -> Vec<Institution> {
    let Some(user) = &ctx.user else { return vec![] };
    let ids: Vec<i64> = user
        .grants
        .iter()
        .filter_map(|g| match (g.role, g.scope) {
            (Role::Implementer, Scope::Institution(id)) => Some(id),
            _ => None,
        })
        .collect();
    all.into_iter().filter(|i| ids.contains(&i.id)).collect()
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    created: Option<String>,
    values: FormValues,
    errors: ValidationErrors,
) -> AppResult<Response> {
    let user = ctx.require(Action::ViewOwnAccount)?;
    let tokens = state.db.api_tokens_of(user.id).await?;
    let institutions = reporting_for(ctx, state.db.list_institutions().await?);
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = Page::new(state, ctx, "tokens-title");
    render_status(status, &TokensView { page, tokens, institutions, created, values, errors })
}

/// Personal API tokens: create one for an institution the user reports for, revoke any.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    view(&state, &ctx, None, FormValues::default(), ValidationErrors::new()).await
}

/// Creates a token and shows it once; only its SHA-256 is kept.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let user = ctx.require(Action::ViewOwnAccount)?;
    let values = FormValues(pairs);
    let mut errors = ValidationErrors::new();
    let name = values.get("name").trim();
    if name.is_empty() || name.chars().count() > 80 {
        errors.add("name", "token-name-required");
    }
    let institutions = reporting_for(&ctx, state.db.list_institutions().await?);
    let institution =
        values.get("institution_id").parse::<i64>().ok().filter(|id| institutions.iter().any(|i| i.id == *id));
    if institution.is_none() {
        errors.add("institution_id", "token-institution-invalid");
    }
    let Some(institution) = institution.filter(|_| errors.is_empty()) else {
        return view(&state, &ctx, None, values, errors).await;
    };
    let token = format!("shk_{}", store::random_token());
    state.db.create_api_token(user.id, name, &token_hash(&token), institution, state.now()).await?;
    view(&state, &ctx, Some(token), FormValues::default(), ValidationErrors::new()).await
}

/// Revokes one of the user's tokens at once.
pub async fn revoke(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let user = ctx.require(Action::ViewOwnAccount)?;
    if !state.db.revoke_api_token(user.id, id, state.now()).await? {
        return Err(AppError::NotFound);
    }
    Ok(ctx.see_other("/account/tokens?notice=saved"))
}
