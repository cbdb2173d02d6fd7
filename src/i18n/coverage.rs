//! The translation table against the sources: every string passed to `tr`,
//! `trf`, `tr_later` or `Text::tr` (as a literal, or as a `const` holding one)
//! must have a French and a German text, and every entry of the table must
//! still be used.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use super::{placeholders, table::TABLE};

/// The functions whose first argument is a translation key.
const KEY_FUNCTIONS: &[&str] = &["tr", "trf", "tr_later"];

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    Str(String),
    Lifetime,
    Punct(char),
}

/// A Rust source as tokens (with their line), comments dropped. Enough of the
/// language for finding calls and constants: strings (with escapes), raw
/// strings, byte strings, char literals, lifetimes, nested block comments.
fn tokenize(src: &str) -> Vec<(Token, usize)> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        let start_line = line;
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if (c == 'r' || (c == 'b' && at(i + 1) == 'r'))
            && matches!(at(i + 1 + usize::from(c == 'b')), '"' | '#')
        {
            // Raw string: r"..." or r#"..."#.
            let mut j = i + 1 + usize::from(c == 'b');
            let mut hashes = 0;
            while at(j) == '#' {
                hashes += 1;
                j += 1;
            }
            if at(j) != '"' {
                // `r#ident`: a raw identifier.
                i = j;
                continue;
            }
            j += 1;
            let mut value = String::new();
            loop {
                if j >= chars.len() {
                    break;
                }
                if chars[j] == '"' && (0..hashes).all(|k| at(j + 1 + k) == '#') {
                    j += 1 + hashes;
                    break;
                }
                if chars[j] == '\n' {
                    line += 1;
                }
                value.push(chars[j]);
                j += 1;
            }
            out.push((Token::Str(value), start_line));
            i = j;
        } else if c == '"' || (c == 'b' && at(i + 1) == '"') {
            let mut j = i + if c == 'b' { 2 } else { 1 };
            let mut value = String::new();
            while j < chars.len() && chars[j] != '"' {
                if chars[j] == '\\' {
                    j += 1;
                    match at(j) {
                        'n' => value.push('\n'),
                        't' => value.push('\t'),
                        'r' => value.push('\r'),
                        '0' => value.push('\0'),
                        '\\' => value.push('\\'),
                        '"' => value.push('"'),
                        '\'' => value.push('\''),
                        'u' => {
                            // \u{XXXX}
                            let close = (j..chars.len()).find(|&k| chars[k] == '}').unwrap_or(j);
                            let hex: String = chars[j + 2..close].iter().collect();
                            if let Some(ch) =
                                u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
                            {
                                value.push(ch);
                            }
                            j = close;
                        }
                        'x' => {
                            let hex: String = chars[j + 1..j + 3].iter().collect();
                            if let Ok(b) = u8::from_str_radix(&hex, 16) {
                                value.push(char::from(b));
                            }
                            j += 2;
                        }
                        '\n' => {
                            // Line continuation: the newline and leading spaces go.
                            line += 1;
                            while at(j + 1).is_whitespace() {
                                if at(j + 1) == '\n' {
                                    line += 1;
                                }
                                j += 1;
                            }
                        }
                        other => value.push(other),
                    }
                    j += 1;
                } else {
                    if chars[j] == '\n' {
                        line += 1;
                    }
                    value.push(chars[j]);
                    j += 1;
                }
            }
            out.push((Token::Str(value), start_line));
            i = j + 1;
        } else if c == '\'' {
            // A char literal ('a', '\n', '\u{..}') or a lifetime ('a, 'static).
            if at(i + 1) == '\\' {
                let mut j = i + 2;
                while j < chars.len() && chars[j] != '\'' {
                    j += 1;
                }
                i = j + 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                let mut j = i + 1;
                while at(j).is_alphanumeric() || at(j) == '_' {
                    j += 1;
                }
                out.push((Token::Lifetime, start_line));
                i = j;
            }
        } else if c.is_alphabetic() || c == '_' {
            let mut j = i;
            while at(j).is_alphanumeric() || at(j) == '_' {
                j += 1;
            }
            out.push((Token::Ident(chars[i..j].iter().collect()), start_line));
            i = j;
        } else if c.is_ascii_digit() {
            while at(i).is_alphanumeric()
                || at(i) == '_'
                || (at(i) == '.' && at(i + 1).is_ascii_digit())
            {
                i += 1;
            }
        } else {
            out.push((Token::Punct(c), start_line));
            i += 1;
        }
    }
    out
}

/// Where a key is used.
#[derive(Debug, Clone)]
struct Use {
    file: String,
    line: usize,
}

#[derive(Debug, Default)]
struct Scan {
    /// Key → its first use.
    keys: BTreeMap<String, Use>,
    /// Calls whose key cannot be read from the source.
    unreadable: Vec<String>,
}

/// `const NAME: &str = "...";` and `const NAME: &'static str = "...";`
fn string_consts(tokens: &[(Token, usize)]) -> HashMap<String, String> {
    let mut consts = HashMap::new();
    for w in 0..tokens.len() {
        let t = |k: usize| tokens.get(w + k).map(|(t, _)| t);
        if t(0) != Some(&Token::Ident("const".into())) {
            continue;
        }
        let Some(Token::Ident(name)) = t(1) else {
            continue;
        };
        let mut k = 2;
        let pattern_ok = t(k) == Some(&Token::Punct(':')) && t(k + 1) == Some(&Token::Punct('&'));
        if !pattern_ok {
            continue;
        }
        k += 2;
        if t(k) == Some(&Token::Lifetime) {
            k += 1;
        }
        if t(k) == Some(&Token::Ident("str".into()))
            && t(k + 1) == Some(&Token::Punct('='))
            && let Some(Token::Str(value)) = t(k + 2)
        {
            consts.insert(name.clone(), value.clone());
        }
    }
    consts
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every translation key used under `src/`.
fn scan_sources() -> Scan {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let parsed: Vec<(String, Vec<(Token, usize)>)> = files
        .iter()
        .map(|p| {
            let src = std::fs::read_to_string(p).expect("source readable");
            let name = p.strip_prefix(root).unwrap_or(p).display().to_string();
            (name, tokenize(&src))
        })
        .collect();
    // Constants by name, across the crate (names are unique enough here; a
    // clash is reported below when it matters).
    let mut consts: HashMap<String, Vec<String>> = HashMap::new();
    for (_, tokens) in &parsed {
        for (name, value) in string_consts(tokens) {
            consts.entry(name).or_default().push(value);
        }
    }
    let mut scan = Scan::default();
    for (file, tokens) in &parsed {
        // The module that defines the functions is not a user of them.
        if file.ends_with("i18n.rs") || file.contains("i18n/") {
            continue;
        }
        for (w, (tok, line)) in tokens.iter().enumerate() {
            let Token::Ident(name) = tok else { continue };
            if !KEY_FUNCTIONS.contains(&name.as_str())
                || tokens.get(w + 1).map(|(t, _)| t) != Some(&Token::Punct('('))
            {
                continue;
            }
            // `fn tr(` is a definition; `x.tr(` is some other method.
            let before = w.checked_sub(1).map(|b| &tokens[b].0);
            if matches!(before, Some(Token::Ident(p)) if p == "fn")
                || before == Some(&Token::Punct('.'))
            {
                continue;
            }
            let at = Use {
                file: file.clone(),
                line: *line,
            };
            // The first argument: a literal, or a path ending in a constant,
            // then `)` or `,`.
            let mut k = w + 2;
            let key = match tokens.get(k).map(|(t, _)| t) {
                Some(Token::Str(s)) => Some(s.clone()),
                Some(Token::Ident(_)) => {
                    let mut last = None;
                    while let Some((t, _)) = tokens.get(k) {
                        match t {
                            Token::Ident(id) => last = Some(id.clone()),
                            Token::Punct(':') => {}
                            _ => break,
                        }
                        k += 1;
                    }
                    let ends =
                        matches!(tokens.get(k).map(|(t, _)| t), Some(Token::Punct(')' | ',')));
                    match (ends, last.and_then(|c| consts.get(&c).cloned())) {
                        (true, Some(values)) if values.len() == 1 => Some(values[0].clone()),
                        _ => None,
                    }
                }
                _ => None,
            };
            match key {
                Some(key) => {
                    scan.keys.entry(key).or_insert(at);
                }
                None => scan.unreadable.push(format!(
                    "{}:{}: {name}( needs a string literal or a string constant",
                    at.file, at.line
                )),
            }
        }
    }
    scan
}

#[test]
fn tokenizer_reads_literals_and_skips_comments() {
    let src = r##"
        // tr("in a comment")
        /* tr("in a /* nested */ block") */
        let a = tr("plain \"quoted\" \u{e9}");
        let b = trf(r#"raw "x""#, &[]);
        let c = 'x'; let d = '\''; fn f<'a>(x: &'a str) {}
        pub const LABEL: &str = "A label";
        const OTHER: &'static str = "Other";
        ui.label(tr(LABEL)); tr(super::OTHER);
        let e = "long \
                 line";
    "##;
    let tokens = tokenize(src);
    let strings: Vec<&str> = tokens
        .iter()
        .filter_map(|(t, _)| match t {
            Token::Str(s) => Some(s.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        strings,
        [
            "plain \"quoted\" é",
            "raw \"x\"",
            "A label",
            "Other",
            "long line"
        ]
    );
    let consts = string_consts(&tokens);
    assert_eq!(consts["LABEL"], "A label");
    assert_eq!(consts["OTHER"], "Other");
}

#[test]
fn every_ui_string_is_translated_and_every_translation_used() {
    let scan = scan_sources();
    assert!(
        scan.keys.len() > 150,
        "the scan found only {} keys: is it still reading the sources?",
        scan.keys.len()
    );
    let table: BTreeMap<&str, (&str, &str)> =
        TABLE.iter().map(|&(en, fr, de)| (en, (fr, de))).collect();
    let mut problems: Vec<String> = scan.unreadable.clone();

    let mut seen = BTreeSet::new();
    for (en, _, _) in TABLE {
        if !seen.insert(*en) {
            problems.push(format!("listed twice in the table: {en:?}"));
        }
    }
    for (key, at) in &scan.keys {
        if !table.contains_key(key.as_str()) {
            problems.push(format!(
                "{}:{}: no French and German for {key:?}",
                at.file, at.line
            ));
        }
    }
    for en in table.keys() {
        if !scan.keys.contains_key(*en) {
            problems.push(format!("stale: the table has {en:?}, no code uses it"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} translation problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn translations_are_complete_and_keep_their_placeholders() {
    let mut problems = Vec::new();
    for &(en, fr, de) in TABLE {
        let mut wanted = placeholders(en);
        wanted.sort_unstable();
        for (lang, text) in [("French", fr), ("German", de)] {
            if text.trim().is_empty() {
                problems.push(format!("{lang} for {en:?} is empty"));
                continue;
            }
            let mut got = placeholders(text);
            got.sort_unstable();
            if got != wanted {
                problems.push(format!(
                    "{lang} for {en:?} has placeholders {got:?}, the English {wanted:?}"
                ));
            }
            // Punctuation that ends a sentence or a label stays (a translation
            // may add a period: "Okt." for "Oct").
            for end in ['.', ':', '…', '?'] {
                if en.ends_with(end) && !text.ends_with(end) {
                    problems.push(format!(
                        "{lang} for {en:?} does not end like the English ({end:?}): {text:?}"
                    ));
                }
            }
            if text.trim() != text {
                problems.push(format!("{lang} for {en:?} has spaces at an end: {text:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
