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
   cargo test --quiet --bench frame --no-run 2>&1 | grep -o '(.*frame-[0-9a-f]*)' | tr -d '()' > "$out/bin-$rev")
  cp "$(cat "$out/bin-$rev")" "$out/frame-$rev"
  git worktree remove --force "$wt"
  (cd "$out" && FRAME_COUNT=10 valgrind --tool=callgrind --callgrind-out-file="$out/cg-$rev" \
     "$out/frame-$rev" >/dev/null 2>&1)
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
