//! Upgrading an instance: an earlier release's database, with its data, migrates to this
//! release's schema and serves. Each file in `tests/fixtures/` is a backup made by an earlier
//! version (`schema-<version>-<what>.backup`, written by `sharaka backup`); for each, on both
//! backends, the test builds the schema of that version (its migrations only), restores the
//! rows, runs this release's migrations, and reads the instance back through the pages and the
//! API. When a migration is added, the fixture of the last release keeps this test honest:
//! migrations go forward only, and an applied migration must never be edited (sqlx refuses a
//! changed checksum), so a release's fix is a new migration.
//!
//! To add a fixture when a release is cut: `sharaka demo`, then `sharaka backup --out
//! crates/cli/tests/fixtures/schema-<version>-demo.backup`.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use domain::clock::ManualClock;
use http_body_util::BodyExt;
use store::testing::TestDatabase;
use store::RestoreInto;
use tower::ServiceExt;

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "backup"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "at least the last release's fixture");
    files
}

/// The schema version and the rows of a backup (its uploaded files are left out).
fn read_backup(path: &Path) -> (i64, Vec<(String, String)>) {
    let reader = BufReader::new(flate2::read::GzDecoder::new(std::fs::File::open(path).expect("open fixture")));
    let mut lines = reader.lines().map(|l| serde_json::from_str::<serde_json::Value>(&l.expect("line")).expect("JSON"));
    let header = lines.next().expect("header");
    let version = header["schema_version"].as_i64().expect("schema_version");
    let rows = lines.filter_map(|v| Some((v.get("table")?.as_str()?.to_string(), v.get("row")?.to_string()))).collect();
    (version, rows)
}

async fn upgrade(test: TestDatabase, fixture: &Path) {
    let (version, rows) = read_backup(fixture);
    let db = test.db.clone();
    db.migrate_to(version).await.expect("the earlier release's schema");
    assert_eq!(db.schema_version().await.expect("version"), version);
    let count = rows.len() as u64;
    let mut source = rows.into_iter().map(Ok);
    assert_eq!(db.restore(&mut source, RestoreInto::Replace).await.expect("its data"), count);

    db.migrate().await.expect("this release's migrations over the earlier data");
    let latest = db.schema_version().await.expect("version");
    assert!(latest >= version);
    println!("{}: schema {version} -> {latest}, {count} rows, on {}", fixture.display(), db.backend());

    // The upgraded instance serves what it held.
    let plans = db.list_plans().await.expect("plans");
    assert!(plans.len() >= 3, "the demo's plans survive");
    let log = db.audit_log().await.expect("audit log");
    assert_eq!(store::consultations::verify_chain(&log), Ok(log.len()), "the audit chain still verifies");
    let config = web::WebConfig::new("http://sharaka.test", web::MailConfig::Files(std::env::temp_dir()));
    let state =
        web::AppState::new(db.clone(), Arc::new(ManualClock::at_unix(1_796_601_600)), config).await.expect("state");
    let router = web::app(state);
    let mut paths = vec!["/ar/".to_string(), "/fr/plans".to_string(), "/api/v1/plans".to_string()];
    for plan in &plans {
        paths.push(format!("/ar/plans/{}", plan.slug));
        paths.push(format!("/fr/plans/{}/proposals", plan.slug));
        paths.push(format!("/api/v1/plans/{}/commitments", plan.slug));
    }
    paths.extend(["/fr/commitments/MO0050".to_string(), "/ar/consultations/1".to_string(), "/fr/forum".to_string()]);
    for path in &paths {
        let response = router
            .clone()
            .oneshot(Request::get(path.as_str()).body(Body::empty()).expect("request"))
            .await
            .expect("answer");
        let status = response.status();
        let body = response.into_body().collect().await.expect("body").to_bytes();
        assert_eq!(status, StatusCode::OK, "{path}: {}", String::from_utf8_lossy(&body));
    }
    // A password hash of the earlier release still signs in (the account row came through).
    let user = db.user_by_email("secretariat@demo.sharaka.ma").await.expect("read").expect("the demo's secretariat");
    assert!(web::auth::passwords::verify("sharaka-demo-2026".into(), Some(user.password_hash.clone())).await);
    test.cleanup().await;
}

#[tokio::test]
async fn an_earlier_release_upgrades_on_sqlite() {
    for fixture in fixtures() {
        upgrade(TestDatabase::sqlite_unmigrated().await, &fixture).await;
    }
}

#[tokio::test]
async fn an_earlier_release_upgrades_on_postgres() {
    for fixture in fixtures() {
        let Some(test) = TestDatabase::postgres_unmigrated().await else {
            eprintln!("skipped: {} not set", store::testing::POSTGRES_URL_VAR);
            return;
        };
        upgrade(test, &fixture).await;
    }
}

#[test]
fn migrations_only_go_forward() {
    for backend in ["sqlite", "postgres"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../store/migrations").join(backend);
        for entry in std::fs::read_dir(&dir).expect("migrations") {
            let name = entry.expect("entry").file_name().to_string_lossy().into_owned();
            assert!(
                !name.ends_with(".down.sql") && !name.ends_with(".up.sql"),
                "{backend}/{name}: no reversible migrations"
            );
            assert!(name.ends_with(".sql"), "{backend}/{name}");
        }
    }
}
