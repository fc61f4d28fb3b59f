use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::forum::Person;
use domain::permissions::Action;
use domain::validation::ValidationErrors;

use crate::actions::{keep_forum, Actor};
use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::forms::{CsrfForm, FormValues};
use crate::state::AppState;
use crate::views::{render_status, Page};

#[derive(Template)]
#[template(path = "admin/forum/person.html")]
struct PersonView {
    page: Page,
    person: Person,
    values: FormValues,
    errors: ValidationErrors,
}

fn view(
    state: &AppState,
    ctx: &Ctx,
    person: Person,
    values: FormValues,
    errors: ValidationErrors,
) -> AppResult<Response> {
    let page = Page::new(state, ctx, "admin-person-edit");
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render_status(status, &PersonView { page, person, values, errors })
}

/// Corrects a person of the register: name, address and whether the address is public.
pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    At(person): At<domain::forum::Person>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageForum)?;
    let mut values = FormValues::default();
    values.set("person_name", &person.name);
    values.set("person_email", person.email.clone().unwrap_or_default());
    if person.email_public {
        values.set("email_public", "on");
    }
    view(&state, &ctx, person, values, ValidationErrors::new())
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    At(person): At<domain::forum::Person>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let values = FormValues(pairs);
    match keep_forum::update_person(&state, Actor::of(&ctx), &person, &values).await {
        Ok(()) => Ok(ctx.see_other(&format!("/admin/people/{}?notice=saved", person.id))),
        Err(refused) => view(&state, &ctx, person, values, refused.into_form_errors()?),
    }
}
