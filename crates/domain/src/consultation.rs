//! Public consultation on the draft plan: a frozen version open for comments between two
//! dates, the places a comment can be anchored to, reasoned responses to every contribution,
//! the rule that holds back the final plan while contributions are unanswered, and the
//! voluntary participant profile that the report aggregates.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::Date;

use crate::commitment::{Commitment, Milestone};
use crate::contribution::{check_text, Contribution, ContributionInput, ContributionKind, MAX_BODY_CHARS};
// Responses belong to contributions (a contribution carries its response); they are named
// here too, where the consultation's rules use them.
pub use crate::contribution::{Response, ResponseStatus};
use crate::forum::vocabulary;
use crate::plan::parse_required_date;
use crate::validation::ValidationErrors;
use crate::{Locale, Localized};

/// The template sections a participant reads and comments on, in reading order.
pub const FROZEN_FIELDS: [&str; 7] =
    ["problem", "causes", "solution", "results", "transparency", "participation", "full-text"];

/// The draft plan as it stood when the consultation opened. Comments point into this copy,
/// so later edits of the draft never move or orphan them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct FrozenPlan {
    pub commitments: Vec<FrozenCommitment>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrozenCommitment {
    pub id: i64,
    pub code: String,
    pub theme_id: Option<i64>,
    pub title: Localized,
    pub sections: Vec<FrozenSection>,
}

/// A section: a template field (`problem`) or a milestone (`milestone-12`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrozenSection {
    pub key: String,
    pub text: Localized,
}

impl FrozenSection {
    pub fn is_milestone(&self) -> bool {
        self.key.starts_with("milestone-")
    }
}

/// The paragraphs of a text: its non-empty lines. Numbering starts at 1 so that anchors
/// read like the paragraph numbers people cite.
pub fn paragraphs(text: &str) -> Vec<&str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).collect()
}

impl FrozenPlan {
    /// Freezes the draft: each commitment's sections that have text, and its milestones.
    pub fn of(commitments: &[(Commitment, Vec<Milestone>)]) -> FrozenPlan {
        let commitments = commitments
            .iter()
            .map(|(c, milestones)| {
                let mut sections: Vec<FrozenSection> = FROZEN_FIELDS
                    .iter()
                    .map(|field| FrozenSection { key: field.to_string(), text: c.text(field) })
                    .filter(|s| !s.text.is_empty())
                    .collect();
                sections.extend(
                    milestones
                        .iter()
                        .map(|m| FrozenSection { key: format!("milestone-{}", m.id), text: m.output.clone() }),
                );
                FrozenCommitment {
                    id: c.id,
                    code: c.code.clone(),
                    theme_id: c.theme_id,
                    title: c.text("title"),
                    sections,
                }
            })
            .collect();
        FrozenPlan { commitments }
    }

    pub fn commitment(&self, code: &str) -> Option<&FrozenCommitment> {
        self.commitments.iter().find(|c| c.code == code)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }
}

impl FrozenCommitment {
    pub fn section(&self, key: &str) -> Option<&FrozenSection> {
        self.sections.iter().find(|s| s.key == key)
    }
}

/// What a consultation comment is about. Stored as text: `""` (the whole plan), `MO0048`,
/// `MO0048/problem`, or `MO0048/problem/ar/2` (the second paragraph of the Arabic text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Plan,
    Commitment(String),
    Section(String, String),
    Paragraph { code: String, section: String, locale: Locale, number: usize },
}

impl Target {
    pub fn parse(raw: &str) -> Result<Target, &'static str> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(Target::Plan);
        }
        let parts: Vec<&str> = raw.split('/').collect();
        let own = |s: &str| s.to_string();
        match parts.as_slice() {
            [code] => Ok(Target::Commitment(own(code))),
            [code, section] => Ok(Target::Section(own(code), own(section))),
            [code, section, locale, number] => Ok(Target::Paragraph {
                code: own(code),
                section: own(section),
                locale: locale.parse::<Locale>().map_err(|_| "paragraph-unknown")?,
                number: number.parse().map_err(|_| "paragraph-unknown")?,
            }),
            _ => Err("paragraph-unknown"),
        }
    }

    pub fn code(&self) -> String {
        match self {
            Target::Plan => String::new(),
            Target::Commitment(code) => code.clone(),
            Target::Section(code, section) => format!("{code}/{section}"),
            Target::Paragraph { code, section, locale, number } => {
                format!("{code}/{section}/{}/{number}", locale.code())
            }
        }
    }

    /// The commitment it concerns, if any.
    pub fn commitment_code(&self) -> Option<&str> {
        match self {
            Target::Plan => None,
            Target::Commitment(code) | Target::Section(code, _) | Target::Paragraph { code, .. } => Some(code),
        }
    }

    /// The paragraph's text, or an error when the place does not exist in the frozen version.
    pub fn resolve<'a>(&self, plan: &'a FrozenPlan) -> Result<Option<&'a str>, &'static str> {
        let commitment = |code: &str| plan.commitment(code).ok_or("paragraph-unknown");
        match self {
            Target::Plan => Ok(None),
            Target::Commitment(code) => commitment(code).map(|_| None),
            Target::Section(code, section) => {
                commitment(code)?.section(section).map(|_| None).ok_or("paragraph-unknown")
            }
            Target::Paragraph { code, section, locale, number } => {
                let text =
                    commitment(code)?.section(section).ok_or("paragraph-unknown")?.text.get(*locale).unwrap_or("");
                number
                    .checked_sub(1)
                    .and_then(|i| paragraphs(text).get(i).copied())
                    .map(Some)
                    .ok_or("paragraph-unknown")
            }
        }
    }
}

/// A consultation: the frozen draft and the dates it is open (both days included).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consultation {
    pub id: i64,
    pub plan_id: i64,
    pub opens_on: Date,
    pub closes_on: Date,
    pub frozen_at: i64,
    pub snapshot: FrozenPlan,
}

/// How many days a window lasts, both ends included.
pub fn duration_days(opens_on: Date, closes_on: Date) -> i64 {
    (closes_on - opens_on).whole_days() + 1
}

impl Consultation {
    pub fn is_open(&self, today: Date) -> bool {
        self.opens_on <= today && today <= self.closes_on
    }

    pub fn has_closed(&self, today: Date) -> bool {
        today > self.closes_on
    }

    /// Whether comments are taken on `today`, with the reason when they are not.
    pub fn check_open(&self, today: Date) -> Result<(), &'static str> {
        if today < self.opens_on {
            Err("consultation-not-open-yet")
        } else if today > self.closes_on {
            Err("consultation-closed")
        } else {
            Ok(())
        }
    }

    pub fn days(&self) -> i64 {
        duration_days(self.opens_on, self.closes_on)
    }
}

/// Parses the dates of a new consultation, or of one being changed (`current`). Every
/// consultation lasts at least `min_days`; once open, its start is fixed and it cannot be
/// shortened below the minimum nor closed before today.
pub fn parse_window(
    opens: &str,
    closes: &str,
    min_days: i64,
    current: Option<&Consultation>,
    today: Date,
) -> Result<(Date, Date), ValidationErrors> {
    let mut errors = ValidationErrors::new();
    let opens_on = errors.check("opens_on", parse_required_date(opens));
    let closes_on = errors.check("closes_on", parse_required_date(closes));
    let (Some(opens_on), Some(closes_on)) = (opens_on, closes_on) else {
        return Err(errors);
    };
    let started = current.filter(|c| c.opens_on <= today);
    if let Some(current) = started {
        if opens_on != current.opens_on {
            errors.add("opens_on", "consultation-start-fixed");
        }
        if closes_on < today && !current.has_closed(today) {
            errors.add("closes_on", "consultation-close-before-today");
        }
    }
    if closes_on < opens_on {
        errors.add("closes_on", "consultation-ends-before-start");
    } else if duration_days(opens_on, closes_on) < min_days {
        errors.add("closes_on", "consultation-too-short");
    } else if started.is_none() && closes_on < today && current.is_none_or(|c| !c.has_closed(today)) {
        // A consultation held entirely in the past took no one's comments.
        errors.add("closes_on", "consultation-ends-in-past");
    }
    errors.into_result().map(|()| (opens_on, closes_on))
}

impl ContributionInput {
    /// A comment on the frozen draft, about `target`, or a reply to another comment of the
    /// same consultation (it then concerns the same place).
    pub fn consultation_comment(
        consultation: &Consultation,
        target: &str,
        parent: Option<&Contribution>,
        body: &str,
        honeypot: &str,
    ) -> Result<ContributionInput, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if !honeypot.trim().is_empty() {
            errors.add("body", "submission-refused");
            return Err(errors);
        }
        let target = match parent {
            Some(p) if p.consultation_id == Some(consultation.id) && p.kind == ContributionKind::Comment => {
                Some(p.target.clone())
            }
            Some(_) => {
                errors.add("parent_id", "reply-unknown");
                None
            }
            None => match Target::parse(target).and_then(|t| t.resolve(&consultation.snapshot).map(|_| t)) {
                Ok(t) => Some(t.code()),
                Err(code) => {
                    errors.add("target", code);
                    None
                }
            },
        };
        let body = check_text(&mut errors, "body", body, MAX_BODY_CHARS, "comment-body-required");
        errors.clone().into_result()?;
        let theme_id = target.as_deref().and_then(|t| Target::parse(t).ok()).and_then(|t| {
            t.commitment_code().and_then(|c| consultation.snapshot.commitment(c)).and_then(|c| c.theme_id)
        });
        Ok(ContributionInput {
            plan_id: consultation.plan_id,
            kind: ContributionKind::Comment,
            theme_id,
            parent_id: parent.map(|p| p.id),
            meeting_id: None,
            consultation_id: Some(consultation.id),
            target: target.unwrap_or_default(),
            title: String::new(),
            body,
        })
    }
}

/// A checked response ready to store as a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseInput {
    pub status: ResponseStatus,
    pub merged_into: Option<i64>,
    pub justification: Localized,
    pub revision_id: Option<i64>,
}

impl ResponseInput {
    /// `commitment_id` resolves a commitment code of the plan; a merge must name one.
    pub fn parse(
        status: &str,
        merged_into: &str,
        justification: &[(Locale, String)],
        revision: &str,
        commitment_id: impl Fn(&str) -> Option<i64>,
    ) -> Result<ResponseInput, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let status = errors.check("status", ResponseStatus::parse(status.trim()));
        let merged_into = match merged_into.trim() {
            "" if status == Some(ResponseStatus::Merged) => {
                errors.add("merged_into", "merged-into-required");
                None
            }
            "" => None,
            code => {
                let id = commitment_id(code);
                if id.is_none() {
                    errors.add("merged_into", "commitment-unknown");
                }
                id
            }
        };
        let mut text = Localized::new();
        for (locale, value) in justification {
            let value = value.trim();
            if value.chars().count() > MAX_BODY_CHARS {
                errors.add("justification", "text-too-long");
            }
            text.set(*locale, value);
        }
        if text.is_empty() {
            errors.add("justification", "justification-required");
        }
        let revision_id = match revision.trim() {
            "" => None,
            raw => errors.check("revision_id", raw.parse::<i64>().map_err(|_| "revision-unknown")),
        };
        errors.clone().into_result()?;
        let status = status.ok_or_else(|| errors.clone())?;
        Ok(ResponseInput { status, merged_into, justification: text, revision_id })
    }
}

/// Whether a consultation may open (or move to) `window` on a plan: not over the dates of
/// another consultation of the same plan (`others`, the one being moved left out by the
/// caller), where two frozen drafts would take comments at once.
pub fn check_window_free(window: (Date, Date), others: &[Consultation]) -> Result<(), ValidationErrors> {
    let mut errors = ValidationErrors::new();
    if others.iter().any(|c| c.opens_on <= window.1 && window.0 <= c.closes_on) {
        errors.add("opens_on", "consultation-overlaps");
    }
    errors.into_result()
}

/// The gates before a plan can be adopted as final, which no override opens: it has at least
/// one commitment, its draft went through a consultation (one has been held, and the plan's
/// timeline, when it has one, is past co-creation and drafting), and no consultation is
/// taking comments today.
pub fn check_adoption_gates(
    commitments: usize,
    consultations: &[Consultation],
    phase: Option<crate::plan::PhaseKind>,
    today: Date,
) -> Result<(), &'static str> {
    use crate::plan::PhaseKind;
    let before_consultation =
        matches!(phase, Some(PhaseKind::Preparation | PhaseKind::CoCreation | PhaseKind::Drafting));
    if commitments == 0 {
        Err("adoption-no-commitments")
    } else if consultations.iter().any(|c| c.is_open(today)) {
        Err("adoption-consultation-open")
    } else if before_consultation || !consultations.iter().any(|c| c.has_closed(today)) {
        Err("adoption-before-consultation")
    } else {
        Ok(())
    }
}

/// Whether the plan may be adopted as final with `unanswered` contributions lacking a
/// published response. An override needs a reason, which is then shown publicly.
pub fn check_adoption(unanswered: i64, override_reason: &str) -> Result<Option<String>, &'static str> {
    let reason = override_reason.trim();
    match (unanswered, reason.is_empty()) {
        (0, true) => Ok(None),
        (0, false) => Ok(Some(reason.to_string())),
        (_, true) => Err("contributions-unanswered"),
        (_, false) if reason.chars().count() > MAX_BODY_CHARS => Err("text-too-long"),
        (_, false) => Ok(Some(reason.to_string())),
    }
}

vocabulary!(
    /// The sectors a participant may say they belong to.
    Sector, "sector-invalid", {
        CivilSociety => "civil-society",
        Government => "government",
        PrivateSector => "private-sector",
        Academia => "academia",
        Media => "media",
        Citizen => "citizen",
        Other => "other",
    }
);

vocabulary!(
    Gender, "gender-invalid", {
        Woman => "woman",
        Man => "man",
        Other => "other",
    }
);

/// The voluntary participant profile. Every field may be left empty.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Profile {
    pub sector: Option<Sector>,
    pub gender: Option<Gender>,
    pub region: String,
}

pub const MAX_REGION_CHARS: usize = 80;

impl Profile {
    pub fn parse(sector: &str, gender: &str, region: &str) -> Result<Profile, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let optional = |raw: &str| raw.trim().to_string();
        let sector = match optional(sector).as_str() {
            "" => None,
            code => errors.check("sector", Sector::parse(code)),
        };
        let gender = match optional(gender).as_str() {
            "" => None,
            code => errors.check("gender", Gender::parse(code)),
        };
        let region = region.split_whitespace().collect::<Vec<_>>().join(" ");
        if region.chars().count() > MAX_REGION_CHARS {
            errors.add("region", "text-too-long");
        }
        errors.into_result().map(|()| Profile { sector, gender, region })
    }
}

/// Below this many people a group is not shown on its own, so nobody can be singled out.
pub const MIN_GROUP: i64 = 5;

/// Counts by value with small groups folded into one "fewer than [`MIN_GROUP`]" bucket
/// (returned second). Empty values (not given) are counted apart (third).
pub fn aggregate<'a>(values: impl IntoIterator<Item = &'a str>) -> (Vec<(String, i64)>, i64, i64) {
    let mut counts: BTreeMap<String, i64> = BTreeMap::new();
    let mut not_given = 0;
    for value in values {
        let key = crate::text::normalised_name(value);
        if key.is_empty() {
            not_given += 1;
        } else {
            *counts.entry(value.trim().to_string()).or_default() += 1;
        }
    }
    let (shown, small): (Vec<_>, Vec<_>) = counts.into_iter().partition(|(_, n)| *n >= MIN_GROUP);
    let mut shown = shown;
    shown.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    (shown, small.iter().map(|(_, n)| n).sum(), not_given)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commitment::{CommitmentStatus, MilestoneStatus};

    fn date(raw: &str) -> Date {
        parse_required_date(raw).expect("date")
    }

    fn frozen() -> Consultation {
        let mut texts = BTreeMap::new();
        texts.insert("title".to_string(), Localized::from_pairs([(Locale::Ar, "نشر الميزانيات")]));
        texts.insert(
            "problem".to_string(),
            Localized::from_pairs([
                (Locale::Ar, "الفقرة الأولى.\n\nالفقرة الثانية."),
                (Locale::Fr, "Un seul paragraphe."),
            ]),
        );
        let commitment = Commitment {
            id: 4,
            code: "MO0048".into(),
            plan_id: 1,
            theme_id: Some(9),
            number: None,
            status: CommitmentStatus::Draft,
            texts,
            lead_institution_id: None,
            supporting_institution_ids: vec![],
            values: vec![],
            policy_areas: vec![],
            assessment: BTreeMap::new(),
            starts_on: None,
            ends_on: None,
            source_url: None,
        };
        let milestone = Milestone {
            id: 12,
            commitment_id: 4,
            output: Localized::from_pairs([(Locale::Fr, "Portail publié")]),
            starts_on: None,
            due_on: None,
            responsible_institution_id: None,
            status: MilestoneStatus::NotStarted,
            percent: 0,
        };
        Consultation {
            id: 3,
            plan_id: 1,
            opens_on: date("2026-03-01"),
            closes_on: date("2026-03-14"),
            frozen_at: 0,
            snapshot: FrozenPlan::of(&[(commitment, vec![milestone])]),
        }
    }

    #[test]
    fn comments_anchor_to_places_that_exist_in_the_frozen_version() {
        let c = frozen();
        let para = Target::parse("MO0048/problem/ar/2").expect("parses");
        assert_eq!(para.resolve(&c.snapshot), Ok(Some("الفقرة الثانية.")));
        assert_eq!(para.code(), "MO0048/problem/ar/2");
        for missing in
            ["MO0048/problem/ar/3", "MO0048/problem/ar/0", "MO0048/budget", "MO9999", "a/b/c", "MO0048/problem/xx/1"]
        {
            let resolved = Target::parse(missing).and_then(|t| t.resolve(&c.snapshot));
            assert_eq!(resolved, Err("paragraph-unknown"), "{missing}");
        }
        assert!(Target::parse("MO0048/milestone-12").expect("milestone").resolve(&c.snapshot).is_ok());
        let comment = ContributionInput::consultation_comment(&c, "MO0048/problem/ar/1", None, " <b>نعم</b> ", "")
            .expect("valid");
        assert_eq!((comment.target.as_str(), comment.theme_id), ("MO0048/problem/ar/1", Some(9)));
        assert_eq!(comment.body, "<b>نعم</b>", "kept as typed; escaping is the page's job");
        let err =
            ContributionInput::consultation_comment(&c, "MO0048/problem/ar/7", None, "", "").expect_err("refused");
        assert_eq!(err.for_field("target"), Some("paragraph-unknown"));
        assert_eq!(err.for_field("body"), Some("comment-body-required"));
    }

    #[test]
    fn a_reply_keeps_its_parents_place_and_must_belong_to_the_same_consultation() {
        let c = frozen();
        let parent = Contribution {
            id: 40,
            plan_id: 1,
            kind: ContributionKind::Comment,
            theme_id: Some(9),
            parent_id: None,
            meeting_id: None,
            consultation_id: Some(3),
            target: "MO0048/problem".into(),
            author_id: 2,
            author_name: "A".into(),
            author_role: None,
            title: String::new(),
            body: "x".into(),
            created_at: 0,
            supports: 0,
            hidden_reason: None,
            pending: false,
            response: None,
        };
        let reply = ContributionInput::consultation_comment(&c, "", Some(&parent), "Je suis d'accord", "").expect("ok");
        assert_eq!((reply.target.as_str(), reply.parent_id), ("MO0048/problem", Some(40)));
        let other = Contribution { consultation_id: Some(99), ..parent };
        let err = ContributionInput::consultation_comment(&c, "", Some(&other), "x", "").expect_err("other");
        assert_eq!(err.for_field("parent_id"), Some("reply-unknown"));
    }

    #[test]
    fn consultations_last_at_least_the_minimum_and_an_open_one_cannot_be_cut_short() {
        let today = date("2026-02-20");
        assert!(parse_window("2026-03-01", "2026-03-14", 14, None, today).is_ok());
        let err = parse_window("2026-03-01", "2026-03-13", 14, None, today).expect_err("13 days");
        assert_eq!(err.for_field("closes_on"), Some("consultation-too-short"));
        let err = parse_window("2026-03-01", "2026-02-01", 14, None, today).expect_err("backwards");
        assert_eq!(err.for_field("closes_on"), Some("consultation-ends-before-start"));
        let open = frozen();
        let during = date("2026-03-05");
        let err = parse_window("2026-03-01", "2026-03-10", 14, Some(&open), during).expect_err("shortened");
        assert_eq!(err.for_field("closes_on"), Some("consultation-too-short"));
        let err = parse_window("2026-03-02", "2026-03-20", 14, Some(&open), during).expect_err("moved start");
        assert_eq!(err.for_field("opens_on"), Some("consultation-start-fixed"));
        assert_eq!(
            parse_window("2026-03-01", "2026-03-21", 14, Some(&open), during),
            Ok((open.opens_on, date("2026-03-21")))
        );
        assert_eq!(open.check_open(date("2026-02-28")), Err("consultation-not-open-yet"));
        assert_eq!(open.check_open(date("2026-03-14")), Ok(()));
        assert_eq!(open.check_open(date("2026-03-15")), Err("consultation-closed"));
    }

    #[test]
    fn a_consultation_cannot_end_in_the_past_or_overlap_another() {
        let today = date("2026-04-01");
        let err = parse_window("2026-03-01", "2026-03-20", 14, None, today).expect_err("in the past");
        assert_eq!(err.for_field("closes_on"), Some("consultation-ends-in-past"));
        let held = frozen(); // 1 to 14 March
        let window = (date("2026-03-10"), date("2026-03-30"));
        let err = check_window_free(window, std::slice::from_ref(&held)).expect_err("overlaps");
        assert_eq!(err.for_field("opens_on"), Some("consultation-overlaps"));
        let after = (date("2026-03-15"), date("2026-03-30"));
        assert_eq!(check_window_free(after, std::slice::from_ref(&held)), Ok(()));
    }

    #[test]
    fn adoption_needs_commitments_a_held_consultation_and_none_open() {
        use crate::plan::PhaseKind;
        let held = frozen(); // 1 to 14 March
        let after = date("2026-03-20");
        assert_eq!(check_adoption_gates(0, std::slice::from_ref(&held), None, after), Err("adoption-no-commitments"));
        assert_eq!(check_adoption_gates(3, &[], None, after), Err("adoption-before-consultation"));
        assert_eq!(
            check_adoption_gates(3, std::slice::from_ref(&held), None, date("2026-03-05")),
            Err("adoption-consultation-open")
        );
        assert_eq!(
            check_adoption_gates(3, std::slice::from_ref(&held), Some(PhaseKind::CoCreation), after),
            Err("adoption-before-consultation")
        );
        assert_eq!(check_adoption_gates(3, std::slice::from_ref(&held), Some(PhaseKind::Finalisation), after), Ok(()));
        assert_eq!(check_adoption_gates(3, std::slice::from_ref(&held), None, after), Ok(()));
    }

    #[test]
    fn responses_need_a_status_and_a_justification_and_a_merge_names_its_commitment() {
        let lookup = |code: &str| (code == "MO0048").then_some(4);
        let ok = ResponseInput::parse("merged", "MO0048", &[(Locale::Ar, "دمج".into())], "", lookup).expect("ok");
        assert_eq!((ok.status, ok.merged_into), (ResponseStatus::Merged, Some(4)));
        let err = ResponseInput::parse("merged", "", &[(Locale::Ar, " ".into())], "x", lookup).expect_err("bad");
        assert_eq!(err.for_field("merged_into"), Some("merged-into-required"));
        assert_eq!(err.for_field("justification"), Some("justification-required"));
        assert_eq!(err.for_field("revision_id"), Some("revision-unknown"));
        let err = ResponseInput::parse("maybe", "MO9", &[(Locale::Fr, "x".into())], "", lookup).expect_err("bad");
        assert_eq!(err.for_field("status"), Some("response-status-invalid"));
        assert_eq!(err.for_field("merged_into"), Some("commitment-unknown"));
    }

    #[test]
    fn the_final_plan_waits_for_every_response_unless_overridden_with_a_reason() {
        assert_eq!(check_adoption(0, ""), Ok(None));
        assert_eq!(check_adoption(3, "  "), Err("contributions-unanswered"));
        assert_eq!(check_adoption(3, "Deadline of OGP"), Ok(Some("Deadline of OGP".into())));
    }

    #[test]
    fn small_groups_are_folded_so_nobody_is_singled_out() {
        let mut values = vec!["Rabat-Salé-Kénitra"; 6];
        values.extend(["Oriental", "Oriental", "", "  "]);
        let (shown, small, not_given) = aggregate(values);
        assert_eq!(shown, vec![("Rabat-Salé-Kénitra".to_string(), 6)]);
        assert_eq!((small, not_given), (2, 2));
        let profile = Profile::parse("civil-society", "", "  Souss   Massa ").expect("ok");
        assert_eq!(
            (profile.sector, profile.gender, profile.region.as_str()),
            (Some(Sector::CivilSociety), None, "Souss Massa")
        );
        assert_eq!(Profile::parse("army", "x", "").expect_err("bad").for_field("sector"), Some("sector-invalid"));
    }
}
