//! How failed sign-ins slow an attacker down without locking anyone out.
//!
//! The first version counted every attempt per address and every failure per account, and
//! refused both for 15 minutes past a threshold: a workshop of 200 people on one Wi-Fi (or a
//! ministry behind one NAT address) was refused from its 31st correct sign-in, and anyone who
//! sent six wrong passwords for the secretariat's address locked the secretariat out.
//!
//! Now only failures count, in two buckets: per (account, address) and per address. Below its
//! free allowance a bucket lets attempts through at once; past it, attempts from that bucket are
//! spaced by a delay that doubles with each further failure, up to a ceiling — slower, never
//! shut. A correct password from an address without failures is never held back, and a success
//! clears its (account, address) bucket. Pure: the web layer reads the counters and the clock.

/// Limits on failed sign-ins, configurable per instance (`[limits]` in `sharaka.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginPolicy {
    /// How long failures are remembered, in seconds.
    pub window_secs: i64,
    /// Failures for one account from one address before attempts are spaced.
    pub free_per_account_address: i64,
    /// Failures from one address (any accounts) before attempts from it are spaced.
    pub free_per_address: i64,
    /// The longest delay between two attempts, in seconds.
    pub max_delay_secs: i64,
}

impl Default for LoginPolicy {
    fn default() -> Self {
        LoginPolicy { window_secs: 15 * 60, free_per_account_address: 5, free_per_address: 50, max_delay_secs: 300 }
    }
}

impl LoginPolicy {
    /// The spacing a bucket with `failures` recent failures imposes, if any: 2 s after the free
    /// allowance is used up, then 4 s, 8 s, … up to `max_delay_secs`.
    pub fn delay(free: i64, failures: i64, max_delay_secs: i64) -> Option<i64> {
        if failures < free {
            return None;
        }
        let doublings = (failures - free + 1).min(30) as u32;
        Some(2_i64.saturating_pow(doublings).min(max_delay_secs.max(1)))
    }
    /// Delay for the (account, address) bucket.
    pub fn pair_delay(&self, failures: i64) -> Option<i64> {
        Self::delay(self.free_per_account_address, failures, self.max_delay_secs)
    }
    /// Delay for the address bucket.
    pub fn address_delay(&self, failures: i64) -> Option<i64> {
        Self::delay(self.free_per_address, failures, self.max_delay_secs)
    }
}

#[cfg(test)]
mod tests {
    use super::LoginPolicy;

    #[test]
    fn free_failures_then_doubling_delays_with_a_ceiling() {
        let p = LoginPolicy::default();
        assert_eq!(p.pair_delay(0), None);
        assert_eq!(p.pair_delay(4), None);
        assert_eq!(p.pair_delay(5), Some(2));
        assert_eq!(p.pair_delay(6), Some(4));
        assert_eq!(p.pair_delay(9), Some(32));
        assert_eq!(p.pair_delay(20), Some(300));
        assert_eq!(p.pair_delay(i64::MAX), Some(300));
        assert_eq!(p.address_delay(49), None);
        assert_eq!(p.address_delay(50), Some(2));
    }
}
