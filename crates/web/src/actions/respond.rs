//! Responding to a contribution (OGP minimum requirement 4.1: a reasoned response to every
//! contribution). The sub-commission of the contribution's theme drafts, the secretariat
//! publishes, and publishing tells the author by e-mail in their own language; a proposal can
//! also be merged into a new draft commitment, which drafts the response "merged into" it.

use domain::commitment::parse_code;
use domain::consultation::{ResponseInput, ResponseStatus};
use domain::contribution::{Contribution, ContributionInput};
use domain::permissions::{can, Action, Principal, Scope};
use domain::{Locale, Localized};
use store::NewMail;

use super::{invalid, taken, Actor, Refused};
use crate::error::AppError;
use crate::state::AppState;

/// Who may draft the response to a contribution: the secretariat, or members of the
/// sub-commission that drafts its theme. Once published, only the secretariat changes it.
pub fn may_draft(principal: &Principal, contribution: &Contribution) -> bool {
    let published = contribution.published_response().is_some();
    can(principal, Action::RunConsultation)
        || (!published && contribution.theme_id.is_some_and(|t| can(principal, Action::CoDraft(Scope::Theme(t)))))
}

/// What the drafting form sends: the status code, the commitment merged into (a code of the
/// plan), the revision it caused and the justification in one or more languages.
pub struct Draft<'a> {
    pub status: &'a str,
    pub merged_into: &'a str,
    pub revision_id: &'a str,
    pub justification: Vec<(Locale, String)>,
}

/// Saves the draft of a response; the author hears nothing until it is published.
pub async fn draft(
    state: &AppState,
    actor: Actor<'_>,
    contribution: &Contribution,
    form: &Draft<'_>,
) -> Result<(), Refused> {
    let user = actor.user.ok_or(AppError::LoginRequired)?;
    if !may_draft(actor.principal, contribution) {
        return Err(AppError::Forbidden.into());
    }
    let plan_commitments = state.db.commitments_of_plan(contribution.plan_id).await?;
    let input = ResponseInput::parse(form.status, form.merged_into, &form.justification, form.revision_id, |code| {
        plan_commitments.iter().find(|c| c.code.eq_ignore_ascii_case(code)).map(|c| c.id)
    })
    .map_err(Refused::Invalid)?;
    state.db.draft_response(contribution.id, &input, user, state.now()).await.map_err(Refused::from_store)
}

/// Publishes the drafted response and queues the author's e-mail, in their language, with
/// their own words, the status, the justification and a link to "what happened to my input".
pub async fn publish(state: &AppState, actor: Actor<'_>, contribution: &Contribution) -> Result<(), Refused> {
    let user = actor.may(Action::RunConsultation)?;
    let author = state.db.user(contribution.author_id).await?.ok_or(AppError::NotFound)?;
    let mail = contribution.response.as_ref().map(|response| {
        let locale = Locale::parse_or(&author.locale, state.config.default_locale);
        let justification = response
            .justification
            .resolve(locale, state.config.default_locale)
            .map(|r| r.text.to_string())
            .unwrap_or_default();
        let link = format!("{}/{}/account/contributions#c-{}", state.config.base_url, locale.code(), contribution.id);
        let excerpt: String = if contribution.title.is_empty() { &contribution.body } else { &contribution.title }
            .chars()
            .take(200)
            .collect();
        NewMail {
            recipient: author.email.clone(),
            subject: state.i18n.t(locale, "mail-response-subject"),
            body: state.i18n.t_args(
                locale,
                "mail-response-body",
                &[
                    ("name", &author.name),
                    ("contribution", &excerpt),
                    ("status", &state.i18n.t(locale, &format!("response-status-{}", response.status.code()))),
                    ("justification", &justification),
                    ("link", &link),
                ],
            ),
            unsubscribe: None,
        }
    });
    state.db.publish_response(contribution.id, mail.as_ref(), user, state.now()).await.map_err(Refused::from_store)?;
    state.mail_waker.notify_one();
    Ok(())
}

/// Turns a proposal into a new draft commitment under its theme, named `code` and titled
/// with the proposal's title in `locale`, and drafts the response "merged into" it for the
/// secretariat to complete and publish.
pub async fn merge(
    state: &AppState,
    actor: Actor<'_>,
    contribution: &Contribution,
    code: &str,
    locale: Locale,
) -> Result<(), Refused> {
    let user = actor.may(Action::ManagePlans)?;
    if !ContributionInput::is_idea(contribution.kind) {
        return Err(AppError::NotFound.into());
    }
    let code = parse_code(code).map_err(|code_error| invalid("code", code_error))?;
    let title = Localized::from_pairs([(locale, contribution.title.as_str())]);
    let now = state.now();
    let commitment = state
        .db
        .create_commitment(contribution.plan_id, &code, contribution.theme_id, &title, now)
        .await
        .map_err(taken("code", "code-taken"))?;
    let justification =
        Localized::from_pairs([(locale, state.i18n.t_args(locale, "merge-justification", &[("code", &code)]))]);
    let input = ResponseInput {
        status: ResponseStatus::Merged,
        merged_into: Some(commitment),
        justification,
        revision_id: None,
    };
    state.db.draft_response(contribution.id, &input, user, now).await?;
    Ok(())
}
