//! Public consultation on the frozen draft: reading it paragraph by paragraph, commenting
//! on a place in it, replying, flagging abuse, and the consultation report.

pub mod flag;
pub mod report;
pub mod show;

use domain::consultation::{paragraphs, Consultation};
use domain::contribution::Contribution;
use domain::Locale;

use crate::presenters::target_label;
use crate::views::Page;

/// A comment and the replies to it (replies to replies join the same thread).
pub struct Thread {
    pub comment: Contribution,
    pub replies: Vec<Contribution>,
}

/// Groups comments into threads, each under its first comment, in the order written. Linear
/// in the number of comments (a consultation can hold tens of thousands; the first version
/// searched the list for every parent).
pub(crate) fn threads(comments: &[Contribution]) -> Vec<Thread> {
    use std::collections::HashMap;
    let parent_of: HashMap<i64, Option<i64>> = comments.iter().map(|c| (c.id, c.parent_id)).collect();
    let root_of = |c: &Contribution| {
        let mut current = c.id;
        let mut steps = 0;
        while let Some(Some(parent)) = parent_of.get(&current) {
            if !parent_of.contains_key(parent) || steps > comments.len() {
                break;
            }
            current = *parent;
            steps += 1;
        }
        current
    };
    let mut threads: Vec<Thread> = comments
        .iter()
        .filter(|c| c.parent_id.is_none())
        .map(|c| Thread { comment: c.clone(), replies: vec![] })
        .collect();
    let index: HashMap<i64, usize> = threads.iter().enumerate().map(|(i, t)| (t.comment.id, i)).collect();
    for reply in comments.iter().filter(|c| c.parent_id.is_some()) {
        if let Some(i) = index.get(&root_of(reply)) {
            threads[*i].replies.push(reply.clone());
        }
    }
    threads
}

/// Every place a comment can be about, for the form's choice list (works without
/// JavaScript): the plan, each commitment, each section and each paragraph shown in `locale`.
pub(crate) fn places(page: &Page, consultation: &Consultation, locale: Locale) -> Vec<(String, String)> {
    let mut places = vec![(String::new(), page.t("consultation-whole-plan"))];
    for c in &consultation.snapshot.commitments {
        places.push((c.code.clone(), target_label(page, consultation, &c.code)));
        for s in &c.sections {
            let section = format!("{}/{}", c.code, s.key);
            places.push((section.clone(), target_label(page, consultation, &section)));
            let (shown, text) = shown_text(&s.text, locale, page.default_locale);
            for n in 1..=paragraphs(text).len() {
                let target = format!("{section}/{}/{n}", shown.code());
                places.push((target.clone(), target_label(page, consultation, &target)));
            }
        }
    }
    places
}

/// The language a frozen text is shown in: the reader's, else the instance's, else any.
pub(crate) fn shown_text(text: &domain::Localized, wanted: Locale, default: Locale) -> (Locale, &str) {
    match text.resolve(wanted, default) {
        Some(resolved) => (resolved.locale, resolved.text),
        None => (wanted, ""),
    }
}
