//! Data formats Sharaka reads and writes. For now: the OGP commitments database CSV.

pub mod ogp_csv;
pub mod ogp_import;
pub mod text;
