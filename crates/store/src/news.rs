//! News posts and communication actions. The SQL is in the macro below, shared by both
//! backends.

use async_trait::async_trait;
use domain::news::{ActionInput, ActionStatus, CommunicationAction, NewsInput, NewsPost};

use crate::StoreError;

#[async_trait]
pub trait NewsRepository: Send + Sync {
    async fn create_news(&self, input: &NewsInput, author: i64, now: i64) -> Result<i64, StoreError>;
    async fn update_news(&self, id: i64, input: &NewsInput, now: i64) -> Result<(), StoreError>;
    /// News, newest first.
    async fn list_news(&self) -> Result<Vec<NewsPost>, StoreError>;
    async fn news(&self, id: i64) -> Result<Option<NewsPost>, StoreError>;
    async fn create_action(&self, input: &ActionInput, now: i64) -> Result<i64, StoreError>;
    async fn set_action_status(&self, id: i64, status: ActionStatus, now: i64) -> Result<(), StoreError>;
    /// The dissemination plan, by date.
    async fn list_actions(&self) -> Result<Vec<CommunicationAction>, StoreError>;
}

#[derive(sqlx::FromRow)]
pub(crate) struct NewsRow {
    pub id: i64,
    pub title: String,
    pub body: String,
    pub published_on: String,
    pub author_name: Option<String>,
}

impl TryFrom<NewsRow> for NewsPost {
    type Error = StoreError;
    fn try_from(r: NewsRow) -> Result<NewsPost, StoreError> {
        let corrupt = |e: String| StoreError::Corrupt(format!("news {}: {e}", r.id));
        Ok(NewsPost {
            id: r.id,
            title: domain::Localized::from_json(&r.title).map_err(|e| corrupt(e.to_string()))?,
            body: domain::Localized::from_json(&r.body).map_err(|e| corrupt(e.to_string()))?,
            published_on: domain::plan::parse_required_date(&r.published_on).map_err(|e| corrupt(e.into()))?,
            author_name: r.author_name,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ActionRow {
    pub id: i64,
    pub title: String,
    pub audience: String,
    pub channel: String,
    pub date: String,
    pub status: String,
}

impl TryFrom<ActionRow> for CommunicationAction {
    type Error = StoreError;
    fn try_from(r: ActionRow) -> Result<CommunicationAction, StoreError> {
        let corrupt = |e: String| StoreError::Corrupt(format!("communication action {}: {e}", r.id));
        Ok(CommunicationAction {
            id: r.id,
            title: domain::Localized::from_json(&r.title).map_err(|e| corrupt(e.to_string()))?,
            audience: domain::Localized::from_json(&r.audience).map_err(|e| corrupt(e.to_string()))?,
            channel: domain::news::Channel::parse(&r.channel).map_err(|e| corrupt(e.into()))?,
            date: domain::plan::parse_required_date(&r.date).map_err(|e| corrupt(e.into()))?,
            status: ActionStatus::parse(&r.status).map_err(|e| corrupt(e.into()))?,
        })
    }
}

pub(crate) const NEWS_SELECT: &str = "SELECT n.id, n.title, n.body, n.published_on, u.name AS author_name
     FROM news_posts n LEFT JOIN users u ON u.id = n.author_id";

macro_rules! impl_news_repository {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::news::NewsRepository for $store {
            async fn create_news(&self, input: &domain::news::NewsInput, author: i64, now: i64) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar(
                    "INSERT INTO news_posts (title, body, published_on, author_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
                )
                .bind(input.title.to_json())
                .bind(input.body.to_json())
                .bind(input.published_on.to_string())
                .bind(author)
                .bind(now)
                .fetch_one(self.writer())
                .await?)
            }

            async fn update_news(&self, id: i64, input: &domain::news::NewsInput, now: i64) -> Result<(), StoreError> {
                let done = sqlx::query("UPDATE news_posts SET title = $1, body = $2, published_on = $3, updated_at = $4 WHERE id = $5")
                    .bind(input.title.to_json())
                    .bind(input.body.to_json())
                    .bind(input.published_on.to_string())
                    .bind(now)
                    .bind(id)
                    .execute(self.writer())
                    .await?
                    .rows_affected();
                if done == 0 {
                    return Err(StoreError::NotFound);
                }
                Ok(())
            }

            async fn list_news(&self) -> Result<Vec<domain::news::NewsPost>, StoreError> {
                let rows: Vec<$crate::news::NewsRow> =
                    sqlx::query_as(&format!("{} ORDER BY n.published_on DESC, n.id DESC", $crate::news::NEWS_SELECT))
                        .fetch_all(&self.pool)
                        .await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn news(&self, id: i64) -> Result<Option<domain::news::NewsPost>, StoreError> {
                let row: Option<$crate::news::NewsRow> = sqlx::query_as(&format!("{} WHERE n.id = $1", $crate::news::NEWS_SELECT))
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?;
                row.map(TryInto::try_into).transpose()
            }

            async fn create_action(&self, input: &domain::news::ActionInput, now: i64) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar(
                    "INSERT INTO communication_actions (title, audience, channel, date, status, created_at, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
                )
                .bind(input.title.to_json())
                .bind(input.audience.to_json())
                .bind(input.channel.code())
                .bind(input.date.to_string())
                .bind(input.status.code())
                .bind(now)
                .fetch_one(self.writer())
                .await?)
            }

            async fn set_action_status(&self, id: i64, status: domain::news::ActionStatus, now: i64) -> Result<(), StoreError> {
                let done = sqlx::query("UPDATE communication_actions SET status = $1, updated_at = $2 WHERE id = $3")
                    .bind(status.code())
                    .bind(now)
                    .bind(id)
                    .execute(self.writer())
                    .await?
                    .rows_affected();
                if done == 0 {
                    return Err(StoreError::NotFound);
                }
                Ok(())
            }

            async fn list_actions(&self) -> Result<Vec<domain::news::CommunicationAction>, StoreError> {
                let rows: Vec<$crate::news::ActionRow> = sqlx::query_as(
                    "SELECT id, title, audience, channel, date, status FROM communication_actions ORDER BY date, id",
                )
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }
        }
    };
}

pub(crate) use impl_news_repository;
