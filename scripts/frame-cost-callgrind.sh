#!/usr/bin/env bash
# Instructions per frame (callgrind counts, repeatable on a busy machine) of
# the frame bench in two revisions: "is it slower?" for a refactor.
# Usage: scripts/frame-cost-callgrind.sh <before-rev> [<after-rev>=HEAD]
# Builds each revision's frame bench (test profile) in a temporary worktree,
# runs it once under valgrind with FRAME_COUNT=10, and prints the inclusive
# instructions of StoreDeskApp::draw_panels divided by its calls (the number
# of frames differs between runs: the bench waits on the sandbox).
set -euo pipefail
cd "$(dirname "$0")/.."
before="$1"; after="${2:-HEAD}"
out="$(mktemp -d)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
for rev in "$before" "$after"; do
  wt="$out/wt-$rev"
  git worktree add --detach "$wt" "$rev" >/dev/null
  (cd "$wt" && find src benches -name '*.rs' -exec touch {} + &&
   cargo test --bench frame --no-run --message-format=json 2>/dev/null | python3 -c '
import json, sys
for m in map(json.loads, sys.stdin):
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "frame" and m.get("executable"):
        print(m["executable"])' > "$out/bin-$rev")
  test -s "$out/bin-$rev" || {
    echo "the frame bench of $rev did not build" >&2; git worktree remove --force "$wt"; exit 1; }
  # The bench and the `storedesk` binary it runs as the contract renderer
  # (src/pdf/isolated.rs looks for it one level above the bench's folder),
  # copied before the other revision's build replaces them.
  bin="$(cat "$out/bin-$rev")"
  mkdir -p "$out/$rev/deps"
  cp "$bin" "$out/$rev/deps/frame"
  cp "$(dirname "$bin")/../storedesk" "$out/$rev/storedesk"
  git worktree remove --force "$wt"
  if ! (cd "$out" && FRAME_COUNT=10 valgrind --tool=callgrind --callgrind-out-file="$out/cg-$rev" \
     "$out/$rev/deps/frame" >"$out/log-$rev" 2>&1); then
    # A row that fails (its panel never shown) still leaves the others'
    # counts: say so, with the bench's own words.
    echo "$rev: the frame bench failed under valgrind; its last lines:" >&2
    tail -n 5 "$out/log-$rev" >&2
  fi
  python3 - "$out/cg-$rev" "$rev" <<'PY'
import re, sys
path, rev = sys.argv[1], sys.argv[2]
names, cfn, calls, incl = {}, None, 0, 0
lines = open(path).read().split("\n")
for i, line in enumerate(lines):
    m = re.match(r"^(c?fn)=\((\d+)\)(?: (.*))?$", line)
    if m:
        kind, num, name = m.groups()
        if name:
            names[num] = name
        if kind == "cfn":
            cfn = names.get(num, "")
        continue
    m = re.match(r"^calls=(\d+)", line)
    # `StoreDeskApp::draw_panels` before the rooms, `<impl …StoreDeskApp>::draw_panels` after.
    if m and cfn and cfn.endswith(("StoreDeskApp::draw_panels", "StoreDeskApp>::draw_panels")):
        calls += int(m.group(1))
        # The next line is "<position> <inclusive cost>".
        incl += int(lines[i + 1].split()[1])
print(f"{rev}: {calls} frames, {incl / max(calls, 1) / 1e6:.3f} M instructions per frame")
PY
done
rm -rf "$out"
