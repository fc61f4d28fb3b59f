//! Atom feeds: open to any site (CORS), tagged with ETags and rate-limited per client by the
//! API's edge (`api_edge::edge`), which `router.rs` puts on this sub-router as on the API's.

use axum::routing::get;
use axum::Router;

use crate::controllers::feeds;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/feeds/news.atom", get(feeds::news))
        .route("/feeds/meetings.atom", get(feeds::meetings))
        .route("/feeds/consultations.atom", get(feeds::consultations))
        .route("/feeds/plans/{file}", get(feeds::plan))
        .route("/feeds/commitments/{file}", get(feeds::commitment))
}
