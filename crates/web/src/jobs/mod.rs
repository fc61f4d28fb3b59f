//! Work that runs beside the server, started in one place ([`start`]) and stopped with it:
//! the mail outbox (whose worker also sends the milestone reminders and the followers'
//! e-mails, hourly), the daily check of linked portals when the instance enables it, and the
//! page cache listening for other server processes' changes (PostgreSQL `LISTEN`). Each job
//! takes the [`AppState`] and the injected clock; none imports a controller. Tests call the
//! `*_due` functions directly instead of waiting for a loop.

pub mod mail;
pub mod notify;
pub mod portal_check;
pub mod reminders;

use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::state::AppState;

/// The running jobs, to stop at shutdown.
pub struct Jobs {
    stop: watch::Sender<bool>,
    /// Jobs that finish their round when asked to stop.
    stopping: Vec<JoinHandle<()>>,
    /// Jobs that only listen, aborted.
    listening: Vec<JoinHandle<()>>,
}

/// Starts every background job of the instance.
pub fn start(state: &AppState) -> Jobs {
    let (stop, stopped) = watch::channel(false);
    let mut stopping = vec![tokio::spawn(mail::run_worker(state.clone(), wait_for(stopped.clone())))];
    if state.config.portal_checks {
        tracing::info!("linked portals are checked daily");
        stopping.push(tokio::spawn(portal_check::run_worker(state.clone(), 24 * 3600, wait_for(stopped))));
    }
    let listening = vec![tokio::spawn(crate::page_cache::follow_other_processes(state.clone()))];
    Jobs { stop, stopping, listening }
}

impl Jobs {
    /// Asks every job to stop and waits for those that finish a round (a mail being sent).
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        for job in self.stopping {
            let _ = job.await;
        }
        for job in self.listening {
            job.abort();
        }
    }
}

async fn wait_for(mut stop: watch::Receiver<bool>) {
    let _ = stop.wait_for(|stopped| *stopped).await;
}
