//! One integration test binary: the whole router, called in process, on SQLite and PostgreSQL.

// Test support: failing loudly is the point.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod harness;
mod mail;
mod metrics;
mod news;
mod open_data;
mod page_cache;

mod accounts;
mod admin;
mod api;
mod consultation;
mod drafting;
mod feeds;
mod follow;
mod forum;
mod implementation;
mod journeys;
mod pages;
mod plans;
mod portals;
mod proposals;
mod search;
mod security;
mod snapshots;
mod storage;

/// Runs each listed test once per backend with a whole application (`TestApp`), through
/// the store's one definition of the macro.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        store::on_both_backends!($crate::harness::TestApp; $($name),*);
    };
}
