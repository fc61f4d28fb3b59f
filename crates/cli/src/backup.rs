//! `sharaka backup --out FILE` and `sharaka restore FILE`.
//!
//! A backup is gzip-compressed JSON Lines: a header naming the backend and schema version,
//! one line per table row, one line per uploaded file (base64), and a trailer with the
//! counts, so a truncated copy is refused instead of half-restored. The rows come from one
//! database snapshot taken while the portal serves; files are listed after it, so every
//! document row has its file. A backup of either backend restores into either, at the same
//! schema version (both write the same columns).

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;

use anyhow::{anyhow, bail, Context};
use base64::Engine;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use serde_json::{json, Value};
use store::files::FileStore;
use store::Database;

const FORMAT: &str = "sharaka-backup";
const VERSION: u64 = 1;

pub async fn backup(db: &dyn Database, files: &FileStore, out: &Path, now: i64) -> anyhow::Result<()> {
    let partial = out.with_extension("partial");
    let file = File::create(&partial).with_context(|| format!("cannot write {}", partial.display()))?;
    let mut writer = GzEncoder::new(BufWriter::new(file), flate2::Compression::fast());
    let header = json!({
        "format": FORMAT,
        "version": VERSION,
        "backend": db.backend(),
        "schema_version": db.schema_version().await?,
        "created_at": now,
    });
    writeln!(writer, "{header}")?;
    let mut progress = crate::progress::Progress::new("rows backed up", None);
    let rows = db
        .dump(&mut |table, row| {
            progress.tick();
            writeln!(writer, "{{\"table\":{},\"row\":{row}}}", Value::from(table))
        })
        .await
        .map_err(|e| anyhow!("backup failed, {} removed: {e}", partial.display()))
        .inspect_err(|_| {
            let _ = std::fs::remove_file(&partial);
        })?;
    progress.finish();
    let keys = files.keys("").await?;
    let engine = base64::engine::general_purpose::STANDARD;
    for key in &keys {
        let bytes = files.get(key).await.with_context(|| format!("cannot read uploaded file {key}"))?;
        writeln!(writer, "{}", json!({ "file": key, "data": engine.encode(bytes) }))?;
    }
    writeln!(writer, "{}", json!({ "end": { "rows": rows, "files": keys.len() } }))?;
    let file = writer.finish()?.into_inner().map_err(|e| e.into_error())?;
    file.sync_all()?;
    std::fs::rename(&partial, out).with_context(|| format!("cannot write {}", out.display()))?;
    println!("backup written to {}: {rows} rows and {} files ({})", out.display(), keys.len(), db.backend());
    Ok(())
}

/// One line of a backup after the header.
enum Entry {
    Row(String, String),
    File(String, Vec<u8>),
    End { rows: u64, files: u64 },
}

struct Reader<R> {
    lines: std::io::Lines<R>,
    name: String,
    line: usize,
}

impl<R: BufRead> Reader<R> {
    fn next_value(&mut self) -> anyhow::Result<Option<Value>> {
        let Some(line) = self.lines.next() else { return Ok(None) };
        self.line += 1;
        let line = line.with_context(|| format!("{} is damaged near line {}", self.name, self.line))?;
        let value =
            serde_json::from_str(&line).map_err(|e| anyhow!("{} line {} is not valid: {e}", self.name, self.line))?;
        Ok(Some(value))
    }

    fn next_entry(&mut self) -> anyhow::Result<Option<Entry>> {
        let Some(value) = self.next_value()? else { return Ok(None) };
        let bad = || anyhow!("{} line {} is not a backup entry", self.name, self.line);
        if let (Some(table), Some(row)) = (value.get("table").and_then(Value::as_str), value.get("row")) {
            if !row.is_object() {
                return Err(bad());
            }
            return Ok(Some(Entry::Row(table.to_string(), row.to_string())));
        }
        if let (Some(key), Some(data)) = (value.get("file").and_then(Value::as_str), value.get("data")) {
            let bytes =
                data.as_str().and_then(|d| base64::engine::general_purpose::STANDARD.decode(d).ok()).ok_or_else(bad)?;
            return Ok(Some(Entry::File(key.to_string(), bytes)));
        }
        if let Some(end) = value.get("end") {
            let count = |field: &str| end.get(field).and_then(Value::as_u64).ok_or_else(bad);
            return Ok(Some(Entry::End { rows: count("rows")?, files: count("files")? }));
        }
        Err(bad())
    }
}

fn open_reader(path: &Path) -> anyhow::Result<(Reader<BufReader<GzDecoder<File>>>, Value)> {
    let file = File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let name = path.display().to_string();
    let mut reader = Reader { lines: BufReader::new(GzDecoder::new(file)).lines(), name: name.clone(), line: 0 };
    let header = reader
        .next_value()
        .ok()
        .flatten()
        .filter(|h| h.get("format").and_then(Value::as_str) == Some(FORMAT))
        .ok_or_else(|| {
            anyhow!(
                "{name} is not a Sharaka backup, or it is damaged (backups are made by `sharaka backup --out FILE`)"
            )
        })?;
    if header.get("version").and_then(Value::as_u64) != Some(VERSION) {
        bail!("{name} is a backup format this version of Sharaka cannot read");
    }
    Ok((reader, header))
}

/// Reads the whole backup once before touching anything, so a damaged or truncated file
/// is refused with the database and files as they were.
/// Returns the header and the number of rows.
fn check_complete(path: &Path) -> anyhow::Result<(Value, u64)> {
    let (mut reader, header) = open_reader(path)?;
    let (mut rows, mut files) = (0u64, 0u64);
    loop {
        match reader.next_entry()? {
            Some(Entry::Row(..)) => rows += 1,
            Some(Entry::File(..)) => files += 1,
            Some(Entry::End { rows: r, files: f }) => {
                if (r, f) != (rows, files) || reader.next_value()?.is_some() {
                    bail!("{} is damaged: its counts do not match its content", path.display());
                }
                return Ok((header, rows));
            }
            None => {
                bail!("{} is incomplete (it ends after line {}); nothing was restored", path.display(), reader.line)
            }
        }
    }
}

pub async fn restore(db: &dyn Database, files: &FileStore, path: &Path) -> anyhow::Result<()> {
    // A backup of either backend restores into either (the same columns on both).
    let (header, row_count) = check_complete(path)?;
    let theirs = header.get("schema_version").and_then(Value::as_i64).unwrap_or_default();
    let ours = db.schema_version().await?;
    if theirs != ours {
        bail!(
            "{} was made at schema version {theirs} and this database is at {ours}; restore it with the Sharaka version that made it",
            path.display()
        );
    }

    // Files first: an extra file harms nothing, a row without its file would.
    let (mut reader, _) = open_reader(path)?;
    let mut file_count = 0;
    while let Some(entry) = reader.next_entry()? {
        if let Entry::File(key, bytes) = entry {
            files.put(&key, bytes).await.with_context(|| format!("cannot restore uploaded file {key}"))?;
            file_count += 1;
        }
    }

    let (mut reader, _) = open_reader(path)?;
    let mut progress = crate::progress::Progress::new("rows restored", Some(row_count));
    let mut rows = std::iter::from_fn(|| loop {
        match reader.next_entry() {
            Ok(Some(Entry::Row(table, row))) => {
                progress.tick();
                return Some(Ok((table, row)));
            }
            Ok(Some(_)) => continue,
            Ok(None) => return None,
            Err(e) => return Some(Err(store::StoreError::Invalid(e.to_string()))),
        }
    });
    let restored = db
        .restore(&mut rows, store::RestoreInto::Replace)
        .await
        .map_err(|e| anyhow!("restore failed, the database is unchanged: {e}"))?;
    progress.finish();
    // Other server processes drop the pages they keep.
    db.announce_change("").await?;
    println!("restored {restored} rows and {file_count} files from {}", path.display());
    Ok(())
}
