//! The background check of linked portals: does the site answer, and when was its feed
//! last written? Off unless the operator turns it on (`SHARAKA_PORTAL_CHECKS`), since it
//! contacts other servers.
//!
//! Every failure is recorded as a stable code for the public page, never raised: a portal
//! that is down, slow, or serves a malformed feed is news about that portal, not an error of
//! Sharaka's.
//!
//! The check must not become a way to probe the server's own network (SSRF): an address that
//! is not public — loopback, private, link-local, unique-local, the cloud metadata address —
//! is refused before any connection, whether the URL names it (in any form the URL standard
//! accepts: `http://2130706433/`, `http://user@127.0.0.1/`, `http://[::ffff:7f00:1]/`), a
//! name resolves to it, or a redirect leads to it, unless `portal_check_allow` lists it.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use domain::portal::{Portal, PortalCheck};
use store::StoreError;

use crate::state::AppState;

/// A feed larger than this is not read to the end (and counts as malformed).
const MAX_FEED_BYTES: usize = 4 * 1024 * 1024;
/// How long to wait for a site or a feed.
const TIMEOUT: Duration = Duration::from_secs(15);

/// The problem recorded when a portal's address, or one it leads to, is not public.
const NOT_ALLOWED: &str = "address-not-allowed";

/// Whether an address is on the public internet: not loopback, private, link-local,
/// unique-local, shared (CGNAT), unspecified, broadcast, multicast, documentation or reserved.
/// An IPv4 address written as IPv6 (`::ffff:127.0.0.1`, NAT64) is judged as IPv4.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || v4.is_documentation()
                || a == 0
                || (a == 100 && (64..128).contains(&b))
                || (a == 192 && b == 0 && c == 0)
                || (a == 198 && (18..20).contains(&b))
                || a >= 240)
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let s = v6.segments();
            if s[0] == 0x64 && s[1] == 0xff9b {
                return is_public(IpAddr::V4(std::net::Ipv4Addr::new(
                    (s[6] >> 8) as u8,
                    s[6] as u8,
                    (s[7] >> 8) as u8,
                    s[7] as u8,
                )));
            }
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (s[0] & 0xfe00) == 0xfc00
                || (s[0] & 0xffc0) == 0xfe80
                || (s[0] & 0xffc0) == 0xfec0
                || (s[0] == 0x2001 && s[1] == 0x0db8)
                || v6.to_ipv4().is_some_and(|v4| !is_public(IpAddr::V4(v4))))
        }
    }
}

fn allowed(ip: IpAddr, allow: &[IpAddr]) -> bool {
    is_public(ip) || allow.contains(&ip)
}

/// Whether a URL may be fetched: http or https, and a host that is either a name (the
/// resolver then judges its addresses) or an allowed address. The URL parser has already
/// turned `2130706433`, `0x7f.1` and the like into the address they mean.
fn url_allowed(url: &url::Url, allow: &[IpAddr]) -> bool {
    matches!(url.scheme(), "http" | "https")
        && match url.host() {
            Some(url::Host::Ipv4(ip)) => allowed(IpAddr::V4(ip), allow),
            Some(url::Host::Ipv6(ip)) => allowed(IpAddr::V6(ip), allow),
            Some(url::Host::Domain(_)) => true,
            None => false,
        }
}

/// Name resolution that keeps only allowed addresses: a name pointing inside is refused
/// before any connection (and a name cannot switch to an inside address between a check and
/// the connection, since the connection uses these very addresses).
struct GuardedResolver {
    allow: Arc<Vec<IpAddr>>,
}

impl reqwest::dns::Resolve for GuardedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_string();
        let allow = self.allow.clone();
        Box::pin(async move {
            let found: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let kept: Vec<SocketAddr> = found.into_iter().filter(|a| allowed(a.ip(), &allow)).collect();
            if kept.is_empty() {
                return Err(NOT_ALLOWED.into());
            }
            Ok(Box::new(kept.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

/// The client used for checks: short timeouts, at most five redirects each to an allowed
/// address, only public addresses (and those of `allow`), an honest user agent.
pub fn client(allow: &[IpAddr]) -> reqwest::Client {
    store::tls::install();
    let allow = Arc::new(allow.to_vec());
    let on_redirect = allow.clone();
    reqwest::Client::builder()
        .timeout(TIMEOUT)
        .connect_timeout(Duration::from_secs(5))
        .redirect(reqwest::redirect::Policy::custom(move |attempt| {
            if attempt.previous().len() >= 5 {
                attempt.error("too many redirects")
            } else if !url_allowed(attempt.url(), &on_redirect) {
                attempt.error(NOT_ALLOWED)
            } else {
                attempt.follow()
            }
        }))
        .dns_resolver(Arc::new(GuardedResolver { allow: allow.clone() }))
        .user_agent(concat!("Sharaka/", env!("CARGO_PKG_VERSION"), " (linked portal check)"))
        .build()
        .unwrap_or_default()
}

/// Whether a request failed because an address was not allowed (somewhere in its causes).
fn refused(err: &reqwest::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = cause {
        if e.to_string().contains(NOT_ALLOWED) {
            return true;
        }
        cause = e.source();
    }
    false
}

/// Asks `url`, refusing an address that is not allowed before connecting.
async fn fetch(client: &reqwest::Client, url: &str, allow: &[IpAddr]) -> Result<reqwest::Response, &'static str> {
    let parsed = url::Url::parse(url).map_err(|_| "unreachable")?;
    if !url_allowed(&parsed, allow) {
        return Err(NOT_ALLOWED);
    }
    client.get(parsed).send().await.map_err(|e| if refused(&e) { NOT_ALLOWED } else { "unreachable" })
}

/// Checks one portal now.
pub async fn check(client: &reqwest::Client, allow: &[IpAddr], portal: &Portal, now: i64) -> PortalCheck {
    let mut result =
        PortalCheck { checked_at: now, reachable: false, status: None, problem: None, newest_entry_on: None };
    match fetch(client, &portal.url, allow).await {
        Ok(response) => {
            result.status = Some(response.status().as_u16());
            result.reachable = response.status().is_success();
            if !result.reachable {
                result.problem = Some("http-error".into());
            }
        }
        Err(problem) => result.problem = Some(problem.into()),
    }
    if !result.reachable {
        return result;
    }
    if let Some(feed_url) = &portal.feed_url {
        match newest_entry(client, allow, feed_url).await {
            Ok(newest) => result.newest_entry_on = Some(newest),
            Err(problem) => result.problem = Some(problem.into()),
        }
    }
    result
}

/// The date of the newest entry of an Atom or RSS feed.
async fn newest_entry(client: &reqwest::Client, allow: &[IpAddr], url: &str) -> Result<time::Date, &'static str> {
    let mut response =
        fetch(client, url, allow).await.map_err(|p| if p == NOT_ALLOWED { p } else { "feed-unreachable" })?;
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
        let result = check(client, &state.config.portal_check_allow, &portal, state.now()).await;
        if let Some(problem) = &result.problem {
            tracing::info!(portal = portal.id, url = %portal.url, problem, "linked portal check");
        }
        state.db.record_portal_check(portal.id, &result).await?;
        checked += 1;
    }
    if checked > 0 {
        crate::page_cache::invalidate(state, crate::page_cache::Change::Any).await;
    }
    Ok(checked)
}

/// Runs until `shutdown` resolves, checking due portals every hour.
pub async fn run_worker(state: AppState, every_secs: i64, shutdown: impl std::future::Future<Output = ()>) {
    tokio::pin!(shutdown);
    let client = client(&state.config.portal_check_allow);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_are_reached() {
        for inside in [
            "127.0.0.1",
            "127.8.9.10",
            "10.1.2.3",
            "172.16.5.4",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "::1",
            "::",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a9fe:a9fe",
        ] {
            assert!(!is_public(inside.parse().expect(inside)), "{inside}");
        }
        for outside in ["8.8.8.8", "196.200.1.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"] {
            assert!(is_public(outside.parse().expect(outside)), "{outside}");
        }
    }

    #[test]
    fn every_way_of_writing_an_inside_address_is_refused() {
        for url in [
            "http://127.0.0.1/",
            "http://2130706433/",
            "http://0x7f.1/",
            "http://017700000001/",
            "http://user:pass@127.0.0.1/",
            "http://[::ffff:7f00:1]/",
            "http://[::1]:8080/feed",
            "http://169.254.169.254/latest/meta-data/",
            "file:///etc/passwd",
            "ftp://example.org/",
        ] {
            let parsed = url::Url::parse(url).expect(url);
            assert!(!url_allowed(&parsed, &[]), "{url}");
        }
        let local = url::Url::parse("http://127.0.0.1:8080/").expect("url");
        assert!(url_allowed(&local, &["127.0.0.1".parse().expect("ip")]), "the allow-list lets it through");
        assert!(url_allowed(&url::Url::parse("https://www.ogp.gov.ma/").expect("url"), &[]));
    }

    #[tokio::test]
    async fn a_name_that_resolves_inside_is_refused() {
        use reqwest::dns::Resolve;
        let name: reqwest::dns::Name = "localhost".parse().expect("name");
        let refused = GuardedResolver { allow: Arc::new(vec![]) }.resolve(name).await;
        assert!(refused.is_err_and(|e| e.to_string() == NOT_ALLOWED));
        let name: reqwest::dns::Name = "localhost".parse().expect("name");
        let allowed = GuardedResolver { allow: Arc::new(vec!["127.0.0.1".parse().expect("ip")]) }.resolve(name).await;
        let addresses: Vec<SocketAddr> = allowed.expect("allowed").collect();
        assert!(addresses.iter().all(|a| a.ip().to_string() == "127.0.0.1"), "{addresses:?}");
    }
}
