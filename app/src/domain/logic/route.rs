//! The way through a survey for the answers given so far.

use super::super::answer_value::AnswerValue;
use super::model::{Destination, SurveyLogic};

/// The pages a respondent is shown, in order, and which questions on them.
/// Unanswered questions count as unanswered, so the route of a survey
/// being answered is the way forward as things stand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// Page places in the order they are shown.
    pub pages: Vec<usize>,
    /// Per question place: on a page shown, and its condition holds.
    pub visible: Vec<bool>,
}

impl Route {
    /// The page shown before `page`, if any.
    pub fn before(&self, page: usize) -> Option<usize> {
        let at = self.pages.iter().position(|p| *p == page)?;
        at.checked_sub(1).map(|i| self.pages[i])
    }

    /// The page shown after `page`; `None` when the answers are sent next.
    /// A page off the route (the answers before it changed) continues with
    /// the first page of the route after it.
    pub fn after(&self, page: usize) -> Option<usize> {
        match self.pages.iter().position(|p| *p == page) {
            Some(at) => self.pages.get(at + 1).copied(),
            None => self.pages.iter().copied().find(|p| *p > page),
        }
    }

    /// 1-based place of `page` on the route and the route's length.
    pub fn progress(&self, page: usize) -> (usize, usize) {
        let at = self
            .pages
            .iter()
            .position(|p| *p == page)
            .unwrap_or_else(|| self.pages.iter().filter(|p| **p < page).count());
        (at + 1, self.pages.len().max(at + 1))
    }

    pub fn shows(&self, page: usize) -> bool {
        self.pages.contains(&page)
    }
}

impl SurveyLogic {
    /// The route for `answers` (by question place, `len()` questions). An
    /// answer to a hidden question counts as no answer in every later
    /// condition.
    pub fn route(&self, answers: &[Option<&AnswerValue>]) -> Route {
        let count = answers.len();
        let mut visible = vec![false; count];
        let mut seen: Vec<Option<&AnswerValue>> = vec![None; count];
        let mut pages = Vec::new();
        let page_count = self.page_count();
        let mut page = 0;
        while page < page_count {
            let rules = self.page(page);
            let shown = rules
                .and_then(|p| p.show_if.as_ref())
                .is_none_or(|c| c.holds(&seen));
            if !shown {
                page += 1;
                continue;
            }
            pages.push(page);
            for question in self.page_range(page, count) {
                let show = self.condition_of(question).is_none_or(|c| c.holds(&seen));
                visible[question] = show;
                seen[question] = if show { answers[question] } else { None };
            }
            let jump = rules.and_then(|p| p.jumps.iter().find(|j| j.when.holds(&seen)));
            match jump.map(|j| j.to) {
                Some(Destination::Finish) => break,
                // Checked when saved to point forward; a stored rule that
                // does not ends the survey rather than loop.
                Some(Destination::Page(to)) if to <= page => break,
                Some(Destination::Page(to)) => page = to,
                None => page += 1,
            }
        }
        Route { pages, visible }
    }
}
