//! Running the `sharaka` binary as an operator does, for the command-line tests.

#![allow(dead_code, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sharaka_{name}_{}", &store::random_token()[..8]));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// `sharaka --database-url URL ARGS…` in `data_dir`, which is also its data folder.
pub fn sharaka(url: &str, data_dir: &Path, args: &[&str]) -> Output {
    sharaka_with(url, data_dir, args, &[])
}

/// The same with more environment variables (an S3 bucket, say).
pub fn sharaka_with(url: &str, data_dir: &Path, args: &[&str], env: &[(&str, String)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sharaka"));
    command.args(["--database-url", url]).args(args).current_dir(data_dir).env("SHARAKA_DATA_DIR", data_dir);
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("run sharaka")
}

/// The standard output of a command that succeeded.
pub fn ok(output: Output) -> String {
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The same, and nothing on standard error: a script's log holds the result line only.
pub fn quiet(output: Output) -> String {
    assert!(output.stderr.is_empty(), "quiet in scripts: {}", String::from_utf8_lossy(&output.stderr));
    ok(output)
}

/// The one line a failed command says.
pub fn failure(output: Output) -> String {
    assert!(!output.status.success(), "expected a failure: {}", String::from_utf8_lossy(&output.stdout));
    let message = String::from_utf8_lossy(&output.stderr).trim().to_string();
    assert_eq!(message.lines().count(), 1, "one clear line: {message}");
    message
}
