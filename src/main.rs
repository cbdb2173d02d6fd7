//! Start-up only: parse the arguments, then run a CLI subcommand or the app.

// Windows: a GUI program, so no console window opens with the app; the
// subcommands print through the parent's console (`platform`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use clap::Parser;
use storedesk::cli::{Cli, Command, default_store};

fn init_logging() {
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    // Logs go to stderr; STOREDESK_LOG or RUST_LOG choose the levels
    // ("debug", "storedesk=debug,warn"). `Targets` reads the same
    // target=level lists as `EnvFilter` without its span and field filters,
    // and so without the regex engine those need (issue 30: binary size).
    let filter = ["STOREDESK_LOG", "RUST_LOG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find_map(|value| value.parse::<tracing_subscriber::filter::Targets>().ok())
        .unwrap_or_else(|| {
            tracing_subscriber::filter::Targets::new().with_default(tracing::Level::WARN)
        });
    tracing_subscriber::registry()
        .with(tracing_subscriber::fmt::layer().with_writer(std::io::stderr))
        .with(filter)
        .init();
}

fn main() {
    // Start of the clock for STOREDESK_EXIT_AFTER_FIRST_FRAME (start-up bench).
    storedesk::ui::app::probe::mark_process_start();
    let console = storedesk::platform::attach_parent_console();
    init_logging();
    tracing::debug!(?console, "console");
    if let Err(e) = storedesk::hardening::disable_core_dumps() {
        tracing::warn!("core dumps could not be turned off: {e}");
    }
    // tests/hardening.rs reads the setting back from the shipped binary.
    if std::env::var_os("STOREDESK_PRINT_DUMPABLE").is_some() {
        eprintln!("dumpable: {:?}", storedesk::hardening::is_dumpable());
    }
    let cli = Cli::parse();
    // The contract renderer: no runtime, no keyring, its own limits.
    if let Some(Command::RenderPdf(args)) = &cli.command {
        std::process::exit(storedesk::pdf::child::run(&args.limits()));
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .thread_name("storedesk-worker")
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("Could not start the background runtime: {e}");
            std::process::exit(storedesk::cli::exit::TRANSPORT);
        }
    };
    let code = match cli.command {
        Some(command) => {
            let store = default_store();
            let mut stdout = std::io::stdout();
            match runtime.block_on(storedesk::cli::run(
                &cli.global,
                command,
                &store,
                &mut stdout,
            )) {
                Ok(()) => storedesk::cli::exit::OK,
                Err(f) => {
                    eprintln!("{}", f.message);
                    f.code
                }
            }
        }
        None => storedesk::ui::run_app(cli.global, runtime),
    };
    std::process::exit(code);
}
