//! `/{lang}/portals`: the country's other open government portals, with whether each is up
//! and still publishing.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::portal::{Portal, PortalKind};

use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{render, Page};

pub struct KindGroup {
    pub kind: PortalKind,
    pub portals: Vec<Portal>,
}

#[derive(Template)]
#[template(path = "portals/index.html")]
struct PortalsView {
    page: Page,
    groups: Vec<KindGroup>,
    stale: usize,
    checks_on: bool,
    today: time::Date,
}

pub async fn index(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let today = state.clock.now().date();
    let portals = state.db.list_portals().await?;
    let stale = portals
        .iter()
        .filter(|p| {
            matches!(p.freshness(today), domain::portal::Freshness::Stale { .. } | domain::portal::Freshness::Down)
        })
        .count();
    // The store lists portals by kind already; group consecutive ones.
    let mut groups: Vec<KindGroup> = vec![];
    for portal in portals {
        match groups.last_mut() {
            Some(group) if group.kind == portal.kind => group.portals.push(portal),
            _ => groups.push(KindGroup { kind: portal.kind, portals: vec![portal] }),
        }
    }
    render(&PortalsView {
        page: Page::new(&state, &ctx, "portals-title"),
        groups,
        stale,
        checks_on: state.config.portal_checks,
        today,
    })
}
