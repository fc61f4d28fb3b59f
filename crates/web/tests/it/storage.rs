//! Uploaded files in a real S3-compatible bucket (moto's server, started per test; see
//! `store::testing::servers`): two server processes share the bucket and the database, so a
//! document uploaded through one is downloaded from the other, and withdrawn for both. A bucket
//! that does not exist is a clear error, with nothing left half-written.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use store::files::{FileStore, S3Settings};
use store::testing::servers::RealServer;
use tower::ServiceExt;

use crate::forum::upload;
use crate::harness::{state_with_files, TestApp};

store::on_both_backends!(crate::harness::TestApp; two_servers_share_one_bucket);

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";

fn bucket(server: &RealServer, name: &str) -> S3Settings {
    S3Settings {
        bucket: name.to_string(),
        endpoint: Some(server.endpoint()),
        region: Some("us-east-1".into()),
        access_key_id: Some("sharaka-test".into()),
        secret_access_key: Some("sharaka-test-secret".into()),
    }
}

async fn get(router: &axum::Router, path: &str) -> (StatusCode, Vec<u8>) {
    let response =
        router.clone().oneshot(Request::get(path).body(Body::empty()).expect("request")).await.expect("answer");
    let status = response.status();
    (status, response.into_body().collect().await.expect("body").to_bytes().to_vec())
}

async fn two_servers_share_one_bucket(app: &mut TestApp) {
    let Some(s3) = RealServer::s3() else { return };
    s3.create_bucket("sharaka-documents");
    let settings = bucket(&s3, "sharaka-documents");
    app.use_files(web::FilesConfig::S3(settings.clone())).await;
    let other = state_with_files(
        app.test_db().reconnect().await,
        app.clock.clone(),
        &app.mail_dir,
        web::FilesConfig::S3(settings.clone()),
    )
    .await;
    let other = web::app(other);

    app.signed_in_secretariat().await;
    let token = app.get("/fr/admin/documents").await.csrf_field();
    let saved = upload(app, token, "محضر.pdf", PDF.to_vec()).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let document = app.state.db.list_documents().await.expect("documents").remove(0);

    // The object is in the bucket, and the other server serves it.
    let files = FileStore::s3(&settings).expect("bucket");
    let keys = files.keys("").await.expect("list the bucket");
    assert_eq!(keys.len(), 1, "{keys:?}");
    assert_eq!(files.get(&keys[0]).await.expect("object"), PDF);
    let (status, body) = get(&other, &format!("/fr/documents/{}/file", document.id)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, PDF, "downloaded from the other server, byte for byte");

    // Withdrawn on the first: neither serves the file any more; the listing says why.
    let withdrawn = app
        .submit(
            "/fr/admin/documents",
            &format!("/fr/admin/documents/{}/withdraw", document.id),
            &[("reason", "Version provisoire publiée par erreur")],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER, "{}", withdrawn.body);
    let (status, _) = get(&other, &format!("/fr/documents/{}/file", document.id)).await;
    assert_ne!(status, StatusCode::OK, "a withdrawn file is not served");
    let (_, listing) = get(&other, "/fr/documents").await;
    assert!(String::from_utf8_lossy(&listing).contains("Version provisoire publiée par erreur"));

    // A bucket that does not exist: the upload is refused and nothing is recorded.
    app.use_files(web::FilesConfig::S3(bucket(&s3, "no-such-bucket"))).await;
    let token = app.get("/fr/admin/documents").await.csrf_field();
    let refused = upload(app, token, "pv.pdf", PDF.to_vec()).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "the form again, with what was typed");
    refused.assert_contains("Le stockage des fichiers est injoignable");
    refused.assert_contains("PV atelier budget");
    assert!(!refused.body.contains("NoSuchBucket"), "no storage internals on the page");
    assert_eq!(app.state.db.list_documents().await.expect("documents").len(), 1, "no row for the lost upload");
    let error = FileStore::s3(&bucket(&s3, "no-such-bucket")).expect("settings").put("x", b"x".to_vec()).await;
    let message = error.expect_err("refused").to_string();
    assert!(message.contains("no-such-bucket") || message.contains("NoSuchBucket"), "{message}");
}
