//! The OGP commitments CSV importer: any bytes either read into commitments or give an
//! error with a line; every commitment read maps to an import without panicking.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(rows) = interchange::ogp_csv::read(data) {
        for row in &rows {
            let _ = interchange::ogp_import::to_import(row);
        }
    }
});
