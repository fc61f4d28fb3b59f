//! E-mail to followers: for each subscription, the news of its plan, theme or commitment
//! since the last e-mail (published progress reports, consultations opened, the plan's
//! adoption), sent hourly or as a weekly digest, with a one-click unsubscribe link.

use domain::subscription::{FollowKind, Frequency};
use store::{NewMail, StoreError, Subscription};

use crate::state::AppState;

/// One piece of news: when, a line of text, a link.
struct News {
    at: i64,
    line: String,
}

async fn news_of(state: &AppState, s: &Subscription, locale: domain::Locale) -> Result<Vec<News>, StoreError> {
    let kind = FollowKind::parse(&s.target_kind).map_err(|e| StoreError::Corrupt(e.into()))?;
    let (plan_id, theme, code) = match kind {
        FollowKind::Plan => (Some(s.target_id), None, None),
        FollowKind::Theme => (state.db.theme(s.target_id).await?.map(|t| t.plan_id), Some(s.target_id), None),
        FollowKind::Commitment => {
            let c = state.db.commitment(s.target_id).await?;
            (c.as_ref().map(|c| c.plan_id), None, c.map(|c| c.code))
        }
    };
    let Some(plan_id) = plan_id else { return Ok(vec![]) };
    let base = format!("{}/{}", state.config.base_url, locale.code());
    let commitments = state.db.commitments_of_plan(plan_id).await?;
    let milestones = state.db.milestones_of_plan(plan_id).await?;
    let mut news = vec![];
    for u in state.db.published_progress_of_plan(plan_id).await? {
        let Some(c) = milestones
            .iter()
            .find(|m| m.id == u.milestone_id)
            .and_then(|m| commitments.iter().find(|c| c.id == m.commitment_id))
        else {
            continue;
        };
        if theme.is_some_and(|t| c.theme_id != Some(t)) || code.as_ref().is_some_and(|code| *code != c.code) {
            continue;
        }
        let narrative =
            u.narrative.resolve(locale, state.config.default_locale).map(|r| r.text.to_string()).unwrap_or_default();
        let status = state.i18n.t(locale, &format!("milestone-status-{}", u.status.code()));
        news.push(News {
            at: u.created_at,
            line: format!("{} · {status} · {} %\n{narrative}\n{base}/commitments/{}", c.code, u.percent, c.code),
        });
    }
    if code.is_none() {
        for c in state.db.consultations_of_plan(plan_id).await? {
            let title = state.i18n.t(locale, "consultation-title");
            news.push(News {
                at: c.frozen_at,
                line: format!("{title}: {} – {}\n{base}/consultations/{}", c.opens_on, c.closes_on, c.id),
            });
        }
        if let Some(a) = state.db.adoption(plan_id).await? {
            news.push(News { at: a.adopted_at, line: state.i18n.t(locale, "adoption-heading") });
        }
    }
    news.sort_by_key(|n| n.at);
    Ok(news)
}

/// Sends what is due; returns how many e-mails were queued.
pub async fn send_due(state: &AppState) -> Result<usize, StoreError> {
    let now = state.now();
    let mut queued = 0;
    for s in state.db.all_subscriptions().await? {
        let frequency = Frequency::parse(&s.frequency).unwrap_or(Frequency::Weekly);
        if s.last_sent_at.is_some_and(|t| now - t < frequency.interval_secs()) {
            continue;
        }
        let locale = domain::Locale::parse_or(&s.locale, state.config.default_locale);
        let fresh: Vec<News> =
            news_of(state, &s, locale).await?.into_iter().filter(|n| n.at > s.notified_until && n.at <= now).collect();
        let Some(until) = fresh.iter().map(|n| n.at).max() else { continue };
        let lines: Vec<String> = fresh.into_iter().map(|n| n.line).collect();
        let unsubscribe = format!("{}/{}/unsubscribe?token={}", state.config.base_url, locale.code(), s.token);
        let mail = NewMail {
            recipient: s.email.clone(),
            subject: state.i18n.t_args(locale, "mail-follow-subject", &[("count", &lines.len().to_string())]),
            body: state.i18n.t_args(
                locale,
                "mail-follow-body",
                &[("name", &s.name), ("news", &lines.join("\n\n")), ("unsubscribe", &unsubscribe)],
            ),
            unsubscribe: Some(unsubscribe),
        };
        state.db.send_subscription_mail(s.id, until, &mail, now).await?;
        queued += 1;
    }
    if queued > 0 {
        state.mail_waker.notify_one();
    }
    Ok(queued)
}
