use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::consultation::{Gender, Profile, Sector};
use domain::contribution::Contribution;
use domain::permissions::Action;
use domain::validation::ValidationErrors;

use crate::context::Ctx;
use crate::error::AppResult;
use crate::forms::{CsrfForm, FormValues};
use crate::state::AppState;
use crate::views::{render_status, Page};

#[derive(Template)]
#[template(path = "accounts/contributions.html")]
struct ContributionsView {
    page: Page,
    contributions: Vec<Contribution>,
    values: FormValues,
    errors: ValidationErrors,
}

impl ContributionsView {
    fn sectors(&self) -> Vec<(String, String)> {
        Sector::ALL.iter().map(|s| (s.code().to_string(), self.page.label("sector", s.code()))).collect()
    }
    fn genders(&self) -> Vec<(String, String)> {
        Gender::ALL.iter().map(|g| (g.code().to_string(), self.page.label("gender", g.code()))).collect()
    }
    /// Where the contribution can be read in public.
    fn link(&self, c: &Contribution) -> String {
        match (c.consultation_id, c.parent_id) {
            (Some(consultation), _) => self.page.href(&format!("/consultations/{consultation}#c-{}", c.id)),
            (None, Some(proposal)) => self.page.href(&format!("/proposals/{proposal}#comments")),
            (None, None) => self.page.href(&format!("/proposals/{}", c.id)),
        }
    }
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    values: Option<FormValues>,
    errors: ValidationErrors,
) -> AppResult<Response> {
    let user = ctx.require(Action::ViewOwnAccount)?;
    let contributions = state.db.contributions_of_author(user.id).await?;
    let values = match values {
        Some(values) => values,
        None => {
            let profile = state.db.profile(user.id).await?;
            let mut values = FormValues::default();
            values.set("sector", profile.sector.map(|s| s.code()).unwrap_or(""));
            values.set("gender", profile.gender.map(|g| g.code()).unwrap_or(""));
            values.set("region", profile.region);
            values
        }
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = Page::new(state, ctx, "my-contributions-title");
    render_status(status, &ContributionsView { page, contributions, values, errors })
}

/// "What happened to my input": everything the participant contributed, with the state of
/// each and the response once published; and their voluntary profile.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    view(&state, &ctx, None, ValidationErrors::new()).await
}

/// Saves the voluntary profile (sector, gender, region); every field may stay empty.
pub async fn save_profile(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let user = ctx.require(Action::ViewOwnAccount)?;
    let values = FormValues(pairs);
    match Profile::parse(values.get("sector"), values.get("gender"), values.get("region")) {
        Ok(profile) => {
            state.db.save_profile(user.id, &profile, state.now()).await?;
            Ok(ctx.see_other("/account/contributions?notice=saved#profile"))
        }
        Err(errors) => view(&state, &ctx, Some(values), errors).await,
    }
}
