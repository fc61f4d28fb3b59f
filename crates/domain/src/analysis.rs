//! How words are indexed and searched, the same on both backends: the analysis runs here, in
//! Rust, and the databases only match the tokens it writes (SQLite's FTS5 and PostgreSQL's
//! tsvector never see a dictionary of their own, so they cannot disagree).
//!
//! A word is first normalised ([`search_normalise`]: accents, Arabic vowel signs, hamza
//! forms, tatweel, alef maqsura and ta marbuta, case), then stemmed by the language it is
//! written in, and indexed twice: as written and as its stem. A query word is analysed the
//! same way and matches a token that starts with its written form or with its stem, so
//! "برلمان" finds "البرلمان" (the stem of both is "برلم"), "والساكنة" finds "الساكنة",
//! "parlementaire" finds "parlement" and "policies" finds "policy". Ranking ([`Level`]) tells
//! the three kinds of match apart: the exact word, then the same stem, then a prefix.
//!
//! Stemmers and their limits, as measured on the judged query set
//! (`crates/web/tests/it/search_judged.rs`):
//! - Arabic: a light stemmer of our own ([`arabic_stems`], after Larkey's "light10"). The
//!   Snowball Arabic stemmer in `rust-stemmers` was tried first and rejected: on normalised
//!   text it gives "برلمان" → "رلم" but "البرلمان" → "برلم", "ميزانية" → "ميز", "والساكنة"
//!   → "والس" (it reads a first ب as a preposition and ه as a pronoun). Ours removes one
//!   proclitic (وال، بال، كال، فال، لل، ولل، ال, or one of و، ف، ب، ك، ل) and one suffix
//!   (ات، ون، ين، ان، يه، ها، هم، هن، كم، نا، ه، ي: sound plurals, the dual, ة and ية, the
//!   possessive pronouns), never leaving fewer than three letters, and indexes each
//!   possibility (a first و may be the word's own: وزارة). It finds no roots: broken plurals
//!   (نواب / نائب, مشاريع / مشروع) are not related to their singular.
//! - French and English: Snowball's (`rust-stemmers`). A word and its derived adjective do
//!   not always share a stem ("parlementaire" → "parlementair", "parlement" → "parl"), so a
//!   long Latin query word also matches, exactly and at the lowest level, the words it
//!   begins with when they lack at most four of its last letters ("parlement").
//! - Tifinagh is not stemmed (no stemmer exists); the optional labialisation mark ⵯ and
//!   joiners are removed, and distinct letters are never merged.
//! - Latin words in a text of unknown language (a participant's comment) are stemmed as
//!   French and as English, and both stems are indexed.

use std::collections::BTreeSet;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_script::{Script, UnicodeScript};

use crate::text::search_normalise;
use crate::Locale;

/// A stem shorter than this is not used: the word is indexed and matched whole.
const MIN_STEM: usize = 3;
/// A query word shorter than this matches only whole words: "و" alone, as a prefix, would
/// match a large part of every Arabic text.
const MIN_PREFIX: usize = 2;
/// Longer words are indexed by their beginning (PostgreSQL refuses a lexeme over 2 kB).
const MAX_TOKEN: usize = 60;
/// At most this many query words are read, each of at most `MAX_WORD` characters.
const MAX_WORDS: usize = 12;
const MAX_WORD: usize = 40;

/// Stored tokens are written as the words as written, this separator, then the stems: both
/// engines read it as a separator (FTS5) or as a token no query can ask for (a query's
/// punctuation is removed), and ranking tells an exact word from a stem by its side.
pub const STEMS_FOLLOW: &str = "·";

/// A text's tokens: its words as written (normalised) and their stems.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokens {
    pub written: BTreeSet<String>,
    pub stems: BTreeSet<String>,
}

impl Tokens {
    /// Adds a text's words. `language` is the field's language; `None` (a participant's text,
    /// a name) lets each word's script decide, with Latin words stemmed both as French and
    /// English.
    pub fn add(&mut self, text: &str, language: Option<Locale>) {
        for word in search_normalise(text).split(' ').filter(|w| !w.is_empty()) {
            let word: String = word.chars().take(MAX_TOKEN).collect();
            self.stems.extend(stems(&word, language));
            self.written.insert(word);
        }
    }

    pub fn extend(&mut self, other: &Tokens) {
        self.written.extend(other.written.iter().cloned());
        self.stems.extend(other.stems.iter().cloned());
    }

    /// As stored: the words, [`STEMS_FOLLOW`], the stems that are not also words.
    pub fn stored(&self) -> String {
        let mut out: Vec<&str> = self.written.iter().map(String::as_str).collect();
        let stems: Vec<&str> = self.stems.iter().filter(|s| !self.written.contains(*s)).map(String::as_str).collect();
        if !stems.is_empty() {
            out.push(STEMS_FOLLOW);
            out.extend(stems);
        }
        out.join(" ")
    }
}

/// A text's tokens (see [`Tokens::add`]).
pub fn index_tokens(text: &str, language: Option<Locale>) -> Tokens {
    let mut tokens = Tokens::default();
    tokens.add(text, language);
    tokens
}

/// One word of a query: as written (normalised), its possible stems, and the shorter words
/// it may derive from (matched whole, never as a prefix).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryWord {
    pub written: String,
    pub stems: Vec<String>,
    pub shorter: Vec<String>,
    /// Whether it is long enough to match as a prefix (see [`QueryWord::as_prefix`]).
    prefix: bool,
    /// The beginnings of its forms a word must contain to share a stem with it (see
    /// [`QueryWord::matches_word`]), computed once: snippets test every word of 50 hits.
    heads: Vec<String>,
}

impl QueryWord {
    /// Whether it may match as a prefix (long enough to be selective).
    pub fn as_prefix(&self) -> bool {
        self.prefix
    }

    /// The forms a token is matched against: the word as written, then its stems.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.written.as_str()).chain(self.stems.iter().map(String::as_str))
    }

    /// How well one indexed token matches this word; `stem` when the token is a stem, not a
    /// word as written.
    pub fn level_of(&self, token: &str, stem: bool) -> Option<Level> {
        if token == self.written && !stem {
            Some(Level::Exact)
        } else if token == self.written || self.stems.iter().any(|s| s == token) {
            Some(Level::Stem)
        } else if (self.as_prefix() && self.forms().any(|f| token.starts_with(f)))
            || self.shorter.iter().any(|s| s == token)
        {
            Some(Level::Prefix)
        } else {
            None
        }
    }

    /// The best match among stored tokens (see [`Tokens::stored`]).
    pub fn best_level_in(&self, stored: &str) -> Option<Level> {
        let mut best = None;
        let mut stem = false;
        for token in stored.split(' ') {
            if token == STEMS_FOLLOW {
                stem = true;
                continue;
            }
            let level = self.level_of(token, stem);
            if level == Some(Level::Exact) {
                return level;
            }
            best = best.max(level);
        }
        best
    }

    /// Whether one normalised word of a text matches, as the index would find it. The cheap
    /// tests first (the word is one of the forms, or starts with one); the word is stemmed
    /// only when it contains the beginning of a form (a stem is the word less letters at
    /// either end, give or take its last letter): snippets test every word of 50 hits.
    pub fn matches_word(&self, word: &str) -> bool {
        if self.level_of(word, false).is_some() {
            return true;
        }
        self.heads.iter().any(|head| word.contains(head.as_str()))
            && self.best_level(&index_tokens(word, None)).is_some()
    }

    /// Whether a normalised text may hold a word matching this one: it contains the beginning
    /// of one of its forms, or one of the shorter words. A quick test before
    /// [`QueryWord::matches_word`] on each of its words.
    pub fn could_be_in(&self, normalised: &str) -> bool {
        self.heads.iter().chain(&self.shorter).any(|part| normalised.contains(part.as_str()))
            || (!self.prefix && normalised.contains(self.written.as_str()))
    }

    /// The best match in a text's tokens.
    pub fn best_level(&self, tokens: &Tokens) -> Option<Level> {
        let written = tokens.written.iter().filter_map(|t| self.level_of(t, false)).max();
        let stems = tokens.stems.iter().filter_map(|t| self.level_of(t, true)).max();
        written.max(stems)
    }
}

/// How a token matched a query word, worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Prefix = 1,
    Stem = 2,
    Exact = 3,
}

/// The words of a query, analysed as the index is: operators, quotes, marks and punctuation
/// are separators; at most 12 words of at most 40 characters; repeated words once.
pub fn query_words(query: &str) -> Vec<QueryWord> {
    let mut words: Vec<QueryWord> = vec![];
    for written in search_normalise(query).split(' ').filter(|w| !w.is_empty()) {
        let written: String = written.chars().take(MAX_WORD).collect();
        if words.iter().any(|w| w.written == written) {
            continue;
        }
        let mut forms: Vec<String> = vec![];
        for stem in stems(&written, None) {
            if stem != written && !forms.contains(&stem) {
                forms.push(stem);
            }
        }
        let shorter = shorter_words(&written);
        let prefix = written.chars().count() >= MIN_PREFIX;
        let heads = std::iter::once(&written)
            .chain(&forms)
            .map(|form| {
                let keep = form.chars().count().saturating_sub(1).max(MIN_STEM);
                form.chars().take(keep).collect()
            })
            .collect();
        words.push(QueryWord { written, stems: forms, shorter, prefix, heads });
        if words.len() == MAX_WORDS {
            break;
        }
    }
    words
}

/// A long Latin word's beginnings that lack one to four of its last letters, of at least
/// `MIN_SHORTER` letters: "parlementaire" → "parlementair" … "parlement".
fn shorter_words(word: &str) -> Vec<String> {
    const MIN_LONG: usize = 8;
    const MIN_SHORTER: usize = 6;
    let letters: Vec<char> = word.chars().collect();
    if letters.len() < MIN_LONG || script(word) != Script::Latin || letters.iter().any(|c| c.is_numeric()) {
        return vec![];
    }
    (1..=4)
        .map(|cut| letters.len() - cut)
        .filter(|n| *n >= MIN_SHORTER)
        .map(|n| letters[..n].iter().collect())
        .collect()
}

/// Arabic proclitics, longest first: the article and its combinations.
const ARTICLES: [&str; 7] = ["وال", "بال", "كال", "فال", "ولل", "لل", "ال"];
/// The one-letter proclitics: the conjunctions و and ف, the prepositions ب، ك، ل. Each may
/// also be the word's own first letter (وزارة, برلمان), so the word is indexed both ways.
const ONE_LETTER: [char; 5] = ['و', 'ف', 'ب', 'ك', 'ل'];
/// Suffixes (normalised: ة is ه), longest first; one is removed.
const SUFFIXES: [&str; 12] = ["ات", "ون", "ين", "ان", "يه", "ها", "هم", "هن", "كم", "نا", "ه", "ي"];

/// A normalised Arabic word's light stems (see the module's doc), other than itself.
pub fn arabic_stems(word: &str) -> Vec<String> {
    let length = |w: &str| w.chars().count();
    let mut bases: Vec<&str> = vec![word];
    if let Some(rest) = ARTICLES.iter().find_map(|a| word.strip_prefix(a)).filter(|r| length(r) >= MIN_STEM) {
        bases.push(rest);
    }
    if let Some(rest) = word.strip_prefix(ONE_LETTER).filter(|r| length(r) >= MIN_STEM) {
        bases.push(rest);
    }
    let mut out: Vec<String> = vec![];
    for base in bases {
        if base != word {
            out.push(base.to_string());
        }
        if let Some(rest) = SUFFIXES.iter().find_map(|s| base.strip_suffix(s)).filter(|r| length(r) >= MIN_STEM) {
            out.push(rest.to_string());
        }
    }
    out.dedup();
    out
}

/// The stems of one normalised word, other than the word itself.
fn stems(word: &str, language: Option<Locale>) -> Vec<String> {
    if word.chars().any(|c| c.is_numeric()) {
        return vec![]; // codes (MO0050), years, numbers: whole.
    }
    let algorithms: &[Algorithm] = match script(word) {
        Script::Arabic => return arabic_stems(word),
        Script::Latin => match language {
            Some(Locale::Fr) => &[Algorithm::French],
            Some(Locale::En) => &[Algorithm::English],
            _ => &[Algorithm::French, Algorithm::English],
        },
        // Tifinagh and the rest: no stemmer.
        _ => &[],
    };
    let mut out = vec![];
    for algorithm in algorithms {
        let stem = Stemmer::create(*algorithm).stem(word).into_owned();
        let stem = search_normalise(&stem);
        if stem != word && stem.chars().count() >= MIN_STEM && !stem.contains(' ') && !out.contains(&stem) {
            out.push(stem);
        }
    }
    out
}

/// How much a line looks written in `locale`, and whether it surely is: its script (Arabic,
/// Tifinagh, Latin), and for French and English a few of their most common short words (a
/// Latin line surely is French when it has more of French's than of English's). Enough to
/// choose a snippet.
pub fn written_in(line: &str, locale: Locale) -> (usize, bool) {
    const FRENCH: [&str; 10] = ["le", "la", "les", "des", "du", "et", "pour", "une", "dans", "sur"];
    const ENGLISH: [&str; 10] = ["the", "and", "of", "to", "for", "in", "with", "on", "a", "by"];
    if !in_script_of(line, locale) {
        return (0, false);
    }
    let normalised = search_normalise(line);
    let count = |common: &[&str]| normalised.split(' ').filter(|w| common.contains(w)).count();
    match locale {
        Locale::Fr => {
            let (ours, theirs) = (count(&FRENCH), count(&ENGLISH));
            (1 + ours, ours > theirs)
        }
        Locale::En => {
            let (ours, theirs) = (count(&ENGLISH), count(&FRENCH));
            (1 + ours, ours > theirs)
        }
        Locale::Ar | Locale::Zgh => (1, true),
    }
}

/// Whether a line is written in the script of `locale` (Latin for French and English), by its
/// first letter: a quick test before [`written_in`].
pub fn in_script_of(line: &str, locale: Locale) -> bool {
    let wanted = match locale {
        Locale::Ar => Script::Arabic,
        Locale::Zgh => Script::Tifinagh,
        Locale::Fr | Locale::En => Script::Latin,
    };
    script(line) == wanted
}

/// The script of a word's first letter.
fn script(word: &str) -> Script {
    word.chars()
        .map(|c| c.script())
        .find(|s| !matches!(s, Script::Common | Script::Inherited))
        .unwrap_or(Script::Common)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(query: &str, text: &str, language: Option<Locale>) -> bool {
        let stored = index_tokens(text, language).stored();
        let words = query_words(query);
        !words.is_empty() && words.iter().all(|w| w.best_level_in(&stored).is_some())
    }

    #[test]
    fn arabic_words_are_found_without_their_clitics() {
        let text = "تعزيز دور البرلمان والساكنة في مراقبة الميزانية والشفافية وتقارير النواب";
        for query in
            ["برلمان", "البرلمان", "والبرلمان", "ساكنة", "الساكنة", "والساكنة", "ميزانية", "الشفافية", "شفافية"]
        {
            assert!(matches(query, text, Some(Locale::Ar)), "{query}");
        }
        assert!(matches("نواب", text, Some(Locale::Ar)));
        assert!(!matches("مشروع", text, Some(Locale::Ar)));
        // A first و that is the word's own.
        assert!(matches("وزارة", "مع الوزارة", Some(Locale::Ar)));
        assert!(matches("الوزارات", "وزارة المالية", Some(Locale::Ar)));
        assert_eq!(arabic_stems("ولد"), Vec::<String>::new(), "never fewer than three letters");
        assert_eq!(arabic_stems("البرلمان"), vec!["البرلم", "برلمان", "برلم"]);
        assert!(matches("شفافية", "بشفافية الميزانية", Some(Locale::Ar)), "a preposition");
    }

    #[test]
    fn french_and_english_stems_meet() {
        assert!(matches("parlementaire", "Le contrôle du Parlement", Some(Locale::Fr)));
        assert!(matches("policies", "An open data policy", Some(Locale::En)));
        assert!(matches("participation", "participer aux budgets", Some(Locale::Fr)));
    }

    #[test]
    fn levels_order_exact_stem_prefix() {
        let word = &query_words("policies")[0];
        assert_eq!(word.level_of("policies", false), Some(Level::Exact));
        assert_eq!(word.level_of("policies", true), Some(Level::Stem), "a stem that is the word");
        assert_eq!(word.level_of("polici", true), Some(Level::Stem));
        assert_eq!(word.level_of("policiesx", false), Some(Level::Prefix));
        assert_eq!(word.level_of("politics", false), None);
        let long = &query_words("parlementaire")[0];
        assert_eq!(long.level_of("parlement", false), Some(Level::Prefix));
        assert_eq!(long.level_of("parle", false), None, "at most four letters less, and six at least");
        // Stored, an exact word is told from the same letters as a stem.
        let budget = &query_words("budget")[0];
        assert_eq!(
            budget.best_level_in(&index_tokens("Budgets ouverts", Some(Locale::Fr)).stored()),
            Some(Level::Stem)
        );
        assert_eq!(budget.best_level_in(&index_tokens("Budget ouvert", Some(Locale::Fr)).stored()), Some(Level::Exact));
    }

    #[test]
    fn tifinagh_is_normalised_not_stemmed_nor_merged() {
        assert_eq!(query_words("ⴰⴳⵯⵎⵎⴰⵔ")[0].written, "ⴰⴳⵎⵎⴰⵔ");
        assert_eq!(query_words("ⵜⴰⵎ\u{200d}ⵙⵙⵓⵔⵜ")[0].written, "ⵜⴰⵎⵙⵙⵓⵔⵜ");
        assert!(query_words("ⵜⴰⵎⵙⵙⵓⵔⵜ")[0].stems.is_empty());
        assert_ne!(query_words("ⴽ")[0].written, query_words("ⴳ")[0].written);
    }

    #[test]
    fn words_of_a_text_match_as_the_index_finds_them() {
        let words = query_words("برلمان policies parlementaire");
        let matching = |w: &str| words.iter().any(|q| q.matches_word(&search_normalise(w)));
        for word in ["والبرلمان", "البرلمان", "policy", "policies", "parlement", "parlementaires"] {
            assert!(matching(word), "{word}");
        }
        for word in ["politics", "برنامج", "parle"] {
            assert!(!matching(word), "{word}");
        }
    }

    #[test]
    fn bad_queries_are_just_words() {
        assert!(query_words("\u{200f}\u{200e}*** \"\" () -").is_empty());
        assert!(query_words(&"ب".repeat(10_000)).iter().all(|w| w.written.chars().count() <= MAX_WORD));
        assert_eq!(query_words("a b c d e f g h i j k l m n").len(), MAX_WORDS);
        let one = &query_words("و")[0];
        assert!(!one.as_prefix());
        assert_eq!(one.level_of("والبرلمان", false), None);
    }
}
