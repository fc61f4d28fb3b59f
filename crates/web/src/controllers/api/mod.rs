//! The JSON API under `/api/v1`, documented by `/api/openapi.json`.

pub mod contributions;
pub mod health;
pub mod institutions;
pub mod openapi;
pub mod paging;
pub mod plans;
pub mod popolo;
pub mod progress;

use axum::Router;

use crate::state::AppState;
use openapi::ApiRoute;

/// Every JSON endpoint with its OpenAPI operation, each declared beside its handler; the
/// router serves this list and `/api/openapi.json` describes it, so neither can drift.
pub fn routes() -> Vec<ApiRoute> {
    vec![
        institutions::list_route(),
        plans::list_route(),
        plans::commitments_route(),
        plans::commitment_route(),
        popolo::document_route(),
        plans::milestones_route(),
        plans::meetings_route(),
        contributions::list_route(),
        progress::report_progress_route(),
        progress::report_measurement_route(),
        health::check_route(),
    ]
}

/// The API's sub-router: the listed endpoints and the OpenAPI document.
pub fn router() -> Router<AppState> {
    let mut router = Router::new().route("/api/openapi.json", axum::routing::get(openapi::document));
    for route in routes() {
        router = router.route(route.path, route.handler);
    }
    router
}
