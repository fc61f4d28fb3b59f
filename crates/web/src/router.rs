//! Every address Sharaka answers, in one place.
//!
//! Page routes are declared without their locale prefix: [`context::prepare`] strips
//! `/{locale}` before routing, so `/ar/institutions` and `/fr/institutions` reach the same
//! handler with a different [`context::Ctx::locale`].

use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{header, HeaderName, HeaderValue, Method};
use axum::middleware::{from_fn_with_state, map_response};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, MethodRouter};
use axum::Router;
use serde_json::{json, Value};
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::context;
use crate::controllers::{
    accounts, admin, api, assets, commitments, consultations, documents, embed, feeds, forum, health, home,
    institutions, meetings, news, open_data, pages, plans, portals, proposals, search,
};
use crate::error::AppError;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    let router = Router::new()
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
        .route("/account/contributions", get(accounts::contributions::list))
        .route("/account/profile", post(accounts::contributions::save_profile))
        .route("/account/tokens", get(accounts::tokens::list).post(accounts::tokens::create))
        .route("/subscriptions", post(accounts::subscriptions::follow))
        .route("/account/subscriptions", get(accounts::subscriptions::list))
        .route("/account/subscriptions/{id}/delete", post(accounts::subscriptions::stop))
        .route("/unsubscribe", get(accounts::subscriptions::confirm).post(accounts::subscriptions::one_click))
        .route("/account/tokens/{id}/revoke", post(accounts::tokens::revoke))
        .route("/consultations/{id}", get(consultations::show::show))
        .route("/consultations/{id}/comments", post(consultations::show::comment))
        .route("/contributions/{id}/flag", post(consultations::flag::submit))
        .route("/plans/{plan}/consultation-report", get(consultations::report::page))
        .route("/plans/{plan}/consultation-report.csv", get(consultations::report::csv))
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
        .route("/commitments/{code}", get(commitments::show::show))
        .route("/commitments/{code}/history", get(commitments::history::show))
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
        .route("/admin/news", get(admin::news::index).post(admin::news::create))
        .route("/admin/portals", get(admin::portals::index).post(admin::portals::create))
        .route("/admin/portals/{id}", post(admin::portals::update))
        .route("/admin/portals/{id}/edit", get(admin::portals::edit))
        .route("/admin/portals/{id}/delete", post(admin::portals::delete))
        .route("/admin/portals/{id}/check", post(admin::portals::check_now))
        .route("/admin/commitments/{code}/portals", post(admin::portals::link_commitment))
        .route("/portals", get(portals::index))
        .route("/embed/commitments/{code}", get(embed::widget))
        .route("/embed/commitments/{code}/badge.svg", get(embed::badge))
        .route("/admin/news/{id}", post(admin::news::update))
        .route("/admin/news/{id}/edit", get(admin::news::edit))
        .route("/admin/communication", post(admin::news::create_action))
        .route("/admin/communication/{id}", post(admin::news::action_status))
        .route("/feeds/news.atom", get(feeds::news))
        .route("/open-data/commitments.csv", get(open_data::csv))
        .route("/open-data/commitments.xlsx", get(open_data::xlsx))
        .route("/open-data/sharaka.json", get(open_data::json))
        .route("/open-data/sharaka-instance.schema.json", get(open_data::schema))
        .route("/institutions/{slug}", get(institutions::show::show))
        .route("/register", get(accounts::register::form).post(accounts::register::submit))
        .route("/verify", get(accounts::verify::verify))
        .route("/login", get(accounts::login::form).post(accounts::login::submit))
        .route("/logout", post(accounts::logout::submit))
        .route("/password/forgot", get(accounts::forgot_password::form).post(accounts::forgot_password::submit))
        .route("/password/reset", get(accounts::reset_password::form).post(accounts::reset_password::submit))
        .route("/account", get(accounts::show::show))
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
        .route("/api/openapi.json", get(api::openapi::document))
        .route("/feeds/meetings.atom", get(feeds::meetings))
        .route("/feeds/consultations.atom", get(feeds::consultations))
        .route("/feeds/plans/{file}", get(feeds::plan))
        .route("/feeds/commitments/{file}", get(feeds::commitment));
    let mut router = router;
    for route in api_routes() {
        router = router.route(route.path, route.handler);
    }
    router
        .fallback(|| async { AppError::NotFound })
        .method_not_allowed_fallback(|| async { AppError::MethodNotAllowed })
}

/// A JSON endpoint: its address, handler and OpenAPI operation, declared together so the
/// document at `/api/openapi.json` is generated from what the router actually serves.
pub struct ApiRoute {
    pub path: &'static str,
    pub method: &'static str,
    pub handler: MethodRouter<AppState>,
    pub operation: Value,
}

/// The `page` and `per_page` query parameters of every list, with the bounds
/// `controllers::api::contributions::paging` enforces.
fn paging_parameters() -> Value {
    use crate::controllers::api::contributions::{DEFAULT_PER_PAGE, MAX_PAGE, MAX_PER_PAGE};
    json!([
        { "name": "page", "in": "query", "required": false, "description": "Page number, from 1",
          "schema": { "type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1 } },
        { "name": "per_page", "in": "query", "required": false, "description": "Items per page",
          "schema": { "type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": DEFAULT_PER_PAGE } }
    ])
}

/// The largest id the API takes in a parameter: JSON's safe integers (2^53 − 1), so every
/// client language reads it exactly.
pub const MAX_ID: i64 = 9_007_199_254_740_991;

/// `parameters` followed by the paging parameters.
fn with_paging(parameters: Value) -> Value {
    let mut all = parameters.as_array().cloned().unwrap_or_default();
    all.extend(paging_parameters().as_array().cloned().unwrap_or_default());
    Value::Array(all)
}

/// A page of `schema` items: `{items, page, per_page, total, next}` (and a `Link` header).
fn page_of(description: &str, schema: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/json": { "schema": {
            "type": "object",
            "required": ["items", "page", "per_page", "total", "next"],
            "properties": {
                "items": { "type": "array", "items": { "$ref": format!("#/components/schemas/{schema}") } },
                "page": { "type": "integer" },
                "per_page": { "type": "integer" },
                "total": { "type": "integer" },
                "next": { "type": ["string", "null"] }
            }
        } } }
    })
}

fn error_response(description: &str) -> Value {
    json!({ "description": description, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } })
}

pub fn api_routes() -> Vec<ApiRoute> {
    vec![
        ApiRoute {
            path: "/api/v1/institutions",
            method: "get",
            handler: get(api::institutions::list),
            operation: json!({
                "operationId": "listInstitutions",
                "summary": "All institutions",
                "parameters": paging_parameters(),
                "responses": {
                    "200": page_of("Institutions, ordered by slug", "Institution"),
                    "400": error_response("A page that is not valid")
                }
            }),
        },
        ApiRoute {
            path: "/api/v1/plans",
            method: "get",
            handler: get(api::plans::list),
            operation: json!({
                "operationId": "listPlans",
                "summary": "All action plans",
                "parameters": paging_parameters(),
                "responses": {
                    "200": page_of("Plans, by member and number", "Plan"),
                    "400": error_response("A page that is not valid")
                }
            }),
        },
        ApiRoute {
            path: "/api/v1/plans/{plan}/commitments",
            method: "get",
            handler: get(api::plans::commitments),
            operation: json!({
                "operationId": "listPlanCommitments",
                "summary": "The commitments of a plan",
                "parameters": with_paging(json!([
                    {
                        "name": "plan",
                        "in": "path",
                        "required": true,
                        "description": "The plan's slug or id",
                        "schema": {
                            "type": "string"
                        }
                    },
                    { "name": "theme", "in": "query", "required": false, "description": "Theme id", "schema": { "type": "integer", "minimum": 1, "maximum": MAX_ID } },
                    { "name": "institution", "in": "query", "required": false, "description": "Lead institution id", "schema": { "type": "integer", "minimum": 1, "maximum": MAX_ID } },
                    { "name": "status", "in": "query", "required": false, "schema": { "type": "string", "enum": ["idea", "draft", "in-consultation", "adopted", "withdrawn", "merged"] } }
                ])),
                "responses": {
                    "200": page_of("Commitments, by code", "Commitment"),
                    "400": error_response("A filter or page that is not valid"),
                    "404": {
                        "description": "No such plan",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "$ref": "#/components/schemas/Error"
                                }
                            }
                        }
                    }
                }
            }),
        },
        ApiRoute {
            path: "/api/v1/commitments/{code}",
            method: "get",
            handler: get(api::plans::commitment),
            operation: json!({
                "operationId": "getCommitment",
                "summary": "One commitment with its milestones and indicators",
                "parameters": [
                    {
                        "name": "code",
                        "in": "path",
                        "required": true,
                        "description": "The OGP code, e.g. MO0012",
                        "schema": {
                            "type": "string"
                        },
                        "example": "MO0050"
                    }
                ],
                "responses": {
                    "200": {
                        "description": "The commitment",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "$ref": "#/components/schemas/CommitmentDetail"
                                }
                            }
                        }
                    },
                    "404": {
                        "description": "No such commitment",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "$ref": "#/components/schemas/Error"
                                }
                            }
                        }
                    }
                }
            }),
        },
        ApiRoute {
            path: "/api/v1/popolo.json",
            method: "get",
            handler: get(api::popolo::document),
            operation: json!({
                "operationId": "getForumPopolo",
                "summary": "The forum as Popolo JSON: persons, organizations, memberships, posts and events",
                "description": "E-mail addresses appear only for people who made theirs public.",
                "responses": {
                    "200": {
                        "description": "One Popolo document",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "$ref": "#/components/schemas/Popolo"
                                }
                            }
                        }
                    }
                }
            }),
        },
        ApiRoute {
            path: "/api/v1/plans/{plan}/milestones",
            method: "get",
            handler: get(api::plans::milestones),
            operation: json!({
                "operationId": "listPlanMilestones",
                "summary": "The milestones of a plan, with their commitment and whether they are late",
                "parameters": with_paging(json!([
                    { "name": "plan", "in": "path", "required": true, "description": "The plan's slug or id", "schema": { "type": "string" } },
                    { "name": "institution", "in": "query", "required": false, "description": "Responsible institution's id", "schema": { "type": "integer", "minimum": 1, "maximum": MAX_ID } },
                    { "name": "status", "in": "query", "required": false, "schema": { "type": "string", "enum": ["not-started", "in-progress", "completed", "cancelled"] } },
                    { "name": "late", "in": "query", "required": false, "schema": { "type": "boolean" } }
                ])),
                "responses": {
                    "200": page_of("A page of milestones", "Milestone"),
                    "400": { "description": "A filter or page that is not valid", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                    "404": { "description": "No such plan", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
                }
            }),
        },
        ApiRoute {
            path: "/api/v1/meetings",
            method: "get",
            handler: get(api::plans::meetings),
            operation: json!({
                "operationId": "listMeetings",
                "summary": "The forum's meetings, oldest first",
                "parameters": paging_parameters(),
                "responses": {
                    "200": page_of("A page of meetings (times in seconds since the epoch, shown in their time zone)", "Meeting")
                }
            }),
        },
        ApiRoute {
            path: "/api/v1/contributions",
            method: "get",
            handler: get(api::contributions::list),
            operation: json!({
                "operationId": "listContributions",
                "summary": "The open record of participation: every public contribution with its published response",
                "description": "Proposals, comments on consultations and inputs recorded at meetings, oldest first. A contribution a moderator hid keeps its place and reason, without its text. Contributions held for moderation are not listed.",
                "parameters": paging_parameters(),
                "responses": {
                    "200": {
                        "description": "One page of contributions; the Link header names the next page",
                        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ContributionPage" } } }
                    },
                    "400": {
                        "description": "A page or page size that is not a number in range",
                        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
                    }
                }
            }),
        },
        ApiRoute {
            path: "/api/v1/milestones/{id}/progress",
            method: "post",
            handler: post(api::progress::report_progress),
            operation: json!({
                "operationId": "reportProgress",
                "summary": "Report progress on a milestone your institution is responsible for",
                "description": "Needs a personal API token (created in the account's settings) of an implementer of the milestone's responsible institution. When the instance reviews progress, the update waits for the secretariat before it is public.",
                "security": [{ "bearerToken": [] }],
                "parameters": [{ "name": "id", "in": "path", "required": true, "description": "The milestone's id", "schema": { "type": "integer", "minimum": 1, "maximum": MAX_ID } }],
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ProgressRequest" } } } },
                "responses": {
                    "201": { "description": "Stored", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Reported" } } } },
                    "400": { "description": "Not a JSON progress request", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                    "401": { "description": "Missing, wrong or revoked token", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                    "403": { "description": "The milestone belongs to another institution", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                    "404": { "description": "No such milestone", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                    "422": { "description": "Refused by a rule of the milestone, with the reason of each field (a date outside the plan or in the future, a percent lower than the last without a reason)", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Invalid" } } } }
                }
            }),
        },
        ApiRoute {
            path: "/api/v1/indicators/{id}/measurements",
            method: "post",
            handler: post(api::progress::report_measurement),
            operation: json!({
                "operationId": "reportMeasurement",
                "summary": "Add a measurement of an indicator of a commitment your institution leads",
                "security": [{ "bearerToken": [] }],
                "parameters": [{ "name": "id", "in": "path", "required": true, "description": "The indicator's id", "schema": { "type": "integer", "minimum": 1, "maximum": MAX_ID } }],
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/MeasurementRequest" } } } },
                "responses": {
                    "201": { "description": "Stored", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Reported" } } } },
                    "401": { "description": "Missing, wrong or revoked token", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                    "403": { "description": "The indicator belongs to another institution's commitment", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                    "404": { "description": "No such indicator", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                    "422": { "description": "Refused by a rule of the indicator, with the reason of each field (a value in another unit, a date outside the plan)", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Invalid" } } } }
                }
            }),
        },
        ApiRoute {
            path: "/healthz",
            method: "get",
            handler: get(health::check),
            operation: json!({
                "operationId": "health",
                "summary": "Database reachability",
                "responses": {
                    "200": {
                        "description": "Healthy",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "$ref": "#/components/schemas/Health"
                                }
                            }
                        }
                    },
                    "503": {
                        "description": "Database unreachable",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "$ref": "#/components/schemas/Health"
                                }
                            }
                        }
                    }
                }
            }),
        },
    ]
}

/// A request id sent by the client is kept (a proxy's id ties its log to ours) only when it is
/// a short token: 1 to 64 letters, digits, `-`, `_` or `.`. Anything else — a line break that
/// would forge a log line, a megabyte of text — is dropped and the server makes its own.
async fn drop_unsafe_request_id(mut request: Request) -> Request {
    let safe = |v: &HeaderValue| {
        let bytes = v.as_bytes();
        (1..=64).contains(&bytes.len())
            && bytes.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    };
    if request.headers().get("x-request-id").is_some_and(|v| !safe(v)) {
        request.headers_mut().remove("x-request-id");
    }
    request
}

/// HEAD is answered as GET without its body (RFC 9110 §9.3.2), so it carries the same ETag,
/// length and cache headers. Left to the router, HEAD lost its body before the ETag layers
/// hashed it: `HEAD /api/v1/plans` carried the ETag of an empty body, and pages none.
async fn head_as_get(mut request: Request, next: axum::middleware::Next) -> Response {
    if request.method() != Method::HEAD {
        return next.run(request).await;
    }
    *request.method_mut() = Method::GET;
    let (parts, _body) = next.run(request).await.into_parts();
    Response::from_parts(parts, axum::body::Body::empty())
}

/// The whole application: routes wrapped in request ids, logs, compression, security
/// headers and the request context.
pub fn app(state: AppState) -> Router {
    let routes = routes().with_state(state.clone());
    let behind_tls = state.config.secure_cookies;
    let x_request_id = HeaderName::from_static("x-request-id");
    Router::new().fallback_service(routes).layer(
        ServiceBuilder::new()
            .layer(axum::middleware::map_request(drop_unsafe_request_id))
            .layer(axum::middleware::from_fn(head_as_get))
            .layer(SetRequestIdLayer::new(x_request_id.clone(), MakeRequestUuid))
            .layer(
                TraceLayer::new_for_http()
                    .make_span_with(|request: &Request| {
                        let id = request.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
                        tracing::info_span!("request", request_id = %id, method = %request.method(), path = %request.uri().path())
                    })
                    .on_response(DefaultOnResponse::new().level(Level::INFO)),
            )
            .layer(PropagateRequestIdLayer::new(x_request_id))
            .layer(CompressionLayer::new())
            .layer(map_response(move |response| security_headers(response, behind_tls)))
            .layer(from_fn_with_state(state.clone(), context::prepare))
            // Inside the context layer, so its refusals are rendered as JSON {code, message}.
            .layer(from_fn_with_state(state.clone(), crate::api_edge::edge))
            // Inside the context layer: it needs to know whether the reader is signed in.
            .layer(from_fn_with_state(state, crate::page_cache::layer))
            // Inside the context layer, so a panic still gets a translated 500 page.
            .layer(CatchPanicLayer::custom(|_| AppError::Internal("a handler panicked".into()).into_response())),
    )
}

/// `behind_tls`: the portal's public address is https, so browsers are told to keep to it.
async fn security_headers(mut response: Response, behind_tls: bool) -> Response {
    let headers = response.headers_mut();
    let set = |headers: &mut axum::http::HeaderMap, name: HeaderName, value: &'static str| {
        headers.entry(name).or_insert(HeaderValue::from_static(value));
    };
    set(
        headers,
        header::CONTENT_SECURITY_POLICY,
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    );
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(headers, header::REFERRER_POLICY, "same-origin");
    // The embeddable widget and badge set a CSP that lets any site frame them; everything
    // else may not be framed at all.
    let embeddable = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|csp| csp.contains("frame-ancestors *"));
    if !embeddable {
        set(headers, header::X_FRAME_OPTIONS, "DENY");
    }
    set(headers, header::VARY, "Cookie, Accept-Language");
    if behind_tls {
        set(headers, header::STRICT_TRANSPORT_SECURITY, "max-age=31536000; includeSubDomains");
    }
    response
}
