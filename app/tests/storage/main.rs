//! The storage suite. Every test runs on SQLite, and on PostgreSQL when
//! TEST_POSTGRES_URL names a server where it may create databases (the test
//! command starts one). TAILSPIN_REQUIRE_POSTGRES=1 turns a missing
//! PostgreSQL into a failure, so CI cannot silently skip it.

#[macro_use]
mod support;
mod backup;
mod designs;
mod every_kind;
mod exports;
mod identity;
mod lifecycle;
mod migration;
mod plan_changes;
mod regions;
mod sealed_answers;
mod statistics;
mod surveys;
