//! Group commit of contributions on SQLite. Every commit waits for the disk (full fsync, so
//! an acknowledged comment survives a crash), and one commit per comment caps a burst of
//! comments at the disk's flush rate. Here the contributions waiting for the writer share
//! one transaction and one flush, and each is answered only after that commit.

use std::panic::AssertUnwindSafe;

use futures_util::FutureExt;
use sqlx::SqlitePool;
use tokio::sync::{mpsc, oneshot};

use crate::contributions::NewContribution;
use crate::sqlite::SqliteStore;
use crate::StoreError;

/// At most this many contributions share a commit: enough to spread the flush over a
/// burst, few enough that other writes do not wait long for the writer.
const MAX_BATCH: usize = 64;

struct Job {
    contribution: NewContribution,
    reply: oneshot::Sender<Result<i64, StoreError>>,
}

/// The queue in front of the writer task.
pub(crate) struct GroupCommit {
    jobs: mpsc::Sender<Job>,
}

impl GroupCommit {
    /// Starts the writer task on the current runtime; it ends with the store.
    pub(crate) fn start(writer: SqlitePool) -> Self {
        let (jobs, queue) = mpsc::channel(4 * MAX_BATCH);
        tokio::spawn(run(writer, queue));
        Self { jobs }
    }

    /// Stores one contribution with whatever else is waiting, and answers after the commit.
    pub(crate) async fn commit(&self, contribution: NewContribution) -> Result<i64, StoreError> {
        let (reply, answer) = oneshot::channel();
        let stopped = || StoreError::NotCommitted("the writer has stopped".to_string());
        self.jobs.send(Job { contribution, reply }).await.map_err(|_| stopped())?;
        answer.await.map_err(|_| stopped())?
    }
}

async fn run(writer: SqlitePool, mut queue: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while queue.recv_many(&mut batch, MAX_BATCH).await > 0 {
        // A panic in one batch (its transaction rolls back when dropped) must not stop every
        // later comment: that batch is answered "not saved" and the task goes on.
        let outcomes = match AssertUnwindSafe(store_batch(&writer, &batch)).catch_unwind().await {
            Ok(outcomes) => outcomes,
            Err(_) => batch.iter().map(|_| Err(StoreError::NotCommitted("the write failed".to_string()))).collect(),
        };
        for (job, outcome) in batch.drain(..).zip(outcomes) {
            // The asker may be gone (its request was dropped); what it sent is stored anyway.
            let _ = job.reply.send(outcome);
        }
    }
}

/// One outcome per job, in order. A refusal concerns its job alone; a database error
/// rolls back the whole batch, so nothing is acknowledged that was not committed.
async fn store_batch(writer: &SqlitePool, batch: &[Job]) -> Vec<Result<i64, StoreError>> {
    let everyone =
        |err: &dyn std::fmt::Display| batch.iter().map(|_| Err(StoreError::NotCommitted(err.to_string()))).collect();
    let mut tx = match crate::sqlite::begin_immediate(writer).await {
        Ok(tx) => tx,
        Err(err) => return everyone(&err),
    };
    let mut outcomes = Vec::with_capacity(batch.len());
    for job in batch {
        match SqliteStore::insert_contribution(&mut tx, &job.contribution).await {
            Err(StoreError::Database(err)) => {
                // Some errors (a full disk) end SQLite's transaction by themselves; the
                // statements after them would commit one by one.
                let _ = tx.rollback().await;
                return everyone(&err);
            }
            outcome => outcomes.push(outcome),
        }
    }
    match tx.commit().await {
        Ok(()) => outcomes,
        Err(err) => everyone(&err),
    }
}
