//! `/metrics` on its own address: requests counted by route template and status (kept pages
//! under the route that rendered them), the page cache, the outbox, the database connections;
//! the public address does not answer it.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::harness::{import_morocco, TestApp};
use crate::on_both_backends;

on_both_backends!(metrics_count_requests_by_route_and_status);

fn value(text: &str, series: &str) -> f64 {
    text.lines()
        .find_map(|line| line.strip_prefix(series).and_then(|rest| rest.strip_prefix(' ')))
        .unwrap_or_else(|| panic!("no {series} in:\n{text}"))
        .parse()
        .expect("a number")
}

async fn metrics_count_requests_by_route_and_status(app: &mut TestApp) {
    import_morocco(app).await;
    assert_eq!(app.get("/ar/commitments/MO0050").await.status, StatusCode::OK);
    assert_eq!(app.get("/fr/commitments/MO0050").await.status, StatusCode::OK);
    assert_eq!(app.get("/fr/commitments/MO0050").await.headers["x-sharaka-cache"], "hit");
    assert_eq!(app.get("/fr/commitments/XX9999").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/fr/no-such-page").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/api/v1/plans").await.status, StatusCode::OK);
    assert_eq!(app.get("/ar/metrics").await.status, StatusCode::NOT_FOUND, "not on the public address");

    let router = web::metrics::router(app.state.clone());
    let response =
        router.oneshot(Request::get("/metrics").body(Body::empty()).expect("request")).await.expect("answer");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "text/plain; version=0.0.4; charset=utf-8");
    let text = String::from_utf8(response.into_body().collect().await.expect("body").to_bytes().to_vec()).unwrap();

    // Three in two languages, one of them from memory: one route, locale prefix removed.
    assert_eq!(
        value(&text, r#"sharaka_http_requests_total{route="/commitments/{code}",method="GET",status="200"}"#),
        3.0
    );
    assert_eq!(
        value(&text, r#"sharaka_http_requests_total{route="/commitments/{code}",method="GET",status="404"}"#),
        1.0
    );
    assert_eq!(value(&text, r#"sharaka_http_requests_total{route="unmatched",method="GET",status="404"}"#), 2.0);
    assert_eq!(value(&text, r#"sharaka_http_requests_total{route="/api/v1/plans",method="GET",status="200"}"#), 1.0);
    assert_eq!(value(&text, r#"sharaka_http_request_duration_seconds_count{route="/commitments/{code}"}"#), 4.0);
    assert_eq!(
        value(&text, r#"sharaka_http_request_duration_seconds_bucket{route="/commitments/{code}",le="+Inf"}"#),
        4.0
    );
    assert!(value(&text, r#"sharaka_page_cache_lookups_total{result="hit"}"#) >= 1.0);
    assert!(value(&text, r#"sharaka_page_cache_lookups_total{result="miss"}"#) >= 2.0);
    assert_eq!(value(&text, "sharaka_outbox_pending"), 0.0);
    assert!(value(&text, r#"sharaka_db_connections{state="idle"}"#) >= 0.0);
    let backend = app.state.db.backend();
    assert_eq!(
        value(&text, &format!(r#"sharaka_info{{version="{}",backend="{backend}"}}"#, env!("CARGO_PKG_VERSION"))),
        1.0
    );

    // Every line is a comment or `name{labels} number`, and buckets never decrease.
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let (series, number) = line.rsplit_once(' ').expect("series and value");
        assert!(number.parse::<f64>().is_ok(), "{line}");
        let name = series.split('{').next().unwrap();
        assert!(name.starts_with("sharaka_") && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{line}");
    }
    let buckets: Vec<f64> = text
        .lines()
        .filter(|l| l.starts_with(r#"sharaka_http_request_duration_seconds_bucket{route="/commitments/{code}""#))
        .map(|l| l.rsplit_once(' ').unwrap().1.parse().unwrap())
        .collect();
    assert_eq!(buckets.len(), 13);
    assert!(buckets.windows(2).all(|w| w[0] <= w[1]), "{buckets:?}");
}
