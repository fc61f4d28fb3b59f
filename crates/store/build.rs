//! Rebuilds the crate when a migration is added: `sqlx::migrate!` embeds the folder's files,
//! and cargo does not otherwise look at that folder.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
