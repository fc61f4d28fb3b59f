//! The forum's public register: bodies and their composition.

pub mod index;
pub mod show;

use domain::forum::{Body, Membership, Person, Side};
use domain::institution::{Branch, Institution};

/// A member as shown on a composition page.
pub struct MemberLine {
    pub membership: Membership,
    pub person: Person,
    pub institution: Option<Institution>,
}

impl MemberLine {
    /// The member's side of the forum, from the institution they sit for.
    pub fn side(&self) -> Option<Side> {
        self.institution.as_ref().map(|i| Side::of(i.branch))
    }
}

/// Government / non-government counts of a body's current members.
#[derive(Default)]
pub struct Balance {
    pub government: usize,
    pub non_government: usize,
    pub partner: usize,
    pub unknown: usize,
    /// Counts by institution branch, in [`Branch::ALL`] order, zeros left out.
    pub by_branch: Vec<(Branch, usize)>,
}

impl Balance {
    pub fn of(lines: &[MemberLine]) -> Balance {
        let mut balance = Balance::default();
        for line in lines {
            match line.side() {
                Some(Side::Government) => balance.government += 1,
                Some(Side::NonGovernment) => balance.non_government += 1,
                Some(Side::Partner) => balance.partner += 1,
                None => balance.unknown += 1,
            }
        }
        balance.by_branch = Branch::ALL
            .iter()
            .map(|b| (*b, lines.iter().filter(|l| l.institution.as_ref().is_some_and(|i| i.branch == *b)).count()))
            .filter(|(_, n)| *n > 0)
            .collect();
        balance
    }
    /// OGP's minimum: both government and non-government members.
    pub fn is_mixed(&self) -> bool {
        self.government > 0 && self.non_government > 0
    }
    pub fn total(&self) -> usize {
        self.government + self.non_government + self.partner + self.unknown
    }
}

/// Pairs each membership with its person and institution.
pub fn member_lines(memberships: Vec<Membership>, people: &[Person], institutions: &[Institution]) -> Vec<MemberLine> {
    memberships
        .into_iter()
        .filter_map(|membership| {
            let person = people.iter().find(|p| p.id == membership.person_id)?.clone();
            let institution =
                membership.institution_id.and_then(|id| institutions.iter().find(|i| i.id == id)).cloned();
            Some(MemberLine { membership, person, institution })
        })
        .collect()
}

/// A body with the bodies under it, for the forum overview.
pub struct BodyNode {
    pub body: Body,
    pub members: usize,
    pub children: Vec<Body>,
}
