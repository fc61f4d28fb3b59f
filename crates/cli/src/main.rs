//! The `sharaka` binary: serve the portal, migrate the database, manage administrators.

mod backup;
mod config;
mod copy;
mod data;
mod progress;
mod seed;
mod seed_consultation;
mod seed_forum;
mod seed_implementation;
mod seed_news;
mod seed_portals;
mod synth;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{anyhow, bail, Context};
use clap::{Parser, Subcommand};
use domain::account::{DisplayName, Email, NewPassword};
use domain::clock::{Clock, SystemClock};
use domain::permissions::{Grant, Role, Scope};
use store::{Database, NewUser};

use config::{Config, Overrides};

#[derive(Parser)]
#[command(name = "sharaka", version, about = "Sharaka, the open government portal")]
struct Cli {
    /// Database URL: sqlite://PATH or postgres://USER@HOST/DB
    #[arg(long, global = true, env = "SHARAKA_DATABASE_URL")]
    database_url: Option<String>,
    /// Folder for the SQLite file, outgoing mail and uploads
    #[arg(long, global = true, env = "SHARAKA_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// Configuration file (default: ./sharaka.toml when present)
    #[arg(long, global = true, env = "SHARAKA_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the portal (the default). Migrates, and seeds demo data into an empty instance.
    Serve {
        /// Address to listen on
        #[arg(long, env = "SHARAKA_BIND")]
        bind: Option<String>,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Load the demo data (Morocco's plans, the forum, demo accounts) into an empty instance.
    Demo,
    /// Import data: `import ogp-csv FILE` (the OGP commitments database format).
    Import {
        #[command(subcommand)]
        format: ImportFormat,
    },
    /// Export data: `export csv --out FILE` (the OGP commitments layout).
    Export {
        #[command(subcommand)]
        format: ExportFormat,
    },
    /// Write every table and uploaded file to FILE (gzip JSON Lines) while the portal serves.
    Backup {
        #[arg(long)]
        out: PathBuf,
    },
    /// Replace the whole instance with a backup made by `backup` (either backend, same version).
    Restore { file: PathBuf },
    /// Copy the whole instance into another, empty database (SQLite to PostgreSQL or back):
    /// every table, accounts and their password hashes, the audit chain; checked after.
    Copy {
        /// The target database URL: postgres://USER@HOST/DB or sqlite://PATH
        #[arg(long)]
        to: String,
        /// Leave sign-in sessions behind (everyone signs in again on the target).
        #[arg(long)]
        without_sessions: bool,
    },
    /// Manage administrators.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Benchmark load: synthetic participants and comments on the demo plan in co-creation
    /// (all with the password `sharaka-bench-2026`; never on a real instance).
    Synth {
        #[arg(long, default_value_t = 2_000)]
        users: usize,
        #[arg(long, default_value_t = 100_000)]
        comments: usize,
        /// Comments (and replies) on the passages of the demo's consultation.
        #[arg(long, default_value_t = 0)]
        consultation_comments: usize,
    },
}

#[derive(Subcommand)]
enum ImportFormat {
    /// An OGP commitments CSV (171 columns); all rows or none, re-running changes nothing.
    OgpCsv { file: PathBuf },
    /// A whole instance written by `export json` (into an empty instance).
    Json { file: PathBuf },
}

#[derive(Subcommand)]
enum ExportFormat {
    /// Every commitment in the OGP commitments CSV layout.
    Csv {
        #[arg(long)]
        out: PathBuf,
    },
    /// The whole instance as JSON (see schemas/sharaka-instance.schema.json).
    Json {
        #[arg(long)]
        out: PathBuf,
    },
    /// The forum (bodies, people, memberships, seats, meetings) as one Popolo JSON document.
    Popolo {
        #[arg(long)]
        out: PathBuf,
    },
    /// Every commitment as an XLSX workbook (the OGP columns, and a sheet about the data).
    Xlsx {
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create a verified account with the secretariat role.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Read the password from this file; without it a strong password is generated and printed once.
        #[arg(long)]
        password_file: Option<PathBuf>,
    },
}

/// mimalloc instead of glibc's malloc: glibc kept the memory of freed password hashes
/// (19 MiB each) and of busy request threads in per-thread arenas, and the server stayed at
/// 340 MB after a sign-in and comment load; with at most two arenas it stayed under 180 MB
/// but served 20% fewer comments.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("error: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let bind = match &cli.command {
        Some(Command::Serve { bind }) => bind.clone(),
        _ => None,
    };
    let config = Config::load(Overrides {
        config_file: cli.config,
        database_url: cli.database_url,
        data_dir: cli.data_dir,
        bind,
    })?;
    init_logging(&config, matches!(cli.command, None | Some(Command::Serve { .. })));
    match cli.command.unwrap_or(Command::Serve { bind: None }) {
        Command::Serve { .. } => serve(config).await,
        Command::Migrate => {
            let db = open(&config).await?;
            println!("database migrated ({})", db.backend());
            Ok(())
        }
        Command::Demo => {
            let db = open(&config).await?;
            let files = config.files.open()?;
            if seed::seed_if_empty(db.as_ref(), &files, SystemClock.unix()).await? {
                println!("demo data loaded; every demo account's password is {}", seed::DEMO_PASSWORD);
                Ok(())
            } else {
                anyhow::bail!("the instance already has accounts; the demo loads only into an empty one")
            }
        }
        Command::Synth { users, comments, consultation_comments } => {
            let db = open(&config).await?;
            synth::synthesise(db.as_ref(), users, comments, SystemClock.unix()).await?;
            synth::consultation_comments(db.as_ref(), consultation_comments, SystemClock.unix()).await?;
            db.refresh_statistics().await?;
            println!(
                "{users} participants, {comments} comments and {consultation_comments} consultation comments added"
            );
            Ok(())
        }
        Command::Import { format: ImportFormat::OgpCsv { file } } => {
            let db = open(&config).await?;
            data::import_ogp_csv(db.as_ref(), &file, SystemClock.unix()).await?;
            Ok(db.refresh_statistics().await?)
        }
        Command::Import { format: ImportFormat::Json { file } } => {
            let db = open(&config).await?;
            data::import_json(db.as_ref(), &file, SystemClock.unix()).await?;
            Ok(db.refresh_statistics().await?)
        }
        Command::Export { format: ExportFormat::Json { out } } => {
            let db = open(&config).await?;
            data::export_json(db.as_ref(), &out).await
        }
        Command::Export { format: ExportFormat::Popolo { out } } => {
            let db = open(&config).await?;
            data::export_popolo(db.as_ref(), &out, &config.base_url, config.default_locale).await
        }
        Command::Export { format: ExportFormat::Xlsx { out } } => {
            let db = open(&config).await?;
            data::export_xlsx(db.as_ref(), &out, SystemClock.unix()).await
        }
        Command::Export { format: ExportFormat::Csv { out } } => {
            let db = open(&config).await?;
            data::export_csv(db.as_ref(), &out).await
        }
        Command::Backup { out } => {
            let db = open(&config).await?;
            backup::backup(db.as_ref(), &config.files.open()?, &out, SystemClock.unix()).await
        }
        Command::Restore { file } => {
            let db = open(&config).await?;
            backup::restore(db.as_ref(), &config.files.open()?, &file).await?;
            Ok(db.refresh_statistics().await?)
        }
        Command::Copy { to, without_sessions } => {
            let db = open(&config).await?;
            let options = copy::CopyOptions { without_sessions };
            copy::copy(db.as_ref(), &config.database_url, &to, &config.files.open()?, options).await
        }
        Command::Admin { command: AdminCommand::Create { email, name, password_file } } => {
            admin_create(&config, &email, &name, password_file).await
        }
    }
}

fn init_logging(config: &Config, serving: bool) {
    let default = if serving { "info,sqlx=warn,tower_http=info" } else { "warn" };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| default.into());
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(ansi);
    if config.json_logs {
        builder.json().init();
    } else {
        builder.init();
    }
}

/// Opens and migrates the database, creating the data folder for SQLite.
async fn open(config: &Config) -> anyhow::Result<Arc<dyn Database>> {
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("cannot create data folder {}", config.data_dir.display()))?;
    let db = store::connect(&config.database_url).await.map_err(|e| anyhow!("cannot open database: {e}"))?;
    db.migrate().await.map_err(|e| anyhow!("cannot migrate database: {e}"))?;
    Ok(db)
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let db = open(&config).await?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let state = web::AppState::new(db.clone(), clock.clone(), config.web_config()).await.map_err(|e| anyhow!("{e}"))?;
    if config.seed_demo && seed::seed_if_empty(db.as_ref(), &state.files, clock.unix()).await? {
        tracing::info!(
            password = seed::DEMO_PASSWORD,
            "demo data loaded: accounts secretariat@, implementer@, participant@ and citizen@demo.sharaka.ma"
        );
    }
    let listener = tokio::net::TcpListener::bind(&config.bind)
        .await
        .with_context(|| format!("cannot listen on {}", config.bind))?;
    tracing::info!(backend = db.backend(), "Sharaka is serving on http://{}", config.bind);

    let jobs = web::jobs::start(&state);
    let metrics = match &config.metrics_bind {
        Some(address) => {
            let listener = tokio::net::TcpListener::bind(address)
                .await
                .with_context(|| format!("cannot listen on {address} for /metrics"))?;
            tracing::info!("Prometheus metrics on http://{address}/metrics");
            let router = web::metrics::router(state.clone());
            Some(tokio::spawn(async move { axum::serve(listener, router).await }))
        }
        None => None,
    };
    let limits = config.connection_limits;
    tracing::info!(
        header_read_secs = limits.header_read.as_secs(),
        idle_secs = limits.idle.as_secs(),
        connections_per_address = limits.per_address,
        "connection limits"
    );
    web::server::serve(listener, web::app(state.clone()), limits, shutdown_signal()).await.context("server error")?;
    // Work answered but not yet written (a password-reset mail) is written before stopping.
    state.background.settle().await;
    jobs.stop().await;
    if let Some(metrics) = metrics {
        metrics.abort();
    }
    db.close().await;
    tracing::info!("stopped cleanly");
    Ok(())
}

/// Ctrl-C or SIGTERM: stop accepting, finish requests in flight, then exit.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
    tracing::info!("shutting down");
}

async fn admin_create(config: &Config, email: &str, name: &str, password_file: Option<PathBuf>) -> anyhow::Result<()> {
    let email = Email::parse(email).map_err(|code| anyhow!("invalid --email: {code}"))?;
    let name = DisplayName::parse(name).map_err(|code| anyhow!("invalid --name: {code}"))?;
    let (password, generated) = match password_file {
        Some(path) => {
            let raw = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
            let raw = raw.trim_end_matches(['\n', '\r']).to_string();
            NewPassword::parse(&raw, &raw, Some(email.as_str())).map_err(|code| {
                anyhow!(
                    "password in {} refused: {code} (at least 10 characters, not a common password)",
                    path.display()
                )
            })?;
            (raw, false)
        }
        None => (store::random_token()[..24].to_string(), true),
    };
    let db = open(config).await?;
    if db.user_by_email(email.as_str()).await?.is_some() {
        bail!("an account with the e-mail {} already exists", email.as_str());
    }
    let hash = web::auth::passwords::hash(password.clone()).await.map_err(|e| anyhow!("{e}"))?;
    let now = SystemClock.unix();
    let user = NewUser {
        email: email.as_str().to_string(),
        name: name.as_str().to_string(),
        password_hash: hash,
        locale: config.default_locale.code().to_string(),
        email_verified_at: Some(now),
    };
    let user =
        db.create_user_with_grants(&user, &[Grant { role: Role::Secretariat, scope: Scope::Global }], now).await?;
    println!("created secretariat account {} (id {})", user.email, user.id);
    if generated {
        println!("password (shown once, store it now): {password}");
    }
    Ok(())
}
