//! Following part of the open government process by e-mail.

use serde::{Deserialize, Serialize};

use crate::forum::vocabulary;

vocabulary!(
    /// What can be followed.
    FollowKind, "follow-kind-invalid", {
        Plan => "plan",
        Theme => "theme",
        Commitment => "commitment",
    }
);

vocabulary!(
    /// How often news is sent: as it comes (checked hourly), or once a week.
    Frequency, "frequency-invalid", {
        Immediate => "immediate",
        Weekly => "weekly",
    }
);

impl Frequency {
    /// Seconds to wait after the last e-mail before the next one.
    pub fn interval_secs(self) -> i64 {
        match self {
            Frequency::Immediate => 0,
            Frequency::Weekly => 7 * 86_400,
        }
    }
}
