//! Sharaka's domain: the types, rules and permissions of an OGP portal.
//!
//! Pure by design: no I/O, no global clock. Everything that depends on time takes a
//! [`clock::Clock`] or an explicit instant, so rules are testable without sleeping.

pub mod account;
pub mod analysis;
pub mod clock;
pub mod commitment;
pub mod compliance;
pub mod consultation;
pub mod contribution;
pub mod documents;
pub mod forum;
pub mod impersonation;
pub mod implementation;
pub mod institution;
pub mod locale;
pub mod localized;
pub mod markdown;
pub mod news;
pub mod participation;
pub mod permissions;
pub mod plan;
pub mod portal;
pub mod quality;
pub mod revision;
pub mod subscription;
pub mod text;
pub mod throttle;
pub mod validation;

pub use locale::Locale;
pub use localized::Localized;
