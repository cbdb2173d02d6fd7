#!/usr/bin/env python3
"""Moves interface texts from src/i18n/table.rs to the Fluent files.

    python3 scripts/i18n-to-fluent.py && cargo fmt --all

Re-runnable and idempotent: it converts whatever is left and leaves what is
converted alone.

- Each (English, French, German) entry of src/i18n/table.rs not yet converted
  gets a message id made from its English words and is appended to
  assets/i18n/{en,fr,de}.ftl (`{name}` becomes `{ $name }`); the table's
  topic comments become `##` group comments. src/i18n/migrated.json keeps
  id -> the table's three texts (the English test compares en.ftl with it,
  and this script reads it to know what is converted). The table file is
  deleted once empty of new entries.
- An entry already converted whose French or German changed in the table
  since (someone edited it on another branch) updates that .ftl message if
  it was not edited by hand since; otherwise the script stops and says so.
- Every `tr("English")`, `trf("English", ..)`, `tr_later("English")`,
  `Text::tr("English")`, `tr_dyn`/`trf_dyn` on a literal, and every
  `const NAME: &str = "English";` whose NAME is passed to one of them, under
  src/, tests/, benches/ and examples/, gets the id in place of the English.
  A literal that is already an id is left alone. An English literal with no
  entry anywhere stops the script, with its file and line (nothing is
  written then).

Run it from the repository root; it writes nothing when it refuses.
"""

import json
import os
import re
import sys
import unicodedata
from collections import OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = os.path.join(ROOT, "src/i18n/table.rs")
RECORD = os.path.join(ROOT, "src/i18n/migrated.json")
FTL_DIR = os.path.join(ROOT, "assets/i18n")
LANGS = ("en", "fr", "de")
SCAN_DIRS = ("src", "tests", "benches", "examples")
# The module that defines the functions (its doc examples are written by hand).
SKIP = ("src/i18n.rs", "src/i18n/")

HEADERS = {
    "en": "### StoreDesk interface texts: English (the reference).\n"
    "### Ids are made from the English words; see README, \"Translations\".\n",
    "fr": "### StoreDesk interface texts: French.\n"
    "### Register: \"vous\". A space before \":\", \";\", \"?\" and \"s\" (seconds),\n"
    "### as the API writes \"74,10 €\". Day names in lower case.\n"
    "### \"Booking\" is \"dossier\"; \"property\" is \"site\".\n",
    "de": "### StoreDesk interface texts: German.\n"
    "### Register: \"Sie\". \"Booking\" is \"Buchung\"; \"property\" is \"Standort\".\n",
}

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
ID_SHAPE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
MAX_WORDS = 8


class Refusal(Exception):
    pass


# --- Rust literals -------------------------------------------------------

def rust_unescape(body, where):
    """The value of a Rust string literal's body (between the quotes)."""
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        n = body[i + 1] if i + 1 < len(body) else ""
        simple = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'"}
        if n in simple:
            out.append(simple[n])
            i += 2
        elif n == "u":
            m = re.match(r"\\u\{([0-9a-fA-F_]+)\}", body[i:])
            if not m:
                raise Refusal(f"{where}: bad \\u escape")
            out.append(chr(int(m.group(1).replace("_", ""), 16)))
            i += m.end()
        elif n == "x":
            out.append(chr(int(body[i + 2 : i + 4], 16)))
            i += 4
        elif n == "\n":
            i += 2
            while i < len(body) and body[i] in " \t\r\n":
                i += 1
        else:
            raise Refusal(f"{where}: unknown escape \\{n}")
    return "".join(out)


LIT = r'"((?:[^"\\]|\\.)*)"'
TABLE_TOKEN = re.compile(
    r"(?P<comment>^[ \t]*//[^\n]*)|(?P<entry>\(\s*" + LIT + r"\s*,\s*" + LIT + r"\s*,\s*" + LIT + r"\s*,?\s*\))",
    re.S | re.M,
)


def read_table():
    """[(topic, en, fr, de)] in the table's order."""
    if not os.path.exists(TABLE):
        return []
    src = open(TABLE, encoding="utf-8").read()
    start = src.find("&[")
    if start < 0:
        raise Refusal("src/i18n/table.rs: no `&[` table found")
    topic, entries, last_was_comment = None, [], False
    for m in TABLE_TOKEN.finditer(src, start):
        if m.group("comment"):
            text = m.group("comment").strip()[2:].strip().strip("-").strip()
            topic = f"{topic} {text}" if last_was_comment and topic else text
            last_was_comment = True
            continue
        last_was_comment = False
        line = src.count("\n", 0, m.start()) + 1
        where = f"src/i18n/table.rs:{line}"
        en, fr, de = (rust_unescape(m.group(i), where) for i in (3, 4, 5))
        entries.append((topic, en, fr, de, where))
    n_tuples = len(re.findall(r"^\s*\(", src[start:], re.M))
    if n_tuples != len(entries):
        raise Refusal(
            f"src/i18n/table.rs: {n_tuples} entries begin, {len(entries)} were read "
            "(an entry that is not three string literals?)"
        )
    return entries


# --- Fluent --------------------------------------------------------------

def to_pattern(text, where):
    """A table text as a one-line Fluent pattern."""
    if not text.strip():
        raise Refusal(f"{where}: empty text")
    if "\n" in text or "\r" in text:
        raise Refusal(f"{where}: a text on several lines: {text!r}")
    rest = PLACEHOLDER.sub("", text)
    if "{" in rest or "}" in rest:
        raise Refusal(f"{where}: a brace that is not a {{name}} placeholder: {text!r}")
    pattern = PLACEHOLDER.sub(lambda m: "{ $" + m.group(1) + " }", text)
    # Fluent drops spaces at the ends of a value: keep them as literals.
    lead = len(pattern) - len(pattern.lstrip(" "))
    trail = len(pattern) - len(pattern.rstrip(" "))
    if lead:
        pattern = '{ "' + " " * lead + '" }' + pattern[lead:]
    if trail:
        pattern = pattern[: len(pattern) - trail] + '{ "' + " " * trail + '" }'
    if pattern[0] in "[*.":
        raise Refusal(f"{where}: a text starting with {pattern[0]!r} needs a hand conversion")
    return pattern


MESSAGE = re.compile(r"^([a-zA-Z][a-zA-Z0-9_-]*) =(.*)$", re.M)


def read_ftl(lang):
    path = os.path.join(FTL_DIR, f"{lang}.ftl")
    if not os.path.exists(path):
        return HEADERS[lang] + "\n"
    return open(path, encoding="utf-8").read()


def ftl_ids(src):
    return {m.group(1) for m in MESSAGE.finditer(src)}


def ftl_single_line(src, msg_id):
    """The pattern of `msg_id` if it is one line with no select, else None."""
    m = re.search(r"^" + re.escape(msg_id) + r" = (.*)\n(?![ \t])", src + "\n", re.M)
    if not m or "->" in m.group(1):
        return None
    return m.group(1)


# --- Ids ------------------------------------------------------------------

def words_of(text):
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    folded = re.sub(r"['\u2019]", "", folded.lower().replace("\u2019", ""))
    return re.findall(r"[a-z0-9]+", folded)


ENDINGS = {".": "sentence", ":": "colon", "\u2026": "ellipsis", "?": "question", ")": "paren"}


def make_id(text, taken):
    words = words_of(text) or ["text"]
    prefix = [] if words[0][0].isalpha() else ["msg"]

    def build(n):
        return "-".join(prefix + words[:n])

    for n in range(min(MAX_WORDS, len(words)), len(words) + 1):
        candidate = build(n)
        if candidate not in taken:
            return candidate
    base = build(len(words))
    ending = ENDINGS.get(text.strip()[-1:])
    if ending and f"{base}-{ending}" not in taken:
        return f"{base}-{ending}"
    # "Size" beside "size" (which is its own id, see main).
    if text[:1].isupper() and f"{base}-title" not in taken:
        return f"{base}-title"
    k = 2
    while f"{base}-{k}" in taken:
        k += 1
    return f"{base}-{k}"


# --- Call sites ----------------------------------------------------------

TOKEN = re.compile(
    r"""(?P<lc>//[^\n]*)
      |(?P<bc>/\*.*?\*/)
      |(?P<raw>\bb?r(?P<h>\#*)".*?"(?P=h))
      |(?P<str>(?<!\w)b?"(?:\\.|[^"\\])*"|"(?:\\.|[^"\\])*")
      |(?P<chr>'(?:\\u\{[0-9a-fA-F]+\}|\\.|[^'\\\n])')
      |(?P<call>(?<![\w.])(?:\w+::)*(?P<fn>Text::tr|tr_later|trf_dyn|tr_dyn|trf|tr)\s*\(\s*)
      |(?P<const>\bconst\s+(?P<cname>[A-Z_][A-Z0-9_]*)\s*:\s*&\s*(?:'static\s+)?str\s*=\s*)
    """,
    re.S | re.X,
)
CONST_ARG = re.compile(r"(?:\w+::)*([A-Z_][A-Z0-9_]*)\s*[,)]")


def rust_files():
    for top in SCAN_DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, top)):
            dirnames[:] = sorted(d for d in dirnames if d != "target")
            for name in sorted(filenames):
                if name.endswith(".rs"):
                    path = os.path.join(dirpath, name)
                    rel = os.path.relpath(path, ROOT)
                    if not rel.startswith(SKIP):
                        yield rel


def scan(rel):
    """(key literals [(start, end, value)], const literals {name: [(start, end, value)]},
    names of consts passed as keys) of one file."""
    src = open(os.path.join(ROOT, rel), encoding="utf-8").read()
    keys, consts, const_keys = [], {}, set()
    expect = None  # ("key" | name, position the literal must start at)
    for m in TOKEN.finditer(src):
        if m.group("call"):
            if re.search(r"\bfn\s+$", src[max(0, m.start() - 8) : m.start()]):
                continue
            expect = ("key", m.end())
            c = CONST_ARG.match(src, m.end())
            if c:
                const_keys.add(c.group(1))
            continue
        if m.group("const"):
            expect = (m.group("cname"), m.end())
            continue
        if m.group("str") and expect and expect[1] == m.start():
            line = src.count("\n", 0, m.start()) + 1
            lit = m.group("str")
            if lit.startswith("b"):
                expect = None
                continue
            value = rust_unescape(lit[1:-1], f"{rel}:{line}")
            item = (m.start(), m.end(), value, line)
            if expect[0] == "key":
                keys.append(item)
            else:
                consts.setdefault(expect[0], []).append(item)
        elif m.group("raw") and expect and expect[0] == "key" and expect[1] == m.start():
            line = src.count("\n", 0, m.start()) + 1
            raise Refusal(f"{rel}:{line}: a raw string as a translation key")
        expect = None
    return src, keys, consts, const_keys


USE_STMT = re.compile(r"^[ \t]*(?:pub(?:\([^)]*\))? )?use [^;]*;", re.M | re.S)
KEY_CALL_BEFORE = re.compile(r"(?:\btr|\btrf|\btr_later|Text::tr)\(\s*(?:\w+::)*$")
TEST_DIRS = ("tests/", "benches/", "examples/")


def wrap_label_consts(rel, src, names):
    """Tests that find a widget by a label constant (`get_by_label(PAD_LABEL)`)
    now hold an id in it: they get `tr(PAD_LABEL)`, the words on screen."""
    if not rel.startswith(TEST_DIRS) or not names:
        return src, 0
    masked = [(m.start(), m.end()) for m in USE_STMT.finditer(src)]
    masked += [(m.start(), m.end()) for m in re.finditer(r"//[^\n]*|\"(?:\\.|[^\"\\])*\"", src)]
    pattern = re.compile(r"(?<![\w:])((?:\w+::)*)(" + "|".join(sorted(names)) + r")\b(?!\s*:[^:])")
    # A helper of the file that translates its argument itself
    # (`fn label(h, id: &'static str) { .. tr(id) .. }`) takes the constant as is.
    helpers = [
        f.group(1)
        for f in re.finditer(r"\bfn (\w+)(?:<[^>]*>)?\(([^)]*)\)[^{]*\{(.*?)\n\}", src, re.S)
        for param in re.findall(r"(\w+): &'static str", f.group(2))
        if re.search(r"\btr\(\s*" + param + r"\s*\)", f.group(3))
    ]
    helper_call = re.compile(r"\b(?:" + "|".join(helpers) + r")\([^()]*$") if helpers else None
    out, last, n = [], 0, 0
    for m in pattern.finditer(src):
        if any(a <= m.start() < b for a, b in masked):
            continue
        before = src[max(0, m.start() - 40) : m.start()]
        if KEY_CALL_BEFORE.search(before) or (helper_call and helper_call.search(before)):
            continue
        if re.search(r"\bconst\s+$", src[max(0, m.start() - 12) : m.start()]):
            continue
        out.append(src[last : m.start()] + "tr(" + m.group(0) + ")")
        last = m.end()
        n += 1
    if not n:
        return src, 0
    src = "".join(out) + src[last:]
    imports_tr = any(
        re.search(r"\bi18n::(?:tr\b|\{[^}]*\btr\b)", u.group(0)) for u in USE_STMT.finditer(src)
    )
    if not imports_tr:
        first = re.search(r"^use storedesk::", src, re.M)
        at = first.start() if first else 0
        src = src[:at] + "use storedesk::i18n::tr;\n" + src[at:]
    return src, n


def rust_literal(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --- Main ----------------------------------------------------------------

def main():
    record = OrderedDict()
    if os.path.exists(RECORD):
        record = json.load(open(RECORD, encoding="utf-8"), object_pairs_hook=OrderedDict)
    ftl = {lang: read_ftl(lang) for lang in LANGS}
    all_ids = set(record) | set().union(*(ftl_ids(s) for s in ftl.values()))
    en_to_id = {v["en"]: k for k, v in record.items()}
    problems, notes = [], []
    appended = {lang: [] for lang in LANGS}
    last_topic = None

    table = read_table()
    # An English text that is itself a valid id ("size") gets itself as id,
    # so a literal "size" means the same message before and after a run.
    for _, en, _, _, where in table:
        if en in en_to_id or not ID_SHAPE.match(en):
            continue
        if en in all_ids:
            problems.append(
                f"{where}: the English {en!r} is already the id of another message: "
                "reword it, or convert it by hand"
            )
        all_ids.add(en)
    for topic, en, fr, de, where in table:
        texts = {"en": en, "fr": fr, "de": de}
        if en in en_to_id:
            msg_id = en_to_id[en]
            old = record[msg_id]
            for lang in ("fr", "de"):
                if old[lang] == texts[lang]:
                    continue
                current = ftl_single_line(ftl[lang], msg_id)
                if current != to_pattern(old[lang], where):
                    problems.append(
                        f"{where}: the {lang} of {msg_id} changed in the table, and "
                        f"{lang}.ftl was edited by hand since: merge it by hand, then "
                        f"set its \"{lang}\" in src/i18n/migrated.json to the table's"
                    )
                    continue
                new = to_pattern(texts[lang], where)
                ftl[lang] = re.sub(
                    r"^" + re.escape(msg_id) + r" = .*$",
                    lambda _m: f"{msg_id} = {new}",
                    ftl[lang],
                    count=1,
                    flags=re.M,
                )
                old[lang] = texts[lang]
                notes.append(f"updated {lang} of {msg_id} from the table")
            continue
        try:
            patterns = {lang: to_pattern(texts[lang], where) for lang in LANGS}
        except Refusal as e:
            problems.append(str(e))
            continue
        names = sorted(PLACEHOLDER.findall(en))
        for lang in ("fr", "de"):
            if sorted(PLACEHOLDER.findall(texts[lang])) != names:
                problems.append(f"{where}: the {lang} placeholders differ from the English")
        msg_id = en if ID_SHAPE.match(en) else make_id(en, all_ids)
        all_ids.add(msg_id)
        en_to_id[en] = msg_id
        record[msg_id] = OrderedDict(texts)
        for lang in LANGS:
            if topic != last_topic and topic:
                appended[lang].append(f"\n## {topic}\n")
            appended[lang].append(f"{msg_id} = {patterns[lang]}\n")
        last_topic = topic

    # Call sites.
    scans = {rel: scan(rel) for rel in rust_files()}
    used_consts = set().union(*(s[3] for s in scans.values()))
    # Constants of src/ that hold (or will hold) a message id.
    id_consts = {
        name
        for rel, (_, _, consts, _) in scans.items()
        if rel.startswith("src/")
        for name, items in consts.items()
        if name in used_consts and all(i[2] in en_to_id or i[2] in all_ids for i in items)
    }
    edits = {}
    for rel, (src, keys, consts, _) in scans.items():
        todo = list(keys)
        for name, items in consts.items():
            if name in used_consts:
                # A constant of the same name that is no key (elsewhere) stays.
                todo += [i for i in items if i[2] in en_to_id or i[2] in all_ids]
        changes = []
        for start, end, value, line in todo:
            if value in en_to_id and not (value in all_ids and ID_SHAPE.match(value)):
                changes.append((start, end, rust_literal(en_to_id[value])))
            elif value in all_ids:
                continue
            else:
                problems.append(f"{rel}:{line}: no entry for {value!r} (add it to the table, or fix the id)")
        if changes or rel.startswith(TEST_DIRS):
            edits[rel] = (src, changes)

    # An entry converted before that main's table.rs no longer has (its
    # branch removed the text) leaves the .ftl files once no code uses it.
    if table:
        in_table = {en for _, en, _, _, _ in table}
        used = {v for rel, (_, keys, _, _) in scans.items() if rel.startswith("src/") for _, _, v, _ in keys}
        used |= {
            v
            for rel, (_, _, consts, _) in scans.items()
            if rel.startswith("src/")
            for name, items in consts.items()
            if name in used_consts
            for _, _, v, _ in items
        }
        used = {en_to_id.get(v, v) for v in used}
        for msg_id, texts in record.items():
            if texts["en"] in in_table or msg_id in used:
                continue
            for lang in LANGS:
                ftl[lang], n = re.subn(
                    r"^" + re.escape(msg_id) + r" = .*\n(?:[ \t]+.*\n)*", "", ftl[lang], flags=re.M
                )
                if n:
                    notes.append(f"removed {msg_id} from {lang}.ftl (gone from the table, unused)")

    if problems:
        print("i18n-to-fluent: nothing written, because:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)

    os.makedirs(FTL_DIR, exist_ok=True)
    for lang in LANGS:
        text = ftl[lang]
        if appended[lang]:
            text = text.rstrip("\n") + "\n" + "".join(appended[lang])
        path = os.path.join(FTL_DIR, f"{lang}.ftl")
        if not os.path.exists(path) or open(path, encoding="utf-8").read() != text:
            open(path, "w", encoding="utf-8").write(text)
    with open(RECORD, "w", encoding="utf-8") as f:
        json.dump(record, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n_sites, n_labels, n_files = 0, 0, 0
    for rel, (src, changes) in edits.items():
        original = src
        for start, end, lit in sorted(changes, reverse=True):
            src = src[:start] + lit + src[end:]
        src, wrapped = wrap_label_consts(rel, src, id_consts)
        n_sites += len(changes)
        n_labels += wrapped
        if src != original:
            n_files += 1
            open(os.path.join(ROOT, rel), "w", encoding="utf-8").write(src)
    if os.path.exists(TABLE):
        os.remove(TABLE)
        notes.append("removed src/i18n/table.rs (every entry is in the .ftl files)")
    n_new = len(appended["en"]) - sum(1 for s in appended["en"] if s.startswith("\n##"))
    print(
        f"i18n-to-fluent: {n_new} new message(s), {n_sites} call site(s) and "
        f"{n_labels} label constant(s) in tests changed, in {n_files} file(s)"
    )
    for n in notes:
        print("  " + n)


if __name__ == "__main__":
    try:
        main()
    except Refusal as e:
        print(f"i18n-to-fluent: nothing written: {e}", file=sys.stderr)
        sys.exit(1)
