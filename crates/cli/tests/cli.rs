//! The `sharaka` command line as an operator uses it: one clear line and a non-zero exit on bad input.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::PathBuf;
use std::process::{Command, Output};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sharaka_cli_{name}_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn sharaka(dir: &PathBuf, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sharaka"))
        .args(args)
        .current_dir(dir)
        .env_remove("SHARAKA_DATABASE_URL")
        .env("SHARAKA_DATA_DIR", dir.join("data"))
        .output()
        .expect("run sharaka")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).trim().to_string()
}

#[test]
fn unknown_database_scheme_is_one_clear_line() {
    let dir = temp_dir("scheme");
    let output = sharaka(&dir, &["--database-url", "mysql://localhost/sharaka", "migrate"]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.contains("unsupported database URL scheme \"mysql\""), "{message}");
}

#[test]
fn migrate_creates_the_sqlite_database() {
    let dir = temp_dir("migrate");
    let output = sharaka(&dir, &["migrate"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(dir.join("data/sharaka.db").exists());
    // Running it again is harmless.
    assert!(sharaka(&dir, &["migrate"]).status.success());
}

#[test]
fn admin_create_generates_or_reads_a_password() {
    let dir = temp_dir("admin");
    let output = sharaka(&dir, &["admin", "create", "--email", "Admin@Example.MA", "--name", "Secrétariat"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("created secretariat account admin@example.ma"), "{stdout}");
    assert!(stdout.contains("password (shown once"), "{stdout}");

    let again = sharaka(&dir, &["admin", "create", "--email", "admin@example.ma", "--name", "Again"]);
    assert!(!again.status.success());
    assert!(stderr(&again).contains("already exists"));

    std::fs::write(dir.join("weak.txt"), "azertyuiop\n").expect("write");
    let weak =
        sharaka(&dir, &["admin", "create", "--email", "b@example.ma", "--name", "B", "--password-file", "weak.txt"]);
    assert!(!weak.status.success());
    assert!(stderr(&weak).contains("password-weak"), "{}", stderr(&weak));

    std::fs::write(dir.join("good.txt"), "a long enough passphrase\n").expect("write");
    let good =
        sharaka(&dir, &["admin", "create", "--email", "c@example.ma", "--name", "C", "--password-file", "good.txt"]);
    assert!(good.status.success(), "{}", stderr(&good));
    assert!(!String::from_utf8_lossy(&good.stdout).contains("password (shown once"));

    let bad_email = sharaka(&dir, &["admin", "create", "--email", "not-an-email", "--name", "X"]);
    assert!(!bad_email.status.success());
    assert_eq!(stderr(&bad_email), "error: invalid --email: email-invalid");
}

#[test]
fn config_file_typos_are_refused() {
    let dir = temp_dir("config");
    std::fs::write(dir.join("sharaka.toml"), "bnd = \"0.0.0.0:80\"\n").expect("write");
    let output = sharaka(&dir, &["migrate"]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.contains("unknown field `bnd`"), "{message}");

    std::fs::write(dir.join("sharaka.toml"), "default_locale = \"de\"\n").expect("write");
    let output = sharaka(&dir, &["migrate"]);
    assert!(stderr(&output).contains("default_locale must be one of ar, fr, en, zgh"), "{}", stderr(&output));
}

#[test]
fn ogp_csv_import_is_idempotent_and_export_round_trips() {
    let dir = temp_dir("ogp");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/../interchange/tests/data/ogp-commitments-sample.csv");
    let first = sharaka(&dir, &["import", "ogp-csv", sample]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(String::from_utf8_lossy(&first.stdout).contains("commitments 275 new"));
    let again = sharaka(&dir, &["import", "ogp-csv", sample]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("commitments 0 new, 0 updated, 275 unchanged"));

    let out = sharaka(&dir, &["export", "csv", "--out", "export.csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let source: Vec<csv_row::Row> = csv_row::read(sample);
    let exported: Vec<csv_row::Row> = csv_row::read(dir.join("export.csv").to_str().expect("path"));
    // Cells a spreadsheet would run as formulas ("- Ministry…", "=…") carry the apostrophe
    // spreadsheets hide (OWASP); read as a spreadsheet shows them, they are the source's cells.
    let guarded = exported.iter().flatten().filter(|c| c.starts_with("'-") || c.starts_with("'=")).count();
    assert!(guarded > 0, "the sample has cells starting with '-'");
    let shown: Vec<csv_row::Row> = exported
        .iter()
        .map(|row| row.iter().map(|c| domain::text::spreadsheet_cell_read(c).to_string()).collect())
        .collect();
    assert_eq!(source, shown, "the export has the source's cells, in the same layout");

    std::fs::write(dir.join("bad.csv"), "Commitment Unique Identifier,Country/Locality\nMO1,Morocco\n").expect("write");
    let bad = sharaka(&dir, &["import", "ogp-csv", "bad.csv"]);
    assert!(!bad.status.success());
    assert_eq!(
        stderr(&bad),
        "error: bad.csv: missing required column(s): Action Plan Number, Action Plan ID, Commitment Title"
    );
}

/// The CSV as plain rows of cells, read by a plain parser (not Sharaka's).
mod csv_row {
    pub type Row = Vec<String>;
    pub fn read(path: &str) -> Vec<Row> {
        let text = std::fs::read_to_string(path).expect("read csv");
        let (mut rows, mut row, mut cell, mut quoted, mut chars) =
            (vec![], vec![], String::new(), false, text.chars().peekable());
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    cell.push('"');
                    chars.next();
                }
                ('"', _) => quoted = !quoted,
                (',', false) => row.push(std::mem::take(&mut cell)),
                ('\r', false) => {}
                ('\n', false) => {
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (c, _) => cell.push(c),
            }
        }
        rows
    }
}

#[test]
fn json_export_imports_into_an_empty_instance_only() {
    let dir = temp_dir("json");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/../interchange/tests/data/ogp-commitments-sample.csv");
    assert!(sharaka(&dir, &["import", "ogp-csv", sample]).status.success());
    let out = sharaka(&dir, &["export", "json", "--out", "instance.json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("instance.json")).expect("read")).expect("valid JSON");
    assert_eq!(json["format"], "sharaka-instance");
    assert_eq!(json["commitments"].as_array().expect("array").len(), 275);

    let other = temp_dir("json_target");
    std::fs::copy(dir.join("instance.json"), other.join("instance.json")).expect("copy");
    let imported = sharaka(&other, &["import", "json", "instance.json"]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    assert!(String::from_utf8_lossy(&imported.stdout).contains("275 commitments"));
    let again = sharaka(&other, &["import", "json", "instance.json"]);
    assert!(!again.status.success());
    assert!(stderr(&again).contains("needs an empty one"), "{}", stderr(&again));

    std::fs::write(other.join("broken.json"), "{\"format\": \"sharaka-instance\",\n \"version\": 1,\n \"plans\": [}")
        .expect("write");
    let broken = sharaka(&other, &["import", "json", "broken.json"]);
    assert!(!broken.status.success());
    assert!(stderr(&broken).starts_with("error: broken.json line 3 column"), "{}", stderr(&broken));
}

#[test]
fn the_demo_forum_exports_as_popolo() {
    let dir = temp_dir("popolo");
    let demo = sharaka(&dir, &["demo"]);
    assert!(demo.status.success(), "{}", stderr(&demo));
    let again = sharaka(&dir, &["demo"]);
    assert!(!again.status.success());
    assert!(stderr(&again).starts_with("error: the instance already has accounts"), "{}", stderr(&again));
    let out = sharaka(&dir, &["export", "popolo", "--out", "forum.json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(dir.join("forum.json")).expect("read");
    let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let count = |key: &str| json[key].as_array().expect(key).len();
    assert_eq!(count("persons"), 9);
    assert_eq!(count("events"), 4);
    assert_eq!(count("posts"), 7 * 4, "four seats in each of the seven bodies");
    let bodies: Vec<&str> = json["organizations"]
        .as_array()
        .expect("organizations")
        .iter()
        .filter(|o| o["id"].as_str().is_some_and(|id| id.starts_with("body-")))
        .map(|o| o["classification"].as_str().expect("classification"))
        .collect();
    assert_eq!(bodies.iter().filter(|k| **k == "sub-commission").count(), 5, "Morocco's five sub-commissions");
    assert!(text.contains("k.elidrissi@transparency-maroc.example"), "made public");
    assert!(!text.contains("implementer@demo.sharaka.ma"), "private addresses stay out");
    // The uploaded demo minutes are in the file store under the data folder.
    let stored = std::fs::read_dir(dir.join("data/files/documents")).expect("files folder").count();
    assert_eq!(stored, 2);
}
