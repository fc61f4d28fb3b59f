//! The request context: negotiated locale, signed-in user, CSRF cookie and client address.
//!
//! [`prepare`] runs before routing. It strips the locale prefix from the path (so routes are
//! declared once), resolves the session, checks the Origin of unsafe requests, and after the
//! handler renders any [`AppError`] in the requester's language.

use std::collections::HashMap;
use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, Method, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use domain::permissions::{Action, Grant, Principal, Role};
use domain::Locale;

use crate::auth::sessions::{self, SESSION_COOKIE};
use crate::auth::CurrentUser;
use crate::csrf::{self, CSRF_COOKIE};
use crate::error::{AppError, PendingError};
use crate::state::AppState;
use crate::views;

pub const LOCALE_COOKIE: &str = "sharaka_lang";

/// Top-level paths that are not pages and never carry a locale prefix.
const UNLOCALIZED: &[&str] = &["api", "static", "healthz", "feeds", "calendar.ics", "favicon.ico", "robots.txt"];

#[derive(Debug, Clone)]
pub struct Ctx {
    pub locale: Locale,
    /// The path without its locale prefix, with the query string (for the language switcher).
    pub path: String,
    pub user: Option<CurrentUser>,
    pub principal: Principal,
    pub csrf_cookie: String,
    pub session_hash: Option<String>,
    pub client: String,
    pub wants_json: bool,
}

impl Ctx {
    /// What the form token is computed from: the browser's random cookie and, once signed in,
    /// the session. A token seen before sign-in (a shared computer, a leaked page) is worthless
    /// after it, and every sign-in starts a new session, so the token rotates at sign-in.
    pub fn csrf_key(&self) -> String {
        csrf_key(&self.csrf_cookie, self.session_hash.as_deref())
    }

    /// The signed-in person, if they may do `action`: a visitor is sent to sign in, anyone
    /// else without the right gets a 403. The preamble of every handler that writes.
    pub fn require(&self, action: Action) -> Result<&CurrentUser, AppError> {
        crate::auth::require(&self.principal, action)?;
        self.user.as_ref().ok_or(AppError::LoginRequired)
    }

    /// A 303 to `path` in the request's language (`path` starts with `/`, after the locale).
    pub fn see_other(&self, path: &str) -> axum::response::Response {
        crate::redirect::see_other(&format!("/{}{path}", self.locale.code()))
    }
}

/// [`Ctx::csrf_key`] from the raw values (the integration harness computes it the same way).
pub fn csrf_key(csrf_cookie: &str, session_hash: Option<&str>) -> String {
    match session_hash {
        Some(session) => format!("{csrf_cookie}:{session}"),
        None => csrf_cookie.to_string(),
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<Ctx>().cloned().ok_or_else(|| AppError::Internal("request context missing".into()))
    }
}

pub fn cookies(headers: &axum::http::HeaderMap) -> HashMap<String, String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('=').map(|(k, v)| (k.to_string(), v.to_string())))
        .collect()
}

fn negotiate(state: &AppState, cookies: &HashMap<String, String>, headers: &axum::http::HeaderMap) -> Locale {
    cookies
        .get(&sessions::cookie_name(state, LOCALE_COOKIE))
        .and_then(|c| c.parse().ok())
        .or_else(|| {
            headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Locale::from_accept_language)
        })
        .unwrap_or(state.config.default_locale)
}

pub(crate) fn client_address(state: &AppState, request: &Request) -> String {
    if state.config.trust_forwarded_for {
        if let Some(first) =
            request.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok()).and_then(|v| v.rsplit(',').next())
        // the proxy appends the real address last
        {
            return first.trim().to_string();
        }
    }
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ci| ci.0.ip().to_string())
        .unwrap_or_else(|| "local".to_string())
}

async fn current_user(state: &AppState, session_hash: &str) -> Result<Option<CurrentUser>, AppError> {
    let Some(user) = state.db.session_user(session_hash, state.now()).await? else {
        return Ok(None);
    };
    let mut grants: Vec<Grant> = state.db.grants_of(user.id).await?.into_iter().map(|g| g.grant).collect();
    // A seat in a forum body carries the drafting rights of the body and of its themes.
    let today = state.clock.now().date();
    for scope in state.db.forum_scopes_of_user(user.id, today).await? {
        grants.push(Grant { role: Role::ForumMember, scope });
    }
    Ok(Some(CurrentUser { id: user.id, name: user.name, email: user.email, grants }))
}

/// RFC 8058 one-click unsubscribe: a mail client POSTs to the link from its own origin
/// (`https://mail.example`), with no cookie and no form token. The unsubscribe token in the
/// link alone decides, so the Origin check would only refuse legitimate clients.
fn carries_its_own_token(request: &Request) -> bool {
    request.method() == Method::POST && request.uri().path() == "/unsubscribe"
}

/// The `Set-Cookie` value for the browser's random CSRF cookie.
pub fn csrf_set_cookie(state: &AppState, value: &str) -> String {
    let name = sessions::cookie_name(state, CSRF_COOKIE);
    format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict{}", secure(state))
}

pub async fn prepare(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let cookies = cookies(request.headers());
    let negotiated = negotiate(&state, &cookies, request.headers());
    let path = request.uri().path().to_string();
    let query = request.uri().query().map(|q| format!("?{q}")).unwrap_or_default();
    let first = path.trim_start_matches('/').split('/').next().unwrap_or_default().to_string();
    let wants_json = first == "api"
        || request
            .headers()
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|a| a.contains("application/json") && !a.contains("text/html"));

    let csrf_cookie = cookies.get(&sessions::cookie_name(&state, CSRF_COOKIE)).filter(|c| c.len() == 64).cloned();
    let new_csrf_cookie = csrf_cookie.is_none();
    let mut ctx = Ctx {
        locale: negotiated,
        path: format!("{path}{query}"),
        user: None,
        principal: Principal::Visitor,
        csrf_cookie: csrf_cookie.unwrap_or_else(store::random_token),
        session_hash: cookies
            .get(&sessions::cookie_name(&state, SESSION_COOKIE))
            .filter(|v| !v.is_empty())
            .map(|t| sessions::token_hash(t)),
        client: client_address(&state, &request),
        wants_json,
    };

    // Locale prefix: strip it so routes are declared once; remember it in a cookie.
    let mut remember_locale = None;
    let outcome: Result<(), AppError> = 'route: {
        if path == "/" || UNLOCALIZED.contains(&first.as_str()) {
            break 'route Ok(());
        }
        match first.parse::<Locale>() {
            Ok(locale) => {
                ctx.locale = locale;
                let rest = &path[1 + first.len()..];
                if rest.is_empty() {
                    // "/ar" → "/ar/" so that relative links behave.
                    return Redirect::permanent(&format!("/{first}/{query}")).into_response();
                }
                let rest_first = rest.trim_start_matches('/').split('/').next().unwrap_or_default();
                if UNLOCALIZED.contains(&rest_first) {
                    break 'route Err(AppError::NotFound);
                }
                ctx.path = format!("{rest}{query}");
                if cookies.get(&sessions::cookie_name(&state, LOCALE_COOKIE)).map(String::as_str) != Some(locale.code())
                {
                    remember_locale = Some(locale);
                }
                match format!("{rest}{query}").parse::<Uri>() {
                    Ok(uri) => *request.uri_mut() = uri,
                    Err(_) => break 'route Err(AppError::BadRequest),
                }
                Ok(())
            }
            // Something shaped like a language code that we do not serve.
            Err(_) if (2..=3).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_lowercase()) => {
                Err(AppError::UnknownLocale(first.clone()))
            }
            // A page address without a language: send the reader to their language's version.
            Err(_) => return Redirect::temporary(&format!("/{}{path}{query}", negotiated.code())).into_response(),
        }
    };

    let outcome = match outcome {
        Ok(())
            if !matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS)
                && !carries_its_own_token(&request)
                && !csrf::origin_allowed(request.headers(), &state.config.base_url) =>
        {
            Err(AppError::CrossOrigin)
        }
        other => other,
    };

    if outcome.is_ok() {
        if let Some(hash) = &ctx.session_hash {
            match current_user(&state, hash).await {
                Ok(Some(user)) => {
                    ctx.principal = user.principal();
                    ctx.user = Some(user);
                }
                Ok(None) => {}
                Err(err) => tracing::error!(%err, "session lookup failed"),
            }
        }
    }

    let mut response = match outcome {
        Ok(()) => {
            request.extensions_mut().insert(ctx.clone());
            next.run(request).await
        }
        Err(err) => err.into_response(),
    };

    if let Some(PendingError(err)) = response.extensions_mut().remove::<PendingError>() {
        // The router's `Allow` on a 405 (RFC 9110 §15.5.6) survives the translation.
        let allow = response.headers().get(header::ALLOW).cloned();
        // So do the marks the routes put on their answers (the route for /metrics, what a
        // write changed for the page cache).
        let marks = std::mem::take(response.extensions_mut());
        response = render_error(&state, &ctx, err);
        if let Some(allow) = allow {
            response.headers_mut().insert(header::ALLOW, allow);
        }
        response.extensions_mut().extend(marks);
    }
    let headers = response.headers_mut();
    // A response a shared cache may keep (static files, documents, the calendar, the PDF,
    // embeds) carries no cookie: a proxy would hand one visitor's cookie to the next.
    let publicly_cacheable = headers
        .get(axum::http::header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|d| d.trim().eq_ignore_ascii_case("public")));
    if publicly_cacheable {
        return response;
    }
    if new_csrf_cookie && !wants_json {
        let value = csrf_set_cookie(&state, &ctx.csrf_cookie);
        append_cookie(headers, &value);
    }
    if let Some(locale) = remember_locale {
        let name = sessions::cookie_name(&state, LOCALE_COOKIE);
        let value = format!("{name}={}; Path=/; Max-Age=31536000; SameSite=Lax{}", locale.code(), secure(&state));
        append_cookie(headers, &value);
    }
    response
}

fn secure(state: &AppState) -> &'static str {
    if state.config.secure_cookies {
        "; Secure"
    } else {
        ""
    }
}

fn append_cookie(headers: &mut axum::http::HeaderMap, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        headers.append(header::SET_COOKIE, v);
    }
}

/// Renders an error in the requester's language: JSON `{code, message}` or an HTML page.
pub fn render_error(state: &AppState, ctx: &Ctx, err: AppError) -> Response {
    let status = err.status();
    if let AppError::LoginRequired = err {
        if !ctx.wants_json {
            let next = url::form_urlencoded::byte_serialize(ctx.path.as_bytes()).collect::<String>();
            return Redirect::to(&format!("/{}/login?next={next}", ctx.locale.code())).into_response();
        }
    }
    let code = err.code();
    let message = match &err {
        AppError::InvalidParameter(name) => {
            state.i18n.t_args(ctx.locale, &format!("error-{code}-body"), &[("name", name.as_str())])
        }
        _ => state.i18n.t(ctx.locale, &format!("error-{code}-body")),
    };
    let mut response = if ctx.wants_json {
        let mut body = serde_json::json!({ "code": code, "message": message });
        if let AppError::InvalidParameter(name) = &err {
            body["parameter"] = serde_json::Value::String(name.clone());
        }
        (status, axum::Json(body)).into_response()
    } else {
        let title = state.i18n.t(ctx.locale, &format!("error-{code}-title"));
        match views::error_page(state, ctx, status, &title, &message, &err) {
            Ok(html) => (status, html).into_response(),
            Err(e) => {
                tracing::error!(%e, "error page failed to render");
                (status, title).into_response()
            }
        }
    };
    // A refusal for too many requests says when to come back (RFC 9110 §10.2.3): the limits
    // count over a window, so the window is the honest upper bound.
    if let AppError::TokenInvalid = err {
        response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    if let AppError::RateLimited = err {
        if let Ok(value) = axum::http::HeaderValue::from_str(&state.config.limits.window_secs.to_string()) {
            response.headers_mut().insert(axum::http::header::RETRY_AFTER, value);
        }
    }
    response
}
