use tailspin_server::cli::{self, Command};
use tailspin_server::{Application, Settings, telemetry};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    telemetry::init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = cli::parse(&args)?;
    let settings = Settings::from_env()?;
    match command {
        Command::Serve => {
            let app = Application::build(settings).await?;
            tracing::info!("listening on http://{}", app.address());
            app.run_until_stopped().await?;
        }
        Command::CreateAdmin { email } => cli::create_admin(&settings, &email).await?,
    }
    Ok(())
}
