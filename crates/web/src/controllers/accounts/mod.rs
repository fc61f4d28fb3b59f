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

/// A one-time link sent by mail: the raw token travels only in the link, the database keeps its hash.
pub(crate) fn mail_link(state: &AppState, locale: Locale, path: &str, token: &str) -> String {
    format!("{}/{}{path}?token={token}", state.config.base_url, locale.code())
}

pub(crate) fn user_locale(code: &str, fallback: Locale) -> Locale {
    code.parse().unwrap_or(fallback)
}

/// Only local paths are followed after sign-in, never another site.
pub(crate) fn safe_next(next: &str) -> Option<&str> {
    let ok = next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') && !next.contains("://");
    ok.then_some(next)
}

#[cfg(test)]
mod tests {
    #[test]
    fn next_must_be_local() {
        assert_eq!(super::safe_next("/admin"), Some("/admin"));
        for bad in ["//evil.example", "https://evil.example", "/\\evil", "admin", ""] {
            assert_eq!(super::safe_next(bad), None, "{bad}");
        }
    }
}
