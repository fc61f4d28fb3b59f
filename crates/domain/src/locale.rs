//! The interface languages Sharaka ships with.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    Ar,
    Fr,
    En,
    Zgh,
}

impl Locale {
    pub const ALL: [Locale; 4] = [Locale::Ar, Locale::Zgh, Locale::Fr, Locale::En];

    /// An account's stored language, or `fallback` when it is not one the portal speaks.
    pub fn parse_or(code: &str, fallback: Locale) -> Locale {
        code.parse().unwrap_or(fallback)
    }

    pub fn code(self) -> &'static str {
        match self {
            Locale::Ar => "ar",
            Locale::Fr => "fr",
            Locale::En => "en",
            Locale::Zgh => "zgh",
        }
    }

    /// Text direction: Arabic is right-to-left; Tifinagh is written left-to-right.
    pub fn dir(self) -> &'static str {
        match self {
            Locale::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language's name written in itself, as shown in the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Ar => "العربية",
            Locale::Fr => "Français",
            Locale::En => "English",
            Locale::Zgh => "ⵜⴰⵎⴰⵣⵉⵖⵜ",
        }
    }

    /// Parses a BCP 47 tag leniently ("fr-MA", "AR", "zgh-Tfng" all work).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "ar" => Some(Locale::Ar),
            "fr" => Some(Locale::Fr),
            "en" => Some(Locale::En),
            // "ber" and "tzm" are older tags readers' browsers may still send for Amazigh.
            "zgh" | "ber" | "tzm" => Some(Locale::Zgh),
            _ => None,
        }
    }

    /// Picks the best supported locale from an Accept-Language header, honouring q-values.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut candidates: Vec<(f32, usize, Locale)> = header
            .split(',')
            .enumerate()
            .filter_map(|(index, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .unwrap_or(1.0);
                let locale = Locale::from_tag(tag)?;
                (q > 0.0).then_some((q, index, locale))
            })
            .collect();
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        candidates.first().map(|c| c.2)
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Locale {
    type Err = &'static str;
    /// Strict: only the exact codes used in URLs.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "ar" => Ok(Locale::Ar),
            "fr" => Ok(Locale::Fr),
            "en" => Ok(Locale::En),
            "zgh" => Ok(Locale::Zgh),
            _ => Err("locale-unknown"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_prefers_highest_quality_supported_tag() {
        assert_eq!(Locale::from_accept_language("de-DE,fr;q=0.5,ar;q=0.9"), Some(Locale::Ar));
        assert_eq!(Locale::from_accept_language("en-GB"), Some(Locale::En));
        assert_eq!(Locale::from_accept_language("de, it"), None);
        assert_eq!(Locale::from_accept_language("fr;q=0, en;q=0.1"), Some(Locale::En));
        assert_eq!(Locale::from_accept_language("zgh-Tfng-MA"), Some(Locale::Zgh));
    }

    #[test]
    fn only_arabic_is_rtl() {
        for locale in Locale::ALL {
            assert_eq!(locale.dir() == "rtl", locale == Locale::Ar);
        }
    }

    #[test]
    fn url_codes_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(locale.code().parse::<Locale>(), Ok(locale));
        }
        assert!("AR".parse::<Locale>().is_err());
    }
}
