//! Atom (RFC 4287) feeds, written by hand: a handful of elements, every text escaped, every
//! date in RFC 3339, the language on the feed.

use std::fmt::Write;

use time::format_description::well_known::Rfc3339;

use crate::charts::esc;

fn rfc3339(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into())
}

/// One entry: a stable id, a title, when it last changed, where to read it, a summary.
pub struct Entry {
    pub id: String,
    pub title: String,
    pub updated: i64,
    pub link: String,
    pub summary: String,
}

/// A whole feed. `self_url` is the feed's own address; `alternate` the page it follows.
pub struct Feed {
    pub id: String,
    pub title: String,
    pub self_url: String,
    pub alternate: String,
    pub lang: &'static str,
    pub entries: Vec<Entry>,
}

impl Feed {
    /// The document. The feed's `updated` is its newest entry's (or the epoch when empty,
    /// so the output depends only on the data).
    pub fn render(&self) -> String {
        let updated = self.entries.iter().map(|e| e.updated).max().unwrap_or(0);
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        let _ = write!(
            out,
            r#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{}"><id>{}</id><title>{}</title><updated>{}</updated><link rel="self" type="application/atom+xml" href="{}"/><link rel="alternate" type="text/html" href="{}"/><author><name>Sharaka</name></author>"#,
            self.lang,
            esc(&self.id),
            esc(&self.title),
            rfc3339(updated),
            esc(&self.self_url),
            esc(&self.alternate)
        );
        for e in &self.entries {
            let _ = write!(
                out,
                r#"<entry><id>{}</id><title>{}</title><updated>{}</updated><link rel="alternate" type="text/html" href="{}"/><summary>{}</summary></entry>"#,
                esc(&e.id),
                esc(&e.title),
                rfc3339(e.updated),
                esc(&e.link),
                esc(&e.summary)
            );
        }
        out.push_str("</feed>\n");
        out
    }
}
