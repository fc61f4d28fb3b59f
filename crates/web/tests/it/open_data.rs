//! The open data downloads, read back by real readers: CSV, XLSX (calamine) and the JSON
//! instance validated against its JSON Schema.

use std::io::Cursor;

use axum::http::StatusCode;
use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};

use crate::harness::{import_morocco, TestApp};
use crate::on_both_backends;

on_both_backends!(every_download_opens_in_a_real_reader);

async fn every_download_opens_in_a_real_reader(app: &mut TestApp) {
    import_morocco(app).await;
    let page = app.get("/ar/open-data").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("CC BY 4.0");
    page.assert_contains("/ar/open-data/commitments.xlsx");

    let csv = app.get("/fr/open-data/commitments.csv").await;
    assert!(csv.headers["content-disposition"].to_str().unwrap().contains("sharaka-commitments.csv"));
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    assert_eq!(reader.headers().unwrap().get(0), Some("Commitment Unique Identifier"));
    let codes: Vec<String> = reader.records().map(|r| r.unwrap()[0].to_string()).collect();
    assert_eq!(codes.len(), 16);
    assert!(codes.contains(&"MO0050".to_string()));

    let request = axum::http::Request::builder()
        .uri("/fr/open-data/commitments.xlsx")
        .header("host", "sharaka.test")
        .body(axum::body::Body::empty())
        .unwrap();
    let response = tower::ServiceExt::oneshot(app.router.clone(), request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let bytes = http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes().to_vec();
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("a valid XLSX");
    let sheet = book.worksheet_range("Commitments").expect("sheet");
    assert_eq!(sheet.get_size().0, 17, "a header row and 16 commitments");
    assert_eq!(sheet.get((0, 0)), Some(&Data::String("Commitment Unique Identifier".into())));

    let json = app.get("/en/open-data/sharaka.json").await.json();
    let schema: serde_json::Value =
        serde_json::from_str(&app.get("/en/open-data/sharaka-instance.schema.json").await.body).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<String> = validator.iter_errors(&json).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(json["commitments"].as_array().unwrap().len(), 16);
}
