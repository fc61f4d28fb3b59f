//! Data formats Sharaka reads and writes: the OGP commitments database CSV and Popolo JSON.

pub mod ogp_csv;
pub mod ogp_import;
pub mod popolo;
pub mod text;
