//! Markdown rendering: whatever the text, the HTML has only allowed elements and safe links.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let html = domain::markdown::to_html(text);
    let bad = domain::markdown::unsafe_parts(&html);
    assert!(bad.is_empty(), "unsafe HTML from {text:?}: {bad:?} in {html}");
});
