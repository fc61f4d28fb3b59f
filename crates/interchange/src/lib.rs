//! Data formats Sharaka reads and writes: the OGP commitments database CSV (and XLSX) and Popolo JSON.

pub mod ogp_csv;
pub mod ogp_export;
pub mod ogp_import;
pub mod popolo;
pub mod text;
pub mod xlsx;
