//! Running the `sharaka` binary as an operator does, for the command-line tests.

#![allow(dead_code, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use domain::clock::ManualClock;
use http_body_util::BodyExt;
use tower::ServiceExt;

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

/// The portal served from a database by the real router, in memory, at a fixed time.
pub struct Site {
    router: axum::Router,
}

impl Site {
    pub async fn on(db: Arc<dyn store::Database>, data_dir: &Path, now: i64) -> Site {
        let mut config =
            web::WebConfig::new("http://sharaka.test", web::MailConfig::Files(data_dir.join("outbox-test")));
        config.default_locale = domain::Locale::Ar;
        config.files = web::FilesConfig::Folder(data_dir.join("files"));
        let state = web::AppState::new(db, Arc::new(ManualClock::at_unix(now)), config).await.expect("state");
        Site { router: web::app(state) }
    }

    /// Status, content type and body of a GET.
    pub async fn get(&self, path: &str) -> (StatusCode, String, Vec<u8>) {
        let request = Request::get(path).body(Body::empty()).expect("request");
        let response = self.router.clone().oneshot(request).await.expect("response");
        let status = response.status();
        let kind = response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
        let bytes = response.into_body().collect().await.expect("body").to_bytes().to_vec();
        (status, kind, bytes)
    }
}
