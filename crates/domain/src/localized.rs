//! Multilingual content: one text per locale, with an honest fallback.

use crate::Locale;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A piece of content written in zero or more of the portal's languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Localized(BTreeMap<Locale, String>);

/// The text to show for a requested locale, and whether it is a fallback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved<'a> {
    pub text: &'a str,
    /// The language the text is actually written in (for the `lang` attribute).
    pub locale: Locale,
    /// True when the requested locale had no text and another language is shown.
    pub fallback: bool,
}

impl Localized {
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds from pairs; blank texts are treated as missing.
    pub fn from_pairs<I, S>(pairs: I) -> Self
    where
        I: IntoIterator<Item = (Locale, S)>,
        S: Into<String>,
    {
        let mut value = Self::new();
        for (locale, text) in pairs {
            value.set(locale, text);
        }
        value
    }

    pub fn set(&mut self, locale: Locale, text: impl Into<String>) {
        let text = text.into().trim().to_string();
        if text.is_empty() {
            self.0.remove(&locale);
        } else {
            self.0.insert(locale, text);
        }
    }

    pub fn get(&self, locale: Locale) -> Option<&str> {
        self.0.get(&locale).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn locales(&self) -> impl Iterator<Item = Locale> + '_ {
        self.0.keys().copied()
    }

    /// The text in `wanted`, else in `default`, else in the first language that has one.
    pub fn resolve(&self, wanted: Locale, default: Locale) -> Option<Resolved<'_>> {
        if let Some(text) = self.get(wanted) {
            return Some(Resolved { text, locale: wanted, fallback: false });
        }
        std::iter::once(default)
            .chain(Locale::ALL)
            .find_map(|locale| self.get(locale).map(|text| Resolved { text, locale, fallback: true }))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_string())
    }

    pub fn from_json(json: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_requested_then_default_then_any() {
        let name = Localized::from_pairs([(Locale::Fr, "Ministère"), (Locale::Ar, "وزارة")]);
        let r = name.resolve(Locale::Ar, Locale::Fr).expect("text");
        assert_eq!((r.text, r.locale, r.fallback), ("وزارة", Locale::Ar, false));
        let r = name.resolve(Locale::Zgh, Locale::Fr).expect("text");
        assert_eq!((r.text, r.locale, r.fallback), ("Ministère", Locale::Fr, true));
        let only_en = Localized::from_pairs([(Locale::En, "Ministry")]);
        let r = only_en.resolve(Locale::Zgh, Locale::Fr).expect("text");
        assert_eq!((r.locale, r.fallback), (Locale::En, true));
        assert!(Localized::new().resolve(Locale::Ar, Locale::Fr).is_none());
    }

    #[test]
    fn blank_text_is_missing_and_json_round_trips() {
        let name = Localized::from_pairs([(Locale::Fr, "  "), (Locale::Ar, " وزارة ")]);
        assert_eq!(name.get(Locale::Fr), None);
        assert_eq!(name.get(Locale::Ar), Some("وزارة"));
        assert_eq!(Localized::from_json(&name.to_json()).expect("json"), name);
    }
}
