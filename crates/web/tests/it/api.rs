//! The JSON API and its OpenAPI document.

use axum::http::{Method, StatusCode};

use crate::harness::{TestApp, START};
use crate::on_both_backends;

on_both_backends!(institutions_as_json, api_errors_are_json_with_stable_codes, reads_carry_etags_cors_and_a_rate_limit,);

async fn institutions_as_json(app: &mut TestApp) {
    let input = domain::institution::InstitutionInput {
        slug: domain::institution::Slug::parse("cdai").expect("slug"),
        name: domain::Localized::from_pairs([(domain::Locale::Ar, "لجنة"), (domain::Locale::Fr, "Commission")]),
        acronym: Some("CDAI".into()),
        branch: domain::institution::Branch::IndependentBody,
        parent_id: None,
    };
    app.state.db.create_institution(&input, START).await.expect("create");
    let response = app.get("/api/v1/institutions").await;
    assert_eq!(response.status, StatusCode::OK);
    let json = response.json();
    assert_eq!(json[0]["slug"], "cdai");
    assert_eq!(json[0]["name"]["ar"], "لجنة");
    assert!(json[0]["name"].get("zgh").is_none());
    assert_eq!(json[0]["branch"], "independent-body");
}

async fn api_errors_are_json_with_stable_codes(app: &mut TestApp) {
    let response = app.request(Method::GET, "/api/v1/nothing-here", None, &[("accept-language", "fr")]).await;
    assert_eq!(response.status, StatusCode::NOT_FOUND);
    let json = response.json();
    assert_eq!(json["code"], "not-found");
    assert_eq!(
        json["message"],
        "Nous n'avons pas trouvé cette page. Elle a peut-être été déplacée, ou l'adresse contient une erreur."
    );
    // Locale prefixes are for pages only.
    assert_eq!(app.get("/fr/api/v1/institutions").await.status, StatusCode::NOT_FOUND);
}

#[test]
fn openapi_document_is_stable() {
    insta::assert_json_snapshot!(web::controllers::api::openapi::spec());
}

async fn reads_carry_etags_cors_and_a_rate_limit(app: &mut TestApp) {
    let first = app.get("/api/v1/plans").await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.headers["access-control-allow-origin"], "*");
    let etag = first.headers["etag"].to_str().unwrap().to_string();
    let again = app.request(Method::GET, "/api/v1/plans", None, &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    let changed = app.request(Method::GET, "/api/v1/plans", None, &[("if-none-match", "\"other\"")]).await;
    assert_eq!(changed.status, StatusCode::OK);
    let preflight =
        app.request(Method::OPTIONS, "/api/v1/contributions", None, &[("origin", "https://data.example")]).await;
    assert_eq!(preflight.status, StatusCode::NO_CONTENT);
    assert!(preflight.headers["access-control-allow-methods"].to_str().unwrap().contains("GET"));
    let feed = app.get("/feeds/meetings.atom").await;
    assert!(feed.headers.contains_key("etag") && feed.headers["access-control-allow-origin"] == "*");
    // Pages are not open to other sites.
    assert!(!app.get("/fr/plans").await.headers.contains_key("access-control-allow-origin"));

    let mut config = (*app.state.config).clone();
    config.limits.api_requests_per_client = 3;
    app.state.config = std::sync::Arc::new(config);
    app.router = web::app(app.state.clone());
    let statuses: Vec<StatusCode> = {
        let mut all = vec![];
        for _ in 0..3 {
            all.push(app.get("/api/v1/institutions").await.status);
        }
        all
    };
    assert!(statuses.iter().all(|s| *s == StatusCode::OK || *s == StatusCode::TOO_MANY_REQUESTS));
    let limited = app.get("/api/v1/institutions").await;
    assert_eq!(
        (limited.status, limited.json()["code"].as_str()),
        (StatusCode::TOO_MANY_REQUESTS, Some("rate-limited"))
    );
}
