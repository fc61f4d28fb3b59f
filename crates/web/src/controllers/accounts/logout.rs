use axum::extract::State;
use axum::response::Response;

use crate::auth::sessions;
use crate::context::Ctx;
use crate::controllers::{see_other, with_cookie};
use crate::error::AppResult;
use crate::forms::CsrfForm;
use crate::forms::Empty;
use crate::state::AppState;

/// Ends the session in the database (every process forgets it) and clears the cookie.
pub async fn submit(State(state): State<AppState>, ctx: Ctx, CsrfForm(_): CsrfForm<Empty>) -> AppResult<Response> {
    if let Some(hash) = &ctx.session_hash {
        state.db.delete_session(hash).await?;
    }
    let target = format!("/{}/?notice=signed-out", ctx.locale.code());
    Ok(with_cookie(see_other(&target), &sessions::clear_cookie(&state)))
}
