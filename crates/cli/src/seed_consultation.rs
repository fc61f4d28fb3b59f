//! The demo's closed consultation, from `demo/consultation.json`: the draft of Morocco's
//! second plan frozen and commented on paragraph by paragraph, every comment answered, one
//! hidden by a moderator, and the final plan adopted, so the record is visible on first start.

use std::collections::{BTreeMap, HashMap};

use anyhow::{anyhow, Context};
use domain::consultation::{FrozenPlan, ResponseInput, ResponseStatus};
use domain::contribution::ContributionInput;
use domain::{Locale, Localized};
use serde::Deserialize;
use store::{Database, NewUser};

const CONSULTATION: &str = include_str!("../../../demo/consultation.json");
const DAY: i64 = 86_400;

#[derive(Deserialize)]
struct Demo {
    plan_ogp_id: String,
    opens_days_before_start: i64,
    length_days: i64,
    adopted_days_before_start: i64,
    comments: Vec<DemoComment>,
}

#[derive(Deserialize)]
struct DemoComment {
    key: String,
    author: String,
    day: i64,
    #[serde(default)]
    target: String,
    #[serde(default)]
    reply_to: Option<String>,
    body: String,
    #[serde(default)]
    response: Option<DemoResponse>,
    #[serde(default)]
    hidden: Option<String>,
}

#[derive(Deserialize)]
struct DemoResponse {
    status: String,
    #[serde(default)]
    merged_into: Option<String>,
    justification: BTreeMap<Locale, String>,
}

/// `CODE/milestone#N` names the N-th milestone of a commitment, whose id the seed only
/// learns once it is stored.
fn resolve_target(target: &str, snapshot: &FrozenPlan) -> String {
    let Some((code, n)) = target.split_once("/milestone#") else { return target.to_string() };
    let n: usize = n.parse().unwrap_or(1);
    snapshot
        .commitment(code)
        .and_then(|c| c.sections.iter().filter(|s| s.is_milestone()).nth(n.saturating_sub(1)))
        .map(|s| format!("{code}/{}", s.key))
        .unwrap_or_else(|| code.to_string())
}

pub async fn seed_consultation(db: &dyn Database, now: i64) -> anyhow::Result<()> {
    let demo: Demo = serde_json::from_str(CONSULTATION).context("demo/consultation.json is invalid")?;
    let Some(plan) = db.list_plans().await?.into_iter().find(|p| p.ogp_id.as_deref() == Some(&demo.plan_ogp_id)) else {
        return Ok(());
    };
    let Some(start) = plan.starts_on else { return Ok(()) };
    let secretariat =
        db.user_by_email("secretariat@demo.sharaka.ma").await?.ok_or_else(|| anyhow!("demo secretariat missing"))?;
    let opens_on = start - time::Duration::days(demo.opens_days_before_start);
    let closes_on = opens_on + time::Duration::days(demo.length_days - 1);
    let opened_at = opens_on.midnight().assume_utc().unix_timestamp() + 9 * 3600;
    let mut parts = vec![];
    for commitment in db.commitments_of_plan(plan.id).await? {
        let milestones = db.milestones_of(commitment.id).await?;
        parts.push((commitment, milestones));
    }
    let snapshot = FrozenPlan::of(&parts);
    let consultation_id =
        db.open_consultation(plan.id, (opens_on, closes_on), &snapshot, secretariat.id, opened_at).await?;
    let consultation = db.consultation(consultation_id).await?.ok_or_else(|| anyhow!("demo consultation vanished"))?;

    let mut ids: HashMap<String, i64> = HashMap::new();
    for c in &demo.comments {
        let author = match db.user_by_email(&c.author).await? {
            Some(user) => user,
            // A one-off account for the demo's spam; its password hash matches no password.
            None => {
                let user = NewUser {
                    email: c.author.clone(),
                    name: "Annonces Web".into(),
                    password_hash: "!".into(),
                    locale: "fr".into(),
                    email_verified_at: Some(now),
                };
                db.create_user(&user, now).await?
            }
        };
        let parent = match &c.reply_to {
            Some(key) => {
                let id = ids.get(key).ok_or_else(|| anyhow!("demo reply to unknown {key}"))?;
                db.contribution(*id).await?
            }
            None => None,
        };
        let target = resolve_target(&c.target, &consultation.snapshot);
        let input = ContributionInput::consultation_comment(&consultation, &target, parent.as_ref(), &c.body, "")
            .map_err(|e| anyhow!("demo comment {}: {e}", c.key))?;
        let at = opened_at + c.day * DAY;
        let id = db.add_contribution(&input, author.id, &format!("demo-consultation-{}", c.key), false, at).await?;
        ids.insert(c.key.clone(), id);
        if let Some(reason) = &c.hidden {
            db.hide_contribution(id, reason, secretariat.id, at + DAY).await?;
        }
        if let Some(r) = &c.response {
            let merged_into = match &r.merged_into {
                Some(code) => {
                    Some(db.commitment_by_code(code).await?.ok_or_else(|| anyhow!("demo merge into {code}"))?.id)
                }
                None => None,
            };
            let input = ResponseInput {
                status: ResponseStatus::parse(&r.status).map_err(|e| anyhow!("demo response {}: {e}", c.key))?,
                merged_into,
                justification: Localized::from_pairs(r.justification.clone()),
                revision_id: None,
            };
            let answered = opened_at + (demo.length_days + 7) * DAY;
            db.draft_response(id, &input, secretariat.id, answered).await?;
            db.publish_response(id, None, secretariat.id, answered + 3600).await?;
        }
    }
    let adopted_at = start.midnight().assume_utc().unix_timestamp() - demo.adopted_days_before_start * DAY;
    db.adopt_plan(plan.id, None, secretariat.id, adopted_at)
        .await
        .map_err(|e| anyhow!("demo plan {} could not be adopted: {e}", plan.slug))?;
    Ok(())
}
