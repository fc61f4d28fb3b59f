//! The public pages everyone reads: plans, commitments, consultations, the forum, news,
//! documents, search, open data, embeddable widgets, calendars and the static files.
//! Declared without their `/{locale}` prefix, which `context::prepare` strips first.

use axum::routing::{get, post};
use axum::Router;

use crate::controllers::{
    assets, commitments, consultations, documents, embed, forum, home, institutions, meetings, news, open_data, pages,
    plans, portals, proposals, search,
};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::show))
        .route("/static/app.css", get(assets::stylesheet))
        .route("/static/favicon.svg", get(assets::favicon))
        .route("/static/logo", get(assets::logo))
        .route("/static/fonts/NotoNaskhArabic-Regular.woff2", get(assets::font_naskh_regular))
        .route("/static/fonts/NotoNaskhArabic-Bold.woff2", get(assets::font_naskh_bold))
        .route("/static/fonts/NotoSansTifinagh-Regular.woff2", get(assets::font_tifinagh))
        .route("/favicon.ico", get(assets::favicon_ico))
        // Addresses the design promised: the forum's bodies and one calendar for the instance.
        .route("/bodies", get(forum::index::bodies))
        .route("/legal", get(pages::legal))
        .route("/contact", get(pages::contact))
        .route("/accessibility", get(pages::accessibility))
        .route("/privacy", get(pages::privacy))
        .route("/calendar.ics", get(meetings::calendar::feed))
        .route("/plans", get(plans::index::list))
        .route("/plans/{plan}", get(plans::show::show))
        .route("/plans/{plan}/quality", get(plans::quality::report))
        .route("/plans/{plan}/dashboard", get(plans::dashboard::show))
        .route("/plans/{plan}/compliance", get(plans::compliance::show))
        .route("/plans/{plan}/print", get(plans::print::page))
        .route("/plans/{plan}/plan.pdf", get(plans::print::pdf))
        .route("/plans/{plan}/self-assessment", get(plans::self_assessment::show))
        .route("/plans/{plan}/proposals", get(proposals::index::list).post(proposals::index::create))
        .route("/proposals/{id}", get(proposals::show::show))
        .route("/proposals/{id}/comments", post(proposals::show::comment))
        .route("/proposals/{id}/support", post(proposals::show::support))
        .route("/consultations/{id}", get(consultations::show::show))
        .route("/consultations/{id}/comments", post(consultations::show::comment))
        .route("/contributions/{id}/flag", post(consultations::flag::submit))
        .route("/plans/{plan}/consultation-report", get(consultations::report::page))
        .route("/plans/{plan}/consultation-report.csv", get(consultations::report::csv))
        .route("/commitments/{code}", get(commitments::show::show))
        .route("/commitments/{code}/history", get(commitments::history::show))
        .route("/forum", get(forum::index::list))
        .route("/forum/{slug}", get(forum::show::show))
        .route("/meetings", get(meetings::index::list))
        .route("/meetings.ics", get(meetings::calendar::feed))
        .route("/meetings/{id}", get(meetings::show::show))
        .route("/documents", get(documents::index::list))
        .route("/documents/{id}/file", get(documents::download::file))
        .route("/institutions", get(institutions::index::list))
        .route("/open-data", get(open_data::page))
        .route("/search", get(search::search))
        .route("/news", get(news::list))
        .route("/news/{id}", get(news::show))
        .route("/portals", get(portals::index))
        .route("/embed/commitments/{code}", get(embed::widget))
        .route("/embed/commitments/{code}/badge.svg", get(embed::badge))
        .route("/open-data/commitments.csv", get(open_data::csv))
        .route("/open-data/commitments.xlsx", get(open_data::xlsx))
        .route("/open-data/sharaka.json", get(open_data::json))
        .route("/open-data/sharaka-instance.schema.json", get(open_data::schema))
        .route("/institutions/{slug}", get(institutions::show::show))
}
