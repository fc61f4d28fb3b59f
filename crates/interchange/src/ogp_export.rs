//! Commitments in the OGP commitments layout, as rows of text: written as CSV by
//! `export csv` and the open data page, and as XLSX.

use store::{Database, StoreError};

use crate::ogp_csv;

/// One row per commitment, in the columns of [`ogp_csv::columns`]. Imported commitments
/// give back their original row; the others are filled from Sharaka's fields.
pub async fn rows(db: &dyn Database) -> Result<Vec<Vec<String>>, StoreError> {
    let exported = db.export_commitments().await?;
    let columns = ogp_csv::columns();
    let mut rows = Vec::with_capacity(exported.len());
    for e in exported {
        let row = match e.raw {
            Some(raw) => raw,
            None => {
                let c = &e.commitment;
                let plan = db
                    .plan(c.plan_id)
                    .await?
                    .ok_or_else(|| StoreError::Corrupt(format!("commitment {} has no plan", c.code)))?;
                let text = |field: &str| {
                    let t = c.text(field);
                    t.resolve(domain::Locale::En, domain::Locale::Fr).map(|r| r.text.to_string()).unwrap_or_default()
                };
                let date = |d: Option<time::Date>| {
                    d.map(|d| format!("{}/{}/{}", u8::from(d.month()), d.day(), d.year()))
                        .unwrap_or_else(|| "NA".into())
                };
                columns
                    .iter()
                    .map(|column| match *column {
                        "Commitment Unique Identifier" => c.code.clone(),
                        "Country/Locality" => plan.member.clone(),
                        "Action Plan Number" => plan.number.to_string(),
                        "Action Plan ID" => plan.ogp_id.clone().unwrap_or_default(),
                        "Commitment Number" => c.number.clone().unwrap_or_default(),
                        "Commitment Title" => text("title"),
                        "Short Title" => text("short-title"),
                        "Full Text" => text("full-text"),
                        "Start Date" => date(c.starts_on),
                        "End Date" => date(c.ends_on),
                        "URL" => c.source_url.clone().unwrap_or_default(),
                        other if c.policy_areas.iter().any(|a| a == other) => "1".into(),
                        other => c.assessment.get(other).cloned().unwrap_or_default(),
                    })
                    .collect()
            }
        };
        rows.push(row);
    }
    Ok(rows)
}
