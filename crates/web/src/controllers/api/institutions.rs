use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use serde::Serialize;
use serde_json::json;

use super::paging::{page_of, Paging};
use crate::forms::Query;

use super::openapi::{error_answer, page_schema, paging_parameters, ApiRoute};
use crate::error::AppResult;
use crate::state::AppState;

#[derive(Serialize)]
pub struct InstitutionJson {
    pub id: i64,
    pub slug: String,
    /// Names keyed by locale (`ar`, `fr`, `en`, `zgh`); missing languages are absent.
    pub name: domain::Localized,
    pub acronym: Option<String>,
    pub branch: &'static str,
    pub parent_id: Option<i64>,
}

/// Every institution, a page at a time.
pub async fn list(State(state): State<AppState>, Query(paging): Query<Paging>) -> AppResult<Response> {
    let institutions: Vec<InstitutionJson> = state
        .db
        .list_institutions()
        .await?
        .into_iter()
        .map(|i| InstitutionJson {
            id: i.id,
            slug: i.slug.as_str().to_string(),
            name: i.name,
            acronym: i.acronym,
            branch: i.branch.code(),
            parent_id: i.parent_id,
        })
        .collect();
    page_of(&state, "/api/v1/institutions", &paging, institutions)
}

/// Where `list` is served and how the OpenAPI document describes it.
pub fn list_route() -> ApiRoute {
    ApiRoute {
        path: "/api/v1/institutions",
        method: "get",
        handler: get(list),
        operation: json!({
            "operationId": "listInstitutions",
            "summary": "All institutions",
            "parameters": paging_parameters(),
            "responses": {
                "200": page_schema("Institutions, ordered by slug", "Institution"),
                "400": error_answer("A page that is not valid")
            }
        }),
    }
}
