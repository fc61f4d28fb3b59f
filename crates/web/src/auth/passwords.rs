//! Argon2id password hashing, off the async threads.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

use crate::error::AppError;

/// Hashes with Argon2id (the crate's defaults: v19, 19 MiB, 2 passes, 1 lane; OWASP's minimum).
pub async fn hash(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| AppError::Internal(format!("hashing: {e}")))
    })
    .await
    .map_err(|e| AppError::Internal(format!("hashing task: {e}")))?
}

/// Checks a password. With no stored hash it still does the work, so that response time
/// does not reveal whether an account exists.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        let fallback;
        let stored = match stored {
            Some(s) => s,
            None => {
                fallback =
                    "$argon2id$v=19$m=19456,t=2,p=1$c2hhcmFrYWR1bW15c2FsdA$9fCp7c1o3k6pcmBMvy7nYdI2qyj0lcTH1nYrG0Y3u5M";
                let _ = PasswordHash::new(fallback).map(|h| Argon2::default().verify_password(password.as_bytes(), &h));
                return false;
            }
        };
        PasswordHash::new(&stored).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn hashes_verify_and_are_argon2id() {
        let h = super::hash("correct horse battery".into()).await.expect("hash");
        assert!(h.starts_with("$argon2id$"));
        assert!(super::verify("correct horse battery".into(), Some(h.clone())).await);
        assert!(!super::verify("wrong horse battery".into(), Some(h)).await);
        assert!(!super::verify("anything".into(), None).await);
    }
}
