//! Institutions (Popolo Organization): who leads, supports and takes part.

use crate::validation::ValidationErrors;
use crate::{Locale, Localized};
use serde::{Deserialize, Serialize};

/// The branch of the "open state" an institution belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Branch {
    Executive,
    Legislative,
    Judiciary,
    IndependentBody,
    TerritorialCollectivity,
    CivilSociety,
    PrivateSector,
    Academia,
    InternationalPartner,
}

/// Whether a piece of an OGP "institution" cell is not an organisation: a fragment of a
/// sentence cut at a line break ("of infrastructures and public services)"), a group of people
/// ("● Citizens", "The human rights organizations"), or a sentence ("The National Data
/// Commissioner will work closely…"). Such pieces stay as the commitment's "other actors"
/// text instead of entering the directory. Seen on the 275 rows of OGP's sample: 720 pieces, of
/// which the rules below keep about 640 as organisations.
pub fn is_fragment(name: &str) -> bool {
    let name = name.trim().trim_start_matches(['●', '•', '-', '*', '·']).trim();
    let lower = name.to_lowercase();
    let bare = lower.strip_prefix("the ").unwrap_or(&lower);
    let words: Vec<&str> = bare.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
    let opens = name.matches('(').count();
    let closes = name.matches(')').count();
    const GROUPS: [&str; 24] = [
        "citizens",
        "citizen",
        "professionals",
        "academics",
        "academia",
        "civil society",
        "government",
        "private sector",
        "media",
        "experts",
        "users",
        "youth",
        "women",
        "ngos",
        "csos",
        "others",
        "public",
        "stakeholders",
        "working groups",
        "young people",
        "the public",
        "general public",
        "donors",
        "partners",
    ];
    const CONNECTORS: [&str; 10] = ["of", "the", "and", "or", "for", "in", "with", "to", "on", "by"];
    let first = name.chars().next();
    first.is_none()
        || first.is_some_and(|c| c.is_lowercase() || matches!(c, ')' | ',' | '.' | '”' | '"'))
        || opens != closes
        || words.last().is_some_and(|w| CONNECTORS.contains(w))
        || GROUPS.contains(&bare.trim_end_matches('.'))
        || [" will ", " is ", " are ", " who ", " which ", " that ", "etc", "..."].iter().any(|k| lower.contains(k))
        || name.chars().count() > 120
        || (bare.ends_with("organizations") || bare.ends_with("organisations") || bare.ends_with("actors"))
            && lower.starts_with("the ")
}

impl Branch {
    pub const ALL: [Branch; 9] = [
        Branch::Executive,
        Branch::Legislative,
        Branch::Judiciary,
        Branch::IndependentBody,
        Branch::TerritorialCollectivity,
        Branch::CivilSociety,
        Branch::PrivateSector,
        Branch::Academia,
        Branch::InternationalPartner,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Branch::Executive => "executive",
            Branch::Legislative => "legislative",
            Branch::Judiciary => "judiciary",
            Branch::IndependentBody => "independent-body",
            Branch::TerritorialCollectivity => "territorial-collectivity",
            Branch::CivilSociety => "civil-society",
            Branch::PrivateSector => "private-sector",
            Branch::Academia => "academia",
            Branch::InternationalPartner => "international-partner",
        }
    }

    pub fn parse(code: &str) -> Result<Branch, &'static str> {
        Branch::ALL.into_iter().find(|b| b.code() == code).ok_or("branch-invalid")
    }

    /// A best guess from a name in OGP data, which does not say the branch. Imported
    /// institutions get this guess; the secretariat corrects it in the back office.
    pub fn guess_from_name(name: &str) -> Branch {
        let n = name.to_lowercase();
        let words: Vec<&str> = n.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        // Short keys ("ngo", "giz") must be whole words; longer ones may be word parts ("judicia").
        let has = |keys: &[&str]| keys.iter().any(|k| if k.len() <= 4 { words.contains(k) } else { n.contains(k) });
        // A ministry is the executive whatever it deals with: the Ministry for Relations with
        // Parliament is not the legislature, the Ministry of Justice not the judiciary.
        if has(&[
            "ministry",
            "minister",
            "ministère",
            "ministre",
            "وزارة",
            "الوزارة",
            "secretariat of state",
            "head of government",
        ]) {
            return Branch::Executive;
        }
        if has(&[
            "parliament",
            "house of representatives",
            "assembly",
            "congress",
            "senate",
            "chamber of",
            "legislat",
            "parlement",
            "chambre des",
            "مجلس النواب",
            "البرلمان",
        ]) {
            Branch::Legislative
        } else if has(&["court", "judicia", "judge", "tribunal", "justice council", "magistra", "القضائية"]) {
            Branch::Judiciary
        } else if has(&[
            "ombuds",
            "commission for",
            "commission du",
            "authority for",
            "instance",
            "independent",
            "audit office",
            "court of audit",
            "cour des comptes",
        ]) {
            Branch::IndependentBody
        } else if has(&["municipal", "region", "city of", "county", "commune", "governorate"]) {
            Branch::TerritorialCollectivity
        } else if has(&["university", "academ", "research", "institute of"]) {
            Branch::Academia
        } else if has(&[
            "ngo",
            "association",
            "asociaci",
            "foundation",
            "fundaci",
            "fondation",
            "civil society",
            "network",
            "transparency international",
            "coalition",
        ]) {
            Branch::CivilSociety
        } else if has(&["undp", "world bank", "oecd", "european union", "usaid", "giz", "united nations"]) {
            Branch::InternationalPartner
        } else {
            Branch::Executive
        }
    }

    /// Government in the OGP sense: the state's branches and institutions, as opposed to
    /// civil society and other non-government actors.
    pub fn is_government(self) -> bool {
        matches!(
            self,
            Branch::Executive
                | Branch::Legislative
                | Branch::Judiciary
                | Branch::IndependentBody
                | Branch::TerritorialCollectivity
        )
    }
}

/// A URL-safe identifier: lowercase ASCII letters, digits and single hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

impl Slug {
    pub fn parse(raw: &str) -> Result<Slug, &'static str> {
        let s = raw.trim();
        if s.is_empty() {
            return Err("slug-required");
        }
        let valid = s.len() <= 80
            && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--");
        if valid {
            Ok(Slug(s.to_string()))
        } else {
            Err("slug-invalid")
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Slug {
    type Error = &'static str;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Slug::parse(&value)
    }
}

impl From<Slug> for String {
    fn from(value: Slug) -> Self {
        value.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Institution {
    pub id: i64,
    pub slug: Slug,
    pub name: Localized,
    pub acronym: Option<String>,
    pub branch: Branch,
    pub parent_id: Option<i64>,
}

/// A validated institution ready to be saved (created or updated).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstitutionInput {
    pub slug: Slug,
    pub name: Localized,
    pub acronym: Option<String>,
    pub branch: Branch,
    pub parent_id: Option<i64>,
}

/// Raw form values, one name per locale.
#[derive(Debug, Clone, Default)]
pub struct InstitutionForm {
    pub slug: String,
    pub names: Vec<(Locale, String)>,
    pub acronym: String,
    pub branch: String,
    pub parent_id: String,
}

impl InstitutionInput {
    /// Parses a form. `self_id` is the institution being edited; `ancestors_of` gives the
    /// chain of parents of a candidate parent so that cycles are refused.
    pub fn parse(
        form: &InstitutionForm,
        self_id: Option<i64>,
        ancestors_of: impl Fn(i64) -> Option<Vec<i64>>,
    ) -> Result<InstitutionInput, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let slug = errors.check("slug", Slug::parse(&form.slug));
        let name = Localized::from_pairs(form.names.iter().cloned());
        if name.is_empty() {
            errors.add("name", "name-required");
        }
        if name.locales().any(|l| name.get(l).is_some_and(|t| t.chars().count() > 300)) {
            errors.add("name", "text-too-long");
        }
        let acronym = form.acronym.trim();
        if acronym.chars().count() > 30 {
            errors.add("acronym", "text-too-long");
        }
        let branch = errors.check("branch", Branch::parse(form.branch.trim()));
        let parent_id = match form.parent_id.trim() {
            "" => None,
            raw => match raw.parse::<i64>().ok().and_then(|id| ancestors_of(id).map(|chain| (id, chain))) {
                None => {
                    errors.add("parent_id", "parent-invalid");
                    None
                }
                Some((id, chain)) => {
                    if self_id.is_some_and(|me| me == id || chain.contains(&me)) {
                        errors.add("parent_id", "parent-cycle");
                    }
                    Some(id)
                }
            },
        };
        errors.into_result()?;
        match (slug, branch) {
            (Some(slug), Some(branch)) => Ok(InstitutionInput {
                slug,
                name,
                acronym: (!acronym.is_empty()).then(|| acronym.to_string()),
                branch,
                parent_id,
            }),
            _ => Err(ValidationErrors::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn fragments_of_ogp_cells_are_not_organisations() {
        for fragment in [
            "● Citizens",
            "Professionals",
            "of infrastructures and public services)",
            "vernment of the City of Buenos Aires",
            "and Development, Foundation \"Open Society for Albania\", Institute",
            "ADC Association for Civil Rights)",
            "The Social committee, the Agrarian committee of the",
            "The National Data Commissioner will work closely alongside the Information and Privacy Commissioners.",
            "professional organizations, concerned associations, ...etc.",
            "The civil society organizations who are active in the field or sector",
            "The human rights organizations",
            "working groups",
        ] {
            assert!(super::is_fragment(fragment), "{fragment}");
        }
        for organisation in [
            "Ministry of Economy, Finance and Administration Reform",
            "The Ghana Parliament",
            "GIZ",
            "The National Democratic Institute (NDI)",
            "Transparency Maroc",
            "Knesset",
            "وزارة الانتقال الرقمي وإصلاح الإدارة",
            "ⵜⴰⵎⵙⵙⵓⴷⵙⵜ",
        ] {
            assert!(!super::is_fragment(organisation), "{organisation}");
        }
    }

    #[test]
    fn a_ministry_is_the_executive_whatever_it_deals_with() {
        use super::Branch;
        assert_eq!(
            Branch::guess_from_name(
                "The Ministry delegate to the Head of Government in Charge of Relations with the Parliament"
            ),
            Branch::Executive
        );
        assert_eq!(Branch::guess_from_name("Ministry of Justice"), Branch::Executive);
        assert_eq!(Branch::guess_from_name("House of Representatives"), Branch::Legislative);
    }

    use super::*;

    fn form() -> InstitutionForm {
        InstitutionForm {
            slug: "cdai".into(),
            names: vec![(Locale::Fr, "Commission du droit d'accès à l'information".into())],
            acronym: "CDAI".into(),
            branch: "independent-body".into(),
            parent_id: String::new(),
        }
    }

    #[test]
    fn slugs_are_lowercase_ascii_with_single_hyphens() {
        assert!(Slug::parse("ministere-transition-numerique").is_ok());
        for bad in ["", "Caps", "a--b", "-a", "a-", "وزارة", "a b"] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn parses_a_valid_form() {
        let input = InstitutionInput::parse(&form(), None, |_| None).expect("valid");
        assert_eq!(input.acronym.as_deref(), Some("CDAI"));
        assert_eq!(input.branch, Branch::IndependentBody);
    }

    #[test]
    fn reports_every_bad_field() {
        let bad = InstitutionForm {
            slug: "Not A Slug".into(),
            names: vec![(Locale::Ar, " ".into())],
            branch: "monarchy".into(),
            parent_id: "42".into(),
            ..form()
        };
        let errors = InstitutionInput::parse(&bad, None, |_| None).expect_err("invalid");
        assert_eq!(errors.for_field("slug"), Some("slug-invalid"));
        assert_eq!(errors.for_field("name"), Some("name-required"));
        assert_eq!(errors.for_field("branch"), Some("branch-invalid"));
        assert_eq!(errors.for_field("parent_id"), Some("parent-invalid"));
    }

    #[test]
    fn refuses_a_parent_cycle() {
        let mut f = form();
        f.parent_id = "2".into();
        // Institution 2's ancestors include 1, the institution being edited.
        let errors = InstitutionInput::parse(&f, Some(1), |id| (id == 2).then(|| vec![1])).expect_err("cycle");
        assert_eq!(errors.for_field("parent_id"), Some("parent-cycle"));
        f.parent_id = "1".into();
        let errors = InstitutionInput::parse(&f, Some(1), |_| Some(vec![])).expect_err("self");
        assert_eq!(errors.for_field("parent_id"), Some("parent-cycle"));
    }

    #[test]
    fn branch_guesses() {
        assert_eq!(Branch::guess_from_name("House of Representatives"), Branch::Legislative);
        assert_eq!(Branch::guess_from_name("Supreme Judicial Council"), Branch::Judiciary);
        assert_eq!(
            Branch::guess_from_name("Directorate of Budget (Ministry of Economy and Finance)"),
            Branch::Executive
        );
        assert_eq!(Branch::guess_from_name("Fundación Omar Dengo"), Branch::CivilSociety);
        assert_eq!(Branch::guess_from_name("Dengo Ministry"), Branch::Executive, "no 'ngo' inside a word");
        assert_eq!(Branch::guess_from_name("Transparency International Georgia"), Branch::CivilSociety);
    }

    #[test]
    fn government_branches() {
        assert!(Branch::Judiciary.is_government());
        assert!(!Branch::CivilSociety.is_government());
    }
}
