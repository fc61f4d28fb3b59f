//! What a person can take part in today, and when the next chance comes.
//!
//! A citizen arriving on the home page asks one question: "is anything open, and until when?"
//! The first version listed the steps of an OGP cycle in general and never said that a plan was
//! taking proposals right now. These rules answer it from the plans' dated phases and the
//! consultations' windows, the same rules that accept or refuse a proposal or a comment
//! ([`crate::contribution::open_for_proposals`], [`Consultation::check_open`]), so the home page
//! never invites someone to a door that is shut.

use time::Date;

use crate::consultation::Consultation;
use crate::plan::{PhaseKind, Plan};

/// A door open today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opening {
    /// The plan is in co-creation: anyone signed in may propose ideas, until `until` (the last
    /// day of the phase, when the plan says).
    Proposals { plan_id: i64, until: Option<Date> },
    /// A consultation on the plan's frozen draft takes comments until `until`.
    Consultation { plan_id: i64, consultation_id: i64, until: Date },
}

/// The next door to open, when none is open today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextStep {
    Phase { plan_id: i64, kind: PhaseKind, starts_on: Date },
    Consultation { plan_id: i64, consultation_id: i64, opens_on: Date },
}

impl NextStep {
    pub fn date(&self) -> Date {
        match self {
            NextStep::Phase { starts_on, .. } => *starts_on,
            NextStep::Consultation { opens_on, .. } => *opens_on,
        }
    }
}

/// The last day of a plan's phase: its own end, else the day before the next phase starts.
pub fn phase_ends_on(plan: &Plan, kind: PhaseKind) -> Option<Date> {
    let phase = plan.phases.iter().find(|p| p.kind == kind)?;
    phase.ends_on.or_else(|| {
        plan.phases
            .iter()
            .filter(|p| p.starts_on > phase.starts_on)
            .map(|p| p.starts_on)
            .min()
            .and_then(|d| d.previous_day())
    })
}

/// Every door open on `today`, soonest closing first, and — when there is none — the next one.
/// Phases whose participation the portal takes are co-creation (proposals) and consultation
/// (comments on a consultation's frozen draft); a consultation phase without a consultation
/// opened by the secretariat is not a door.
pub fn open_now(plans: &[Plan], consultations: &[Consultation], today: Date) -> (Vec<Opening>, Option<NextStep>) {
    let mut open = vec![];
    for plan in plans {
        if crate::contribution::open_for_proposals(plan, today).is_ok() {
            open.push(Opening::Proposals { plan_id: plan.id, until: phase_ends_on(plan, PhaseKind::CoCreation) });
        }
    }
    for c in consultations {
        if c.is_open(today) {
            open.push(Opening::Consultation { plan_id: c.plan_id, consultation_id: c.id, until: c.closes_on });
        }
    }
    open.sort_by_key(|o| match o {
        Opening::Proposals { until, .. } => until.unwrap_or(Date::MAX),
        Opening::Consultation { until, .. } => *until,
    });
    if !open.is_empty() {
        return (open, None);
    }
    let phases = plans.iter().flat_map(|plan| {
        plan.phases
            .iter()
            .filter(|p| p.starts_on > today && matches!(p.kind, PhaseKind::CoCreation | PhaseKind::Consultation))
            .map(|p| NextStep::Phase { plan_id: plan.id, kind: p.kind, starts_on: p.starts_on })
    });
    let consultations = consultations.iter().filter(|c| c.opens_on > today).map(|c| NextStep::Consultation {
        plan_id: c.plan_id,
        consultation_id: c.id,
        opens_on: c.opens_on,
    });
    // A consultation opened by the secretariat is more precise than its plan's phase: it wins a tie.
    let next = consultations.chain(phases).min_by_key(|n| n.date());
    (open, next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consultation::FrozenPlan;
    use crate::plan::Phase;
    use time::macros::date;

    fn plan(id: i64, phases: Vec<Phase>) -> Plan {
        Plan {
            id,
            slug: format!("p{id}"),
            member: "Morocco".into(),
            number: id,
            title: Default::default(),
            starts_on: None,
            ends_on: None,
            ogp_id: None,
            phases,
        }
    }
    fn consultation(id: i64, plan_id: i64, opens_on: Date, closes_on: Date) -> Consultation {
        Consultation { id, plan_id, opens_on, closes_on, frozen_at: 0, snapshot: FrozenPlan { commitments: vec![] } }
    }

    #[test]
    fn co_creation_and_consultation_open_today_closing_soonest_first() {
        let cocreating = plan(
            1,
            vec![
                Phase { kind: PhaseKind::CoCreation, starts_on: date!(2026 - 11 - 01), ends_on: None },
                Phase { kind: PhaseKind::Drafting, starts_on: date!(2027 - 01 - 16), ends_on: None },
            ],
        );
        let consulting = plan(2, vec![]);
        let c = consultation(9, 2, date!(2026 - 12 - 01), date!(2026 - 12 - 20));
        let (open, next) = open_now(&[cocreating, consulting], &[c], date!(2026 - 12 - 04));
        assert_eq!(
            open,
            vec![
                Opening::Consultation { plan_id: 2, consultation_id: 9, until: date!(2026 - 12 - 20) },
                Opening::Proposals { plan_id: 1, until: Some(date!(2027 - 01 - 15)) },
            ]
        );
        assert_eq!(next, None);
    }

    #[test]
    fn nothing_open_says_what_comes_next() {
        let later =
            plan(1, vec![Phase { kind: PhaseKind::CoCreation, starts_on: date!(2027 - 03 - 01), ends_on: None }]);
        let c = consultation(4, 1, date!(2027 - 05 - 01), date!(2027 - 05 - 20));
        let closed = consultation(3, 1, date!(2026 - 01 - 01), date!(2026 - 01 - 20));
        let (open, next) = open_now(&[later], &[c, closed], date!(2026 - 12 - 04));
        assert!(open.is_empty());
        assert_eq!(
            next,
            Some(NextStep::Phase { plan_id: 1, kind: PhaseKind::CoCreation, starts_on: date!(2027 - 03 - 01) })
        );
        let (_, none) = open_now(&[], &[], date!(2026 - 12 - 04));
        assert_eq!(none, None);
    }
}
