//! A realistic load for the benchmark: many participants and many comments on the proposals
//! of the plan in co-creation (the demo's). Never run on a real instance: the accounts share
//! one password.

use anyhow::{anyhow, bail, Context};
use domain::contribution::ContributionInput;
use store::{Database, NewUser};

pub const SYNTH_PASSWORD: &str = "sharaka-bench-2026";

/// The address of synthetic participant `n`.
pub fn synth_email(n: usize) -> String {
    format!("participant-{n}@synth.sharaka.test")
}

const SENTENCES: [&str; 6] = [
    "نقترح نشر المعطيات المتعلقة بالميزانية بصيغة مفتوحة كل ثلاثة أشهر.",
    "Il faudrait associer les associations locales au suivi des engagements.",
    "ⴰⴷ ⵏⵙⵏⵓⵎⵍ ⵜⵉⵏⵖⵎⵉⵙⵉⵏ ⵙ ⵜⵎⴰⵣⵉⵖⵜ.",
    "The portal should publish the minutes of every meeting within two weeks.",
    "يجب تبسيط مسطرة الحصول على المعلومات لدى الجماعات الترابية.",
    "Les citoyens doivent pouvoir suivre les réponses à leurs pétitions en ligne.",
];

pub async fn synthesise(db: &dyn Database, users: usize, comments: usize, now: i64) -> anyhow::Result<()> {
    let plan = match db.list_plans().await?.into_iter().find(|p| p.slug == "morocco-3") {
        Some(plan) => plan,
        None => bail!("the demo plan in co-creation (morocco-3) is missing: run `sharaka demo` first"),
    };
    let proposals = db.proposals_of_plan(plan.id).await?;
    if proposals.is_empty() {
        bail!("the demo plan has no proposals to comment on");
    }
    let password_hash =
        web::auth::passwords::hash(SYNTH_PASSWORD.to_string()).await.map_err(|e| anyhow!("hashing: {e}"))?;
    let mut ids = Vec::with_capacity(users);
    for n in 0..users {
        let email = synth_email(n);
        let id = match db.user_by_email(&email).await? {
            Some(user) => user.id,
            None => {
                let new = NewUser {
                    email,
                    name: format!("Participant {n}"),
                    password_hash: password_hash.clone(),
                    locale: ["ar", "fr", "zgh", "en"][n % 4].to_string(),
                    email_verified_at: Some(now),
                };
                // A verified account is a participant; no role is needed.
                db.create_user_with_grants(&new, &[], now).await.context("synthetic participant")?.id
            }
        };
        ids.push(id);
    }
    let run = store::random_token();
    let mut progress = crate::progress::Progress::new("synthetic comments", Some(comments as u64));
    for n in 0..comments {
        progress.tick();
        let proposal = &proposals[n % proposals.len()];
        let body = format!("{} ({n})", SENTENCES[n % SENTENCES.len()]);
        let input = ContributionInput::comment(proposal, &body, "").map_err(|e| anyhow!("synthetic comment: {e}"))?;
        let author = ids.get(n % ids.len().max(1)).copied().ok_or_else(|| anyhow!("no participants"))?;
        // Written over the past weeks, one every 30 s, the last just now: a load of
        // comments all sent this minute would put every participant over the per-person limit.
        let written = now - (comments - 1 - n) as i64 * 30;
        // The key names the run too: a second run, even in the same second (the benchmark
        // adds one comment at a time), adds its comments instead of being taken for a resent form.
        db.add_contribution(&input, author, &format!("synth-{run}-{n}"), false, written).await?;
    }
    progress.finish();
    Ok(())
}

/// Comments on the passages of the demo's consultation (on the second plan), spread over every
/// passage in every language and over the past weeks, with a reply to every fifth: the load
/// under which the consultation page must stay short on a phone and quick to render.
pub async fn consultation_comments(db: &dyn Database, comments: usize, now: i64) -> anyhow::Result<()> {
    if comments == 0 {
        return Ok(());
    }
    let Some(plan) = db.list_plans().await?.into_iter().find(|p| p.slug == "morocco-2") else {
        bail!("the demo plan with a consultation (morocco-2) is missing: run `sharaka demo` first");
    };
    let Some(consultation) = db.consultations_of_plan(plan.id).await?.into_iter().next() else {
        bail!("the demo plan morocco-2 has no consultation");
    };
    let mut targets = vec![String::new()];
    for c in &consultation.snapshot.commitments {
        targets.push(c.code.clone());
        for section in &c.sections {
            for locale in section.text.locales() {
                let text = section.text.get(locale).unwrap_or_default();
                for n in 1..=domain::consultation::paragraphs(text).len() {
                    targets.push(format!("{}/{}/{}/{n}", c.code, section.key, locale.code()));
                }
            }
        }
    }
    let mut authors = vec![];
    for n in 0..2_000 {
        match db.user_by_email(&synth_email(n)).await? {
            Some(user) => authors.push(user.id),
            None => break,
        }
    }
    if authors.is_empty() {
        bail!("synthetic participants are missing: run `sharaka synth` with --users first");
    }
    let mut last_top: Option<domain::contribution::Contribution> = None;
    let mut progress = crate::progress::Progress::new("consultation comments", Some(comments as u64));
    for n in 0..comments {
        progress.tick();
        let body = format!("{} ({n})", SENTENCES[n % SENTENCES.len()]);
        let author = authors[n % authors.len()];
        let parent = if n % 5 == 4 { last_top.as_ref() } else { None };
        let target = &targets[n % targets.len()];
        let input = ContributionInput::consultation_comment(&consultation, target, parent, &body, "")
            .map_err(|e| anyhow!("synthetic consultation comment: {e}"))?;
        let written = now - (comments - 1 - n) as i64 * 30;
        let id = db.add_contribution(&input, author, &format!("synth-consultation-{n}"), false, written).await?;
        if parent.is_none() {
            last_top = db.contribution(id).await?;
        }
    }
    progress.finish();
    Ok(())
}
