use axum::extract::{FromRequest, Multipart, Request, State};
use axum::response::Response;
use domain::documents::MAX_UPLOAD_BYTES;
use domain::permissions::Action;
use domain::validation::ValidationErrors;

use super::index::{view, Which};
use crate::actions::{publish_document, Actor};
use crate::auth::require;
use crate::context::Ctx;
use crate::csrf::{self, CSRF_FIELD};
use crate::error::{AppError, AppResult};
use crate::forms::FormValues;
use crate::state::AppState;

/// The body limit of the upload route: the largest file plus room for the other fields.
pub const MAX_UPLOAD_BODY: usize = MAX_UPLOAD_BYTES + 256 * 1024;

/// Uploads a file to the repository. The bytes decide the type; the CSRF token is checked
/// before anything is stored; a refused or failed upload leaves no file and no row.
pub async fn create(State(state): State<AppState>, ctx: Ctx, request: Request) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageForum)?;
    let mut multipart = Multipart::from_request(request, &state).await.map_err(|_| AppError::BadRequest)?;
    let mut values = FormValues::default();
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut too_large = false;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            // The body limit cut the stream: the file was too large.
            Err(err) if err.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                too_large = true;
                break;
            }
            Err(_) => return Err(AppError::BadRequest),
        };
        let name = field.name().unwrap_or_default().to_string();
        if name == "file" {
            let file_name = field.file_name().unwrap_or_default().to_string();
            match field.bytes().await {
                Ok(bytes) => file = Some((file_name, bytes.to_vec())).filter(|(n, b)| !(n.is_empty() && b.is_empty())),
                Err(err) if err.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                    too_large = true;
                    break;
                }
                Err(_) => return Err(AppError::BadRequest),
            }
        } else {
            let text = field.text().await.map_err(|_| AppError::BadRequest)?;
            values.set(&domain::text::clean_input(&name), domain::text::clean_input(&text));
        }
    }
    if too_large {
        // The rest of the form was not read; the token cannot be checked, so nothing is kept.
        let mut errors = ValidationErrors::new();
        errors.add("file", "file-too-large");
        return view(&state, &ctx, Some((Which::Upload, FormValues::default(), errors))).await;
    }
    if !csrf::token_matches(&state.csrf_secret, &ctx.csrf_key(), values.get(CSRF_FIELD)) {
        return Err(AppError::CsrfRejected);
    }
    match publish_document::upload(&state, Actor::of(&ctx), &values, file).await {
        Ok(_) => Ok(ctx.see_other("/admin/documents?notice=created")),
        Err(refused) => view(&state, &ctx, Some((Which::Upload, values, refused.into_form_errors()?))).await,
    }
}
