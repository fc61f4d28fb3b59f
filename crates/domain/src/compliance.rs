//! The OGP Participation and Co-Creation Standards (2021): the minimum requirements, each
//! evaluated from what the portal holds, with the evidence that decides it and what is
//! missing. The web layer gathers the facts; the rules live here.

use serde::Serialize;
use time::Date;

use crate::plan::{PhaseKind, Plan};

/// A dated thing that can be shown as evidence: a meeting, a document, a phase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Proof {
    pub date: Date,
    pub label: String,
    /// A link to it on the portal, when it has one.
    pub href: Option<String>,
}

/// What the portal knows that the standards ask about, for one plan.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// Members of the forum (steering committee) today: (government, non-government).
    pub forum_sides: (usize, usize),
    /// Rules of participation published in the repository.
    pub rules: Vec<Proof>,
    /// Meetings of the forum that took place (not cancelled), oldest first.
    pub forum_meetings: Vec<Proof>,
    /// Documents added to the repository, by date.
    pub repository: Vec<Proof>,
    /// When the plan (and its timeline) was first published on the portal.
    pub timeline_published_on: Option<Date>,
    /// Outreach activities (meetings of that kind that took place).
    pub outreach: Vec<Proof>,
    /// Contributions received online and recorded from meetings.
    pub contributions: usize,
    /// Contributions still without a published response.
    pub unanswered: usize,
    /// When the final plan was adopted, and whether it was adopted over unanswered
    /// contributions.
    pub adopted: Option<(Date, bool)>,
    /// Meetings held during implementation with civil society present.
    pub implementation_meetings: Vec<Proof>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Met,
    NotMet,
    /// The moment the requirement is about has not come yet.
    NotYet,
}

impl Outcome {
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Met => "met",
            Outcome::NotMet => "not-met",
            Outcome::NotYet => "not-yet",
        }
    }
}

/// One minimum requirement, evaluated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Requirement {
    /// The standard's number, e.g. "1.1".
    pub number: &'static str,
    /// Message id stem: `compliance-<key>` names it, `compliance-<key>-missing` says what is missing.
    pub key: &'static str,
    pub outcome: Outcome,
    pub evidence: Vec<Proof>,
}

const DAY_MONTHS_6: i64 = 183;

/// The longest gap, in days, between consecutive dates (and from the last one to `today`).
fn longest_gap(dates: &[Date], today: Date) -> Option<i64> {
    let mut sorted: Vec<Date> = dates.to_vec();
    sorted.sort();
    let mut gaps: Vec<i64> = sorted.windows(2).map(|w| (w[1] - w[0]).whole_days()).collect();
    gaps.push((today - *sorted.last()?).whole_days());
    gaps.into_iter().max()
}

fn phase(plan: &Plan, kind: PhaseKind) -> Option<(Date, Option<Date>)> {
    plan.phases.iter().find(|p| p.kind == kind).map(|p| (p.starts_on, p.ends_on))
}

/// Evaluates every minimum requirement for `plan` on `today`.
pub fn evaluate(plan: &Plan, facts: &Facts, today: Date) -> Vec<Requirement> {
    let met = |ok: bool| if ok { Outcome::Met } else { Outcome::NotMet };
    let cocreation = phase(plan, PhaseKind::CoCreation);
    let implementation = phase(plan, PhaseKind::Implementation);
    let mut out = vec![];

    // 1.1 A forum with government and non-government members, public rules, and no more
    // than six months between meetings.
    let dates: Vec<Date> = facts.forum_meetings.iter().map(|p| p.date).collect();
    let regular = longest_gap(&dates, today).is_some_and(|gap| gap <= DAY_MONTHS_6);
    let mixed = facts.forum_sides.0 > 0 && facts.forum_sides.1 > 0;
    let mut evidence = facts.rules.clone();
    evidence.extend(facts.forum_meetings.iter().rev().take(3).cloned());
    out.push(Requirement {
        number: "1.1",
        key: "forum",
        outcome: met(mixed && !facts.rules.is_empty() && regular),
        evidence,
    });

    // 2.1 The portal itself is the public OGP website: met by running it.
    out.push(Requirement { number: "2.1", key: "website", outcome: Outcome::Met, evidence: vec![] });

    // 2.2 The repository gets at least two dated updates in any twelve months (judged over
    // the last twelve).
    let year_ago = today - time::Duration::days(365);
    let recent: Vec<Proof> =
        facts.repository.iter().filter(|p| p.date > year_ago && p.date <= today).cloned().collect();
    out.push(Requirement { number: "2.2", key: "repository", outcome: met(recent.len() >= 2), evidence: recent });

    // 3.1 The co-creation timeline is published at least 14 days before co-creation starts.
    let outcome = match (cocreation, facts.timeline_published_on) {
        (None, _) => Outcome::NotMet,
        (Some((start, _)), Some(published)) => met((start - published).whole_days() >= 14),
        (Some(_), None) => Outcome::NotMet,
    };
    let evidence = cocreation
        .map(|(start, _)| vec![Proof { date: start, label: "co-creation".into(), href: None }])
        .unwrap_or_default();
    out.push(Requirement { number: "3.1", key: "timeline", outcome, evidence });

    // 3.2 At least one outreach activity before or during co-creation.
    let until = cocreation.and_then(|(_, end)| end).unwrap_or(today);
    let outreach: Vec<Proof> = facts.outreach.iter().filter(|p| p.date <= until).cloned().collect();
    let outcome = match cocreation {
        Some((start, _)) if start > today && outreach.is_empty() => Outcome::NotYet,
        _ => met(!outreach.is_empty()),
    };
    out.push(Requirement { number: "3.2", key: "outreach", outcome, evidence: outreach });

    // 3.3 An input channel is open during co-creation: the portal's proposal form opens
    // with the phase; met once the phase has dates.
    let outcome = match cocreation {
        None => Outcome::NotMet,
        Some((start, _)) if start > today => Outcome::NotYet,
        Some(_) => Outcome::Met,
    };
    out.push(Requirement { number: "3.3", key: "input-channel", outcome, evidence: vec![] });

    // 4.1 Every contribution has a reasoned response before the plan is final.
    let outcome = match facts.adopted {
        Some((_, overridden)) => met(!overridden),
        None if facts.unanswered == 0 && facts.contributions > 0 => Outcome::Met,
        None => Outcome::NotYet,
    };
    out.push(Requirement { number: "4.1", key: "responses", outcome, evidence: vec![] });

    // 5.1 At least two meetings with civil society during implementation.
    let outcome = match implementation {
        None => Outcome::NotYet,
        Some((start, _)) if start > today => Outcome::NotYet,
        Some((_, end)) => {
            let enough = facts.implementation_meetings.len() >= 2;
            if !enough && end.is_none_or(|e| e >= today) {
                Outcome::NotYet
            } else {
                met(enough)
            }
        }
    };
    out.push(Requirement {
        number: "5.1",
        key: "implementation-meetings",
        outcome,
        evidence: facts.implementation_meetings.clone(),
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{parse_required_date, Phase};
    use crate::Localized;

    fn d(raw: &str) -> Date {
        parse_required_date(raw).expect("date")
    }

    fn proof(date: &str) -> Proof {
        Proof { date: d(date), label: date.into(), href: None }
    }

    fn plan() -> Plan {
        Plan {
            id: 1,
            slug: "p".into(),
            member: "Morocco".into(),
            number: 3,
            title: Localized::new(),
            starts_on: Some(d("2027-01-01")),
            ends_on: Some(d("2028-12-31")),
            ogp_id: None,
            phases: vec![
                Phase { kind: PhaseKind::CoCreation, starts_on: d("2026-09-01"), ends_on: Some(d("2026-10-31")) },
                Phase { kind: PhaseKind::Implementation, starts_on: d("2027-01-01"), ends_on: Some(d("2028-12-31")) },
            ],
        }
    }

    fn good() -> Facts {
        Facts {
            forum_sides: (5, 4),
            rules: vec![proof("2026-03-01")],
            forum_meetings: vec![proof("2026-04-01"), proof("2026-08-20"), proof("2026-10-14")],
            repository: vec![proof("2026-03-01"), proof("2026-10-15")],
            timeline_published_on: Some(d("2026-08-01")),
            outreach: vec![proof("2026-09-15")],
            contributions: 12,
            unanswered: 0,
            adopted: None,
            implementation_meetings: vec![],
        }
    }

    fn outcome(reqs: &[Requirement], number: &str) -> Outcome {
        reqs.iter().find(|r| r.number == number).expect(number).outcome
    }

    #[test]
    fn a_well_run_cycle_meets_the_requirements_that_are_due() {
        let reqs = evaluate(&plan(), &good(), d("2026-11-20"));
        for n in ["1.1", "2.1", "2.2", "3.1", "3.2", "3.3", "4.1"] {
            assert_eq!(outcome(&reqs, n), Outcome::Met, "{n}");
        }
        assert_eq!(outcome(&reqs, "5.1"), Outcome::NotYet, "implementation has not started");
    }

    #[test]
    fn each_gap_turns_its_requirement_red() {
        let today = d("2026-11-20");
        let one_sided = Facts { forum_sides: (5, 0), ..good() };
        assert_eq!(outcome(&evaluate(&plan(), &one_sided, today), "1.1"), Outcome::NotMet);
        let silent = Facts { forum_meetings: vec![proof("2026-01-10")], ..good() };
        assert_eq!(
            outcome(&evaluate(&plan(), &silent, today), "1.1"),
            Outcome::NotMet,
            "more than six months without a meeting"
        );
        let late_timeline = Facts { timeline_published_on: Some(d("2026-08-25")), ..good() };
        assert_eq!(outcome(&evaluate(&plan(), &late_timeline, today), "3.1"), Outcome::NotMet);
        let stale = Facts { repository: vec![proof("2025-06-01")], ..good() };
        assert_eq!(outcome(&evaluate(&plan(), &stale, today), "2.2"), Outcome::NotMet);
        let overridden = Facts { unanswered: 3, adopted: Some((d("2026-12-01"), true)), ..good() };
        assert_eq!(outcome(&evaluate(&plan(), &overridden, today), "4.1"), Outcome::NotMet);
        let ended = Facts { implementation_meetings: vec![proof("2027-05-01")], ..good() };
        assert_eq!(outcome(&evaluate(&plan(), &ended, d("2029-01-10")), "5.1"), Outcome::NotMet);
        let two = Facts { implementation_meetings: vec![proof("2027-05-01"), proof("2027-11-01")], ..good() };
        assert_eq!(outcome(&evaluate(&plan(), &two, d("2027-12-01")), "5.1"), Outcome::Met);
    }
}
