//! Back office of the forum register: bodies and their memberships.

pub mod body;
pub mod index;
pub mod membership;
pub mod person;

use domain::forum::Body;

use crate::forms::FormValues;

pub(crate) fn body_values(body: &Body) -> FormValues {
    let mut values = FormValues::default();
    values.set("slug", &body.slug);
    values.set("kind", body.kind.code());
    values.set_localized("name", &body.name);
    values.set("parent_id", body.parent_id.map(|p| p.to_string()).unwrap_or_default());
    for theme in &body.theme_ids {
        values.set("theme_ids", theme.to_string());
    }
    values
}
