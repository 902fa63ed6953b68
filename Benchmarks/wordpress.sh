#!/usr/bin/env bash
# Moving in and out at scale, on SQLite. A benchmark newsroom of $POSTS articles with $COMMENTS
# readers' comments (`hallyu bench corpus`) is exported in WordPress's format; the export is
# imported into an empty site, then imported again (nothing to add). With BIG_MB set (say 1024),
# the export is then repeated under new post and comment ids until it weighs that many megabytes,
# imported into another empty site, and that site exported. Each step prints its time and peak
# resident memory (GNU time). Needs a release build (`swift build -c release --product hallyu`).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HALLYU_BIN:-$PWD/.build/release/hallyu}
POSTS=${POSTS:-10000}
COMMENTS=${COMMENTS:-50000}
BIG_MB=${BIG_MB:-0}
source Benchmarks/measure.sh
site() { export DATABASE_URL="sqlite:$WORK/$1.sqlite" HALLYU_MEDIA_DIR="$WORK/$1-media"; }

site source
measure corpus "$BIN" bench corpus --articles "$POSTS" --entities 2000 --comments "$COMMENTS"
measure export "$BIN" export wordpress "$WORK/site.xml"
echo "   $(du -m "$WORK/site.xml" | cut -f1) MB, $(grep -c '<item>' "$WORK/site.xml") items, $(grep -c '<wp:comment>' "$WORK/site.xml") comments"
site copy
measure import "$BIN" import wordpress "$WORK/site.xml" --report "$WORK/import-report.md"
grep -E "^  (posts|comments|old addresses)" "$WORK/import-report.md"
measure import-again "$BIN" import wordpress "$WORK/site.xml" --report "$WORK/again-report.md"
grep -E "^  (posts|comments)" "$WORK/again-report.md"
[ "$BIG_MB" -gt 0 ] || exit 0

# The export again and again under new ids: post k of copy r is post k + r·10⁶, its comments
# are shifted by r·10⁷, and its slug ends in -r.
SIZE=$(stat -c %s "$WORK/site.xml")
COPIES=$(((BIG_MB * 1048576 + SIZE - 1) / SIZE))
{
  sed '/^<\/channel>/,$d' "$WORK/site.xml"
  for copy in $(seq 1 $((COPIES - 1))); do
    awk -v copy="$copy" '
      function shift(line, tag, by,   start, rest, n) {
        start = index(line, "<" tag ">")
        if (start == 0) return line
        rest = substr(line, start + length(tag) + 2)
        n = rest + 0
        if (n == 0) return line
        return substr(line, 1, start + length(tag) + 1) (n + by) substr(rest, length(n "") + 1)
      }
      /^\t<item>$/ { inside = 1 }
      inside {
        line = shift($0, "wp:post_id", copy * 1000000)
        line = shift(line, "wp:comment_id", copy * 10000000)
        line = shift(line, "wp:comment_parent", copy * 10000000)
        sub(/\]\]><\/wp:post_name>/, "-r" copy "]]></wp:post_name>", line)
        if (line ~ /\/articles\//) sub(/<\/link>/, "-r" copy "</link>", line)
        print line
      }
      /^\t<\/item>$/ { inside = 0 }
    ' "$WORK/site.xml"
  done
  printf '</channel>\n</rss>\n'
} >"$WORK/big.xml"
rm -f "$WORK"/source.sqlite* "$WORK"/copy.sqlite*
echo "   big export: $(du -m "$WORK/big.xml" | cut -f1) MB, $(grep -c '<item>' "$WORK/big.xml") items, $(grep -c '<wp:comment>' "$WORK/big.xml") comments"
site big
measure import-big "$BIN" import wordpress "$WORK/big.xml" --report "$WORK/big-report.md"
grep -E "^  (posts|comments|old addresses)" "$WORK/big-report.md"
measure export-big "$BIN" export wordpress "$WORK/big-out.xml"
echo "   $(du -m "$WORK/big-out.xml" | cut -f1) MB"
