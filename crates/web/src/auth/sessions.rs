//! Sessions live in the database, keyed by the SHA-256 of a random cookie value, so any
//! server process on the same database recognises them and a leaked table reveals no cookie.

use sha2::{Digest, Sha256};

use crate::error::AppError;
use crate::state::AppState;

pub const SESSION_COOKIE: &str = "sharaka_session";
pub const SESSION_SECS: i64 = 14 * 24 * 3600;

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Starts a session and returns the `Set-Cookie` value for it.
pub async fn start(state: &AppState, user_id: i64) -> Result<String, AppError> {
    let token = store::random_token();
    let now = state.now();
    state.db.create_session(&token_hash(&token), user_id, now, now + SESSION_SECS).await?;
    Ok(cookie(state, SESSION_COOKIE, &token, SESSION_SECS, "Lax"))
}

pub fn clear_cookie(state: &AppState) -> String {
    cookie(state, SESSION_COOKIE, "", 0, "Lax")
}

/// The name a cookie is set and read under. Over https it carries the `__Host-` prefix, which
/// browsers accept only with `Secure`, `Path=/` and no `Domain`: neither a sibling subdomain
/// nor a plain-http page on the same host can plant or overwrite it (session fixation, CSRF
/// cookie tossing). Over plain http (a laptop, the tests) the prefix would be refused.
pub fn cookie_name(state: &AppState, name: &str) -> String {
    if state.config.secure_cookies {
        format!("__Host-{name}")
    } else {
        name.to_string()
    }
}

/// Builds a `Set-Cookie` value: HttpOnly, path `/`, `Secure` when served over https.
pub fn cookie(state: &AppState, name: &str, value: &str, max_age: i64, same_site: &str) -> String {
    let secure = if state.config.secure_cookies { "; Secure" } else { "" };
    let name = cookie_name(state, name);
    format!("{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite={same_site}{secure}")
}
