//! `sharaka backup` and `sharaka restore` as an operator runs them, on SQLite and PostgreSQL:
//! the restored instance is the backed-up one, row for row and file for file, with the files
//! in a local folder or in S3 buckets (moto's server).

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::io::{Read, Write};
use std::path::Path;

use std::collections::BTreeMap;

mod common;
use common::{failure, ok, sharaka, sharaka_with, temp_dir};

use store::testing::servers::RealServer;
use store::testing::TestDatabase;

/// The backup's lines after its header (which holds the time it was made), parsed.
fn content(path: &Path) -> Vec<serde_json::Value> {
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(path).expect("open backup"))
        .read_to_string(&mut text)
        .expect("gzip");
    text.lines().skip(1).map(|l| serde_json::from_str(l).expect("JSON line")).collect()
}

fn rows_of<'a>(content: &'a [serde_json::Value], table: &str) -> Vec<&'a serde_json::Value> {
    content.iter().filter(|v| v["table"] == table).map(|v| &v["row"]).collect()
}

async fn round_trip(source: TestDatabase, target: TestDatabase) {
    let (a_dir, b_dir) = (temp_dir("a"), temp_dir("b"));
    let (a, b) = (source.url(), target.url());
    ok(sharaka(&a, &a_dir, &["demo"]));
    let said = ok(sharaka(&a, &a_dir, &["backup", "--out", "a.backup"]));
    assert!(said.contains("backup written to a.backup"), "{said}");
    let backed_up = content(&a_dir.join("a.backup"));
    assert!(rows_of(&backed_up, "commitments").len() >= 16);
    assert_eq!(backed_up.iter().filter(|v| v.get("file").is_some()).count(), 2, "the demo's two uploaded documents");
    assert!(!a_dir.join("a.partial").exists());

    // The target already has an account of its own: restoring replaces the whole instance.
    ok(sharaka(&b, &b_dir, &["admin", "create", "--email", "gone@example.ma", "--name", "Gone"]));
    std::fs::copy(a_dir.join("a.backup"), b_dir.join("a.backup")).expect("copy");
    let said = ok(sharaka(&b, &b_dir, &["restore", "a.backup"]));
    assert!(said.contains("and 2 files"), "{said}");
    ok(sharaka(&b, &b_dir, &["backup", "--out", "b.backup"]));
    assert_eq!(
        content(&b_dir.join("b.backup")),
        backed_up,
        "the restored instance backs up to the same rows and files"
    );
    let users = rows_of(&backed_up, "users");
    assert!(users.iter().all(|u| u["email"] != "gone@example.ma"));

    // New rows continue after the restored ids.
    ok(sharaka(&b, &b_dir, &["admin", "create", "--email", "new@example.ma", "--name", "Nouvelle"]));
    ok(sharaka(&b, &b_dir, &["backup", "--out", "c.backup"]));
    let after = content(&b_dir.join("c.backup"));
    let max_id = users.iter().map(|u| u["id"].as_i64().expect("id")).max().expect("users");
    let new_user = rows_of(&after, "users").into_iter().find(|u| u["email"] == "new@example.ma").expect("created");
    assert!(new_user["id"].as_i64().expect("id") > max_id);

    // A cut-off copy or one with a table this schema lacks is
    // refused in one line and changes nothing.
    let mut whole = Vec::new();
    std::fs::File::open(b_dir.join("c.backup")).expect("open").read_to_end(&mut whole).expect("read");
    std::fs::write(b_dir.join("cut.backup"), &whole[..whole.len() / 2]).expect("write");
    let message = failure(sharaka(&b, &b_dir, &["restore", "cut.backup"]));
    assert!(message.contains("cut.backup"), "{message}");

    let mut lines: Vec<String> = {
        let mut text = String::new();
        flate2::read::GzDecoder::new(&whole[..]).read_to_string(&mut text).expect("gzip");
        text.lines().map(String::from).collect()
    };
    lines.insert(2, r#"{"table":"no_such_table","row":{"id":1}}"#.to_string());
    let end = lines.len() - 1;
    let rows = after.iter().filter(|v| v.get("table").is_some()).count() + 1;
    let files = after.iter().filter(|v| v.get("file").is_some()).count();
    lines[end] = format!(r#"{{"end":{{"rows":{rows},"files":{files}}}}}"#);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(lines.join("\n").as_bytes()).expect("gzip");
    std::fs::write(b_dir.join("odd.backup"), gz.finish().expect("gzip")).expect("write");
    let message = failure(sharaka(&b, &b_dir, &["restore", "odd.backup"]));
    assert!(message.contains("no_such_table") && message.contains("unchanged"), "{message}");

    ok(sharaka(&b, &b_dir, &["backup", "--out", "d.backup"]));
    assert_eq!(content(&b_dir.join("d.backup")), after, "failed restores changed nothing");

    source.cleanup().await;
    target.cleanup().await;
    let _ = std::fs::remove_dir_all(a_dir);
    let _ = std::fs::remove_dir_all(b_dir);
}

#[tokio::test]
async fn backup_restores_exactly_on_sqlite() {
    round_trip(TestDatabase::sqlite().await, TestDatabase::sqlite().await).await;
}

#[tokio::test]
async fn backup_restores_exactly_on_postgres() {
    let (Some(source), Some(target)) = (TestDatabase::postgres().await, TestDatabase::postgres().await) else {
        eprintln!("skipped: {} not set", store::testing::POSTGRES_URL_VAR);
        return;
    };
    round_trip(source, target).await;
}

/// `sharaka` with its uploaded files in `bucket` on the S3 server.
fn sharaka_s3(s3: &RealServer, bucket: &str, url: &str, data_dir: &Path, args: &[&str]) -> std::process::Output {
    let env = [
        ("SHARAKA_S3_BUCKET", bucket.to_string()),
        ("SHARAKA_S3_ENDPOINT", s3.endpoint()),
        ("SHARAKA_S3_REGION", "us-east-1".to_string()),
        ("AWS_ACCESS_KEY_ID", "sharaka-test".to_string()),
        ("AWS_SECRET_ACCESS_KEY", "sharaka-test-secret".to_string()),
    ];
    sharaka_with(url, data_dir, args, &env)
}

fn objects(s3: &RealServer, bucket: &str) -> BTreeMap<String, Vec<u8>> {
    let settings = store::files::S3Settings {
        bucket: bucket.into(),
        endpoint: Some(s3.endpoint()),
        region: Some("us-east-1".into()),
        access_key_id: Some("sharaka-test".into()),
        secret_access_key: Some("sharaka-test-secret".into()),
    };
    let files = store::files::FileStore::s3(&settings).expect("bucket");
    let runtime = tokio::runtime::Handle::current();
    tokio::task::block_in_place(|| {
        runtime.block_on(async {
            let mut all = BTreeMap::new();
            for key in files.keys("").await.expect("list") {
                let bytes = files.get(&key).await.expect("object");
                all.insert(key, bytes);
            }
            all
        })
    })
}

/// The demo's documents live in one bucket; a backup carries them and a restore puts them
/// into another, object for object. A bucket that is not there is one clear line.
#[tokio::test(flavor = "multi_thread")]
async fn backup_and_restore_through_s3_buckets() {
    let Some(s3) = RealServer::s3() else { return };
    s3.create_bucket("instance-a");
    s3.create_bucket("instance-b");
    let (source, target) = (TestDatabase::sqlite().await, TestDatabase::sqlite().await);
    let dir = temp_dir("s3");
    ok(sharaka_s3(&s3, "instance-a", &source.url(), &dir, &["demo"]));
    let uploaded = objects(&s3, "instance-a");
    assert_eq!(uploaded.len(), 2, "the demo's two documents are in the bucket: {:?}", uploaded.keys());
    assert!(!dir.join("files").exists(), "nothing in the local folder");

    let said = ok(sharaka_s3(&s3, "instance-a", &source.url(), &dir, &["backup", "--out", "s3.backup"]));
    assert!(said.contains("and 2 files"), "{said}");
    let message = failure(sharaka_s3(&s3, "no-such-bucket", &target.url(), &dir, &["restore", "s3.backup"]));
    assert!(message.contains("cannot restore uploaded file"), "{message}");
    let said = ok(sharaka_s3(&s3, "instance-b", &target.url(), &dir, &["restore", "s3.backup"]));
    assert!(said.contains("and 2 files"), "{said}");
    assert_eq!(objects(&s3, "instance-b"), uploaded, "object for object");

    source.cleanup().await;
    target.cleanup().await;
    let _ = std::fs::remove_dir_all(dir);
}
