//! CSRF defence in layers: SameSite cookies, an Origin/Referer check on every unsafe
//! request, and a form token. The token is an HMAC of a random per-browser cookie, so a
//! cookie planted by another site cannot be paired with a forged token.

use axum::http::{header, HeaderMap};
use hmac::{Hmac, Mac};
use sha2::Sha256;

pub const CSRF_COOKIE: &str = "sharaka_csrf";
pub const CSRF_FIELD: &str = "csrf";

type HmacSha256 = Hmac<Sha256>;

fn mac(secret: &[u8], cookie_value: &str) -> HmacSha256 {
    // HMAC accepts keys of any length, so this cannot fail.
    let mut mac = <HmacSha256 as Mac>::new_from_slice(secret).unwrap_or_else(|_| unreachable!("HMAC takes any key"));
    mac.update(b"sharaka-csrf:");
    mac.update(cookie_value.as_bytes());
    mac
}

/// The token to embed in forms for the browser holding `cookie_value`.
pub fn form_token(secret: &[u8], cookie_value: &str) -> String {
    hex::encode(mac(secret, cookie_value).finalize().into_bytes())
}

/// Constant-time check of a submitted token.
pub fn token_matches(secret: &[u8], cookie_value: &str, submitted: &str) -> bool {
    let Ok(bytes) = hex::decode(submitted.trim()) else {
        return false;
    };
    !cookie_value.is_empty() && mac(secret, cookie_value).verify_slice(&bytes).is_ok()
}

/// Refuses unsafe requests whose Origin (or Referer) names another site.
/// Requests with neither header (old browsers, some privacy settings) rely on the token.
pub fn origin_allowed(headers: &HeaderMap, base_url: &str) -> bool {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let base_host = url::Url::parse(base_url).ok().and_then(|u| authority(&u));
    let source = headers.get(header::ORIGIN).or_else(|| headers.get(header::REFERER)).and_then(|v| v.to_str().ok());
    let Some(source) = source else {
        return true;
    };
    let Some(source_host) = url::Url::parse(source).ok().and_then(|u| authority(&u)) else {
        return false; // "null" or garbage
    };
    Some(source_host.as_str()) == host || Some(&source_host) == base_host.as_ref()
}

fn authority(url: &url::Url) -> Option<String> {
    let host = url.host_str()?;
    Some(match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn tokens_are_bound_to_the_cookie_and_secret() {
        let token = form_token(b"secret", "cookie-a");
        assert!(token_matches(b"secret", "cookie-a", &token));
        assert!(!token_matches(b"secret", "cookie-b", &token));
        assert!(!token_matches(b"other", "cookie-a", &token));
        assert!(!token_matches(b"secret", "cookie-a", "not-hex"));
        assert!(!token_matches(b"secret", "", &form_token(b"secret", "")));
    }

    #[test]
    fn origin_must_be_this_site() {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8080"));
        assert!(origin_allowed(&headers, "http://127.0.0.1:8080"));
        headers.insert(header::ORIGIN, HeaderValue::from_static("http://127.0.0.1:8080"));
        assert!(origin_allowed(&headers, "https://portal.example"));
        headers.insert(header::ORIGIN, HeaderValue::from_static("https://evil.example"));
        assert!(!origin_allowed(&headers, "http://127.0.0.1:8080"));
        headers.insert(header::ORIGIN, HeaderValue::from_static("null"));
        assert!(!origin_allowed(&headers, "http://127.0.0.1:8080"));
        headers.insert(header::HOST, HeaderValue::from_static("internal:9000"));
        headers.insert(header::ORIGIN, HeaderValue::from_static("https://portal.example"));
        assert!(origin_allowed(&headers, "https://portal.example"));
    }
}
