use axum::extract::State;
use axum::Json;
use serde::Serialize;

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

pub async fn list(State(state): State<AppState>) -> AppResult<Json<Vec<InstitutionJson>>> {
    let institutions = state.db.list_institutions().await?;
    Ok(Json(
        institutions
            .into_iter()
            .map(|i| InstitutionJson {
                id: i.id,
                slug: i.slug.as_str().to_string(),
                name: i.name,
                acronym: i.acronym,
                branch: i.branch.code(),
                parent_id: i.parent_id,
            })
            .collect(),
    ))
}
