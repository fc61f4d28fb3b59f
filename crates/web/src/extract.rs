//! Records named in the address, loaded before the handler runs.
//!
//! Why: 93 handlers began with the same four lines — take the `{id}` as a `String`, parse it
//! (`parse_id`), load the record, `.ok_or(NotFound)` — and each area had its own `load`. A
//! handler now names what it works on, `At(plan): At<Plan>`, and receives the record; an
//! address naming nothing (`/plans/nope`, `/admin/meetings/12x`, an id past `i64`) is the same
//! translated 404 everywhere. Ids that are only passed on to the store take
//! [`crate::forms::Path`]`<i64>`, which parses and answers 404 alike.
//!
//! The record is loaded before the handler checks permissions, so a visitor without the right
//! learns that an id does not exist (404) before being refused one that does (403/sign-in):
//! ids are sequential and public on the portal's own pages, so this tells nobody anything new.

use std::future::Future;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use domain::commitment::Commitment;
use domain::consultation::Consultation;
use domain::contribution::Contribution;
use domain::forum::{Body, Meeting, Person};
use domain::institution::Institution;
use domain::plan::Plan;

use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// A record an address can name by its one path parameter.
pub trait Named: Sized + Send {
    /// The record `key` names, if there is one.
    fn named(state: &AppState, key: &str) -> impl Future<Output = AppResult<Option<Self>>> + Send;
}

/// The record named by the route's one path parameter, or a 404.
pub struct At<T>(pub T);

impl<T: Named> FromRequestParts<AppState> for At<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let crate::forms::Path(key) = crate::forms::Path::<String>::from_request_parts(parts, state).await?;
        T::named(state, &key).await?.map(At).ok_or(AppError::NotFound)
    }
}

/// A numeric id from the address: anything but a whole number names nothing.
fn id(key: &str) -> Option<i64> {
    key.parse().ok()
}

/// Loads by id, or answers "nothing" for a key that is not a number.
async fn by_id<T, F>(key: &str, load: impl FnOnce(i64) -> F) -> AppResult<Option<T>>
where
    F: Future<Output = Result<Option<T>, store::StoreError>>,
{
    match id(key) {
        Some(id) => Ok(load(id).await?),
        None => Ok(None),
    }
}

/// Loads by slug, then by id when no record has that slug: plans, institutions and bodies
/// are named by slug on public pages (`/plans/2024-2027`) and by id in the back office and
/// older links; the slug wins when both could match.
async fn by_slug_or_id<T, S, I>(key: &str, by_slug: S, load: impl FnOnce(i64) -> I) -> AppResult<Option<T>>
where
    S: Future<Output = Result<Option<T>, store::StoreError>>,
    I: Future<Output = Result<Option<T>, store::StoreError>>,
{
    match by_slug.await? {
        Some(found) => Ok(Some(found)),
        None => by_id(key, load).await,
    }
}

impl Named for Plan {
    async fn named(state: &AppState, key: &str) -> AppResult<Option<Self>> {
        by_slug_or_id(key, state.db.plan_by_slug(key), |id| state.db.plan(id)).await
    }
}

impl Named for Institution {
    async fn named(state: &AppState, key: &str) -> AppResult<Option<Self>> {
        by_slug_or_id(key, state.db.institution_by_slug(key), |id| state.db.institution(id)).await
    }
}

impl Named for Body {
    async fn named(state: &AppState, key: &str) -> AppResult<Option<Self>> {
        by_slug_or_id(key, state.db.body_by_slug(key), |id| state.db.body(id)).await
    }
}

/// Commitments are named by their OGP code (`MO0050`).
impl Named for Commitment {
    async fn named(state: &AppState, key: &str) -> AppResult<Option<Self>> {
        Ok(state.db.commitment_by_code(key).await?)
    }
}

/// Records named by their numeric id only: `Type => the store's loader`.
macro_rules! named_by_id {
    ($($record:ty => $load:ident),* $(,)?) => {$(
        impl Named for $record {
            async fn named(state: &AppState, key: &str) -> AppResult<Option<Self>> {
                by_id(key, |id| state.db.$load(id)).await
            }
        }
    )*};
}

named_by_id!(
    Consultation => consultation,
    Contribution => contribution,
    Meeting => meeting,
    Person => person,
    domain::news::NewsPost => news,
    domain::portal::Portal => portal,
    domain::commitment::Milestone => milestone,
    domain::commitment::Indicator => indicator,
    domain::documents::Document => document,
    store::User => user,
);

/// A feed's file name, `{key}.atom`: the record `key` names (`/feeds/plans/2024-2027.atom`).
pub struct Atom<T>(pub T);

impl<T: Named> Named for Atom<T> {
    async fn named(state: &AppState, key: &str) -> AppResult<Option<Self>> {
        match key.strip_suffix(".atom") {
            Some(key) => Ok(T::named(state, key).await?.map(Atom)),
            None => Ok(None),
        }
    }
}
