use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::plan::Plan;
use domain::Localized;
use serde::Deserialize;

use crate::context::Ctx;
use crate::error::AppResult;
use crate::forms::Query;
use crate::search::{ensure_fresh, snippet, Piece};
use crate::state::AppState;
use crate::views::{render, Page};

/// The kinds of results, in the filter's order.
const KINDS: [&str; 7] = ["plan", "commitment", "milestone", "meeting", "document", "news", "comment"];
/// At most this many characters of a query are read.
const MAX_QUERY_CHARS: usize = 200;

pub struct Hit {
    pub kind: &'static str,
    pub path: String,
    pub title: Localized,
    pub snippet: Vec<Piece>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchView {
    page: Page,
    query: String,
    kind: String,
    plan: String,
    plans: Vec<Plan>,
    hits: Vec<Hit>,
    searched: bool,
}

impl SearchView {
    fn kinds(&self) -> [&'static str; 7] {
        KINDS
    }
}

#[derive(Deserialize, Default)]
pub struct Params {
    #[serde(default)]
    q: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    plan: String,
}

/// One search box over plans, commitments, milestones, meetings, documents and public
/// comments, with filters by kind and plan and the matching words highlighted.
pub async fn search(State(state): State<AppState>, ctx: Ctx, Query(params): Query<Params>) -> AppResult<Response> {
    let query: String = params.q.chars().take(MAX_QUERY_CHARS).collect();
    let kind = KINDS.iter().copied().find(|k| *k == params.kind);
    let plans = state.db.list_plans().await?;
    let plan = plans.iter().find(|p| p.slug == params.plan).map(|p| p.id);
    let terms = domain::text::search_terms(&query);
    let mut hits = vec![];
    if !terms.is_empty() {
        ensure_fresh(&state).await?;
        for e in state.db.search(&terms, kind, plan, 50).await? {
            let kind = KINDS.iter().copied().find(|k| *k == e.kind).unwrap_or("plan");
            let title = Localized::from_json(&e.title).unwrap_or_default();
            let body = if e.body.trim().is_empty() { String::new() } else { e.body.clone() };
            hits.push(Hit { kind, path: e.path, title, snippet: snippet(&body, &query, 240) });
        }
    }
    let page = Page::new(&state, &ctx, "search-title");
    render(&SearchView {
        page,
        searched: !terms.is_empty(),
        query,
        kind: kind.unwrap_or_default().to_string(),
        plan: params.plan,
        plans,
        hits,
    })
}
