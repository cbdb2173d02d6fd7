//! A system tool run as a bounded child process (CUPS' `lp` and `lpstat`,
//! `xdg-mime`): its input written on a thread of its own, its output read up
//! to a cap, killed at a deadline. The caller is a blocking thread.

use std::io::{Read, Write};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Output kept from each stream at most.
pub const MAX_OUTPUT: u64 = 64 * 1024;

/// A finished run.
#[derive(Debug)]
pub struct Ran {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

impl Ran {
    /// The first line of the error output, cut short, for a message.
    pub fn reason(&self) -> String {
        let line = self.stderr.lines().find(|l| !l.trim().is_empty());
        line.unwrap_or("").trim().chars().take(200).collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChildError {
    /// The program is not on this system.
    NotInstalled,
    /// It ran past its deadline and was stopped.
    TimedOut,
    /// It could not be started or waited for.
    Failed(String),
}

/// Runs `program args` with `input` on its stdin (none: empty), in the C
/// locale (so its answer can be read), stopping it at `deadline`.
pub fn run(
    program: &str,
    args: &[&str],
    input: Option<Vec<u8>>,
    deadline: Duration,
) -> Result<Ran, ChildError> {
    let mut child = Command::new(program)
        .args(args)
        .env("LC_ALL", "C")
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => ChildError::NotInstalled,
            _ => ChildError::Failed(e.to_string()),
        })?;
    if let (Some(mut stdin), Some(bytes)) = (child.stdin.take(), input) {
        // A child that stops reading only ends this thread's write.
        std::thread::spawn(move || stdin.write_all(&bytes));
    }
    let stdout = read_capped(child.stdout.take());
    let stderr = read_capped(child.stderr.take());
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(ChildError::TimedOut);
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(ChildError::Failed(e.to_string())),
        }
    };
    // A grandchild holding the pipes open must not hold us: short waits.
    let text = |rx: mpsc::Receiver<Vec<u8>>| {
        let bytes = rx.recv_timeout(Duration::from_secs(1)).unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    Ok(Ran {
        status,
        stdout: text(stdout),
        stderr: text(stderr),
    })
}

fn read_capped(stream: Option<impl Read + Send + 'static>) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    if let Some(stream) = stream {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = stream.take(MAX_OUTPUT).read_to_end(&mut bytes);
            let _ = tx.send(bytes);
        });
    }
    rx
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_program_is_named_as_such() {
        let r = run("storedesk-no-such-tool", &[], None, Duration::from_secs(5));
        assert_eq!(r.unwrap_err(), ChildError::NotInstalled);
    }

    #[test]
    fn input_goes_in_and_output_is_capped() {
        let ran = run("cat", &[], Some(b"hello".to_vec()), Duration::from_secs(20)).unwrap();
        assert!(ran.status.success());
        assert_eq!(ran.stdout, "hello");
        let big = vec![b'x'; 3 * MAX_OUTPUT as usize];
        let ran = run("cat", &[], Some(big), Duration::from_secs(20)).unwrap();
        assert_eq!(ran.stdout.len() as u64, MAX_OUTPUT);
    }

    #[test]
    fn a_child_past_its_deadline_is_stopped() {
        let r = run("sleep", &["30"], None, Duration::from_millis(100));
        assert_eq!(r.unwrap_err(), ChildError::TimedOut);
    }
}
