#!/usr/bin/env bash
# Builds the .deb from the app-image, minus its start-up archive: that archive only fits the
# build's paths (JDK 17), so the package's postinst makes a fresh one in /opt/xray-desk instead
# (see jpackage-resources/postinst and make-start-archive.sh).
#
# Usage: deb.sh <app-image-dir> <staging-dir> <jpackage options...>
#   The jpackage options get --type deb --app-image <staged copy> added in front.
set -euo pipefail
[[ $# -ge 2 ]] || { sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2; exit 2; }
image=$1
staging=$2
shift 2

# The build passes the JDK it runs on as JPACKAGE; run by hand, the jpackage on PATH.
jpackage_tool=${JPACKAGE:-$(command -v jpackage || true)}
[[ -x "$jpackage_tool" ]] || { echo "$(basename "$0"): jpackage not found: set JPACKAGE or put a JDK 17's bin on PATH" >&2; exit 1; }

staged="$staging/$(basename "$image")"
rm -rf "$staging"
mkdir -p "$staging"
cp -a "$image" "$staged"
rm -f "$staged/lib/app/app.jsa"
"$jpackage_tool" --type deb --app-image "$staged" "$@"
rm -rf "$staging"
