//! The JSON API and its OpenAPI document.

use axum::http::{Method, StatusCode};

use crate::harness::{TestApp, START};
use crate::on_both_backends;

on_both_backends!(institutions_as_json, api_errors_are_json_with_stable_codes);

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
