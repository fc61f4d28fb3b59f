//! Commitments (the OGP template), their milestones and indicators, and the progress rules.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::plan::parse_date;
use crate::Localized;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CommitmentStatus {
    Idea,
    Draft,
    InConsultation,
    Adopted,
    Withdrawn,
    Merged,
}

impl CommitmentStatus {
    pub const ALL: [CommitmentStatus; 6] = [
        CommitmentStatus::Idea,
        CommitmentStatus::Draft,
        CommitmentStatus::InConsultation,
        CommitmentStatus::Adopted,
        CommitmentStatus::Withdrawn,
        CommitmentStatus::Merged,
    ];
    pub fn code(self) -> &'static str {
        match self {
            CommitmentStatus::Idea => "idea",
            CommitmentStatus::Draft => "draft",
            CommitmentStatus::InConsultation => "in-consultation",
            CommitmentStatus::Adopted => "adopted",
            CommitmentStatus::Withdrawn => "withdrawn",
            CommitmentStatus::Merged => "merged",
        }
    }
    pub fn parse(code: &str) -> Result<CommitmentStatus, &'static str> {
        CommitmentStatus::ALL.into_iter().find(|s| s.code() == code).ok_or("status-invalid")
    }
}

/// The OGP values a commitment advances.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OgpValue {
    AccessToInformation,
    CivicParticipation,
    PublicAccountability,
    TechnologyAndInnovation,
}

impl OgpValue {
    pub const ALL: [OgpValue; 4] = [
        OgpValue::AccessToInformation,
        OgpValue::CivicParticipation,
        OgpValue::PublicAccountability,
        OgpValue::TechnologyAndInnovation,
    ];
    pub fn code(self) -> &'static str {
        match self {
            OgpValue::AccessToInformation => "access-to-information",
            OgpValue::CivicParticipation => "civic-participation",
            OgpValue::PublicAccountability => "public-accountability",
            OgpValue::TechnologyAndInnovation => "technology-and-innovation",
        }
    }
    pub fn parse(code: &str) -> Result<OgpValue, &'static str> {
        OgpValue::ALL.into_iter().find(|v| v.code() == code).ok_or("ogp-value-invalid")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MilestoneStatus {
    NotStarted,
    InProgress,
    Completed,
    Cancelled,
}

impl MilestoneStatus {
    pub const ALL: [MilestoneStatus; 4] = [
        MilestoneStatus::NotStarted,
        MilestoneStatus::InProgress,
        MilestoneStatus::Completed,
        MilestoneStatus::Cancelled,
    ];
    pub fn code(self) -> &'static str {
        match self {
            MilestoneStatus::NotStarted => "not-started",
            MilestoneStatus::InProgress => "in-progress",
            MilestoneStatus::Completed => "completed",
            MilestoneStatus::Cancelled => "cancelled",
        }
    }
    pub fn parse(code: &str) -> Result<MilestoneStatus, &'static str> {
        MilestoneStatus::ALL.into_iter().find(|s| s.code() == code).ok_or("status-invalid")
    }
}

/// A verifiable deliverable of a commitment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    pub id: i64,
    pub commitment_id: i64,
    pub output: Localized,
    pub starts_on: Option<Date>,
    pub due_on: Option<Date>,
    pub responsible_institution_id: Option<i64>,
    pub status: MilestoneStatus,
    /// 0–100; a completed milestone counts as 100 whatever is stored.
    pub percent: u8,
}

impl Milestone {
    /// The institution that reports on this milestone: its responsible institution, else
    /// the commitment's lead.
    pub fn reporting_institution(&self, commitment: &Commitment) -> Option<i64> {
        self.responsible_institution_id.or(commitment.lead_institution_id)
    }
}

impl Milestone {
    /// The percent that counts towards progress; cancelled milestones do not count at all.
    pub fn counted_percent(&self) -> Option<f64> {
        match self.status {
            MilestoneStatus::Cancelled => None,
            MilestoneStatus::Completed => Some(100.0),
            _ => Some(f64::from(self.percent.min(100))),
        }
    }

    /// Late: the due date has passed and the milestone is neither completed nor cancelled.
    pub fn is_late(&self, today: Date) -> bool {
        !matches!(self.status, MilestoneStatus::Completed | MilestoneStatus::Cancelled)
            && self.due_on.is_some_and(|due| due < today)
    }
}

/// Progress of a commitment: the mean of its counted milestones (`None` when none count).
pub fn commitment_progress(milestones: &[Milestone]) -> Option<f64> {
    mean(milestones.iter().filter_map(Milestone::counted_percent))
}

/// Progress of a theme or a plan: the mean of its commitments that have a progress.
pub fn mean_progress(commitments: impl IntoIterator<Item = Option<f64>>) -> Option<f64> {
    mean(commitments.into_iter().flatten())
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, count) = values.fold((0.0, 0u32), |(s, c), v| (s + v, c + 1));
    (count > 0).then(|| sum / f64::from(count))
}

/// Parses a percent typed in a form.
pub fn parse_percent(raw: &str) -> Result<u8, &'static str> {
    match raw.trim().parse::<i64>() {
        Ok(p) if (0..=100).contains(&p) => u8::try_from(p).map_err(|_| "percent-invalid"),
        _ => Err("percent-invalid"),
    }
}

/// Checks a milestone's dates against each other and the plan period.
pub fn check_milestone_dates(
    starts_on: Option<Date>,
    due_on: Option<Date>,
    plan_start: Option<Date>,
    plan_end: Option<Date>,
) -> Result<(), &'static str> {
    if let (Some(s), Some(d)) = (starts_on, due_on) {
        if d < s {
            return Err("due-before-start");
        }
    }
    let outside = |day: Date| plan_start.is_some_and(|p| day < p) || plan_end.is_some_and(|p| day > p);
    if starts_on.is_some_and(outside) || due_on.is_some_and(outside) {
        return Err("date-outside-plan");
    }
    Ok(())
}

/// A commitment code is unique across all plans (as in the OGP data).
pub fn parse_code(raw: &str) -> Result<String, &'static str> {
    let code = raw.trim().to_uppercase();
    if code.is_empty() {
        Err("code-required")
    } else if code.len() > 20 || !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        Err("code-invalid")
    } else {
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn milestone(status: MilestoneStatus, percent: u8, due: Date) -> Milestone {
        Milestone {
            id: 1,
            commitment_id: 1,
            output: Localized::new(),
            starts_on: None,
            due_on: Some(due),
            responsible_institution_id: None,
            status,
            percent,
        }
    }

    #[test]
    fn progress_rules() {
        let due = date!(2025 - 06 - 30);
        let ms = vec![
            milestone(MilestoneStatus::Completed, 10, due),
            milestone(MilestoneStatus::InProgress, 50, due),
            milestone(MilestoneStatus::Cancelled, 0, due),
            milestone(MilestoneStatus::NotStarted, 0, due),
        ];
        // (100 + 50 + 0) / 3; the cancelled one is excluded.
        assert_eq!(commitment_progress(&ms), Some(50.0));
        assert_eq!(commitment_progress(&[milestone(MilestoneStatus::Cancelled, 0, due)]), None);
        assert_eq!(mean_progress([Some(50.0), None, Some(100.0)]), Some(75.0));
    }

    #[test]
    fn late_means_due_passed_and_not_done() {
        let due = date!(2025 - 06 - 30);
        assert!(milestone(MilestoneStatus::InProgress, 50, due).is_late(date!(2025 - 07 - 01)));
        assert!(!milestone(MilestoneStatus::InProgress, 50, due).is_late(date!(2025 - 06 - 30)));
        assert!(!milestone(MilestoneStatus::Completed, 100, due).is_late(date!(2026 - 01 - 01)));
        assert!(!milestone(MilestoneStatus::Cancelled, 0, due).is_late(date!(2026 - 01 - 01)));
    }

    #[test]
    fn bad_input() {
        assert_eq!(parse_percent("101"), Err("percent-invalid"));
        assert_eq!(parse_percent("-1"), Err("percent-invalid"));
        assert_eq!(parse_percent(" 42 "), Ok(42));
        let (s, e) = (Some(date!(2024 - 01 - 01)), Some(date!(2025 - 12 - 31)));
        assert_eq!(
            check_milestone_dates(Some(date!(2024 - 05 - 01)), Some(date!(2024 - 04 - 01)), s, e),
            Err("due-before-start")
        );
        assert_eq!(check_milestone_dates(None, Some(date!(2026 - 01 - 01)), s, e), Err("date-outside-plan"));
        assert_eq!(check_milestone_dates(Some(date!(2024 - 02 - 01)), Some(date!(2024 - 04 - 01)), s, e), Ok(()));
    }
}

/// The OGP template's text fields, each written in the portal's languages.
pub const TEXT_FIELDS: [&str; 14] = [
    "title",
    "short-title",
    "problem",
    "causes",
    "status-quo",
    "solution",
    "results",
    "transparency",
    "participation",
    "accountability",
    "other-actors",
    "budget",
    "contact",
    "full-text",
];

/// A commitment of an action plan, with every field of the OGP template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commitment {
    pub id: i64,
    /// As in the OGP data, e.g. `MO0012`.
    pub code: String,
    pub plan_id: i64,
    pub theme_id: Option<i64>,
    /// The number within the plan, e.g. "3.1".
    pub number: Option<String>,
    pub status: CommitmentStatus,
    /// Template texts by field name ([`TEXT_FIELDS`]).
    pub texts: std::collections::BTreeMap<String, Localized>,
    pub lead_institution_id: Option<i64>,
    pub supporting_institution_ids: Vec<i64>,
    pub values: Vec<OgpValue>,
    /// OGP policy areas, named as the columns of the OGP data.
    pub policy_areas: Vec<String>,
    /// IRM assessment fields by their OGP column name (e.g. "Potential for Results").
    pub assessment: std::collections::BTreeMap<String, String>,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub source_url: Option<String>,
}

impl Commitment {
    /// A template text; empty when the field has not been written.
    pub fn text(&self, field: &str) -> Localized {
        self.texts.get(field).cloned().unwrap_or_default()
    }
}

/// A theme (axis) of a plan, usually one per sub-commission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    pub id: i64,
    pub plan_id: i64,
    pub key: String,
    pub title: Localized,
    pub position: i64,
}

/// A value of an indicator at a date, with where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measurement {
    pub value: String,
    pub date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indicator {
    pub id: i64,
    pub commitment_id: i64,
    pub name: Localized,
    pub unit: String,
    pub baseline: Option<Measurement>,
    pub target: Option<Measurement>,
    pub measurements: Vec<Measurement>,
}

/// A validated milestone, ready to be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneInput {
    pub output: Localized,
    pub starts_on: Option<Date>,
    pub due_on: Option<Date>,
    pub responsible_institution_id: Option<i64>,
    pub status: MilestoneStatus,
    pub percent: u8,
}

/// The milestone form as typed: one output per locale, dates as `YYYY-MM-DD`.
#[derive(Debug, Clone, Default)]
pub struct MilestoneForm {
    pub outputs: Vec<(crate::Locale, String)>,
    pub starts_on: String,
    pub due_on: String,
    pub responsible: String,
    pub status: String,
    pub percent: String,
}

impl MilestoneInput {
    /// Parses the form against the plan's period and the known institutions.
    pub fn parse(
        form: &MilestoneForm,
        plan_start: Option<Date>,
        plan_end: Option<Date>,
        institution_exists: impl Fn(i64) -> bool,
    ) -> Result<MilestoneInput, crate::validation::ValidationErrors> {
        let mut errors = crate::validation::ValidationErrors::new();
        let output = Localized::from_pairs(form.outputs.iter().cloned());
        if output.is_empty() {
            errors.add("output", "output-required");
        }
        let starts_on = errors.check("starts_on", parse_date(&form.starts_on)).flatten();
        let due_on = errors.check("due_on", parse_date(&form.due_on)).flatten();
        if due_on.is_none() && errors.for_field("due_on").is_none() {
            errors.add("due_on", "due-required");
        }
        if let Err(code) = check_milestone_dates(starts_on, due_on, plan_start, plan_end) {
            errors.add("due_on", code);
        }
        let responsible_institution_id = match form.responsible.trim() {
            "" => None,
            raw => match raw.parse::<i64>().ok().filter(|id| institution_exists(*id)) {
                Some(id) => Some(id),
                None => {
                    errors.add("responsible", "institution-unknown");
                    None
                }
            },
        };
        let status = errors.check("status", MilestoneStatus::parse(form.status.trim()));
        let percent =
            errors.check("percent", parse_percent(if form.percent.trim().is_empty() { "0" } else { &form.percent }));
        errors.clone().into_result()?;
        match (status, percent) {
            (Some(status), Some(percent)) => Ok(MilestoneInput {
                output,
                starts_on,
                due_on,
                responsible_institution_id,
                status,
                // A completed milestone is done: it counts as 100 whatever was typed.
                percent: if status == MilestoneStatus::Completed { 100 } else { percent },
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod milestone_form_tests {
    use super::*;
    use time::macros::date;

    fn form() -> MilestoneForm {
        MilestoneForm {
            outputs: vec![(crate::Locale::Fr, "Publier le registre".into())],
            starts_on: "2024-02-01".into(),
            due_on: "2024-06-30".into(),
            responsible: "3".into(),
            status: "in-progress".into(),
            percent: "40".into(),
        }
    }

    #[test]
    fn parses_and_reports_every_bad_field() {
        let (s, e) = (Some(date!(2024 - 01 - 01)), Some(date!(2025 - 12 - 31)));
        let ok = MilestoneInput::parse(&form(), s, e, |id| id == 3).expect("valid");
        assert_eq!((ok.percent, ok.responsible_institution_id), (40, Some(3)));
        let bad = MilestoneForm {
            outputs: vec![],
            starts_on: "2024-07-01".into(),
            due_on: "2024-06-30".into(),
            responsible: "9".into(),
            status: "finished".into(),
            percent: "140".into(),
        };
        let errors = MilestoneInput::parse(&bad, s, e, |id| id == 3).expect_err("invalid");
        assert_eq!(errors.for_field("output"), Some("output-required"));
        assert_eq!(errors.for_field("due_on"), Some("due-before-start"));
        assert_eq!(errors.for_field("responsible"), Some("institution-unknown"));
        assert_eq!(errors.for_field("status"), Some("status-invalid"));
        assert_eq!(errors.for_field("percent"), Some("percent-invalid"));
        let outside = MilestoneForm { due_on: "2026-01-01".into(), ..form() };
        assert_eq!(
            MilestoneInput::parse(&outside, s, e, |_| true).expect_err("outside").for_field("due_on"),
            Some("date-outside-plan")
        );
        let completed = MilestoneForm { status: "completed".into(), percent: "10".into(), ..form() };
        assert_eq!(MilestoneInput::parse(&completed, s, e, |_| true).expect("ok").percent, 100);
    }
}

/// The indicator form as typed.
#[derive(Debug, Clone, Default)]
pub struct IndicatorForm {
    pub names: Vec<(crate::Locale, String)>,
    pub unit: String,
    pub baseline_value: String,
    pub baseline_date: String,
    pub target_value: String,
    pub target_date: String,
}

impl IndicatorForm {
    /// A new indicator of `commitment_id`; baseline and target may wait, but what is given must be whole.
    pub fn parse(&self, commitment_id: i64) -> Result<Indicator, crate::validation::ValidationErrors> {
        let mut errors = crate::validation::ValidationErrors::new();
        let name = Localized::from_pairs(self.names.iter().cloned());
        if name.is_empty() {
            errors.add("name", "indicator-name-required");
        }
        let unit = self.unit.trim().to_string();
        if unit.is_empty() {
            errors.add("unit", "unit-required");
        }
        let mut measurement = |value: &str, date: &str, field: &'static str| -> Option<Measurement> {
            let date = errors.check(field, parse_date(date)).flatten();
            match (value.trim(), date) {
                ("", None) => None,
                ("", Some(_)) => {
                    errors.add(field, "value-required");
                    None
                }
                (value, date) => Some(Measurement { value: value.to_string(), date, source: None }),
            }
        };
        let baseline = measurement(&self.baseline_value, &self.baseline_date, "baseline");
        let target = measurement(&self.target_value, &self.target_date, "target");
        if let (Some(b), Some(t)) = (baseline.as_ref().and_then(|b| b.date), target.as_ref().and_then(|t| t.date)) {
            if t < b {
                errors.add("target", "target-before-baseline");
            }
        }
        errors.into_result()?;
        Ok(Indicator { id: 0, commitment_id, name, unit, baseline, target, measurements: vec![] })
    }
}

#[cfg(test)]
mod indicator_form_tests {
    use super::*;

    #[test]
    fn indicators_need_a_name_and_unit_and_whole_measurements() {
        let form = IndicatorForm {
            names: vec![(crate::Locale::Ar, "عدد العرائض".into())],
            unit: "عريضة".into(),
            baseline_value: "0".into(),
            baseline_date: "2022-01-01".into(),
            target_value: "50".into(),
            target_date: "2023-12-31".into(),
        };
        let ok = form.parse(7).expect("valid");
        assert_eq!(ok.target.as_ref().map(|t| t.value.as_str()), Some("50"));
        let bad = IndicatorForm {
            names: vec![],
            unit: " ".into(),
            baseline_value: String::new(),
            baseline_date: "2022-01-01".into(),
            target_value: "50".into(),
            target_date: "2021-13-01".into(),
        };
        let errors = bad.parse(7).expect_err("invalid");
        assert_eq!(errors.for_field("name"), Some("indicator-name-required"));
        assert_eq!(errors.for_field("unit"), Some("unit-required"));
        assert_eq!(errors.for_field("baseline"), Some("value-required"));
        assert_eq!(errors.for_field("target"), Some("date-invalid"));
        let reversed = IndicatorForm { target_date: "2021-01-01".into(), ..form };
        assert_eq!(reversed.parse(7).expect_err("reversed").for_field("target"), Some("target-before-baseline"));
    }
}
