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

/// The token to embed in forms for the browser holding `cookie_value` (see
/// [`crate::context::Ctx::csrf_key`]: once signed in, the session is part of it).
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

/// Refuses unsafe requests whose Origin (or Referer) is not this site: the same scheme, host
/// and port (RFC 6454 origins, default ports filled in) as the configured base URL, or as the
/// request's own `Host` under the base URL's scheme (a proxy that keeps the host name).
/// `http://portal` is not `https://portal`, and `:8443` is not `:443`. Requests with neither
/// header (old browsers, some privacy settings) rely on the token.
pub fn origin_allowed(headers: &HeaderMap, base_url: &str) -> bool {
    let source = headers.get(header::ORIGIN).or_else(|| headers.get(header::REFERER)).and_then(|v| v.to_str().ok());
    let Some(source) = source else {
        return true;
    };
    let Ok(source) = url::Url::parse(source) else {
        return false; // "null" or garbage
    };
    let Ok(base) = url::Url::parse(base_url) else {
        return false;
    };
    let origin = source.origin();
    if !origin.is_tuple() {
        return false;
    }
    if origin == base.origin() {
        return true;
    }
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    host.and_then(|host| url::Url::parse(&format!("{}://{host}", base.scheme())).ok())
        .is_some_and(|as_served| as_served.origin() == origin)
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
        assert!(origin_allowed(&headers, "http://portal.example"), "the Host the browser used");
        assert!(!origin_allowed(&headers, "https://portal.example"), "plain http on an https portal");
        headers.insert(header::ORIGIN, HeaderValue::from_static("https://evil.example"));
        assert!(!origin_allowed(&headers, "http://127.0.0.1:8080"));
        headers.insert(header::ORIGIN, HeaderValue::from_static("null"));
        assert!(!origin_allowed(&headers, "http://127.0.0.1:8080"));
        headers.insert(header::HOST, HeaderValue::from_static("internal:9000"));
        headers.insert(header::ORIGIN, HeaderValue::from_static("https://portal.example"));
        assert!(origin_allowed(&headers, "https://portal.example"));
        assert!(origin_allowed(&headers, "https://portal.example:443"), "default port filled in");
        for other in [
            "http://portal.example",
            "https://portal.example:8443",
            "https://portal.example.evil",
            "https://sub.portal.example",
        ] {
            headers.insert(header::ORIGIN, HeaderValue::from_str(other).unwrap());
            assert!(!origin_allowed(&headers, "https://portal.example"), "{other}");
        }
        headers.remove(header::ORIGIN);
        headers.insert(header::REFERER, HeaderValue::from_static("http://portal.example/fr/"));
        assert!(!origin_allowed(&headers, "https://portal.example"), "a Referer is held to the same rule");
    }
}
