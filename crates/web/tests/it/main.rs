//! One integration test binary: the whole router, called in process, on SQLite and PostgreSQL.

// Test support: failing loudly is the point.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod harness;
mod mail;
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

/// Runs each listed test once per backend, as `<name>::sqlite` and `<name>::postgres`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                let mut app = $crate::harness::TestApp::sqlite().await;
                super::$name(&mut app).await;
                app.cleanup().await;
            }
            #[tokio::test]
            async fn postgres() {
                let Some(mut app) = $crate::harness::TestApp::postgres().await else {
                    eprintln!("skipped: {} not set", store::testing::POSTGRES_URL_VAR);
                    return;
                };
                super::$name(&mut app).await;
                app.cleanup().await;
            }
        }
    )*};
}
