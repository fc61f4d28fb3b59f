//! The JSON API and its OpenAPI document.

use axum::http::{Method, StatusCode};

use crate::harness::{TestApp, START};
use crate::on_both_backends;

on_both_backends!(
    institutions_as_json,
    api_errors_are_json_with_stable_codes,
    reads_carry_etags_cors_and_a_rate_limit,
    milestones_meetings_and_commitments_filter_and_page,
);

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
    assert_eq!(json["total"], 1);
    let first = &json["items"][0];
    assert_eq!(first["slug"], "cdai");
    assert_eq!(first["name"]["ar"], "لجنة");
    assert!(first["name"].get("zgh").is_none());
    assert_eq!(first["branch"], "independent-body");
    assert_eq!(app.get("/api/v1/institutions?page=0").await.status, StatusCode::BAD_REQUEST);
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
    assert!(limited.headers.get(axum::http::header::RETRY_AFTER).is_some(), "429 says when to come back");
}

async fn milestones_meetings_and_commitments_filter_and_page(app: &mut TestApp) {
    use domain::commitment::{MilestoneInput, MilestoneStatus};
    crate::harness::import_morocco(app).await;
    let commitment = app.state.db.commitment_by_code("MO0050").await.unwrap().expect("MO0050");
    let day = |s: &str| domain::plan::parse_required_date(s).unwrap();
    for (due, status) in [
        ("2020-01-01", MilestoneStatus::InProgress),
        ("2030-01-01", MilestoneStatus::NotStarted),
        ("2020-06-01", MilestoneStatus::Completed),
    ] {
        let input = MilestoneInput {
            output: domain::Localized::from_pairs([(domain::Locale::Fr, format!("Jalon {due}"))]),
            starts_on: None,
            due_on: Some(day(due)),
            responsible_institution_id: commitment.lead_institution_id,
            status,
            percent: 0,
        };
        app.state.db.add_milestone(commitment.id, &input, None, START).await.unwrap();
    }
    let all = app.get("/api/v1/plans/morocco-2/milestones").await.json();
    assert_eq!(all["total"], 3);
    let late = app.get("/api/v1/plans/morocco-2/milestones?late=true").await.json();
    assert_eq!((late["total"].as_i64(), late["items"][0]["commitment_code"].as_str()), (Some(1), Some("MO0050")));
    assert_eq!(late["items"][0]["late"], true);
    let paged = app.get("/api/v1/plans/morocco-2/milestones?per_page=2&page=2").await.json();
    assert_eq!((paged["items"].as_array().unwrap().len(), paged["next"].is_null()), (1, true));
    assert_eq!(app.get("/api/v1/plans/morocco-2/milestones?status=maybe").await.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.get("/api/v1/plans/morocco-2/milestones?late=perhaps").await.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.get("/api/v1/plans/nope/milestones").await.status, StatusCode::NOT_FOUND);

    let lead = commitment.lead_institution_id.unwrap();
    let led = app.get(&format!("/api/v1/plans/morocco-2/commitments?institution={lead}")).await.json();
    assert!(led["items"].as_array().unwrap().iter().all(|c| c["lead_institution_id"] == lead));
    assert!(led["items"].as_array().unwrap().iter().any(|c| c["code"] == "MO0050"));
    // A page's next link keeps the filters.
    let first = app.get("/api/v1/plans/morocco-2/commitments?status=adopted&per_page=1").await;
    let next = first.json()["next"].as_str().unwrap().to_string();
    assert_eq!(next, "http://sharaka.test/api/v1/plans/morocco-2/commitments?status=adopted&page=2&per_page=1");
    assert!(first.headers["link"].to_str().unwrap().contains("status=adopted&page=2"));
    let second = app.get(next.trim_start_matches("http://sharaka.test")).await.json();
    assert!(second["items"].as_array().unwrap().iter().all(|c| c["status"] == "adopted"));
    assert_eq!(
        app.get("/api/v1/plans/morocco-2/commitments?status=adopted&theme=abc").await.status,
        StatusCode::BAD_REQUEST
    );
    let meetings = app.get("/api/v1/meetings?per_page=1").await;
    assert_eq!(meetings.status, StatusCode::OK);
    assert_eq!(meetings.json()["total"], 0);
}
