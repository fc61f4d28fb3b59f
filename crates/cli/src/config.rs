//! Configuration: defaults, then `sharaka.toml`, then `SHARAKA_*` variables and flags.
//! Secrets may come from files (`SHARAKA_DATABASE_URL_FILE`, `SHARAKA_SMTP_URL_FILE`).

use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use domain::Locale;
use serde::Deserialize;

/// What `sharaka.toml` may contain. Unknown keys are refused so typos do not pass silently.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub bind: Option<String>,
    pub database_url: Option<String>,
    pub database_url_file: Option<PathBuf>,
    pub data_dir: Option<PathBuf>,
    pub base_url: Option<String>,
    pub default_locale: Option<String>,
    pub seed_demo: Option<bool>,
    pub trust_forwarded_for: Option<bool>,
    pub log_format: Option<String>,
    pub time_zone: Option<String>,
    /// The shortest consultation the secretariat may open, in days (default 14).
    pub consultation_min_days: Option<i64>,
    /// Hold each participant's first contribution for a moderator (default off).
    pub premoderate_first: Option<bool>,
    /// Remind implementers this many days before a milestone is due (default 14).
    pub reminder_days: Option<i64>,
    /// Progress updates wait for the secretariat's approval (default off).
    pub review_progress: Option<bool>,
    pub portal_checks: Option<bool>,
    /// Serve Prometheus metrics at `/metrics` on this address (off unless set).
    pub metrics_bind: Option<String>,
    /// Addresses the portal checks may reach although they are not public (an intranet).
    #[serde(default)]
    pub portal_check_allow: Vec<String>,
    #[serde(default)]
    pub mail: MailFileConfig,
    /// Uploaded documents: a local folder (default `<data_dir>/files`) or an S3-compatible bucket.
    #[serde(default)]
    pub files: FilesFileConfig,
    /// Failed sign-ins (see `domain::throttle`).
    #[serde(default)]
    pub limits: LimitsFileConfig,
    /// Who publishes the portal (legal notice, contact and privacy pages).
    #[serde(default)]
    pub identity: IdentityFileConfig,
    /// Connections from the internet (see `web::server`).
    #[serde(default)]
    pub server: ServerFileConfig,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerFileConfig {
    pub header_read_timeout_secs: Option<i64>,
    pub idle_timeout_secs: Option<i64>,
    pub connections_per_address: Option<i64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentityFileConfig {
    /// The issuing authority per language code (`ar`, `fr`, `en`, `zgh`).
    #[serde(default)]
    pub authority: std::collections::BTreeMap<String, String>,
    pub contact_email: Option<String>,
    pub contact_address: Option<String>,
    /// The state's emblem or the authority's logo: a PNG, JPEG, WebP or SVG file.
    pub logo_file: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsFileConfig {
    pub login_window_secs: Option<i64>,
    pub login_free_failures_per_account_address: Option<i64>,
    pub login_free_failures_per_address: Option<i64>,
    pub login_max_delay_secs: Option<i64>,
    pub registrations_per_address: Option<i64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FilesFileConfig {
    pub dir: Option<PathBuf>,
    pub s3_bucket: Option<String>,
    pub s3_endpoint: Option<String>,
    pub s3_region: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailFileConfig {
    pub smtp_url: Option<String>,
    pub smtp_url_file: Option<PathBuf>,
    /// A private certificate authority (PEM) for the relay's TLS certificate.
    pub smtp_ca_file: Option<PathBuf>,
    pub from: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub bind: String,
    pub database_url: String,
    pub data_dir: PathBuf,
    pub base_url: String,
    pub default_locale: Locale,
    pub seed_demo: bool,
    pub trust_forwarded_for: bool,
    pub json_logs: bool,
    pub smtp_url: Option<String>,
    /// The relay's private certificate authority (PEM), read at start.
    pub smtp_ca: Option<Vec<u8>>,
    pub mail_from: String,
    pub time_zone: String,
    pub files: web::FilesConfig,
    pub consultation_min_days: i64,
    pub premoderate_first: bool,
    pub reminder_days: i64,
    pub review_progress: bool,
    /// Check linked portals and their feeds daily (contacts other servers; off by default).
    pub portal_checks: bool,
    pub portal_check_allow: Vec<std::net::IpAddr>,
    /// The address of `/metrics` (Prometheus), apart from the public one; `None`: not served.
    pub metrics_bind: Option<String>,
    pub login_policy: domain::throttle::LoginPolicy,
    /// Registrations from one address per window (a workshop registers on one Wi-Fi).
    pub registrations_per_address: i64,
    pub identity: web::Identity,
    pub connection_limits: web::server::ConnectionLimits,
}

/// Values given on the command line (clap also reads their `SHARAKA_*` variables).
#[derive(Debug, Default)]
pub struct Overrides {
    pub config_file: Option<PathBuf>,
    pub database_url: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub bind: Option<String>,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn read_secret(path: &Path) -> anyhow::Result<String> {
    let value = std::fs::read_to_string(path).with_context(|| format!("cannot read secret file {}", path.display()))?;
    Ok(value.trim().to_string())
}

fn parse_bool(name: &str, value: &str) -> anyhow::Result<bool> {
    match value.trim() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        other => bail!("{name} must be true or false, not {other:?}"),
    }
}

impl Config {
    pub fn load(overrides: Overrides) -> anyhow::Result<Config> {
        let file_path = overrides.config_file.clone().or_else(|| {
            let default = PathBuf::from("sharaka.toml");
            default.exists().then_some(default)
        });
        let file: FileConfig = match &file_path {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read config file {}", path.display()))?;
                toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.message()))?
            }
            None => FileConfig::default(),
        };

        let data_dir = overrides
            .data_dir
            .or_else(|| env("SHARAKA_DATA_DIR").map(PathBuf::from))
            .or(file.data_dir)
            .unwrap_or_else(|| PathBuf::from("sharaka-data"));
        let bind =
            overrides.bind.or_else(|| env("SHARAKA_BIND")).or(file.bind).unwrap_or_else(|| "127.0.0.1:8080".into());

        let database_configured = overrides.database_url.is_some()
            || env("SHARAKA_DATABASE_URL_FILE").is_some()
            || file.database_url.is_some()
            || file.database_url_file.is_some();
        let database_url = match (overrides.database_url, env("SHARAKA_DATABASE_URL_FILE")) {
            (Some(url), _) => url,
            (None, Some(path)) => read_secret(Path::new(&path))?,
            (None, None) => match (file.database_url, file.database_url_file) {
                (Some(url), _) => url,
                (None, Some(path)) => read_secret(&path)?,
                (None, None) => format!("sqlite://{}", data_dir.join("sharaka.db").display()),
            },
        };

        let base_url = env("SHARAKA_BASE_URL").or(file.base_url).unwrap_or_else(|| format!("http://{bind}"));
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            bail!("base_url must start with http:// or https://, got {base_url:?}");
        }
        let locale_code = env("SHARAKA_DEFAULT_LOCALE").or(file.default_locale).unwrap_or_else(|| "ar".into());
        let default_locale = locale_code
            .parse()
            .map_err(|_| anyhow::anyhow!("default_locale must be one of ar, fr, en, zgh, got {locale_code:?}"))?;
        let seed_demo = match env("SHARAKA_SEED_DEMO") {
            Some(v) => parse_bool("SHARAKA_SEED_DEMO", &v)?,
            // Demo accounts have a published password: only the zero-config demo gets them.
            None => file.seed_demo.unwrap_or(!database_configured),
        };
        let trust_forwarded_for = match env("SHARAKA_TRUST_FORWARDED_FOR") {
            Some(v) => parse_bool("SHARAKA_TRUST_FORWARDED_FOR", &v)?,
            None => file.trust_forwarded_for.unwrap_or(false),
        };
        let log_format = env("SHARAKA_LOG_FORMAT").or(file.log_format).unwrap_or_else(|| "text".into());
        let json_logs = match log_format.as_str() {
            "json" => true,
            "text" => false,
            other => bail!("log_format must be text or json, got {other:?}"),
        };
        let smtp_url = match (env("SHARAKA_SMTP_URL"), env("SHARAKA_SMTP_URL_FILE")) {
            (Some(url), _) => Some(url),
            (None, Some(path)) => Some(read_secret(Path::new(&path))?),
            (None, None) => match (file.mail.smtp_url, file.mail.smtp_url_file) {
                (Some(url), _) => Some(url),
                (None, Some(path)) => Some(read_secret(&path)?),
                (None, None) => None,
            },
        };
        let smtp_ca = match env("SHARAKA_SMTP_CA_FILE").map(PathBuf::from).or(file.mail.smtp_ca_file) {
            Some(path) => Some(
                std::fs::read(&path)
                    .with_context(|| format!("cannot read the SMTP CA certificate {}", path.display()))?,
            ),
            None => None,
        };
        let mail_from = env("SHARAKA_MAIL_FROM")
            .or(file.mail.from)
            .unwrap_or_else(|| "Sharaka <no-reply@sharaka.localhost>".into());

        let time_zone = env("SHARAKA_TIME_ZONE").or(file.time_zone).unwrap_or_else(|| "Africa/Casablanca".into());
        if domain::forum::parse_time_zone(&time_zone).is_err() {
            bail!("time_zone must be an IANA time zone name such as Africa/Casablanca, got {time_zone:?}");
        }
        let consultation_min_days = match env("SHARAKA_CONSULTATION_MIN_DAYS") {
            Some(raw) => raw
                .parse()
                .map_err(|_| anyhow::anyhow!("SHARAKA_CONSULTATION_MIN_DAYS must be a number of days, got {raw:?}"))?,
            None => file.consultation_min_days.unwrap_or(14),
        };
        if !(1..=365).contains(&consultation_min_days) {
            bail!("consultation_min_days must be between 1 and 365, got {consultation_min_days}");
        }
        let premoderate_first = match env("SHARAKA_PREMODERATE_FIRST") {
            Some(raw) => parse_bool("SHARAKA_PREMODERATE_FIRST", &raw)?,
            None => file.premoderate_first.unwrap_or(false),
        };
        let reminder_days = match env("SHARAKA_REMINDER_DAYS") {
            Some(raw) => raw
                .parse()
                .map_err(|_| anyhow::anyhow!("SHARAKA_REMINDER_DAYS must be a number of days, got {raw:?}"))?,
            None => file.reminder_days.unwrap_or(14),
        };
        if !(0..=365).contains(&reminder_days) {
            bail!("reminder_days must be between 0 and 365, got {reminder_days}");
        }
        let review_progress = match env("SHARAKA_REVIEW_PROGRESS") {
            Some(raw) => parse_bool("SHARAKA_REVIEW_PROGRESS", &raw)?,
            None => file.review_progress.unwrap_or(false),
        };
        let portal_checks = match env("SHARAKA_PORTAL_CHECKS") {
            Some(raw) => parse_bool("SHARAKA_PORTAL_CHECKS", &raw)?,
            None => file.portal_checks.unwrap_or(false),
        };
        let metrics_bind = env("SHARAKA_METRICS_BIND").or(file.metrics_bind.clone()).filter(|s| !s.trim().is_empty());
        let allow_list = match env("SHARAKA_PORTAL_CHECK_ALLOW") {
            Some(raw) => raw.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            None => file.portal_check_allow.clone(),
        };
        let portal_check_allow = allow_list
            .iter()
            .map(|raw| {
                raw.parse::<std::net::IpAddr>()
                    .map_err(|_| anyhow::anyhow!("portal_check_allow: {raw:?} is not an IP address"))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let defaults = domain::throttle::LoginPolicy::default();
        let limit = |variable: &str, value: Option<i64>, default: i64, range: std::ops::RangeInclusive<i64>| {
            let value = match env(variable) {
                Some(raw) => {
                    raw.parse().map_err(|_| anyhow::anyhow!("{variable} must be a whole number, got {raw:?}"))?
                }
                None => value.unwrap_or(default),
            };
            if !range.contains(&value) {
                bail!("{variable} must be between {} and {}, got {value}", range.start(), range.end());
            }
            Ok(value)
        };
        let login_policy = domain::throttle::LoginPolicy {
            window_secs: limit(
                "SHARAKA_LOGIN_WINDOW_SECS",
                file.limits.login_window_secs,
                defaults.window_secs,
                60..=86_400,
            )?,
            free_per_account_address: limit(
                "SHARAKA_LOGIN_FREE_FAILURES_PER_ACCOUNT_ADDRESS",
                file.limits.login_free_failures_per_account_address,
                defaults.free_per_account_address,
                1..=1_000,
            )?,
            free_per_address: limit(
                "SHARAKA_LOGIN_FREE_FAILURES_PER_ADDRESS",
                file.limits.login_free_failures_per_address,
                defaults.free_per_address,
                1..=100_000,
            )?,
            max_delay_secs: limit(
                "SHARAKA_LOGIN_MAX_DELAY_SECS",
                file.limits.login_max_delay_secs,
                defaults.max_delay_secs,
                1..=86_400,
            )?,
        };
        let registrations_per_address = limit(
            "SHARAKA_REGISTRATIONS_PER_ADDRESS",
            file.limits.registrations_per_address,
            web::Limits::default().registrations_per_client,
            1..=100_000,
        )?;
        // Behind a reverse proxy (its X-Forwarded-For trusted) every connection comes from the
        // proxy, so the per-address cap is off unless set.
        let server_defaults = web::server::ConnectionLimits::default();
        let secs = |n: i64| std::time::Duration::from_secs(n.unsigned_abs());
        let connection_limits = web::server::ConnectionLimits {
            header_read: secs(limit(
                "SHARAKA_HEADER_READ_TIMEOUT_SECS",
                file.server.header_read_timeout_secs,
                server_defaults.header_read.as_secs() as i64,
                1..=600,
            )?),
            idle: secs(limit(
                "SHARAKA_IDLE_TIMEOUT_SECS",
                file.server.idle_timeout_secs,
                server_defaults.idle.as_secs() as i64,
                1..=3_600,
            )?),
            per_address: limit(
                "SHARAKA_CONNECTIONS_PER_ADDRESS",
                file.server.connections_per_address,
                if trust_forwarded_for { 0 } else { server_defaults.per_address as i64 },
                0..=100_000,
            )?
            .unsigned_abs() as usize,
        };
        let mut authority = std::collections::HashMap::new();
        for (code, name) in file.identity.authority {
            let locale: Locale = code
                .parse()
                .map_err(|_| anyhow::anyhow!("[identity] authority: {code:?} is not one of ar, fr, en, zgh"))?;
            authority.insert(locale, name);
        }
        let identity = web::Identity {
            authority,
            contact_email: env("SHARAKA_CONTACT_EMAIL").or(file.identity.contact_email).unwrap_or_default(),
            contact_address: file.identity.contact_address.unwrap_or_default(),
            logo: match env("SHARAKA_LOGO_FILE").map(PathBuf::from).or(file.identity.logo_file) {
                Some(path) => {
                    let bytes = std::fs::read(&path)
                        .map_err(|e| anyhow::anyhow!("[identity] logo_file {}: {e}", path.display()))?;
                    Some(
                        web::Logo::from_bytes(bytes)
                            .map_err(|why| anyhow::anyhow!("[identity] logo_file {}: {why}", path.display()))?,
                    )
                }
                None => None,
            },
        };
        // Credentials come from the standard AWS_* variables, never from the file.
        let files = match env("SHARAKA_S3_BUCKET").or(file.files.s3_bucket) {
            Some(bucket) => web::FilesConfig::S3(store::files::S3Settings {
                bucket,
                endpoint: env("SHARAKA_S3_ENDPOINT").or(file.files.s3_endpoint),
                region: env("SHARAKA_S3_REGION").or(file.files.s3_region),
                access_key_id: None,
                secret_access_key: None,
            }),
            None => web::FilesConfig::Folder(
                env("SHARAKA_FILES_DIR")
                    .map(PathBuf::from)
                    .or(file.files.dir)
                    .unwrap_or_else(|| data_dir.join("files")),
            ),
        };

        Ok(Config {
            identity,
            connection_limits,
            login_policy,
            registrations_per_address,
            consultation_min_days,
            premoderate_first,
            reminder_days,
            review_progress,
            portal_checks,
            portal_check_allow,
            metrics_bind,
            time_zone,
            files,
            bind,
            database_url,
            data_dir,
            base_url,
            default_locale,
            seed_demo,
            trust_forwarded_for,
            json_logs,
            smtp_url,
            smtp_ca,
            mail_from,
        })
    }

    pub fn web_config(&self) -> web::WebConfig {
        let mail = match &self.smtp_url {
            Some(url) => web::MailConfig::Smtp(web::SmtpConfig { url: url.clone(), ca_pem: self.smtp_ca.clone() }),
            None => web::MailConfig::Files(self.data_dir.join("mail")),
        };
        let mut config = web::WebConfig::new(&self.base_url, mail);
        config.default_locale = self.default_locale;
        config.trust_forwarded_for = self.trust_forwarded_for;
        config.mail_from = self.mail_from.clone();
        config.time_zone = self.time_zone.clone();
        config.consultation_min_days = self.consultation_min_days;
        config.premoderate_first = self.premoderate_first;
        config.reminder_days = self.reminder_days;
        config.review_progress = self.review_progress;
        config.portal_checks = self.portal_checks;
        config.portal_check_allow = self.portal_check_allow.clone();
        config.files = self.files.clone();
        config.limits.login = self.login_policy;
        config.limits.registrations_per_client = self.registrations_per_address;
        config.identity = self.identity.clone();
        config
    }
}
