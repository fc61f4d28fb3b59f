//! The demo's linked portals, from `demo/portals.json`, with the commitments that link to
//! them. They are not checked unless the operator turns checks on.

use std::collections::BTreeMap;

use anyhow::{anyhow, Context};
use domain::portal::PortalInput;
use domain::Locale;
use serde::Deserialize;
use store::Database;

use crate::seed_news::pairs;

const PORTALS: &str = include_str!("../../../demo/portals.json");

#[derive(Deserialize)]
struct Demo {
    portals: Vec<DemoPortal>,
}

#[derive(Deserialize)]
struct DemoPortal {
    kind: String,
    name: BTreeMap<Locale, String>,
    description: BTreeMap<Locale, String>,
    url: String,
    commitments: Vec<String>,
}

pub async fn seed_portals(db: &dyn Database, now: i64) -> anyhow::Result<()> {
    let demo: Demo = serde_json::from_str(PORTALS).context("demo/portals.json is invalid")?;
    let mut links: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    for p in &demo.portals {
        let input = PortalInput::parse(&p.kind, &pairs(&p.name), &pairs(&p.description), &p.url, "")
            .map_err(|e| anyhow!("demo portal {}: {e}", p.url))?;
        let id = db.create_portal(&input, now).await?;
        for code in &p.commitments {
            links.entry(code.clone()).or_default().push(id);
        }
    }
    for (code, ids) in links {
        let commitment =
            db.commitment_by_code(&code).await?.ok_or_else(|| anyhow!("demo portals: no commitment {code}"))?;
        db.set_commitment_portals(commitment.id, &ids).await?;
    }
    Ok(())
}
