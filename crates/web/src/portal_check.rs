//! The background check of linked portals: does the site answer, and when was its feed
//! last written? Off unless the operator turns it on (`SHARAKA_PORTAL_CHECKS`), since it
//! contacts other servers.
//!
//! Every failure is recorded as a stable code for the public page, never raised: a portal
//! that is down, slow, or serves a malformed feed is news about that portal, not an error of
//! Sharaka's.

use std::time::Duration;

use domain::portal::{Portal, PortalCheck};
use store::StoreError;

use crate::state::AppState;

/// A feed larger than this is not read to the end (and counts as malformed).
const MAX_FEED_BYTES: usize = 4 * 1024 * 1024;
/// How long to wait for a site or a feed.
const TIMEOUT: Duration = Duration::from_secs(15);

/// The client used for checks: short timeouts, a few redirects, an honest user agent.
pub fn client() -> reqwest::Client {
    store::tls::install();
    reqwest::Client::builder()
        .timeout(TIMEOUT)
        .connect_timeout(Duration::from_secs(5))
        .redirect(reqwest::redirect::Policy::limited(5))
        .user_agent(concat!("Sharaka/", env!("CARGO_PKG_VERSION"), " (linked portal check)"))
        .build()
        .unwrap_or_default()
}

/// Checks one portal now.
pub async fn check(client: &reqwest::Client, portal: &Portal, now: i64) -> PortalCheck {
    let mut result =
        PortalCheck { checked_at: now, reachable: false, status: None, problem: None, newest_entry_on: None };
    match client.get(&portal.url).send().await {
        Ok(response) => {
            result.status = Some(response.status().as_u16());
            result.reachable = response.status().is_success();
            if !result.reachable {
                result.problem = Some("http-error".into());
            }
        }
        Err(_) => result.problem = Some("unreachable".into()),
    }
    if !result.reachable {
        return result;
    }
    if let Some(feed_url) = &portal.feed_url {
        match newest_entry(client, feed_url).await {
            Ok(newest) => result.newest_entry_on = Some(newest),
            Err(problem) => result.problem = Some(problem.into()),
        }
    }
    result
}

/// The date of the newest entry of an Atom or RSS feed.
async fn newest_entry(client: &reqwest::Client, url: &str) -> Result<time::Date, &'static str> {
    let mut response = client.get(url).send().await.map_err(|_| "feed-unreachable")?;
    if !response.status().is_success() {
        return Err("feed-unreachable");
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|_| "feed-unreachable")? {
        if body.len() + chunk.len() > MAX_FEED_BYTES {
            return Err("feed-malformed");
        }
        body.extend_from_slice(&chunk);
    }
    let feed = feed_rs::parser::parse(body.as_slice()).map_err(|_| "feed-malformed")?;
    let newest = feed.entries.iter().filter_map(|e| e.updated.or(e.published)).max().ok_or("feed-empty")?;
    time::OffsetDateTime::from_unix_timestamp(newest.timestamp()).map(|t| t.date()).map_err(|_| "feed-malformed")
}

/// Checks every portal whose last check is older than `every_secs` (or that was never
/// checked), so that several server processes share the work instead of repeating it.
pub async fn check_due(state: &AppState, client: &reqwest::Client, every_secs: i64) -> Result<usize, StoreError> {
    let now = state.now();
    let mut checked = 0;
    for portal in state.db.list_portals().await? {
        if portal.last_check.as_ref().is_some_and(|c| now - c.checked_at < every_secs) {
            continue;
        }
        let result = check(client, &portal, state.now()).await;
        if let Some(problem) = &result.problem {
            tracing::info!(portal = portal.id, url = %portal.url, problem, "linked portal check");
        }
        state.db.record_portal_check(portal.id, &result).await?;
        checked += 1;
    }
    if checked > 0 {
        crate::page_cache::invalidate(state).await;
    }
    Ok(checked)
}

/// Runs until `shutdown` resolves, checking due portals every hour.
pub async fn run_worker(state: AppState, every_secs: i64, shutdown: impl std::future::Future<Output = ()>) {
    tokio::pin!(shutdown);
    let client = client();
    loop {
        if let Err(err) = check_due(&state, &client, every_secs).await {
            tracing::error!(%err, "linked portal checks");
        }
        tokio::select! {
            _ = &mut shutdown => return,
            _ = tokio::time::sleep(Duration::from_secs(3600)) => {}
        }
    }
}
