//! The demo's implementation record, from `demo/implementation.json`: progress reports with
//! evidence on MO0050's milestones (two of them late by now) and IRM assessments on the
//! current and the legacy scales, so the dashboard is full on first start.

use std::collections::BTreeMap;

use anyhow::{anyhow, Context};
use domain::implementation::{AssessmentInput, Evidence, ProgressInput};
use domain::{Locale, Localized};
use serde::Deserialize;
use store::Database;

const IMPLEMENTATION: &str = include_str!("../../../demo/implementation.json");

#[derive(Deserialize)]
struct Demo {
    progress: Vec<DemoProgress>,
    assessments: Vec<DemoAssessment>,
}

#[derive(Deserialize)]
struct DemoProgress {
    commitment: String,
    /// 1-based position of the milestone in its commitment.
    milestone: usize,
    author: String,
    status: String,
    percent: u8,
    reported_on: String,
    narrative: BTreeMap<Locale, String>,
    links: Vec<String>,
    #[serde(default)]
    documents_of_kind: Vec<String>,
}

#[derive(Deserialize)]
struct DemoAssessment {
    commitment: String,
    scale: String,
    levels: BTreeMap<String, String>,
    assessed_on: String,
    report_url: String,
}

pub async fn seed_implementation(db: &dyn Database, now: i64) -> anyhow::Result<()> {
    let demo: Demo = serde_json::from_str(IMPLEMENTATION).context("demo/implementation.json is invalid")?;
    let documents = db.list_documents().await?;
    for p in &demo.progress {
        let commitment = db
            .commitment_by_code(&p.commitment)
            .await?
            .ok_or_else(|| anyhow!("demo progress on unknown {}", p.commitment))?;
        let milestone = db
            .milestones_of(commitment.id)
            .await?
            .into_iter()
            .nth(p.milestone.saturating_sub(1))
            .ok_or_else(|| anyhow!("{} has no milestone {}", p.commitment, p.milestone))?;
        let author = db.user_by_email(&p.author).await?.ok_or_else(|| anyhow!("demo author {} missing", p.author))?;
        let mut evidence: Vec<Evidence> = p.links.iter().map(|url| Evidence::Link { url: url.clone() }).collect();
        for kind in &p.documents_of_kind {
            if let Some(d) = documents.iter().find(|d| d.kind.code() == kind) {
                evidence.push(Evidence::Document { document_id: d.id });
            }
        }
        let input = ProgressInput {
            status: domain::commitment::MilestoneStatus::parse(&p.status).map_err(|e| anyhow!("demo progress: {e}"))?,
            percent: p.percent,
            narrative: Localized::from_pairs(p.narrative.clone()),
            reported_on: domain::plan::parse_required_date(&p.reported_on)
                .map_err(|e| anyhow!("demo progress date: {e}"))?,
            reason: None,
            evidence,
        };
        db.report_progress(milestone.id, &input, author.id, true, now).await?;
    }
    let reviewer =
        db.user_by_email("secretariat@demo.sharaka.ma").await?.ok_or_else(|| anyhow!("demo secretariat missing"))?;
    for a in &demo.assessments {
        let commitment = db
            .commitment_by_code(&a.commitment)
            .await?
            .ok_or_else(|| anyhow!("demo assessment of unknown {}", a.commitment))?;
        let levels: Vec<(String, String)> = a.levels.clone().into_iter().collect();
        let input = AssessmentInput::parse(&a.scale, &levels, &a.assessed_on, &a.report_url)
            .map_err(|e| anyhow!("demo assessment of {}: {e}", a.commitment))?;
        db.add_assessment(commitment.id, &input, reviewer.id, now).await?;
    }
    Ok(())
}
