//! Plans, themes, commitments, milestones and indicators, and the OGP data import.

use std::collections::BTreeMap;

use async_trait::async_trait;
use domain::commitment::{Commitment, CommitmentStatus, Indicator, Milestone, MilestoneStatus, OgpValue, Theme};
use domain::plan::Plan;
use domain::Localized;
use time::Date;

use crate::StoreError;

/// One commitment of an OGP data import, already parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedCommitment {
    pub code: String,
    pub member: String,
    pub member_code: Option<String>,
    pub plan_ogp_id: String,
    pub plan_slug: String,
    pub plan_title: Localized,
    pub plan_number: i64,
    pub plan_starts_on: Option<Date>,
    pub plan_ends_on: Option<Date>,
    pub number: Option<String>,
    pub theme: Option<String>,
    /// Template texts by field name, in the language of the source.
    pub texts: BTreeMap<String, Localized>,
    pub lead_institution: Option<InstitutionRef>,
    pub supporting_institutions: Vec<InstitutionRef>,
    pub values: Vec<OgpValue>,
    pub policy_areas: Vec<String>,
    pub assessment: BTreeMap<String, String>,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub source_url: Option<String>,
    /// The source row, cell by cell, kept for a faithful export.
    pub raw: Vec<String>,
}

/// An institution named in imported data, matched on its normalised name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstitutionRef {
    pub name: Localized,
    pub normalized: String,
    /// The slug to use if the institution has to be created (made unique on insert).
    pub slug: String,
    pub branch: domain::institution::Branch,
    /// "MoF" of "Ministry of Finance (MoF)": matched against the directory's acronyms.
    pub acronym: Option<String>,
    /// The normalised name as written, acronym included, which earlier imports matched on.
    pub normalized_as_written: String,
}

/// What an import did. A second run of the same file reports only unchanged rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportCounts {
    pub plans_created: u64,
    pub plans_updated: u64,
    pub commitments_created: u64,
    pub commitments_updated: u64,
    pub commitments_unchanged: u64,
    pub institutions_created: u64,
}

/// A whole instance's plan content, as `sharaka export json` writes it and
/// `sharaka import json` reads it (documented by `schemas/sharaka-instance.schema.json`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstanceData {
    /// Always "sharaka-instance".
    pub format: String,
    pub version: u32,
    pub institutions: Vec<domain::institution::Institution>,
    pub plans: Vec<PlanData>,
    pub commitments: Vec<CommitmentData>,
}

pub const INSTANCE_FORMAT: &str = "sharaka-instance";
pub const INSTANCE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PlanData {
    #[serde(flatten)]
    pub plan: Plan,
    pub themes: Vec<Theme>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CommitmentData {
    #[serde(flatten)]
    pub commitment: Commitment,
    pub milestones: Vec<Milestone>,
    pub indicators: Vec<Indicator>,
    /// The OGP data row the commitment was imported from, cell by cell, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ogp_row: Option<Vec<String>>,
}

/// A commitment with the OGP row it came from, for export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedCommitment {
    pub commitment: Commitment,
    pub raw: Option<Vec<String>>,
}

#[async_trait]
pub trait PlanRepository: Send + Sync {
    async fn list_plans(&self) -> Result<Vec<Plan>, StoreError>;
    async fn plan(&self, id: i64) -> Result<Option<Plan>, StoreError>;
    async fn plan_by_slug(&self, slug: &str) -> Result<Option<Plan>, StoreError>;
    async fn themes_of(&self, plan_id: i64) -> Result<Vec<Theme>, StoreError>;
    /// Every plan's themes in one query, by plan then position.
    async fn all_themes(&self) -> Result<Vec<Theme>, StoreError>;
    async fn theme(&self, id: i64) -> Result<Option<Theme>, StoreError>;
    async fn commitments_of_plan(&self, plan_id: i64) -> Result<Vec<Commitment>, StoreError>;
    async fn commitment_by_code(&self, code: &str) -> Result<Option<Commitment>, StoreError>;
    async fn commitment(&self, id: i64) -> Result<Option<Commitment>, StoreError>;
    /// Commitments an institution leads or supports.
    async fn commitments_of_institution(&self, institution_id: i64) -> Result<Vec<Commitment>, StoreError>;
    async fn milestones_of(&self, commitment_id: i64) -> Result<Vec<Milestone>, StoreError>;
    async fn milestones_of_plan(&self, plan_id: i64) -> Result<Vec<Milestone>, StoreError>;
    async fn indicators_of(&self, commitment_id: i64) -> Result<Vec<Indicator>, StoreError>;
    /// The indicators of every commitment of a plan, by commitment then position.
    async fn indicators_of_plan(&self, plan_id: i64) -> Result<Vec<Indicator>, StoreError>;
    async fn count_plans(&self) -> Result<i64, StoreError>;
    async fn count_commitments(&self) -> Result<i64, StoreError>;
    /// Creates or updates plans, institutions and commitments from OGP data, in one
    /// transaction: all rows or none. Keys: the plan's OGP id, the commitment code and the
    /// institution's normalised name.
    async fn import_ogp(&self, rows: &[ImportedCommitment], now: i64) -> Result<ImportCounts, StoreError>;
    async fn export_commitments(&self) -> Result<Vec<ExportedCommitment>, StoreError>;
    /// Saves a new design for a commitment and records it as a revision, in one transaction.
    /// The first edit also records the version that existed before it. Returns `None` when
    /// nothing changed (no revision is written).
    async fn save_commitment_design(
        &self,
        commitment_id: i64,
        design: &domain::revision::Design,
        author_id: i64,
        now: i64,
    ) -> Result<Option<i64>, StoreError>;
    async fn revisions_of(&self, commitment_id: i64) -> Result<Vec<domain::revision::Revision>, StoreError>;
    async fn create_plan(&self, input: &domain::plan::PlanInput, now: i64) -> Result<Plan, StoreError>;
    async fn update_plan(&self, id: i64, input: &domain::plan::PlanInput, now: i64) -> Result<(), StoreError>;
    async fn create_theme(&self, plan_id: i64, title: &Localized) -> Result<i64, StoreError>;
    /// Creates a draft commitment; a code already in use is a [`StoreError::Conflict`].
    async fn create_commitment(
        &self,
        plan_id: i64,
        code: &str,
        theme_id: Option<i64>,
        title: &Localized,
        now: i64,
    ) -> Result<i64, StoreError>;
    /// Adds an indicator, recorded as a revision of its commitment (`author` `None` for seeded data).
    async fn add_indicator(&self, indicator: &Indicator, author: Option<i64>, now: i64) -> Result<i64, StoreError>;
    async fn indicator(&self, id: i64) -> Result<Option<Indicator>, StoreError>;
    /// Changes an indicator's name, unit, baseline and target (measurements are kept), as a revision.
    async fn update_indicator(
        &self,
        id: i64,
        indicator: &Indicator,
        author: Option<i64>,
        now: i64,
    ) -> Result<(), StoreError>;
    async fn milestone(&self, id: i64) -> Result<Option<Milestone>, StoreError>;
    /// Adds a milestone, recorded as a revision of its commitment.
    async fn add_milestone(
        &self,
        commitment_id: i64,
        input: &domain::commitment::MilestoneInput,
        author: Option<i64>,
        now: i64,
    ) -> Result<i64, StoreError>;
    /// Changes a milestone, recorded as a revision of its commitment.
    async fn update_milestone(
        &self,
        id: i64,
        input: &domain::commitment::MilestoneInput,
        author: Option<i64>,
        now: i64,
    ) -> Result<(), StoreError>;
    async fn update_plan_phases(
        &self,
        plan_id: i64,
        phases: &[domain::plan::Phase],
        now: i64,
    ) -> Result<(), StoreError>;
    /// Everything `export json` writes, ids as stored.
    async fn export_instance(&self) -> Result<InstanceData, StoreError>;
    /// Loads an exported instance into an empty one (no institutions, plans or commitments),
    /// all or nothing. Ids are reassigned; references follow.
    async fn import_instance(&self, data: &InstanceData, now: i64) -> Result<(), StoreError>;
    async fn update_plan_title(&self, plan_id: i64, title: &Localized, now: i64) -> Result<(), StoreError>;
    /// Sets template texts of a commitment, field by field (fields not given are kept).
    async fn update_commitment_texts(
        &self,
        commitment_id: i64,
        texts: &BTreeMap<String, Localized>,
        now: i64,
    ) -> Result<(), StoreError>;
}

/// Imported texts replace the source language only: translations made in Sharaka stay.
pub(crate) fn merge_texts(
    existing: &str,
    imported: &BTreeMap<String, Localized>,
) -> Result<BTreeMap<String, Localized>, StoreError> {
    let mut merged: BTreeMap<String, Localized> = json("commitment texts", existing)?;
    for (field, text) in imported {
        let entry = merged.entry(field.clone()).or_default();
        for locale in text.locales() {
            if let Some(t) = text.get(locale) {
                entry.set(locale, t);
            }
        }
    }
    Ok(merged)
}

pub(crate) fn date_to_text(date: Option<Date>) -> Option<String> {
    date.map(|d| format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day()))
}

pub(crate) fn text_to_date(text: Option<&str>) -> Result<Option<Date>, StoreError> {
    let Some(text) = text else { return Ok(None) };
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(text, format).map(Some).map_err(|e| StoreError::Corrupt(format!("date {text:?}: {e}")))
}

fn json<T: serde::de::DeserializeOwned>(what: &str, text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

#[derive(sqlx::FromRow)]
pub(crate) struct PlanRow {
    pub id: i64,
    pub slug: String,
    pub member: String,
    pub number: i64,
    pub title: String,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub ogp_id: Option<String>,
    pub phases: String,
}

impl TryFrom<PlanRow> for Plan {
    type Error = StoreError;
    fn try_from(r: PlanRow) -> Result<Plan, StoreError> {
        Ok(Plan {
            id: r.id,
            slug: r.slug,
            member: r.member,
            number: r.number,
            title: json("plan title", &r.title)?,
            starts_on: text_to_date(r.starts_on.as_deref())?,
            ends_on: text_to_date(r.ends_on.as_deref())?,
            ogp_id: r.ogp_id,
            phases: json("plan phases", &r.phases)?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ThemeRow {
    pub id: i64,
    pub plan_id: i64,
    pub key: String,
    pub title: String,
    pub position: i64,
}

impl TryFrom<ThemeRow> for Theme {
    type Error = StoreError;
    fn try_from(r: ThemeRow) -> Result<Theme, StoreError> {
        Ok(Theme {
            id: r.id,
            plan_id: r.plan_id,
            key: r.key,
            title: json("theme title", &r.title)?,
            position: r.position,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct CommitmentRow {
    pub id: i64,
    pub code: String,
    pub plan_id: i64,
    pub theme_id: Option<i64>,
    pub number: Option<String>,
    pub status: String,
    pub texts: String,
    pub lead_institution_id: Option<i64>,
    pub ogp_values: String,
    pub policy_areas: String,
    pub assessment: String,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub source_url: Option<String>,
}

impl CommitmentRow {
    pub(crate) fn into_commitment(self, supporters: Vec<i64>) -> Result<Commitment, StoreError> {
        Ok(Commitment {
            id: self.id,
            status: CommitmentStatus::parse(&self.status)
                .map_err(|e| StoreError::Corrupt(format!("{}: {e}", self.code)))?,
            code: self.code,
            plan_id: self.plan_id,
            theme_id: self.theme_id,
            number: self.number,
            texts: json("commitment texts", &self.texts)?,
            lead_institution_id: self.lead_institution_id,
            supporting_institution_ids: supporters,
            values: json("OGP values", &self.ogp_values)?,
            policy_areas: json("policy areas", &self.policy_areas)?,
            assessment: json("assessment", &self.assessment)?,
            starts_on: text_to_date(self.starts_on.as_deref())?,
            ends_on: text_to_date(self.ends_on.as_deref())?,
            source_url: self.source_url,
        })
    }
}

pub(crate) const COMMITMENT_COLUMNS: &str = "c.id, c.code, c.plan_id, c.theme_id, c.number, c.status, c.texts, \
     c.lead_institution_id, c.ogp_values, c.policy_areas, c.assessment, c.starts_on, c.ends_on, c.source_url";

pub(crate) const MILESTONE_COLUMNS: &str =
    "id, commitment_id, output, starts_on, due_on, responsible_institution_id, status, percent";
pub(crate) const INDICATOR_COLUMNS: &str = "id, commitment_id, name, unit, baseline, target, measurements";

#[derive(sqlx::FromRow)]
pub(crate) struct MilestoneRow {
    pub id: i64,
    pub commitment_id: i64,
    pub output: String,
    pub starts_on: Option<String>,
    pub due_on: Option<String>,
    pub responsible_institution_id: Option<i64>,
    pub status: String,
    pub percent: i64,
}

impl TryFrom<MilestoneRow> for Milestone {
    type Error = StoreError;
    fn try_from(r: MilestoneRow) -> Result<Milestone, StoreError> {
        Ok(Milestone {
            id: r.id,
            commitment_id: r.commitment_id,
            output: json("milestone output", &r.output)?,
            starts_on: text_to_date(r.starts_on.as_deref())?,
            due_on: text_to_date(r.due_on.as_deref())?,
            responsible_institution_id: r.responsible_institution_id,
            status: MilestoneStatus::parse(&r.status)
                .map_err(|e| StoreError::Corrupt(format!("milestone {}: {e}", r.id)))?,
            percent: u8::try_from(r.percent.clamp(0, 100)).unwrap_or(0),
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct IndicatorRow {
    pub id: i64,
    pub commitment_id: i64,
    pub name: String,
    pub unit: String,
    pub baseline: Option<String>,
    pub target: Option<String>,
    pub measurements: String,
}

impl TryFrom<IndicatorRow> for Indicator {
    type Error = StoreError;
    fn try_from(r: IndicatorRow) -> Result<Indicator, StoreError> {
        Ok(Indicator {
            id: r.id,
            commitment_id: r.commitment_id,
            name: json("indicator name", &r.name)?,
            unit: r.unit,
            baseline: r.baseline.as_deref().map(|t| json("baseline", t)).transpose()?,
            target: r.target.as_deref().map(|t| json("target", t)).transpose()?,
            measurements: json("measurements", &r.measurements)?,
        })
    }
}

/// A stable fingerprint of an imported row, to tell changed rows from unchanged ones.
pub(crate) fn digest(row: &ImportedCommitment) -> String {
    digest_cells(&row.raw)
}

pub(crate) fn digest_cells(cells: &[String]) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for cell in cells {
        hasher.update((cell.len() as u64).to_le_bytes());
        hasher.update(cell.as_bytes());
    }
    hex::encode(hasher.finalize())
}

#[derive(sqlx::FromRow)]
pub(crate) struct RevisionRow {
    pub id: i64,
    pub commitment_id: i64,
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub created_at: i64,
    pub changed_fields: String,
    pub design: String,
}

impl TryFrom<RevisionRow> for domain::revision::Revision {
    type Error = StoreError;
    fn try_from(r: RevisionRow) -> Result<Self, StoreError> {
        Ok(domain::revision::Revision {
            id: r.id,
            commitment_id: r.commitment_id,
            author_id: r.author_id,
            author_name: r.author_name,
            created_at: r.created_at,
            changed_fields: json("revision fields", &r.changed_fields)?,
            design: json("revision design", &r.design)?,
        })
    }
}
