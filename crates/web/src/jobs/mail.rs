//! Outgoing mail goes through the outbox table: handlers queue a message in the same
//! transaction as the change that caused it, and this worker delivers it through the
//! instance's [`crate::mail::Mailer`]. A crash between queueing and sending loses nothing; a
//! failed delivery is tried again later, backing off.

use std::time::Duration;

use crate::state::AppState;

/// Delivers the messages that are due; returns how many were sent.
pub async fn deliver_due(state: &AppState) -> Result<usize, store::StoreError> {
    let mut sent = 0;
    loop {
        let now = state.now();
        let batch = state.db.claim_mail(now, 120, 20).await?;
        if batch.is_empty() {
            return Ok(sent);
        }
        for mail in batch {
            match state.mailer.send(&state.config.mail_from, &mail).await {
                Ok(()) => {
                    state.db.mark_mail_sent(mail.id, state.now()).await?;
                    sent += 1;
                }
                Err(err) => {
                    // Back off exponentially: 1, 2, 4 … minutes.
                    let delay = 60 * (1i64 << mail.attempts.clamp(0, 10));
                    tracing::warn!(id = mail.id, attempts = mail.attempts, %err, "mail delivery failed");
                    state.db.mark_mail_failed(mail.id, &err.to_string(), state.now() + delay).await?;
                }
            }
        }
    }
}

/// Runs until `shutdown` resolves, delivering mail when woken and every 30 seconds.
pub async fn run_worker(state: AppState, shutdown: impl std::future::Future<Output = ()>) {
    tokio::pin!(shutdown);
    // Reminders and followers' news are about hours and days: look for due ones hourly.
    let mut reminders_checked: Option<std::time::Instant> = None;
    loop {
        if reminders_checked.is_none_or(|t| t.elapsed() >= Duration::from_secs(3600)) {
            reminders_checked = Some(std::time::Instant::now());
            if let Err(err) = super::reminders::send_due(&state).await {
                tracing::error!(%err, "reminders");
            }
            if let Err(err) = super::notify::send_due(&state).await {
                tracing::error!(%err, "followers' e-mail");
            }
        }
        if let Err(err) = deliver_due(&state).await {
            tracing::error!(%err, "mail worker");
        }
        tokio::select! {
            _ = &mut shutdown => return,
            _ = state.mail_waker.notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(30)) => {}
        }
    }
}
