//! Linked portals and their checks. The SQL is in the macro below, shared by both backends.

use async_trait::async_trait;
use domain::portal::{Portal, PortalCheck, PortalInput};

use crate::StoreError;

#[async_trait]
pub trait PortalRepository: Send + Sync {
    async fn create_portal(&self, input: &PortalInput, now: i64) -> Result<i64, StoreError>;
    /// Changing the address forgets the last check: it was about another site.
    async fn update_portal(&self, id: i64, input: &PortalInput, now: i64) -> Result<(), StoreError>;
    /// Removes the portal and the commitments' links to it.
    async fn delete_portal(&self, id: i64) -> Result<(), StoreError>;
    /// By kind, then in the order they were registered.
    async fn list_portals(&self) -> Result<Vec<Portal>, StoreError>;
    async fn portal(&self, id: i64) -> Result<Option<Portal>, StoreError>;
    async fn record_portal_check(&self, id: i64, check: &PortalCheck) -> Result<(), StoreError>;
    /// Replaces the portals a commitment links to (all at once, or not at all).
    async fn set_commitment_portals(&self, commitment_id: i64, portal_ids: &[i64]) -> Result<(), StoreError>;
    async fn portals_of_commitment(&self, commitment_id: i64) -> Result<Vec<Portal>, StoreError>;
}

#[derive(sqlx::FromRow)]
pub(crate) struct PortalRow {
    pub id: i64,
    pub kind: String,
    pub name: String,
    pub description: String,
    pub url: String,
    pub feed_url: Option<String>,
    pub checked_at: Option<i64>,
    pub reachable: Option<bool>,
    pub http_status: Option<i32>,
    pub problem: Option<String>,
    pub newest_entry_on: Option<String>,
}

impl TryFrom<PortalRow> for Portal {
    type Error = StoreError;
    fn try_from(r: PortalRow) -> Result<Portal, StoreError> {
        let corrupt = |e: String| StoreError::Corrupt(format!("portal {}: {e}", r.id));
        let last_check = match (r.checked_at, r.reachable) {
            (Some(checked_at), Some(reachable)) => Some(PortalCheck {
                checked_at,
                reachable,
                status: r.http_status.and_then(|s| u16::try_from(s).ok()),
                problem: r.problem,
                newest_entry_on: r
                    .newest_entry_on
                    .as_deref()
                    .map(domain::plan::parse_required_date)
                    .transpose()
                    .map_err(|e| corrupt(e.into()))?,
            }),
            _ => None,
        };
        Ok(Portal {
            id: r.id,
            kind: domain::portal::PortalKind::parse(&r.kind).map_err(|e| corrupt(e.into()))?,
            name: domain::Localized::from_json(&r.name).map_err(|e| corrupt(e.to_string()))?,
            description: domain::Localized::from_json(&r.description).map_err(|e| corrupt(e.to_string()))?,
            url: r.url,
            feed_url: r.feed_url,
            last_check,
        })
    }
}

/// Kinds in the order of [`domain::portal::PortalKind::ALL`], so lists group sensibly.
pub(crate) const PORTAL_SELECT: &str = "SELECT p.id, p.kind, p.name, p.description, p.url, p.feed_url, p.checked_at,
     p.reachable, p.http_status, p.problem, p.newest_entry_on FROM portals p";
pub(crate) const PORTAL_ORDER: &str = "ORDER BY CASE p.kind WHEN 'access-to-information' THEN 1 WHEN 'open-data' THEN 2
     WHEN 'budget' THEN 3 WHEN 'complaints' THEN 4 WHEN 'e-participation' THEN 5 WHEN 'legislation' THEN 6 ELSE 7 END, p.id";

macro_rules! impl_portal_repository {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::portals::PortalRepository for $store {
            async fn create_portal(&self, input: &domain::portal::PortalInput, now: i64) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar(
                    "INSERT INTO portals (kind, name, description, url, feed_url, created_at, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
                )
                .bind(input.kind.code())
                .bind(input.name.to_json())
                .bind(input.description.to_json())
                .bind(&input.url)
                .bind(&input.feed_url)
                .bind(now)
                .fetch_one(self.writer())
                .await?)
            }

            async fn update_portal(&self, id: i64, input: &domain::portal::PortalInput, now: i64) -> Result<(), StoreError> {
                let done = sqlx::query(
                    "UPDATE portals SET kind = $1, name = $2, description = $3, updated_at = $6,
                       checked_at = CASE WHEN url = $4 AND feed_url IS NOT DISTINCT FROM $5 THEN checked_at ELSE NULL END,
                       reachable = CASE WHEN url = $4 AND feed_url IS NOT DISTINCT FROM $5 THEN reachable ELSE NULL END,
                       url = $4, feed_url = $5
                     WHERE id = $7",
                )
                .bind(input.kind.code())
                .bind(input.name.to_json())
                .bind(input.description.to_json())
                .bind(&input.url)
                .bind(&input.feed_url)
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

            async fn delete_portal(&self, id: i64) -> Result<(), StoreError> {
                let done = sqlx::query("DELETE FROM portals WHERE id = $1").bind(id).execute(self.writer()).await?.rows_affected();
                if done == 0 {
                    return Err(StoreError::NotFound);
                }
                Ok(())
            }

            async fn list_portals(&self) -> Result<Vec<domain::portal::Portal>, StoreError> {
                let sql = format!("{} {}", $crate::portals::PORTAL_SELECT, $crate::portals::PORTAL_ORDER);
                let rows: Vec<$crate::portals::PortalRow> = sqlx::query_as(&sql).fetch_all(&self.pool).await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn portal(&self, id: i64) -> Result<Option<domain::portal::Portal>, StoreError> {
                let sql = format!("{} WHERE p.id = $1", $crate::portals::PORTAL_SELECT);
                let row: Option<$crate::portals::PortalRow> = sqlx::query_as(&sql).bind(id).fetch_optional(&self.pool).await?;
                row.map(TryInto::try_into).transpose()
            }

            async fn record_portal_check(&self, id: i64, check: &domain::portal::PortalCheck) -> Result<(), StoreError> {
                sqlx::query(
                    "UPDATE portals SET checked_at = $1, reachable = $2, http_status = $3, problem = $4, newest_entry_on = $5
                     WHERE id = $6",
                )
                .bind(check.checked_at)
                .bind(check.reachable)
                .bind(check.status.map(i32::from))
                .bind(&check.problem)
                .bind(check.newest_entry_on.map(|d| d.to_string()))
                .bind(id)
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn set_commitment_portals(&self, commitment_id: i64, portal_ids: &[i64]) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query("DELETE FROM commitment_portals WHERE commitment_id = $1").bind(commitment_id).execute(&mut *tx).await?;
                for portal_id in portal_ids {
                    sqlx::query(
                        "INSERT INTO commitment_portals (commitment_id, portal_id) SELECT $1, id FROM portals WHERE id = $2
                         ON CONFLICT DO NOTHING",
                    )
                    .bind(commitment_id)
                    .bind(portal_id)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn portals_of_commitment(&self, commitment_id: i64) -> Result<Vec<domain::portal::Portal>, StoreError> {
                let sql = format!(
                    "{} JOIN commitment_portals cp ON cp.portal_id = p.id WHERE cp.commitment_id = $1 {}",
                    $crate::portals::PORTAL_SELECT,
                    $crate::portals::PORTAL_ORDER
                );
                let rows: Vec<$crate::portals::PortalRow> = sqlx::query_as(&sql).bind(commitment_id).fetch_all(&self.pool).await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }
        }
    };
}

pub(crate) use impl_portal_repository;
