use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::documents::{Document, DocumentKind};
use serde::Deserialize;

use crate::context::Ctx;
use crate::error::AppResult;
use crate::forms::Query;
use crate::state::AppState;
use crate::views::{render, Page};

#[derive(Debug, Default, Deserialize)]
pub struct Filters {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub year: String,
}

#[derive(Template)]
#[template(path = "documents/index.html")]
struct IndexView {
    page: Page,
    documents: Vec<Document>,
    total: usize,
    filters: Filters,
    languages: Vec<String>,
    years: Vec<i32>,
}

impl IndexView {
    fn kinds(&self) -> &'static [DocumentKind] {
        DocumentKind::ALL
    }
}

/// Every document of the process, newest first, filtered by type, language and year.
pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(filters): Query<Filters>) -> AppResult<Response> {
    let all = state.db.list_documents().await?;
    let mut languages: Vec<String> = all.iter().map(|d| d.language.clone()).collect();
    languages.sort();
    languages.dedup();
    let mut years: Vec<i32> = all.iter().map(|d| d.published_on.year()).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    let total = all.len();
    let documents = all
        .into_iter()
        .filter(|d| filters.kind.is_empty() || d.kind.code() == filters.kind)
        .filter(|d| filters.language.is_empty() || d.language == filters.language)
        .filter(|d| filters.year.is_empty() || d.published_on.year().to_string() == filters.year)
        .collect();
    render(&IndexView { page: Page::new(&state, &ctx, "documents-title"), documents, total, filters, languages, years })
}
