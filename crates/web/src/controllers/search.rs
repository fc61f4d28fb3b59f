use askama::Template;
use axum::extract::State;
use axum::response::Response;
use std::collections::HashSet;

use domain::commitment::{CommitmentStatus, MilestoneStatus, Theme};
use domain::institution::Institution;
use domain::plan::Plan;
use domain::Localized;
use serde::Deserialize;

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::forms::Query;
use crate::search::{ensure_fresh, snippet_of, Piece};
use crate::state::AppState;
use crate::views::{render, Page};
use store::SearchFilters;

/// The kinds of results, in the filter's order.
const KINDS: [&str; 11] = [
    "plan",
    "theme",
    "commitment",
    "milestone",
    "institution",
    "body",
    "member",
    "meeting",
    "document",
    "news",
    "comment",
];
/// At most this many characters of a query are read.
const MAX_QUERY_CHARS: usize = 200;
/// Hits a page shows: about five screens of a phone. Each is a snippet cut from its body,
/// the largest part of a search's time (bench/results/2026-12-07-search-partial.md).
const PER_PAGE: usize = 20;
/// Pages a search offers; beyond, more words narrow it better than reading on.
const MAX_PAGES: usize = 5;

pub struct Hit {
    pub kind: &'static str,
    pub path: String,
    pub title: Localized,
    pub snippet: Vec<Piece>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchView<'a> {
    page: Page,
    query: String,
    kind: String,
    plan: String,
    theme: String,
    institution: String,
    status: String,
    plans: &'a [Plan],
    /// Themes with their plan, for the theme filter.
    themes: &'a [(Plan, Vec<Theme>)],
    institutions: Vec<Institution>,
    hits: Vec<Hit>,
    /// This page's number (from 1), whether another follows, and the address of the search
    /// without its page, for the links between pages.
    page_number: usize,
    /// The number of this page's first hit.
    first: usize,
    more: bool,
    again: String,
    searched: bool,
    /// Something was typed, but no word: only punctuation, operators or invisible marks.
    no_words: bool,
}

impl SearchView<'_> {
    fn kinds(&self) -> [&'static str; 11] {
        KINDS
    }
    fn commitment_statuses(&self) -> Vec<&'static str> {
        CommitmentStatus::ALL.iter().map(|s| s.code()).collect()
    }
    /// Whether a filter is set: the filters then show open (on a phone they fold away below
    /// the search box, so the results come first).
    fn filtered(&self) -> bool {
        [&self.kind, &self.plan, &self.theme, &self.institution, &self.status].iter().any(|f| !f.is_empty())
    }
    fn milestone_statuses(&self) -> Vec<&'static str> {
        MilestoneStatus::ALL.iter().map(|s| s.code()).collect()
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
    #[serde(default)]
    theme: String,
    /// An institution's slug.
    #[serde(default)]
    institution: String,
    /// A commitment's or a milestone's status code.
    #[serde(default)]
    status: String,
    /// Which page of hits (from 1); anything else is the first.
    #[serde(default)]
    page: String,
}

/// One search box over plans, themes, commitments, milestones, institutions, the forum,
/// meetings, documents, news and public comments, with filters by kind and plan and the matching words highlighted.
pub async fn search(State(state): State<AppState>, ctx: Ctx, Query(params): Query<Params>) -> AppResult<Response> {
    let query: String = params.q.chars().take(MAX_QUERY_CHARS).collect();
    let _turn = state.search_permits.acquire().await.map_err(|e| AppError::Internal(e.to_string()))?;
    let kind = KINDS.iter().copied().find(|k| *k == params.kind);
    let catalogue = ensure_fresh(&state).await?;
    let choices = crate::search::filter_choices(&state, catalogue).await?;
    let plan = choices.plans.iter().find(|p| p.slug == params.plan).map(|p| p.id);
    let theme = choices.themes.iter().flat_map(|(_, t)| t).find(|t| t.id.to_string() == params.theme).map(|t| t.id);
    // Only the institutions the filter can find (of the chosen plan): all of them would be
    // hundreds of options, most finding nothing, on every phone that opens the page.
    let institutions: Vec<Institution> = match plan {
        None => choices.institutions.clone(),
        Some(plan) => {
            let findable: HashSet<i64> = state.db.searchable_institutions(Some(plan)).await?.into_iter().collect();
            choices.institutions.iter().filter(|i| findable.contains(&i.id)).cloned().collect()
        }
    };
    let institution = institutions.iter().find(|i| i.slug.as_str() == params.institution).map(|i| i.id);
    // Unknown filter values (a hand-edited address) do not filter rather than find nothing.
    let status = CommitmentStatus::ALL
        .iter()
        .map(|s| s.code())
        .chain(MilestoneStatus::ALL.iter().map(|s| s.code()))
        .find(|code| *code == params.status);
    let filters = SearchFilters { kind, plan_id: plan, theme_id: theme, institution_id: institution, status };
    let words = domain::analysis::query_words(&query);
    let page_number = params.page.parse::<usize>().unwrap_or(1).clamp(1, MAX_PAGES);
    let mut hits = vec![];
    let mut more = false;
    if !words.is_empty() {
        let found = state.db.search(&words, &filters, (PER_PAGE * page_number + 1) as i64).await?;
        more = found.len() > PER_PAGE * page_number && page_number < MAX_PAGES;
        for e in found.into_iter().skip(PER_PAGE * (page_number - 1)).take(PER_PAGE) {
            let kind = KINDS.iter().copied().find(|k| *k == e.kind).unwrap_or("plan");
            let title = Localized::from_json(&e.title).unwrap_or_default();
            hits.push(Hit { kind, path: e.path, title, snippet: snippet_of(&e.body, &words, ctx.locale, 240) });
        }
    }
    let again = format!(
        "/{}/search?{}",
        ctx.locale.code(),
        url::form_urlencoded::Serializer::new(String::new())
            .append_pair("q", &query)
            .append_pair("kind", kind.unwrap_or_default())
            .append_pair("plan", &params.plan)
            .append_pair("theme", &theme.map(|t| t.to_string()).unwrap_or_default())
            .append_pair("institution", if institution.is_some() { &params.institution } else { "" })
            .append_pair("status", status.unwrap_or_default())
            .finish()
    );
    let page = Page::new(&state, &ctx, "search-title");
    // Not kept in the page cache: nearly every query is asked once, and a cache full of them
    // (64 MB in the benchmark) would push out the plan and commitment pages.
    render(&SearchView {
        page,
        searched: !words.is_empty(),
        page_number,
        first: PER_PAGE * (page_number - 1) + 1,
        more,
        again,
        no_words: words.is_empty() && !query.trim().is_empty(),
        query,
        kind: kind.unwrap_or_default().to_string(),
        plan: params.plan,
        theme: theme.map(|t| t.to_string()).unwrap_or_default(),
        institution: if institution.is_some() { params.institution } else { String::new() },
        status: status.unwrap_or_default().to_string(),
        themes: &choices.themes,
        institutions,
        plans: &choices.plans,
        hits,
    })
    .map(crate::page_cache::not_kept)
}
