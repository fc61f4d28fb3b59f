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
