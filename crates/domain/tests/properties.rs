//! Properties that hold for any text: search normalisation and the revision diff.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use domain::analysis::query_words;
use domain::revision::{diff_words, Change};
use domain::text::search_normalise;
use proptest::prelude::*;

/// Text mixing Arabic (with short vowels, tatweel, hamza forms), Tifinagh, accented Latin,
/// digits, punctuation and search operators.
fn mixed_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            "[a-zA-Zéèçàô]{1,8}",
            "[\u{0621}-\u{064A}\u{064B}-\u{0652}\u{0640}\u{0671}\u{0649}\u{0629}]{1,8}",
            "[\u{2D30}-\u{2D6F}]{1,8}",
            "[0-9]{1,4}",
            "[ \t\n.,;:!?\"'*()&|<>-]{1,3}",
            any::<String>(),
        ],
        0..12,
    )
    .prop_map(|parts| parts.join(" "))
}

proptest! {
    #[test]
    fn normalising_twice_changes_nothing(text in mixed_text()) {
        let once = search_normalise(&text);
        prop_assert_eq!(search_normalise(&once), once.clone());
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' ') && !once.contains("  "));
        prop_assert!(once.chars().all(|c| c == ' ' || c.is_alphanumeric()), "{:?}", once);
    }

    #[test]
    fn query_words_are_bounded_plain_words(query in mixed_text()) {
        let words = query_words(&query);
        prop_assert!(words.len() <= 12);
        for word in &words {
            let term = &word.written;
            prop_assert!(!term.is_empty() && term.chars().count() <= 40);
            prop_assert!(term.chars().all(char::is_alphanumeric), "{:?}", term);
            // A word found in the query's normalised text finds the text itself.
            prop_assert!(search_normalise(&query).contains(term.as_str()));
            prop_assert!(word.stems.iter().chain(&word.shorter).all(|s| s.chars().all(char::is_alphanumeric)));
        }
    }

    #[test]
    fn the_diff_rebuilds_both_versions(before in mixed_text(), after in mixed_text()) {
        let parts = diff_words(&before, &after);
        let old: String = parts.iter().filter(|p| p.change != Change::Added).map(|p| p.text.as_str()).collect();
        let new: String = parts.iter().filter(|p| p.change != Change::Removed).map(|p| p.text.as_str()).collect();
        prop_assert_eq!(old, before.clone());
        prop_assert_eq!(new, after.clone());
        if before == after {
            prop_assert!(parts.iter().all(|p| p.change == Change::Same));
        }
    }
}
