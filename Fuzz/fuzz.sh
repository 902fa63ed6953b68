#!/usr/bin/env bash
# Fuzzes HallyuCore's readers of outside input with libFuzzer: the Markdown parser and
# renderers, the mention analysis and name check, the CSV reader, the Korean Wikipedia drama
# list and kpopnet readers, and the WordPress export reader. Builds one binary (HallyuCore and
# Fuzz/FuzzTargets.swift, with `-sanitize=fuzzer,address`) and runs each target for FUZZ_SECONDS
# (60) from the seeds in Fuzz/seeds/TARGET, keeping what it learns in .build/fuzz/corpus/TARGET.
# A crash, hang, leak or memory error is saved in .build/fuzz/findings/TARGET and fails the run;
# replay one with HALLYU_FUZZ_TARGET=TARGET .build/fuzz/hallyu-fuzz FILE.
# TARGETS (all) may name some: TARGETS="markdown names" Fuzz/fuzz.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=${TARGETS:-markdown names csv kowiki kpopnet wordpress}
[[ $SECONDS_EACH =~ ^[1-9][0-9]*$ ]] || { echo "FUZZ_SECONDS must be a positive whole number" >&2; exit 1; }
OUT=.build/fuzz
BIN=$OUT/hallyu-fuzz
mkdir -p "$OUT"

sources=$(find Sources/HallyuCore -name '*.swift' | sort)
if [ ! -x "$BIN" ] || [ -n "$(find $sources Fuzz/FuzzTargets.swift -newer "$BIN" | head -1)" ]; then
  echo "== building $BIN"
  # shellcheck disable=SC2086
  swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name HallyuFuzz $sources Fuzz/FuzzTargets.swift -o "$BIN" 2>&1 \
    | grep -v "Cannot export local symbol '__asan" || true
  [ -x "$BIN" ] || { echo "the fuzzing binary did not build" >&2; exit 1; }
fi

FAILED=0
for target in $TARGETS; do
  [ -d "Fuzz/seeds/$target" ] || { echo "no target $target (Fuzz/seeds/$target)" >&2; exit 1; }
  corpus=$OUT/corpus/$target findings=$OUT/findings/$target
  mkdir -p "$corpus" "$findings"
  echo "== $target: $SECONDS_EACH s"
  status=0
  HALLYU_FUZZ_TARGET=$target "$BIN" "$corpus" "Fuzz/seeds/$target" -max_total_time="$SECONDS_EACH" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$findings/" -print_final_stats=1 >"$OUT/$target.log" 2>&1 || status=$?
  grep -E '^stat::number_of_executed_units|^stat::new_units_added|^#[0-9]+.*DONE' "$OUT/$target.log" | sed 's/^/   /' || true
  echo "   corpus: $(find "$corpus" -type f | wc -l) inputs"
  if [ "$status" != 0 ]; then
    echo "FAIL $target: a finding is in $findings (log: $OUT/$target.log)"
    grep -E 'ERROR|Fatal error|panic|SUMMARY' "$OUT/$target.log" | head -5 | sed 's/^/   | /'
    FAILED=1
  else
    echo "PASS $target"
  fi
done
exit $FAILED
