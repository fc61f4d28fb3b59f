//! Demo data for a fresh instance, from `demo/demo.json`. Idempotent: what exists is kept.

use std::collections::BTreeMap;

use anyhow::{anyhow, Context};
use domain::institution::{Branch, InstitutionInput, Slug};
use domain::permissions::{validate_grant, Role, Scope};
use domain::{Locale, Localized};
use serde::Deserialize;
use store::{Database, NewUser};

const DEMO: &str = include_str!("../../../demo/demo.json");
/// Morocco's commitments from the OGP data (source: Open Government Partnership commitments data).
const MOROCCO_OGP: &[u8] = include_bytes!("../../../demo/ogp-morocco.csv");
const MOROCCO_TRANSLATIONS: &str = include_str!("../../../demo/morocco-translations.json");

/// The password of every demo account. Demo instances only; documented in the README.
pub const DEMO_PASSWORD: &str = "sharaka-demo-2026";

#[derive(Deserialize)]
struct Demo {
    institutions: Vec<DemoInstitution>,
    users: Vec<DemoUser>,
}

#[derive(Deserialize)]
struct DemoInstitution {
    slug: String,
    acronym: Option<String>,
    branch: String,
    parent: Option<String>,
    name: BTreeMap<Locale, String>,
}

#[derive(Deserialize)]
struct DemoUser {
    email: String,
    name: String,
    locale: Locale,
    roles: Vec<DemoRole>,
}

#[derive(Deserialize)]
struct DemoRole {
    role: String,
    institution: Option<String>,
}

/// Seeds the demo data unless the instance already has users. Returns whether it seeded.
pub async fn seed_if_empty(db: &dyn Database, files: &store::files::FileStore, now: i64) -> anyhow::Result<bool> {
    if db.count_users().await? > 0 {
        return Ok(false);
    }
    // Several processes may start together on one PostgreSQL database: one of them seeds.
    let me = store::random_token();
    if db.setting_or_insert("demo_seed_claimed_by", &me).await? != me {
        return Ok(false);
    }
    let demo: Demo = serde_json::from_str(DEMO).context("demo/demo.json is invalid")?;
    for i in &demo.institutions {
        if db.institution_by_slug(&i.slug).await?.is_some() {
            continue;
        }
        let parent_id = match &i.parent {
            Some(slug) => {
                Some(db.institution_by_slug(slug).await?.ok_or_else(|| anyhow!("demo parent {slug} missing"))?.id)
            }
            None => None,
        };
        let input = InstitutionInput {
            slug: Slug::parse(&i.slug).map_err(|e| anyhow!("demo slug {}: {e}", i.slug))?,
            name: Localized::from_pairs(i.name.clone()),
            acronym: i.acronym.clone(),
            branch: Branch::parse(&i.branch).map_err(|e| anyhow!("demo branch {}: {e}", i.branch))?,
            parent_id,
        };
        db.create_institution(&input, now).await?;
    }
    let password_hash = web::auth::passwords::hash(DEMO_PASSWORD.to_string()).await.map_err(|e| anyhow!("{e}"))?;
    for u in &demo.users {
        if db.user_by_email(&u.email).await?.is_some() {
            continue;
        }
        let mut grants = vec![];
        for r in &u.roles {
            let role = Role::parse(&r.role).map_err(|e| anyhow!("demo role {}: {e}", r.role))?;
            let scope = match &r.institution {
                Some(slug) => Scope::Institution(
                    db.institution_by_slug(slug).await?.ok_or_else(|| anyhow!("demo institution {slug} missing"))?.id,
                ),
                None => Scope::Global,
            };
            grants.push(validate_grant(role, scope).map_err(|e| anyhow!("demo grant: {e}"))?);
        }
        let new = NewUser {
            email: u.email.clone(),
            name: u.name.clone(),
            password_hash: password_hash.clone(),
            locale: u.locale.code().to_string(),
            email_verified_at: Some(now),
        };
        db.create_user_with_grants(&new, &grants, now).await?;
    }
    seed_morocco_plans(db, now).await?;
    crate::seed_forum::seed_forum(db, files, now).await?;
    crate::seed_consultation::seed_consultation(db, now).await?;
    crate::seed_implementation::seed_implementation(db, now).await?;
    crate::seed_news::seed_news(db, now).await?;
    crate::seed_portals::seed_portals(db, now).await?;
    Ok(true)
}

#[derive(Deserialize)]
struct Translations {
    plans: BTreeMap<String, BTreeMap<Locale, String>>,
    commitments: BTreeMap<String, BTreeMap<String, BTreeMap<Locale, String>>>,
    #[serde(default)]
    milestones: BTreeMap<String, Vec<DemoMilestone>>,
    #[serde(default)]
    indicators: BTreeMap<String, Vec<DemoIndicator>>,
}

#[derive(Deserialize)]
struct DemoMilestone {
    output: BTreeMap<Locale, String>,
    starts_on: String,
    due_on: String,
    status: String,
    percent: u8,
}

#[derive(Deserialize)]
struct DemoIndicator {
    name: BTreeMap<Locale, String>,
    unit: String,
    baseline: domain::commitment::Measurement,
    target: domain::commitment::Measurement,
    measurements: Vec<domain::commitment::Measurement>,
}

/// Imports Morocco's action plans from the OGP data, then lays the hand translations over them.
async fn seed_morocco_plans(db: &dyn Database, now: i64) -> anyhow::Result<()> {
    let rows = interchange::ogp_csv::read(MOROCCO_OGP).map_err(|e| anyhow!("demo/ogp-morocco.csv: {e}"))?;
    let records: Vec<_> = rows.iter().map(interchange::ogp_import::to_import).collect();
    db.import_ogp(&records, now).await?;
    let translations: Translations =
        serde_json::from_str(MOROCCO_TRANSLATIONS).context("demo/morocco-translations.json is invalid")?;
    for plan in db.list_plans().await? {
        if let Some(title) = plan.ogp_id.as_ref().and_then(|id| translations.plans.get(id)) {
            let mut merged = plan.title.clone();
            for (locale, text) in title {
                merged.set(*locale, text.as_str());
            }
            db.update_plan_title(plan.id, &merged, now).await?;
        }
    }
    for (code, fields) in &translations.commitments {
        let commitment =
            db.commitment_by_code(code).await?.ok_or_else(|| anyhow!("demo translation for unknown {code}"))?;
        let mut texts = BTreeMap::new();
        for (field, by_locale) in fields {
            let mut text = commitment.text(field);
            for (locale, t) in by_locale {
                text.set(*locale, t.as_str());
            }
            texts.insert(field.clone(), text);
        }
        db.update_commitment_texts(commitment.id, &texts, now).await?;
    }
    for (code, milestones) in &translations.milestones {
        let commitment =
            db.commitment_by_code(code).await?.ok_or_else(|| anyhow!("demo milestone for unknown {code}"))?;
        let plan = db.plan(commitment.plan_id).await?.ok_or_else(|| anyhow!("{code} has no plan"))?;
        for m in milestones {
            let form = domain::commitment::MilestoneForm {
                outputs: m.output.iter().map(|(l, t)| (*l, t.clone())).collect(),
                starts_on: m.starts_on.clone(),
                due_on: m.due_on.clone(),
                responsible: commitment.lead_institution_id.map(|i| i.to_string()).unwrap_or_default(),
                status: m.status.clone(),
                percent: m.percent.to_string(),
            };
            let input = domain::commitment::MilestoneInput::parse(&form, plan.starts_on, plan.ends_on, |_| true)
                .map_err(|e| anyhow!("demo milestone of {code}: {e}"))?;
            db.add_milestone(commitment.id, &input, None, now).await?;
        }
    }
    for (code, indicators) in &translations.indicators {
        let commitment =
            db.commitment_by_code(code).await?.ok_or_else(|| anyhow!("demo indicator for unknown {code}"))?;
        for i in indicators {
            let indicator = domain::commitment::Indicator {
                id: 0,
                commitment_id: commitment.id,
                name: Localized::from_pairs(i.name.clone()),
                unit: i.unit.clone(),
                baseline: Some(i.baseline.clone()),
                target: Some(i.target.clone()),
                measurements: i.measurements.clone(),
            };
            db.add_indicator(&indicator, None, now).await?;
        }
    }
    Ok(())
}
