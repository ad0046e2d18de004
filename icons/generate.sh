#!/usr/bin/env bash
# Regenerates every raster form of the app icon from the two SVG sources:
#   xray-desk-small.svg  -> 16 and 24 px (a cut with fewer, pixel-aligned shapes)
#   xray-desk.svg        -> 32 px and up
# Outputs (all committed, so that a build needs none of these tools):
#   icons/png/xray-desk-<size>.png         16 24 32 48 64 128 256 512 1024 (16-512 are the .deb's hicolor icons)
#   icons/xray-desk.ico                    Windows, 16-256 in one file
#   icons/xray-desk.icns                   macOS
#   packaging/linux/xray-desk.png          the Linux app-image's launcher icon (256 px)
#   src/main/resources/io/xraydesk/ui/icons/app-<size>.png   16-256, the window icons
# Needs (Debian): apt-get install -y --no-install-recommends librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"

# Debian's ImageMagick; a different `convert` may come first on PATH.
IM_CONVERT=/usr/bin/convert
for tool in rsvg-convert png2icns "$IM_CONVERT"; do
  command -v "$tool" >/dev/null || {
    echo "generate.sh: '$tool' is missing; install librsvg2-bin imagemagick icnsutils" >&2
    exit 1
  }
done

SMALL_SIZES=(16 24)
LARGE_SIZES=(32 48 64 128 256 512 1024)
WINDOW_SIZES=(16 24 32 48 64 128 256)
ICO_SIZES=(16 24 32 48 64 128 256)
ICNS_SIZES=(16 32 48 128 256 512 1024)

mkdir -p png ../packaging/linux ../src/main/resources/io/xraydesk/ui/icons

for size in "${SMALL_SIZES[@]}"; do
  rsvg-convert -w "$size" -h "$size" xray-desk-small.svg -o "png/xray-desk-$size.png"
done
for size in "${LARGE_SIZES[@]}"; do
  rsvg-convert -w "$size" -h "$size" xray-desk.svg -o "png/xray-desk-$size.png"
done

ico_inputs=()
for size in "${ICO_SIZES[@]}"; do ico_inputs+=("png/xray-desk-$size.png"); done
# No timestamps in the file, so that regenerating leaves git with nothing to commit.
"$IM_CONVERT" "${ico_inputs[@]}" +set date:create +set date:modify xray-desk.ico

icns_inputs=()
for size in "${ICNS_SIZES[@]}"; do icns_inputs+=("png/xray-desk-$size.png"); done
png2icns xray-desk.icns "${icns_inputs[@]}" >/dev/null

cp png/xray-desk-256.png ../packaging/linux/xray-desk.png
for size in "${WINDOW_SIZES[@]}"; do
  cp "png/xray-desk-$size.png" "../src/main/resources/io/xraydesk/ui/icons/app-$size.png"
done

echo "generate.sh: icons written"
