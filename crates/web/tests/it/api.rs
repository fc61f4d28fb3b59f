//! The JSON API and its OpenAPI document.

use axum::http::{Method, StatusCode};

use crate::harness::{TestApp, START};
use crate::on_both_backends;

on_both_backends!(
    institutions_as_json,
    api_errors_are_json_with_stable_codes,
    reads_carry_etags_cors_and_a_rate_limit,
    milestones_meetings_and_commitments_filter_and_page,
    the_api_answers_as_its_document_says,
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

/// Issue 18 item 8, each case one that schemathesis found: HEAD carries GET's ETag, a 405 says
/// what is allowed, a 400 names its parameter, bounds are enforced as documented.
async fn the_api_answers_as_its_document_says(app: &mut TestApp) {
    crate::harness::import_morocco(app).await;
    for path in ["/api/v1/plans", "/fr/plans", "/feeds/meetings.atom"] {
        let get = app.get(path).await;
        let head = app.request(Method::HEAD, path, None, &[]).await;
        assert_eq!((head.status, head.body.as_str()), (StatusCode::OK, ""), "{path}");
        assert_eq!(head.headers.get("etag"), get.headers.get("etag"), "HEAD {path} carries GET's ETag");
        assert!(get.headers.contains_key("etag") || path == "/fr/plans", "{path}");
    }

    for method in [Method::TRACE, Method::DELETE, Method::PUT] {
        let refused = app.request(method.clone(), "/api/v1/plans", None, &[]).await;
        assert_eq!(refused.status, StatusCode::METHOD_NOT_ALLOWED, "{method}");
        assert_eq!(refused.json()["code"], "method-not-allowed");
        let allow = refused.headers["allow"].to_str().unwrap().to_string();
        assert!(allow.contains("GET") && allow.contains("HEAD"), "{method}: Allow {allow}");
    }
    let page = app.request(Method::DELETE, "/fr/plans", None, &[]).await;
    assert!(page.headers.contains_key("allow"), "pages too");

    app.headers.push(("accept-language".into(), "fr".into()));
    for (query, parameter) in [
        ("/api/v1/plans?page=", "page"),
        ("/api/v1/plans?per_page=", "per_page"),
        ("/api/v1/plans?page=1000001", "page"),
        ("/api/v1/plans?page=%2B2", "page"),
        ("/api/v1/institutions?page=2432902008176640000", "page"),
        ("/api/v1/meetings?per_page=null&per_page=null", "per_page"),
        ("/api/v1/plans/morocco-2/commitments?institution=-3", "institution"),
        ("/api/v1/plans/morocco-2/commitments?theme=", "theme"),
        ("/api/v1/plans/morocco-2/commitments?status=", "status"),
        ("/api/v1/plans/morocco-2/milestones?late=", "late"),
    ] {
        let refused = app.get(query).await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{query}");
        let json = refused.json();
        assert_eq!(
            (json["code"].as_str(), json["parameter"].as_str()),
            (Some("invalid-parameter"), Some(parameter)),
            "{query}"
        );
        assert!(json["message"].as_str().unwrap().contains(&format!("« {parameter} »")), "{query}: {json}");
    }
    let last = app.get("/api/v1/plans?page=1000000").await;
    assert_eq!((last.status, last.json()["items"].as_array().map(Vec::len)), (StatusCode::OK, Some(0)));

    // The document states those answers and bounds.
    let spec = web::controllers::api::openapi::spec();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let answers = operation["responses"].as_object().unwrap();
            let has_input = operation["parameters"].as_array().is_some_and(|p| !p.is_empty())
                || operation.get("requestBody").is_some();
            assert!(!has_input || answers.contains_key("400"), "{method} {path} states its 400");
            if operation.get("security").is_some() {
                for status in ["401", "404", "413", "422"] {
                    assert!(answers.contains_key(status), "{method} {path} states its {status}");
                }
            }
        }
    }
    let page_param = &spec["paths"]["/api/v1/plans"]["get"]["parameters"][0];
    assert_eq!(
        (page_param["name"].as_str(), page_param["schema"]["maximum"].as_i64()),
        (Some("page"), Some(1_000_000))
    );
    let health = app.get("/healthz").await.json();
    let schema = &spec["components"]["schemas"]["Health"];
    for key in health.as_object().unwrap().keys() {
        assert!(schema["properties"].get(key).is_some(), "/healthz answers {key} the document does not state");
    }
}
