//! `TAILSPIN_REGIONS`: the regions a subscriber may choose, and where each
//! keeps its tenants' surveys and answers.
//!
//! `europe,north-america` names regions that share the main database and
//! blob store. `eu=postgres://…/eu|az://eu-container` gives a region a
//! database of its own, and optionally a blob store of its own (its
//! tenants' data keys live there).

use anyhow::bail;

/// One configured region.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionSetting {
    /// Stored with each tenant (`tenants.region`).
    pub id: String,
    /// Its own database; `None`: the main one.
    pub database_url: Option<String>,
    /// Its own blob store; `None`: the main one.
    pub blob_store_url: Option<String>,
}

impl RegionSetting {
    /// A region that keeps its data in the main database and blob store.
    pub fn label(id: &str) -> RegionSetting {
        RegionSetting {
            id: id.to_owned(),
            database_url: None,
            blob_store_url: None,
        }
    }
}

/// Parses the comma-separated list. Errors name the entry but never print
/// a database URL, which may hold a password.
pub fn parse_regions(list: &str) -> anyhow::Result<Vec<RegionSetting>> {
    let mut regions: Vec<RegionSetting> = Vec::new();
    for (position, entry) in list.split(',').map(str::trim).enumerate() {
        if entry.is_empty() {
            continue;
        }
        let (id, stores) = match entry.split_once('=') {
            Some((id, stores)) => (id.trim(), Some(stores.trim())),
            None => (entry, None),
        };
        check_id(id, position + 1)?;
        if regions.iter().any(|r| r.id == id) {
            bail!("TAILSPIN_REGIONS names region {id} twice");
        }
        let mut region = RegionSetting::label(id);
        if let Some(stores) = stores {
            let (database, blobs) = match stores.split_once('|') {
                Some((database, blobs)) => (database.trim(), Some(blobs.trim())),
                None => (stores, None),
            };
            if !["sqlite:", "postgres:", "postgresql:"]
                .iter()
                .any(|scheme| database.starts_with(scheme))
            {
                bail!(
                    "TAILSPIN_REGIONS: the database of region {id} must be a sqlite: or \
                     postgres: URL (write id=DATABASE_URL|BLOB_STORE_URL)"
                );
            }
            region.database_url = Some(database.to_owned());
            if let Some(blobs) = blobs {
                if url::Url::parse(blobs).is_err() {
                    bail!("TAILSPIN_REGIONS: the blob store of region {id} is not a URL");
                }
                region.blob_store_url = Some(blobs.to_owned());
            }
        }
        regions.push(region);
    }
    if regions.is_empty() {
        bail!("TAILSPIN_REGIONS must list regions, comma-separated");
    }
    Ok(regions)
}

fn check_id(id: &str, position: usize) -> anyhow::Result<()> {
    let shaped = (1..=40).contains(&id.len())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !shaped {
        bail!(
            "TAILSPIN_REGIONS entry {position}: a region id is 1 to 40 lowercase letters, \
             digits or hyphens"
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_names_share_the_main_storage() {
        let regions = parse_regions("europe, north-america").unwrap();
        assert_eq!(
            regions,
            [
                RegionSetting::label("europe"),
                RegionSetting::label("north-america")
            ]
        );
    }

    #[test]
    fn a_region_may_have_its_own_database_and_blob_store() {
        let regions =
            parse_regions("eu=postgres://u:p@db-eu/tailspin|az://eu-container, us=sqlite://us.db")
                .unwrap();
        assert_eq!(
            regions[0].database_url.as_deref(),
            Some("postgres://u:p@db-eu/tailspin")
        );
        assert_eq!(
            regions[0].blob_store_url.as_deref(),
            Some("az://eu-container")
        );
        assert_eq!(regions[1].id, "us");
        assert_eq!(regions[1].database_url.as_deref(), Some("sqlite://us.db"));
        assert_eq!(regions[1].blob_store_url, None);
    }

    #[test]
    fn bad_entries_are_refused_without_printing_a_password() {
        for (list, says) in [
            ("", "must list regions"),
            ("eu,eu", "twice"),
            ("EU", "entry 1"),
            ("eu=mysql://u:secret@h/db", "sqlite: or postgres:"),
            ("eu=postgres://u:secret@h/db|not a url", "not a URL"),
        ] {
            let error = parse_regions(list).unwrap_err().to_string();
            assert!(error.contains(says), "{list}: {error}");
            assert!(!error.contains("secret"), "{error}");
        }
    }
}
