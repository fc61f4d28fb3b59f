//! Action plans: a member's numbered plan, its period and its dated phases.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::Localized;

/// The stages of an OGP action plan cycle, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PhaseKind {
    Preparation,
    CoCreation,
    Drafting,
    Consultation,
    Finalisation,
    Implementation,
    Closed,
}

impl PhaseKind {
    pub const ALL: [PhaseKind; 7] = [
        PhaseKind::Preparation,
        PhaseKind::CoCreation,
        PhaseKind::Drafting,
        PhaseKind::Consultation,
        PhaseKind::Finalisation,
        PhaseKind::Implementation,
        PhaseKind::Closed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PhaseKind::Preparation => "preparation",
            PhaseKind::CoCreation => "co-creation",
            PhaseKind::Drafting => "drafting",
            PhaseKind::Consultation => "consultation",
            PhaseKind::Finalisation => "finalisation",
            PhaseKind::Implementation => "implementation",
            PhaseKind::Closed => "closed",
        }
    }

    pub fn parse(code: &str) -> Result<PhaseKind, &'static str> {
        PhaseKind::ALL.into_iter().find(|p| p.code() == code).ok_or("phase-invalid")
    }
}

/// One dated phase. A phase without an end lasts until the next one starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phase {
    pub kind: PhaseKind,
    pub starts_on: Date,
    pub ends_on: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub id: i64,
    pub slug: String,
    /// The OGP member (country or locality) as OGP names it, e.g. "Morocco".
    pub member: String,
    pub number: i64,
    pub title: Localized,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    /// OGP's identifier of the plan, e.g. `AP_MAR01`, when it comes from OGP data.
    pub ogp_id: Option<String>,
    pub phases: Vec<Phase>,
}

impl Plan {
    /// The phase under way on `today` ("you are here"), if any: the latest phase that has
    /// started and has not ended.
    pub fn current_phase(&self, today: Date) -> Option<PhaseKind> {
        let mut phases: Vec<&Phase> = self.phases.iter().filter(|p| p.starts_on <= today).collect();
        phases.sort_by_key(|p| (p.starts_on, p.kind));
        phases.last().filter(|p| p.ends_on.is_none_or(|end| today <= end)).map(|p| p.kind)
    }

    /// Whether `day` lies inside the plan's period (an open bound accepts anything).
    pub fn contains(&self, day: Date) -> bool {
        self.starts_on.is_none_or(|s| s <= day) && self.ends_on.is_none_or(|e| day <= e)
    }
}

/// Checks a set of phases: each ends after it starts, and they follow the cycle's order.
pub fn validate_phases(phases: &[Phase]) -> Result<(), &'static str> {
    for phase in phases {
        if phase.ends_on.is_some_and(|end| end < phase.starts_on) {
            return Err("phase-ends-before-start");
        }
    }
    let mut sorted = phases.to_vec();
    sorted.sort_by_key(|p| p.kind);
    if sorted.windows(2).any(|w| w[0].kind == w[1].kind) {
        return Err("phase-duplicate");
    }
    if sorted.windows(2).any(|w| w[1].starts_on < w[0].starts_on) {
        return Err("phase-out-of-order");
    }
    Ok(())
}

/// A validated plan, ready to be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanInput {
    pub slug: String,
    pub member: String,
    pub number: i64,
    pub title: Localized,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub phases: Vec<Phase>,
}

/// The plan form as typed. `phases` holds (kind, start, end) as `YYYY-MM-DD` text.
#[derive(Debug, Clone, Default)]
pub struct PlanForm {
    pub slug: String,
    pub member: String,
    pub number: String,
    pub titles: Vec<(crate::Locale, String)>,
    pub starts_on: String,
    pub ends_on: String,
    pub phases: Vec<(PhaseKind, String, String)>,
}

/// A `YYYY-MM-DD` date a form requires.
pub fn parse_required_date(raw: &str) -> Result<Date, &'static str> {
    parse_date(raw)?.ok_or("date-required")
}

/// A `YYYY-MM-DD` date typed in a form; empty means none.
pub fn parse_date(raw: &str) -> Result<Option<Date>, &'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    Date::parse(raw, time::macros::format_description!("[year]-[month]-[day]")).map(Some).map_err(|_| "date-invalid")
}

impl PlanInput {
    pub fn parse(form: &PlanForm) -> Result<PlanInput, crate::validation::ValidationErrors> {
        let mut errors = crate::validation::ValidationErrors::new();
        let slug = errors.check("slug", crate::institution::Slug::parse(&form.slug));
        let member = form.member.trim().to_string();
        if member.is_empty() {
            errors.add("member", "member-required");
        }
        let number = match form.number.trim().parse::<i64>() {
            Ok(n) if (1..=100).contains(&n) => Some(n),
            _ => {
                errors.add("number", "plan-number-invalid");
                None
            }
        };
        let title = Localized::from_pairs(form.titles.iter().cloned());
        if title.is_empty() {
            errors.add("title", "title-required");
        }
        let starts_on = errors.check("starts_on", parse_date(&form.starts_on)).flatten();
        let ends_on = errors.check("ends_on", parse_date(&form.ends_on)).flatten();
        if let (Some(s), Some(e)) = (starts_on, ends_on) {
            if e < s {
                errors.add("ends_on", "due-before-start");
            }
        }
        let mut phases = vec![];
        for (kind, start, end) in &form.phases {
            let field = "phases";
            match (parse_date(start), parse_date(end)) {
                (Ok(Some(starts_on)), Ok(ends_on)) => phases.push(Phase { kind: *kind, starts_on, ends_on }),
                (Ok(None), Ok(None)) => {}
                (Ok(None), Ok(Some(_))) => errors.add(field, "phase-start-required"),
                _ => errors.add(field, "date-invalid"),
            }
        }
        if let Err(code) = validate_phases(&phases) {
            errors.add("phases", code);
        }
        errors.clone().into_result()?;
        match (slug, number) {
            (Some(slug), Some(number)) => {
                Ok(PlanInput { slug: slug.as_str().to_string(), member, number, title, starts_on, ends_on, phases })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn plan() -> Plan {
        Plan {
            id: 1,
            slug: "morocco-3".into(),
            member: "Morocco".into(),
            number: 3,
            title: Localized::new(),
            starts_on: Some(date!(2024 - 01 - 01)),
            ends_on: Some(date!(2027 - 12 - 31)),
            ogp_id: Some("AP_MAR03".into()),
            phases: vec![
                Phase {
                    kind: PhaseKind::CoCreation,
                    starts_on: date!(2023 - 03 - 01),
                    ends_on: Some(date!(2023 - 06 - 30)),
                },
                Phase {
                    kind: PhaseKind::Consultation,
                    starts_on: date!(2023 - 09 - 01),
                    ends_on: Some(date!(2023 - 09 - 30)),
                },
                Phase { kind: PhaseKind::Implementation, starts_on: date!(2024 - 01 - 01), ends_on: None },
            ],
        }
    }

    #[test]
    fn you_are_here() {
        let p = plan();
        assert_eq!(p.current_phase(date!(2023 - 01 - 01)), None);
        assert_eq!(p.current_phase(date!(2023 - 04 - 01)), Some(PhaseKind::CoCreation));
        assert_eq!(p.current_phase(date!(2023 - 07 - 15)), None, "between phases nothing is open");
        assert_eq!(p.current_phase(date!(2023 - 09 - 30)), Some(PhaseKind::Consultation));
        assert_eq!(p.current_phase(date!(2026 - 11 - 27)), Some(PhaseKind::Implementation));
    }

    #[test]
    fn phases_must_be_ordered_and_well_formed() {
        assert_eq!(validate_phases(&plan().phases), Ok(()));
        let mut bad = plan().phases;
        bad[1].ends_on = Some(date!(2023 - 08 - 01));
        assert_eq!(validate_phases(&bad), Err("phase-ends-before-start"));
        let mut swapped = plan().phases;
        swapped[0].starts_on = date!(2023 - 10 - 01);
        swapped[0].ends_on = None;
        assert_eq!(validate_phases(&swapped), Err("phase-out-of-order"));
    }

    #[test]
    fn plan_forms() {
        let form = PlanForm {
            slug: "morocco-3".into(),
            member: "Morocco".into(),
            number: "3".into(),
            titles: vec![(crate::Locale::Fr, "Troisième plan".into())],
            starts_on: "2024-01-01".into(),
            ends_on: "2027-12-31".into(),
            phases: vec![
                (PhaseKind::CoCreation, "2023-03-01".into(), "2023-06-30".into()),
                (PhaseKind::Drafting, "2023-07-01".into(), String::new()),
                (PhaseKind::Closed, String::new(), String::new()),
            ],
        };
        let input = PlanInput::parse(&form).expect("valid");
        assert_eq!(input.phases.len(), 2);
        let bad = PlanForm {
            number: "zero".into(),
            titles: vec![],
            ends_on: "2023-01-01".into(),
            phases: vec![(PhaseKind::Drafting, String::new(), "2023-01-01".into())],
            ..form
        };
        let errors = PlanInput::parse(&bad).expect_err("invalid");
        assert_eq!(errors.for_field("number"), Some("plan-number-invalid"));
        assert_eq!(errors.for_field("title"), Some("title-required"));
        assert_eq!(errors.for_field("ends_on"), Some("due-before-start"));
        assert_eq!(errors.for_field("phases"), Some("phase-start-required"));
    }

    #[test]
    fn period() {
        assert!(plan().contains(date!(2025 - 05 - 05)));
        assert!(!plan().contains(date!(2028 - 01 - 01)));
    }
}
