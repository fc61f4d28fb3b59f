use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::forum::{Body, BodyKind, Person, SeatRole};
use domain::permissions::Action;
use domain::validation::ValidationErrors;

use super::body_values;
use crate::actions::{keep_forum, Actor};
use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::forms::{CsrfForm, FormValues};
use crate::presenters::theme_options;
use crate::presenters::{member_lines, MemberLine};
use crate::state::AppState;
use crate::views::{render_status, Page};

#[derive(Template)]
#[template(path = "admin/forum/body.html")]
struct BodyView {
    page: Page,
    body: Body,
    values: FormValues,
    errors: ValidationErrors,
    member_values: FormValues,
    member_errors: ValidationErrors,
    members: Vec<MemberLine>,
    kinds: Vec<(String, String)>,
    parents: Vec<(String, String)>,
    themes: Vec<(String, String)>,
    seats: Vec<(String, String)>,
    people: Vec<(String, String)>,
    institutions: Vec<(String, String)>,
    today: String,
}

/// Renders the body page with either form's values and errors.
pub(crate) async fn view(
    state: &AppState,
    ctx: &Ctx,
    body: Body,
    body_form: Option<(FormValues, ValidationErrors)>,
    member_form: Option<(FormValues, ValidationErrors)>,
) -> AppResult<Response> {
    let page = Page::new(state, ctx, "admin-forum-title");
    let page = {
        let title = page.plain(&body.name);
        page.titled(title)
    };
    let bodies = state.db.list_bodies().await?;
    let people: Vec<Person> = state.db.list_people().await?;
    let institutions = state.db.list_institutions().await?;
    let members = member_lines(state.db.memberships_of_body(body.id).await?, &people, &institutions);
    let failed = body_form.as_ref().is_some_and(|(_, e)| !e.is_empty())
        || member_form.as_ref().is_some_and(|(_, e)| !e.is_empty());
    let (values, errors) = body_form.unwrap_or_else(|| (body_values(&body), ValidationErrors::new()));
    let today = crate::views::iso_date(Some(state.clock.now().date()));
    let (member_values, member_errors) = member_form.unwrap_or_else(|| {
        let mut v = FormValues::default();
        v.set("role", SeatRole::Member.code());
        v.set("starts_on", today.clone());
        (v, ValidationErrors::new())
    });
    let mut institution_options: Vec<(String, String)> =
        institutions.iter().map(|i| (i.id.to_string(), page.plain(&i.name))).collect();
    institution_options.sort_by_key(|(_, name)| name.to_lowercase());
    let view = BodyView {
        kinds: BodyKind::ALL.iter().map(|k| (k.code().to_string(), page.label("body-kind", k.code()))).collect(),
        parents: bodies.iter().filter(|b| b.id != body.id).map(|b| (b.id.to_string(), page.plain(&b.name))).collect(),
        themes: theme_options(state, &page).await?,
        seats: SeatRole::ALL.iter().map(|r| (r.code().to_string(), page.label("seat", r.code()))).collect(),
        people: people.iter().map(|p| (p.id.to_string(), p.name.clone())).collect(),
        institutions: institution_options,
        page,
        body,
        values,
        errors,
        member_values,
        member_errors,
        members,
        today,
    };
    let status = if failed { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    render_status(status, &view)
}

/// A body's settings and its members, with the forms that change them.
pub async fn show(State(state): State<AppState>, ctx: Ctx, At(body): At<domain::forum::Body>) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageForum)?;
    view(&state, &ctx, body, None, None).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    At(body): At<domain::forum::Body>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let values = FormValues(pairs);
    match keep_forum::update_body(&state, Actor::of(&ctx), &body, &values).await {
        Ok(()) => Ok(ctx.see_other(&format!("/admin/forum/{}?notice=saved", body.id))),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            view(&state, &ctx, body, Some((values, errors)), None).await
        }
    }
}
