//! What programs and people receive, word for word, as insta snapshots under `snapshots/`:
//! every read of the JSON API on the Moroccan demo data (each body also validated against the
//! schema `/api/openapi.json` gives for it, so the document cannot drift from the types), the
//! `{code, message}` error in the four languages, and the feeds and files others subscribe to.
//! Both backends write the same snapshot: a difference between SQLite and PostgreSQL fails.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};

use crate::harness::{import_morocco, TestApp};
use crate::on_both_backends;

on_both_backends!(
    api_bodies_read_as_documented,
    errors_read_alike_in_every_language,
    feeds_and_files_read_as_published
);

/// The schema the OpenAPI document gives for the 200 answer of `GET {template}`, with the
/// document's components beside it so its `$ref`s resolve.
fn documented_schema(spec: &Value, template: &str) -> Value {
    let schema = &spec["paths"][template]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    assert!(schema.is_object(), "GET {template} documents its 200 body");
    let mut schema = schema.clone();
    schema["components"] = spec["components"].clone();
    schema
}

async fn api_bodies_read_as_documented(app: &mut TestApp) {
    import_morocco(app).await;
    let spec = web::controllers::api::openapi::spec();
    let reads = [
        ("api-institutions", "/api/v1/institutions?per_page=3", "/api/v1/institutions"),
        ("api-plans", "/api/v1/plans", "/api/v1/plans"),
        ("api-plan-commitments", "/api/v1/plans/morocco-2/commitments?per_page=2", "/api/v1/plans/{plan}/commitments"),
        ("api-commitment", "/api/v1/commitments/MO0050", "/api/v1/commitments/{code}"),
        ("api-plan-milestones", "/api/v1/plans/morocco-2/milestones?per_page=3", "/api/v1/plans/{plan}/milestones"),
        ("api-meetings", "/api/v1/meetings", "/api/v1/meetings"),
        ("api-contributions", "/api/v1/contributions", "/api/v1/contributions"),
        ("api-popolo", "/api/v1/popolo.json", "/api/v1/popolo.json"),
        ("api-health", "/healthz", "/healthz"),
    ];
    for (name, path, template) in reads {
        let response = app.get(path).await;
        assert_eq!(response.status, StatusCode::OK, "{path}: {}", response.body);
        let body = response.json();
        let schema = documented_schema(&spec, template);
        let validator = jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{template}: {e}"));
        let errors: Vec<String> =
            validator.iter_errors(&body).map(|e| format!("{} at {}", e, e.instance_path)).collect();
        assert!(errors.is_empty(), "{path} against its documented schema: {errors:#?}");
        insta::assert_json_snapshot!(name, body);
    }
    // A body that breaks its schema is caught: the check is not vacuous.
    let schema = documented_schema(&spec, "/api/v1/plans");
    let validator = jsonschema::validator_for(&schema).expect("schema");
    assert!(!validator.is_valid(&json!({ "items": "not a list", "page": 1 })));
}

/// The same refusal, in the reader's language, with the same stable code.
async fn errors_read_alike_in_every_language(app: &mut TestApp) {
    for locale in ["ar", "fr", "en", "zgh"] {
        let missing =
            app.request(Method::GET, "/api/v1/commitments/XX9999", None, &[("accept-language", locale)]).await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        let bad = app.request(Method::GET, "/api/v1/plans?page=0", None, &[("accept-language", locale)]).await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST);
        let unsigned = app
            .send(
                Method::POST,
                "/api/v1/milestones/1/progress",
                axum::body::Body::from("{}"),
                Some("application/json"),
                &[("accept-language", locale)],
            )
            .await;
        assert_eq!(unsigned.status, StatusCode::UNAUTHORIZED);
        insta::assert_json_snapshot!(
            format!("api-errors-{locale}"),
            json!({ "404": missing.json(), "400": bad.json(), "401": unsigned.json() })
        );
    }
}

/// Feeds, calendars and downloads as a subscriber's software reads them.
async fn feeds_and_files_read_as_published(app: &mut TestApp) {
    import_morocco(app).await;
    let mut files = vec![
        ("feed-news".to_string(), "/feeds/news.atom".to_string()),
        ("feed-meetings".into(), "/feeds/meetings.atom".into()),
        ("feed-consultations".into(), "/feeds/consultations.atom".into()),
        ("calendar".into(), "/calendar.ics".into()),
        ("badge-ar".into(), "/ar/embed/commitments/MO0050/badge.svg".into()),
        ("widget-fr".into(), "/fr/embed/commitments/MO0050".into()),
        ("open-data-commitments-csv".into(), "/fr/open-data/commitments.csv".into()),
        ("open-data-schema".into(), "/fr/open-data/sharaka-instance.schema.json".into()),
    ];
    // A plan's and a commitment's news in each language a subscriber may choose.
    for locale in ["ar", "fr", "en", "zgh"] {
        files.push((format!("feed-plan-{locale}"), format!("/feeds/plans/morocco-2.atom?lang={locale}")));
        files.push((format!("feed-commitment-{locale}"), format!("/feeds/commitments/MO0050.atom?lang={locale}")));
    }
    for (name, path) in files {
        let (name, path) = (name.as_str(), path.as_str());
        let response = app.get(path).await;
        assert_eq!(response.status, StatusCode::OK, "{path}: {}", response.body);
        insta::assert_snapshot!(name, response.body);
    }
}
