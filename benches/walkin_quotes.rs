//! Four pre-booking quotes at once against the sandbox with injected latency
//! (issue 14): the time until all four are ready, against the slowest of the
//! same four calls made one at a time. Target: at most 1.3 times the slowest
//! single call. Loopback only.
//!
//! Run: `cargo bench --bench walkin_quotes` (`WALKIN_ROUNDS=20` for more
//! rounds, `WALKIN_LATENCY_MS` for another latency; 150 ms by default).

mod support;

use std::time::{Duration, Instant};

use chrono::{Days, Local};
use storedesk::api::walkin::PreQuoteRequest;
use storedesk::api::{ApiKey, ClientConfig, StoRegisterClient};
use storedesk::domain::walkin::{WalkinChoice, request_for};
use storedesk::sandbox::{BOX_STORAGE_ID, Sandbox, SandboxOptions, ids};

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

async fn requests(c: &StoRegisterClient) -> Vec<PreQuoteRequest> {
    let list = c
        .price_list(BOX_STORAGE_ID, ids::LYON_PROPERTY, "1", "Monthly")
        .await
        .expect("price list");
    let today = Local::now().date_naive();
    let choice = WalkinChoice {
        property_id: ids::LYON_PROPERTY.into(),
        storage_id: BOX_STORAGE_ID.into(),
        user_type_id: "1".into(),
        period: "Monthly".into(),
        move_in: today.checked_add_days(Days::new(10)),
    };
    list.rows
        .iter()
        .filter(|r| !r.sold_out())
        .take(4)
        .map(|r| request_for(&choice, Some(r), None, today).expect("request"))
        .collect()
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let rounds = env_num("WALKIN_ROUNDS", 7).max(1) as usize;
    let latency = Duration::from_millis(env_num("WALKIN_LATENCY_MS", 150));
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let sb = Sandbox::start(SandboxOptions { latency, ..Default::default() })
            .await
            .expect("sandbox");
        let c = StoRegisterClient::new(
            ClientConfig::new(sb.base_url()),
            ApiKey::new(sb.api_key()),
        )
        .expect("client");
        let reqs = requests(&c).await;
        assert_eq!(reqs.len(), 4);
        let (mut slowest, mut together) = (Vec::new(), Vec::new());
        for _ in 0..rounds {
            let mut worst = Duration::ZERO;
            for r in &reqs {
                let t = Instant::now();
                c.pre_quote(r).await.expect("quote");
                worst = worst.max(t.elapsed());
            }
            slowest.push(worst);
            let t = Instant::now();
            let (a, b, d, e) = tokio::join!(
                c.pre_quote(&reqs[0]),
                c.pre_quote(&reqs[1]),
                c.pre_quote(&reqs[2]),
                c.pre_quote(&reqs[3])
            );
            together.push(t.elapsed());
            assert!(a.is_ok() && b.is_ok() && d.is_ok() && e.is_ok());
        }
        let (s, t) = (median(slowest), median(together));
        let ratio = t.as_secs_f64() / s.as_secs_f64();
        println!(
            "{rounds} rounds, {} ms latency: slowest single call {:.1} ms (median), four at once {:.1} ms (median)",
            latency.as_millis(),
            s.as_secs_f64() * 1000.0,
            t.as_secs_f64() * 1000.0
        );
        println!(
            "4 concurrent pre-booking quotes: {ratio:.2}x the slowest single call (target: at most 1.3x: {})",
            support::verdict(ratio <= 1.3)
        );
        sb.shutdown().await;
    });
    support::finish();
}
