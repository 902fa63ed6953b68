#!/usr/bin/env bash
# The whole site out and back as JSON. A benchmark newsroom of $POSTS articles with $COMMENTS
# readers' comments (`hallyu bench corpus`) is exported with `hallyu export json`, imported into
# an empty SQLite site with `hallyu import json`, and that site exported again; the two exports
# must be the same to the byte. With PG_URL set (postgres://…, an empty database), the export is
# also imported into PostgreSQL and exported from there. Each step prints its time and peak
# resident memory (GNU time). Needs a release build (`swift build -c release --product hallyu`).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HALLYU_BIN:-$PWD/.build/release/hallyu}
POSTS=${POSTS:-10000}
COMMENTS=${COMMENTS:-50000}
PG_URL=${PG_URL:-}
source Benchmarks/measure.sh
site() { export DATABASE_URL="$1" HALLYU_MEDIA_DIR="$WORK/$2-media"; }
# Every table's file and the media of two exports, compared byte for byte.
same() {
  (cd "$WORK/$1" && find . -type f ! -name manifest.json | sort | xargs sha256sum) >"$WORK/$1.sums"
  (cd "$WORK/$2" && find . -type f ! -name manifest.json | sort | xargs sha256sum) >"$WORK/$2.sums"
  if cmp -s "$WORK/$1.sums" "$WORK/$2.sums"; then echo "   $2 is $1 to the byte"; else
    diff "$WORK/$1.sums" "$WORK/$2.sums"
    exit 1
  fi
}

site "sqlite:$WORK/source.sqlite" source
measure corpus "$BIN" bench corpus --articles "$POSTS" --entities 2000 --comments "$COMMENTS"
measure export "$BIN" export json "$WORK/first"
echo "   $(du -sm "$WORK/first" | cut -f1) MB, $(wc -l <"$WORK/first/articles.jsonl") articles, $(wc -l <"$WORK/first/comments.jsonl") comments, $(cat "$WORK"/first/*.jsonl | wc -l) records"
site "sqlite:$WORK/copy.sqlite" copy
measure import "$BIN" import json "$WORK/first"
measure export-copy "$BIN" export json "$WORK/second"
same first second
[ -n "$PG_URL" ] || exit 0
site "$PG_URL" postgres
measure import-postgres "$BIN" import json "$WORK/first"
measure export-postgres "$BIN" export json "$WORK/third"
same first third
