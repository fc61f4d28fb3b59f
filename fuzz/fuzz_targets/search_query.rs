//! Search queries: any text a visitor types is analysed into words (with their stems and
//! shorter forms) and run against the real SQLite full-text index without a syntax error.
#![no_main]
use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;
use store::{Database, SearchFilters};

fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime"))
}

fn database() -> &'static Arc<dyn Database> {
    static DB: OnceLock<Arc<dyn Database>> = OnceLock::new();
    DB.get_or_init(|| {
        runtime().block_on(async {
            let db = store::connect("sqlite::memory:").await.expect("memory database");
            db.migrate().await.expect("migrate");
            db
        })
    })
}

fuzz_target!(|query: &str| {
    let words = domain::analysis::query_words(query);
    let db = database();
    if let Err(e) = runtime().block_on(db.search(&words, &SearchFilters::default(), 20)) {
        panic!("search for {query:?} (words {words:?}) failed: {e}");
    }
});
