//! Markdown for long texts written by the secretariat and institutions (news, agendas,
//! minutes, progress narratives, responses), rendered to HTML that is safe to insert as is.
//!
//! Raw HTML in the source is shown as text, links keep only web, mail and same-site
//! addresses, images become links to the image (nothing is loaded from elsewhere), and
//! headings start at level 3 because the page has its own h1 and h2.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Every element the renderer may produce (a test and the fuzz target check this).
pub const ALLOWED_TAGS: &[&str] = &[
    "p",
    "em",
    "strong",
    "del",
    "a",
    "ul",
    "ol",
    "li",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "code",
    "pre",
    "hr",
    "br",
];

/// A link destination a reader may follow: http(s), mailto, or a path on this site.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    if lower.starts_with("//") {
        return false;
    }
    if lower.starts_with('/') || lower.starts_with('#') {
        return true;
    }
    ["https://", "http://", "mailto:"].iter().any(|scheme| lower.starts_with(scheme))
}

fn demoted(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H3,
        HeadingLevel::H2 => HeadingLevel::H4,
        HeadingLevel::H3 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// Renders `text` to safe HTML.
pub fn to_html(text: &str) -> String {
    // Links cannot nest, so one flag tells whether the link being closed was dropped.
    let mut dropped_link = false;
    let events = Parser::new_ext(text, Options::ENABLE_STRIKETHROUGH).filter_map(move |event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
            dropped_link = !is_safe_url(&dest_url);
            (!dropped_link).then_some(Event::Start(Tag::Link { link_type, dest_url, title, id }))
        }
        Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
            dropped_link = !is_safe_url(&dest_url);
            (!dropped_link).then_some(Event::Start(Tag::Link { link_type, dest_url, title, id }))
        }
        Event::End(TagEnd::Link | TagEnd::Image) => (!dropped_link).then_some(Event::End(TagEnd::Link)),
        Event::Start(Tag::Heading { level, id: _, classes: _, attrs: _ }) => {
            Some(Event::Start(Tag::Heading { level: demoted(level), id: None, classes: Vec::new(), attrs: Vec::new() }))
        }
        Event::End(TagEnd::Heading(level)) => Some(Event::End(TagEnd::Heading(demoted(level)))),
        Event::Start(Tag::CodeBlock(_)) => Some(Event::Start(Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Indented))),
        Event::FootnoteReference(_) | Event::TaskListMarker(_) => None,
        Event::InlineMath(m) | Event::DisplayMath(m) => Some(Event::Text(m)),
        Event::SoftBreak => Some(Event::SoftBreak),
        other => Some(other),
    });
    let mut html = String::with_capacity(text.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// The element names in `html` that are not in [`ALLOWED_TAGS`], and any attribute other
/// than `href`, `title` and a list's numeric `start`, or an unsafe `href` (for tests and the fuzz target).
pub fn unsafe_parts(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let end = after.find('>').unwrap_or(after.len());
        let tag = after[..end].trim_start_matches('/');
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if !ALLOWED_TAGS.contains(&name.as_str()) {
            found.push(format!("<{tag}>"));
        }
        let attrs = tag[name.len()..].trim().trim_end_matches('/').trim();
        let mut attrs = attrs;
        while !attrs.is_empty() {
            let Some((key, value)) = attrs.split_once("=\"") else {
                found.push(format!("attribute {attrs:?}"));
                break;
            };
            let (value, more) = value.split_once('"').unwrap_or((value, ""));
            match key.trim() {
                "href" if is_safe_url(&unescape(value)) => {}
                "title" => {}
                "start" if name == "ol" && value.bytes().all(|b| b.is_ascii_digit()) => {}
                other => found.push(format!("attribute {other}={value:?}")),
            }
            attrs = more.trim();
        }
        rest = &after[end.min(after.len())..];
    }
    found
}

fn unescape(value: &str) -> String {
    value.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_usual_markdown() {
        let html = to_html("# Bilan\n\nLe **budget** est *publié*.\n\n- un\n- deux\n\n[Portail](https://data.gov.ma)");
        assert!(html.contains("<h3>Bilan</h3>"), "{html}");
        assert!(html.contains("<strong>budget</strong>") && html.contains("<em>publié</em>"));
        assert!(html.contains("<li>un</li>"));
        assert!(html.contains(r#"<a href="https://data.gov.ma">Portail</a>"#), "{html}");
        assert!(unsafe_parts(&html).is_empty(), "{:?}", unsafe_parts(&html));
    }

    #[test]
    fn raw_html_and_dangerous_links_are_neutralised() {
        for source in [
            "<script>alert(1)</script>",
            "a <img src=x onerror=alert(1)> b",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "<javascript:alert(1)>",
            "![x](data:text/html;base64,PHNjcmlwdD4=)",
            "[x](//evil.example/)",
            "<a href=\"javascript:x\">y</a>",
            "```\n</code><script>x</script>\n```",
            "[x](https://ok.example/\"onmouseover=\"alert(1))",
        ] {
            let html = to_html(source);
            assert!(unsafe_parts(&html).is_empty(), "{source} → {html}: {:?}", unsafe_parts(&html));
            assert!(!html.contains("<script") && !html.contains("<img"), "{source} → {html}");
        }
        assert_eq!(to_html("[site](javascript:alert(1))"), "<p>site</p>\n");
        assert_eq!(to_html("![carte](https://x.ma/c.png)"), "<p><a href=\"https://x.ma/c.png\">carte</a></p>\n");
    }

    #[test]
    fn arabic_and_tifinagh_text_is_kept() {
        let html = to_html("## الميزانية\n\nⵜⴰⵎⴰⵡⴰⵙⵜ **ⵜⴰⵎⴰⵢⵏⵓⵜ**");
        assert!(html.contains("<h4>الميزانية</h4>"));
        assert!(html.contains("<strong>ⵜⴰⵎⴰⵢⵏⵓⵜ</strong>"));
    }
}
