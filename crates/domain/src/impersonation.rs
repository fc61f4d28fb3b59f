//! Names that pass for someone else, and addresses that mix scripts.
//!
//! A participant who registers as « Secrétariat permanent », « وزارة الاقتصاد », `Adm1n` or
//! `Sеcrétariat` (a Cyrillic е) reads, in a comment list, as the state answering. Names are
//! compared by their *skeleton* (after Unicode TS #39's idea, reduced to what matters here):
//! compatibility decomposition (fullwidth, ligatures, mathematical letters), accents and Arabic
//! vowel marks and tatweel dropped, case folded, the Cyrillic and Greek letters that look Latin
//! mapped to it, `0 1 l |` and `rn` folded to `o i i i m`, the Arabic letter variants folded
//! (أ إ آ → ا, ة → ه, ى → ي) and the Arabic article taken off words. A name imitates a reserved
//! term when the term's skeleton words appear in it in a row (`Secrétariat OGP`), or, for a
//! term of 6 letters or more, when its letters appear in the name's letters run together
//! (`S.e.c.r.e.t.a.r.i.a.t`, `TheSecretariat`).
//!
//! The reserved terms are the built-in words below (roles, the state, the portal) plus what an
//! instance knows: its institutions' names and acronyms, the forum's bodies, the issuing
//! authority and the role labels in every language. Single common words that are also given
//! names or family names (مشرف, الوزير, Wazir) are deliberately left out: refusing a person's
//! real name is worse than a flag the back office can read. Acronyms of fewer than 3 letters
//! are ignored for the same reason.
//!
//! Mixed scripts: e-mail local parts are ASCII, so an address with a Cyrillic `а` in its domain
//! (`amina@exаmple.ma`) mixes Latin and Cyrillic; [`mixed_scripts`] names the scripts so the
//! back office can show the address as such.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;
use unicode_script::{Script, UnicodeScript};

/// Terms every instance reserves, in the four languages of the first instance and English.
const BUILT_IN: &[&str] = &[
    "Secrétariat",
    "Secrétariat permanent",
    "Permanent secretariat",
    "Admin",
    "Administrator",
    "Administrateur",
    "Administratrice",
    "Administration",
    "Moderator",
    "Modérateur",
    "Modératrice",
    "Modération",
    "Webmaster",
    "Sharaka",
    "OGP",
    "Open Government Partnership",
    "Partenariat pour un gouvernement ouvert",
    "Gouvernement",
    "Government",
    "Ministère",
    "Ministry",
    "Official",
    "Officiel",
    "Officielle",
    "Support",
    "Staff",
    "الكتابة الدائمة",
    "الأمانة العامة",
    "الأمانة الدائمة",
    "الحكومة",
    "وزارة",
    "الإدارة",
    "رسمي",
    "المشرف العام",
    "الشراكة من أجل الحكومة المنفتحة",
    "شراكة",
    "ⵜⴰⵏⴱⴰⴹⵜ",
];

/// The skeleton words of a text (see the module doc).
pub fn skeleton_words(text: &str) -> Vec<String> {
    let folded: String = text
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c) && *c != '\u{640}')
        .flat_map(char::to_lowercase)
        .map(confusable)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded
        .replace("rn", "m")
        .split_whitespace()
        .map(|w| match w.strip_prefix("ال") {
            Some(rest) if rest.chars().count() >= 2 => rest.to_string(),
            _ => w.to_string(),
        })
        .collect()
}

/// One character's stand-in: the Latin letter a Cyrillic or Greek one looks like, `0 1 l |` as
/// `o i i i`, the plain form of an Arabic letter with a variant.
fn confusable(c: char) -> char {
    match c {
        'а' | 'α' => 'a',
        'в' | 'β' => 'b',
        'с' | 'ϲ' => 'c',
        'е' | 'ё' | 'ε' | 'є' => 'e',
        'һ' | 'н' | 'η' => 'h',
        'і' | 'ї' | 'ι' | 'l' | '1' | '|' | 'ӏ' => 'i',
        'ј' => 'j',
        'к' | 'κ' => 'k',
        'м' | 'μ' => 'm',
        'п' => 'n',
        'о' | 'ο' | 'σ' | '0' => 'o',
        'р' | 'ρ' => 'p',
        'ԛ' => 'q',
        'ѕ' => 's',
        'т' | 'τ' => 't',
        'υ' | 'ц' => 'u',
        'ν' => 'v',
        'ԝ' | 'ω' => 'w',
        'х' | 'χ' => 'x',
        'у' | 'γ' => 'y',
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ة' => 'ه',
        'ى' => 'ي',
        _ => c,
    }
}

/// The terms a display name must not imitate.
///
/// Two kinds: *loose* terms (the built-in words and the role labels, about 60) are also looked
/// for inside the name's letters run together; *exact* terms (institution and body names, the
/// authority, acronyms: 2,200 for the 543 institutions of the OGP sample in four languages)
/// only as whole words in a row, found through their first word, so checking a name costs a
/// few map lookups and 60 substring searches whatever the number of institutions.
#[derive(Debug, Clone, Default)]
pub struct Reserved {
    loose: Vec<Term>,
    exact: HashMap<String, Vec<Term>>,
}

#[derive(Debug, Clone)]
struct Term {
    /// As given, to say which term a name imitates.
    text: String,
    words: Vec<String>,
    /// The words run together, when long enough to be looked for inside other letters.
    joined: Option<String>,
}

impl Term {
    fn new(text: &str) -> Term {
        let words = skeleton_words(text);
        let joined = words.concat();
        let joined = (joined.chars().count() >= MIN_JOINED).then_some(joined);
        Term { text: text.trim().to_string(), words, joined }
    }
    fn in_a_row(&self, words: &[String]) -> bool {
        words.windows(self.words.len()).any(|w| w == self.words.as_slice())
    }
}

/// How many letters a term needs before it is looked for inside other letters.
const MIN_JOINED: usize = 6;

impl Reserved {
    /// The built-in terms and `labels` (the role labels in every language), all loose. A label
    /// of one short word (مشرف, « moderator » in Arabic, is also a given name) is left out.
    pub fn new<S: AsRef<str>>(labels: impl IntoIterator<Item = S>) -> Reserved {
        let mut reserved = Reserved::default();
        let labels =
            labels.into_iter().map(|s| Term::new(s.as_ref())).filter(|t| t.words.len() > 1 || t.joined.is_some());
        for term in BUILT_IN.iter().map(|text| Term::new(text)).chain(labels) {
            if !term.words.is_empty() && !reserved.loose.iter().any(|t| t.words == term.words) {
                reserved.loose.push(term);
            }
        }
        reserved
    }

    /// A name reserved as whole words in a row (an institution, a body, the authority).
    pub fn name(&mut self, text: &str) {
        let term = Term { joined: None, ..Term::new(text) };
        self.add_exact(term);
    }

    /// An acronym, reserved as a whole word and only from 3 letters on.
    pub fn acronym(&mut self, text: &str) {
        let term = Term { joined: None, ..Term::new(text) };
        if term.words.concat().chars().count() >= 3 {
            self.add_exact(term);
        }
    }

    fn add_exact(&mut self, term: Term) {
        let Some(first) = term.words.first() else { return };
        let same = self.exact.entry(first.clone()).or_default();
        if !same.iter().any(|t| t.words == term.words) {
            same.push(term);
        }
    }

    /// The reserved term `name` imitates, if any: the longest of those it imitates
    /// (« Secrétariat permanent » rather than « Secrétariat »).
    pub fn imitated_by(&self, name: &str) -> Option<&str> {
        let words = skeleton_words(name);
        let joined = words.concat();
        let loose = self
            .loose
            .iter()
            .filter(|t| t.in_a_row(&words) || t.joined.as_ref().is_some_and(|j| joined.contains(j.as_str())));
        let exact = words.iter().filter_map(|w| self.exact.get(w)).flatten().filter(|t| t.in_a_row(&words));
        loose.chain(exact).max_by_key(|t| (t.words.len(), t.words.concat().len())).map(|t| t.text.as_str())
    }
}

/// The script of a letter; `None` for digits, punctuation and marks, which belong to every
/// script and do not count.
fn letter_script(c: char) -> Option<Script> {
    Some(c.script()).filter(|s| !matches!(s, Script::Common | Script::Inherited | Script::Unknown))
}

/// The scripts of the letters in `text` when there is more than one (Latin and Cyrillic in
/// `amina@exаmple.ma`), by their English names; `None` when the letters share one script.
pub fn mixed_scripts(text: &str) -> Option<Vec<&'static str>> {
    let mut scripts: Vec<Script> = vec![];
    for script in text.chars().filter_map(letter_script) {
        if !scripts.contains(&script) {
            scripts.push(script);
        }
    }
    (scripts.len() > 1).then(|| scripts.into_iter().map(|s| s.full_name()).collect())
}

/// `text` cut where its letters leave its first script and come back, each run with whether
/// it is foreign, to point at the foreign letters (`amina@ex` `а` `mple.ma`).
pub fn script_runs(text: &str) -> Vec<(String, bool)> {
    let first = text.chars().find_map(letter_script);
    let mut runs: Vec<(String, bool)> = vec![];
    for c in text.chars() {
        let foreign = letter_script(c).is_some_and(|s| Some(s) != first);
        match runs.last_mut() {
            Some((run, f)) if *f == foreign => run.push(c),
            _ => runs.push((c.to_string(), foreign)),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reserved() -> Reserved {
        let mut r = Reserved::new(["Secrétariat", "Modérateur", "مشرف"]);
        r.name("Ministère de l'Économie et des Finances");
        r.name("وزارة الاقتصاد والمالية");
        r.acronym("MEF");
        r.acronym("MS");
        r
    }

    #[test]
    fn names_that_pass_for_a_body_or_a_role_are_caught() {
        let r = reserved();
        for name in [
            "Secrétariat",
            "secretariat ogp maroc",
            "SECRÉTARIAT PERMANENT",
            "Sеcrétariat",            // Cyrillic е
            "S.e.c.r.e.t.a.r.i.a.t",  // letters apart
            "TheSecretariat",         // run together
            "Ｓｅｃｒｅｔａｒｉａｔ", // fullwidth
            "Adm1n",
            "Admin Sharaka",
            "Ministere de l economie et des finances",
            "Équipe MEF",
            "وزارة الاقتصاد والمالية",
            "وزاره الاقتصاد و المالية", // ة written ه, article and spacing differ
            "الكتابة الدائمة",
            "الحكومة المغربية",
            "𝐎𝐆𝐏 Maroc", // mathematical bold
        ] {
            assert!(r.imitated_by(name).is_some(), "{name}");
        }
    }

    #[test]
    fn people_keep_their_names() {
        let r = reserved();
        for name in [
            "Amina Benali",
            "أمينة بنعلي",
            "أمانة الإدريسي", // Amana is a given name; الأمانة alone is not reserved
            "خليل الوزير",   // al-Wazir is a family name
            "Mushrif Ahmed",
            "مشرف أحمد",
            "Ms Nadia Alaoui", // a 2-letter acronym is not a word to reserve
            "Mefrouda Karim",  // MEF only as a whole word
            "ⴰⵎⵉⵏⴰ ⴱⵏⵄⵍⵉ",
        ] {
            assert_eq!(r.imitated_by(name), None, "{name}");
        }
        assert_eq!(r.imitated_by("Mme la Secrétaire générale"), None, "secrétaire is not secrétariat");
    }

    #[test]
    fn the_imitated_term_is_named() {
        assert_eq!(reserved().imitated_by("Sеcrétariat du portail"), Some("Secrétariat"));
        assert_eq!(reserved().imitated_by("secretariat PERMANENT"), Some("Secrétariat permanent"));
        assert_eq!(reserved().imitated_by("Equipe MEF"), Some("MEF"));
    }

    #[test]
    fn addresses_mixing_scripts_are_named() {
        assert_eq!(mixed_scripts("amina@example.ma"), None);
        assert_eq!(mixed_scripts("amina@exаmple.ma"), Some(vec!["Latin", "Cyrillic"]));
        let runs = [("amina@ex".to_string(), false), ("а".to_string(), true), ("mple.ma".to_string(), false)];
        assert_eq!(script_runs("amina@exаmple.ma"), runs);
        assert_eq!(script_runs("amina@example.ma"), [("amina@example.ma".to_string(), false)]);
        assert_eq!(mixed_scripts("أمينة 2026"), None);
    }
}
