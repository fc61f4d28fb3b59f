//! Text normalisation shared by importers, deduplication and search.

use unicode_normalization::UnicodeNormalization;

/// A key for deduplicating names: NFKD, accents and punctuation dropped, case folded,
/// white space collapsed. "Ministère  de l'Économie" and "MINISTERE DE L ECONOMIE" match.
pub fn normalised_name(name: &str) -> String {
    let folded: String = name
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The name an institution is matched on when data is imported: its English name, else
/// its French one, else any. OGP data names institutions in English.
pub fn institution_key(name: &crate::Localized) -> Option<String> {
    [crate::Locale::En, crate::Locale::Fr, crate::Locale::Ar, crate::Locale::Zgh]
        .into_iter()
        .find_map(|l| name.get(l))
        .map(normalised_name)
}

/// Text as the search index holds it, the same on both backends: NFKD with combining marks
/// dropped (Latin accents, Arabic short vowels and shadda, and the hamza that NFKD splits off
/// alef, waw and ya), tatweel removed, alef maqsura and ta marbuta unified with ya and ha,
/// case folded, punctuation turned into spaces. Tifinagh letters pass through.
pub fn search_normalise(text: &str) -> String {
    let folded: String = text
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c) && *c != '\u{0640}')
        .map(|c| match c {
            '\u{0671}' => '\u{0627}', // alef wasla → alef
            '\u{0649}' => '\u{064A}', // alef maqsura → ya
            '\u{0629}' => '\u{0647}', // ta marbuta → ha
            '\u{06CC}' => '\u{064A}', // Farsi ya → ya
            '\u{06A9}' => '\u{0643}', // keheh → kaf
            other => other,
        })
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of a search query, normalised: operators, quotes and punctuation are just
/// separators; at most 12 words of at most 40 characters are kept.
pub fn search_terms(query: &str) -> Vec<String> {
    search_normalise(query)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().take(40).collect::<String>())
        .take(12)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_text_finds_vowelled_arabic_plain_french_and_tifinagh() {
        assert_eq!(search_normalise("الْمُشَارَكَةُ"), search_normalise("المشاركة"));
        assert_eq!(search_normalise("إصلاح الإدارة"), "اصلاح الاداره");
        assert_eq!(search_normalise("أمانة"), search_normalise("امانه"));
        assert_eq!(search_normalise("مستشفى"), search_normalise("مستشفي"));
        assert_eq!(search_normalise("المـــشاركة"), search_normalise("المشاركة"), "tatweel");
        assert_eq!(search_normalise("Société civile, ÉLECTIONS"), "societe civile elections");
        assert_eq!(search_normalise("ⵜⴰⵎⵙⵙⵓⵔⵜ"), "ⵜⴰⵎⵙⵙⵓⵔⵜ");
        assert_eq!(search_terms("\"budget\" OR 1=1; DROP TABLE --"), vec!["budget", "or", "1", "1", "drop", "table"]);
        assert!(search_terms(&"x".repeat(10_000)).iter().all(|w| w.chars().count() <= 40));
        assert!(search_terms("***").is_empty());
    }

    #[test]
    fn names_normalise() {
        assert_eq!(normalised_name("Ministère  de l'Économie\n"), "ministere de l economie");
        assert_eq!(normalised_name("MINISTERE DE L ECONOMIE"), "ministere de l economie");
        assert_eq!(normalised_name("مجلس النواب"), "مجلس النواب");
    }
}
