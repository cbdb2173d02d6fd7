// LOCAL STUB: replaced by the sandbox branch. Not committed.
use crate::api::IdKind;
pub const DEFAULT_KEY: &str = "sandbox-demo-key";
#[derive(Default)]
pub struct SandboxOptions {
    pub port: u16,
    pub api_key: String,
    pub latency: std::time::Duration,
}
impl SandboxOptions {
    pub fn from_env(port: u16) -> Self {
        Self {
            port,
            ..Default::default()
        }
    }
}
pub struct Sandbox;
impl Sandbox {
    pub async fn start(_o: SandboxOptions) -> std::io::Result<Sandbox> {
        Ok(Sandbox)
    }
    pub fn base_url(&self) -> String {
        String::new()
    }
    pub fn api_key(&self) -> &str {
        ""
    }
    pub async fn shutdown(self) {}
}
pub struct DemoEntry {
    pub kind: IdKind,
    pub id: &'static str,
    pub label: &'static str,
}
pub fn demo_ids() -> Vec<DemoEntry> {
    vec![]
}
