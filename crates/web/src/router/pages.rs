//! The public pages everyone reads: plans, commitments, consultations, the forum, news,
//! documents, search, open data, embeddable widgets, calendars and the static files.
//! Declared without their `/{locale}` prefix, which `context::prepare` strips first.
//!
//! Two groups tell the page cache what they touch: the writes of participation (proposals,
//! comments, supports, flags) drop only the kept pages that show participation, and the
//! pages that show none (a plan, a commitment, the forum, news, institutions) are kept through
//! them (`page_cache::participation`, `page_cache::no_participation`). Every other route is
//! taken to show, or change, anything.

use axum::middleware::map_response;
use axum::routing::{get, post};
use axum::Router;

use crate::controllers::{
    assets, commitments, consultations, documents, embed, forum, home, institutions, meetings, news, open_data, pages,
    plans, portals, proposals, search,
};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().merge(without_participation()).merge(participation()).merge(other_pages())
}

/// Pages that show no proposal, comment or support: kept while participants write.
fn without_participation() -> Router<AppState> {
    Router::new()
        .route("/bodies", get(forum::index::bodies))
        .route("/legal", get(pages::legal))
        .route("/contact", get(pages::contact))
        .route("/accessibility", get(pages::accessibility))
        .route("/privacy", get(pages::privacy))
        .route("/plans/{plan}", get(plans::show::show))
        .route("/plans/{plan}/quality", get(plans::quality::report))
        .route("/commitments/{code}", get(commitments::show::show))
        .route("/commitments/{code}/history", get(commitments::history::show))
        .route("/forum", get(forum::index::list))
        .route("/forum/{slug}", get(forum::show::show))
        .route("/documents", get(documents::index::list))
        .route("/institutions", get(institutions::index::list))
        .route("/institutions/{slug}", get(institutions::show::show))
        .route("/news", get(news::list))
        .route("/news/{id}", get(news::show))
        .route("/portals", get(portals::index))
        .route("/embed/commitments/{code}", get(embed::widget))
        .layer(map_response(crate::page_cache::no_participation))
}

/// Participants' writes: they change only pages that show participation.
fn participation() -> Router<AppState> {
    Router::new()
        .route("/plans/{plan}/proposals", get(proposals::index::list).post(proposals::index::create))
        .route("/proposals/{id}/comments", post(proposals::show::comment))
        .route("/proposals/{id}/support", post(proposals::show::support))
        .route("/consultations/{id}/comments", post(consultations::show::comment))
        .route("/contributions/{id}/flag", post(consultations::flag::submit))
        .layer(map_response(crate::page_cache::participation))
}

fn other_pages() -> Router<AppState> {
    Router::new()
        .route("/", get(home::show))
        .route("/static/app.css", get(assets::stylesheet))
        .route("/static/favicon.svg", get(assets::favicon))
        .route("/static/logo", get(assets::logo))
        .route("/static/fonts/NotoNaskhArabic-Regular.woff2", get(assets::font_naskh_regular))
        .route("/static/fonts/NotoNaskhArabic-Bold.woff2", get(assets::font_naskh_bold))
        .route("/static/fonts/NotoSansTifinagh-Regular.woff2", get(assets::font_tifinagh))
        .route("/favicon.ico", get(assets::favicon_ico))
        // One calendar for the instance, as the design promised.
        .route("/calendar.ics", get(meetings::calendar::feed))
        .route("/plans", get(plans::index::list))
        .route("/plans/{plan}/dashboard", get(plans::dashboard::show))
        .route("/plans/{plan}/compliance", get(plans::compliance::show))
        .route("/plans/{plan}/print", get(plans::print::page))
        .route("/plans/{plan}/plan.pdf", get(plans::print::pdf))
        .route("/plans/{plan}/self-assessment", get(plans::self_assessment::show))
        .route("/proposals/{id}", get(proposals::show::show))
        .route("/consultations/{id}", get(consultations::show::show))
        .route("/plans/{plan}/consultation-report", get(consultations::report::page))
        .route("/plans/{plan}/consultation-report.csv", get(consultations::report::csv))
        .route("/meetings", get(meetings::index::list))
        .route("/meetings.ics", get(meetings::calendar::feed))
        .route("/meetings/{id}", get(meetings::show::show))
        .route("/documents/{id}/file", get(documents::download::file))
        .route("/open-data", get(open_data::page))
        .route("/search", get(search::search))
        .route("/embed/commitments/{code}/badge.svg", get(embed::badge))
        .route("/open-data/commitments.csv", get(open_data::csv))
        .route("/open-data/commitments.xlsx", get(open_data::xlsx))
        .route("/open-data/sharaka.json", get(open_data::json))
        .route("/open-data/sharaka-instance.schema.json", get(open_data::schema))
}
