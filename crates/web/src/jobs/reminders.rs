//! E-mail reminders to the implementers responsible for a milestone: some days before its
//! due date, and once it is late. Each reminder is recorded with its message in one
//! transaction, so it is sent once even with several server processes.

use domain::implementation::{reminder_for, ReminderKind};
use store::{NewMail, StoreError};

use crate::state::AppState;

/// Queues the reminders due today; returns how many were queued.
pub async fn send_due(state: &AppState) -> Result<usize, StoreError> {
    let today = state.clock.now().date();
    let mut queued = 0;
    for plan in state.db.list_plans().await? {
        let commitments = state.db.commitments_of_plan(plan.id).await?;
        for milestone in state.db.milestones_of_plan(plan.id).await? {
            let Some(kind) = reminder_for(&milestone, today, state.config.reminder_days) else { continue };
            let (Some(commitment), Some(due)) =
                (commitments.iter().find(|c| c.id == milestone.commitment_id), milestone.due_on)
            else {
                continue;
            };
            let Some(institution) = milestone.reporting_institution(commitment) else { continue };
            for recipient in state.db.implementers_of(institution).await? {
                let locale = domain::Locale::parse_or(&recipient.locale, state.config.default_locale);
                let output = milestone
                    .output
                    .resolve(locale, state.config.default_locale)
                    .map(|r| r.text.to_string())
                    .unwrap_or_default();
                let link =
                    format!("{}/{}/admin/milestones/{}/progress", state.config.base_url, locale.code(), milestone.id);
                let due_text = due.to_string();
                let args = [
                    ("name", recipient.name.as_str()),
                    ("code", commitment.code.as_str()),
                    ("milestone", output.as_str()),
                    ("due", due_text.as_str()),
                    ("link", link.as_str()),
                ];
                let (subject, body) = match kind {
                    ReminderKind::DueSoon => ("mail-reminder-due-subject", "mail-reminder-due-body"),
                    ReminderKind::Late => ("mail-reminder-late-subject", "mail-reminder-late-body"),
                };
                let mail = NewMail {
                    recipient: recipient.email.clone(),
                    subject: state.i18n.t_args(locale, subject, &args),
                    body: state.i18n.t_args(locale, body, &args),
                    unsubscribe: None,
                };
                if state.db.send_reminder_once(milestone.id, kind, due, &mail, state.now()).await? {
                    queued += 1;
                }
            }
        }
    }
    if queued > 0 {
        state.mail_waker.notify_one();
    }
    Ok(queued)
}
