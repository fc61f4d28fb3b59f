//! The register of institutions (ministries, parliament, the judiciary, independent bodies),
//! shared by every plan: whoever manages institutions creates and corrects them (a name in
//! each language, an acronym, a branch, a parent, never a cycle) and merges a duplicate into
//! the one kept (the OGP data names one ministry several ways): every link moves, the
//! duplicate goes.

use domain::institution::{Institution, InstitutionForm, InstitutionInput};
use domain::permissions::Action;
use domain::validation::ValidationErrors;
use domain::Locale;
use serde::Deserialize;
use store::StoreError;

use super::{invalid, taken, Actor, Refused};
use crate::error::AppError;
use crate::state::AppState;

/// The institution form as posted: one name field per locale.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InstitutionFields {
    pub slug: String,
    pub name_ar: String,
    pub name_fr: String,
    pub name_en: String,
    pub name_zgh: String,
    pub acronym: String,
    pub branch: String,
    pub parent_id: String,
}

impl InstitutionFields {
    pub fn from_institution(i: &Institution) -> Self {
        let name = |l| i.name.get(l).unwrap_or_default().to_string();
        InstitutionFields {
            slug: i.slug.as_str().to_string(),
            name_ar: name(Locale::Ar),
            name_fr: name(Locale::Fr),
            name_en: name(Locale::En),
            name_zgh: name(Locale::Zgh),
            acronym: i.acronym.clone().unwrap_or_default(),
            branch: i.branch.code().to_string(),
            parent_id: i.parent_id.map(|p| p.to_string()).unwrap_or_default(),
        }
    }

    pub fn name(&self, locale: &Locale) -> &str {
        match locale {
            Locale::Ar => &self.name_ar,
            Locale::Fr => &self.name_fr,
            Locale::En => &self.name_en,
            Locale::Zgh => &self.name_zgh,
        }
    }

    /// Parses against the current institutions (for the parent and cycle checks).
    pub fn parse(&self, self_id: Option<i64>, all: &[Institution]) -> Result<InstitutionInput, ValidationErrors> {
        let form = InstitutionForm {
            slug: self.slug.clone(),
            names: Locale::ALL.iter().map(|l| (*l, self.name(l).to_string())).collect(),
            acronym: self.acronym.clone(),
            branch: self.branch.clone(),
            parent_id: self.parent_id.clone(),
        };
        let ancestors = |id: i64| -> Option<Vec<i64>> {
            all.iter().find(|i| i.id == id)?;
            let mut chain = vec![];
            let mut current = all.iter().find(|i| i.id == id).and_then(|i| i.parent_id);
            while let Some(p) = current {
                if chain.contains(&p) {
                    break;
                }
                chain.push(p);
                current = all.iter().find(|i| i.id == p).and_then(|i| i.parent_id);
            }
            Some(chain)
        };
        InstitutionInput::parse(&form, self_id, ancestors)
    }
}

/// Creates an institution. Returns it.
pub async fn create(state: &AppState, actor: Actor<'_>, fields: &InstitutionFields) -> Result<Institution, Refused> {
    actor.may(Action::ManageInstitutions)?;
    let all = state.db.list_institutions().await?;
    let input = fields.parse(None, &all).map_err(Refused::Invalid)?;
    state.db.create_institution(&input, state.now()).await.map_err(taken("slug", "slug-taken"))
}

/// Corrects institution `id`.
pub async fn update(state: &AppState, actor: Actor<'_>, id: i64, fields: &InstitutionFields) -> Result<(), Refused> {
    actor.may(Action::ManageInstitutions)?;
    let all = state.db.list_institutions().await?;
    if !all.iter().any(|i| i.id == id) {
        return Err(AppError::NotFound.into());
    }
    let input = fields.parse(Some(id), &all).map_err(Refused::Invalid)?;
    state.db.update_institution(id, &input, state.now()).await.map(|_| ()).map_err(taken("slug", "slug-taken"))
}

/// Merges institution `from` into the one `into` names (its id as the form sends it):
/// refused into itself or into one that does not exist. Returns the id kept.
pub async fn merge(state: &AppState, actor: Actor<'_>, from: i64, into: &str) -> Result<i64, Refused> {
    actor.may(Action::ManageInstitutions)?;
    state.db.institution(from).await?.ok_or(AppError::NotFound)?;
    let into = match into.trim().parse::<i64>() {
        Ok(into) if into == from => return Err(invalid("into", "merge-into-itself")),
        Ok(into) if state.db.institution(into).await?.is_some() => into,
        _ => return Err(invalid("into", "merge-target-unknown")),
    };
    match state.db.merge_institution(from, into, state.now()).await {
        Ok(()) => Ok(into),
        Err(StoreError::NotFound) => Err(AppError::NotFound.into()),
        Err(err) => Err(err.into()),
    }
}
