//! The instance's configuration as plain data: what `cli` reads from its defaults,
//! `sharaka.toml`, the `SHARAKA_*` variables and flags, and hands to [`crate::AppState`].
//! Nothing here reads a file or the environment, so a test builds one with
//! [`WebConfig::new`] and changes the fields it cares about.

use std::path::PathBuf;

use domain::Locale;
use store::files::FileStore;

#[derive(Debug, Clone)]
pub enum MailConfig {
    /// One `.eml` file per message in this folder (the default; nothing leaves the machine).
    Files(PathBuf),
    /// An SMTP relay, e.g. `smtp://user:pass@host:587?tls=required` or `smtps://…`.
    Smtp(SmtpConfig),
}

#[derive(Debug, Clone)]
pub struct SmtpConfig {
    pub url: String,
    /// A private certificate authority (PEM) the relay's certificate is checked against
    /// instead of the public ones: a ministry's internal relay. With it, TLS is required
    /// (STARTTLS on `smtp://`, unless the URL says `tls=opportunistic`; TLS from the first
    /// byte on `smtps://`).
    pub ca_pem: Option<Vec<u8>>,
}

impl SmtpConfig {
    pub fn new(url: impl Into<String>) -> SmtpConfig {
        SmtpConfig { url: url.into(), ca_pem: None }
    }
}

#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The public address, used in links sent by e-mail and for the Origin check.
    pub base_url: String,
    pub default_locale: Locale,
    /// Mark cookies `Secure` (on when the base URL is https).
    pub secure_cookies: bool,
    /// Read the client address from `X-Forwarded-For` (only behind a trusted proxy).
    pub trust_forwarded_for: bool,
    pub mail: MailConfig,
    pub mail_from: String,
    pub limits: Limits,
    /// Languages commitments should be written in (quality checks flag the missing ones).
    pub content_languages: Vec<Locale>,
    /// Where uploaded documents are kept.
    pub files: FilesConfig,
    /// The IANA time zone meetings are entered in unless another is chosen.
    pub time_zone: String,
    /// The shortest public consultation the secretariat may open (OGP asks for 14 days).
    pub consultation_min_days: i64,
    /// Hold a participant's first contribution for a moderator before it is public.
    pub premoderate_first: bool,
    /// Remind implementers this many days before a milestone is due (and once it is late).
    pub reminder_days: i64,
    /// Progress updates and measurements wait for the secretariat's approval before they
    /// are public.
    pub review_progress: bool,
    /// Linked portals are checked daily by this process (it contacts their servers).
    pub portal_checks: bool,
    /// Addresses the portal checks may reach although they are not public (an intranet portal,
    /// tests): by default none.
    pub portal_check_allow: Vec<std::net::IpAddr>,
    /// Who publishes the portal.
    pub identity: Identity,
}

#[derive(Debug, Clone)]
pub enum FilesConfig {
    /// A local folder (the default of `sharaka serve`).
    Folder(PathBuf),
    /// An S3-compatible bucket.
    S3(store::files::S3Settings),
    /// In memory, for tests.
    Memory,
}

/// Who publishes the portal: shown on the legal, contact and privacy pages.
#[derive(Debug, Clone, Default)]
pub struct Identity {
    /// The issuing authority per language (for Morocco: the Kingdom and the ministry in charge).
    pub authority: std::collections::HashMap<Locale, String>,
    pub contact_email: String,
    pub contact_address: String,
    /// The state's emblem or the authority's logo, shown at the head of every page.
    pub logo: Option<Logo>,
}

/// An image read once at start (`[identity] logo_file`), its type decided from its bytes.
#[derive(Clone)]
pub struct Logo {
    pub bytes: std::sync::Arc<[u8]>,
    pub content_type: &'static str,
}

impl std::fmt::Debug for Logo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Logo({}, {} bytes)", self.content_type, self.bytes.len())
    }
}

impl Logo {
    /// The largest logo accepted: a header image, not a poster.
    pub const MAX_BYTES: usize = 512 * 1024;

    /// Checks an image from its bytes: PNG, JPEG, WebP or SVG, at most 512 KB. An SVG is
    /// served with a policy that runs nothing it holds; it is shown only as an `<img>`.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Logo, &'static str> {
        if bytes.len() > Self::MAX_BYTES {
            return Err("larger than 512 KB");
        }
        let content_type = match bytes.as_slice() {
            [0x89, b'P', b'N', b'G', ..] => "image/png",
            [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
            [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => "image/webp",
            _ => {
                let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_lowercase();
                if head.trim_start_matches('\u{feff}').trim_start().starts_with('<') && head.contains("<svg") {
                    "image/svg+xml"
                } else {
                    return Err("not a PNG, JPEG, WebP or SVG image");
                }
            }
        };
        Ok(Logo { bytes: bytes.into(), content_type })
    }
}

/// Rate limits on public writes, counted in the database so all processes share them.
#[derive(Debug, Clone)]
pub struct Limits {
    pub window_secs: i64,
    /// Failed sign-ins: spaced per (account, address) and per address, never locked.
    pub login: domain::throttle::LoginPolicy,
    pub registrations_per_client: i64,
    pub reset_requests_per_client: i64,
    /// Proposals and comments per participant and window.
    pub contributions_per_user: i64,
    /// Reads of the JSON API and the feeds per client address and window.
    pub api_requests_per_client: i64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            window_secs: 15 * 60,
            login: domain::throttle::LoginPolicy::default(),
            // A workshop of 200 people registering on one Wi-Fi in a quarter of an hour; each
            // registration is one verification e-mail, so a flood is bounded at 200 messages.
            registrations_per_client: 200,
            reset_requests_per_client: 5,
            contributions_per_user: 20,
            api_requests_per_client: 3_000,
        }
    }
}

impl WebConfig {
    pub fn new(base_url: &str, mail: MailConfig) -> WebConfig {
        let base_url = base_url.trim_end_matches('/').to_string();
        WebConfig {
            secure_cookies: base_url.starts_with("https://"),
            base_url,
            default_locale: Locale::Ar,
            trust_forwarded_for: false,
            mail,
            mail_from: "Sharaka <no-reply@sharaka.localhost>".to_string(),
            limits: Limits::default(),
            // Morocco's official languages and French, the administration's working language.
            content_languages: vec![Locale::Ar, Locale::Zgh, Locale::Fr],
            files: FilesConfig::Memory,
            time_zone: "Africa/Casablanca".to_string(),
            consultation_min_days: 14,
            premoderate_first: false,
            reminder_days: 14,
            review_progress: false,
            portal_checks: false,
            portal_check_allow: vec![],
            identity: Identity::default(),
        }
    }
}

impl FilesConfig {
    pub fn open(&self) -> Result<FileStore, store::StoreError> {
        match self {
            FilesConfig::Folder(dir) => FileStore::local(dir),
            FilesConfig::S3(settings) => FileStore::s3(settings),
            FilesConfig::Memory => Ok(FileStore::memory()),
        }
    }
}
