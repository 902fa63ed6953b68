#!/usr/bin/env bash
# Times the resized copies of a 12-megapixel photo as an upload makes them: the same `vips`
# runs as Sources/HallyuApp/Images/VariantMaker.swift and VipsTool.swift (one thread each,
# one at a time): WebP and JPEG at 320, 640, 828, 1080, 1280 and 1920 pixels wide and the 1200×630
# card crop. The photo is made here from generated pixels (4000×3000, noise in three channels,
# JPEG quality 85, about 5 MB). Needs vips (Debian: libvips-tools). RUNS (5) repeats it.
set -euo pipefail
command -v vips >/dev/null || { echo "vips is not installed (apt-get install libvips-tools)" >&2; exit 1; }
RUNS=${RUNS:-5}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
cd "$DIR"
for mean in 90 128 160; do vips gaussnoise "n$mean.v" 4000 3000 --mean "$mean" --sigma 50; done
vips bandjoin "n90.v n128.v n160.v" rgb.v
vips copy rgb.v photo.jpg[Q=85]
echo "== $(vipsheader photo.jpg), $(stat -c %s photo.jpg) bytes; vips $(vips --version); $(nproc) cores"
export VIPS_CONCURRENCY=1 VIPS_BLOCK_UNTRUSTED=1
thumb() { vips thumbnail photo.jpg "$1" "$2" --size down --fail-on truncated --height "${3:-10000000}" ${4:+--crop centre}; }
for run in $(seq "$RUNS"); do
  start=$(date +%s.%N)
  for width in 320 640 828 1080 1280 1920; do
    thumb "w$width.webp[Q=75,strip]" "$width"
    thumb "w$width.jpg[Q=80,strip,optimize_coding,interlace]" "$width"
  done
  thumb "social.jpg[Q=82,strip,optimize_coding,background=255]" 1200 630 crop
  end=$(date +%s.%N)
  awk -v run="$run" -v start="$start" -v end="$end" 'BEGIN { printf "run %d: %.2f s\n", run, end - start }'
done
echo "== bytes: original $(stat -c %s photo.jpg); copies: $(for f in w*.webp w*.jpg social.jpg; do printf '%s %s  ' "$f" "$(stat -c %s "$f")"; done)"
