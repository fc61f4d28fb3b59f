//! Subscriptions: a participant follows a plan, a theme or a commitment and gets e-mail
//! (each hour, or as a weekly digest), with a one-click unsubscribe token in every e-mail.

use async_trait::async_trait;
use serde::Serialize;

use crate::records::NewMail;
use crate::StoreError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Subscription {
    pub id: i64,
    pub user_id: i64,
    pub email: String,
    pub name: String,
    pub locale: String,
    pub target_kind: String,
    pub target_id: i64,
    pub frequency: String,
    /// Put in the unsubscribe link of every e-mail.
    pub token: String,
    pub notified_until: i64,
    pub last_sent_at: Option<i64>,
}

#[async_trait]
pub trait SubscriptionRepository: Send + Sync {
    /// Follows a target (changing the frequency when already followed). News before `now`
    /// is not sent.
    async fn subscribe(
        &self,
        user_id: i64,
        target: (&str, i64),
        frequency: &str,
        token: &str,
        now: i64,
    ) -> Result<(), StoreError>;
    async fn subscriptions_of(&self, user_id: i64) -> Result<Vec<Subscription>, StoreError>;
    async fn all_subscriptions(&self) -> Result<Vec<Subscription>, StoreError>;
    /// Ends the subscription the token belongs to; false when there is none.
    async fn unsubscribe_by_token(&self, token: &str) -> Result<bool, StoreError>;
    async fn unsubscribe(&self, user_id: i64, id: i64) -> Result<bool, StoreError>;
    /// Queues a subscription's e-mail and moves its marker, in one transaction, so news is
    /// sent once.
    async fn send_subscription_mail(&self, id: i64, until: i64, mail: &NewMail, now: i64) -> Result<(), StoreError>;
}

pub(crate) const SUBSCRIPTION_SELECT: &str =
    "SELECT s.id, s.user_id, u.email, u.name, u.locale, s.target_kind, s.target_id, s.frequency, s.token, s.notified_until, s.last_sent_at
     FROM subscriptions s JOIN users u ON u.id = s.user_id";

macro_rules! impl_subscription_repository {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::subscriptions::SubscriptionRepository for $store {
            async fn subscribe(
                &self,
                user_id: i64,
                target: (&str, i64),
                frequency: &str,
                token: &str,
                now: i64,
            ) -> Result<(), StoreError> {
                sqlx::query(
                    "INSERT INTO subscriptions (user_id, target_kind, target_id, frequency, token, notified_until, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $6)
                     ON CONFLICT (user_id, target_kind, target_id) DO UPDATE SET frequency = excluded.frequency",
                )
                .bind(user_id)
                .bind(target.0)
                .bind(target.1)
                .bind(frequency)
                .bind(token)
                .bind(now)
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn subscriptions_of(&self, user_id: i64) -> Result<Vec<$crate::subscriptions::Subscription>, StoreError> {
                Ok(sqlx::query_as(&format!("{} WHERE s.user_id = $1 ORDER BY s.id", $crate::subscriptions::SUBSCRIPTION_SELECT))
                    .bind(user_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn all_subscriptions(&self) -> Result<Vec<$crate::subscriptions::Subscription>, StoreError> {
                Ok(sqlx::query_as(&format!("{} WHERE u.email_verified_at IS NOT NULL ORDER BY s.id", $crate::subscriptions::SUBSCRIPTION_SELECT))
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn unsubscribe_by_token(&self, token: &str) -> Result<bool, StoreError> {
                let done = sqlx::query("DELETE FROM subscriptions WHERE token = $1").bind(token).execute(self.writer()).await?;
                Ok(done.rows_affected() > 0)
            }

            async fn unsubscribe(&self, user_id: i64, id: i64) -> Result<bool, StoreError> {
                let done = sqlx::query("DELETE FROM subscriptions WHERE id = $1 AND user_id = $2")
                    .bind(id)
                    .bind(user_id)
                    .execute(self.writer())
                    .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn send_subscription_mail(&self, id: i64, until: i64, mail: &$crate::records::NewMail, now: i64) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                let moved = sqlx::query(
                    "UPDATE subscriptions SET notified_until = $1, last_sent_at = $2 WHERE id = $3 AND notified_until < $1",
                )
                .bind(until)
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                // Another process sent it already.
                if moved == 0 {
                    return Ok(());
                }
                insert_mail(&mut tx, mail, now).await?;
                tx.commit().await?;
                Ok(())
            }
        }
    };
}

pub(crate) use impl_subscription_repository;
