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

/// Text as it is let in, from every form and the JSON API: NUL and the other C0 controls are
/// removed (a progress narrative with U+0001 made the Atom feeds unparsable), but tab and line
/// breaks (a carriage return, alone or before a line feed, becomes a line feed); the
/// non-characters U+FFFE and U+FFFF and DEL go too; and so do the bidirectional embeddings,
/// overrides and isolates (U+202A–202E, U+2066–2069), which can make a title read backwards
/// or pass for another — pages already isolate each text (`dir="auto"`, `<bdi>`).
pub fn clean_input(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            c if is_control_to_drop(c) || is_bidi_control(c) => {}
            _ => out.push(c),
        }
    }
    out
}

/// Whether `text` is already as [`clean_input`] would let it in.
pub fn is_clean_input(text: &str) -> bool {
    !text.chars().any(|c| c == '\r' || is_control_to_drop(c) || is_bidi_control(c))
}

/// NUL and the other C0 controls but tab, line feed and carriage return; DEL; the
/// non-characters U+FFFE and U+FFFF. Dropped from input and from CSV cells alike.
fn is_control_to_drop(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}' | '\u{fffe}' | '\u{ffff}')
}

/// The bidirectional embeddings, overrides (U+202A–202E) and isolates (U+2066–2069).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// What a spreadsheet reads as the start of a formula (OWASP's CSV-injection list).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell of a CSV export made safe for spreadsheets (OWASP's CSV-injection rule): a cell
/// that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, which
/// spreadsheets show as nothing and read as "this is text", so `=HYPERLINK(…)` written by a
/// participant is shown, never run, on an official's machine. NUL, other C0 controls (tab and
/// line breaks stay), DEL and the non-characters U+FFFE/U+FFFF are dropped. The OGP CSV reader
/// takes the prefix off again ([`spreadsheet_cell_read`]), so an export re-imports unchanged.
pub fn spreadsheet_cell(cell: &str) -> String {
    let clean: String = cell.chars().filter(|c| !is_control_to_drop(*c)).collect();
    if clean.starts_with(FORMULA_STARTS) {
        format!("'{clean}")
    } else {
        clean
    }
}

/// A cell as [`spreadsheet_cell`] wrote it, back to what it was.
pub fn spreadsheet_cell_read(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

/// An institution's name and its acronym, as data writes them: "Ministry of Finance (MoF)"
/// gives ("Ministry of Finance", "MoF"); a bare acronym ("GIZ") is its own acronym. The
/// acronym is 2 to 12 letters, digits, `&`, `.` or `-`, with at least two capitals, so a
/// parenthesis that is words ("(Ministry of Justice)") stays part of the name.
pub fn split_acronym(name: &str) -> (String, Option<String>) {
    let name = name.trim();
    let looks_like = |s: &str| {
        let n = s.chars().count();
        (2..=12).contains(&n)
            && s.chars().all(|c| c.is_alphanumeric() || matches!(c, '&' | '.' | '-'))
            && s.chars().filter(|c| c.is_uppercase()).count() >= 2
    };
    if let Some(open) = name.strip_suffix(')').and_then(|rest| rest.rfind('(').map(|at| (rest, at))) {
        let (rest, at) = open;
        let inner = rest[at + 1..].trim();
        let before = rest[..at].trim();
        if looks_like(inner) && !before.is_empty() {
            return (before.to_string(), Some(inner.to_string()));
        }
    }
    if looks_like(name) && !name.contains(' ') {
        return (name.to_string(), Some(name.to_string()));
    }
    (name.to_string(), None)
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
/// case folded, punctuation turned into spaces. Tifinagh letters pass through, without the
/// optional labialisation mark ⵯ (U+2D6F) or the consonant joiner (U+2D7F, a combining mark);
/// the invisible joiners and direction marks (U+200B–200F, U+2060, U+FEFF, the soft hyphen)
/// are removed rather than read as spaces, so they cannot split a word.
pub fn search_normalise(text: &str) -> String {
    if text.is_ascii() {
        // The same result without decomposing: ASCII has no marks to drop. Most of the OGP
        // data is English, and snippets normalise lines of up to 50 hits on each search
        // (NFKD was the largest part of a search's time on the benchmark's instance).
        let mut out = String::with_capacity(text.len());
        for word in text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        }
        return out;
    }
    // Text NFKD leaves as it is (English with typographic quotes, much unvowelled Arabic) is
    // not decomposed; the rest is, ⵯ first removed (NFKD would turn it into the letter ⵡ).
    let folded: String =
        if unicode_normalization::is_nfkd_quick(text.chars()) == unicode_normalization::IsNormalized::Yes {
            fold(text.chars())
        } else {
            fold(text.chars().filter(|c| *c != '\u{2D6F}').nfkd())
        };
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// [`search_normalise`] after decomposition: marks and invisible characters dropped, Arabic
/// letter forms unified, case folded, punctuation turned into spaces.
fn fold(chars: impl Iterator<Item = char>) -> String {
    chars
        .filter(|c| {
            !unicode_normalization::char::is_combining_mark(*c)
                && !matches!(
                    c,
                    '\u{0640}' | '\u{2D6F}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
                )
        })
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
        .collect()
}

#[cfg(test)]
mod input_tests {
    use super::{clean_input, is_clean_input};

    #[test]
    fn controls_and_overrides_stay_outside() {
        assert_eq!(clean_input("a\u{0}b\u{1}c\u{7f}d\u{fffe}\u{ffff}"), "abcd");
        assert_eq!(clean_input("line\r\nnext\rlast\tcell"), "line\nnext\nlast\tcell");
        assert_eq!(clean_input("\u{202e}txt.exe\u{202c} \u{2067}عربي\u{2069}"), "txt.exe عربي");
        assert_eq!(clean_input("ⵜⴰⵎⴰⵣⵉⵖⵜ العربية Français"), "ⵜⴰⵎⴰⵣⵉⵖⵜ العربية Français");
        for text in ["a\u{0}", "\u{202e}x", "x\u{2066}", "\r"] {
            assert!(!is_clean_input(text), "{text:?}");
            assert!(is_clean_input(&clean_input(text)), "{text:?}");
        }
    }
}

#[cfg(test)]
mod spreadsheet_tests {
    use super::{spreadsheet_cell, spreadsheet_cell_read};

    #[test]
    fn formulas_are_shown_not_run() {
        for (written, exported) in [
            ("=HYPERLINK(\"http://evil.example\",\"x\")", "'=HYPERLINK(\"http://evil.example\",\"x\")"),
            ("+212 600", "'+212 600"),
            ("-1+1", "'-1+1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("نص عادي = جيد", "نص عادي = جيد"),
            ("a\u{0}b\u{1}c\u{7f}\u{fffe}", "abc"),
            ("line\nbreak\ttab", "line\nbreak\ttab"),
            ("\u{0}=1", "'=1"),
        ] {
            assert_eq!(spreadsheet_cell(written), exported, "{written:?}");
        }
        for cell in ["=1", "+2", "-3", "@4", "'quoted", "plain", "'plain"] {
            assert_eq!(spreadsheet_cell_read(&spreadsheet_cell(cell)), cell);
        }
    }
}

#[cfg(test)]
mod acronym_tests {
    use super::split_acronym;

    #[test]
    fn acronyms_are_read_from_names() {
        let some = |n: &str, a: &str| (n.to_string(), Some(a.to_string()));
        assert_eq!(split_acronym("Ministry of Finance (MoF)"), some("Ministry of Finance", "MoF"));
        assert_eq!(
            split_acronym("The National Democratic Institute (NDI)"),
            some("The National Democratic Institute", "NDI")
        );
        assert_eq!(split_acronym("GIZ"), some("GIZ", "GIZ"));
        assert_eq!(split_acronym("Court of Audit (Ministry of Justice)").1, None);
        assert_eq!(split_acronym("Knesset").1, None);
        assert_eq!(split_acronym("(ICPC)").1, None, "an acronym needs a name before it");
    }
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
        assert_eq!(search_normalise("\"budget\" OR 1=1; DROP TABLE --"), "budget or 1 1 drop table");
        // The ASCII shortcut gives what the whole way gives.
        for text in ["  Budget, TRANSPARENCY & e-Gov: 2021-2023!\n\tMO0050 ", "", "***", "a_b c\u{7f}d"] {
            let slow: String =
                text.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' }).collect();
            assert_eq!(search_normalise(text), slow.split_whitespace().collect::<Vec<_>>().join(" "), "{text:?}");
        }
        // Text NFKD keeps and text it decomposes normalise alike.
        assert_eq!(search_normalise("“Open” government’s plan"), "open government s plan");
        assert_eq!(search_normalise("ⴰⴳⵯⵎⵎⴰⵔ"), "ⴰⴳⵎⵎⴰⵔ", "ⵯ is dropped, not made ⵡ");
    }

    #[test]
    fn names_normalise() {
        assert_eq!(normalised_name("Ministère  de l'Économie\n"), "ministere de l economie");
        assert_eq!(normalised_name("MINISTERE DE L ECONOMIE"), "ministere de l economie");
        assert_eq!(normalised_name("مجلس النواب"), "مجلس النواب");
    }
}
