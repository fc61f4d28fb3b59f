//! Long lists shown a page at a time (a proposal's discussion can run to thousands of
//! comments): which page, how many, and where each starts.

/// One page of a list of `total` items, `per_page` at a time. Page numbers start at 1; a
/// number past the end (a stale link) shows the last page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pager {
    pub page: i64,
    pub pages: i64,
    per_page: i64,
}

impl Pager {
    pub fn new(total: i64, per_page: i64, requested: i64) -> Pager {
        let per_page = per_page.max(1);
        let pages = ((total.max(0) + per_page - 1) / per_page).max(1);
        Pager { page: requested.clamp(1, pages), pages, per_page }
    }

    /// The page holding the item with `before` items ahead of it.
    pub fn holding(total: i64, per_page: i64, before: i64) -> Pager {
        Pager::new(total, per_page, before / per_page.max(1) + 1)
    }

    /// The last page (where a new item lands in a list oldest first).
    pub fn last(total: i64, per_page: i64) -> Pager {
        Pager::new(total, per_page, i64::MAX)
    }

    pub fn offset(&self) -> i64 {
        (self.page - 1) * self.per_page
    }

    pub fn per_page(&self) -> i64 {
        self.per_page
    }

    pub fn previous(&self) -> Option<i64> {
        (self.page > 1).then(|| self.page - 1)
    }

    pub fn next(&self) -> Option<i64> {
        (self.page < self.pages).then(|| self.page + 1)
    }
}

/// A `page` query parameter as sent: anything that is not a positive number is page 1.
pub fn requested(raw: Option<&str>) -> i64 {
    raw.and_then(|p| p.trim().parse::<i64>().ok()).filter(|p| *p > 0).unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_the_list_and_clamp_stale_numbers() {
        let p = Pager::new(101, 50, 1);
        assert_eq!((p.pages, p.offset(), p.previous(), p.next()), (3, 0, None, Some(2)));
        assert_eq!(Pager::new(101, 50, 9).page, 3, "past the end shows the last page");
        assert_eq!(Pager::new(0, 50, 4), Pager::new(0, 50, 1), "an empty list is one empty page");
        assert_eq!(Pager::holding(101, 50, 50).page, 2, "the 51st item is on page 2");
        assert_eq!(Pager::holding(101, 50, 49).page, 1);
        assert_eq!(Pager::last(100, 50).offset(), 50);
        assert_eq!(requested(Some("-3")), 1);
        assert_eq!(requested(Some("x")), 1);
        assert_eq!(requested(Some(" 2")), 2);
        assert_eq!(requested(None), 1);
    }
}
