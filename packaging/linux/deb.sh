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

java_home=$(dirname "$(dirname "$(readlink -f "$(command -v jpackage)")")")
[[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jpackage" ]] && java_home=$JAVA_HOME

staged="$staging/$(basename "$image")"
rm -rf "$staging"
mkdir -p "$staging"
cp -a "$image" "$staged"
rm -f "$staged/lib/app/app.jsa"
"$java_home/bin/jpackage" --type deb --app-image "$staged" "$@"
rm -rf "$staging"
