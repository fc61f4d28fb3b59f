//! `/metrics` in Prometheus' text format, for the operator of an instance that grew past one
//! machine: requests by route and status with their latencies, the page cache's hits and
//! misses, the mail outbox's backlog, the database connections, searches waiting their turn,
//! the search index's upkeep.
//!
//! Opt-in, on an address of its own (`SHARAKA_METRICS_BIND`, for example 127.0.0.1:9464):
//! the numbers describe the service, not the public, and the public address never answers
//! them. Routes are counted by their template (`/commitments/{code}`, locale prefix removed),
//! so the number of series is bounded by the router's ~180 routes whatever people type; pages
//! answered from the page cache are counted under the route that rendered them.
//!
//! Requests are counted whether or not the address is set (one short-held lock per request,
//! for a map lookup and a few additions): with counting on, the kept commitment page answered
//! 38,688 requests a second at 64 connections, 0.66 of nginx serving the same bytes
//! (bench/results/2026-12-07-mixed-row-partial.md).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::state::AppState;

/// Upper bounds of the latency buckets, in seconds (a kept page takes well under a
/// millisecond; the 300 ms target of the consultation page sits between two buckets).
const BUCKETS: [f64; 12] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5];

/// The route that answered, put on the response by [`label_route`] (and kept with a cached
/// page, so that replays are counted under it).
#[derive(Clone, Debug)]
pub struct RouteLabel(pub String);

#[derive(Default)]
struct Series {
    count: u64,
    sum: f64,
    buckets: [u64; BUCKETS.len()],
}

#[derive(Default)]
pub struct Metrics {
    /// (route, method, status) → latencies.
    requests: Mutex<BTreeMap<(String, String, u16), Series>>,
    /// What the search index's upkeep did, by part: passes, entries written or dropped, time.
    reindex: Mutex<BTreeMap<&'static str, (u64, u64, f64)>>,
}

impl Metrics {
    /// One pass of the search index's upkeep that changed something (see
    /// [`crate::search::reindex`]): `part` is what moved (the catalogue, moderation, or new
    /// contributions only), `entries` how many entries it wrote or dropped.
    pub fn record_reindex(&self, part: &'static str, entries: u64, seconds: f64) {
        let Ok(mut reindex) = self.reindex.lock() else { return };
        let (passes, written, time) = reindex.entry(part).or_default();
        *passes += 1;
        *written += entries;
        *time += seconds;
    }

    fn record(&self, route: String, method: String, status: u16, seconds: f64) {
        let Ok(mut requests) = self.requests.lock() else { return };
        let series = requests.entry((route, method, status)).or_default();
        series.count += 1;
        series.sum += seconds;
        for (bucket, bound) in series.buckets.iter_mut().zip(BUCKETS) {
            if seconds <= bound {
                *bucket += 1;
            }
        }
    }
}

/// The route layer: names the matched route on the response.
pub async fn label_route(path: Option<MatchedPath>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    if let Some(path) = path {
        response.extensions_mut().insert(RouteLabel(path.as_str().to_string()));
    }
    response
}

/// The outer layer: times every request and counts it under its route and status.
pub async fn count(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().as_str().to_string();
    let response = next.run(request).await;
    let route = response.extensions().get::<RouteLabel>().map_or_else(|| "unmatched".to_string(), |r| r.0.clone());
    state.metrics.record(route, method, response.status().as_u16(), started.elapsed().as_secs_f64());
    response
}

fn escape(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

/// The exposition text.
pub async fn render(state: &AppState) -> String {
    let mut out = String::new();
    let _ =
        writeln!(out, "# HELP sharaka_http_requests_total Requests answered, by route template, method and status.");
    let _ = writeln!(out, "# TYPE sharaka_http_requests_total counter");
    let mut histogram = String::new();
    let _ = writeln!(histogram, "# HELP sharaka_http_request_duration_seconds Time to answer, by route template.");
    let _ = writeln!(histogram, "# TYPE sharaka_http_request_duration_seconds histogram");
    if let Ok(requests) = state.metrics.requests.lock() {
        let mut by_route: BTreeMap<&str, Series> = BTreeMap::new();
        for ((route, method, status), series) in requests.iter() {
            let _ = writeln!(
                out,
                "sharaka_http_requests_total{{route=\"{}\",method=\"{method}\",status=\"{status}\"}} {}",
                escape(route),
                series.count
            );
            let total = by_route.entry(route).or_default();
            total.count += series.count;
            total.sum += series.sum;
            for (sum, add) in total.buckets.iter_mut().zip(series.buckets) {
                *sum += add;
            }
        }
        for (route, series) in by_route {
            let route = escape(route);
            for (bound, count) in BUCKETS.iter().zip(series.buckets) {
                let _ = writeln!(
                    histogram,
                    "sharaka_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {count}"
                );
            }
            let _ = writeln!(
                histogram,
                "sharaka_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                series.count
            );
            let _ =
                writeln!(histogram, "sharaka_http_request_duration_seconds_sum{{route=\"{route}\"}} {}", series.sum);
            let _ = writeln!(
                histogram,
                "sharaka_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                series.count
            );
        }
    }
    out.push_str(&histogram);

    let (hits, misses) = state.pages.lookups();
    let _ = writeln!(out, "# HELP sharaka_page_cache_lookups_total Anonymous page requests answered from memory (hit) or rendered (miss).");
    let _ = writeln!(out, "# TYPE sharaka_page_cache_lookups_total counter");
    let _ = writeln!(out, "sharaka_page_cache_lookups_total{{result=\"hit\"}} {hits}");
    let _ = writeln!(out, "sharaka_page_cache_lookups_total{{result=\"miss\"}} {misses}");
    let _ = writeln!(out, "# HELP sharaka_page_cache_pages Pages kept in memory now.");
    let _ = writeln!(out, "# TYPE sharaka_page_cache_pages gauge");
    let _ = writeln!(out, "sharaka_page_cache_pages {}", state.pages.len());

    let _ = writeln!(
        out,
        "# HELP sharaka_outbox_pending Messages waiting to be sent (including those waiting to be retried)."
    );
    let _ = writeln!(out, "# TYPE sharaka_outbox_pending gauge");
    match state.db.pending_mail_count().await {
        Ok(pending) => {
            let _ = writeln!(out, "sharaka_outbox_pending {pending}");
        }
        Err(err) => tracing::warn!(%err, "metrics: outbox backlog"),
    }
    if let Ok(reindex) = state.metrics.reindex.lock() {
        let _ = writeln!(out, "# HELP sharaka_search_reindex_seconds Time spent bringing the search index up to the data, by what moved (start: a process's first look; catalogue; moderation; contributions: new ones only).");
        let _ = writeln!(out, "# TYPE sharaka_search_reindex_seconds summary");
        for (part, (passes, _, seconds)) in reindex.iter() {
            let _ = writeln!(out, "sharaka_search_reindex_seconds_sum{{part=\"{part}\"}} {seconds}");
            let _ = writeln!(out, "sharaka_search_reindex_seconds_count{{part=\"{part}\"}} {passes}");
        }
        let _ = writeln!(
            out,
            "# HELP sharaka_search_reindexed_entries_total Search entries written or dropped, by what moved."
        );
        let _ = writeln!(out, "# TYPE sharaka_search_reindexed_entries_total counter");
        for (part, (_, entries, _)) in reindex.iter() {
            let _ = writeln!(out, "sharaka_search_reindexed_entries_total{{part=\"{part}\"}} {entries}");
        }
    }
    let searching = state.search_permits_total.saturating_sub(state.search_permits.available_permits());
    let _ = writeln!(
        out,
        "# HELP sharaka_searches_running Searches running now (at most the permits; more wait their turn)."
    );
    let _ = writeln!(out, "# TYPE sharaka_searches_running gauge");
    let _ = writeln!(out, "sharaka_searches_running {searching}");

    let pool = state.db.connections();
    let _ = writeln!(out, "# HELP sharaka_db_connections Database connections open, by state.");
    let _ = writeln!(out, "# TYPE sharaka_db_connections gauge");
    let _ = writeln!(out, "sharaka_db_connections{{state=\"idle\"}} {}", pool.idle);
    let _ =
        writeln!(out, "sharaka_db_connections{{state=\"busy\"}} {}", (pool.open as usize).saturating_sub(pool.idle));
    let _ = writeln!(out, "# HELP sharaka_info The running version and its database backend.");
    let _ = writeln!(out, "# TYPE sharaka_info gauge");
    let _ =
        writeln!(out, "sharaka_info{{version=\"{}\",backend=\"{}\"}} 1", env!("CARGO_PKG_VERSION"), state.db.backend());
    out
}

async fn exposition(State(state): State<AppState>) -> Response {
    let mut response = render(&state).await.into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"));
    response
}

/// The metrics address's whole router: `GET /metrics`.
pub fn router(state: AppState) -> Router {
    Router::new().route("/metrics", get(exposition)).with_state(state)
}
