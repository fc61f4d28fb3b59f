//! How every list of the JSON API is paged: `?page=` and `?per_page=` (whole numbers in
//! range, or a 400 naming the parameter), the body `{items, page, per_page, total, next}` and
//! a `Link: rel="next"` header that keeps the request's filters. The OpenAPI document states
//! the same limits (`openapi::paging_parameters`).

use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult};
use crate::state::AppState;

pub const DEFAULT_PER_PAGE: i64 = 50;
pub const MAX_PER_PAGE: i64 = 200;

#[derive(Deserialize, Default)]
pub struct Paging {
    #[serde(default)]
    page: Option<String>,
    #[serde(default)]
    per_page: Option<String>,
}

/// The highest page number a list answers (stated as `maximum` in the OpenAPI document):
/// past it a client is looping, not reading.
pub const MAX_PAGE: i64 = 1_000_000;

/// A whole number from 1 to `max` when given, else `None`. Empty, signed, decimal or
/// out-of-range values are refused with the parameter's name (the API's one rule for numbers
/// in a query: pages and id filters alike).
pub(crate) fn whole_number(raw: &Option<String>, name: &str, max: i64) -> AppResult<Option<i64>> {
    raw.as_deref()
        .map(|raw| {
            raw.parse::<i64>()
                .ok()
                .filter(|n| (1..=max).contains(n) && raw.bytes().all(|b| b.is_ascii_digit()))
                .ok_or_else(|| AppError::InvalidParameter(name.into()))
        })
        .transpose()
}

#[derive(Serialize)]
struct Page<T: Serialize> {
    items: Vec<T>,
    page: i64,
    per_page: i64,
    total: i64,
    next: Option<String>,
}

/// The page and page size asked for (1 and [`DEFAULT_PER_PAGE`] by default).
pub(crate) fn paging(paging: &Paging) -> AppResult<(i64, i64)> {
    Ok((
        whole_number(&paging.page, "page", MAX_PAGE)?.unwrap_or(1),
        whole_number(&paging.per_page, "per_page", MAX_PER_PAGE)?.unwrap_or(DEFAULT_PER_PAGE),
    ))
}

/// A page of items as JSON `{items, page, per_page, total, next}`, with `Link: rel="next"`.
pub(crate) fn respond<T: Serialize>(
    state: &AppState,
    path: &str,
    items: Vec<T>,
    (page, per_page): (i64, i64),
    total: i64,
) -> Response {
    // `path` may carry the request's filters (`?theme=3`); the next page keeps them.
    let separator = if path.contains('?') { '&' } else { '?' };
    let next = (page * per_page < total)
        .then(|| format!("{}{path}{separator}page={}&per_page={per_page}", state.config.base_url, page + 1));
    let link = next.as_ref().map(|n| format!("<{n}>; rel=\"next\""));
    let body = Json(Page { items, page, per_page, total, next });
    match link {
        Some(link) => ([(header::LINK, link)], body).into_response(),
        None => body.into_response(),
    }
}

/// `path` with the filters that were given (empty ones left out), for a page's `next` link.
pub(crate) fn with_filters(path: &str, filters: &[(&str, &Option<String>)]) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    let mut any = false;
    for (name, value) in filters {
        if let Some(value) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            query.append_pair(name, value);
            any = true;
        }
    }
    if any {
        format!("{path}?{}", query.finish())
    } else {
        path.to_string()
    }
}

/// Pages a list already in memory.
pub(crate) fn page_of<T: Serialize>(state: &AppState, path: &str, asked: &Paging, all: Vec<T>) -> AppResult<Response> {
    let (page, per_page) = paging(asked)?;
    let total = i64::try_from(all.len()).unwrap_or(i64::MAX);
    let skip = usize::try_from((page - 1).saturating_mul(per_page)).unwrap_or(usize::MAX);
    let take = usize::try_from(per_page).unwrap_or_default();
    let items: Vec<T> = all.into_iter().skip(skip).take(take).collect();
    Ok(respond(state, path, items, (page, per_page), total))
}
