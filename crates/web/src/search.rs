//! What is searchable and how a hit is shown. The index follows the data's fingerprint,
//! checked on each search, so a change is findable at once on every server process: the
//! catalogue (plans, commitments, milestones, meetings, news, documents) is rebuilt whole
//! when it moves; contributions are added as they arrive, and a full pass over them runs
//! only when one is hidden or moderated.

use std::collections::{BTreeSet, HashMap};

use domain::analysis::{index_tokens, query_words, QueryWord, Tokens};
use domain::contribution::Contribution;
use domain::text::search_normalise;
use domain::{Locale, Localized};
use store::{ContributionsMark, SearchEntry, StoreError};

use crate::state::AppState;

/// Every language's text, a language per line (snippets take one line).
fn all_locales(text: &Localized) -> String {
    Locale::ALL.iter().filter_map(|l| text.get(*l)).collect::<Vec<_>>().join("\n")
}

/// The tokens of multilingual texts, each language analysed as itself.
fn tokens_of<'a>(texts: impl IntoIterator<Item = &'a Localized>, into: &mut Tokens) {
    for text in texts {
        for locale in Locale::ALL {
            if let Some(t) = text.get(locale) {
                into.add(t, Some(locale));
            }
        }
    }
}

/// Seconds since the epoch at the start of a day (UTC; only an order is needed).
fn day(date: Option<time::Date>) -> i64 {
    date.map_or(0, |d| d.midnight().assume_utc().unix_timestamp())
}

/// What one searchable thing is made of: its multilingual title and texts (each indexed in
/// its language) and other words (names, codes) indexed in any.
struct Searchable<'a> {
    kind: &'a str,
    path: String,
    title: &'a Localized,
    texts: Vec<&'a Localized>,
    words: String,
    plan_id: Option<i64>,
    dated: i64,
}

impl Searchable<'_> {
    fn entry(self) -> SearchEntry {
        let mut title_tokens = Tokens::default();
        tokens_of([self.title], &mut title_tokens);
        let mut tokens = title_tokens.clone();
        tokens_of(self.texts.iter().copied(), &mut tokens);
        tokens.add(&self.words, None);
        let mut body: Vec<String> = self.texts.iter().map(|t| all_locales(t)).filter(|t| !t.is_empty()).collect();
        if !self.words.is_empty() {
            body.insert(0, self.words.clone());
        }
        SearchEntry {
            kind: self.kind.into(),
            path: self.path,
            title: self.title.to_json(),
            body: body.join("\n"),
            plan_id: self.plan_id,
            theme_id: None,
            institution_id: None,
            status: None,
            normalized: tokens.stored(),
            source_id: None,
            title_tokens: title_tokens.stored(),
            dated: self.dated,
        }
    }
}

/// The same, with what the theme, institution and status filters match.
fn filed(entry: SearchEntry, theme_id: Option<i64>, institution_id: Option<i64>, status: &str) -> SearchEntry {
    SearchEntry { theme_id, institution_id, status: Some(status.to_string()), ..entry }
}

/// Every searchable thing but contributions: plans, their themes, commitments (code and
/// every template text in every language), milestones, meetings (agenda and minutes), news,
/// documents, institutions (name and acronym), the forum's bodies and their members.
pub async fn catalogue_entries(state: &AppState) -> Result<Vec<SearchEntry>, StoreError> {
    let mut out = vec![];
    let institutions = state.db.list_institutions().await?;
    let acronyms: HashMap<i64, &str> =
        institutions.iter().filter_map(|i| i.acronym.as_deref().map(|a| (i.id, a))).collect();
    let themes = state.db.all_themes().await?;
    for plan in state.db.list_plans().await? {
        let dated = day(plan.starts_on);
        let plan_entry = Searchable {
            kind: "plan",
            path: format!("/plans/{}", plan.slug),
            title: &plan.title,
            texts: vec![],
            words: plan.member.clone(),
            plan_id: Some(plan.id),
            dated,
        };
        out.push(plan_entry.entry());
        for theme in themes.iter().filter(|t| t.plan_id == plan.id) {
            let found = Searchable {
                kind: "theme",
                path: format!("/plans/{}#theme-{}", plan.slug, theme.id),
                title: &theme.title,
                texts: vec![&plan.title],
                words: String::new(),
                plan_id: Some(plan.id),
                dated,
            };
            out.push(SearchEntry { theme_id: Some(theme.id), ..found.entry() });
        }
        let commitments = state.db.commitments_of_plan(plan.id).await?;
        for c in &commitments {
            let title = c.text("title");
            let lead = c.lead_institution_id.and_then(|id| acronyms.get(&id)).copied().unwrap_or_default();
            let found = Searchable {
                kind: "commitment",
                path: format!("/commitments/{}", c.code),
                title: &title,
                texts: c.texts.iter().filter(|(k, _)| k.as_str() != "title").map(|(_, v)| v).collect(),
                words: format!("{} {lead}", c.code).trim().to_string(),
                plan_id: Some(plan.id),
                dated,
            };
            out.push(filed(found.entry(), c.theme_id, c.lead_institution_id, c.status.code()));
        }
        for m in state.db.milestones_of_plan(plan.id).await? {
            if let Some(c) = commitments.iter().find(|c| c.id == m.commitment_id) {
                let found = Searchable {
                    kind: "milestone",
                    path: format!("/commitments/{}", c.code),
                    title: &m.output,
                    texts: vec![],
                    words: c.code.clone(),
                    plan_id: Some(plan.id),
                    dated: day(m.due_on).max(dated),
                };
                out.push(filed(found.entry(), c.theme_id, m.responsible_institution_id, m.status.code()));
            }
        }
    }
    for m in state.db.list_meetings().await? {
        let found = Searchable {
            kind: "meeting",
            path: format!("/meetings/{}", m.id),
            title: &m.title,
            texts: vec![&m.agenda, &m.minutes],
            words: String::new(),
            plan_id: None,
            dated: m.starts_at,
        };
        out.push(found.entry());
    }
    let today = state.clock.now().date();
    for n in state.db.list_news().await?.into_iter().filter(|n| n.published_on <= today) {
        let found = Searchable {
            kind: "news",
            path: format!("/news/{}", n.id),
            title: &n.title,
            texts: vec![&n.body],
            words: String::new(),
            plan_id: None,
            dated: day(Some(n.published_on)),
        };
        out.push(found.entry());
    }
    for d in state.db.list_documents().await?.into_iter().filter(|d| d.withdrawn.is_none()) {
        let found = Searchable {
            kind: "document",
            path: format!("/documents?kind={}", d.kind.code()),
            title: &d.title,
            texts: vec![],
            words: String::new(),
            plan_id: None,
            dated: day(Some(d.published_on)),
        };
        out.push(found.entry());
    }
    for i in &institutions {
        let acronym = i.acronym.clone().unwrap_or_default();
        let found = Searchable {
            kind: "institution",
            path: format!("/institutions/{}", i.slug.as_str()),
            title: &i.name,
            texts: vec![],
            words: acronym.clone(),
            plan_id: None,
            dated: 0,
        };
        // The acronym is a name: "MEF" finds the ministry before the people who work there.
        let mut title_tokens = Tokens::default();
        tokens_of([&i.name], &mut title_tokens);
        title_tokens.add(&acronym, None);
        out.push(SearchEntry { institution_id: Some(i.id), title_tokens: title_tokens.stored(), ..found.entry() });
    }
    // The forum: its bodies, and the people sitting in them today (by name, on the body's
    // page, as the page lists them).
    let bodies = state.db.list_bodies().await?;
    let people: HashMap<i64, domain::forum::Person> =
        state.db.list_people().await?.into_iter().map(|p| (p.id, p)).collect();
    let memberships = state.db.all_memberships().await?;
    for b in &bodies {
        let found = Searchable {
            kind: "body",
            path: format!("/forum/{}", b.slug),
            title: &b.name,
            texts: vec![],
            words: String::new(),
            plan_id: None,
            dated: 0,
        };
        out.push(found.entry());
        for m in memberships.iter().filter(|m| m.body_id == b.id && m.active_on(today)) {
            let Some(person) = people.get(&m.person_id) else { continue };
            let name = Localized::from_pairs([(state.config.default_locale, person.name.clone())]);
            let found = Searchable {
                kind: "member",
                path: format!("/forum/{}#person-{}", b.slug, person.id),
                title: &name,
                texts: vec![&b.name],
                words: m.institution_id.and_then(|id| acronyms.get(&id)).copied().unwrap_or_default().to_string(),
                plan_id: None,
                dated: day(Some(m.starts_on)),
            };
            // A name is in no language: its title is indexed as written in any.
            let name_tokens = index_tokens(&person.name, None);
            let mut tokens = name_tokens.clone();
            tokens_of([&b.name], &mut tokens);
            tokens.add(&found.words, None);
            let entry = SearchEntry {
                title_tokens: name_tokens.stored(),
                normalized: tokens.stored(),
                institution_id: m.institution_id,
                ..found.entry()
            };
            out.push(entry);
        }
    }
    Ok(out)
}

/// A public contribution's entry: a proposal, a comment on one, or a consultation comment.
/// Its language is not known: each word is analysed by its script.
pub fn contribution_entry(c: &Contribution, default: Locale) -> SearchEntry {
    let path = match (c.consultation_id, c.parent_id) {
        (Some(consultation), _) => format!("/consultations/{consultation}#c-{}", c.id),
        (None, Some(parent)) => format!("/proposals/{parent}?comment={}#c-{}", c.id, c.id),
        (None, None) => format!("/proposals/{}", c.id),
    };
    let shown = if c.title.is_empty() { c.author_name.clone() } else { c.title.clone() };
    let title_tokens = index_tokens(&c.title, None);
    let mut tokens = title_tokens.clone();
    tokens.add(&c.body, None);
    SearchEntry {
        kind: "comment".into(),
        path,
        title: Localized::from_pairs([(default, shown)]).to_json(),
        body: c.body.clone(),
        plan_id: Some(c.plan_id),
        theme_id: c.theme_id,
        institution_id: None,
        status: None,
        normalized: tokens.stored(),
        source_id: Some(c.id),
        title_tokens: title_tokens.stored(),
        dated: c.created_at,
    }
}

/// What this process last brought the index up to.
#[derive(Default)]
pub struct IndexedUpTo {
    catalogue: Option<String>,
    contributions: Option<ContributionsMark>,
    /// The contributions hidden or held at that mark: when the mark moves, only those that
    /// left or joined this set are reindexed.
    unsearchable: BTreeSet<i64>,
}

/// Contributions are indexed this many at a time, so memory stays flat however many there are.
const BATCH: i64 = 2000;

/// What one [`ensure_fresh`] did: for the benchmark and the tests.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Reindexed {
    /// Catalogue entries written and removed (the rest were already as they are).
    pub catalogue_added: u64,
    pub catalogue_removed: u64,
    /// Contributions' entries written and dropped.
    pub contributions_added: u64,
    pub contributions_dropped: u64,
}

/// Brings the index up to the data, and returns the catalogue's fingerprint. While one
/// request does it, the others search the index as it is instead of queueing behind it.
pub async fn ensure_fresh(state: &AppState) -> Result<String, StoreError> {
    Ok(reindex(state).await?.0)
}

/// [`ensure_fresh`], saying what it did (and counting its time in `/metrics`). Each change reindexes what it touched: the
/// catalogue's entries are compared by digest and only those that changed are written; new
/// contributions are added; one hidden, held, approved or restored is dropped or added by
/// itself. Only the first look of a server process reads every contribution.
pub async fn reindex(state: &AppState) -> Result<(String, Reindexed), StoreError> {
    let started = std::time::Instant::now();
    let (catalogue, did, part) = reindex_parts(state).await?;
    if let Some(part) = part {
        let entries = did.catalogue_added + did.catalogue_removed + did.contributions_added + did.contributions_dropped;
        state.metrics.record_reindex(part, entries, started.elapsed().as_secs_f64());
    }
    Ok((catalogue, did))
}

/// The work of [`reindex`], and what moved: the process's first look ("start"), the
/// catalogue, moderation or (only) new contributions; `None` when nothing did.
async fn reindex_parts(state: &AppState) -> Result<(String, Reindexed, Option<&'static str>), StoreError> {
    let mut did = Reindexed::default();
    let mut part = None;
    let now = state.db.search_fingerprint().await?;
    let Ok(mut indexed) = state.search_indexed.try_lock() else {
        return Ok((now.catalogue, did, None));
    };
    if indexed.catalogue.as_deref() != Some(now.catalogue.as_str()) {
        part = Some("catalogue");
        let synced = state.db.sync_catalogue_entries(&catalogue_entries(state).await?).await?;
        (did.catalogue_added, did.catalogue_removed) = (synced.added, synced.removed);
        indexed.catalogue = Some(now.catalogue.clone());
    }
    if indexed.contributions != Some(now.contributions) {
        match indexed.contributions {
            Some(before) => {
                part = part.or(Some("contributions"));
                if !now.contributions.only_added_since(&before) {
                    if part != Some("catalogue") {
                        part = Some("moderation");
                    }
                    // Moderation moved: the sets are small (partial indexes).
                    let unsearchable: BTreeSet<i64> =
                        state.db.unsearchable_contribution_ids().await?.into_iter().collect();
                    let joined: Vec<i64> = unsearchable.difference(&indexed.unsearchable).copied().collect();
                    let left: Vec<i64> = indexed.unsearchable.difference(&unsearchable).copied().collect();
                    did.contributions_dropped = state.db.drop_contribution_entries(&joined).await?;
                    let back = state.db.unindexed_contributions_among(&left).await?;
                    did.contributions_added += add_entries(state, &back).await?;
                    indexed.unsearchable = unsearchable;
                }
                did.contributions_added += index_contributions_after(state, before.newest).await?;
            }
            None => {
                part = Some("start");
                // The first look of this process: whatever happened while none was running.
                indexed.unsearchable = state.db.unsearchable_contribution_ids().await?.into_iter().collect();
                did.contributions_dropped = state.db.drop_unsearchable_contributions().await?;
                did.contributions_added = index_contributions_after(state, 0).await?;
            }
        }
        indexed.contributions = Some(now.contributions);
    }
    Ok((now.catalogue, did, part))
}

async fn add_entries(state: &AppState, contributions: &[Contribution]) -> Result<u64, StoreError> {
    let default = state.config.default_locale;
    let entries: Vec<SearchEntry> = contributions.iter().map(|c| contribution_entry(c, default)).collect();
    state.db.add_contribution_entries(&entries).await?;
    Ok(entries.len() as u64)
}

async fn index_contributions_after(state: &AppState, mut after: i64) -> Result<u64, StoreError> {
    let mut added = 0;
    loop {
        let batch = state.db.unindexed_contributions(after, BATCH).await?;
        let Some(last) = batch.last() else {
            // A first index of many contributions changes the table's shape for the planner.
            if added > BATCH as u64 {
                state.db.refresh_statistics().await?;
            }
            return Ok(added);
        };
        after = last.id;
        added += add_entries(state, &batch).await?;
    }
}

/// A piece of a snippet: text, and whether it matched the query.
pub struct Piece {
    pub text: String,
    pub hit: bool,
}

/// Up to `max` characters of `body` around the first matching word, with every matching
/// word marked. A word matches as the search does: as written, by its stem or as a prefix
/// ([`domain::analysis`]). The snippet is taken from one line (texts are stored a language
/// per line), so it does not mix languages: of the lines that match, one in the language
/// shown when there is one ([`domain::analysis::written_in`]).
pub fn snippet(body: &str, query: &str, shown: Locale, max: usize) -> Vec<Piece> {
    snippet_of(body, &query_words(query), shown, max)
}

/// [`snippet`] for words already analysed.
pub fn snippet_of(body: &str, words: &[QueryWord], shown: Locale, max: usize) -> Vec<Piece> {
    let matches = |word: &str| {
        let n = search_normalise(word);
        !n.is_empty() && n.split(' ').any(|n| words.iter().any(|w| w.matches_word(n)))
    };
    // Of the lines that match, the first in the language shown, else the first most like it;
    // else the first that matches. Snippets are cut from up to 50 hits' bodies on every search
    // (a commitment's is every text in every language): a line in another script is not
    // normalised until none in the shown one matches, and an ASCII line only when it holds
    // the beginning of a query word (its lowercase is then its normal form).
    let line_matches = |line: &str| {
        if line.is_ascii() {
            let lower = line.to_ascii_lowercase();
            if !words.iter().any(|w| w.could_be_in(&lower)) {
                return false;
            }
        }
        search_normalise(line).split(' ').any(|n| words.iter().any(|w| w.matches_word(n)))
    };
    let mut best: Option<(&str, (usize, bool))> = None;
    for line in body.lines() {
        if !domain::analysis::in_script_of(line, shown) || !line_matches(line) {
            continue;
        }
        let likeness = domain::analysis::written_in(line, shown);
        if likeness.1 || best.is_none_or(|(_, b)| likeness > b) {
            best = Some((line, likeness));
        }
        if likeness.1 {
            break;
        }
    }
    if best.is_none() {
        best = body.lines().find(|line| line_matches(line)).map(|line| (line, (0, false)));
    }
    let line = best.map(|(line, _)| line).or_else(|| body.lines().find(|l| !l.trim().is_empty())).unwrap_or_default();
    // Runs of word characters and of the rest, in order (slices of the line).
    let mut runs: Vec<(&str, bool)> = vec![];
    let mut run: Option<(usize, bool)> = None;
    for (at, c) in line.char_indices() {
        let word = c.is_alphanumeric() || unicode_mark(c);
        match run {
            Some((_, w)) if w == word => {}
            Some((from, w)) => {
                runs.push((&line[from..at], w));
                run = Some((at, word));
            }
            None => run = Some((at, word)),
        }
    }
    if let Some((from, w)) = run {
        runs.push((&line[from..], w));
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
        let hit = word && matches(text);
        let text = if word { text.to_string() } else { text.replace('\n', " ") };
        pieces.push(Piece { hit, text });
    }
    pieces
}

/// Arabic vowel signs and other combining marks belong to their word.
fn unicode_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c) || c == '\u{0640}'
}

/// What the filters offer; the same for every search until the next write.
pub struct Choices {
    pub plans: Vec<domain::plan::Plan>,
    pub themes: Vec<(domain::plan::Plan, Vec<domain::commitment::Theme>)>,
    /// Those the institution filter can find in some plan.
    pub institutions: Vec<domain::institution::Institution>,
}

/// The filters' choices, read from the database once per write rather than on every search
/// (hundreds of rows each time). Kept while no write went through a server process (the
/// page cache's generation) and the catalogue is unchanged (a command-line import).
pub async fn filter_choices(state: &AppState, catalogue: String) -> Result<std::sync::Arc<Choices>, StoreError> {
    let read_at = (state.pages.generation(), catalogue);
    if let Ok(kept) = state.search_choices.lock() {
        if let Some((_, choices)) = kept.as_ref().filter(|(at, _)| *at == read_at) {
            return Ok(choices.clone());
        }
    }
    let plans = state.db.list_plans().await?;
    // One query for every plan's themes, grouped here (not one query per plan).
    let mut all_themes = state.db.all_themes().await?;
    let mut themes = vec![];
    for p in &plans {
        let (of_plan, rest): (Vec<_>, Vec<_>) = all_themes.into_iter().partition(|t| t.plan_id == p.id);
        all_themes = rest;
        if !of_plan.is_empty() {
            themes.push((p.clone(), of_plan));
        }
    }
    let findable: std::collections::HashSet<i64> = state.db.searchable_institutions(None).await?.into_iter().collect();
    let institutions = state.db.list_institutions().await?.into_iter().filter(|i| findable.contains(&i.id)).collect();
    let choices = std::sync::Arc::new(Choices { plans, themes, institutions });
    if let Ok(mut kept) = state.search_choices.lock() {
        *kept = Some((read_at, choices.clone()));
    }
    Ok(choices)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line_of(body: &str, query: &str, shown: Locale) -> String {
        snippet(body, query, shown, 200).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn snippets_mark_matches_in_the_original_spelling() {
        let pieces = snippet("Renforcer la participation de la société civile.", "SOCIETE", Locale::Fr, 200);
        let marked: Vec<&str> = pieces.iter().filter(|p| p.hit).map(|p| p.text.as_str()).collect();
        assert_eq!(marked, vec!["société"]);
        let arabic = snippet("تعزيز الْمُشَارَكَة المواطنة", "المشاركه", Locale::Ar, 200);
        assert_eq!(arabic.iter().filter(|p| p.hit).map(|p| p.text.as_str()).collect::<Vec<_>>(), vec!["الْمُشَارَكَة"]);
        // Of the lines that match, the one in the language shown.
        let body = "البرلمان الإلكتروني\nParlement électronique pour la démocratie\nAn e-Parliament for the people";
        let line =
            |shown| snippet(body, "parlement برلمان", shown, 200).into_iter().map(|p| p.text).collect::<String>();
        assert!(line(Locale::Fr).starts_with("Parlement"), "{}", line(Locale::Fr));
        let body = "Parlement électronique pour la démocratie\nAn e-Parliament for the people";
        assert!(line_of(body, "parl", Locale::En).starts_with("An e-Parliament"));
        assert!(line_of(body, "parl", Locale::Fr).starts_with("Parlement"));
        assert!(line_of(body, "parl", Locale::Ar).starts_with("Parlement"), "none in Arabic: the first");
    }
}
