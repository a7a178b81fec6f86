//! Each region's database numbers its rows from a base of its own, given
//! once by the directory (`region_id_spaces`): region `n` from `n * 2^40`,
//! the directory from 1. Ids from two databases then never collide, so a
//! tenant's surveys, questions and answers can keep their ids (which its
//! respondents' open forms and its API clients hold) when it moves.

use super::database::{Database, is_unique_violation, with_pool};
use super::pool::Pool;

/// Ids each database has to itself.
pub const ID_SPACE: i64 = 1 << 40;

/// The base of `region`'s ids: the one it was given, or the next free.
pub async fn id_base(directory: &Database, region: &str) -> Result<i64, sqlx::Error> {
    for _ in 0..3 {
        // `WHERE TRUE`: SQLite reads `ON` after a bare `FROM` as a join.
        let given = with_pool!(directory, pool => {
            sqlx::query(
                "INSERT INTO region_id_spaces (region, id_base) \
                 SELECT $1, COALESCE(MAX(id_base), 0) + $2 FROM region_id_spaces WHERE TRUE \
                 ON CONFLICT (region) DO NOTHING",
            )
            .bind(region)
            .bind(ID_SPACE)
            .execute(pool)
            .await
            .map(|_| ())
        });
        match given {
            // Another process gave the same base to another region at the
            // same moment: take the next.
            Err(error) if is_unique_violation(&error) => continue,
            other => other?,
        }
        return with_pool!(directory, pool => {
            sqlx::query_scalar("SELECT id_base FROM region_id_spaces WHERE region = $1")
                .bind(region)
                .fetch_one(pool)
                .await
        });
    }
    Err(sqlx::Error::Protocol(format!(
        "no id space could be given to region {region}"
    )))
}

/// Makes every table of `db` number its new rows from `base` at least
/// (tables a later migration adds included: this runs at every start).
pub async fn number_from(db: &Database, base: i64) -> Result<(), sqlx::Error> {
    match db.pool() {
        Pool::Postgres(pool) => {
            let sequences: Vec<String> = sqlx::query_scalar(
                "SELECT pg_get_serial_sequence(quote_ident(table_name), 'id') \
                 FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND column_name = 'id' \
                   AND is_identity = 'YES'",
            )
            .fetch_all(pool)
            .await?;
            for sequence in sequences {
                sqlx::query(
                    "SELECT setval($1::regclass, $2, false) \
                     WHERE COALESCE(pg_sequence_last_value($1::regclass), 0) < $2",
                )
                .bind(&sequence)
                .bind(base)
                .execute(pool)
                .await?;
            }
        }
        Pool::Sqlite(pool) => {
            let tables: Vec<String> = sqlx::query_scalar(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%AUTOINCREMENT%'",
            )
            .fetch_all(pool)
            .await?;
            for table in tables {
                // The next id is one more than `seq`.
                sqlx::query(
                    "INSERT INTO sqlite_sequence (name, seq) SELECT $1, $2 \
                     WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = $1)",
                )
                .bind(&table)
                .bind(base - 1)
                .execute(pool)
                .await?;
                sqlx::query("UPDATE sqlite_sequence SET seq = $2 WHERE name = $1 AND seq < $2")
                    .bind(&table)
                    .bind(base - 1)
                    .execute(pool)
                    .await?;
            }
        }
    }
    Ok(())
}
