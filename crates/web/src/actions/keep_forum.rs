//! The forum register (OGP's multi-stakeholder forum): the secretariat creates and corrects
//! bodies (the forum, its sub-commissions), gives seats to people (an existing person, or a
//! new one created with the seat in one transaction, so a refused seat creates nobody), ends
//! seats (the record stays in the forum's history) and corrects a person's details.

use domain::forum::{Body, BodyForm, BodyInput, MembershipInput, Person, PersonInput};
use domain::permissions::Action;
use domain::validation::ValidationErrors;

use super::{invalid, taken, Actor, Refused};
use crate::error::AppError;
use crate::forms::FormValues;
use crate::state::AppState;

fn body_input(values: &FormValues) -> Result<BodyInput, Refused> {
    BodyInput::parse(&BodyForm {
        slug: values.get("slug").to_string(),
        kind: values.get("kind").to_string(),
        names: values.localized("name"),
        parent_id: values.get("parent_id").to_string(),
        theme_ids: values.all("theme_ids"),
    })
    .map_err(Refused::Invalid)
}

/// Creates a body of the forum. Returns it.
pub async fn create_body(state: &AppState, actor: Actor<'_>, values: &FormValues) -> Result<Body, Refused> {
    actor.may(Action::ManageForum)?;
    let input = body_input(values)?;
    state.db.create_body(&input, state.now()).await.map_err(taken("slug", "body-slug-taken"))
}

/// Corrects `body`.
pub async fn update_body(state: &AppState, actor: Actor<'_>, body: &Body, values: &FormValues) -> Result<(), Refused> {
    actor.may(Action::ManageForum)?;
    let input = body_input(values)?;
    state.db.update_body(body.id, &input, state.now()).await.map_err(taken("slug", "body-slug-taken"))
}

/// Gives a seat in `body`: to the person `person_id` names, or to a new person (name, e-mail,
/// whether it is public) when it is empty.
pub async fn add_seat(state: &AppState, actor: Actor<'_>, body: &Body, values: &FormValues) -> Result<(), Refused> {
    actor.may(Action::ManageForum)?;
    let mut errors = ValidationErrors::new();
    let seat = MembershipInput::parse(
        values.get("role"),
        values.get("institution_id"),
        values.get("starts_on"),
        values.get("ends_on"),
    )
    .map_err(|e| errors.0.extend(e.0))
    .ok();
    let existing = values.get("person_id").trim();
    let new_person = if existing.is_empty() {
        PersonInput::parse(values.get("person_name"), values.get("person_email"), values.has("email_public", "on"))
            .map_err(|e| errors.0.extend(e.0))
            .ok()
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
    let (Some((role, institution_id, starts_on, ends_on)), true) = (seat, errors.is_empty()) else {
        return Err(Refused::Invalid(errors));
    };
    let seat = MembershipInput { person_id: person_id.unwrap_or(0), role, institution_id, starts_on, ends_on };
    let saved = match (person_id, new_person) {
        (Some(_), _) => state.db.add_membership(body.id, &seat, state.now()).await.map(|_| ()),
        (None, Some(person)) => {
            state.db.add_membership_of_new_person(body.id, &person, &seat, state.now()).await.map(|_| ())
        }
        (None, None) => return Err(AppError::BadRequest.into()),
    };
    saved.map_err(Refused::from_store)
}

/// Ends seat `membership` on `ends_on` (an ISO date); the seat stays in the forum's history.
pub async fn end_seat(state: &AppState, actor: Actor<'_>, membership: i64, ends_on: &str) -> Result<(), Refused> {
    actor.may(Action::ManageForum)?;
    let Ok(Some(ends_on)) = domain::plan::parse_date(ends_on) else {
        return Err(invalid("ends_on", "date-invalid"));
    };
    state.db.end_membership(membership, ends_on).await.map_err(Refused::from_store)
}

/// Corrects `person`'s name, e-mail and whether the e-mail is public.
pub async fn update_person(
    state: &AppState,
    actor: Actor<'_>,
    person: &Person,
    values: &FormValues,
) -> Result<(), Refused> {
    actor.may(Action::ManageForum)?;
    let input =
        PersonInput::parse(values.get("person_name"), values.get("person_email"), values.has("email_public", "on"))
            .map_err(Refused::Invalid)?;
    Ok(state.db.update_person(person.id, &input).await?)
}
