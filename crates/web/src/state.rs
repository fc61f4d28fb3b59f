//! What every handler shares: the database, the clock, translations and configuration.

use std::sync::Arc;

use domain::clock::Clock;
use store::files::FileStore;
use store::Database;
use tokio::sync::Notify;

pub use crate::config::{FilesConfig, Identity, Limits, Logo, MailConfig, SmtpConfig, WebConfig};
use crate::i18n::I18n;
use crate::mail::Mailer;

type SearchChoicesAt = ((u64, String), Arc<crate::search::Choices>);

/// Work a request starts and does not wait for, so that how long its answer takes tells
/// nothing about what it did: a password-reset request for a known address writes a token and
/// a mail, one for an unknown address writes nothing, and the answer came that much later.
/// [`Background::settle`] waits for all of it (at shutdown, and in tests before reading mail).
#[derive(Clone, Default)]
pub struct Background(Arc<std::sync::Mutex<Vec<tokio::task::JoinHandle<()>>>>);

impl Background {
    pub fn spawn(&self, work: impl std::future::Future<Output = ()> + Send + 'static) {
        let mut tasks = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        tasks.retain(|task| !task.is_finished());
        tasks.push(tokio::spawn(work));
    }

    /// Waits until every task spawned so far (and any they spawned) has finished.
    pub async fn settle(&self) {
        loop {
            let tasks = std::mem::take(&mut *self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()));
            if tasks.is_empty() {
                return;
            }
            for task in tasks {
                if let Err(err) = task.await {
                    tracing::error!(%err, "background task failed");
                }
            }
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub db: Arc<dyn Database>,
    pub clock: Arc<dyn Clock>,
    pub i18n: Arc<I18n>,
    pub config: Arc<WebConfig>,
    pub mailer: Arc<Mailer>,
    /// Wakes the mail worker as soon as a message is queued.
    pub mail_waker: Arc<Notify>,
    /// What the search index was last brought up to (one refresh at a time).
    pub search_indexed: Arc<tokio::sync::Mutex<crate::search::IndexedUpTo>>,
    /// The search filters' choices, with the page-cache generation and the catalogue
    /// fingerprint they were read at.
    pub search_choices: Arc<std::sync::Mutex<Option<SearchChoicesAt>>>,
    /// Searches running at once; more wait their turn here. 64 searches side by side held
    /// 64 pages of results and their texts in memory (140 MB more) and were no faster.
    pub search_permits: Arc<tokio::sync::Semaphore>,
    /// How many permits `search_permits` started with (for `/metrics`).
    pub search_permits_total: usize,
    /// Signs CSRF tokens; shared by all processes through the settings table.
    pub csrf_secret: Arc<Vec<u8>>,
    pub files: FileStore,
    /// PDFs of plans, typeset on demand.
    pub printouts: Arc<crate::printouts::Printouts>,
    /// Rendered pages for anonymous readers, dropped on every write.
    pub pages: Arc<crate::page_cache::PageCache>,
    pub background: Background,
    /// Requests counted for `/metrics`.
    pub metrics: Arc<crate::metrics::Metrics>,
}

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error(transparent)]
    I18n(#[from] crate::i18n::I18nError),
    #[error(transparent)]
    Mail(#[from] crate::mail::MailError),
}

impl AppState {
    pub async fn new(db: Arc<dyn Database>, clock: Arc<dyn Clock>, config: WebConfig) -> Result<AppState, StateError> {
        let secret = db.setting_or_insert("csrf_secret", &store::random_token()).await?;
        let mailer = Mailer::new(&config.mail)?;
        let files = config.files.open()?;
        let search_permits_total = 2 * std::thread::available_parallelism().map(usize::from).unwrap_or(2);
        Ok(AppState {
            db,
            clock,
            i18n: Arc::new(I18n::load()?),
            mailer: Arc::new(mailer),
            config: Arc::new(config),
            mail_waker: Arc::new(Notify::new()),
            search_indexed: Arc::default(),
            search_choices: Arc::default(),
            search_permits: Arc::new(tokio::sync::Semaphore::new(search_permits_total)),
            search_permits_total,
            csrf_secret: Arc::new(secret.into_bytes()),
            files,
            printouts: Arc::default(),
            pages: Arc::default(),
            background: Background::default(),
            metrics: Arc::default(),
        })
    }

    pub fn now(&self) -> i64 {
        self.clock.unix()
    }
}
