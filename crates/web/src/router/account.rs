//! Signing up, in and out, and one's own account. Writes here change nothing an anonymous
//! reader sees, so the private ones are marked for the page cache, which then keeps its pages
//! (`page_cache::private`) instead of emptying itself on every sign-in.

use axum::middleware::map_response;
use axum::routing::{get, post};
use axum::Router;

use crate::controllers::accounts;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    let private = Router::new()
        .route("/account/tokens", get(accounts::tokens::list).post(accounts::tokens::create))
        .route("/account/subscriptions", get(accounts::subscriptions::list))
        .route("/account/subscriptions/{id}/delete", post(accounts::subscriptions::stop))
        .route("/unsubscribe", get(accounts::subscriptions::confirm).post(accounts::subscriptions::one_click))
        .route("/account/tokens/{id}/revoke", post(accounts::tokens::revoke))
        .route("/register", get(accounts::register::form).post(accounts::register::submit))
        .route("/login", get(accounts::login::form).post(accounts::login::submit))
        .route("/logout", post(accounts::logout::submit))
        .route("/password/forgot", get(accounts::forgot_password::form).post(accounts::forgot_password::submit))
        .route("/password/reset", get(accounts::reset_password::form).post(accounts::reset_password::submit))
        .layer(map_response(crate::page_cache::private));
    Router::new()
        .route("/account/contributions", get(accounts::contributions::list))
        .route("/account/profile", post(accounts::contributions::save_profile))
        .route("/subscriptions", post(accounts::subscriptions::follow))
        .route("/verify", get(accounts::verify::verify))
        .route("/account", get(accounts::show::show))
        .merge(private)
}
