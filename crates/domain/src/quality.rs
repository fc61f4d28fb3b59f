//! Commitment quality checks (DESIGN.md section 4): what a commitment still lacks before it
//! is a good OGP commitment. Shown to drafters and as a plan-level report.

use crate::commitment::{Commitment, Indicator, Milestone, MilestoneStatus, OgpValue};
use crate::institution::Branch;
use crate::plan::Plan;
use crate::Locale;

/// The template fields every commitment must fill.
pub const REQUIRED_FIELDS: [&str; 4] = ["title", "problem", "solution", "results"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The commitment is not ready while this remains.
    Blocking,
    /// Worth a second look; does not block.
    Advice,
}

/// One finding: which check, on which field (or milestone / indicator), and how serious.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Stable code, also the Fluent id suffix (`quality-<code>`).
    pub code: &'static str,
    /// The template field, `milestone`, `indicator`, `values`, `lead` or `actors`.
    pub field: String,
    /// 1-based position of the milestone or indicator concerned, if any.
    pub item: Option<usize>,
    /// The language missing, for translation findings.
    pub locale: Option<Locale>,
    pub severity: Severity,
}

impl Finding {
    fn blocking(code: &'static str, field: &str) -> Finding {
        Finding { code, field: field.to_string(), item: None, locale: None, severity: Severity::Blocking }
    }
    fn advice(code: &'static str, field: &str) -> Finding {
        Finding { code, field: field.to_string(), item: None, locale: None, severity: Severity::Advice }
    }
    fn on_item(mut self, item: usize) -> Finding {
        self.item = Some(item);
        self
    }
}

/// Words that describe activity rather than a verifiable deliverable.
const VAGUE: &[&str] = &[
    "raise awareness",
    "awareness raising",
    "promote",
    "promoting",
    "encourage",
    "strengthen",
    "enhance",
    "sensibiliser",
    "sensibilisation",
    "promouvoir",
    "renforcer",
    "encourager",
    "تعزيز",
    "تحسيس",
    "التحسيس",
    "تشجيع",
];

/// Vague wording with nothing countable or concrete beside it ("publish", a number, a date).
pub fn is_vague(output: &str) -> bool {
    let lower = output.to_lowercase();
    let vague = VAGUE.iter().any(|v| lower.contains(v));
    let measurable = output.chars().any(|c| c.is_numeric())
        || [
            "publish",
            "adopt",
            "launch",
            "portal",
            "report",
            "law",
            "decree",
            "publier",
            "adopter",
            "rapport",
            "loi",
            "décret",
            "نشر",
            "إصدار",
            "تقرير",
            "قانون",
            "مرسوم",
            "بوابة",
        ]
        .iter()
        .any(|w| lower.contains(w));
    vague && !measurable
}

/// Checks one commitment. `branch_of` gives the branch of an institution id; `languages`
/// are the instance's enabled languages (each required field should be written in all).
pub fn check_commitment(
    commitment: &Commitment,
    milestones: &[Milestone],
    indicators: &[Indicator],
    plan: &Plan,
    branch_of: impl Fn(i64) -> Option<Branch>,
    languages: &[Locale],
) -> Vec<Finding> {
    let mut findings = vec![];
    for field in REQUIRED_FIELDS {
        let text = commitment.text(field);
        if text.is_empty() {
            findings.push(Finding::blocking("field-empty", field));
            continue;
        }
        for locale in languages {
            if text.get(*locale).is_none() {
                findings.push(Finding { locale: Some(*locale), ..Finding::advice("field-untranslated", field) });
            }
        }
    }

    let live: Vec<(usize, &Milestone)> = milestones
        .iter()
        .enumerate()
        .filter(|(_, m)| m.status != MilestoneStatus::Cancelled)
        .map(|(i, m)| (i + 1, m))
        .collect();
    if live.is_empty() {
        findings.push(Finding::blocking("no-milestones", "milestone"));
    }
    for (n, m) in &live {
        let output = m.output.resolve(Locale::Fr, Locale::Ar).map(|r| r.text.to_string()).unwrap_or_default();
        if output.trim().is_empty() {
            findings.push(Finding::blocking("milestone-no-output", "milestone").on_item(*n));
        } else if is_vague(&output) {
            findings.push(Finding::advice("milestone-vague", "milestone").on_item(*n));
        }
        match (m.starts_on, m.due_on) {
            (Some(start), Some(due)) => {
                if due < start {
                    findings.push(Finding::blocking("milestone-due-before-start", "milestone").on_item(*n));
                } else if !plan.contains(start) || !plan.contains(due) {
                    findings.push(Finding::blocking("milestone-outside-plan", "milestone").on_item(*n));
                }
            }
            _ => findings.push(Finding::blocking("milestone-no-dates", "milestone").on_item(*n)),
        }
    }

    for (n, indicator) in indicators.iter().enumerate() {
        if indicator.baseline.as_ref().is_none_or(|b| b.date.is_none()) {
            findings.push(Finding::blocking("indicator-no-baseline", "indicator").on_item(n + 1));
        }
        if indicator.target.as_ref().is_none_or(|t| t.date.is_none()) {
            findings.push(Finding::blocking("indicator-no-target", "indicator").on_item(n + 1));
        }
    }

    // Technology alone does not make a commitment an open government commitment.
    let core = [OgpValue::AccessToInformation, OgpValue::CivicParticipation, OgpValue::PublicAccountability];
    if !commitment.values.iter().any(|v| core.contains(v)) {
        findings.push(Finding::blocking("no-core-value", "values"));
    }
    if commitment.lead_institution_id.is_none() {
        findings.push(Finding::blocking("no-lead", "lead"));
    }
    let non_government_supporter =
        commitment.supporting_institution_ids.iter().any(|id| branch_of(*id).is_some_and(|b| !b.is_government()));
    if !non_government_supporter && commitment.text("other-actors").is_empty() {
        findings.push(Finding::blocking("no-non-government-actor", "actors"));
    }
    findings
}

/// Ready: nothing blocking remains.
pub fn is_ready(findings: &[Finding]) -> bool {
    !findings.iter().any(|f| f.severity == Severity::Blocking)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commitment::{CommitmentStatus, Measurement};
    use crate::Localized;
    use std::collections::BTreeMap;
    use time::macros::date;

    fn plan() -> Plan {
        Plan {
            id: 1,
            slug: "p".into(),
            member: "Morocco".into(),
            number: 3,
            title: Localized::new(),
            starts_on: Some(date!(2024 - 01 - 01)),
            ends_on: Some(date!(2027 - 12 - 31)),
            ogp_id: None,
            phases: vec![],
        }
    }

    fn texts(locales: &[Locale]) -> BTreeMap<String, Localized> {
        REQUIRED_FIELDS
            .iter()
            .map(|f| (f.to_string(), Localized::from_pairs(locales.iter().map(|l| (*l, format!("{f} text"))))))
            .collect()
    }

    fn good() -> (Commitment, Vec<Milestone>, Vec<Indicator>) {
        let commitment = Commitment {
            id: 1,
            code: "MO0100".into(),
            plan_id: 1,
            theme_id: None,
            number: None,
            status: CommitmentStatus::Draft,
            texts: texts(&[Locale::Ar, Locale::Fr]),
            lead_institution_id: Some(10),
            supporting_institution_ids: vec![20],
            values: vec![OgpValue::AccessToInformation, OgpValue::TechnologyAndInnovation],
            policy_areas: vec![],
            assessment: BTreeMap::new(),
            starts_on: None,
            ends_on: None,
            source_url: None,
        };
        let milestone = Milestone {
            id: 1,
            commitment_id: 1,
            output: Localized::from_pairs([(Locale::Fr, "Publier le registre des 120 marchés publics")]),
            starts_on: Some(date!(2024 - 03 - 01)),
            due_on: Some(date!(2024 - 12 - 31)),
            responsible_institution_id: Some(10),
            status: MilestoneStatus::InProgress,
            percent: 40,
        };
        let indicator = Indicator {
            id: 1,
            commitment_id: 1,
            name: Localized::from_pairs([(Locale::Fr, "Marchés publiés")]),
            unit: "%".into(),
            baseline: Some(Measurement { value: "10".into(), date: Some(date!(2023 - 12 - 31)), source: None }),
            target: Some(Measurement { value: "100".into(), date: Some(date!(2026 - 12 - 31)), source: None }),
            measurements: vec![],
        };
        (commitment, vec![milestone], vec![indicator])
    }

    fn branch(id: i64) -> Option<Branch> {
        Some(if id == 20 { Branch::CivilSociety } else { Branch::Executive })
    }

    fn codes(f: &[Finding]) -> Vec<&'static str> {
        f.iter().map(|f| f.code).collect()
    }

    #[test]
    fn a_complete_commitment_is_ready() {
        let (c, m, i) = good();
        let findings = check_commitment(&c, &m, &i, &plan(), branch, &[Locale::Ar, Locale::Fr]);
        assert!(findings.is_empty(), "{findings:?}");
        assert!(is_ready(&findings));
    }

    #[test]
    fn untranslated_fields_are_advice_per_language() {
        let (c, m, i) = good();
        let findings = check_commitment(&c, &m, &i, &plan(), branch, &[Locale::Ar, Locale::Fr, Locale::Zgh]);
        assert_eq!(findings.len(), 4);
        assert!(findings.iter().all(|f| f.code == "field-untranslated" && f.locale == Some(Locale::Zgh)));
        assert!(is_ready(&findings));
    }

    #[test]
    fn every_rule_reports_its_field() {
        let (mut c, mut m, mut i) = good();
        c.texts.remove("problem");
        c.values = vec![OgpValue::TechnologyAndInnovation];
        c.lead_institution_id = None;
        c.supporting_institution_ids = vec![30];
        m[0].due_on = Some(date!(2024 - 01 - 15));
        m.push(Milestone {
            output: Localized::from_pairs([(Locale::Fr, "Sensibiliser les citoyens")]),
            due_on: Some(date!(2029 - 01 - 01)),
            ..m[0].clone()
        });
        m.push(Milestone { starts_on: None, ..m[0].clone() });
        i[0].target = None;
        let findings = check_commitment(&c, &m, &i, &plan(), branch, &[Locale::Ar, Locale::Fr]);
        assert_eq!(
            codes(&findings),
            vec![
                "field-empty",
                "milestone-due-before-start",
                "milestone-vague",
                "milestone-outside-plan",
                "milestone-no-dates",
                "indicator-no-target",
                "no-core-value",
                "no-lead",
                "no-non-government-actor"
            ]
        );
        assert_eq!(findings[0].field, "problem");
        assert_eq!(findings[2].item, Some(2));
        assert!(!is_ready(&findings));
    }

    #[test]
    fn cancelled_milestones_do_not_count_and_none_is_blocking() {
        let (c, mut m, i) = good();
        m[0].status = MilestoneStatus::Cancelled;
        let findings = check_commitment(&c, &m, &i, &plan(), branch, &[Locale::Fr]);
        assert_eq!(codes(&findings), vec!["no-milestones"]);
    }

    #[test]
    fn vague_outputs() {
        assert!(is_vague("Sensibiliser les jeunes à la participation"));
        assert!(is_vague("تعزيز الشفافية"));
        assert!(!is_vague("Promote the portal by publishing 12 datasets"));
        assert!(!is_vague("Adopter le décret d'application"));
        assert!(!is_vague("Train 300 civil servants"));
    }
}
