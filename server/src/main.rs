use tailspin_server::cli::{self, Command};
use tailspin_server::{Application, Settings, startup, telemetry};

// mimalloc gives memory back after a spike: under .ci/bench/memory.sh's
// hour of use the server peaked at 110 MB and settled at 70 MB, against
// 136 MB and 121 MB with the system allocator (BENCHMARKS.md, issue 24).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    telemetry::init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = cli::parse(&args)?;
    let settings = Settings::from_env()?;
    match command {
        Command::Serve => {
            let demo_data = settings.loads_demo_data();
            let app = Application::build(settings).await?;
            let address = app.address();
            let stop = startup::shutdown_signal();
            tracing::info!("listening on http://{address}");
            if demo_data {
                tracing::info!(
                    "demo: answer http://{address}/s/adatum/customer-satisfaction; sign in at \
                     http://{address}/t/adatum/login (admin@adatum.example or creator@adatum.example) \
                     or http://{address}/admin/login (ops@tailspin.example) with the demo password (README)"
                );
            }
            app.run_until(stop).await?;
        }
        Command::Worker => cli::run_worker(&settings).await?,
        Command::DeadLetters => cli::list_dead_letters(&settings).await?,
        Command::Requeue { id } => cli::requeue_dead_letter(&settings, id).await?,
        Command::CreateAdmin { email } => cli::create_admin(&settings, &email).await?,
        Command::CreateTenant { flags } => cli::create_tenant(&settings, &flags).await?,
        Command::BackupTenant { alias, file } => {
            cli::backup_tenant(&settings, &alias, &file).await?
        }
        Command::RestoreTenant { alias, file } => {
            cli::restore_tenant(&settings, &alias, &file).await?
        }
        Command::ResealKeys { previous_key_file } => {
            cli::reseal_keys(&settings, &previous_key_file).await?
        }
    }
    Ok(())
}
