//! Entity tags: one way to name a body's version, and one way to read `If-None-Match`.

use sha2::{Digest, Sha256};

/// The quoted tag of `bytes` (the first 128 bits of their SHA-256).
pub fn of(bytes: &[u8]) -> String {
    format!("\"{}\"", &hex::encode(Sha256::digest(bytes))[..32])
}

/// Whether an `If-None-Match` value names `etag` (a comma-separated list of tags).
pub fn matches(if_none_match: Option<&str>, etag: &str) -> bool {
    if_none_match.is_some_and(|wanted| wanted.split(',').any(|t| t.trim() == etag))
}
