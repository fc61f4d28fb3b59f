//! The JSON importer: any document either is refused with a reason or imports into an
//! empty instance; it never panics and never leaves half an import behind.
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(instance) = serde_json::from_slice::<store::InstanceData>(data) else { return };
    // Each in-memory database is new and shared by the pool's connections.
    runtime().block_on(async {
        let db = store::connect("sqlite::memory:").await.expect("memory database");
        db.migrate().await.expect("migrate");
        if db.import_instance(&instance, 0).await.is_err() {
            let plans = db.list_plans().await.expect("list plans");
            assert!(plans.is_empty(), "a refused import left {} plans behind", plans.len());
        }
        db.close().await;
    });
});
