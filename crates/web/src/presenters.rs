//! How records are named and listed the same way on pages of several areas: a place in a
//! consultation's draft, a theme, a role's scope, the members of a body. Kept here, not in
//! one area's controller, so no controller imports another's.

use crate::error::AppResult;
use crate::state::AppState;
use crate::views::Page;
use domain::commitment::Theme;
use domain::consultation::{Consultation, Target};
use domain::forum::{Membership, Person};
use domain::institution::Institution;
use domain::permissions::Scope;

/// A place in the frozen draft as a reader names it: "MO0048 · The problem · ¶ 2".
pub fn target_label(page: &Page, consultation: &Consultation, target: &str) -> String {
    let Ok(parsed) = Target::parse(target) else { return target.to_string() };
    let section_label = |key: &str| section_label(page, key);
    let commitment = |code: &str| {
        let title = consultation.snapshot.commitment(code).map(|c| page.plain(&c.title)).unwrap_or_default();
        if title.is_empty() {
            code.to_string()
        } else {
            format!("{code} · {title}")
        }
    };
    match parsed {
        Target::Plan => page.t("consultation-whole-plan"),
        Target::Commitment(code) => commitment(&code),
        Target::Section(code, key) => format!("{} · {}", commitment(&code), section_label(&key)),
        Target::Paragraph { code, section, number, .. } => format!(
            "{} · {} · {}",
            commitment(&code),
            section_label(&section),
            page.t1("consultation-paragraph", "number", &number.to_string())
        ),
    }
}

/// A section's name: the template field, or "Milestone".
pub fn section_label(page: &Page, key: &str) -> String {
    if key.starts_with("milestone-") {
        page.t("milestone-form-title")
    } else {
        page.t(&format!("template-{key}"))
    }
}

/// A theme's name for a contribution; contributions about the whole plan have none.
pub fn theme_name(page: &Page, themes: &[Theme], id: Option<i64>) -> String {
    themes.iter().find(|t| Some(t.id) == id).map(|t| page.plain(&t.title)).unwrap_or_else(|| page.t("report-no-theme"))
}

/// Describes a grant's scope in the reader's language ("everywhere", or the institution's name).
pub async fn scope_label(state: &AppState, page: &Page, scope: Scope) -> AppResult<String> {
    Ok(match scope {
        Scope::Global => page.t("scope-global"),
        Scope::Institution(id) => match state.db.institution(id).await? {
            Some(i) => page.plain(&i.name),
            None => format!("#{id}"),
        },
        // Names, not numbers ("Body no. 2" told a forum member nothing).
        Scope::Body(id) => match state.db.body(id).await? {
            Some(body) => page.plain(&body.name),
            None => page.t1("scope-body", "id", &id.to_string()),
        },
        Scope::Theme(id) => match state.db.theme(id).await? {
            Some(theme) => page.plain(&theme.title),
            None => page.t1("scope-theme", "id", &id.to_string()),
        },
    })
}

/// Options of a plan theme select: (id, "Plan · Theme").
pub async fn theme_options(
    state: &crate::state::AppState,
    page: &crate::views::Page,
) -> crate::error::AppResult<Vec<(String, String)>> {
    let mut options = vec![];
    for plan in state.db.list_plans().await? {
        for theme in state.db.themes_of(plan.id).await? {
            options.push((theme.id.to_string(), format!("{} · {}", page.plain(&plan.title), page.plain(&theme.title))));
        }
    }
    Ok(options)
}

/// A member as shown on a composition page.
pub struct MemberLine {
    pub membership: Membership,
    pub person: Person,
    pub institution: Option<Institution>,
}

/// Pairs each membership with its person and institution.
pub fn member_lines(memberships: Vec<Membership>, people: &[Person], institutions: &[Institution]) -> Vec<MemberLine> {
    memberships
        .into_iter()
        .filter_map(|membership| {
            let person = people.iter().find(|p| p.id == membership.person_id)?.clone();
            let institution =
                membership.institution_id.and_then(|id| institutions.iter().find(|i| i.id == id)).cloned();
            Some(MemberLine { membership, person, institution })
        })
        .collect()
}
