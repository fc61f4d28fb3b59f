//! The back office under `/admin`: every handler checks its own permission
//! (`auth::require`), so a route here is reachable only through its role.

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;

use crate::controllers::admin;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/admin/plans/{id}/consultations",
            get(admin::consultations::open::list).post(admin::consultations::open::create),
        )
        .route("/admin/consultations/{id}", post(admin::consultations::open::update))
        .route("/admin/plans/{id}/contributions", get(admin::consultations::contributions::list))
        .route("/admin/plans/{id}/adopt", post(admin::consultations::contributions::adopt))
        .route("/admin/contributions/{id}", get(admin::consultations::respond::show))
        .route("/admin/contributions/{id}/response", post(admin::consultations::respond::draft))
        .route("/admin/contributions/{id}/publish", post(admin::consultations::respond::publish))
        .route("/admin/contributions/{id}/merge", post(admin::consultations::respond::merge))
        .route("/admin/contributions/{id}/hide", post(admin::consultations::moderation::hide))
        .route("/admin/contributions/{id}/approve", post(admin::consultations::moderation::approve))
        .route("/admin/moderation", get(admin::consultations::moderation::queue))
        .route("/admin/implementation", get(admin::implementation::index::list))
        .route(
            "/admin/milestones/{id}/progress",
            get(admin::implementation::progress::form).post(admin::implementation::progress::submit),
        )
        .route(
            "/admin/indicators/{id}/measure",
            get(admin::implementation::measure::form).post(admin::implementation::measure::submit),
        )
        .route("/admin/progress/{id}/review", post(admin::implementation::review::progress))
        .route("/admin/measurements/{id}/review", post(admin::implementation::review::measurement))
        .route(
            "/admin/commitments/{code}/assessment",
            get(admin::implementation::assessment::form).post(admin::implementation::assessment::submit),
        )
        .route("/admin/audit", get(admin::consultations::audit::list))
        .route("/admin/commitments/{code}", post(admin::commitments::edit::submit))
        .route("/admin/commitments/{code}/edit", get(admin::commitments::edit::form))
        .route("/admin/commitments/{code}/milestones", post(admin::commitments::milestone::create))
        .route("/admin/commitments/{code}/milestones/new", get(admin::commitments::milestone::new))
        .route("/admin/commitments/{code}/indicators", post(admin::commitments::indicator::create))
        .route("/admin/commitments/{code}/indicators/new", get(admin::commitments::indicator::new))
        .route("/admin/indicators/{id}", post(admin::commitments::indicator::update))
        .route("/admin/indicators/{id}/edit", get(admin::commitments::indicator::edit))
        .route("/admin/milestones/{id}", post(admin::commitments::milestone::update))
        .route("/admin/milestones/{id}/edit", get(admin::commitments::milestone::edit))
        .route("/admin/news", get(admin::news::index).post(admin::news::create))
        .route("/admin/portals", get(admin::portals::index).post(admin::portals::create))
        .route("/admin/portals/{id}", post(admin::portals::update))
        .route("/admin/portals/{id}/edit", get(admin::portals::edit))
        .route("/admin/portals/{id}/delete", post(admin::portals::delete))
        .route("/admin/portals/{id}/check", post(admin::portals::check_now))
        .route("/admin/commitments/{code}/portals", post(admin::portals::link_commitment))
        .route("/admin/news/{id}", post(admin::news::update))
        .route("/admin/news/{id}/edit", get(admin::news::edit))
        .route("/admin/communication", post(admin::news::create_action))
        .route("/admin/communication/{id}", post(admin::news::action_status))
        .route("/admin", get(admin::dashboard::show))
        .route("/admin/users", get(admin::users::index::list))
        .route("/admin/users/{id}", get(admin::users::show::show))
        .route("/admin/users/{id}/grants", post(admin::users::grant::submit))
        .route("/admin/users/{id}/grants/{grant}/revoke", post(admin::users::revoke::submit))
        .route("/admin/plans", get(admin::plans::index::list).post(admin::plans::form::create))
        .route("/admin/plans/new", get(admin::plans::form::new))
        .route("/admin/plans/{id}", post(admin::plans::form::update))
        .route("/admin/plans/{id}/edit", get(admin::plans::form::edit))
        .route("/admin/plans/{id}/themes", post(admin::plans::theme::create))
        .route("/admin/plans/{id}/commitments", post(admin::plans::commitment_new::create))
        .route("/admin/plans/{id}/commitments/new", get(admin::plans::commitment_new::form))
        .route("/admin/institutions", get(admin::institutions::index::list).post(admin::institutions::create::submit))
        .route("/admin/institutions/new", get(admin::institutions::create::form))
        .route("/admin/institutions/{id}/edit", get(admin::institutions::update::form))
        .route("/admin/institutions/{id}", post(admin::institutions::update::submit))
        .route("/admin/institutions/{id}/merge", post(admin::institutions::merge::submit))
        .route("/admin/forum", get(admin::forum::index::list).post(admin::forum::index::create))
        .route("/admin/forum/{id}", get(admin::forum::body::show).post(admin::forum::body::update))
        .route("/admin/forum/{id}/memberships", post(admin::forum::membership::create))
        .route("/admin/memberships/{id}/end", post(admin::forum::membership::end))
        .route("/admin/meetings", get(admin::meetings::index::list).post(admin::meetings::form::create))
        .route("/admin/meetings/new", get(admin::meetings::form::new))
        .route("/admin/meetings/{id}", post(admin::meetings::form::update))
        .route("/admin/meetings/{id}/edit", get(admin::meetings::form::edit))
        .route("/admin/meetings/{id}/recommendations", post(admin::meetings::recommendation::create))
        .route("/admin/meetings/{id}/inputs", post(admin::meetings::input::create))
        .route("/admin/recommendations/{id}", post(admin::meetings::recommendation::update))
        .route("/admin/documents", get(admin::documents::index::list))
        .route("/admin/documents/link", post(admin::documents::link::create))
        .route("/admin/documents/{id}/withdraw", post(admin::documents::withdraw::submit))
        .route("/admin/people/{id}", get(admin::forum::person::edit).post(admin::forum::person::update))
        .route(
            "/admin/documents/upload",
            post(admin::documents::upload::create)
                .layer(DefaultBodyLimit::max(admin::documents::upload::MAX_UPLOAD_BODY)),
        )
}
