pub mod grant;
pub mod index;
pub mod revoke;
pub mod show;
