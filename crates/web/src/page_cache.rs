//! Rendered pages for anonymous readers, kept in memory and dropped when a write changes them.
//!
//! Most visits are anonymous reads of the same few pages (a plan, a commitment, the news);
//! rendering them costs several queries each. A page is kept when it is the same for every
//! anonymous reader: a 200 HTML answer to a GET without a signed-in user and without a form
//! carrying a CSRF token (those are per visitor). Pages that depend on the date (late
//! milestones, "you are here") are kept at most [`TTL_SECS`].
//!
//! A successful write drops what it may have changed, in every server process (PostgreSQL
//! LISTEN/NOTIFY, see `store::changes`). Most writes say nothing and drop every page. The
//! writes of participation (proposals, comments, supports, flags: [`Change::Participation`],
//! marked by their routes) drop only the pages that show participation; the routes of pages
//! that show none (a commitment, a plan, the forum, news: [`no_participation`]) keep theirs.
//! Before this, 50 comments a second emptied the cache 50 times a second on every node, and
//! the anonymous commitment page fell from 35,000 to 12,000 requests a second, its p99 from
//! 5.6 ms to 200 ms. With it, bench/run's mixed row (about 45 comments a second) keeps 0.92 to
//! 0.97 of the plan and commitment pages' read-only throughput on both backends, p99 at most
//! 5.0 ms (bench/results/2026-12-07-mixed-row-partial.md). A page being rendered when a write
//! that may change it lands is not kept after it.
//!
//! When many readers ask for a page that is not kept (after a start or a write), one of
//! them renders it and the others wait for that copy: rendered side by side, 64 copies of
//! a plan page took 430 ms on two cores instead of 6 ms.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tokio::sync::watch;

use crate::context::Ctx;
use crate::state::AppState;

/// How long a kept page may be served without a write having invalidated it.
pub const TTL_SECS: i64 = 60;
/// Pages larger than this are not kept.
const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;
/// Past this total, the cache starts again (a country's pages × four languages fit easily).
const MAX_TOTAL_BYTES: usize = 64 * 1024 * 1024;
/// Tells a client (and the tests) whether the page came from the cache.
pub const CACHE_HEADER: &str = "x-sharaka-cache";

struct Kept {
    stored_at: i64,
    /// The route that rendered it, for `/metrics`.
    route: Option<crate::metrics::RouteLabel>,
    /// The page shows proposals, comments or supports (unless its route says it does not).
    shows_participation: bool,
    etag: String,
    headers: HeaderMap,
    body: Bytes,
}

/// The kept pages and the sum of their sizes, updated together.
#[derive(Default)]
struct Pages {
    by_key: HashMap<String, Arc<Kept>>,
    bytes: usize,
}

/// What a write changed, as far as kept pages go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Anything: every kept page goes (a write that says nothing is this).
    Any,
    /// Only participation (a proposal, a comment, a support, a flag): pages that show none stay.
    Participation,
}

impl Change {
    /// How other processes hear of it (the notification's payload).
    pub fn payload(self) -> &'static str {
        match self {
            Change::Any => "",
            Change::Participation => "participation",
        }
    }

    /// An unknown payload (from a newer version, say) counts as any change.
    pub fn from_payload(payload: &str) -> Change {
        match payload {
            "participation" => Change::Participation,
            _ => Change::Any,
        }
    }
}

/// When a page started rendering, to tell whether a write landed meanwhile.
#[derive(Clone, Copy)]
struct Stamp {
    any: u64,
    participation: u64,
}

#[derive(Default)]
pub struct PageCache {
    pages: RwLock<Pages>,
    /// The pages being rendered now, with a way to wait for each.
    rendering: Mutex<HashMap<String, watch::Receiver<()>>>,
    /// Moves on every clear of the whole cache: other things kept in memory until the next
    /// write (the search page's lists of plans, themes and institutions, which participation
    /// does not change) note it and compare.
    generation: AtomicU64,
    /// Moves on every change, participation included.
    participation_generation: AtomicU64,
    /// Anonymous page requests answered from memory and rendered, for `/metrics`.
    hits: AtomicU64,
    misses: AtomicU64,
}

impl PageCache {
    /// Drops every kept page (this process only; see [`invalidate`] for all of them).
    pub fn clear(&self) {
        self.apply(Change::Any);
    }

    /// Drops the kept pages `change` may have changed (this process only).
    pub fn apply(&self, change: Change) {
        // Under the lock, so that a page rendered before this write is not kept after it.
        if let Ok(mut pages) = self.pages.write() {
            self.participation_generation.fetch_add(1, Ordering::SeqCst);
            match change {
                Change::Any => {
                    self.generation.fetch_add(1, Ordering::SeqCst);
                    *pages = Pages::default();
                }
                Change::Participation => {
                    let Pages { by_key, bytes } = &mut *pages;
                    by_key.retain(|_, kept| {
                        if kept.shows_participation {
                            *bytes -= kept.body.len();
                        }
                        !kept.shows_participation
                    });
                }
            }
        }
    }

    /// The number of clears of the whole cache so far: what was computed at one generation is
    /// current until it moves.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    fn stamp(&self) -> Stamp {
        Stamp {
            any: self.generation.load(Ordering::SeqCst),
            participation: self.participation_generation.load(Ordering::SeqCst),
        }
    }

    fn get(&self, key: &str, now: i64) -> Option<Arc<Kept>> {
        let pages = self.pages.read().ok()?;
        pages.by_key.get(key).filter(|k| now - k.stored_at < TTL_SECS).cloned()
    }

    /// Keeps a page whose rendering started at `since`, unless a write that may change it came since.
    fn put(&self, key: String, kept: Kept, since: Stamp) {
        if let Ok(mut pages) = self.pages.write() {
            let now = self.stamp();
            if now.any != since.any || (kept.shows_participation && now.participation != since.participation) {
                return;
            }
            if pages.bytes + kept.body.len() > MAX_TOTAL_BYTES {
                *pages = Pages::default();
            }
            pages.bytes += kept.body.len();
            if let Some(replaced) = pages.by_key.insert(key, Arc::new(kept)) {
                pages.bytes -= replaced.body.len();
            }
        }
    }

    /// Either the caller renders `key` (and others wait for it until the returned turn is
    /// dropped), or someone already does: wait for them, then look in the cache again.
    async fn render_turn(&self, key: &str) -> Option<RenderTurn<'_>> {
        let mut waiting = {
            let Ok(mut rendering) = self.rendering.lock() else { return None };
            match rendering.get(key) {
                Some(receiver) => receiver.clone(),
                None => {
                    let (done, receiver) = watch::channel(());
                    rendering.insert(key.to_string(), receiver);
                    return Some(RenderTurn { cache: self, key: key.to_string(), _done: done });
                }
            }
        };
        // Ends when the renderer drops its turn (done, failed or cancelled): nothing is sent.
        let _ = waiting.changed().await;
        None
    }

    /// (hits, misses) so far.
    pub fn lookups(&self) -> (u64, u64) {
        (self.hits.load(Ordering::Relaxed), self.misses.load(Ordering::Relaxed))
    }

    pub fn len(&self) -> usize {
        self.pages.read().map(|p| p.by_key.len()).unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The right to render one page while other readers of it wait; dropping it lets them go.
struct RenderTurn<'a> {
    cache: &'a PageCache,
    key: String,
    _done: watch::Sender<()>,
}

impl Drop for RenderTurn<'_> {
    fn drop(&mut self) {
        if let Ok(mut rendering) = self.cache.rendering.lock() {
            rendering.remove(&self.key);
        }
    }
}

/// Drops the kept pages `change` may have changed, here and in the other server processes.
pub async fn invalidate(state: &AppState, change: Change) {
    state.pages.apply(change);
    if let Err(err) = state.db.announce_change(change.payload()).await {
        tracing::warn!(%err, "could not tell other processes about a change");
    }
}

/// Listens for changes announced by other processes; runs for the life of the server.
pub async fn follow_other_processes(state: AppState) {
    let pages = state.pages.clone();
    if let Err(err) = state.db.watch_changes(&move |payload| pages.apply(Change::from_payload(payload))).await {
        tracing::warn!(%err, "stopped listening for other processes' changes");
    }
}

/// A handler whose GET does something (confirming an address) or shows one reader's data
/// says so with `Cache-Control: no-store` ([`not_kept`]).
fn opted_out(response: &Response) -> bool {
    response
        .headers()
        .get(header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("no-store") || v.contains("private"))
}

/// Marks a response as never to be kept, here or by any other cache.
pub fn not_kept(mut response: Response) -> Response {
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn is_html(headers: &HeaderMap) -> bool {
    headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|t| t.starts_with("text/html"))
}

/// Marks an answer to a write that changes nothing an anonymous reader sees (signing in and
/// out, one's tokens and subscriptions): the account sub-router's layer, so the cache keeps
/// its pages.
#[derive(Clone, Copy)]
struct PrivateWrite;

/// The layer that marks a sub-router's writes as private (see [`PrivateWrite`]).
pub async fn private(mut response: Response) -> Response {
    response.extensions_mut().insert(PrivateWrite);
    response
}

/// The layer of the routes that write participation only ([`Change::Participation`]).
pub async fn participation(mut response: Response) -> Response {
    response.extensions_mut().insert(Change::Participation);
    response
}

/// Marks a page that shows no participation, kept through [`Change::Participation`].
#[derive(Clone, Copy)]
struct NoParticipation;

/// The layer of the routes whose pages show no proposal, comment or support.
pub async fn no_participation(mut response: Response) -> Response {
    response.extensions_mut().insert(NoParticipation);
    response
}

/// The middleware: serves kept pages, keeps new ones, and empties the cache after writes.
pub async fn layer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let method = request.method().clone();
    if method != Method::GET && method != Method::HEAD {
        let response = next.run(request).await;
        let private = response.extensions().get::<PrivateWrite>().is_some();
        if !private && (response.status().is_success() || response.status().is_redirection()) {
            let change = response.extensions().get::<Change>().copied().unwrap_or(Change::Any);
            invalidate(&state, change).await;
        }
        return response;
    }
    let Some(ctx) = request.extensions().get::<Ctx>().filter(|ctx| ctx.user.is_none() && !ctx.wants_json) else {
        return next.run(request).await;
    };
    let key = format!("{}:{}", ctx.locale.code(), request.uri());
    let now = state.now();
    let wanted = request.headers().get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()).map(str::to_string);
    if let Some(kept) = state.pages.get(&key, now) {
        state.pages.hits.fetch_add(1, Ordering::Relaxed);
        return replay(&kept, wanted.as_deref(), method == Method::HEAD);
    }
    let turn = state.pages.render_turn(&key).await;
    if turn.is_none() {
        // Someone else rendered it meanwhile; a page that is not kept is rendered here.
        if let Some(kept) = state.pages.get(&key, now) {
            state.pages.hits.fetch_add(1, Ordering::Relaxed);
            return replay(&kept, wanted.as_deref(), method == Method::HEAD);
        }
    }
    state.pages.misses.fetch_add(1, Ordering::Relaxed);
    let since = state.pages.stamp();
    let response = next.run(request).await;
    if response.status() != StatusCode::OK
        || !is_html(response.headers())
        || method == Method::HEAD
        || opted_out(&response)
    {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(body) = axum::body::to_bytes(body, MAX_PAGE_BYTES).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "page too large").into_response();
    };
    // A form with a CSRF token belongs to one visitor; such a page is rendered every time.
    let personal = body.windows(11).any(|w| w == b"name=\"csrf\"");
    let shows_participation = parts.extensions.get::<NoParticipation>().is_none();
    let etag = crate::etag::of(&body);
    let mut headers = parts.headers.clone();
    headers.remove(header::SET_COOKIE);
    if !personal {
        let route = parts.extensions.get::<crate::metrics::RouteLabel>().cloned();
        let kept = Kept { stored_at: now, route, shows_participation, etag: etag.clone(), headers, body: body.clone() };
        state.pages.put(key, kept, since);
    }
    let mut response = Response::from_parts(parts, Body::from(body));
    if !personal {
        if let Ok(value) = HeaderValue::from_str(&etag) {
            response.headers_mut().insert(header::ETAG, value);
        }
        response.headers_mut().insert(CACHE_HEADER, HeaderValue::from_static("miss"));
    }
    response
}

fn replay(kept: &Kept, wanted: Option<&str>, head: bool) -> Response {
    let fresh = crate::etag::matches(wanted, &kept.etag);
    let mut response = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else if head {
        StatusCode::OK.into_response()
    } else {
        Response::new(Body::from(kept.body.clone()))
    };
    let headers = response.headers_mut();
    headers.extend(kept.headers.clone());
    if fresh || head {
        headers.remove(header::CONTENT_LENGTH);
    }
    if let Ok(value) = HeaderValue::from_str(&kept.etag) {
        headers.insert(header::ETAG, value);
    }
    headers.insert(CACHE_HEADER, HeaderValue::from_static("hit"));
    if let Some(route) = &kept.route {
        response.extensions_mut().insert(route.clone());
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(body: &'static str) -> Kept {
        Kept {
            stored_at: 0,
            route: None,
            shows_participation: true,
            etag: String::new(),
            headers: HeaderMap::new(),
            body: Bytes::from_static(body.as_bytes()),
        }
    }

    fn without_participation(body: &'static str) -> Kept {
        Kept { shows_participation: false, ..kept(body) }
    }

    #[test]
    fn a_page_rendered_before_a_write_is_not_kept_after_it() {
        let cache = PageCache::default();
        let before = cache.stamp();
        cache.clear();
        cache.put("ar:/plans".into(), kept("old"), before);
        assert!(cache.is_empty());
        cache.put("ar:/plans".into(), kept("new"), cache.stamp());
        assert_eq!(cache.get("ar:/plans", 0).map(|k| k.body.clone()), Some(Bytes::from_static(b"new")));
    }

    #[test]
    fn participation_drops_only_the_pages_that_show_it() {
        let cache = PageCache::default();
        cache.put("ar:/proposals/1".into(), kept("comments"), cache.stamp());
        cache.put("ar:/commitments/MO0050".into(), without_participation("commitment"), cache.stamp());
        let generation = cache.generation();
        cache.apply(Change::Participation);
        assert!(cache.get("ar:/proposals/1", 0).is_none(), "the proposal's page shows the comment");
        assert!(cache.get("ar:/commitments/MO0050", 0).is_some(), "the commitment's page does not");
        assert_eq!(cache.generation(), generation, "the search filters' lists stay");
        assert_eq!(cache.pages.read().map(|p| p.bytes).unwrap(), "commitment".len());

        // Rendered while a comment landed: kept only where it shows no participation.
        let before = cache.stamp();
        cache.apply(Change::Participation);
        cache.put("ar:/proposals/2".into(), kept("old comments"), before);
        cache.put("ar:/plans/morocco-2".into(), without_participation("plan"), before);
        assert!(cache.get("ar:/proposals/2", 0).is_none());
        assert!(cache.get("ar:/plans/morocco-2", 0).is_some());

        cache.apply(Change::Any);
        assert!(cache.is_empty(), "any other write drops everything");
        assert_ne!(cache.generation(), generation);
        assert_eq!(Change::from_payload(Change::Participation.payload()), Change::Participation);
        assert_eq!(Change::from_payload("something-newer"), Change::Any);
    }

    #[tokio::test]
    async fn readers_of_a_page_being_rendered_wait_for_that_one_rendering() {
        let cache = PageCache::default();
        let first = cache.render_turn("ar:/plans").await;
        assert!(first.is_some(), "the first reader renders");
        let mut second = Box::pin(cache.render_turn("ar:/plans"));
        tokio::select! {
            biased;
            _ = &mut second => panic!("the second reader must wait while the first renders"),
            () = std::future::ready(()) => {}
        }
        assert!(cache.render_turn("ar:/news").await.is_some(), "another page is not held up");
        drop(first);
        assert!(second.await.is_none(), "once rendered, the waiting reader looks in the cache");
        assert!(cache.render_turn("ar:/plans").await.is_some(), "the next miss renders again");
    }
}
