use axum::http::header;
use axum::response::IntoResponse;

const STYLESHEET: &str = include_str!("../../static/app.css");

pub async fn stylesheet() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], STYLESHEET)
}

const FAVICON: &str = include_str!("../../static/favicon.svg");

/// The portal's icon (a diamond, the brand mark), for browser tabs and home screens.
pub async fn favicon() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "public, max-age=86400")], FAVICON)
}

/// `/favicon.ico`, which browsers ask for on their own: the same icon.
pub async fn favicon_ico() -> impl IntoResponse {
    axum::response::Redirect::permanent("/static/favicon.svg")
}
