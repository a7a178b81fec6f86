//! The logic after the designer changes the questions or pages under it.
//! Every result is checked again (`SurveyLogic::check`) before it is saved.

use super::checks::LogicProblem;
use super::model::{Destination, Page, SurveyLogic, Term};
use crate::i18n::Message;

/// A rule after a page as a list of owners names it ("rule 2 after page
/// 1"), both by place (from 0).
fn rule_after_page(rule: usize, page: usize) -> String {
    Message::new("msg-design-logic-owner-rule")
        .number("rule", rule + 1)
        .number("page", page + 1)
        .in_page_language()
}

/// What moving a question up or down does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionMove {
    /// It trades places with the question at this place.
    Swap(usize),
    /// It keeps its place and joins the page before or after: the page
    /// break moves.
    AcrossPageBreak,
    /// It is first (or last) already.
    Stays,
}

impl SurveyLogic {
    /// How moving question `place` of `count` up (or down) goes: the first
    /// question of a page moves up into the page before, the last down into
    /// the page after.
    pub fn moving(&self, place: usize, up: bool, count: usize) -> QuestionMove {
        let page = self.page_of(place);
        let range = self.page_range(page, count);
        match up {
            true if place == range.start && page > 0 => QuestionMove::AcrossPageBreak,
            true if place == 0 => QuestionMove::Stays,
            true => QuestionMove::Swap(place - 1),
            false if place + 1 == range.end && page + 1 < self.pages.len() => {
                QuestionMove::AcrossPageBreak
            }
            false if place + 1 >= count => QuestionMove::Stays,
            false => QuestionMove::Swap(place + 1),
        }
    }

    /// The logic once question `place` has moved as `moving` said.
    pub fn after_move(&self, place: usize, up: bool, how: QuestionMove) -> SurveyLogic {
        let mut logic = self.clone();
        match how {
            QuestionMove::Stays => {}
            QuestionMove::Swap(other) => logic.renumber(|q| match q {
                q if q == place => other,
                q if q == other => place,
                q => q,
            }),
            QuestionMove::AcrossPageBreak => {
                let page = self.page_of(place);
                if up {
                    logic.pages[page].starts_at = place + 1;
                } else {
                    logic.pages[page + 1].starts_at = place;
                }
            }
        }
        logic
    }

    /// The single moves (`true` for up) that take question `from` of
    /// `count` to place `to`, crossing page breaks on the way as `moving`
    /// does: what a drag and drop sends, one move at a time.
    pub fn moves_to(&self, from: usize, to: usize, count: usize) -> Vec<bool> {
        let (mut logic, mut place, mut moves) = (self.clone(), from, Vec::new());
        while place != to && to < count {
            let up = to < place;
            let how = logic.moving(place, up, count);
            match how {
                QuestionMove::Stays => break,
                QuestionMove::Swap(other) => {
                    logic = logic.after_move(place, up, how);
                    place = other;
                }
                QuestionMove::AcrossPageBreak => logic = logic.after_move(place, up, how),
            }
            moves.push(up);
        }
        moves
    }

    /// Where question `place` is used: the owners of the conditions that
    /// test it.
    pub fn uses_of(&self, place: usize) -> Vec<String> {
        self.owners_testing(|t| t.question == place)
    }

    /// The owners of the conditions with a test that `matches`, as the
    /// designer names them ("rule 2 after page 1").
    fn owners_testing(&self, matches: impl Fn(&Term) -> bool) -> Vec<String> {
        let tests = |c: &super::model::Condition| c.terms.iter().any(&matches);
        let mut owners = Vec::new();
        for rule in &self.questions {
            if tests(&rule.show_if) {
                owners.push(
                    Message::new("msg-design-logic-owner-question")
                        .number("number", rule.question + 1)
                        .in_page_language(),
                );
            }
        }
        for (p, page) in self.pages.iter().enumerate() {
            if page.show_if.as_ref().is_some_and(tests) {
                owners.push(
                    Message::new("msg-design-logic-owner-page")
                        .number("number", p + 1)
                        .in_page_language(),
                );
            }
            for (j, jump) in page.jumps.iter().enumerate() {
                if tests(&jump.when) {
                    owners.push(rule_after_page(j, p));
                }
            }
        }
        owners
    }

    /// The logic without question `place`; refused while a condition tests
    /// it.
    pub fn after_delete(&self, place: usize) -> Result<SurveyLogic, LogicProblem> {
        let owners = self.uses_of(place);
        if !owners.is_empty() {
            return Err(LogicProblem(
                Message::new("msg-design-logic-question-in-use")
                    .number("number", place + 1)
                    .text("owners", owners.join(", "))
                    .in_page_language(),
            ));
        }
        let mut logic = self.clone();
        logic.questions.retain(|c| c.question != place);
        logic.renumber(|q| if q > place { q - 1 } else { q });
        for page in &mut logic.pages {
            if page.starts_at > place {
                page.starts_at -= 1;
            }
        }
        Ok(logic)
    }

    /// A new page starting at question `place` (`count` for an empty page
    /// at the end), placed after the page that held it; returns the new
    /// page's place.
    pub fn with_page_break(&self, place: usize, count: usize) -> (SurveyLogic, usize) {
        let mut logic = self.clone();
        if logic.pages.is_empty() {
            logic.pages.push(Page::default());
        }
        let new = if place >= count {
            logic.pages.len()
        } else {
            logic.page_of(place) + 1
        };
        logic.retarget(|to| if to >= new { Some(to + 1) } else { Some(to) });
        // The rules after the page split follow its last questions, which
        // now end the new page.
        let jumps = if place < count {
            std::mem::take(&mut logic.pages[new - 1].jumps)
        } else {
            Vec::new()
        };
        logic.pages.insert(
            new,
            Page {
                starts_at: place.min(count),
                jumps,
                ..Page::default()
            },
        );
        (logic, new)
    }

    /// Page `page` removed, its questions joining the page before; refused
    /// for the first page and while a rule goes to it.
    pub fn without_page(&self, page: usize) -> Result<SurveyLogic, LogicProblem> {
        if page == 0 || page >= self.pages.len() {
            return Err(LogicProblem(
                Message::new("msg-design-logic-first-page-stays").in_page_language(),
            ));
        }
        let removed = &self.pages[page];
        if removed.show_if.is_some() || !removed.jumps.is_empty() {
            return Err(LogicProblem(
                Message::new("msg-design-logic-page-has-logic")
                    .number("number", page + 1)
                    .in_page_language(),
            ));
        }
        let mut going = Vec::new();
        for (p, rules) in self.pages.iter().enumerate() {
            for (j, jump) in rules.jumps.iter().enumerate() {
                if jump.to == Destination::Page(page) {
                    going.push(rule_after_page(j, p));
                }
            }
        }
        if !going.is_empty() {
            return Err(LogicProblem(
                Message::new("msg-design-logic-page-is-destination")
                    .number("number", page + 1)
                    .text("rules", going.join(", "))
                    .in_page_language(),
            ));
        }
        let mut logic = self.clone();
        logic.pages.remove(page);
        logic.retarget(|to| if to > page { Some(to - 1) } else { Some(to) });
        if logic.pages.len() == 1 && logic.pages[0] == Page::default() {
            logic.pages.clear();
        }
        Ok(logic)
    }

    /// Page `page` traded with the page before it (`up`) or after it, its
    /// questions, title, condition and rules going with it. Returns the
    /// logic and the questions' new order (the old place of each question,
    /// in its new order); `None` when the page is first (or last) already.
    /// The result is checked as any change is: a condition that would then
    /// test a later answer, or a rule that would go back, is refused there.
    pub fn after_page_move(
        &self,
        page: usize,
        up: bool,
        count: usize,
    ) -> Option<(SurveyLogic, Vec<usize>)> {
        let first = if up { page.checked_sub(1)? } else { page };
        if first + 1 >= self.pages.len() {
            return None;
        }
        let ranges: Vec<_> = (0..self.pages.len())
            .map(|p| self.page_range(p, count))
            .collect();
        let mut page_order: Vec<usize> = (0..self.pages.len()).collect();
        page_order.swap(first, first + 1);
        let order: Vec<usize> = page_order.iter().flat_map(|&p| ranges[p].clone()).collect();
        let mut new_place = vec![0; count];
        for (new, &old) in order.iter().enumerate() {
            new_place[old] = new;
        }
        let mut logic = self.clone();
        let mut starts_at = 0;
        logic.pages = page_order
            .iter()
            .map(|&p| {
                let moved = Page {
                    starts_at,
                    ..self.pages[p].clone()
                };
                starts_at += ranges[p].len();
                moved
            })
            .collect();
        logic.renumber(|q| new_place.get(q).copied().unwrap_or(q));
        logic.retarget(|to| match to {
            to if to == first => Some(first + 1),
            to if to == first + 1 => Some(first),
            to => Some(to),
        });
        Some((logic, order))
    }

    /// The logic once the options of question `place` change from `old`
    /// to `new`. A test of an option names it by its place, so it follows
    /// the option's label: reordering the options, or renaming one where it
    /// stands, keeps what every test means. Removing an option a test
    /// names is refused, and says where it is used.
    pub fn after_options_change(
        &self,
        place: usize,
        old: &[String],
        new: &[String],
    ) -> Result<SurveyLogic, LogicProblem> {
        let follow = |index: usize| -> Option<usize> {
            let label = old.get(index)?;
            if let Some(moved) = new.iter().position(|l| l == label) {
                return Some(moved);
            }
            let renamed = old.len() == new.len() && !old.contains(&new[index]);
            renamed.then_some(index)
        };
        let option_of = |value: &str| value.parse::<usize>().ok().filter(|&i| i < old.len());
        let gone: Vec<usize> = self
            .tested_values(place)
            .filter_map(option_of)
            .filter(|&i| follow(i).is_none())
            .collect();
        if let Some(&first) = gone.first() {
            let owners = self.owners_testing(|t| {
                t.question == place && t.test.values().iter().any(|v| option_of(v) == Some(first))
            });
            return Err(LogicProblem(
                Message::new("msg-design-logic-option-in-use")
                    .text("option", old[first].as_str())
                    .number("number", place + 1)
                    .text("owners", owners.join(", "))
                    .in_page_language(),
            ));
        }
        let mut logic = self.clone();
        for term in logic.terms_mut().filter(|t| t.question == place) {
            for value in term.test.values_mut() {
                if let Some(moved) = option_of(value).and_then(follow) {
                    *value = moved.to_string();
                }
            }
        }
        Ok(logic)
    }

    /// Every value a test of question `place` compares with.
    fn tested_values(&self, place: usize) -> impl Iterator<Item = &str> {
        let conditions = self
            .questions
            .iter()
            .map(|c| &c.show_if)
            .chain(self.pages.iter().filter_map(|p| p.show_if.as_ref()))
            .chain(
                self.pages
                    .iter()
                    .flat_map(|p| p.jumps.iter().map(|j| &j.when)),
            );
        conditions
            .flat_map(|c| c.terms.iter())
            .filter(move |t| t.question == place)
            .flat_map(|t| t.test.values().iter().map(String::as_str))
    }

    /// Every test of every condition, to be changed in place.
    fn terms_mut(&mut self) -> impl Iterator<Item = &mut Term> {
        let questions = self.questions.iter_mut().map(|c| &mut c.show_if);
        let pages = self.pages.iter_mut().flat_map(|page| {
            let Page { show_if, jumps, .. } = page;
            show_if
                .as_mut()
                .into_iter()
                .chain(jumps.iter_mut().map(|j| &mut j.when))
        });
        questions.chain(pages).flat_map(|c| c.terms.iter_mut())
    }

    fn renumber(&mut self, new_place: impl Fn(usize) -> usize) {
        for rule in &mut self.questions {
            rule.question = new_place(rule.question);
        }
        for term in self.terms_mut() {
            term.question = new_place(term.question);
        }
        self.questions.sort_by_key(|c| c.question);
    }

    fn retarget(&mut self, new_page: impl Fn(usize) -> Option<usize>) {
        for page in &mut self.pages {
            for jump in &mut page.jumps {
                if let Destination::Page(to) = jump.to
                    && let Some(to) = new_page(to)
                {
                    jump.to = Destination::Page(to);
                }
            }
        }
    }
}
