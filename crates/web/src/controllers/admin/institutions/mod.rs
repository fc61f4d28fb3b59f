pub mod create;
pub mod index;
pub mod merge;
pub mod update;

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use domain::institution::{Branch, Institution};
use domain::validation::ValidationErrors;
use domain::Locale;

use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{render_status, Page};

pub use crate::actions::keep_institutions::InstitutionFields;

#[derive(Template)]
#[template(path = "admin/institution_form.html")]
pub struct InstitutionFormView {
    pub page: Page,
    pub action: String,
    pub fields: InstitutionFields,
    pub errors: ValidationErrors,
    pub branches: Vec<Branch>,
    pub parents: Vec<Institution>,
    pub locales: [Locale; 4],
    /// The institution being edited (none on the creation form).
    pub editing: Option<i64>,
    /// Institutions this one can be merged into, likely duplicates first.
    pub merge_into: Vec<Institution>,
}

fn all_by_id(all: &[Institution], id: i64) -> Option<&Institution> {
    all.iter().find(|i| i.id == id)
}

pub(crate) async fn render_form(
    state: &AppState,
    ctx: &Ctx,
    title_id: &str,
    editing: Option<i64>,
    fields: InstitutionFields,
    errors: ValidationErrors,
) -> AppResult<Response> {
    let page = Page::new(state, ctx, title_id);
    let action = match editing {
        Some(id) => page.href(&format!("/admin/institutions/{id}")),
        None => page.href("/admin/institutions"),
    };
    let parents_all = state.db.list_institutions().await?;
    let mut parents: Vec<Institution> = parents_all.iter().filter(|i| Some(i.id) != editing).cloned().collect();
    parents.sort_by_key(|i| page.plain(&i.name).to_lowercase());
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    // Likely duplicates first in the merge list: the same name once normalised, or the same acronym.
    let this = editing.and_then(|id| all_by_id(&parents_all, id));
    let mut merge_into = parents.clone();
    if let Some(this) = this {
        let key = domain::text::institution_key(&this.name);
        let same = |i: &Institution| {
            (key.is_some() && domain::text::institution_key(&i.name) == key)
                || (this.acronym.is_some()
                    && i.acronym.as_deref().map(str::to_lowercase) == this.acronym.as_deref().map(str::to_lowercase))
        };
        merge_into.sort_by_key(|i| !same(i));
    }
    let view = InstitutionFormView {
        editing,
        merge_into,
        page,
        action,
        fields,
        errors,
        branches: Branch::ALL.to_vec(),
        parents,
        locales: Locale::ALL,
    };
    render_status(status, &view)
}
