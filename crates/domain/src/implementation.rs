//! Implementation tracking: progress updates on milestones with their evidence, indicator
//! measurements, the reminders a due date calls for, and independent (IRM) assessments with
//! their exact levels.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::Date;

use crate::commitment::{Indicator, Measurement, Milestone, MilestoneStatus};
use crate::forum::{vocabulary, web_link};
use crate::plan::parse_required_date;
use crate::validation::ValidationErrors;
use crate::{Locale, Localized};

pub const MAX_NARRATIVE_CHARS: usize = 5_000;
pub const MAX_EVIDENCE_LINKS: usize = 10;

/// Proof attached to a progress update: a document of the repository or a web link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Evidence {
    Document { document_id: i64 },
    Link { url: String },
}

vocabulary!(
    /// Whether an update is public: at once, or after the secretariat's review.
    ReviewState, "review-state-invalid", {
        Published => "published",
        Pending => "pending",
        Rejected => "rejected",
    }
);

/// A progress update as stored, with its author and review state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressUpdate {
    pub id: i64,
    pub milestone_id: i64,
    pub author_name: Option<String>,
    pub status: MilestoneStatus,
    pub percent: u8,
    pub narrative: Localized,
    pub reported_on: Date,
    /// Why the percent went down, when it did.
    pub reason: Option<String>,
    pub evidence: Vec<Evidence>,
    pub review: ReviewState,
    pub created_at: i64,
}

/// A checked progress update, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressInput {
    pub status: MilestoneStatus,
    pub percent: u8,
    pub narrative: Localized,
    pub reported_on: Date,
    pub reason: Option<String>,
    pub evidence: Vec<Evidence>,
}

/// The progress form or API request as sent.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ProgressForm {
    pub status: String,
    pub percent: String,
    #[serde(default)]
    pub narrative: Vec<(Locale, String)>,
    pub reported_on: String,
    #[serde(default)]
    pub reason: String,
    /// Web links, one per line.
    #[serde(default)]
    pub links: String,
    #[serde(default)]
    pub document_ids: Vec<i64>,
}

impl ProgressInput {
    /// Checks an update against the milestone as it stands: the percent may only go down
    /// with a reason, a completed milestone counts 100, evidence links are http(s) and the
    /// report is not dated in the future. `document_exists` checks repository documents.
    pub fn parse(
        form: &ProgressForm,
        current: &Milestone,
        today: Date,
        document_exists: impl Fn(i64) -> bool,
    ) -> Result<ProgressInput, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let status = errors.check("status", MilestoneStatus::parse(form.status.trim()));
        let percent = match status {
            // Completed means 100 %: left empty it is filled in; another number typed with it
            // is a contradiction to point out, not to overwrite silently.
            Some(MilestoneStatus::Completed) => match form.percent.trim() {
                "" => Some(100),
                typed => match crate::commitment::parse_percent(typed) {
                    Ok(100) => Some(100),
                    Ok(_) => {
                        errors.add("percent", "completed-not-100");
                        None
                    }
                    Err(code) => {
                        errors.add("percent", code);
                        None
                    }
                },
            },
            _ => errors.check("percent", crate::commitment::parse_percent(&form.percent)),
        };
        let reason = form.reason.trim();
        if percent.is_some_and(|p| p < current.percent) && reason.is_empty() {
            errors.add("reason", "percent-backwards-needs-reason");
        }
        if reason.chars().count() > MAX_NARRATIVE_CHARS {
            errors.add("reason", "text-too-long");
        }
        let mut narrative = Localized::new();
        for (locale, text) in &form.narrative {
            if text.trim().chars().count() > MAX_NARRATIVE_CHARS {
                errors.add("narrative", "text-too-long");
            }
            narrative.set(*locale, text.as_str());
        }
        if narrative.is_empty() {
            errors.add("narrative", "narrative-required");
        }
        let reported_on = errors.check("reported_on", parse_required_date(&form.reported_on));
        if reported_on.is_some_and(|d| d > today) {
            errors.add("reported_on", "date-in-future");
        }
        let mut evidence = vec![];
        for line in form.links.lines().map(str::trim).filter(|l| !l.is_empty()) {
            match web_link(line) {
                Ok(url) => evidence.push(Evidence::Link { url }),
                Err(_) => errors.add("links", "evidence-link-invalid"),
            }
        }
        for id in &form.document_ids {
            if document_exists(*id) {
                evidence.push(Evidence::Document { document_id: *id });
            } else {
                errors.add("document_ids", "document-unknown");
            }
        }
        if evidence.len() > MAX_EVIDENCE_LINKS {
            errors.add("links", "evidence-too-many");
        }
        errors.clone().into_result()?;
        match (status, percent, reported_on) {
            (Some(status), Some(percent), Some(reported_on)) => Ok(ProgressInput {
                status,
                percent,
                narrative,
                reported_on,
                reason: Some(reason.to_string()).filter(|r| !r.is_empty()),
                evidence,
            }),
            _ => Err(errors),
        }
    }
}

/// A checked indicator measurement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasurementInput {
    pub measurement: Measurement,
}

impl MeasurementInput {
    /// A value in the indicator's own unit (a different unit is refused, not converted), at
    /// a date not in the future, with its source. When the baseline or target is a number,
    /// so must the value be.
    pub fn parse(
        indicator: &Indicator,
        value: &str,
        unit: Option<&str>,
        date: &str,
        source: &str,
        today: Date,
    ) -> Result<MeasurementInput, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let value = value.trim();
        if value.is_empty() {
            errors.add("value", "value-required");
        } else if value.chars().count() > 100 {
            errors.add("value", "text-too-long");
        }
        let numeric = |m: &Option<Measurement>| m.as_ref().is_some_and(|m| number(&m.value).is_some());
        if !value.is_empty() && (numeric(&indicator.baseline) || numeric(&indicator.target)) && number(value).is_none()
        {
            errors.add("value", "value-not-number");
        }
        if let Some(unit) = unit.map(str::trim).filter(|u| !u.is_empty()) {
            if !unit.eq_ignore_ascii_case(indicator.unit.trim()) {
                errors.add("unit", "unit-mismatch");
            }
        }
        let date = errors.check("date", parse_required_date(date));
        if date.is_some_and(|d| d > today) {
            errors.add("date", "date-in-future");
        }
        let source = source.trim();
        if source.chars().count() > 500 {
            errors.add("source", "text-too-long");
        }
        errors.clone().into_result()?;
        Ok(MeasurementInput {
            measurement: Measurement {
                value: value.to_string(),
                date,
                source: Some(source.to_string()).filter(|s| !s.is_empty()),
            },
        })
    }
}

/// A number as people write it in indicators: "1 200", "45,5", "60 %", "12%".
pub fn number(raw: &str) -> Option<f64> {
    let cleaned: String = raw
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\u{a0}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    cleaned.parse::<f64>().ok().filter(|n| n.is_finite())
}

vocabulary!(
    /// Which reminder a milestone's responsible implementers get.
    ReminderKind, "reminder-kind-invalid", {
        DueSoon => "due-soon",
        Late => "late",
    }
);

/// The reminder a milestone calls for today, if any: `DueSoon` within `days_before` days of
/// its due date, `Late` once the date has passed; none when completed or cancelled.
pub fn reminder_for(milestone: &Milestone, today: Date, days_before: i64) -> Option<ReminderKind> {
    if matches!(milestone.status, MilestoneStatus::Completed | MilestoneStatus::Cancelled) {
        return None;
    }
    let due = milestone.due_on?;
    if due < today {
        Some(ReminderKind::Late)
    } else if (due - today).whole_days() <= days_before {
        Some(ReminderKind::DueSoon)
    } else {
        None
    }
}

vocabulary!(
    /// The IRM's current scale (2021 on) and its legacy scale.
    AssessmentScale, "scale-invalid", {
        Current => "current",
        Legacy => "legacy",
    }
);

/// One dimension of an IRM assessment and its levels, exactly as the IRM names them.
pub struct Dimension {
    pub key: &'static str,
    pub levels: &'static [&'static str],
}

pub const CURRENT_DIMENSIONS: [Dimension; 6] = [
    Dimension { key: "verifiable", levels: &["Verifiable", "Not verifiable"] },
    Dimension { key: "relevance", levels: &["Yes", "No"] },
    Dimension { key: "potential-for-results", levels: &["Unclear", "Modest", "Substantial"] },
    Dimension {
        key: "completion",
        levels: &["No evidence available", "Not started", "Limited", "Substantial", "Complete"],
    },
    Dimension { key: "early-results", levels: &["No notable results", "Moderate", "Significant", "Outstanding"] },
    Dimension {
        key: "did-it-open-government",
        levels: &["Worsened", "Did not change", "Marginal", "Major", "Outstanding"],
    },
];

pub const LEGACY_DIMENSIONS: [Dimension; 4] = [
    Dimension { key: "specificity", levels: &["None", "Low", "Medium", "High"] },
    Dimension { key: "potential-impact", levels: &["None", "Minor", "Moderate", "Transformative"] },
    Dimension {
        key: "completion",
        levels: &["No evidence available", "Not started", "Limited", "Substantial", "Complete"],
    },
    Dimension {
        key: "did-it-open-government",
        levels: &["Worsened", "Did not change", "Marginal", "Major", "Outstanding"],
    },
];

impl AssessmentScale {
    pub fn dimensions(self) -> &'static [Dimension] {
        match self {
            AssessmentScale::Current => &CURRENT_DIMENSIONS,
            AssessmentScale::Legacy => &LEGACY_DIMENSIONS,
        }
    }
}

/// An independent assessment of a commitment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: i64,
    pub commitment_id: i64,
    pub scale: AssessmentScale,
    /// Level by dimension key, in the IRM's exact words.
    pub levels: BTreeMap<String, String>,
    pub assessed_on: Date,
    pub report_url: Option<String>,
    pub reviewer_name: Option<String>,
}

impl Assessment {
    pub fn completion(&self) -> Option<&str> {
        self.levels.get("completion").map(String::as_str)
    }
}

/// A checked assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssessmentInput {
    pub scale: AssessmentScale,
    pub levels: BTreeMap<String, String>,
    pub assessed_on: Date,
    pub report_url: Option<String>,
}

impl AssessmentInput {
    /// Every level must be one of its dimension's exact levels; a dimension may be left
    /// out (not assessed), but at least one must be given.
    pub fn parse(
        scale: &str,
        levels: &[(String, String)],
        assessed_on: &str,
        report_url: &str,
    ) -> Result<AssessmentInput, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let scale = errors.check("scale", AssessmentScale::parse(scale.trim()));
        let mut chosen = BTreeMap::new();
        if let Some(scale) = scale {
            for (key, level) in levels.iter().filter(|(_, l)| !l.trim().is_empty()) {
                match scale.dimensions().iter().find(|d| d.key == key) {
                    Some(d) if d.levels.contains(&level.trim()) => {
                        chosen.insert(key.clone(), level.trim().to_string());
                    }
                    _ => errors.add("levels", "level-invalid"),
                }
            }
            if chosen.is_empty() && errors.is_empty() {
                errors.add("levels", "levels-required");
            }
        }
        let assessed_on = errors.check("assessed_on", parse_required_date(assessed_on));
        let report_url = match report_url.trim() {
            "" => None,
            raw => errors.check("report_url", web_link(raw)),
        };
        errors.clone().into_result()?;
        match (scale, assessed_on) {
            (Some(scale), Some(assessed_on)) => Ok(AssessmentInput { scale, levels: chosen, assessed_on, report_url }),
            _ => Err(errors),
        }
    }
}

/// Self-reported completion in the IRM's words, from the commitment's progress, so the two
/// can be compared side by side.
pub fn self_reported_completion(progress: Option<f64>) -> &'static str {
    match progress {
        None => "No evidence available",
        Some(p) if p <= 0.0 => "Not started",
        Some(p) if p < 50.0 => "Limited",
        Some(p) if p < 100.0 => "Substantial",
        Some(_) => "Complete",
    }
}

/// A message id for an IRM level: `irm-level-did-not-change`.
pub fn level_id(level: &str) -> String {
    format!("irm-level-{}", level.to_lowercase().replace(' ', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(raw: &str) -> Date {
        parse_required_date(raw).expect("date")
    }

    fn milestone(percent: u8, status: MilestoneStatus, due: &str) -> Milestone {
        Milestone {
            id: 1,
            commitment_id: 1,
            output: Localized::new(),
            starts_on: None,
            due_on: Some(date(due)),
            responsible_institution_id: Some(3),
            status,
            percent,
        }
    }

    fn form(status: &str, percent: &str) -> ProgressForm {
        ProgressForm {
            status: status.into(),
            percent: percent.into(),
            narrative: vec![(Locale::Fr, "Application lancée".into())],
            reported_on: "2026-05-01".into(),
            ..ProgressForm::default()
        }
    }

    #[test]
    fn progress_goes_backwards_only_with_a_reason_and_evidence_is_http() {
        let today = date("2026-06-01");
        let current = milestone(60, MilestoneStatus::InProgress, "2026-12-31");
        let back = ProgressInput::parse(&form("in-progress", "40"), &current, today, |_| true).expect_err("backwards");
        assert_eq!(back.for_field("reason"), Some("percent-backwards-needs-reason"));
        let with_reason = ProgressForm { reason: "Le prestataire a été changé".into(), ..form("in-progress", "40") };
        assert_eq!(ProgressInput::parse(&with_reason, &current, today, |_| true).expect("ok").percent, 40);
        let done = ProgressInput::parse(&form("completed", ""), &current, today, |_| true).expect("completed");
        assert_eq!(done.percent, 100, "completed without a number counts 100");
        let hundred = ProgressInput::parse(&form("completed", "100"), &current, today, |_| true).expect("100");
        assert_eq!(hundred.percent, 100);
        let forty = ProgressInput::parse(&form("completed", "40"), &current, today, |_| true).expect_err("40");
        assert_eq!(forty.for_field("percent"), Some("completed-not-100"), "completed at 40 % is pointed out");
        let links = ProgressForm {
            links: "https://www.chambredesrepresentants.ma/fr/petitions\njavascript:alert(1)".into(),
            document_ids: vec![7, 8],
            ..form("in-progress", "70")
        };
        let err = ProgressInput::parse(&links, &current, today, |id| id == 7).expect_err("bad evidence");
        assert_eq!(err.for_field("links"), Some("evidence-link-invalid"));
        assert_eq!(err.for_field("document_ids"), Some("document-unknown"));
        let future = ProgressForm { reported_on: "2026-07-01".into(), narrative: vec![], ..form("in-progress", "70") };
        let err = ProgressInput::parse(&future, &current, today, |_| true).expect_err("future, no narrative");
        assert_eq!(
            (err.for_field("reported_on"), err.for_field("narrative")),
            (Some("date-in-future"), Some("narrative-required"))
        );
    }

    #[test]
    fn measurements_keep_the_indicators_unit() {
        let indicator = Indicator {
            id: 1,
            commitment_id: 1,
            name: Localized::new(),
            unit: "pétitions".into(),
            baseline: Some(Measurement { value: "0".into(), date: None, source: None }),
            target: Some(Measurement { value: "1 200".into(), date: None, source: None }),
            measurements: vec![],
        };
        let today = date("2026-06-01");
        let ok =
            MeasurementInput::parse(&indicator, "45", Some("Pétitions"), "2026-05-31", "Registre", today).expect("ok");
        assert_eq!(ok.measurement.value, "45");
        let err = MeasurementInput::parse(&indicator, "45", Some("%"), "2026-05-31", "", today).expect_err("unit");
        assert_eq!(err.for_field("unit"), Some("unit-mismatch"));
        let err = MeasurementInput::parse(&indicator, "beaucoup", None, "2026-07-01", "", today).expect_err("text");
        assert_eq!((err.for_field("value"), err.for_field("date")), (Some("value-not-number"), Some("date-in-future")));
        assert_eq!((number("1 200"), number("45,5 %"), number("x")), (Some(1200.0), Some(45.5), None));
    }

    #[test]
    fn reminders_before_the_due_date_and_once_late() {
        let today = date("2026-06-01");
        assert_eq!(
            reminder_for(&milestone(10, MilestoneStatus::InProgress, "2026-06-10"), today, 14),
            Some(ReminderKind::DueSoon)
        );
        assert_eq!(reminder_for(&milestone(10, MilestoneStatus::InProgress, "2026-07-10"), today, 14), None);
        assert_eq!(
            reminder_for(&milestone(10, MilestoneStatus::NotStarted, "2026-05-31"), today, 14),
            Some(ReminderKind::Late)
        );
        assert_eq!(reminder_for(&milestone(100, MilestoneStatus::Completed, "2026-05-31"), today, 14), None);
    }

    #[test]
    fn assessments_use_the_irm_levels_exactly() {
        let levels = vec![
            ("completion".to_string(), "Substantial".to_string()),
            ("did-it-open-government".to_string(), "Marginal".to_string()),
        ];
        let ok = AssessmentInput::parse("current", &levels, "2024-03-01", "https://www.opengovpartnership.org/x")
            .expect("ok");
        assert_eq!(ok.levels.get("completion").map(String::as_str), Some("Substantial"));
        let wrong = vec![("completion".to_string(), "Mostly done".to_string())];
        assert_eq!(
            AssessmentInput::parse("current", &wrong, "2024-03-01", "").expect_err("x").for_field("levels"),
            Some("level-invalid")
        );
        let legacy = vec![("potential-impact".to_string(), "Transformative".to_string())];
        assert!(AssessmentInput::parse("legacy", &legacy, "2019-03-01", "").is_ok());
        assert!(
            AssessmentInput::parse("current", &legacy, "2019-03-01", "").is_err(),
            "legacy dimension on the current scale"
        );
        assert_eq!(self_reported_completion(Some(60.0)), "Substantial");
        assert_eq!(level_id("Did not change"), "irm-level-did-not-change");
    }
}
