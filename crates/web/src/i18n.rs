//! Fluent translations for the four interface languages, embedded in the binary.

use std::collections::HashMap;

use domain::Locale;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

/// The `.ftl` sources, one per locale. Every file must define the same message ids.
pub const SOURCES: [(Locale, &str); 4] = [
    (Locale::Ar, include_str!("../locales/ar.ftl")),
    (Locale::Fr, include_str!("../locales/fr.ftl")),
    (Locale::En, include_str!("../locales/en.ftl")),
    (Locale::Zgh, include_str!("../locales/zgh.ftl")),
];

pub struct I18n {
    bundles: HashMap<Locale, FluentBundle<FluentResource>>,
}

#[derive(Debug, thiserror::Error)]
#[error("translation file for {locale} is invalid: {detail}")]
pub struct I18nError {
    locale: Locale,
    detail: String,
}

impl I18n {
    pub fn load() -> Result<I18n, I18nError> {
        let mut bundles = HashMap::new();
        for (locale, source) in SOURCES {
            let resource = FluentResource::try_new(source.to_string())
                .map_err(|(_, errors)| I18nError { locale, detail: format!("{errors:?}") })?;
            let langid = locale.code().parse().map_err(|e| I18nError { locale, detail: format!("{e}") })?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Unicode isolation marks would end up inside links in mail and in form values;
            // templates isolate user text with `dir` attributes instead.
            bundle.set_use_isolating(false);
            bundle.add_resource(resource).map_err(|errors| I18nError { locale, detail: format!("{errors:?}") })?;
            bundles.insert(locale, bundle);
        }
        Ok(I18n { bundles })
    }

    /// Translates `id`; a missing message shows its id so that the gap is visible, never a crash.
    pub fn t(&self, locale: Locale, id: &str) -> String {
        self.t_args(locale, id, &[])
    }

    pub fn t_args(&self, locale: Locale, id: &str, args: &[(&str, &str)]) -> String {
        let Some(bundle) = self.bundles.get(&locale) else {
            return id.to_string();
        };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            tracing::warn!(%locale, id, "missing translation");
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            // Counts must reach Fluent as numbers, or plural variants ([one], [few]…) never match.
            match value.parse::<i64>() {
                Ok(number) => fluent_args.set(*name, number),
                Err(_) => fluent_args.set(*name, value.to_string()),
            }
        }
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(%locale, id, ?errors, "translation formatting error");
        }
        text.into_owned()
    }

    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.bundles.get(&locale).is_some_and(|b| b.has_message(id))
    }
}

/// Message ids defined in an `.ftl` source (messages only, not terms).
pub fn message_ids(source: &str) -> Vec<String> {
    let mut ids: Vec<String> = source
        .lines()
        .filter(|line| !line.starts_with([' ', '#', '-', '\t', '.', '*', '[', '}']))
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_string()))
        .filter(|id| !id.is_empty())
        .collect();
    ids.sort();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_has_the_same_message_ids() {
        let reference = message_ids(SOURCES[2].1);
        assert!(reference.len() > 50, "en.ftl looks truncated");
        for (locale, source) in SOURCES {
            let ids = message_ids(source);
            let missing: Vec<_> = reference.iter().filter(|id| !ids.contains(id)).collect();
            let extra: Vec<_> = ids.iter().filter(|id| !reference.contains(id)).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{locale}: missing {missing:?}, extra {extra:?}");
            let mut deduped = ids.clone();
            deduped.dedup();
            assert_eq!(deduped.len(), ids.len(), "{locale} defines a message twice");
        }
    }

    #[test]
    fn every_message_parses_and_formats() {
        let i18n = I18n::load().expect("load");
        for (locale, source) in SOURCES {
            for id in message_ids(source) {
                let text = i18n.t(locale, &id);
                assert!(!text.trim().is_empty() && text != id, "{locale} {id}");
            }
        }
    }

    #[test]
    fn zgh_is_written_in_tifinagh() {
        let i18n = I18n::load().expect("load");
        let text = i18n.t(Locale::Zgh, "nav-home");
        assert!(text.chars().any(|c| ('\u{2D30}'..='\u{2D7F}').contains(&c)), "{text}");
    }

    #[test]
    fn counts_choose_the_plural_form_of_each_language() {
        let i18n = I18n::load().expect("load");
        let count = |locale, n: &str| i18n.t_args(locale, "forum-member-count", &[("count", n)]);
        assert_eq!(count(Locale::En, "1"), "one member");
        assert!(count(Locale::En, "3").contains("members"));
        assert_ne!(count(Locale::Fr, "0"), count(Locale::Fr, "5"), "French has its own zero wording");
        // Arabic has six plural categories; one and two read differently from eleven.
        assert_ne!(count(Locale::Ar, "1"), count(Locale::Ar, "11"));
        assert_ne!(count(Locale::Ar, "2"), count(Locale::Ar, "11"));
    }
}
