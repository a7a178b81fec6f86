//! Data residency: which database holds a tenant's surveys and answers.
//!
//! The database the service starts with is the directory: tenants, users,
//! platform administrators, sessions and sign-in. A region configured with
//! a database of its own (`TAILSPIN_REGIONS=eu=postgres://…`) holds the
//! surveys of the tenants placed in it and everything under them: answers,
//! summaries, the statistics queue, exports, branding, invitations and
//! webhooks. A region without one keeps them in the directory, as the
//! embedded default does.
//!
//! Storage modules for those tables reach the right database through
//! [`Database::region`] with the caller's scope; tasks that work through a
//! whole queue run once per database in [`Database::region_databases`].

use super::database::{Database, RegionDatabases, Serves};
use crate::auth::scope::TenantScope;

impl Database {
    /// [`Database::with_regions`], each region's database numbering its
    /// rows in an id space of its own (see [`super::id_spaces`]).
    pub async fn place_regions(
        self,
        regions: Vec<(String, Database)>,
    ) -> Result<Database, sqlx::Error> {
        let mut numbered = Vec::with_capacity(regions.len());
        for (id, mut region) in regions {
            let base = super::id_spaces::id_base(&self, &id).await?;
            super::id_spaces::number_from(&region, base).await?;
            region.id_base = base;
            numbered.push((id, region));
        }
        Ok(self.with_regions(numbered))
    }

    /// The directory `self` with `regions` placed beside it: each region's
    /// tenants keep their surveys and answers in that database only.
    pub fn with_regions(mut self, regions: Vec<(String, Database)>) -> Database {
        let map = regions
            .into_iter()
            .map(|(id, db)| {
                let db = db.placed_beside(&self, Serves::Region(id.clone()));
                (id, db)
            })
            .collect();
        self.regions = std::sync::Arc::new(RegionDatabases(map));
        self
    }

    /// The database that holds `scope`'s surveys and answers. On a region's
    /// own handle, only that region's tenants are found: a scope of another
    /// region is an error rather than a read of the wrong database.
    pub fn region(&self, scope: &TenantScope) -> Result<&Database, sqlx::Error> {
        self.region_named(scope.region())
    }

    /// [`Database::region`] by region id.
    pub fn region_named(&self, region: &str) -> Result<&Database, sqlx::Error> {
        match &self.serves {
            Serves::Directory => Ok(self.regions.0.get(region).unwrap_or(self)),
            Serves::Region(id) if id == region => Ok(self),
            Serves::Region(id) => Err(sqlx::Error::Configuration(
                format!("a tenant of region {region} reached the database of region {id}").into(),
            )),
        }
    }

    /// Every database that holds surveys: the directory (for the regions
    /// without a database of their own) and each region's. Queue workers
    /// run once on each.
    pub fn region_databases(&self) -> Vec<Database> {
        std::iter::once(self.clone())
            .chain(self.regions.0.values().cloned())
            .collect()
    }

    /// The regions with a database of their own, by id.
    pub fn placed_regions(&self) -> impl Iterator<Item = (&str, &Database)> {
        self.regions.0.iter().map(|(id, db)| (id.as_str(), db))
    }

    /// Whether `region` keeps its tenants' surveys in a database of its own.
    pub fn has_own_database(&self, region: &str) -> bool {
        self.regions.0.contains_key(region)
    }

    /// Whether `id` lies in the id space of this database (see
    /// [`super::id_spaces`]): a row numbered here, not one copied from
    /// another region.
    pub fn owns_id(&self, id: i64) -> bool {
        (self.id_base..self.id_base + super::id_spaces::ID_SPACE).contains(&id)
    }

    /// The region this handle holds alone; `None` for the directory.
    pub fn region_id(&self) -> Option<&str> {
        match &self.serves {
            Serves::Directory => None,
            Serves::Region(id) => Some(id),
        }
    }
}
