//! Registration, e-mail verification, sign-in and out, password reset, own account.

pub mod contributions;
pub mod forgot_password;
pub mod login;
pub mod logout;
pub mod register;
pub mod reset_password;
pub mod show;
pub mod subscriptions;
pub mod tokens;
pub mod verify;

use domain::Locale;

use crate::state::AppState;

/// How long an e-mail confirmation link works (registration, and a new link at sign-in).
pub const VERIFY_LINK_SECS: i64 = 48 * 3600;

/// The `next` a sign-in or registration page carries (see [`safe_next`]).
#[derive(serde::Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    pub next: String,
}

/// A one-time link sent by mail: the raw token travels only in the link, the database keeps its hash.
pub(crate) fn mail_link(state: &AppState, locale: Locale, path: &str, token: &str) -> String {
    format!("{}/{}{path}?token={token}", state.config.base_url, locale.code())
}

/// Where a person goes after signing in, registering or verifying: only a path of this site,
/// never another site. `next` is the path without its language prefix (`/proposals/1`); a
/// prefix a page put there anyway is dropped, so the reader's language is the one they use now
/// (the prefix twice, `/ar/ar/proposals/1`, was a 404). Refused: anything not starting with one
/// `/`, a backslash, a scheme, whitespace or control characters (browsers drop a tab inside
/// `/\t/evil.example`, which then means another host), and paths whose decoded form would do
/// any of that (`/%2F%2Fevil.example`).
pub(crate) fn safe_next(next: &str) -> Option<String> {
    fn local(path: &str) -> bool {
        path.starts_with('/')
            && !path.starts_with("//")
            && !path.contains('\\')
            && !path.contains("://")
            && !path.chars().any(|c| c.is_control() || c.is_whitespace())
    }
    let decoded = url::form_urlencoded::parse(format!("p={}", next.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default();
    if next.len() > 2000 || !local(next) || !local(&decoded) {
        return None;
    }
    let rest = Locale::ALL.iter().find_map(|l| {
        let prefix = format!("/{}", l.code());
        let rest = next.strip_prefix(&prefix)?;
        (rest.is_empty() || rest.starts_with('/') || rest.starts_with('?')).then(|| rest.to_string())
    });
    let path = match rest {
        Some(rest) if rest.is_empty() || rest.starts_with('?') => format!("/{rest}"),
        Some(rest) => rest,
        None => next.to_string(),
    };
    local(&path).then_some(path)
}

/// `next` as a query parameter to carry it through another page (`?next=%2Fproposals%2F1`).
pub(crate) fn next_query(next: &str) -> String {
    match safe_next(next) {
        Some(path) => format!("?next={}", url::form_urlencoded::byte_serialize(path.as_bytes()).collect::<String>()),
        None => String::new(),
    }
}

/// `next` appended to a link that already has a query (`&next=%2Fproposals%2F1`), or nothing.
pub(crate) fn next_param(next: &str) -> String {
    next_query(next).replacen('?', "&", 1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn next_must_be_local() {
        assert_eq!(super::safe_next("/admin").as_deref(), Some("/admin"));
        assert_eq!(super::safe_next("/ar/proposals/1").as_deref(), Some("/proposals/1"));
        assert_eq!(super::safe_next("/fr").as_deref(), Some("/"));
        assert_eq!(super::safe_next("/arabic").as_deref(), Some("/arabic"));
        assert_eq!(
            super::safe_next("/consultations/1?target=MO0050#c-2").as_deref(),
            Some("/consultations/1?target=MO0050#c-2")
        );
        for bad in [
            "//evil.example",
            "https://evil.example",
            "/\\evil",
            "admin",
            "",
            "/%2F%2Fevil.example",
            "/%2f/evil.example",
            "/\t/evil.example",
            "/ar//evil.example",
            "/%5Cevil.example",
            "/x\nSet-Cookie:a=b",
            "/x%0d%0aSet-Cookie:a=b",
            "javascript:alert(1)",
        ] {
            assert_eq!(super::safe_next(bad), None, "{bad}");
        }
    }
}
