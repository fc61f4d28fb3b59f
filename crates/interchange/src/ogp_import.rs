//! From OGP CSV rows to the store's import records.

use std::collections::BTreeMap;

use domain::institution::Branch;
use domain::{Locale, Localized};
use store::{ImportedCommitment, InstitutionRef};
use time::{Date, Month};

use crate::ogp_csv::OgpCommitment;
use crate::text::{normalised_name, slugify};

/// OGP publishes its data in English; imported texts are recorded as English.
const SOURCE_LANGUAGE: Locale = Locale::En;

fn english(text: &str) -> Localized {
    Localized::from_pairs([(SOURCE_LANGUAGE, text)])
}

/// An institution named in a cell: "Ministry of Finance (MoF)" is the name "Ministry of
/// Finance" with the acronym "MoF", matched on either.
fn institution(written: &str) -> InstitutionRef {
    let (name, acronym) = domain::text::split_acronym(written);
    InstitutionRef {
        name: english(&name),
        normalized: normalised_name(&name),
        slug: slugify(&name, 60),
        branch: Branch::guess_from_name(written),
        acronym,
        normalized_as_written: normalised_name(written),
    }
}

/// Converts one row. The plan's period runs from 1 January of its submission year to
/// 31 December of its end year, when the data gives them.
pub fn to_import(row: &OgpCommitment) -> ImportedCommitment {
    let mut texts = BTreeMap::new();
    texts.insert("title".to_string(), english(&row.title));
    if let Some(short) = &row.short_title {
        texts.insert("short-title".to_string(), english(short));
    }
    if let Some(full) = &row.full_text {
        texts.insert("full-text".to_string(), english(full));
    }
    // Pieces of the institution cells that are not organisations (groups of people, bits of
    // a sentence cut at a line break) stay with the commitment as its "other actors".
    let is_organisation = |name: &&String| !domain::institution::is_fragment(name);
    let leads: Vec<&String> = row.lead_institutions.iter().filter(is_organisation).collect();
    let supporting: Vec<&String> = row.supporting_institutions.iter().filter(is_organisation).collect();
    let fragments: Vec<&str> = row
        .lead_institutions
        .iter()
        .chain(row.supporting_institutions.iter())
        .filter(|n| domain::institution::is_fragment(n))
        .map(String::as_str)
        .collect();
    if !fragments.is_empty() {
        texts.insert("other-actors".to_string(), english(&fragments.join("\n")));
    }
    let plan_title = match (row.submission_year, row.end_year) {
        (Some(from), Some(to)) => format!("{} action plan {} ({from}–{to})", row.member, row.plan_number),
        _ => format!("{} action plan {}", row.member, row.plan_number),
    };
    ImportedCommitment {
        code: row.code.clone(),
        member: row.member.clone(),
        member_code: row.member_code.clone(),
        plan_ogp_id: row.plan_ogp_id.clone(),
        plan_slug: format!("{}-{}", slugify(&row.member, 40), row.plan_number),
        plan_title: english(&plan_title),
        plan_number: row.plan_number,
        plan_starts_on: row.submission_year.and_then(|y| Date::from_calendar_date(y, Month::January, 1).ok()),
        plan_ends_on: row.end_year.and_then(|y| Date::from_calendar_date(y, Month::December, 31).ok()),
        number: row.number.clone(),
        theme: row.theme.clone(),
        texts,
        lead_institution: leads.first().map(|n| institution(n)),
        supporting_institutions: leads.iter().skip(1).chain(supporting.iter()).map(|n| institution(n)).collect(),
        values: row.values.clone(),
        policy_areas: row.policy_areas.clone(),
        assessment: row.assessment.iter().cloned().collect(),
        starts_on: row.starts_on,
        ends_on: row.ends_on,
        source_url: row.url.clone(),
        raw: row.raw.clone(),
    }
}
