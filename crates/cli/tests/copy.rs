//! `sharaka copy --to URL` as an operator runs it when an instance outgrows SQLite: the full
//! demo plus synthetic participants and comments, moved to PostgreSQL, reads back the same.
//!
//! The proof compares what people and programs read, served by the real router from each
//! database at the same instant: every API list (every operation of /api/openapi.json, each
//! path parameter filled from the lists, every page of paged lists), every open-data download,
//! and every public page reachable from the home pages in Arabic and French (a crawl), byte for
//! byte but for the per-response CSRF tokens; searches find the same results. Then the copy goes back to a new SQLite database
//! and its backup equals the original's row for row, and a move into a database that is not
//! empty is refused in one line with nothing written.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::io::Read;
use std::path::Path;

use axum::http::StatusCode;
use store::testing::TestDatabase;

mod common;
use common::{failure, quiet as ok, sharaka, temp_dir, Site};

/// 2026-12-07: both apps render "now" the same.
const NOW: i64 = 1_796_601_600;
/// Public pages crawled per locale.
const MAX_PAGES: usize = 250;

/// The rows and files of a backup (its header holds the time and backend, which differ).
fn backup_content(path: &Path) -> Vec<String> {
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(path).expect("open backup"))
        .read_to_string(&mut text)
        .expect("gzip");
    text.lines().skip(1).map(String::from).collect()
}

/// What must differ between two renderings: the CSRF token of each form.
fn comparable(body: &[u8]) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(body) else { return body.to_vec() };
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let marker = "name=\"csrf\" value=\"";
    while let Some(at) = rest.find(marker) {
        out.push_str(&rest[..at + marker.len()]);
        rest = &rest[at + marker.len()..];
        rest = &rest[rest.find('"').unwrap_or(0)..];
    }
    out.push_str(rest);
    out.into_bytes()
}

/// Same-site links of a page that a visitor follows (no back office, account or form action).
fn links(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(|s| s.replace("&amp;", "&"))
        .filter(|href| href.starts_with('/') && !href.starts_with("//"))
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .filter(|href| {
            !["/static/", "/admin", "/account", "/sign-", "/register", "/logout"].iter().any(|skip| href.contains(skip))
        })
        .collect()
}

struct Compared {
    api: usize,
    api_items: usize,
    open_data: usize,
    pages: usize,
    searches: usize,
}

async fn same(a: &Site, b: &Site, path: &str) -> (StatusCode, String, Vec<u8>) {
    let (status_a, kind, body_a) = a.get(path).await;
    let (status_b, _, body_b) = b.get(path).await;
    assert_eq!(status_a, status_b, "{path}: status");
    if comparable(&body_a) != comparable(&body_b) {
        let (ta, tb) = (String::from_utf8_lossy(&body_a), String::from_utf8_lossy(&body_b));
        let at = ta.chars().zip(tb.chars()).take_while(|(x, y)| x == y).count();
        let from = at.saturating_sub(120);
        panic!(
            "{path} differs after the move, from character {at}:\nSQLite:     {}\nPostgreSQL: {}",
            ta.chars().skip(from).take(300).collect::<String>(),
            tb.chars().skip(from).take(300).collect::<String>()
        );
    }
    (status_a, kind, body_a)
}

async fn compare_everything(a: &Site, b: &Site) -> Compared {
    let mut compared = Compared { api: 0, api_items: 0, open_data: 0, pages: 0, searches: 0 };

    // Every API list: each GET operation, path parameters from the lists, every page.
    let (_, _, doc) = same(a, b, "/api/openapi.json").await;
    let doc: serde_json::Value = serde_json::from_slice(&doc).expect("openapi");
    let (_, _, plans) = same(a, b, "/api/v1/plans").await;
    let plans: serde_json::Value = serde_json::from_slice(&plans).expect("plans");
    let plan_slugs: Vec<String> =
        plans["items"].as_array().expect("plans").iter().map(|p| p["slug"].as_str().expect("slug").into()).collect();
    assert!(plan_slugs.len() >= 3, "the demo's plans");
    let mut codes = Vec::new();
    let mut milestone_ids = Vec::new();
    for plan in &plan_slugs {
        let (_, _, list) = same(a, b, &format!("/api/v1/plans/{plan}/commitments")).await;
        let list: serde_json::Value = serde_json::from_slice(&list).expect("commitments");
        codes.extend(
            list["items"].as_array().expect("items").iter().filter_map(|c| c["code"].as_str().map(String::from)),
        );
        let (_, _, list) = same(a, b, &format!("/api/v1/plans/{plan}/milestones")).await;
        let list: serde_json::Value = serde_json::from_slice(&list).expect("milestones");
        milestone_ids.extend(list["items"].as_array().expect("items").iter().filter_map(|m| m["id"].as_i64()));
    }
    assert!(codes.len() >= 16 && !milestone_ids.is_empty());
    let mut queue: VecDeque<String> = VecDeque::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        if item.get("get").is_none() || path == "/healthz" {
            continue;
        }
        if path.contains("{plan}") {
            queue.extend(plan_slugs.iter().map(|p| path.replace("{plan}", p)));
        } else if path.contains("{code}") {
            queue.extend(codes.iter().map(|c| path.replace("{code}", c)));
        } else if path.contains("{id}") && path.contains("milestones") {
            queue.extend(milestone_ids.iter().map(|id| path.replace("{id}", &id.to_string())));
        } else if !path.contains('{') {
            queue.push_back(path.clone());
        }
    }
    let mut seen = BTreeSet::new();
    while let Some(path) = queue.pop_front() {
        if !seen.insert(path.clone()) {
            continue;
        }
        let (status, _, body) = same(a, b, &path).await;
        compared.api += 1;
        if status == StatusCode::OK {
            let value: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
            compared.api_items += value["items"].as_array().map_or(0, Vec::len);
            if let Some(next) = value["next"].as_str() {
                queue.push_back(next.trim_start_matches("http://sharaka.test").to_string());
            }
        }
    }

    // Every open-data download, in both languages' addresses.
    for locale in ["ar", "fr"] {
        for file in ["", "/commitments.csv", "/commitments.xlsx", "/sharaka.json", "/sharaka-instance.schema.json"] {
            let (status, _, _) = same(a, b, &format!("/{locale}/open-data{file}")).await;
            assert_eq!(status, StatusCode::OK, "/{locale}/open-data{file}");
            compared.open_data += 1;
        }
    }

    // Searches in each script find the same things (the index travelled as entries; each
    // backend ranks its own way, so the order of equal matches may differ).
    let found = |body: &[u8]| -> BTreeSet<String> {
        let html = String::from_utf8_lossy(body);
        let results = html.split("search-results").nth(1).unwrap_or_default().split("</ol>").next().unwrap_or_default();
        links(results).into_iter().collect()
    };
    for query in [
        "/ar/search?q=%D8%A7%D9%84%D8%A8%D8%B1%D9%84%D9%85%D8%A7%D9%86",
        "/fr/search?q=parlement",
        "/fr/search?q=budget",
        "/en/search?q=access+to+information",
    ] {
        let ((status_a, _, body_a), (status_b, _, body_b)) = (a.get(query).await, b.get(query).await);
        assert_eq!((status_a, status_b), (StatusCode::OK, StatusCode::OK), "{query}");
        assert!(!found(&body_a).is_empty(), "{query} finds something");
        assert_eq!(found(&body_a), found(&body_b), "{query}");
        compared.searches += 1;
    }

    // Public pages, crawled from each home page.
    for locale in ["ar", "fr"] {
        let mut queue = VecDeque::from([format!("/{locale}/")]);
        let mut seen = BTreeSet::new();
        let mut crawled = 0;
        while let Some(path) = queue.pop_front() {
            if crawled == MAX_PAGES || !seen.insert(path.clone()) {
                continue;
            }
            let (_, kind, body) = same(a, b, &path).await;
            crawled += 1;
            if kind.starts_with("text/html") {
                queue.extend(
                    links(&String::from_utf8_lossy(&body))
                        .into_iter()
                        .filter(|l| l.starts_with(&format!("/{locale}/"))),
                );
            }
        }
        compared.pages += crawled;
    }
    compared
}

#[tokio::test]
async fn a_whole_instance_moves_from_sqlite_to_postgresql_and_back() {
    let Some(target) = TestDatabase::postgres().await else {
        eprintln!("skipped: {} not set", store::testing::POSTGRES_URL_VAR);
        return;
    };
    let source = TestDatabase::sqlite().await;
    let back = TestDatabase::sqlite().await;
    let dir = temp_dir("move");
    let (a, b, c) = (source.url(), target.url(), back.url());

    ok(sharaka(&a, &dir, &["demo"]));
    ok(sharaka(&a, &dir, &["synth", "--users", "300", "--comments", "3000", "--consultation-comments", "600"]));
    ok(sharaka(&a, &dir, &["backup", "--out", "a.backup"]));

    let said = ok(sharaka(&a, &dir, &["copy", "--to", &b]));
    println!("{}", said.trim());
    assert!(said.contains("from sqlite to postgres") && said.contains("the audit chain verifies"), "{said}");
    let rows = backup_content(&dir.join("a.backup")).iter().filter(|l| l.starts_with("{\"table\"")).count();
    assert!(said.contains(&format!("copied {rows} rows")), "every row of the backup: {rows}: {said}");

    // A second move into the now-filled target is refused and changes nothing; so is a move
    // onto the instance itself and one to a server that is not there.
    let message = failure(sharaka(&a, &dir, &["copy", "--to", &b]));
    assert!(message.contains("not empty") && message.contains("nothing was copied"), "{message}");
    let message = failure(sharaka(&a, &dir, &["copy", "--to", &a]));
    assert!(message.contains("own database"), "{message}");
    let message = failure(sharaka(&a, &dir, &["copy", "--to", "postgres://nobody@127.0.0.1:1/none"]));
    assert!(message.contains("cannot open the target database"), "{message}");

    // And back to SQLite, before anyone reads (reading counts API clients and builds the
    // search index): the same rows, byte for byte, as the original.
    ok(sharaka(&b, &dir, &["copy", "--to", &c]));
    ok(sharaka(&c, &dir, &["backup", "--out", "c.backup"]));
    let (original, round_trip) = (backup_content(&dir.join("a.backup")), backup_content(&dir.join("c.backup")));
    assert_eq!(original.len(), round_trip.len());
    let differing: BTreeMap<usize, (&String, &String)> =
        original.iter().zip(&round_trip).enumerate().filter(|(_, (x, y))| x != y).take(3).collect();
    assert!(differing.is_empty(), "rows that changed on the way: {differing:#?}");

    // What people and programs read is the same on both.
    let on_sqlite = Site::on(source.reconnect().await, &dir, NOW).await;
    let on_postgres = Site::on(target.reconnect().await, &dir, NOW).await;
    let compared = compare_everything(&on_sqlite, &on_postgres).await;
    println!(
        "compared byte for byte: {} API answers ({} list items), {} open-data downloads, {} public pages; {} searches find the same",
        compared.api, compared.api_items, compared.open_data, compared.pages, compared.searches
    );
    assert!(compared.api_items >= 3000, "the synthetic comments are in the API lists");
    assert!(compared.pages >= 200, "the crawl reached the site");

    // A backup made on SQLite restores into PostgreSQL too.
    let other = TestDatabase::postgres().await.expect("PostgreSQL");
    let said = ok(sharaka(&other.url(), &dir, &["restore", "a.backup"]));
    assert!(said.contains(&format!("restored {rows} rows")), "{said}");

    for db in [source, target, back, other] {
        db.cleanup().await;
    }
    let _ = std::fs::remove_dir_all(dir);
}
