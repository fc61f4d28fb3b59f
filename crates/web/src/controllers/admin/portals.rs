//! The register of the country's other open government portals, kept by the secretariat,
//! and the links from a commitment to them.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::portal::{Portal, PortalKind};
use domain::validation::ValidationErrors;

use crate::actions::{link_portal, Actor};
use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::forms::{CsrfForm, Empty, FormValues, Path};
use crate::state::AppState;
use crate::views::{render_status, Page};

fn require_secretariat(ctx: &Ctx) -> AppResult<()> {
    require(&ctx.principal, link_portal::KEEPS_PORTALS)
}

#[derive(Template)]
#[template(path = "admin/portals/index.html")]
struct PortalsAdminView {
    page: Page,
    portals: Vec<Portal>,
    editing: Option<i64>,
    values: FormValues,
    errors: ValidationErrors,
    checks_on: bool,
    today: time::Date,
}

impl PortalsAdminView {
    fn kinds(&self) -> Vec<(String, String)> {
        PortalKind::ALL.iter().map(|k| (k.code().to_string(), self.page.label("portal-kind", k.code()))).collect()
    }
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    editing: Option<i64>,
    values: FormValues,
    errors: ValidationErrors,
) -> AppResult<Response> {
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let view = PortalsAdminView {
        page: Page::new(state, ctx, "admin-portals-title"),
        portals: state.db.list_portals().await?,
        editing,
        values,
        errors,
        checks_on: state.config.portal_checks,
        today: state.clock.now().date(),
    };
    render_status(status, &view)
}

pub async fn index(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require_secretariat(&ctx)?;
    view(&state, &ctx, None, FormValues::default(), ValidationErrors::new()).await
}

/// The form filled with a portal, to correct it.
pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    At(portal): At<domain::portal::Portal>,
) -> AppResult<Response> {
    require_secretariat(&ctx)?;
    let mut values = FormValues::default();
    values.set("kind", portal.kind.code());
    values.set_localized("name", &portal.name);
    values.set_localized("description", &portal.description);
    values.set("url", portal.url.clone());
    values.set("feed_url", portal.feed_url.clone().unwrap_or_default());
    view(&state, &ctx, Some(portal.id), values, ValidationErrors::new()).await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let values = FormValues(pairs);
    match link_portal::create(&state, Actor::of(&ctx), &values).await {
        Ok(_) => Ok(ctx.see_other("/admin/portals?notice=created")),
        Err(refused) => view(&state, &ctx, None, values, refused.into_form_errors()?).await,
    }
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let values = FormValues(pairs);
    match link_portal::update(&state, Actor::of(&ctx), id, &values).await {
        Ok(()) => Ok(ctx.see_other("/admin/portals?notice=saved")),
        Err(refused) => view(&state, &ctx, Some(id), values, refused.into_form_errors()?).await,
    }
}

pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(Empty {}): CsrfForm<Empty>,
) -> AppResult<Response> {
    link_portal::delete(&state, Actor::of(&ctx), id).await?;
    Ok(ctx.see_other("/admin/portals?notice=deleted"))
}

/// Checks one portal now, when this server is allowed to contact other sites.
pub async fn check_now(
    State(state): State<AppState>,
    ctx: Ctx,
    At(portal): At<domain::portal::Portal>,
    CsrfForm(Empty {}): CsrfForm<Empty>,
) -> AppResult<Response> {
    if link_portal::check_now(&state, Actor::of(&ctx), &portal).await? {
        Ok(ctx.see_other("/admin/portals?notice=saved"))
    } else {
        // A form kept open from before the checks were turned off: say so instead of a bare 403.
        Ok(ctx.see_other("/admin/portals?notice=checks-off"))
    }
}

/// Sets the portals a commitment links to (checkboxes on the commitment's page).
pub async fn link_commitment(
    State(state): State<AppState>,
    ctx: Ctx,
    At(commitment): At<domain::commitment::Commitment>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let portals = FormValues(pairs).all("portal");
    link_portal::link_commitment(&state, Actor::of(&ctx), commitment.id, &portals).await?;
    Ok(ctx.see_other(&format!("/commitments/{}?notice=saved#portals", commitment.code)))
}
