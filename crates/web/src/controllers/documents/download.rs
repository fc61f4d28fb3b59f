use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::documents::DocumentSource;

use crate::context::Ctx;
use crate::controllers::see_other;
use crate::error::{AppError, AppResult};
use crate::forms::Path;
use crate::state::AppState;

/// `GET /documents/{id}/file`: the stored bytes, always as an attachment with the type
/// detected at upload; a registered link redirects to its address.
pub async fn file(State(state): State<AppState>, _ctx: Ctx, Path(id): Path<i64>) -> AppResult<Response> {
    let document = state.db.document(id).await?.ok_or(AppError::NotFound)?;
    if document.withdrawn.is_some() {
        return Err(AppError::Gone);
    }
    let file = match document.source {
        DocumentSource::File(file) => file,
        DocumentSource::Link { url } => return Ok(see_other(&url)),
    };
    let bytes = match state.files.get(&file.object_key).await {
        Ok(bytes) => bytes,
        Err(store::StoreError::NotFound) => return Err(AppError::NotFound),
        Err(err) => return Err(err.into()),
    };
    // Text was checked to be UTF-8 at upload; say so, or browsers guess.
    let content_type = if file.content_type.starts_with("text/") {
        format!("{}; charset=utf-8", file.content_type)
    } else {
        file.content_type.clone()
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (header::CONTENT_DISPOSITION, content_disposition(&file.file_name)),
            (header::CACHE_CONTROL, "public, max-age=86400".to_string()),
            (header::ETAG, format!("\"{}\"", file.sha256)),
            // Even if a browser rendered it, the file could run nothing.
            (header::CONTENT_SECURITY_POLICY, "sandbox; default-src 'none'".to_string()),
        ],
        bytes,
    )
        .into_response())
}

/// `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 8187), so Arabic
/// file names survive.
fn content_disposition(name: &str) -> String {
    let ascii: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' }).collect();
    let encoded: String = url::form_urlencoded::byte_serialize(name.as_bytes()).collect::<String>().replace('+', "%20");
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}
