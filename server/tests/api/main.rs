//! Integration tests: the real server on port 0 with a fresh SQLite file,
//! driven over HTTP.

mod authorization;
mod backup;
mod branding;
mod crashes;
mod designer;
mod designer_types;
mod durability;
mod faults;
mod federation;
mod helpers;
mod hostile_text;
mod invitations;
mod lifecycle;
mod live_results;
mod mail;
mod observability;
mod outage;
mod page_cache;
mod password_reset;
mod postgres_cluster;
mod processes;
mod question_types;
mod rate_limits;
mod respondent;
mod responses;
mod responses_every_kind;
mod scale_out;
mod security;
mod shutdown;
mod sign_in;
mod signup;
mod sql_export;
mod startup;
mod statistics;
mod users;
