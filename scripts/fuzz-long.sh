#!/usr/bin/env bash
# Long fuzzing, outside CI: every parser's property tests with TOTAL generated
# inputs in all (default 1,000,000), split evenly over the tests listed below.
# CI runs the same tests with a few hundred inputs each.
#
#   scripts/fuzz-long.sh [TOTAL]
#
# Prints each test's share and time, then one line with the real count, the
# time and the result; appends that line to $CARGO_TARGET_DIR/fuzz-long.log.
# A failure keeps proptest's minimal failing input in the output (and in
# proptest-regressions/). Debug build (the release profile's LTO takes too
# long to build for this); add a parser's property tests to TESTS when you
# add a parser.
set -euo pipefail
cd "$(dirname "$0")/.."
TOTAL=${1:-1000000}
TARGET_DIR=${CARGO_TARGET_DIR:-target}

# "cargo test selector|test name": one property test each (names are unique).
TESTS=(
  "--test parser_fuzz|arbitrary_json_never_panics"
  "--test parser_fuzz|the_fast_parser_answers_as_the_reference_parser"
  "--test parser_fuzz|documented_examples_with_a_value_replaced_never_panic"
  "--test parser_fuzz|documented_examples_with_bytes_mutated_never_panic"
  "--test parser_fuzz|every_fixture_with_values_replaced_and_any_status_never_panics"
  "--test parser_fuzz|error_answers_with_any_body_never_panic"
  "--test input_fuzz|ids_parse_or_explain_and_read_back_the_same"
  "--test input_fuzz|stored_settings_never_crash_and_read_back_the_same"
  "--lib|slot_parser_never_panics"
  "--lib|well_formed_slots_read_exactly"
  "--lib|schedules_never_panic_and_stay_consistent"
  "--test outsider_fuzz|frames_and_messages_before_the_handshake_never_panic"
  "--test outsider_fuzz|sealed_frames_after_the_handshake_never_panic"
  "--test outsider_fuzz|a_live_tablet_survives_any_first_frames"
  "--test outsider_fuzz|the_renderers_output_is_read_within_bounds"
  "--test outsider_fuzz|the_prefilled_document_list_never_panics"
  # Each input starts a renderer process (~0.1 s): a hundredth of the share.
  "--test outsider_fuzz|pdf_bytes_into_the_renderer_end_in_pages_or_a_failure|100"
)
PER=$(((TOTAL + ${#TESTS[@]} - 1) / ${#TESTS[@]}))

echo "== building the test binaries"
cargo test --no-run --lib --test parser_fuzz --test input_fuzz --test outsider_fuzz

# Filters (a finite float, a valid slot) may reject many candidates over a
# long run; the inputs counted are the accepted ones.
export PROPTEST_CASES=$PER PROPTEST_MAX_LOCAL_REJECTS=100000000 PROPTEST_MAX_GLOBAL_REJECTS=100000000
ran=0
result=passed
start=$(date +%s)
for entry in "${TESTS[@]}"; do
  IFS='|' read -r selector name divisor <<<"$entry"
  cases=$((PER / ${divisor:-1}))
  t0=$(date +%s)
  # shellcheck disable=SC2086 # the selector is two words on purpose
  if out=$(PROPTEST_CASES=$cases cargo test -q $selector -- --test-threads=1 "$name" 2>&1) &&
    grep -q "test result: ok. 1 passed" <<<"$out"; then
    ran=$((ran + cases))
    echo "ok     $name: $cases inputs in $(($(date +%s) - t0)) s"
  else
    result=FAILED
    echo "FAILED $name after $(($(date +%s) - t0)) s:"
    tail -n 40 <<<"$out"
  fi
done
secs=$(($(date +%s) - start))
line="$(date -u +%FT%TZ) fuzz-long: $ran generated inputs over ${#TESTS[@]} property tests in $secs s: $result"
echo "$line"
mkdir -p "$TARGET_DIR"
echo "$line" >>"$TARGET_DIR/fuzz-long.log"
[ "$result" = passed ]
