use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::commitment::{Commitment, CommitmentStatus, OgpValue, TEXT_FIELDS};
use domain::institution::Institution;
use domain::plan::Plan;
use domain::revision::{may_change_status, may_edit_design, Design};
use domain::validation::ValidationErrors;
use domain::{Locale, Localized};

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::forms::CsrfForm;
use crate::state::AppState;
use crate::views::{iso_date, render_status, Page};

/// The fields drafters edit: every template text but the full text, which is the
/// published source and stays as imported.
pub fn editable_texts() -> Vec<&'static str> {
    TEXT_FIELDS.iter().copied().filter(|f| *f != "full-text").collect()
}

#[derive(Template)]
#[template(path = "admin/commitments/edit.html")]
struct EditView {
    page: Page,
    commitment: Commitment,
    plan: Plan,
    design: Design,
    /// Raw date inputs, kept as typed when they do not parse.
    starts_on: String,
    ends_on: String,
    institutions: Vec<Institution>,
    errors: ValidationErrors,
    /// Adopted: only the status may change.
    status_only: bool,
    /// The quality checks of the saved version, shown beside the form while drafting.
    findings: Vec<domain::quality::Finding>,
}

impl EditView {
    fn text(&self, field: &str, locale: &Locale) -> String {
        self.design.texts.get(field).and_then(|t| t.get(*locale)).unwrap_or_default().to_string()
    }
    fn is_lead(&self, id: &i64) -> bool {
        self.design.lead_institution_id == Some(*id)
    }
    fn rows(&self, field: &str) -> u8 {
        if field.ends_with("title") {
            2
        } else {
            4
        }
    }
    fn supports(&self, id: &i64) -> bool {
        self.design.supporting_institution_ids.contains(id)
    }
    fn has_value(&self, value: &OgpValue) -> bool {
        self.design.values.contains(value)
    }
    fn fields(&self) -> Vec<&'static str> {
        editable_texts()
    }
    fn statuses(&self) -> [CommitmentStatus; 6] {
        CommitmentStatus::ALL
    }
    fn ogp_values(&self) -> [OgpValue; 4] {
        OgpValue::ALL
    }
    fn locales(&self) -> [Locale; 4] {
        Locale::ALL
    }
}

pub(crate) struct Loaded {
    pub commitment: Commitment,
    pub plan: Plan,
    pub status_only: bool,
}

/// Loads the commitment and decides what this person may change, or refuses.
pub(crate) async fn load(state: &AppState, ctx: &Ctx, commitment: Commitment) -> AppResult<Loaded> {
    let plan = state.db.plan(commitment.plan_id).await?.ok_or(AppError::NotFound)?;
    let today = state.clock.now().date();
    let status_only = match may_edit_design(&ctx.principal, &commitment, &plan, today) {
        Ok(()) => false,
        Err("edit-locked-adopted") if may_change_status(&ctx.principal) => true,
        Err(_) if ctx.user.is_none() => return Err(AppError::LoginRequired),
        Err(_) => return Err(AppError::Forbidden),
    };
    Ok(Loaded { commitment, plan, status_only })
}

/// Loads a commitment whose design (milestones and indicators included) this person may change.
pub(crate) async fn load_design(state: &AppState, ctx: &Ctx, commitment: Commitment) -> AppResult<Loaded> {
    let loaded = load(state, ctx, commitment).await?;
    if loaded.status_only {
        return Err(AppError::Forbidden);
    }
    Ok(loaded)
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    loaded: Loaded,
    design: Design,
    dates: (String, String),
    errors: ValidationErrors,
) -> AppResult<Response> {
    let page = Page::new(state, ctx, "edit-commitment-title");
    let title = format!("{} · {}", page.t("edit-commitment-title"), loaded.commitment.code);
    let mut institutions = state.db.list_institutions().await?;
    institutions.sort_by_key(|i| page.plain(&i.name).to_lowercase());
    let milestones = state.db.milestones_of(loaded.commitment.id).await?;
    let indicators = state.db.indicators_of(loaded.commitment.id).await?;
    let branch_of = |id: i64| institutions.iter().find(|i| i.id == id).map(|i| i.branch);
    let findings = domain::quality::check_commitment(
        &loaded.commitment,
        &milestones,
        &indicators,
        &loaded.plan,
        branch_of,
        &state.config.content_languages,
    );
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let view = EditView {
        findings,
        page: page.titled(title),
        commitment: loaded.commitment,
        plan: loaded.plan,
        design,
        starts_on: dates.0,
        ends_on: dates.1,
        institutions,
        errors,
        status_only: loaded.status_only,
    };
    render_status(status, &view)
}

pub async fn form(State(state): State<AppState>, ctx: Ctx, At(commitment): At<Commitment>) -> AppResult<Response> {
    let loaded = load(&state, &ctx, commitment).await?;
    let design = Design::of(&loaded.commitment);
    let dates = (iso_date(design.starts_on), iso_date(design.ends_on));
    view(&state, &ctx, loaded, design, dates, ValidationErrors::new()).await
}

fn parse_date(raw: &str) -> Result<Option<time::Date>, &'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    time::Date::parse(raw, time::macros::format_description!("[year]-[month]-[day]"))
        .map(Some)
        .map_err(|_| "date-invalid")
}

/// Saves the design as a new revision; every error is shown next to its field and the
/// reader's input is kept.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    At(commitment): At<Commitment>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let loaded = load(&state, &ctx, commitment).await?;
    let get = |key: &str| crate::forms::field(&pairs, key);
    let all = |key: &str| pairs.iter().filter(|(k, _)| k == key).map(|(_, v)| v.as_str()).collect::<Vec<_>>();
    let mut errors = ValidationErrors::new();
    let institutions = state.db.list_institutions().await?;
    let known = |id: i64| institutions.iter().any(|i| i.id == id);

    let current = Design::of(&loaded.commitment);
    let mut design = current.clone();
    design.status = errors.check("status", CommitmentStatus::parse(get("status"))).unwrap_or(current.status);
    let dates = (get("starts_on").to_string(), get("ends_on").to_string());
    if !loaded.status_only {
        for field in editable_texts() {
            let text = Localized::from_pairs(Locale::ALL.iter().map(|l| (*l, get(&format!("{field}_{}", l.code())))));
            if text.is_empty() {
                design.texts.remove(field);
            } else {
                design.texts.insert(field.to_string(), text);
            }
        }
        if !design.texts.contains_key("title") {
            errors.add("title", "title-required");
        }
        design.lead_institution_id = match get("lead").trim() {
            "" => None,
            raw => match raw.parse::<i64>().ok().filter(|id| known(*id)) {
                Some(id) => Some(id),
                None => {
                    errors.add("lead", "institution-unknown");
                    None
                }
            },
        };
        let mut supporters = vec![];
        for raw in all("supporters") {
            match raw.parse::<i64>().ok().filter(|id| known(*id)) {
                Some(id) if Some(id) != design.lead_institution_id && !supporters.contains(&id) => supporters.push(id),
                Some(_) => {}
                None => errors.add("supporters", "institution-unknown"),
            }
        }
        supporters.sort_unstable();
        design.supporting_institution_ids = supporters;
        design.values = OgpValue::ALL.into_iter().filter(|v| all("values").contains(&v.code())).collect();
        let starts = errors.check("starts_on", parse_date(&dates.0));
        let ends = errors.check("ends_on", parse_date(&dates.1));
        if let (Some(starts), Some(ends)) = (starts, ends) {
            if let Err(code) =
                domain::commitment::check_milestone_dates(starts, ends, loaded.plan.starts_on, loaded.plan.ends_on)
            {
                errors.add("ends_on", code);
            }
            design.starts_on = starts;
            design.ends_on = ends;
        }
    }
    if !errors.is_empty() {
        return view(&state, &ctx, loaded, design, dates, errors).await;
    }
    let author = ctx.user.as_ref().map(|u| u.id).ok_or(AppError::LoginRequired)?;
    state.db.save_commitment_design(loaded.commitment.id, &design, author, state.now()).await?;
    Ok(ctx.see_other(&format!("/commitments/{}/history?notice=saved", loaded.commitment.code)))
}
