//! Text normalisation shared by importers, deduplication and (later) search.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_normalise() {
        assert_eq!(normalised_name("Ministère  de l'Économie\n"), "ministere de l economie");
        assert_eq!(normalised_name("MINISTERE DE L ECONOMIE"), "ministere de l economie");
        assert_eq!(normalised_name("مجلس النواب"), "مجلس النواب");
    }
}
