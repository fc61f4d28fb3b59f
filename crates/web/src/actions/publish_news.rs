//! News and the communication plan (OGP asks the forum to communicate on the process): the
//! secretariat and the members of the communication sub-commission write news posts and
//! plan communication actions (audience, channel, date), then mark them done or cancelled.

use domain::news::{ActionInput, ActionStatus, NewsInput};
use domain::permissions::{can, Action, Scope};

use super::{Actor, Refused};
use crate::error::AppError;
use crate::forms::FormValues;
use crate::state::AppState;

/// The body whose members write the news (the communication sub-commission).
pub const COMMUNICATION_BODY: &str = "communication";

/// The account writing, if it may: the secretariat (who runs the forum) or a member of the
/// communication sub-commission.
pub async fn may_write(state: &AppState, actor: Actor<'_>) -> Result<i64, AppError> {
    let user = actor.user.ok_or(AppError::LoginRequired)?;
    let body = state.db.body_by_slug(COMMUNICATION_BODY).await?;
    let member = body.is_some_and(|b| can(actor.principal, Action::CoDraft(Scope::Body(b.id))));
    if can(actor.principal, Action::ManageForum) || member {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}

fn news_input(values: &FormValues) -> Result<NewsInput, Refused> {
    NewsInput::parse(&values.localized("title"), &values.localized("body"), values.get("published_on"))
        .map_err(Refused::Invalid)
}

/// Publishes a news post (title and body in one or more languages, a date). Returns its id.
pub async fn create(state: &AppState, actor: Actor<'_>, values: &FormValues) -> Result<i64, Refused> {
    let author = may_write(state, actor).await?;
    let input = news_input(values)?;
    Ok(state.db.create_news(&input, author, state.now()).await?)
}

/// Corrects news post `id`.
pub async fn update(state: &AppState, actor: Actor<'_>, id: i64, values: &FormValues) -> Result<(), Refused> {
    may_write(state, actor).await?;
    let input = news_input(values)?;
    Ok(state.db.update_news(id, &input, state.now()).await?)
}

/// Adds an action to the communication plan.
pub async fn add_action(state: &AppState, actor: Actor<'_>, values: &FormValues) -> Result<i64, Refused> {
    may_write(state, actor).await?;
    let input = ActionInput::parse(
        &values.localized("action_title"),
        &values.localized("audience"),
        values.get("channel"),
        values.get("date"),
        values.get("status"),
    )
    .map_err(Refused::Invalid)?;
    Ok(state.db.create_action(&input, state.now()).await?)
}

/// Marks action `id` done or cancelled (or planned again); an unknown status is a bad request.
pub async fn set_action_status(state: &AppState, actor: Actor<'_>, id: i64, status: &str) -> Result<(), AppError> {
    may_write(state, actor).await?;
    let status = ActionStatus::parse(status).map_err(|_| AppError::BadRequest)?;
    Ok(state.db.set_action_status(id, status, state.now()).await?)
}
