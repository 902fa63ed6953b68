#!/usr/bin/env bash
# Fuzzes the readers of outside input with libFuzzer. Two binaries:
# - HallyuCore's readers (HallyuCore and Fuzz/FuzzTargets.swift compiled with
#   `-sanitize=fuzzer,address`): the Markdown parser and renderers (`markdown`), the mention
#   analysis and name check (`names`), the CSV reader (`csv`), the Korean Wikipedia drama list
#   and kpopnet readers (`kowiki`, `kpopnet`), the WordPress export reader (`wordpress`) and the
#   image header reader that checks uploads before anything decodes them (`image`);
# - the request-body decoders as the site installs them, the checks in front of Vapor's parsers
#   (Fuzz/Web, a package of its own built with `--sanitize fuzzer --sanitize address`, so Vapor
#   and multipart-kit are instrumented as well): `multipart`, `form` (URL-encoded bodies and
#   queries) and `json`. Its first build compiles Vapor, a few minutes.
# Each target runs for FUZZ_SECONDS (60) from the seeds in Fuzz/seeds/TARGET, keeping what it
# learns in .build/fuzz/corpus/TARGET. A crash, hang, leak or memory error is saved in
# .build/fuzz/findings/TARGET and fails the run; replay one with
# HALLYU_FUZZ_TARGET=TARGET BINARY FILE (the binary the run names).
# TARGETS (all) may name some: TARGETS="markdown multipart" Fuzz/fuzz.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
CORE_TARGETS="markdown names csv kowiki kpopnet wordpress image"
WEB_TARGETS="multipart form json"
TARGETS=${TARGETS:-$CORE_TARGETS $WEB_TARGETS}
[[ $SECONDS_EACH =~ ^[1-9][0-9]*$ ]] || { echo "FUZZ_SECONDS must be a positive whole number" >&2; exit 1; }
OUT=.build/fuzz
CORE_BIN=$OUT/hallyu-fuzz
WEB_SCRATCH=.build/fuzz-web
WEB_BIN=$WEB_SCRATCH/release/hallyu-web-fuzz
mkdir -p "$OUT"

wanted() { # TARGET-LIST: true when TARGETS names one of them
  for target in $TARGETS; do
    case " $1 " in *" $target "*) return 0 ;; esac
  done
  return 1
}

if wanted "$CORE_TARGETS"; then
  sources=$(find Sources/HallyuCore -name '*.swift' | sort)
  # shellcheck disable=SC2086
  if [ ! -x "$CORE_BIN" ] || [ -n "$(find $sources Fuzz/FuzzTargets.swift -newer "$CORE_BIN" | head -1)" ]; then
    echo "== building $CORE_BIN"
    rm -f "$CORE_BIN"
    # shellcheck disable=SC2086
    swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name HallyuFuzz $sources Fuzz/FuzzTargets.swift -o "$CORE_BIN" 2>&1 \
      | grep -v "Cannot export local symbol '__asan" || true
    [ -x "$CORE_BIN" ] || { echo "the fuzzing binary did not build" >&2; exit 1; }
  fi
fi
if wanted "$WEB_TARGETS"; then
  echo "== building $WEB_BIN (log: $OUT/web-build.log)"
  # SwiftPM hands swiftc its sanitizers as separate flags, of which swiftc keeps the last: the
  # one flag after them is what instruments the Swift code for coverage as well.
  if ! swift build --package-path Fuzz/Web --scratch-path "$WEB_SCRATCH" -c release --sanitize fuzzer --sanitize address \
    -Xswiftc -sanitize=fuzzer,address >"$OUT/web-build.log" 2>&1; then
    grep -E "error:" "$OUT/web-build.log" | head -10 >&2
    echo "the fuzzing binary of the request decoders did not build" >&2
    exit 1
  fi
fi

FAILED=0
for target in $TARGETS; do
  [ -d "Fuzz/seeds/$target" ] || { echo "no target $target (Fuzz/seeds/$target)" >&2; exit 1; }
  case " $WEB_TARGETS " in *" $target "*) BIN=$WEB_BIN ;; *) BIN=$CORE_BIN ;; esac
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
