//! Implementation tracking: progress updates (with review), indicator measurements,
//! reminders sent once, IRM assessments and personal API tokens. The SQL is in the macro
//! below, shared by both backends.

use async_trait::async_trait;
use domain::commitment::Measurement;
use domain::implementation::{Assessment, AssessmentInput, ProgressInput, ProgressUpdate, ReminderKind};
use serde::Serialize;

use crate::records::NewMail;
use crate::StoreError;

/// A measurement waiting for review, with the indicator it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasurementReport {
    pub id: i64,
    pub indicator_id: i64,
    pub author_name: Option<String>,
    pub measurement: Measurement,
    pub created_at: i64,
}

/// A personal API token as its owner sees it (never the token itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct ApiToken {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub institution_id: i64,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// Someone a reminder goes to: an implementer of the responsible institution.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Recipient {
    pub email: String,
    pub name: String,
    pub locale: String,
}

#[async_trait]
pub trait ImplementationRepository: Send + Sync {
    /// Stores a progress update; when `publish`, the milestone takes its status and percent
    /// in the same transaction, otherwise it waits for review.
    async fn report_progress(
        &self,
        milestone_id: i64,
        input: &ProgressInput,
        author: i64,
        publish: bool,
        now: i64,
    ) -> Result<i64, StoreError>;
    /// Every update of a milestone, newest first (pending and rejected included).
    async fn progress_of_milestone(&self, milestone_id: i64) -> Result<Vec<ProgressUpdate>, StoreError>;
    /// Published updates of every milestone of a commitment, newest first.
    async fn published_progress_of_commitment(&self, commitment_id: i64) -> Result<Vec<ProgressUpdate>, StoreError>;
    /// Published updates of every milestone of a plan, newest first.
    async fn published_progress_of_plan(&self, plan_id: i64) -> Result<Vec<ProgressUpdate>, StoreError>;
    async fn pending_progress(&self) -> Result<Vec<ProgressUpdate>, StoreError>;
    /// Publishes (and applies to its milestone) or rejects a pending update.
    async fn review_progress(&self, id: i64, approve: bool, reviewer: i64, now: i64) -> Result<(), StoreError>;

    /// Stores a measurement; when `publish`, it joins the indicator's series at once.
    async fn report_measurement(
        &self,
        indicator_id: i64,
        measurement: &Measurement,
        author: i64,
        publish: bool,
        now: i64,
    ) -> Result<i64, StoreError>;
    async fn pending_measurements(&self) -> Result<Vec<MeasurementReport>, StoreError>;
    async fn review_measurement(&self, id: i64, approve: bool, reviewer: i64, now: i64) -> Result<(), StoreError>;

    /// The implementers of an institution, who get its milestones' reminders.
    async fn implementers_of(&self, institution_id: i64) -> Result<Vec<Recipient>, StoreError>;
    /// Queues a reminder unless the same one (milestone, kind, due date, recipient) was
    /// already sent; returns whether it was queued.
    async fn send_reminder_once(
        &self,
        milestone_id: i64,
        kind: ReminderKind,
        due_on: time::Date,
        mail: &NewMail,
        now: i64,
    ) -> Result<bool, StoreError>;

    async fn add_assessment(
        &self,
        commitment_id: i64,
        input: &AssessmentInput,
        reviewer: i64,
        now: i64,
    ) -> Result<i64, StoreError>;
    /// A commitment's assessments, newest first.
    async fn assessments_of(&self, commitment_id: i64) -> Result<Vec<Assessment>, StoreError>;
    async fn assessments_of_plan(&self, plan_id: i64) -> Result<Vec<Assessment>, StoreError>;

    async fn create_api_token(
        &self,
        user_id: i64,
        name: &str,
        token_hash: &str,
        institution_id: i64,
        now: i64,
    ) -> Result<i64, StoreError>;
    async fn api_tokens_of(&self, user_id: i64) -> Result<Vec<ApiToken>, StoreError>;
    /// Revokes one of the user's tokens; false when it is not theirs or already revoked.
    async fn revoke_api_token(&self, user_id: i64, id: i64, now: i64) -> Result<bool, StoreError>;
    /// The live token with this hash, marking it used.
    async fn use_api_token(&self, token_hash: &str, now: i64) -> Result<Option<ApiToken>, StoreError>;
}

#[derive(sqlx::FromRow)]
pub(crate) struct ProgressRow {
    pub id: i64,
    pub milestone_id: i64,
    pub author_name: Option<String>,
    pub status: String,
    pub percent: i64,
    pub narrative: String,
    pub reported_on: String,
    pub reason: Option<String>,
    pub evidence: String,
    pub review: String,
    pub created_at: i64,
}

impl TryFrom<ProgressRow> for ProgressUpdate {
    type Error = StoreError;
    fn try_from(r: ProgressRow) -> Result<ProgressUpdate, StoreError> {
        let corrupt = |e: String| StoreError::Corrupt(format!("progress update {}: {e}", r.id));
        Ok(ProgressUpdate {
            id: r.id,
            milestone_id: r.milestone_id,
            author_name: r.author_name,
            status: domain::commitment::MilestoneStatus::parse(&r.status).map_err(|e| corrupt(e.into()))?,
            percent: u8::try_from(r.percent.clamp(0, 100)).unwrap_or_default(),
            narrative: domain::Localized::from_json(&r.narrative).map_err(|e| corrupt(e.to_string()))?,
            reported_on: domain::plan::parse_required_date(&r.reported_on).map_err(|e| corrupt(e.into()))?,
            reason: r.reason,
            evidence: serde_json::from_str(&r.evidence).map_err(|e| corrupt(e.to_string()))?,
            review: domain::implementation::ReviewState::parse(&r.review).map_err(|e| corrupt(e.into()))?,
            created_at: r.created_at,
        })
    }
}

pub(crate) const PROGRESS_SELECT: &str =
    "SELECT p.id, p.milestone_id, u.name AS author_name, p.status, p.percent, p.narrative, p.reported_on, p.reason,
            p.evidence, p.review, p.created_at
     FROM progress_updates p LEFT JOIN users u ON u.id = p.author_id";

#[derive(sqlx::FromRow)]
pub(crate) struct AssessmentRow {
    pub id: i64,
    pub commitment_id: i64,
    pub scale: String,
    pub levels: String,
    pub assessed_on: String,
    pub report_url: Option<String>,
    pub reviewer_name: Option<String>,
}

impl TryFrom<AssessmentRow> for Assessment {
    type Error = StoreError;
    fn try_from(r: AssessmentRow) -> Result<Assessment, StoreError> {
        let corrupt = |e: String| StoreError::Corrupt(format!("assessment {}: {e}", r.id));
        Ok(Assessment {
            id: r.id,
            commitment_id: r.commitment_id,
            scale: domain::implementation::AssessmentScale::parse(&r.scale).map_err(|e| corrupt(e.into()))?,
            levels: serde_json::from_str(&r.levels).map_err(|e| corrupt(e.to_string()))?,
            assessed_on: domain::plan::parse_required_date(&r.assessed_on).map_err(|e| corrupt(e.into()))?,
            report_url: r.report_url,
            reviewer_name: r.reviewer_name,
        })
    }
}

pub(crate) const ASSESSMENT_SELECT: &str =
    "SELECT a.id, a.commitment_id, a.scale, a.levels, a.assessed_on, a.report_url, u.name AS reviewer_name
     FROM assessments a LEFT JOIN users u ON u.id = a.reviewer_id";

/// Adds a measurement to an indicator's stored series, kept in date order.
pub(crate) fn with_measurement(series: &str, measurement: &Measurement) -> Result<String, StoreError> {
    let mut all: Vec<Measurement> =
        serde_json::from_str(series).map_err(|e| StoreError::Corrupt(format!("indicator measurements: {e}")))?;
    all.push(measurement.clone());
    all.sort_by_key(|m| m.date);
    serde_json::to_string(&all).map_err(|e| StoreError::Invalid(e.to_string()))
}

macro_rules! impl_implementation_repository {
    ($store:ty) => {
        impl $store {
            async fn apply_progress(
                tx: &mut sqlx::Transaction<'_, DB>,
                milestone_id: i64,
                status: &str,
                percent: i64,
                now: i64,
            ) -> Result<(), StoreError> {
                sqlx::query("UPDATE milestones SET status = $1, percent = $2, updated_at = $3 WHERE id = $4")
                    .bind(status)
                    .bind(percent)
                    .bind(now)
                    .bind(milestone_id)
                    .execute(&mut **tx)
                    .await?;
                Ok(())
            }

            async fn apply_measurement(
                tx: &mut sqlx::Transaction<'_, DB>,
                indicator_id: i64,
                measurement: &domain::commitment::Measurement,
            ) -> Result<(), StoreError> {
                let series: Option<String> = sqlx::query_scalar("SELECT measurements FROM indicators WHERE id = $1")
                    .bind(indicator_id)
                    .fetch_optional(&mut **tx)
                    .await?;
                let series = $crate::implementation::with_measurement(&series.ok_or(StoreError::NotFound)?, measurement)?;
                sqlx::query("UPDATE indicators SET measurements = $1 WHERE id = $2")
                    .bind(series)
                    .bind(indicator_id)
                    .execute(&mut **tx)
                    .await?;
                Ok(())
            }

            async fn progress_where(&self, condition: &str, id: i64) -> Result<Vec<domain::implementation::ProgressUpdate>, StoreError> {
                let rows: Vec<$crate::implementation::ProgressRow> =
                    sqlx::query_as(&format!("{} WHERE {condition} ORDER BY p.reported_on DESC, p.id DESC", $crate::implementation::PROGRESS_SELECT))
                        .bind(id)
                        .fetch_all(&self.pool)
                        .await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn assessments_where(&self, condition: &str, id: i64) -> Result<Vec<domain::implementation::Assessment>, StoreError> {
                let rows: Vec<$crate::implementation::AssessmentRow> =
                    sqlx::query_as(&format!("{} WHERE {condition} ORDER BY a.assessed_on DESC, a.id DESC", $crate::implementation::ASSESSMENT_SELECT))
                        .bind(id)
                        .fetch_all(&self.pool)
                        .await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }
        }

        #[async_trait::async_trait]
        impl $crate::implementation::ImplementationRepository for $store {
            async fn report_progress(
                &self,
                milestone_id: i64,
                input: &domain::implementation::ProgressInput,
                author: i64,
                publish: bool,
                now: i64,
            ) -> Result<i64, StoreError> {
                let mut tx = self.begin_write().await?;
                let review = if publish { "published" } else { "pending" };
                let id: Result<i64, sqlx::Error> = sqlx::query_scalar(
                    "INSERT INTO progress_updates (milestone_id, author_id, status, percent, narrative, reported_on, reason, evidence, review, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
                )
                .bind(milestone_id)
                .bind(author)
                .bind(input.status.code())
                .bind(i64::from(input.percent))
                .bind(input.narrative.to_json())
                .bind(input.reported_on.to_string())
                .bind(&input.reason)
                .bind(serde_json::to_string(&input.evidence).map_err(|e| StoreError::Invalid(e.to_string()))?)
                .bind(review)
                .bind(now)
                .fetch_one(&mut *tx)
                .await;
                let id = match id {
                    Ok(id) => id,
                    Err(sqlx::Error::Database(db)) if db.is_foreign_key_violation() => return Err(StoreError::NotFound),
                    Err(err) => return Err(err.into()),
                };
                if publish {
                    Self::apply_progress(&mut tx, milestone_id, input.status.code(), i64::from(input.percent), now).await?;
                }
                tx.commit().await?;
                Ok(id)
            }

            async fn progress_of_milestone(&self, milestone_id: i64) -> Result<Vec<domain::implementation::ProgressUpdate>, StoreError> {
                self.progress_where("p.milestone_id = $1", milestone_id).await
            }

            async fn published_progress_of_commitment(&self, commitment_id: i64) -> Result<Vec<domain::implementation::ProgressUpdate>, StoreError> {
                self.progress_where(
                    "p.review = 'published' AND p.milestone_id IN (SELECT id FROM milestones WHERE commitment_id = $1)",
                    commitment_id,
                )
                .await
            }

            async fn published_progress_of_plan(&self, plan_id: i64) -> Result<Vec<domain::implementation::ProgressUpdate>, StoreError> {
                self.progress_where(
                    "p.review = 'published' AND p.milestone_id IN (SELECT m.id FROM milestones m JOIN commitments c ON c.id = m.commitment_id WHERE c.plan_id = $1)",
                    plan_id,
                )
                .await
            }

            async fn pending_progress(&self) -> Result<Vec<domain::implementation::ProgressUpdate>, StoreError> {
                self.progress_where("p.review = 'pending' AND p.id > $1", 0).await
            }

            async fn review_progress(&self, id: i64, approve: bool, reviewer: i64, now: i64) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                let review = if approve { "published" } else { "rejected" };
                let row: Option<(i64, String, i64)> = sqlx::query_as(
                    "UPDATE progress_updates SET review = $1, reviewed_by = $2, reviewed_at = $3 WHERE id = $4 AND review = 'pending'
                     RETURNING milestone_id, status, percent",
                )
                .bind(review)
                .bind(reviewer)
                .bind(now)
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
                let (milestone_id, status, percent) = row.ok_or(StoreError::NotFound)?;
                if approve {
                    Self::apply_progress(&mut tx, milestone_id, &status, percent, now).await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn report_measurement(
                &self,
                indicator_id: i64,
                measurement: &domain::commitment::Measurement,
                author: i64,
                publish: bool,
                now: i64,
            ) -> Result<i64, StoreError> {
                let mut tx = self.begin_write().await?;
                let id: Result<i64, sqlx::Error> = sqlx::query_scalar(
                    "INSERT INTO measurement_reports (indicator_id, author_id, value, measured_on, source, review, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(indicator_id)
                .bind(author)
                .bind(&measurement.value)
                .bind(measurement.date.map(|d| d.to_string()).unwrap_or_default())
                .bind(&measurement.source)
                .bind(if publish { "published" } else { "pending" })
                .bind(now)
                .fetch_one(&mut *tx)
                .await;
                let id = match id {
                    Ok(id) => id,
                    Err(sqlx::Error::Database(db)) if db.is_foreign_key_violation() => return Err(StoreError::NotFound),
                    Err(err) => return Err(err.into()),
                };
                if publish {
                    Self::apply_measurement(&mut tx, indicator_id, measurement).await?;
                }
                tx.commit().await?;
                Ok(id)
            }

            async fn pending_measurements(&self) -> Result<Vec<$crate::implementation::MeasurementReport>, StoreError> {
                let rows: Vec<(i64, i64, Option<String>, String, String, Option<String>, i64)> = sqlx::query_as(
                    "SELECT r.id, r.indicator_id, u.name, r.value, r.measured_on, r.source, r.created_at
                     FROM measurement_reports r LEFT JOIN users u ON u.id = r.author_id WHERE r.review = 'pending' ORDER BY r.id",
                )
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(id, indicator_id, author_name, value, date, source, created_at)| $crate::implementation::MeasurementReport {
                        id,
                        indicator_id,
                        author_name,
                        measurement: domain::commitment::Measurement {
                            value,
                            date: domain::plan::parse_date(&date).ok().flatten(),
                            source,
                        },
                        created_at,
                    })
                    .collect())
            }

            async fn review_measurement(&self, id: i64, approve: bool, reviewer: i64, now: i64) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                let row: Option<(i64, String, String, Option<String>)> = sqlx::query_as(
                    "UPDATE measurement_reports SET review = $1, reviewed_by = $2, reviewed_at = $3 WHERE id = $4 AND review = 'pending'
                     RETURNING indicator_id, value, measured_on, source",
                )
                .bind(if approve { "published" } else { "rejected" })
                .bind(reviewer)
                .bind(now)
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
                let (indicator_id, value, date, source) = row.ok_or(StoreError::NotFound)?;
                if approve {
                    let measurement = domain::commitment::Measurement {
                        value,
                        date: domain::plan::parse_date(&date).ok().flatten(),
                        source,
                    };
                    Self::apply_measurement(&mut tx, indicator_id, &measurement).await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn implementers_of(&self, institution_id: i64) -> Result<Vec<$crate::implementation::Recipient>, StoreError> {
                Ok(sqlx::query_as(
                    "SELECT DISTINCT u.email, u.name, u.locale FROM users u JOIN role_grants g ON g.user_id = u.id
                     WHERE g.role = 'implementer' AND g.scope_kind = 'institution' AND g.scope_id = $1 AND u.email_verified_at IS NOT NULL
                     ORDER BY u.email",
                )
                .bind(institution_id)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn send_reminder_once(
                &self,
                milestone_id: i64,
                kind: domain::implementation::ReminderKind,
                due_on: time::Date,
                mail: &$crate::records::NewMail,
                now: i64,
            ) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                let inserted = sqlx::query(
                    "INSERT INTO reminders_sent (milestone_id, kind, due_on, recipient, sent_at) VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT (milestone_id, kind, due_on, recipient) DO NOTHING",
                )
                .bind(milestone_id)
                .bind(kind.code())
                .bind(due_on.to_string())
                .bind(&mail.recipient)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if inserted == 0 {
                    return Ok(false);
                }
                insert_mail(&mut tx, mail, now).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn add_assessment(
                &self,
                commitment_id: i64,
                input: &domain::implementation::AssessmentInput,
                reviewer: i64,
                now: i64,
            ) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar(
                    "INSERT INTO assessments (commitment_id, reviewer_id, scale, levels, assessed_on, report_url, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(commitment_id)
                .bind(reviewer)
                .bind(input.scale.code())
                .bind(serde_json::to_string(&input.levels).map_err(|e| StoreError::Invalid(e.to_string()))?)
                .bind(input.assessed_on.to_string())
                .bind(&input.report_url)
                .bind(now)
                .fetch_one(self.writer())
                .await?)
            }

            async fn assessments_of(&self, commitment_id: i64) -> Result<Vec<domain::implementation::Assessment>, StoreError> {
                self.assessments_where("a.commitment_id = $1", commitment_id).await
            }

            async fn assessments_of_plan(&self, plan_id: i64) -> Result<Vec<domain::implementation::Assessment>, StoreError> {
                self.assessments_where("a.commitment_id IN (SELECT id FROM commitments WHERE plan_id = $1)", plan_id).await
            }

            async fn create_api_token(
                &self,
                user_id: i64,
                name: &str,
                token_hash: &str,
                institution_id: i64,
                now: i64,
            ) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar(
                    "INSERT INTO api_tokens (user_id, name, token_hash, institution_id, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(user_id)
                .bind(name)
                .bind(token_hash)
                .bind(institution_id)
                .bind(now)
                .fetch_one(self.writer())
                .await?)
            }

            async fn api_tokens_of(&self, user_id: i64) -> Result<Vec<$crate::implementation::ApiToken>, StoreError> {
                Ok(sqlx::query_as(
                    "SELECT id, user_id, name, institution_id, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY id DESC",
                )
                .bind(user_id)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn revoke_api_token(&self, user_id: i64, id: i64, now: i64) -> Result<bool, StoreError> {
                let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL")
                    .bind(now)
                    .bind(id)
                    .bind(user_id)
                    .execute(self.writer())
                    .await?
                    .rows_affected();
                Ok(done > 0)
            }

            async fn use_api_token(&self, token_hash: &str, now: i64) -> Result<Option<$crate::implementation::ApiToken>, StoreError> {
                Ok(sqlx::query_as(
                    "UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL
                     RETURNING id, user_id, name, institution_id, created_at, last_used_at, revoked_at",
                )
                .bind(now)
                .bind(token_hash)
                .fetch_optional(self.writer())
                .await?)
            }
        }
    };
}

pub(crate) use impl_implementation_repository;
