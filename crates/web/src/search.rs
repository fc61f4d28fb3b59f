//! What is searchable and how a hit is shown. The index follows the data's fingerprint,
//! checked on each search, so a change is findable at once on every server process: the
//! catalogue (plans, commitments, milestones, meetings, news, documents) is rebuilt whole
//! when it moves; contributions are added as they arrive, and a full pass over them runs
//! only when one is hidden or moderated.

use domain::contribution::Contribution;
use domain::text::{search_normalise, search_terms};
use domain::{Locale, Localized};
use store::{ContributionsMark, SearchEntry, StoreError};

use crate::state::AppState;

fn all_locales(text: &Localized) -> String {
    Locale::ALL.iter().filter_map(|l| text.get(*l)).collect::<Vec<_>>().join("\n")
}

fn entry(kind: &str, path: String, title: &Localized, body: String, plan_id: Option<i64>) -> SearchEntry {
    let normalized = search_normalise(&format!("{}\n{body}", all_locales(title)));
    SearchEntry {
        kind: kind.into(),
        path,
        title: title.to_json(),
        body,
        plan_id,
        theme_id: None,
        institution_id: None,
        status: None,
        normalized,
        source_id: None,
    }
}

/// The same, with what the theme, institution and status filters match.
fn filed(entry: SearchEntry, theme_id: Option<i64>, institution_id: Option<i64>, status: &str) -> SearchEntry {
    SearchEntry { theme_id, institution_id, status: Some(status.to_string()), ..entry }
}

/// Every searchable thing but contributions: plans, commitments (every template text in
/// every language), milestones, meetings (agenda and minutes), news and documents.
pub async fn catalogue_entries(state: &AppState) -> Result<Vec<SearchEntry>, StoreError> {
    let mut out = vec![];
    for plan in state.db.list_plans().await? {
        out.push(entry("plan", format!("/plans/{}", plan.slug), &plan.title, String::new(), Some(plan.id)));
        let commitments = state.db.commitments_of_plan(plan.id).await?;
        for c in &commitments {
            let texts: Vec<String> =
                c.texts.iter().filter(|(k, _)| k.as_str() != "title").map(|(_, v)| all_locales(v)).collect();
            let body = format!("{}\n{}", c.code, texts.join("\n"));
            let found = entry("commitment", format!("/commitments/{}", c.code), &c.text("title"), body, Some(plan.id));
            out.push(filed(found, c.theme_id, c.lead_institution_id, c.status.code()));
        }
        for m in state.db.milestones_of_plan(plan.id).await? {
            if let Some(c) = commitments.iter().find(|c| c.id == m.commitment_id) {
                let found =
                    entry("milestone", format!("/commitments/{}", c.code), &m.output, c.code.clone(), Some(plan.id));
                out.push(filed(found, c.theme_id, m.responsible_institution_id, m.status.code()));
            }
        }
    }
    for m in state.db.list_meetings().await? {
        let body = format!("{}\n{}", all_locales(&m.agenda), all_locales(&m.minutes));
        out.push(entry("meeting", format!("/meetings/{}", m.id), &m.title, body, None));
    }
    let today = state.clock.now().date();
    for n in state.db.list_news().await?.into_iter().filter(|n| n.published_on <= today) {
        out.push(entry("news", format!("/news/{}", n.id), &n.title, all_locales(&n.body), None));
    }
    for d in state.db.list_documents().await?.into_iter().filter(|d| d.withdrawn.is_none()) {
        out.push(entry("document", format!("/documents?kind={}", d.kind.code()), &d.title, String::new(), None));
    }
    Ok(out)
}

/// A public contribution's entry: a proposal, a comment on one, or a consultation comment.
pub fn contribution_entry(c: &Contribution, default: Locale) -> SearchEntry {
    let path = match (c.consultation_id, c.parent_id) {
        (Some(consultation), _) => format!("/consultations/{consultation}#c-{}", c.id),
        (None, Some(parent)) => format!("/proposals/{parent}?comment={}#c-{}", c.id, c.id),
        (None, None) => format!("/proposals/{}", c.id),
    };
    let title =
        Localized::from_pairs([(default, if c.title.is_empty() { c.author_name.clone() } else { c.title.clone() })]);
    SearchEntry {
        theme_id: c.theme_id,
        source_id: Some(c.id),
        ..entry("comment", path, &title, c.body.clone(), Some(c.plan_id))
    }
}

/// What this process last brought the index up to.
#[derive(Default)]
pub struct IndexedUpTo {
    catalogue: Option<String>,
    contributions: Option<ContributionsMark>,
}

/// Contributions are indexed this many at a time, so memory stays flat however many there are.
const BATCH: i64 = 2000;

/// Brings the index up to the data, and returns the catalogue's fingerprint. While one
/// request does it, the others search the index as it is instead of queueing behind it.
pub async fn ensure_fresh(state: &AppState) -> Result<String, StoreError> {
    let now = state.db.search_fingerprint().await?;
    let Ok(mut indexed) = state.search_indexed.try_lock() else {
        return Ok(now.catalogue);
    };
    if indexed.catalogue.as_deref() != Some(now.catalogue.as_str()) {
        state.db.replace_catalogue_entries(&catalogue_entries(state).await?).await?;
        indexed.catalogue = Some(now.catalogue.clone());
    }
    if indexed.contributions != Some(now.contributions) {
        // New contributions only: index those after the newest seen. Anything else (one
        // hidden, held or approved, or the first look of this process): a full pass.
        let after = match indexed.contributions {
            Some(before) if now.contributions.only_added_since(&before) => before.newest,
            _ => {
                state.db.drop_unsearchable_contributions().await?;
                0
            }
        };
        index_contributions_after(state, after).await?;
        indexed.contributions = Some(now.contributions);
    }
    Ok(now.catalogue)
}

async fn index_contributions_after(state: &AppState, mut after: i64) -> Result<(), StoreError> {
    let default = state.config.default_locale;
    let mut added = 0;
    loop {
        let batch = state.db.unindexed_contributions(after, BATCH).await?;
        let Some(last) = batch.last() else {
            // A first index of many contributions changes the table's shape for the planner.
            if added > BATCH as usize {
                state.db.refresh_statistics().await?;
            }
            return Ok(());
        };
        added += batch.len();
        after = last.id;
        let entries: Vec<SearchEntry> = batch.iter().map(|c| contribution_entry(c, default)).collect();
        state.db.add_contribution_entries(&entries).await?;
    }
}

/// A piece of a snippet: text, and whether it matched the query.
pub struct Piece {
    pub text: String,
    pub hit: bool,
}

/// Up to `max` characters of `body` around the first matching word, with every matching
/// word marked. Words match when their normalised form starts with a query term. The
/// snippet is taken from one line (texts are stored a language per line), so it does not
/// mix languages.
pub fn snippet(body: &str, query: &str, max: usize) -> Vec<Piece> {
    let terms = search_terms(query);
    let matches = |word: &str| {
        let n = search_normalise(word);
        !n.is_empty() && terms.iter().any(|t| n.starts_with(t.as_str()))
    };
    let line = body
        .lines()
        .find(|line| line.split(|c: char| !(c.is_alphanumeric() || unicode_mark(c))).any(&matches))
        .or_else(|| body.lines().find(|l| !l.trim().is_empty()))
        .unwrap_or_default();
    // Runs of word characters and of the rest, in order.
    let mut runs: Vec<(String, bool)> = vec![];
    for c in line.chars() {
        let word = c.is_alphanumeric() || unicode_mark(c);
        match runs.last_mut() {
            Some((text, w)) if *w == word => text.push(c),
            _ => runs.push((c.to_string(), word)),
        }
    }
    let first = runs.iter().position(|(t, w)| *w && matches(t)).unwrap_or(0);
    let start = first.saturating_sub(12);
    let mut pieces = vec![];
    let mut length = 0;
    if start > 0 {
        pieces.push(Piece { text: "… ".into(), hit: false });
    }
    for (text, word) in runs.into_iter().skip(start) {
        if length > max {
            pieces.push(Piece { text: " …".into(), hit: false });
            break;
        }
        length += text.chars().count();
        let text = if word { text } else { text.replace('\n', " ") };
        pieces.push(Piece { hit: word && matches(&text), text });
    }
    pieces
}

/// Arabic vowel signs and other combining marks belong to their word.
fn unicode_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c) || c == '\u{0640}'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_mark_matches_in_the_original_spelling() {
        let pieces = snippet("Renforcer la participation de la société civile.", "SOCIETE", 200);
        let marked: Vec<&str> = pieces.iter().filter(|p| p.hit).map(|p| p.text.as_str()).collect();
        assert_eq!(marked, vec!["société"]);
        let arabic = snippet("تعزيز الْمُشَارَكَة المواطنة", "المشاركه", 200);
        assert_eq!(arabic.iter().filter(|p| p.hit).map(|p| p.text.as_str()).collect::<Vec<_>>(), vec!["الْمُشَارَكَة"]);
    }
}
