#!/usr/bin/env bash
# Where the release binary's bytes go, per crate, beside the bare window
# (examples/minimal_window.rs) built the same way: the release profile (fat
# LTO, one codegen unit) but not stripped, so the symbols name their crate.
# Sizes are of the code and data symbols (`nm --size-sort`), grouped by the
# first path segment of the demangled name (`<a::T as b::Trait>::f` counts
# for `a`), as `cargo bloat --crates` does; with fat LTO, code inlined into
# a caller counts for the caller's crate. The "stripped" line is the size
# of the binary as shipped.
#
#   scripts/size-table.sh            # builds both into target/size, prints the tables
#   TOP=40 scripts/size-table.sh     # more rows
#   SKIP_BUILD=1 scripts/size-table.sh
# Needs binutils (nm, strip, size) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${SIZE_TARGET_DIR:-target/size}"
TOP="${TOP:-25}"

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  # Two commands: together, the example's dev-dependencies would change the
  # features the app is built with (Cargo's resolver 2).
  export CARGO_PROFILE_RELEASE_STRIP=false
  cargo build --release --locked --bin storedesk --target-dir "$TARGET"
  cargo build --release --locked --example minimal_window --target-dir "$TARGET"
fi

table() {
  local bin=$1 name=$2
  local stripped
  stripped=$(mktemp)
  strip -o "$stripped" "$bin"
  echo "== $name: $(stat -c %s "$stripped" | awk '{printf "%.1f MB", $1/1e6}') stripped," \
    ".text $(size -A "$bin" | awk '$1==".text"{printf "%.1f MB", $2/1e6}')"
  rm -f "$stripped"
  local syms
  syms=$(mktemp)
  nm -C --size-sort --print-size "$bin" >"$syms"
  python3 - "$syms" "$TOP" <<'PY'
import collections, re, sys
path, top = sys.argv[1], int(sys.argv[2])
STD = {"alloc", "core", "std", "hashbrown", "compiler_builtins", "std_detect"}
PRIMITIVES = set("str bool char f32 f64 i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize".split())
sizes = collections.Counter()
for line in open(path, encoding="utf-8", errors="replace"):
    parts = line.rstrip("\n").split(" ", 3)
    if len(parts) < 4 or parts[2] not in "tTrRdDbBvVwW":
        continue
    name = parts[3]
    # <a::T as b::Tr>::f and <&a::T>::f count for a; a::f for a.
    m = re.match(r"^<+&?(?:mut |dyn |\[)?([A-Za-z_][A-Za-z0-9_]*)", name) or re.match(
        r"^([A-Za-z_][A-Za-z0-9_]*)::", name
    )
    crate = m.group(1) if m else "[C / unnamed]"
    # <u8 as a::Tr>::f: a primitive's impl counts for the trait's crate;
    # <T as a::Tr>::f (a generic parameter) likewise.
    if crate in PRIMITIVES or re.fullmatch(r"[A-Z][0-9]?", crate):
        t = re.search(r" as ([A-Za-z_][A-Za-z0-9_]*)::", name)
        crate = t.group(1) if t else "std"
    sizes["std" if crate in STD else crate] += int(parts[1], 16)
total = sum(sizes.values())
row = "{:<28} {:>7} {:>6}"
print(row.format("crate", "MB", "share"))
shown = sizes.most_common(top)
for crate, size in shown:
    print(row.format(crate, "%.2f" % (size / 1e6), "%.1f%%" % (100 * size / total)))
rest = total - sum(size for _, size in shown)
print(row.format("(%d others)" % max(len(sizes) - top, 0), "%.2f" % (rest / 1e6), "%.1f%%" % (100 * rest / total)))
print(row.format("all symbols", "%.2f" % (total / 1e6), ""))
PY
  rm -f "$syms"
}

stripped_size() {
  local tmp
  tmp=$(mktemp)
  strip -o "$tmp" "$1"
  stat -c %s "$tmp"
  rm -f "$tmp"
}

APP="$TARGET/release/storedesk"
BARE="$TARGET/release/examples/minimal_window"
table "$APP" "storedesk (the app)"
echo
# SKIP_BUILD=1 with only the app built (the bare window is the longer
# build of the two): the app's table alone.
if [ ! -x "$BARE" ]; then
  echo "== no bare window at $BARE: build it with" \
    "CARGO_PROFILE_RELEASE_STRIP=false cargo build --release --locked --example minimal_window --target-dir $TARGET"
  exit 0
fi
table "$BARE" "minimal_window (the bare window)"
echo
app_bytes=$(stripped_size "$APP")
bare_bytes=$(stripped_size "$BARE")
echo "== ratio, stripped: $app_bytes / $bare_bytes bytes =" \
  "$(awk -v a="$app_bytes" -v b="$bare_bytes" 'BEGIN { printf "%.2f", a / b }') (issue 30: at most 2)"
