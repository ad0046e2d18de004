#!/bin/sh
# Writes the app's start-up class-data archive, lib/app/app.jsa, from the class list recorded by a
# training run (lib/app/classes.lst). Shipped inside the app-image as lib/make-start-archive.sh.
#
# On JDK 17 an AppCDS archive is only valid for the exact class-path locations it was made with, so
# it is made where the app lives: at build time in the app-image, and again by the .deb's postinst
# in /opt/xray-desk. It needs no display: it only loads the listed classes.
#
# Usage: make-start-archive.sh <app-image-dir> <launcher-name>
set -eu

image=$1
name=$2
app_dir="$image/lib/app"
config="$app_dir/$name.cfg"

# The class path exactly as the launcher passes it: its configuration's app.classpath entries, in
# order, with $APPDIR expanded.
class_path=$(sed -n 's/^app\.classpath=//p' "$config" | sed "s|^\\\$APPDIR|$app_dir|" | paste -sd: -)
[ -n "$class_path" ] || { echo "make-start-archive.sh: no class path in $config" >&2; exit 1; }

"$image/lib/runtime/bin/java" -Xshare:dump \
  -XX:SharedClassListFile="$app_dir/classes.lst" \
  -XX:SharedArchiveFile="$app_dir/app.jsa" \
  -cp "$class_path" >"$app_dir/app.jsa.log" 2>&1 \
  || { cat "$app_dir/app.jsa.log" >&2; echo "make-start-archive.sh: dump failed" >&2; exit 1; }
rm -f "$app_dir/app.jsa.log"
