//! Meetings and workshops of the forum: the public calendar, one page per meeting and an
//! iCalendar feed.

pub mod calendar;
pub mod index;
pub mod show;
