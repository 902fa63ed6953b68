# Sourced by the moving-in-and-out scripts: a scratch folder removed on exit, quiet logs, and
# `measure LABEL COMMAND…`, which runs the command with its output in a log and prints
# "== LABEL: S s, peak K KB" from GNU time (the log in full if it fails).
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export LOG_LEVEL=warning

measure() {
  local label=$1
  shift
  if ! /usr/bin/time -f "== $label: %e s, peak %M KB" "$@" >"$WORK/$label.log" 2>&1; then
    cat "$WORK/$label.log"
    exit 1
  fi
  tail -1 "$WORK/$label.log"
}
