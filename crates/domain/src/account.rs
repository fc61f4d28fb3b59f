//! Accounts: e-mail addresses, names and passwords that parse instead of validate.

use serde::{Deserialize, Serialize};

/// A syntactically plausible e-mail address, stored lowercased so that lookups are exact.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, &'static str> {
        let s = raw.trim();
        if s.is_empty() {
            return Err("email-required");
        }
        let Some((local, domain)) = s.rsplit_once('@') else {
            return Err("email-invalid");
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-');
        // ASCII local parts only: mail relays refuse the rest and the account would stay unverified.
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && local.chars().all(|c| c.is_ascii_graphic())
            && !local.contains(['<', '>', '(', ')', ',', ';', ':', '"', '\\', '@', '[', ']']);
        if s.len() > 254 || !domain_ok || !local_ok {
            return Err("email-invalid");
        }
        Ok(Email(s.to_lowercase()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A person's display name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(raw: &str) -> Result<DisplayName, &'static str> {
        let s = raw.trim();
        if s.is_empty() {
            Err("name-required")
        } else if s.chars().count() > 120 {
            Err("text-too-long")
        } else if s.chars().any(|c| c.is_control() || is_bidi_override(c)) {
            Err("name-invalid")
        } else {
            Ok(DisplayName(s.to_string()))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Explicit direction overrides can make a name read as something else in lists.
fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A new password that meets the policy: long enough, not trivially guessable, confirmed.
/// Length beats composition rules (NIST SP 800-63B), so we ask for 10+ characters.
pub struct NewPassword(String);

pub const MIN_PASSWORD_CHARS: usize = 10;
const MAX_PASSWORD_CHARS: usize = 200;
const COMMON_PASSWORDS: &[&str] = &[
    "1234567890",
    "12345678910",
    "0123456789",
    "azertyuiop",
    "qwertyuiop",
    "motdepasse",
    "motdepasse1",
    "password123",
    "password1234",
    "passwordpassword",
    "iloveyou123",
    "morocco2024",
    "maroc12345",
    "marocmaroc",
    "administrator",
    "sharaka123",
    "0000000000",
    "1111111111",
    "abcdefghij",
    "aaaaaaaaaa",
];

impl NewPassword {
    pub fn parse(password: &str, confirmation: &str, email: Option<&str>) -> Result<NewPassword, &'static str> {
        let count = password.chars().count();
        if count == 0 {
            return Err("password-required");
        }
        if count < MIN_PASSWORD_CHARS {
            return Err("password-too-short");
        }
        if count > MAX_PASSWORD_CHARS {
            return Err("password-too-long");
        }
        let lower = password.to_lowercase();
        let distinct = {
            let mut chars: Vec<char> = lower.chars().collect();
            chars.sort_unstable();
            chars.dedup();
            chars.len()
        };
        let is_email = email.is_some_and(|e| {
            let e = e.trim().to_lowercase();
            lower == e || e.split('@').next().is_some_and(|local| local == lower)
        });
        if distinct < 4 || COMMON_PASSWORDS.contains(&lower.as_str()) || is_email {
            return Err("password-weak");
        }
        if password != confirmation {
            return Err("password-mismatch");
        }
        Ok(NewPassword(password.to_string()))
    }
    /// The form field an error code belongs to: a mismatch is shown on the confirmation.
    pub fn field_for(code: &str) -> &'static str {
        if code == "password-mismatch" {
            "password_confirm"
        } else {
            "password"
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_lowercased_and_checked() {
        assert_eq!(Email::parse("  Amina@Example.MA ").map(|e| e.0), Ok("amina@example.ma".into()));
        assert_eq!(Email::parse(""), Err("email-required"));
        for bad in [
            "amina",
            "amina@",
            "@example.ma",
            "a b@example.ma",
            "amina@example",
            "amina@ex..ma",
            "a\u{7}b@example.ma",
            "أمينة@example.ma",
        ] {
            assert_eq!(Email::parse(bad), Err("email-invalid"), "{bad}");
        }
    }

    #[test]
    fn password_policy() {
        assert!(NewPassword::parse("tamazight-2026", "tamazight-2026", None).is_ok());
        assert_eq!(NewPassword::parse("", "", None).err(), Some("password-required"));
        assert_eq!(NewPassword::parse("short", "short", None).err(), Some("password-too-short"));
        assert_eq!(NewPassword::parse("azertyuiop", "azertyuiop", None).err(), Some("password-weak"));
        assert_eq!(NewPassword::parse("aaaaaaaaaaaa", "aaaaaaaaaaaa", None).err(), Some("password-weak"));
        assert_eq!(
            NewPassword::parse("amina.benali", "amina.benali", Some("Amina.Benali@example.ma")).err(),
            Some("password-weak")
        );
        assert_eq!(NewPassword::parse("tamazight-2026", "tamazight-2027", None).err(), Some("password-mismatch"));
    }

    #[test]
    fn names() {
        assert!(DisplayName::parse("أمينة بنعلي").is_ok());
        assert_eq!(DisplayName::parse("  ").err(), Some("name-required"));
        assert_eq!(DisplayName::parse("a\u{0007}b").err(), Some("name-invalid"));
        assert_eq!(DisplayName::parse("evil\u{202E}gnp.exe").err(), Some("name-invalid"));
    }
}
