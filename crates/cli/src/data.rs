//! `sharaka import …` and `sharaka export …`: OGP data in and out.

use std::path::Path;

use anyhow::{anyhow, Context};
use interchange::ogp_csv::{self, OgpCsvError};
use interchange::ogp_import;
use store::Database;

/// Imports an OGP commitments CSV, all rows or none.
pub async fn import_ogp_csv(db: &dyn Database, file: &Path, now: i64) -> anyhow::Result<()> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let rows = ogp_csv::read(bytes.as_slice()).map_err(|e: OgpCsvError| anyhow!("{}: {e}", file.display()))?;
    let records: Vec<_> = rows.iter().map(ogp_import::to_import).collect();
    let counts = db
        .import_ogp(&records, now)
        .await
        .map_err(|e| anyhow!("{}: import failed, nothing was saved: {e}", file.display()))?;
    println!(
        "imported {}: {} rows; plans {} new, {} updated; commitments {} new, {} updated, {} unchanged; institutions {} new",
        file.display(),
        records.len(),
        counts.plans_created,
        counts.plans_updated,
        counts.commitments_created,
        counts.commitments_updated,
        counts.commitments_unchanged,
        counts.institutions_created,
    );
    Ok(())
}

/// Writes every commitment in OGP's 171-column layout. Imported commitments are written
/// cell for cell as they came; others from their fields.
pub async fn export_csv(db: &dyn Database, out: &Path) -> anyhow::Result<()> {
    let rows = interchange::ogp_export::rows(db).await?;
    write_atomically(out, |file| ogp_csv::write(file, &rows).map_err(|e| anyhow!("{e}")))?;
    println!("exported {} commitments to {}", rows.len(), out.display());
    Ok(())
}

/// Writes every commitment as an XLSX workbook (the OGP columns, and a sheet about the data).
pub async fn export_xlsx(db: &dyn Database, out: &Path, now: i64) -> anyhow::Result<()> {
    let rows = interchange::ogp_export::rows(db).await?;
    let about = interchange::xlsx::About { created_at: now, ..interchange::xlsx::About::default() };
    let bytes = interchange::xlsx::workbook(&ogp_csv::columns(), &rows, &about).map_err(|e| anyhow!("{e}"))?;
    write_atomically(out, |mut file| std::io::Write::write_all(&mut file, &bytes).map_err(|e| anyhow!("{e}")))?;
    println!("exported {} commitments to {}", rows.len(), out.display());
    Ok(())
}

/// Writes the whole instance (institutions, plans, commitments) as JSON.
pub async fn export_json(db: &dyn Database, out: &Path) -> anyhow::Result<()> {
    let data = db.export_instance().await?;
    write_atomically(out, |file| {
        serde_json::to_writer_pretty(std::io::BufWriter::new(file), &data).map_err(|e| anyhow!("{e}"))
    })?;
    println!(
        "exported {} institutions, {} plans and {} commitments to {}",
        data.institutions.len(),
        data.plans.len(),
        data.commitments.len(),
        out.display()
    );
    Ok(())
}

/// Writes the forum's Popolo document (the same as `/api/v1/popolo.json`).
pub async fn export_popolo(
    db: &dyn Database,
    out: &Path,
    base_url: &str,
    locale: domain::Locale,
) -> anyhow::Result<()> {
    let document = interchange::popolo::export(db, base_url.trim_end_matches('/'), locale).await?;
    write_atomically(out, |file| {
        serde_json::to_writer_pretty(std::io::BufWriter::new(file), &document).map_err(|e| anyhow!("{e}"))
    })?;
    let count = |key: &str| document[key].as_array().map(Vec::len).unwrap_or_default();
    println!(
        "exported {} persons, {} organizations, {} memberships, {} posts and {} events to {}",
        count("persons"),
        count("organizations"),
        count("memberships"),
        count("posts"),
        count("events"),
        out.display()
    );
    Ok(())
}

/// Loads an exported instance into an empty one, all or nothing.
pub async fn import_json(db: &dyn Database, file: &Path, now: i64) -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {} as UTF-8 text", file.display()))?;
    let data: store::InstanceData = serde_json::from_str(&text)
        .map_err(|e| anyhow!("{} line {} column {}: {e}", file.display(), e.line(), e.column()))?;
    db.import_instance(&data, now)
        .await
        .map_err(|e| anyhow!("{}: import failed, nothing was saved: {e}", file.display()))?;
    println!(
        "imported {}: {} institutions, {} plans, {} commitments",
        file.display(),
        data.institutions.len(),
        data.plans.len(),
        data.commitments.len()
    );
    Ok(())
}

/// Writes to a temporary file beside `path` and renames it, so a failure never leaves a half-written file.
fn write_atomically(path: &Path, write: impl FnOnce(&mut std::fs::File) -> anyhow::Result<()>) -> anyhow::Result<()> {
    let tmp = path.with_extension("partial");
    let mut file = std::fs::File::create(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
    let result = write(&mut file).and_then(|()| file.sync_all().context("cannot flush the export"));
    if let Err(err) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(err);
    }
    std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))
}
