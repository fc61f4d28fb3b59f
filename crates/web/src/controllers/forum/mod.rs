//! The forum's public register: bodies and their composition.

pub mod index;
pub mod show;

use crate::presenters::MemberLine;
use domain::forum::{Body, Side};
use domain::institution::Branch;

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

/// A body with the bodies under it, for the forum overview.
pub struct BodyNode {
    pub body: Body,
    pub members: usize,
    pub children: Vec<Body>,
}
