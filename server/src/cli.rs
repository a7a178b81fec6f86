//! Command-line entry points besides serving: `server admin create --email E`
//! creates (or resets the password of) a Tailspin administrator. The
//! password comes from TAILSPIN_ADMIN_PASSWORD, or else the first line of
//! standard input, so it never appears in the process list.

use std::io::BufRead;

use anyhow::{Context, bail};
use app::domain::{Email, UnixMillis, check_new_password};
use app::passwords::hash_password;
use app::storage::platform_admins::upsert_platform_admin;

use crate::{Settings, startup};

pub enum Command {
    Serve,
    CreateAdmin { email: Email },
}

pub const USAGE: &str = "usage: server [serve] | server admin create --email EMAIL";

pub fn parse(args: &[String]) -> anyhow::Result<Command> {
    match args {
        [] => Ok(Command::Serve),
        [serve] if serve == "serve" => Ok(Command::Serve),
        [admin, create, flag, email]
            if admin == "admin" && create == "create" && flag == "--email" =>
        {
            let email = Email::parse(email).map_err(|e| anyhow::anyhow!("--email: {e}"))?;
            Ok(Command::CreateAdmin { email })
        }
        _ => bail!("{USAGE}"),
    }
}

pub async fn create_admin(settings: &Settings, email: &Email) -> anyhow::Result<()> {
    let password = match std::env::var("TAILSPIN_ADMIN_PASSWORD") {
        Ok(password) => password,
        Err(_) => {
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .context("reading the password from standard input")?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    check_new_password(&password).map_err(|e| anyhow::anyhow!(e))?;
    let db = startup::open_database(settings).await?;
    let hash = hash_password(password)
        .await
        .map_err(|e| anyhow::anyhow!(e))?;
    upsert_platform_admin(&db, email, &hash, UnixMillis::now()).await?;
    db.close().await;
    println!("Tailspin administrator {email} can now sign in at /admin/login");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_the_commands() {
        assert!(matches!(parse(&args(&[])).unwrap(), Command::Serve));
        assert!(matches!(parse(&args(&["serve"])).unwrap(), Command::Serve));
        match parse(&args(&[
            "admin",
            "create",
            "--email",
            "Ops@Tailspin.example",
        ]))
        .unwrap()
        {
            Command::CreateAdmin { email } => assert_eq!(email.as_str(), "ops@tailspin.example"),
            Command::Serve => panic!("expected admin create"),
        }
        assert!(parse(&args(&["admin", "create", "--email", "nope"])).is_err());
        assert!(parse(&args(&["frobnicate"])).is_err());
    }
}
