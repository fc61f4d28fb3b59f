//! Demo data for a fresh instance, from `demo/demo.json`. Idempotent: what exists is kept.

use std::collections::BTreeMap;

use anyhow::{anyhow, Context};
use domain::institution::{Branch, InstitutionInput, Slug};
use domain::permissions::{validate_grant, Role, Scope};
use domain::{Locale, Localized};
use serde::Deserialize;
use store::{Database, NewUser};

const DEMO: &str = include_str!("../../../demo/demo.json");

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
pub async fn seed_if_empty(db: &dyn Database, now: i64) -> anyhow::Result<bool> {
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
    Ok(true)
}
