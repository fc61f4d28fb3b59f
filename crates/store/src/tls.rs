//! Outgoing TLS (the S3 file store, linked-portal checks) runs on ring, like the database
//! driver and the mailer. reqwest and object_store default to aws-lc-rs, whose C library is
//! built with cmake: on two cores the slowest single step of a first `cargo build --release`
//! (see the README's build-time note). Without a default provider reqwest refuses to build a
//! client, so every place that makes one calls `install` first.

/// Makes ring the process's TLS provider. Calling it again, or after another part of the
/// program chose one, changes nothing.
pub fn install() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}
