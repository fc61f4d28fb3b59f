//! The pages a state's portal owes its readers: legal notice, contact, accessibility
//! statement and privacy notice, in the four languages, linked from every page's footer.
//! Their words are in the Fluent files; the instance fills in who publishes it (the issuing
//! authority, `[identity]` in `sharaka.toml`) and how to reach the secretariat.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{render, Page};

/// One of the four pages: `legal`, `contact`, `accessibility` or `privacy`.
#[derive(Template)]
#[template(path = "pages/institutional.html")]
struct InstitutionalView {
    page: Page,
    kind: &'static str,
    /// The paragraphs of the page, already filled in.
    paragraphs: Vec<String>,
    authority: String,
    contact_email: String,
    contact_address: String,
}

/// How many paragraphs (`page-{kind}-p1` …) each page has in the Fluent files.
fn paragraph_count(kind: &str) -> usize {
    match kind {
        "legal" => 4,
        "contact" => 2,
        "accessibility" => 4,
        _ => 6,
    }
}

async fn show(state: &AppState, ctx: &Ctx, kind: &'static str) -> AppResult<Response> {
    let page = Page::new(state, ctx, &format!("page-{kind}-title"));
    let identity = &state.config.identity;
    let authority = page.authority_or_default();
    let contact_email = identity.contact_email.clone();
    let contact_address = identity.contact_address.clone();
    let args = [
        ("authority", authority.as_str()),
        ("email", contact_email.as_str()),
        ("address", contact_address.as_str()),
        ("min_days", &state.config.consultation_min_days.to_string()),
    ]
    .map(|(k, v)| (k, v.to_string()));
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let paragraphs = (1..=paragraph_count(kind))
        .map(|n| state.i18n.t_args(ctx.locale, &format!("page-{kind}-p{n}"), &args))
        .collect();
    render(&InstitutionalView { page, kind, paragraphs, authority, contact_email, contact_address })
}

pub async fn legal(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    show(&state, &ctx, "legal").await
}

pub async fn contact(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    show(&state, &ctx, "contact").await
}

pub async fn accessibility(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    show(&state, &ctx, "accessibility").await
}

pub async fn privacy(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    show(&state, &ctx, "privacy").await
}
