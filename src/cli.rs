//! Command line: headless subcommands over the same library, for scripts and
//! support. `storedesk` with no subcommand starts the desktop app.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

use base64::Engine as _;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::api::{
    ApiError, ApiKey, AuthStyle, BookingId, ClientConfig, ReservationId, StoRegisterClient,
};
use crate::secrets::{API_KEY_ACCOUNT, KeyringStore, SecretStore};

mod insurance;
mod walkin;
pub use insurance::InsuranceArgs;
pub use walkin::{PrequoteArgs, PricesArgs};

/// Exit codes of the CLI contract.
pub mod exit {
    pub const OK: i32 = 0;
    /// The API said no (code and message on stderr).
    pub const API: i32 = 1;
    /// Bad usage or an invalid id.
    pub const USAGE: i32 = 2;
    /// Network or transport failure.
    pub const TRANSPORT: i32 = 3;
}

#[derive(Debug, Parser)]
// `bin_name`: usage and errors say "storedesk" on Windows too, not
// "storedesk.exe" (scripts/windows compares the two builds' output).
#[command(
    name = "storedesk",
    bin_name = "storedesk",
    version,
    about = "Front desk for self-storage sites on StoRegister",
    long_about = "Front desk for self-storage sites on StoRegister.\n\n\
        Without a subcommand, opens the desktop app. The API key comes from the \
        environment variable STOREDESK_API_KEY or the system keyring \
        (`storedesk key set`); it is never taken as a command-line argument."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// StoRegister API base URL, e.g. https://api.example.com
    #[arg(long, global = true, env = "STOREDESK_BASE_URL")]
    pub base_url: Option<String>,
    /// How the API key is sent.
    #[arg(long, global = true, value_enum, default_value_t = AuthArg::XApiKey)]
    pub auth_header: AuthArg,
    /// Allow plain http to a host that is not this computer (unsafe).
    #[arg(long, global = true)]
    pub allow_http: bool,
    /// Seconds before a request is abandoned.
    #[arg(long, global = true, default_value_t = 20)]
    pub timeout: u64,
    /// Desktop app: start with the built-in demo data (a local sandbox server).
    #[arg(long)]
    pub demo: bool,
    /// Desktop app: kiosk mode for customer signing.
    #[arg(long)]
    pub kiosk: bool,
    /// Desktop app: not in kiosk mode this time, even if the settings say so
    /// (to set a new manager PIN when the kiosk's cannot be read).
    #[arg(long, conflicts_with = "kiosk")]
    pub no_kiosk: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AuthArg {
    /// `X-API-Key: <key>` (default)
    XApiKey,
    /// `Authorization: X-API-Key <key>`
    Authorization,
}

impl From<AuthArg> for AuthStyle {
    fn from(a: AuthArg) -> Self {
        match a {
            AuthArg::XApiKey => AuthStyle::XApiKeyHeader,
            AuthArg::Authorization => AuthStyle::AuthorizationHeader,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show a reservation: client, property, unit, dates and quote.
    Reservation {
        id: String,
        /// Print the parsed model as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show a booking's quote: first (prorated) payment and regular cycle.
    Quote {
        booking_id: String,
        #[arg(long)]
        json: bool,
    },
    /// Opening hours of the booking's property, and whether it is open now
    /// (or at the time given with --at).
    Hours {
        booking_id: String,
        /// The moment to ask about instead of now, in RFC 3339:
        /// 2025-12-25T10:00:00+01:00 ("is it open at 10:00 on 25 December?").
        #[arg(long, value_name = "RFC 3339 TIME")]
        at: Option<String>,
    },
    /// Send a customer's signature (a PNG file) for a booking.
    Sign {
        booking_id: String,
        #[arg(long)]
        image: PathBuf,
    },
    /// Manage the API key in the system keyring.
    Key {
        #[command(subcommand)]
        action: KeyAction,
    },
    /// A property's sizes and prices (walk-in price grid).
    Prices(PricesArgs),
    /// A pre-booking quote for a size and price, before any booking.
    /// A move-in date in the past or a size or price ≤ 0 exits 2 before any call.
    Prequote(PrequoteArgs),
    /// A booking's insurance options and what each adds to the quote; with
    /// --link and --price, link one to the booking (sent once, never
    /// repeated: a lost answer is checked by reading the quotation back).
    /// A malformed id exits 2 before any call.
    Insurance(InsuranceArgs),
    /// Run the local sandbox server with the demo data.
    Sandbox {
        #[arg(long, default_value_t = 18080)]
        port: u16,
    },
    /// The app's own contract renderer (PDFs on stdin, pages on stdout);
    /// not for people, so hidden from --help.
    #[command(name = "render-pdf", hide = true)]
    RenderPdf(RenderPdfArgs),
}

/// The renderer's limits, as the app passes them (`pdf::isolated`).
#[derive(Debug, Clone, Args)]
pub struct RenderPdfArgs {
    #[arg(long)]
    width: u32,
    #[arg(long)]
    max_side: u32,
    #[arg(long)]
    max_page_pixels: u64,
    #[arg(long)]
    max_total_pixels: u64,
    #[arg(long)]
    max_documents: usize,
    #[arg(long)]
    max_pages: usize,
    /// Address space, bytes.
    #[arg(long)]
    memory: u64,
    #[arg(long)]
    cpu_seconds: u64,
}

impl RenderPdfArgs {
    pub fn limits(&self) -> crate::pdf::child::ChildLimits {
        crate::pdf::child::ChildLimits {
            bounds: crate::pdf::bounds::Bounds {
                width: self.width,
                max_side: self.max_side,
                max_page_pixels: self.max_page_pixels,
                max_total_pixels: self.max_total_pixels,
            },
            max_documents: self.max_documents,
            max_pages: self.max_pages,
            memory: self.memory,
            cpu_seconds: self.cpu_seconds,
        }
    }
}

#[derive(Debug, Clone, Copy, Subcommand)]
pub enum KeyAction {
    /// Read the key from standard input and store it in the keyring.
    Set,
    /// Say whether a key is stored (masked).
    Status,
    /// Remove the stored key.
    Delete,
}

/// A CLI failure: the message for stderr and the exit code.
#[derive(Debug)]
pub struct Failure {
    pub code: i32,
    pub message: String,
}

impl From<ApiError> for Failure {
    fn from(e: ApiError) -> Self {
        let codes: Vec<String> = e.codes().iter().map(|c| c.to_string()).collect();
        let code_text = if codes.is_empty() {
            String::new()
        } else {
            format!(" [{}]", codes.join(", "))
        };
        Failure {
            code: e.exit_code(),
            message: format!("{e}{code_text}\n{}", e.next_step()),
        }
    }
}

fn usage(message: impl Into<String>) -> Failure {
    Failure {
        code: exit::USAGE,
        message: message.into(),
    }
}

/// `--at`'s moment, or now. A time without its offset is refused: the
/// property's zone and the desk's may differ, so it would be ambiguous.
fn moment(at: Option<&str>) -> Result<chrono::DateTime<chrono::Utc>, Failure> {
    match at {
        None => Ok(chrono::Utc::now()),
        Some(text) => chrono::DateTime::parse_from_rfc3339(text.trim())
            .map(|t| t.with_timezone(&chrono::Utc))
            .map_err(|e| {
                usage(format!(
                    "--at {text:?} is not an RFC 3339 time such as 2025-12-25T10:00:00+01:00: {e}"
                ))
            }),
    }
}

/// The key for headless use: the environment first, then the keyring.
pub fn key_from_env_or_keyring(store: &dyn SecretStore) -> Result<ApiKey, Failure> {
    if let Ok(k) = std::env::var("STOREDESK_API_KEY") {
        return ApiKey::new(k).ok_or_else(|| usage("STOREDESK_API_KEY is set but empty."));
    }
    match store.get(API_KEY_ACCOUNT) {
        Ok(Some(k)) => ApiKey::new(k.as_str()).ok_or_else(|| usage("The stored API key is empty.")),
        Ok(None) => Err(usage(
            "No API key: set STOREDESK_API_KEY or run `storedesk key set`.",
        )),
        Err(e) => Err(usage(format!(
            "{e}\nSet STOREDESK_API_KEY instead for this shell."
        ))),
    }
}

fn client(global: &GlobalArgs, key: ApiKey) -> Result<StoRegisterClient, Failure> {
    let base = global.base_url.clone().ok_or_else(|| {
        usage("No server address: pass --base-url URL or set STOREDESK_BASE_URL.")
    })?;
    let mut config = ClientConfig::new(base);
    config.auth_style = global.auth_header.into();
    config.allow_insecure_http = global.allow_http;
    config.timeout = Duration::from_secs(global.timeout.max(1));
    Ok(StoRegisterClient::new(config, Some(key))?)
}

fn print_json<T: serde::Serialize>(out: &mut dyn Write, value: &T) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(value).map_err(|e| Failure {
        code: exit::API,
        message: format!("could not print JSON: {e}"),
    })?;
    writeln!(out, "{text}").ok();
    Ok(())
}

/// Runs one subcommand; the output goes to `out`.
pub async fn run(
    global: &GlobalArgs,
    command: Command,
    store: &dyn SecretStore,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    match command {
        Command::Key { action } => key_command(action, store, out),
        Command::Sandbox { port } => sandbox_command(port, out).await,
        // Started by main before the runtime; never through here.
        Command::RenderPdf(args) => match crate::pdf::child::run(&args.limits()) {
            0 => Ok(()),
            code => Err(Failure {
                code,
                message: "render-pdf failed".into(),
            }),
        },
        Command::Prices(args) => walkin::prices(global, args, store, out).await,
        Command::Prequote(args) => walkin::prequote(global, args, store, out).await,
        Command::Insurance(args) => insurance::run(global, args, store, out).await,
        Command::Reservation { id, json } => {
            let id = ReservationId::parse(&id)?;
            let client = client(global, key_from_env_or_keyring(store)?)?;
            let detail = client.reservation_detail(&id).await?;
            if json {
                print_json(out, &detail)
            } else {
                write!(out, "{}", crate::report::reservation_text(&detail)).ok();
                Ok(())
            }
        }
        Command::Quote { booking_id, json } => {
            let id = BookingId::parse(&booking_id)?;
            let client = client(global, key_from_env_or_keyring(store)?)?;
            let quote = client.quotation_preview(&id).await?;
            if json {
                print_json(out, &quote)
            } else {
                write!(out, "{}", crate::report::quotation_text(&quote)).ok();
                Ok(())
            }
        }
        Command::Hours { booking_id, at } => {
            let now = moment(at.as_deref())?;
            let id = BookingId::parse(&booking_id)?;
            let client = client(global, key_from_env_or_keyring(store)?)?;
            let quote = client.quotation_preview(&id).await?;
            let property = quote.property.unwrap_or_default();
            write!(out, "{}", crate::report::hours_text(&property, now)).ok();
            Ok(())
        }
        Command::Sign { booking_id, image } => {
            let id = BookingId::parse(&booking_id)?;
            let bytes = zeroize::Zeroizing::new(
                std::fs::read(&image)
                    .map_err(|e| usage(format!("Cannot read {}: {e}", image.display())))?,
            );
            if !bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
                return Err(usage(format!("{} is not a PNG image.", image.display())));
            }
            let encoded =
                zeroize::Zeroizing::new(base64::engine::general_purpose::STANDARD.encode(&*bytes));
            let client = client(global, key_from_env_or_keyring(store)?)?;
            let outcome = client.save_signature(&id, &encoded).await?;
            writeln!(
                out,
                "Signature saved for booking {id} (signature record {}).",
                outcome.activity_id
            )
            .ok();
            if outcome.attempts > 1 {
                writeln!(
                    out,
                    "It took {} attempts: the first connections failed before reaching the server.",
                    outcome.attempts
                )
                .ok();
            }
            Ok(())
        }
    }
}

fn key_command(
    action: KeyAction,
    store: &dyn SecretStore,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let store_failure = |e: crate::secrets::SecretError| Failure {
        code: exit::TRANSPORT,
        message: e.to_string(),
    };
    match action {
        KeyAction::Set => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                eprint!("Paste the API key and press Enter: ");
            }
            let mut line = zeroize::Zeroizing::new(String::new());
            stdin
                .lock()
                .read_line(&mut line)
                .map_err(|e| usage(format!("could not read the key: {e}")))?;
            let key = ApiKey::new(line.as_str()).ok_or_else(|| usage("No key was given."))?;
            store
                .set(API_KEY_ACCOUNT, key.expose())
                .map_err(store_failure)?;
            writeln!(
                out,
                "API key stored in {} (ends with {}).",
                crate::i18n::tr_dyn(store.describe()),
                key.masked()
            )
            .ok();
            Ok(())
        }
        KeyAction::Status => {
            match store.get(API_KEY_ACCOUNT).map_err(store_failure)? {
                Some(k) => {
                    let masked = ApiKey::new(k.as_str())
                        .map(|k| k.masked())
                        .unwrap_or_default();
                    writeln!(
                        out,
                        "An API key is set in {} (ends with {masked}).",
                        crate::i18n::tr_dyn(store.describe())
                    )
                    .ok();
                }
                None => {
                    writeln!(
                        out,
                        "No API key is stored in {}.",
                        crate::i18n::tr_dyn(store.describe())
                    )
                    .ok();
                }
            }
            if std::env::var_os("STOREDESK_API_KEY").is_some() {
                writeln!(
                    out,
                    "STOREDESK_API_KEY is set in this environment and takes precedence."
                )
                .ok();
            }
            Ok(())
        }
        KeyAction::Delete => {
            store.delete(API_KEY_ACCOUNT).map_err(store_failure)?;
            writeln!(
                out,
                "The API key was removed from {}.",
                crate::i18n::tr_dyn(store.describe())
            )
            .ok();
            Ok(())
        }
    }
}

async fn sandbox_command(port: u16, out: &mut dyn Write) -> Result<(), Failure> {
    let options = crate::sandbox::SandboxOptions::from_env(port);
    let sandbox = crate::sandbox::Sandbox::start(options)
        .await
        .map_err(|e| Failure {
            code: exit::TRANSPORT,
            message: format!("Could not start the sandbox on port {port}: {e}"),
        })?;
    writeln!(
        out,
        "StoRegister sandbox listening on {}",
        sandbox.base_url()
    )
    .ok();
    writeln!(out, "API key: {}", sandbox.api_key()).ok();
    // A desk and a kiosk on this computer share this sandbox this way.
    writeln!(
        out,
        "Desk and kiosk on this computer: {}={} storedesk --demo [--kiosk] --base-url {}",
        crate::sandbox::KEY_ENV,
        sandbox.api_key(),
        sandbox.base_url()
    )
    .ok();
    writeln!(out, "Demo ids:").ok();
    for entry in crate::sandbox::demo_ids() {
        writeln!(
            out,
            "  {:<12} {}  {}",
            format!("{:?}", entry.kind),
            entry.id,
            crate::i18n::tr_dyn(entry.label)
        )
        .ok();
    }
    writeln!(out, "Press Ctrl+C to stop.").ok();
    out.flush().ok();
    tokio::signal::ctrl_c().await.ok();
    sandbox.shutdown().await;
    Ok(())
}

/// The default credential store for the CLI.
pub fn default_store() -> KeyringStore {
    KeyringStore::default()
}
