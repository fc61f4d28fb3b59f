//! Small text helpers shared by importers: normalised names and slugs.

pub use domain::text::normalised_name;

/// A URL slug from a Latin-script name, at most `max` characters, cut at a word boundary.
pub fn slugify(name: &str, max: usize) -> String {
    let key = normalised_name(name);
    let mut slug = String::new();
    for word in key.split(' ').filter(|w| w.chars().all(|c| c.is_ascii_alphanumeric())) {
        if !slug.is_empty() && slug.len() + word.len() + 1 > max {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word[..word.len().min(max)]);
    }
    if slug.is_empty() {
        "institution".to_string()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slugify("House of Representatives", 60), "house-of-representatives");
        assert_eq!(
            slugify("Directorate of Budget (Ministry of Economy and Finance)", 30),
            "directorate-of-budget-ministry"
        );
        assert_eq!(slugify("مجلس النواب", 60), "institution");
    }
}
