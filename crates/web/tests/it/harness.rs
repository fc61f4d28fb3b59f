//! A test client: the real router, a manual clock, a cookie jar and the mail folder.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use domain::clock::ManualClock;
use http_body_util::BodyExt;
use store::testing::TestDatabase;
use tower::ServiceExt;
use web::{AppState, MailConfig, WebConfig};

pub const BASE_URL: &str = "http://sharaka.test";
pub const START: i64 = 1_790_000_000; // 2026-09-21

pub struct TestApp {
    pub state: AppState,
    pub router: Router,
    pub clock: Arc<ManualClock>,
    pub mail_dir: PathBuf,
    pub db: Option<TestDatabase>,
    pub cookies: HashMap<String, String>,
    /// Headers sent with every request (e.g. Accept-Language).
    pub headers: Vec<(String, String)>,
    /// The address requests come from (none: the router sees "local").
    pub client_ip: Option<std::net::IpAddr>,
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl TestResponse {
    pub fn location(&self) -> &str {
        self.headers.get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or_default()
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
    /// The value of the hidden CSRF field, as a browser would submit it.
    pub fn csrf_field(&self) -> String {
        let marker = "name=\"csrf\" value=\"";
        let start = self.body.find(marker).expect("page has a CSRF field") + marker.len();
        self.body[start..].split('"').next().expect("value").to_string()
    }
    pub fn assert_contains(&self, needle: &str) {
        assert!(self.body.contains(needle), "expected {needle:?} in body (status {}):\n{}", self.status, self.body);
    }
}

/// Builds an app on `db` with its own clock and mail folder.
pub async fn build(db: TestDatabase) -> TestApp {
    let clock = Arc::new(ManualClock::at_unix(START));
    let mail_dir = std::env::temp_dir().join(format!("sharaka_mail_{}", &store::random_token()[..12]));
    let state = state_on(db.db.clone(), clock.clone(), &mail_dir).await;
    TestApp {
        router: web::app(state.clone()),
        state,
        clock,
        mail_dir,
        db: Some(db),
        cookies: HashMap::new(),
        headers: vec![],
        client_ip: None,
    }
}

pub async fn state_on(db: Arc<dyn store::Database>, clock: Arc<ManualClock>, mail_dir: &std::path::Path) -> AppState {
    state_with_files(db, clock, mail_dir, web::FilesConfig::Memory).await
}

/// A state keeping uploaded files in `files` (a folder, a bucket) instead of memory.
pub async fn state_with_files(
    db: Arc<dyn store::Database>,
    clock: Arc<ManualClock>,
    mail_dir: &std::path::Path,
    files: web::FilesConfig,
) -> AppState {
    let mut config = WebConfig::new(BASE_URL, MailConfig::Files(mail_dir.to_path_buf()));
    config.default_locale = domain::Locale::Ar;
    config.files = files;
    AppState::new(db, clock, config).await.expect("state")
}

impl TestApp {
    pub async fn sqlite() -> TestApp {
        build(TestDatabase::sqlite().await).await
    }

    pub async fn postgres() -> Option<TestApp> {
        Some(build(TestDatabase::postgres().await?).await)
    }

    /// The same app keeping uploaded files in `files` (cookies and clock kept).
    pub async fn use_files(&mut self, files: web::FilesConfig) {
        let db = self.state.db.clone();
        self.state = state_with_files(db, self.clock.clone(), &self.mail_dir, files).await;
        self.router = web::app(self.state.clone());
    }

    pub fn test_db(&self) -> &TestDatabase {
        self.db.as_ref().expect("database")
    }

    pub async fn cleanup(mut self) {
        let _ = std::fs::remove_dir_all(&self.mail_dir);
        if let Some(db) = self.db.take() {
            drop(self.router);
            drop(self.state);
            db.cleanup().await;
        }
    }

    pub async fn request(
        &mut self,
        method: Method,
        path: &str,
        body: Option<String>,
        extra: &[(&str, &str)],
    ) -> TestResponse {
        match body {
            Some(body) => {
                self.send(method, path, Body::from(body), Some("application/x-www-form-urlencoded"), extra).await
            }
            None => self.send(method, path, Body::empty(), None, extra).await,
        }
    }

    /// Sends a request with this browser's cookies and records the cookies it sets.
    pub async fn send(
        &mut self,
        method: Method,
        path: &str,
        body: Body,
        content_type: Option<&str>,
        extra: &[(&str, &str)],
    ) -> TestResponse {
        let mut builder = Request::builder().method(method).uri(path).header(header::HOST, "sharaka.test");
        if !self.cookies.is_empty() {
            let jar: Vec<String> = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
            builder = builder.header(header::COOKIE, jar.join("; "));
        }
        for (k, v) in &self.headers {
            builder = builder.header(k.as_str(), v.as_str());
        }
        for (k, v) in extra {
            builder = builder.header(*k, *v);
        }
        if let Some(content_type) = content_type {
            builder = builder.header(header::CONTENT_TYPE, content_type);
        }
        if let Some(ip) = self.client_ip {
            builder = builder.extension(axum::extract::ConnectInfo(std::net::SocketAddr::new(ip, 40_000)));
        }
        let request = builder.body(body).expect("request");
        let response = self.router.clone().oneshot(request).await.expect("response");
        let status = response.status();
        let headers = response.headers().clone();
        for cookie in headers.get_all(header::SET_COOKIE) {
            let cookie = cookie.to_str().expect("cookie");
            let (pair, attributes) = cookie.split_once(';').unwrap_or((cookie, ""));
            let (name, value) = pair.split_once('=').expect("cookie pair");
            if attributes.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_string(), value.to_string());
            }
        }
        let bytes = response.into_body().collect().await.expect("body").to_bytes();
        TestResponse { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    pub async fn get(&mut self, path: &str) -> TestResponse {
        self.request(Method::GET, path, None, &[]).await
    }

    /// Submits a form the way a browser does: fetch the page for its CSRF field, then post.
    pub async fn submit(&mut self, form_page: &str, action: &str, fields: &[(&str, &str)]) -> TestResponse {
        let page = self.get(form_page).await;
        assert_eq!(page.status, StatusCode::OK, "form page {form_page}: {}", page.body);
        let token = page.csrf_field();
        self.post(action, fields, Some(&token)).await
    }

    /// Posts a form with an explicit CSRF token (or none).
    pub async fn post(&mut self, action: &str, fields: &[(&str, &str)], csrf: Option<&str>) -> TestResponse {
        let mut pairs: Vec<(&str, &str)> = fields.to_vec();
        if let Some(token) = csrf {
            pairs.push(("csrf", token));
        }
        let body = serde_urlencoded::to_string(&pairs).expect("encode");
        self.request(Method::POST, action, Some(body), &[("origin", BASE_URL)]).await
    }

    /// Posts a `multipart/form-data` form as a browser does for file uploads.
    pub async fn post_multipart(
        &mut self,
        action: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> TestResponse {
        const BOUNDARY: &str = "sharaka-test-boundary-7MA4YWxkTrZu0gW";
        let mut body: Vec<u8> = vec![];
        for (name, value) in fields {
            body.extend(
                format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        if let Some((file_name, bytes)) = file {
            body.extend(
                format!(
                    "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend(bytes);
            body.extend(b"\r\n");
        }
        body.extend(format!("--{BOUNDARY}--\r\n").as_bytes());
        let content_type = format!("multipart/form-data; boundary={BOUNDARY}");
        self.send(Method::POST, action, Body::from(body), Some(&content_type), &[("origin", BASE_URL)]).await
    }

    /// The CSRF token for the current browser, as the server would put it in a form.
    pub async fn csrf(&mut self) -> String {
        if !self.cookies.contains_key("sharaka_csrf") {
            self.get("/ar/").await;
        }
        let session = self.cookies.get("sharaka_session").map(|t| web::auth::sessions::token_hash(t));
        let key = web::context::csrf_key(&self.cookies["sharaka_csrf"], session.as_deref());
        web::csrf::form_token(&self.state.csrf_secret, &key)
    }

    /// Delivers queued mail and returns every message in the mail folder, parsed.
    pub async fn mails(&self) -> Vec<Mail> {
        self.state.background.settle().await;
        web::jobs::mail::deliver_due(&self.state).await.expect("deliver");
        let Ok(entries) = std::fs::read_dir(&self.mail_dir) else {
            return vec![];
        };
        let mut mails: Vec<(std::time::SystemTime, Mail)> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
            .map(|e| {
                let raw = std::fs::read(e.path()).expect("read eml");
                let parsed = mailparse::parse_mail(&raw).expect("a valid RFC 5322 message");
                let header = |name: &str| {
                    parsed
                        .headers
                        .iter()
                        .find(|h| h.get_key_ref().eq_ignore_ascii_case(name))
                        .map(|h| h.get_value())
                        .unwrap_or_default()
                };
                let mail = Mail {
                    to: header("To"),
                    subject: header("Subject"),
                    body: parsed.get_body().expect("body"),
                    list_unsubscribe: header("List-Unsubscribe"),
                    list_unsubscribe_post: header("List-Unsubscribe-Post"),
                };
                (e.metadata().and_then(|m| m.modified()).expect("mtime"), mail)
            })
            .collect();
        mails.sort_by_key(|(t, _)| *t);
        mails.into_iter().map(|(_, m)| m).collect()
    }

    pub async fn mails_to(&self, to: &str) -> Vec<Mail> {
        self.mails().await.into_iter().filter(|m| m.to.contains(to)).collect()
    }

    /// Registers and verifies an account through the real pages; leaves the browser signed out.
    pub async fn verified_user(&mut self, email: &str, name: &str, password: &str) -> i64 {
        let response = self
            .submit(
                "/en/register",
                "/en/register",
                &[("name", name), ("email", email), ("password", password), ("password_confirm", password)],
            )
            .await;
        assert_eq!(response.status, StatusCode::OK, "{}", response.body);
        let mail = self.mails_to(email).await.pop().expect("verification mail");
        let link = mail.link("/verify?token=");
        assert_eq!(self.get(&link).await.status, StatusCode::OK);
        self.state.db.user_by_email(email).await.expect("lookup").expect("user").id
    }

    pub async fn login(&mut self, email: &str, password: &str) -> TestResponse {
        self.submit("/en/login", "/en/login", &[("email", email), ("password", password)]).await
    }

    pub async fn grant(&self, user_id: i64, grant: domain::permissions::Grant) {
        self.state.db.add_grant(user_id, grant, None, START).await.expect("grant");
    }

    /// Signs the secretariat account made by [`signed_in_secretariat`] in again.
    pub async fn signed_in_again(&mut self) {
        let response = self.login("secretariat@example.ma", "secretariat-pass-1").await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    }

    /// An official account as `sharaka admin create` makes it: verified, with its role, and
    /// free to carry the name of its office (the public registration refuses such names).
    pub async fn staff_user(&self, email: &str, name: &str, password: &str, grant: domain::permissions::Grant) -> i64 {
        let user = store::NewUser {
            email: email.to_string(),
            name: name.to_string(),
            password_hash: web::auth::passwords::hash(password.to_string()).await.expect("hash"),
            locale: "en".to_string(),
            email_verified_at: Some(START),
        };
        self.state.db.create_user_with_grants(&user, &[grant], START).await.expect("staff account").id
    }

    pub async fn signed_in_secretariat(&mut self) -> i64 {
        let secretariat = domain::permissions::Grant {
            role: domain::permissions::Role::Secretariat,
            scope: domain::permissions::Scope::Global,
        };
        let id = self.staff_user("secretariat@example.ma", "Secrétariat", "secretariat-pass-1", secretariat).await;
        let response = self.login("secretariat@example.ma", "secretariat-pass-1").await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        id
    }
}

#[derive(Debug)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// The List-Unsubscribe header (RFC 8058), when the message has one.
    pub list_unsubscribe: String,
    pub list_unsubscribe_post: String,
}

impl Mail {
    /// The message as a person reads it, for a snapshot: recipient, subject and body, with
    /// one-time tokens (`token=…`) replaced by `[token]`.
    pub fn as_sent(&self) -> String {
        let body = self.body.split("token=").enumerate().map(|(i, part)| {
            if i == 0 {
                part.to_string()
            } else {
                let end =
                    part.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(part.len());
                format!("token=[token]{}", &part[end..])
            }
        });
        format!("To: {}\nSubject: {}\n\n{}", self.to, self.subject, body.collect::<String>())
    }
}

impl Mail {
    /// The path and query of the first link containing `marker`, relative to the site.
    pub fn link(&self, marker: &str) -> String {
        let start = self.body.find(marker).unwrap_or_else(|| panic!("no {marker} link in: {}", self.body));
        let begin = self.body[..start].rfind(BASE_URL).expect("absolute link") + BASE_URL.len();
        let end = self.body[start..].find(char::is_whitespace).map(|e| start + e).unwrap_or(self.body.len());
        self.body[begin..end].to_string()
    }
}

const MOROCCO: &[u8] = include_bytes!("../../../../demo/ogp-morocco.csv");

/// Imports Morocco's two action plans from the demo OGP data (16 commitments).
pub async fn import_morocco(app: &TestApp) {
    let rows = interchange::ogp_csv::read(MOROCCO).expect("demo data");
    let records: Vec<_> = rows.iter().map(interchange::ogp_import::to_import).collect();
    app.state.db.import_ogp(&records, START).await.expect("import");
}

impl store::testing::Fixture for TestApp {
    async fn sqlite() -> Self {
        TestApp::sqlite().await
    }
    async fn postgres() -> Option<Self> {
        TestApp::postgres().await
    }
    async fn cleanup(self) {
        TestApp::cleanup(self).await
    }
}
