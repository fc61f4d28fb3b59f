//! The document repository (OGP's minimum requirement on an online repository): the
//! secretariat uploads a file or registers a link published elsewhere, with its kind, title,
//! language, date and the meeting or body it comes from, and withdraws one with a public
//! reason (it stays listed; its file is no longer served). A refused or failed upload leaves
//! no file and no row (`store::files::save_upload`).

use domain::documents::{check_upload, Document, DocumentInput, DocumentSource};
use domain::permissions::Action;
use domain::validation::ValidationErrors;
use domain::{Locale, Localized};

use super::{invalid, Actor, Refused};
use crate::forms::FormValues;
use crate::state::AppState;

/// The longest withdrawal reason, in characters.
const MAX_REASON_CHARS: usize = 2000;

/// The fields every document has, from its form.
fn document_input(values: &FormValues) -> Result<DocumentInput, ValidationErrors> {
    DocumentInput::parse(
        values.get("kind"),
        &values.localized("title"),
        values.get("language"),
        values.get("published_on"),
        values.get("meeting_id"),
        values.get("body_id"),
    )
}

/// Registers a document published elsewhere, by its http(s) address (`url` field).
pub async fn link(state: &AppState, actor: Actor<'_>, values: &FormValues) -> Result<i64, Refused> {
    let user = actor.may(Action::ManageForum)?;
    let mut errors = ValidationErrors::new();
    let url = errors.check("url", domain::forum::web_link(values.get("url")));
    let input = document_input(values).map_err(|e| errors.0.extend(e.0)).ok();
    let (Some(input), Some(url), true) = (input, url, errors.is_empty()) else {
        return Err(Refused::Invalid(errors));
    };
    state
        .db
        .add_document(&input, &DocumentSource::Link { url }, Some(user), state.now())
        .await
        .map_err(Refused::from_store)
}

/// Stores an uploaded file (its name and bytes; the bytes decide its type) with its fields.
pub async fn upload(
    state: &AppState,
    actor: Actor<'_>,
    values: &FormValues,
    file: Option<(String, Vec<u8>)>,
) -> Result<i64, Refused> {
    let user = actor.may(Action::ManageForum)?;
    let mut errors = ValidationErrors::new();
    let checked = match &file {
        None => {
            errors.add("file", "file-required");
            None
        }
        Some((name, bytes)) => check_upload(name, bytes).map_err(|refusal| errors.add("file", refusal.code())).ok(),
    };
    let input = document_input(values).map_err(|e| errors.0.extend(e.0)).ok();
    let (Some(input), Some(checked), Some((_, bytes)), true) = (input, checked, file, errors.is_empty()) else {
        return Err(Refused::Invalid(errors));
    };
    store::files::save_upload(state.db.as_ref(), &state.files, &input, &checked, bytes, Some(user), state.now())
        .await
        .map_err(Refused::from_store)
}

/// Withdraws a document behind a public reason, recorded in the language of the person who
/// gives it.
pub async fn withdraw(
    state: &AppState,
    actor: Actor<'_>,
    document: &Document,
    reason: &str,
    locale: Locale,
) -> Result<(), Refused> {
    actor.may(Action::ManageForum)?;
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > MAX_REASON_CHARS {
        return Err(invalid("reason", "withdraw-reason-required"));
    }
    let reason = Localized::from_pairs([(locale, reason)]);
    state.db.withdraw_document(document.id, &reason, state.now()).await?;
    Ok(())
}
