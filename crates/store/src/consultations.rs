//! Consultations on frozen drafts, reasoned responses, moderation, the adoption of the final
//! plan, voluntary profiles and the hash-chained audit log. The SQL is in the macro below,
//! shared by both backends.

use async_trait::async_trait;
use domain::consultation::{Consultation, FrozenPlan, Profile, ResponseInput};
use domain::contribution::Contribution;
use serde::Serialize;
use sha2::{Digest, Sha256};
use time::Date;

use crate::records::NewMail;
use crate::StoreError;

/// The adoption of a plan as final. `override_reason` is set when it was adopted with
/// contributions still unanswered; it is shown publicly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Adoption {
    pub plan_id: i64,
    pub adopted_at: i64,
    pub unanswered: i64,
    pub override_reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct AuditEntry {
    pub id: i64,
    pub at: i64,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    pub action: String,
    pub subject: String,
    pub detail: String,
    pub prev_hash: String,
    pub hash: String,
}

/// A contribution waiting for a moderator: reported by participants, or held back by
/// pre-moderation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlaggedContribution {
    pub contribution: Contribution,
    pub reports: Vec<String>,
}

/// The link of the chain: the hash of the previous entry and this entry's fields.
pub fn audit_hash(prev: &str, at: i64, actor: Option<i64>, action: &str, subject: &str, detail: &str) -> String {
    let mut hasher = Sha256::new();
    for part in [prev, &at.to_string(), &actor.map(|a| a.to_string()).unwrap_or_default(), action, subject, detail] {
        hasher.update(part.as_bytes());
        hasher.update([0x1f]);
    }
    hex::encode(hasher.finalize())
}

/// Checks the chain; returns the number of entries, or the id of the first broken one.
pub fn verify_chain(entries: &[AuditEntry]) -> Result<usize, i64> {
    let mut prev = String::new();
    for e in entries {
        if e.prev_hash != prev || audit_hash(&prev, e.at, e.actor_id, &e.action, &e.subject, &e.detail) != e.hash {
            return Err(e.id);
        }
        prev = e.hash.clone();
    }
    Ok(entries.len())
}

#[async_trait]
pub trait ConsultationRepository: Send + Sync {
    /// Freezes the draft and opens a consultation on it.
    async fn open_consultation(
        &self,
        plan_id: i64,
        window: (Date, Date),
        snapshot: &FrozenPlan,
        actor: i64,
        now: i64,
    ) -> Result<i64, StoreError>;
    async fn change_consultation_window(
        &self,
        id: i64,
        window: (Date, Date),
        actor: i64,
        now: i64,
    ) -> Result<(), StoreError>;
    async fn consultation(&self, id: i64) -> Result<Option<Consultation>, StoreError>;
    /// A plan's consultations, newest first.
    async fn consultations_of_plan(&self, plan_id: i64) -> Result<Vec<Consultation>, StoreError>;
    /// Every comment of a consultation, oldest first (hidden ones as tombstones).
    async fn consultation_comments(&self, consultation_id: i64) -> Result<Vec<Contribution>, StoreError>;
    /// Every contribution to a plan (proposals, comments, meeting inputs), oldest first.
    async fn contributions_of_plan(&self, plan_id: i64) -> Result<Vec<Contribution>, StoreError>;
    /// Public contributions of every plan (not awaiting moderation), oldest first, and
    /// how many there are in all.
    async fn public_contributions(&self, offset: i64, limit: i64) -> Result<(Vec<Contribution>, i64), StoreError>;

    /// Saves the draft of a response (replacing an earlier draft; a published response
    /// stays published with its new text).
    async fn draft_response(
        &self,
        contribution_id: i64,
        input: &ResponseInput,
        actor: i64,
        now: i64,
    ) -> Result<(), StoreError>;
    /// Publishes the drafted response and queues the e-mail to its author, in one transaction.
    async fn publish_response(
        &self,
        contribution_id: i64,
        mail: Option<&NewMail>,
        actor: i64,
        now: i64,
    ) -> Result<(), StoreError>;
    /// Contributions to the plan that still lack a published response (hidden and held-back
    /// ones do not count).
    async fn unanswered_count(&self, plan_id: i64) -> Result<i64, StoreError>;
    /// Adopts the final plan. Refused while contributions are unanswered, unless an
    /// override reason is given; the check and the adoption happen in one transaction.
    async fn adopt_plan(
        &self,
        plan_id: i64,
        override_reason: Option<&str>,
        actor: i64,
        now: i64,
    ) -> Result<Adoption, StoreError>;
    async fn adoption(&self, plan_id: i64) -> Result<Option<Adoption>, StoreError>;
    /// When the plan (and its timeline) was first published on the portal.
    async fn plan_published_at(&self, plan_id: i64) -> Result<Option<i64>, StoreError>;

    /// Records a participant's report; reporting twice changes nothing.
    async fn report_contribution(&self, id: i64, user_id: i64, reason: &str, now: i64) -> Result<(), StoreError>;
    /// Hides a contribution behind a public reason; its text is kept for the record.
    async fn hide_contribution(&self, id: i64, reason: &str, actor: i64, now: i64) -> Result<(), StoreError>;
    /// Makes a held-back contribution public.
    async fn approve_contribution(&self, id: i64, actor: i64, now: i64) -> Result<(), StoreError>;
    async fn moderation_queue(&self) -> Result<Vec<FlaggedContribution>, StoreError>;

    async fn save_profile(&self, user_id: i64, profile: &Profile, now: i64) -> Result<(), StoreError>;
    async fn profile(&self, user_id: i64) -> Result<Profile, StoreError>;
    /// The profiles of everyone who contributed to a plan (empty for those who gave none).
    async fn contributor_profiles(&self, plan_id: i64) -> Result<Vec<Profile>, StoreError>;

    /// Appends an entry outside any other change (e.g. a refused action worth recording).
    async fn audit(
        &self,
        actor: Option<i64>,
        action: &str,
        subject: &str,
        detail: &str,
        now: i64,
    ) -> Result<(), StoreError>;
    /// The whole log, oldest first.
    async fn audit_log(&self) -> Result<Vec<AuditEntry>, StoreError>;
}

pub(crate) fn profile_from_row(row: Option<(String, String, String)>) -> Profile {
    use domain::consultation::{Gender, Sector};
    match row {
        None => Profile::default(),
        Some((sector, gender, region)) => {
            Profile { sector: Sector::parse(&sector).ok(), gender: Gender::parse(&gender).ok(), region }
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ConsultationRow {
    pub id: i64,
    pub plan_id: i64,
    pub opens_on: String,
    pub closes_on: String,
    pub snapshot: String,
    pub frozen_at: i64,
}

impl TryFrom<ConsultationRow> for Consultation {
    type Error = StoreError;
    fn try_from(r: ConsultationRow) -> Result<Consultation, StoreError> {
        let corrupt = |e: String| StoreError::Corrupt(format!("consultation {}: {e}", r.id));
        let date = |raw: &str| domain::plan::parse_required_date(raw).map_err(|e| corrupt(e.to_string()));
        Ok(Consultation {
            id: r.id,
            plan_id: r.plan_id,
            opens_on: date(&r.opens_on)?,
            closes_on: date(&r.closes_on)?,
            frozen_at: r.frozen_at,
            snapshot: serde_json::from_str(&r.snapshot).map_err(|e| corrupt(e.to_string()))?,
        })
    }
}

macro_rules! impl_consultation_repository {
    ($store:ty, $lock_audit:literal) => {
        impl $store {
            /// Appends to the audit log inside `tx`. Call it after the change's own writes:
            /// the transaction then holds the write lock (SQLite) or the advisory lock
            /// (PostgreSQL), so two entries never claim the same predecessor.
            async fn append_audit(
                tx: &mut sqlx::Transaction<'_, DB>,
                actor: Option<i64>,
                action: &str,
                subject: &str,
                detail: &str,
                now: i64,
            ) -> Result<(), StoreError> {
                sqlx::query($lock_audit).execute(&mut **tx).await?;
                let prev: Option<String> = sqlx::query_scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")
                    .fetch_optional(&mut **tx)
                    .await?;
                let prev = prev.unwrap_or_default();
                let hash = $crate::consultations::audit_hash(&prev, now, actor, action, subject, detail);
                sqlx::query(
                    "INSERT INTO audit_log (at, actor_id, action, subject, detail, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(now)
                .bind(actor)
                .bind(action)
                .bind(subject)
                .bind(detail)
                .bind(&prev)
                .bind(&hash)
                .execute(&mut **tx)
                .await?;
                Ok(())
            }

            async fn contributions_where(
                &self,
                condition: &str,
                id: i64,
            ) -> Result<Vec<domain::contribution::Contribution>, StoreError> {
                let rows: Vec<$crate::contributions::ContributionRow> = sqlx::query_as(&format!(
                    "{} WHERE {condition} ORDER BY c.created_at, c.id",
                    $crate::contributions::CONTRIBUTION_SELECT
                ))
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }
        }

        #[async_trait::async_trait]
        impl $crate::consultations::ConsultationRepository for $store {
            async fn open_consultation(
                &self,
                plan_id: i64,
                window: (time::Date, time::Date),
                snapshot: &domain::consultation::FrozenPlan,
                actor: i64,
                now: i64,
            ) -> Result<i64, StoreError> {
                let mut tx = self.begin_write().await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO consultations (plan_id, opens_on, closes_on, snapshot, frozen_at, created_by)
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(plan_id)
                .bind(window.0.to_string())
                .bind(window.1.to_string())
                .bind(snapshot.to_json())
                .bind(now)
                .bind(actor)
                .fetch_one(&mut *tx)
                .await?;
                let detail = format!("{} – {}, {} commitments frozen", window.0, window.1, snapshot.commitments.len());
                Self::append_audit(&mut tx, Some(actor), "consultation.open", &format!("consultation:{id}"), &detail, now).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn change_consultation_window(
                &self,
                id: i64,
                window: (time::Date, time::Date),
                actor: i64,
                now: i64,
            ) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                let changed = sqlx::query("UPDATE consultations SET opens_on = $2, closes_on = $3 WHERE id = $1")
                    .bind(id)
                    .bind(window.0.to_string())
                    .bind(window.1.to_string())
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if changed == 0 {
                    return Err(StoreError::NotFound);
                }
                let detail = format!("{} – {}", window.0, window.1);
                Self::append_audit(&mut tx, Some(actor), "consultation.dates", &format!("consultation:{id}"), &detail, now).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn consultation(&self, id: i64) -> Result<Option<domain::consultation::Consultation>, StoreError> {
                let row: Option<$crate::consultations::ConsultationRow> = sqlx::query_as(
                    "SELECT id, plan_id, opens_on, closes_on, snapshot, frozen_at FROM consultations WHERE id = $1",
                )
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(TryInto::try_into).transpose()
            }

            async fn consultations_of_plan(&self, plan_id: i64) -> Result<Vec<domain::consultation::Consultation>, StoreError> {
                let rows: Vec<$crate::consultations::ConsultationRow> = sqlx::query_as(
                    "SELECT id, plan_id, opens_on, closes_on, snapshot, frozen_at FROM consultations WHERE plan_id = $1 ORDER BY id DESC",
                )
                .bind(plan_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn consultation_comments(&self, consultation_id: i64) -> Result<Vec<domain::contribution::Contribution>, StoreError> {
                self.contributions_where("c.consultation_id = $1", consultation_id).await
            }

            async fn contributions_of_plan(&self, plan_id: i64) -> Result<Vec<domain::contribution::Contribution>, StoreError> {
                self.contributions_where("c.plan_id = $1", plan_id).await
            }

            async fn public_contributions(&self, offset: i64, limit: i64) -> Result<(Vec<domain::contribution::Contribution>, i64), StoreError> {
                let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM contributions WHERE pending = 0").fetch_one(&self.pool).await?;
                let rows: Vec<$crate::contributions::ContributionRow> = sqlx::query_as(&format!(
                    "{} WHERE c.pending = 0 ORDER BY c.id LIMIT $1 OFFSET $2",
                    $crate::contributions::CONTRIBUTION_SELECT
                ))
                .bind(limit)
                .bind(offset)
                .fetch_all(&self.pool)
                .await?;
                let items = rows.into_iter().map(TryInto::try_into).collect::<Result<Vec<_>, _>>()?;
                Ok((items, total))
            }

            async fn draft_response(
                &self,
                contribution_id: i64,
                input: &domain::consultation::ResponseInput,
                actor: i64,
                now: i64,
            ) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                if let Some(revision) = input.revision_id {
                    let found: Option<i64> = sqlx::query_scalar("SELECT id FROM revisions WHERE id = $1")
                        .bind(revision)
                        .fetch_optional(&mut *tx)
                        .await?;
                    if found.is_none() {
                        return Err(StoreError::Refused { field: "revision_id", code: "revision-unknown" });
                    }
                }
                let changed = sqlx::query(
                    "INSERT INTO contribution_responses (contribution_id, status, merged_into, justification, revision_id, drafted_by, drafted_at)
                     SELECT id, $2, $3, $4, $5, $6, $7 FROM contributions WHERE id = $1
                     ON CONFLICT (contribution_id) DO UPDATE SET status = excluded.status, merged_into = excluded.merged_into,
                        justification = excluded.justification, revision_id = excluded.revision_id,
                        drafted_by = excluded.drafted_by, drafted_at = excluded.drafted_at",
                )
                .bind(contribution_id)
                .bind(input.status.code())
                .bind(input.merged_into)
                .bind(input.justification.to_json())
                .bind(input.revision_id)
                .bind(actor)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if changed == 0 {
                    return Err(StoreError::NotFound);
                }
                Self::append_audit(&mut tx, Some(actor), "response.draft", &format!("contribution:{contribution_id}"), input.status.code(), now).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn publish_response(
                &self,
                contribution_id: i64,
                mail: Option<&$crate::records::NewMail>,
                actor: i64,
                now: i64,
            ) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                let changed = sqlx::query(
                    "UPDATE contribution_responses SET published_by = $2, published_at = $3 WHERE contribution_id = $1 AND published_at IS NULL",
                )
                .bind(contribution_id)
                .bind(actor)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if changed == 0 {
                    let exists: Option<i64> = sqlx::query_scalar("SELECT contribution_id FROM contribution_responses WHERE contribution_id = $1")
                        .bind(contribution_id)
                        .fetch_optional(&mut *tx)
                        .await?;
                    return Err(StoreError::Refused {
                        field: "response",
                        code: if exists.is_some() { "response-already-published" } else { "response-missing" },
                    });
                }
                if let Some(mail) = mail {
                    insert_mail(&mut tx, mail, now).await?;
                }
                Self::append_audit(&mut tx, Some(actor), "response.publish", &format!("contribution:{contribution_id}"), "", now).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn unanswered_count(&self, plan_id: i64) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar($crate::consultations::UNANSWERED).bind(plan_id).fetch_one(&self.pool).await?)
            }

            async fn adopt_plan(
                &self,
                plan_id: i64,
                override_reason: Option<&str>,
                actor: i64,
                now: i64,
            ) -> Result<$crate::consultations::Adoption, StoreError> {
                let mut tx = self.begin_write().await?;
                // Claim the adoption first: the row write takes the lock, so the count below
                // cannot miss a response published at the same moment.
                let inserted = sqlx::query(
                    "INSERT INTO plan_adoptions (plan_id, adopted_at, adopted_by, unanswered) VALUES ($1, $2, $3, 0)
                     ON CONFLICT (plan_id) DO NOTHING",
                )
                .bind(plan_id)
                .bind(now)
                .bind(actor)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if inserted == 0 {
                    return Err(StoreError::Refused { field: "override_reason", code: "plan-already-adopted" });
                }
                let unanswered: i64 = sqlx::query_scalar($crate::consultations::UNANSWERED).bind(plan_id).fetch_one(&mut *tx).await?;
                let reason = domain::consultation::check_adoption(unanswered, override_reason.unwrap_or(""))
                    .map_err(|code| StoreError::Refused { field: "override_reason", code })?;
                let reason = reason.filter(|_| unanswered > 0);
                sqlx::query("UPDATE plan_adoptions SET unanswered = $2, override_reason = $3 WHERE plan_id = $1")
                    .bind(plan_id)
                    .bind(unanswered)
                    .bind(&reason)
                    .execute(&mut *tx)
                    .await?;
                let (action, detail) = match &reason {
                    Some(reason) => ("plan.adopt-override", format!("{unanswered} unanswered: {reason}")),
                    None => ("plan.adopt", String::new()),
                };
                Self::append_audit(&mut tx, Some(actor), action, &format!("plan:{plan_id}"), &detail, now).await?;
                tx.commit().await?;
                Ok($crate::consultations::Adoption { plan_id, adopted_at: now, unanswered, override_reason: reason })
            }

            async fn adoption(&self, plan_id: i64) -> Result<Option<$crate::consultations::Adoption>, StoreError> {
                Ok(sqlx::query_as(
                    "SELECT plan_id, adopted_at, unanswered, override_reason FROM plan_adoptions WHERE plan_id = $1",
                )
                .bind(plan_id)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn plan_published_at(&self, plan_id: i64) -> Result<Option<i64>, StoreError> {
                Ok(sqlx::query_scalar("SELECT created_at FROM plans WHERE id = $1").bind(plan_id).fetch_optional(&self.pool).await?)
            }

            async fn report_contribution(&self, id: i64, user_id: i64, reason: &str, now: i64) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                let inserted = sqlx::query(
                    "INSERT INTO contribution_reports (contribution_id, user_id, reason, created_at)
                     SELECT id, $2, $3, $4 FROM contributions WHERE id = $1
                     ON CONFLICT (contribution_id, user_id) DO NOTHING",
                )
                .bind(id)
                .bind(user_id)
                .bind(reason)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if inserted > 0 {
                    Self::append_audit(&mut tx, Some(user_id), "contribution.report", &format!("contribution:{id}"), reason, now).await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn hide_contribution(&self, id: i64, reason: &str, actor: i64, now: i64) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                let changed = sqlx::query("UPDATE contributions SET hidden_reason = $2, hidden_at = $3, pending = 0 WHERE id = $1")
                    .bind(id)
                    .bind(reason)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if changed == 0 {
                    return Err(StoreError::NotFound);
                }
                Self::append_audit(&mut tx, Some(actor), "contribution.hide", &format!("contribution:{id}"), reason, now).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn approve_contribution(&self, id: i64, actor: i64, now: i64) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                let changed = sqlx::query("UPDATE contributions SET pending = 0 WHERE id = $1 AND pending = 1")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if changed == 0 {
                    return Err(StoreError::NotFound);
                }
                Self::append_audit(&mut tx, Some(actor), "contribution.approve", &format!("contribution:{id}"), "", now).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn moderation_queue(&self) -> Result<Vec<$crate::consultations::FlaggedContribution>, StoreError> {
                let flagged = self
                    .contributions_where(
                        "c.hidden_reason IS NULL AND (c.pending = 1 OR EXISTS (SELECT 1 FROM contribution_reports cr WHERE cr.contribution_id = c.id)) AND c.id > $1",
                        0,
                    )
                    .await?;
                let reports: Vec<(i64, String)> = sqlx::query_as("SELECT contribution_id, reason FROM contribution_reports ORDER BY created_at")
                    .fetch_all(&self.pool)
                    .await?;
                Ok(flagged
                    .into_iter()
                    .map(|contribution| {
                        let reports = reports.iter().filter(|(id, _)| *id == contribution.id).map(|(_, r)| r.clone()).collect();
                        $crate::consultations::FlaggedContribution { contribution, reports }
                    })
                    .collect())
            }

            async fn save_profile(&self, user_id: i64, profile: &domain::consultation::Profile, now: i64) -> Result<(), StoreError> {
                sqlx::query(
                    "INSERT INTO participant_profiles (user_id, sector, gender, region, updated_at) VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT (user_id) DO UPDATE SET sector = excluded.sector, gender = excluded.gender,
                        region = excluded.region, updated_at = excluded.updated_at",
                )
                .bind(user_id)
                .bind(profile.sector.map(|s| s.code()).unwrap_or(""))
                .bind(profile.gender.map(|g| g.code()).unwrap_or(""))
                .bind(&profile.region)
                .bind(now)
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn profile(&self, user_id: i64) -> Result<domain::consultation::Profile, StoreError> {
                let row: Option<(String, String, String)> =
                    sqlx::query_as("SELECT sector, gender, region FROM participant_profiles WHERE user_id = $1")
                        .bind(user_id)
                        .fetch_optional(&self.pool)
                        .await?;
                Ok($crate::consultations::profile_from_row(row))
            }

            async fn contributor_profiles(&self, plan_id: i64) -> Result<Vec<domain::consultation::Profile>, StoreError> {
                let rows: Vec<(Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
                    "SELECT p.sector, p.gender, p.region
                     FROM (SELECT DISTINCT author_id FROM contributions WHERE plan_id = $1 AND pending = 0 AND kind <> 'meeting-input') a
                     LEFT JOIN participant_profiles p ON p.user_id = a.author_id",
                )
                .bind(plan_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(s, g, r)| $crate::consultations::profile_from_row(Some((s.unwrap_or_default(), g.unwrap_or_default(), r.unwrap_or_default()))))
                    .collect())
            }

            async fn audit(&self, actor: Option<i64>, action: &str, subject: &str, detail: &str, now: i64) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                Self::append_audit(&mut tx, actor, action, subject, detail, now).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn audit_log(&self) -> Result<Vec<$crate::consultations::AuditEntry>, StoreError> {
                Ok(sqlx::query_as(
                    "SELECT a.id, a.at, a.actor_id, u.name AS actor_name, a.action, a.subject, a.detail, a.prev_hash, a.hash
                     FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id ORDER BY a.id",
                )
                .fetch_all(&self.pool)
                .await?)
            }
        }
    };
}

pub(crate) use impl_consultation_repository;

/// Contributions of a plan without a published response; hidden and held-back ones excluded.
pub(crate) const UNANSWERED: &str = "SELECT COUNT(*) FROM contributions c
     LEFT JOIN contribution_responses r ON r.contribution_id = c.id
     WHERE c.plan_id = $1 AND c.hidden_reason IS NULL AND c.pending = 0 AND r.published_at IS NULL";
