//! The answers a refused form carried, looked up by field name.

use std::sync::Arc;

/// The fields a refused form carried (repeated names kept, in order), so
/// that every answer comes back exactly as given.
#[derive(Clone, Debug, Default)]
pub struct Given(Arc<Vec<(String, String)>>);

impl Given {
    pub fn new(values: Vec<(String, String)>) -> Self {
        Given(Arc::new(values))
    }

    /// The first value of `name`.
    pub fn one<'a>(&'a self, name: &'a str) -> Option<&'a str> {
        self.all(name).next()
    }

    /// Every value of `name` (checkboxes post one per ticked option).
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
