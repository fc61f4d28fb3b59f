use axum::extract::State;
use axum::response::Response;
use domain::forum::{MembershipInput, PersonInput};
use domain::permissions::Action;
use domain::validation::ValidationErrors;

use super::body::view;
use crate::auth::require;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::forms::{refused, CsrfForm, FormValues, Path};
use crate::state::AppState;

/// Seats a person in a body: an existing person, or a new one typed in the same form.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    At(body): At<domain::forum::Body>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageForum)?;
    let values = FormValues(pairs);
    let mut errors = ValidationErrors::new();
    let seat = MembershipInput::parse(
        values.get("role"),
        values.get("institution_id"),
        values.get("starts_on"),
        values.get("ends_on"),
    );
    let existing = values.get("person_id").trim();
    let new_person = if existing.is_empty() {
        match PersonInput::parse(
            values.get("person_name"),
            values.get("person_email"),
            values.has("email_public", "on"),
        ) {
            Ok(p) => Some(p),
            Err(e) => {
                errors.0.extend(e.0);
                None
            }
        }
    } else {
        None
    };
    let person_id = match existing.parse::<i64>() {
        Ok(id) => Some(id),
        Err(_) if existing.is_empty() => None,
        Err(_) => {
            errors.add("person_id", "person-unknown");
            None
        }
    };
    let (role, institution_id, starts_on, ends_on) = match seat {
        Ok(seat) if errors.is_empty() => seat,
        Ok(_) => return view(&state, &ctx, body, None, Some((values, errors))).await,
        Err(e) => {
            errors.0.extend(e.0);
            return view(&state, &ctx, body, None, Some((values, errors))).await;
        }
    };
    let seat = MembershipInput { person_id: person_id.unwrap_or(0), role, institution_id, starts_on, ends_on };
    let saved = match (person_id, new_person) {
        (Some(_), _) => state.db.add_membership(body.id, &seat, state.now()).await.map(|_| ()),
        // The person is created in the same transaction as the seat: a refused seat creates nobody.
        (None, Some(person)) => {
            state.db.add_membership_of_new_person(body.id, &person, &seat, state.now()).await.map(|_| ())
        }
        (None, None) => return Err(AppError::BadRequest),
    };
    match saved {
        Ok(_) => Ok(ctx.see_other(&format!("/admin/forum/{}?notice=saved", body.id))),
        Err(err) => {
            errors.0.extend(refused(err)?.0);
            view(&state, &ctx, body, None, Some((values, errors))).await
        }
    }
}

/// Ends a membership on the given date (the record stays in the forum's history).
pub async fn end(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageForum)?;
    let membership_id = id;
    let membership =
        state.db.all_memberships().await?.into_iter().find(|m| m.id == membership_id).ok_or(AppError::NotFound)?;
    let body = state.db.body(membership.body_id).await?.ok_or(AppError::NotFound)?;
    let values = FormValues(pairs);
    let ends_on = match domain::plan::parse_date(values.get("ends_on")) {
        Ok(Some(date)) => date,
        _ => {
            let mut errors = ValidationErrors::new();
            errors.add("ends_on", "date-invalid");
            return view(&state, &ctx, body, None, Some((values, errors))).await;
        }
    };
    match state.db.end_membership(membership.id, ends_on).await {
        Ok(()) => Ok(ctx.see_other(&format!("/admin/forum/{}?notice=saved", body.id))),
        Err(err) => view(&state, &ctx, body, None, Some((values, refused(err)?))).await,
    }
}
