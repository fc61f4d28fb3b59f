//! PDFs of action plans, typeset on demand and kept while their content is unchanged.
//!
//! Typesetting takes a core for a noticeable moment, so it runs off the async runtime, at
//! most two at a time, and a plan whose printed content (hashed) has not changed since the
//! last request in that language is served from memory.

use std::collections::HashMap;
use std::sync::Arc;

use domain::locale::Locale;
use tokio::sync::{Mutex, Semaphore};

use crate::error::{AppError, AppResult};

/// At most this many PDFs are kept; beyond it the cache starts again (plans × languages of
/// one country stay far below it).
const MAX_KEPT: usize = 64;

pub struct Printout {
    /// Quoted, for the ETag header.
    pub etag: String,
    pub bytes: Vec<u8>,
}

pub struct Printouts {
    kept: Mutex<HashMap<(i64, Locale), Arc<Printout>>>,
    typesetting: Semaphore,
}

impl Default for Printouts {
    fn default() -> Self {
        Printouts { kept: Mutex::new(HashMap::new()), typesetting: Semaphore::new(2) }
    }
}

impl Printouts {
    /// The PDF of `plan` (the plan with id `plan_id`, printed in `locale`).
    pub async fn pdf(&self, plan_id: i64, locale: Locale, plan: print::PrintPlan) -> AppResult<Arc<Printout>> {
        // The model's JSON names the version and is what the typesetter reads.
        let model = serde_json::to_vec(&plan).map_err(|e| AppError::Internal(e.to_string()))?;
        let etag = crate::etag::of(&model);
        if let Some(kept) = self.kept.lock().await.get(&(plan_id, locale)) {
            if kept.etag == etag {
                return Ok(kept.clone());
            }
        }
        let _slot = self.typesetting.acquire().await.map_err(|e| AppError::Internal(e.to_string()))?;
        let bytes = tokio::task::spawn_blocking(move || print::render_pdf_json(model))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?
            .map_err(|e| AppError::Internal(e.to_string()))?;
        let printout = Arc::new(Printout { etag, bytes });
        let mut kept = self.kept.lock().await;
        if kept.len() >= MAX_KEPT {
            kept.clear();
        }
        kept.insert((plan_id, locale), printout.clone());
        Ok(printout)
    }
}
