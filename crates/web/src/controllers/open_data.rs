//! The open data page and its downloads: the whole instance as JSON (with its JSON Schema),
//! every commitment in the OGP columns as CSV and XLSX, and links to the Popolo document and
//! the JSON API. Each download is described field by field, with its licence.

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::{render, Page};

const INSTANCE_SCHEMA: &str = include_str!("../../../../schemas/sharaka-instance.schema.json");

/// A column of the commitments download, as the dictionary explains it.
pub struct Field {
    pub column: &'static str,
    pub meaning: String,
}

#[derive(Template)]
#[template(path = "open_data.html")]
struct OpenDataView {
    page: Page,
    commitments: i64,
    fields: Vec<Field>,
}

/// The columns Sharaka fills (the others carry what OGP's data had for imported rows).
const DICTIONARY: [(&str, &str); 12] = [
    ("Commitment Unique Identifier", "code"),
    ("Country/Locality", "member"),
    ("Action Plan Number", "plan-number"),
    ("Action Plan ID", "plan-id"),
    ("Commitment Number", "number"),
    ("Commitment Title", "title"),
    ("Short Title", "short-title"),
    ("Full Text", "full-text"),
    ("Start Date", "start"),
    ("End Date", "end"),
    ("URL", "url"),
    ("Right To Information", "policy-area"),
];

pub async fn page(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let page = Page::new(&state, &ctx, "open-data-title");
    let fields = DICTIONARY
        .iter()
        .map(|(column, key)| Field { column, meaning: page.t(&format!("open-data-field-{key}")) })
        .collect();
    let commitments = state.db.count_commitments().await?;
    render(&OpenDataView { page, commitments, fields })
}

fn attachment(content_type: &str, name: &str, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        body,
    )
        .into_response()
}

/// `…/open-data/commitments.csv`
pub async fn csv(State(state): State<AppState>) -> AppResult<Response> {
    let rows = interchange::ogp_export::rows(state.db.as_ref()).await?;
    let mut out = Vec::new();
    interchange::ogp_csv::write(&mut out, &rows).map_err(|e| AppError::Internal(format!("csv: {e}")))?;
    Ok(attachment("text/csv; charset=utf-8", "sharaka-commitments.csv", out))
}

/// `…/open-data/commitments.xlsx`
pub async fn xlsx(State(state): State<AppState>) -> AppResult<Response> {
    let rows = interchange::ogp_export::rows(state.db.as_ref()).await?;
    let about = interchange::xlsx::About {
        source: format!("{} — {}", state.config.base_url, interchange::xlsx::About::default().source),
        created_at: state.now(),
        ..interchange::xlsx::About::default()
    };
    let bytes = interchange::xlsx::workbook(&interchange::ogp_csv::columns(), &rows, &about)
        .map_err(|e| AppError::Internal(format!("xlsx: {e}")))?;
    Ok(attachment(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "sharaka-commitments.xlsx",
        bytes,
    ))
}

/// `…/open-data/sharaka.json`: the instance as `sharaka export json` writes it.
pub async fn json(State(state): State<AppState>) -> AppResult<Response> {
    let data = state.db.export_instance().await?;
    let body = serde_json::to_vec_pretty(&data).map_err(|e| AppError::Internal(format!("json: {e}")))?;
    Ok(attachment("application/json", "sharaka.json", body))
}

/// `…/open-data/sharaka-instance.schema.json`: the JSON Schema of that download.
pub async fn schema() -> Response {
    ([(header::CONTENT_TYPE, "application/schema+json")], INSTANCE_SCHEMA).into_response()
}
