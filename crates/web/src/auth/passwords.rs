//! Argon2id password hashing, off the async threads, on a few threads of its own.
//!
//! Each hash takes 19 MiB. On the blocking pool, a burst of sign-ins ran dozens at once, and
//! every thread's allocator arena kept its 19 MiB afterwards (the server grew past 500 MB).
//! A fixed set of workers bounds both: a burst queues, and memory stays at workers × 19 MiB.

use std::sync::{mpsc, Arc, Mutex, OnceLock};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

use crate::error::AppError;

type Job = Box<dyn FnOnce() + Send>;

/// At most this many hashes at once.
const MAX_WORKERS: usize = 2;

fn workers() -> &'static Mutex<mpsc::Sender<Job>> {
    static WORKERS: OnceLock<Mutex<mpsc::Sender<Job>>> = OnceLock::new();
    WORKERS.get_or_init(|| {
        let (sender, receiver) = mpsc::channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        let count = std::thread::available_parallelism().map_or(1, |n| n.get()).min(MAX_WORKERS);
        for n in 0..count {
            let receiver = receiver.clone();
            let spawned = std::thread::Builder::new().name(format!("password-{n}")).spawn(move || loop {
                let job = match receiver.lock() {
                    Ok(receiver) => receiver.recv(),
                    Err(_) => return,
                };
                match job {
                    // A panic fails that one hash (its caller sees no answer), not the worker.
                    Ok(job) => {
                        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                    }
                    Err(_) => return,
                }
            });
            if let Err(err) = spawned {
                tracing::error!(%err, "could not start a password worker");
            }
        }
        Mutex::new(sender)
    })
}

/// Runs `work` on a password worker; `None` if the workers are gone.
async fn on_worker<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (done, result) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = done.send(work());
    });
    workers().lock().ok()?.send(job).ok()?;
    result.await.ok()
}

/// Hashes with Argon2id (the crate's defaults: v19, 19 MiB, 2 passes, 1 lane; OWASP's minimum).
pub async fn hash(password: String) -> Result<String, AppError> {
    on_worker(move || {
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| AppError::Internal(format!("hashing: {e}")))
    })
    .await
    .ok_or_else(|| AppError::Internal("no password worker".into()))?
}

/// Checks a password. With no stored hash it still does the work, so that response time
/// does not reveal whether an account exists.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    on_worker(move || {
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
