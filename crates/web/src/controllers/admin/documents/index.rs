use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::documents::{Document, MAX_UPLOAD_BYTES};
use domain::permissions::Action;
use domain::validation::ValidationErrors;

use super::kind_codes;
use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::forms::FormValues;
use crate::state::AppState;
use crate::views::{render_status, Page};

/// Which of the page's two forms a submission came from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Upload,
    Link,
    /// The withdrawal form of one document.
    Withdraw(i64),
}

#[derive(Template)]
#[template(path = "admin/documents/index.html")]
struct IndexView {
    page: Page,
    documents: Vec<Document>,
    upload_values: FormValues,
    upload_errors: ValidationErrors,
    link_values: FormValues,
    link_errors: ValidationErrors,
    /// A refused withdrawal: the document, what was typed and why it was refused.
    withdraw: Option<(i64, FormValues, ValidationErrors)>,
    kinds: Vec<(String, String)>,
    languages: Vec<(String, String)>,
    meetings: Vec<(String, String)>,
    bodies: Vec<(String, String)>,
    max_megabytes: usize,
}

impl IndexView {
    /// The reason typed into a document's withdrawal form, and its error, after a refusal.
    fn withdraw_of(&self, id: &i64) -> (String, Option<String>) {
        match &self.withdraw {
            Some((target, values, errors)) if target == id => {
                (values.get("reason").to_string(), self.page.field_error(errors, "reason"))
            }
            _ => (String::new(), None),
        }
    }
}

pub(crate) async fn view(
    state: &AppState,
    ctx: &Ctx,
    failed: Option<(Which, FormValues, ValidationErrors)>,
) -> AppResult<Response> {
    let page = Page::new(state, ctx, "admin-documents-title");
    let today = crate::views::iso_date(Some(state.clock.now().date()));
    let defaults = || {
        let mut v = FormValues::default();
        v.set("published_on", today.clone());
        v.set("language", ctx.locale.code());
        v
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let (mut upload, mut link) = ((defaults(), ValidationErrors::new()), (defaults(), ValidationErrors::new()));
    let mut withdraw = None;
    match failed {
        Some((Which::Upload, values, errors)) => upload = (values, errors),
        Some((Which::Link, values, errors)) => link = (values, errors),
        Some((Which::Withdraw(id), values, errors)) => withdraw = Some((id, values, errors)),
        None => {}
    }
    let meetings = state
        .db
        .list_meetings()
        .await?
        .iter()
        .rev()
        .map(|m| {
            (
                m.id.to_string(),
                format!(
                    "{} · {}",
                    domain::forum::format_local(m.starts_at, &m.time_zone, "%Y-%m-%d"),
                    page.plain(&m.title)
                ),
            )
        })
        .collect();
    let view = IndexView {
        documents: state.db.list_documents().await?,
        languages: domain::documents::DOCUMENT_LANGUAGES
            .iter()
            .map(|code| (code.to_string(), page.language_name(code)))
            .collect(),
        kinds: kind_codes().iter().map(|k| (k.code().to_string(), page.label("document-kind", k.code()))).collect(),
        bodies: state.db.list_bodies().await?.iter().map(|b| (b.id.to_string(), page.plain(&b.name))).collect(),
        meetings,
        page,
        upload_values: upload.0,
        upload_errors: upload.1,
        link_values: link.0,
        link_errors: link.1,
        withdraw,
        max_megabytes: MAX_UPLOAD_BYTES / 1024 / 1024,
    };
    render_status(status, &view)
}

/// The repository's documents, and the forms that add a file or a link.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageForum)?;
    view(&state, &ctx, None).await
}
