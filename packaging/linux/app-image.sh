#!/usr/bin/env bash
# Builds a Linux jpackage app-image with a start-up class-data archive (AppCDS), the same way for
# the product (called by `./mvnw -Pdist package`) and for the start-up benchmark's hello-world, so
# that both are measured on equal terms.
#
# Route: JavaFX (modular platform jars) linked into a trimmed runtime through --module-path; the
# application and its other libraries stay on the class path. A training run of the launcher
# records the classes the app loads until its --smoke run exits (lib/app/classes.lst); the shipped
# lib/make-start-archive.sh turns that list into a class-data archive, lib/app/app.jsa, which the
# launcher maps at start. The runtime keeps bin/java for that step (the .deb reruns it on install,
# since on JDK 17 an archive only fits the paths it was made at); other native commands are removed.
#
# --start-cache aot (optional route, JDK 25 or later as JPACKAGE's JDK): the training run writes a
# JDK 25 ahead-of-time cache instead (JEP 483/514/515: classes loaded and linked, method profiles;
# -XX:AOTCacheOutput), lib/app/app.aot, which the launcher maps with -XX:AOTCache. Like the class
# list's archive it only fits the paths it was trained at, and it cannot be remade on install without
# a display, so the .deb stays on the default route (cds).
#
# The training run opens the first window, so it needs an X display: it runs under xvfb-run
# (Debian: apt-get install -y --no-install-recommends xvfb xauth libgtk-3-0). If it fails, this
# script fails: an image is never shipped silently without its archive.
#
# Usage: app-image.sh --name N --input DIR --main-jar JAR --main-class CLASS --javafx DIR
#                     --modules M1,M2 --dest DIR --version V --vendor V [--icon PNG]
#                     [--description TEXT] [--start-cache cds|aot] [--java-options "OPT OPT…"]
#                     [--more-training SCRIPT]
#
# --java-options: the app's JVM options (the build passes pom.xml's app.javaOptions), given to the
# launcher as they are and to the training run with them, so that the start-up cache is trained as
# the app runs.
#
# --more-training (route cds): a second training run, for the screens a fresh data folder never
# reaches. The script is called as SCRIPT <image> <launcher-name> <class-list> <log> with JAVA set to
# JPACKAGE's JDK's java; the classes of its run are added to the first run's list. The build passes
# train-signed-in.sh: the app started by an analyst who signed in before, up to the dashboard's rows.
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2; exit 2; }

name="" input="" main_jar="" main_class="" javafx="" modules="" dest="" version="" vendor=""
icon="" description="" start_cache=cds java_options="" more_training=""
while [[ $# -gt 0 ]]; do
  [[ $# -ge 2 ]] || usage
  case "$1" in
    --name) name=$2 ;;
    --input) input=$2 ;;
    --main-jar) main_jar=$2 ;;
    --main-class) main_class=$2 ;;
    --javafx) javafx=$2 ;;
    --modules) modules=$2 ;;
    --dest) dest=$2 ;;
    --version) version=$2 ;;
    --vendor) vendor=$2 ;;
    --icon) icon=$2 ;;
    --description) description=$2 ;;
    --start-cache) start_cache=$2 ;;
    --java-options) java_options=$2 ;;
    --more-training) more_training=$2 ;;
    *) usage ;;
  esac
  shift 2
done
for required in name input main_jar main_class javafx modules dest version vendor; do
  [[ -n "${!required}" ]] || { echo "app-image.sh: --${required//_/-} is required" >&2; usage; }
done

fail() { echo "app-image.sh: $*" >&2; exit 1; }
[[ "$start_cache" == cds || "$start_cache" == aot ]] || fail "--start-cache is cds or aot, not $start_cache"
# An ahead-of-time cache is written by one training run: there is no list to add a second run's to.
[[ -z "$more_training" || "$start_cache" == cds ]] || fail "--more-training needs --start-cache cds"
command -v xvfb-run >/dev/null || fail "xvfb-run not found; the start-up training run needs it:
  apt-get install -y --no-install-recommends xvfb xauth libgtk-3-0"

# The build passes the JDK it runs on as JPACKAGE; run by hand, the jpackage on PATH.
jpackage_tool=${JPACKAGE:-$(command -v jpackage || true)}
[[ -x "$jpackage_tool" ]] || { echo "$(basename "$0"): jpackage not found: set JPACKAGE or put a JDK 17's bin on PATH" >&2; exit 1; }

image="$dest/$name"
rm -rf "$image"
mkdir -p "$dest"

optional=()
[[ -n "$icon" ]] && optional+=(--icon "$icon")
[[ -n "$description" ]] && optional+=(--description "$description")
[[ -n "$java_options" ]] && optional+=(--java-options "$java_options")

jlink_options="--strip-debug --no-man-pages --no-header-files --compress=2"
# With jdk.localedata (French dates and numbers), only the app's languages are kept of it.
[[ ",$modules," == *,jdk.localedata,* ]] && jlink_options+=" --include-locales=en,fr"

echo "app-image.sh: jpackage app-image $image"
"$jpackage_tool" --type app-image --dest "$dest" --name "$name" \
  --app-version "$version" --vendor "$vendor" \
  --input "$input" --main-jar "$main_jar" --main-class "$main_class" \
  --module-path "$javafx" --add-modules "$modules" \
  --jlink-options "$jlink_options" \
  "${optional[@]}"

find "$image/lib/runtime/bin" -mindepth 1 ! -name java -delete
cp "$(dirname "$0")/make-start-archive.sh" "$image/lib/make-start-archive.sh"

class_list="$image/lib/app/classes.lst"
config="$image/lib/app/$name.cfg"
training_home=$(mktemp -d)
trap 'rm -rf "$training_home"' EXIT

# The launcher itself is trained, so the list (or cache) reflects exactly how it starts the app.
# JAVA_TOOL_OPTIONS reaches the JVM the launcher starts; XRAYDESK_HOME keeps the run's data out of
# the builder's home.
if [[ "$start_cache" == aot ]]; then
  training_options="-XX:AOTCacheOutput=$image/lib/app/app.aot"
  launch_options=('java-options=-XX:AOTCache=$APPDIR/app.aot')
else
  training_options="-XX:DumpLoadedClassList=$class_list"
  launch_options=('java-options=-Xshare:auto' 'java-options=-XX:SharedArchiveFile=$APPDIR/app.jsa')
fi
echo "app-image.sh: training run for the start-up $start_cache cache (xvfb-run, --smoke)"
if ! JAVA_TOOL_OPTIONS="$training_options" XRAYDESK_HOME="$training_home" \
    xvfb-run -a -s "-screen 0 1440x900x24 -nolisten tcp" timeout 180 "$image/bin/$name" --smoke \
    >"$dest/$name-training.log" 2>&1; then
  cat "$dest/$name-training.log" >&2
  fail "the training run failed (log above); no image without its start-up cache"
fi
if [[ "$start_cache" == aot ]]; then
  [[ -s "$image/lib/app/app.aot" ]] || { cat "$dest/$name-training.log" >&2; fail "the training run wrote no app.aot"; }
else
  [[ -s "$class_list" ]] || { cat "$dest/$name-training.log" >&2; fail "the training run wrote no $class_list"; }
  if [[ -n "$more_training" ]]; then
    echo "app-image.sh: second training run ($(basename "$more_training"))"
    JAVA="$(dirname "$jpackage_tool")/java" "$more_training" "$image" "$name" "$training_home/more.lst" \
      "$dest/$name-more-training.log" || fail "the second training run failed; no image without its start-up cache"
    # Each class once, in the order first loaded: the sign-in form's, then those only the second run loaded.
    awk '!seen[$0]++' "$class_list" "$training_home/more.lst" >"$training_home/all.lst"
    mv "$training_home/all.lst" "$class_list"
  fi
  "$image/lib/make-start-archive.sh" "$image" "$name" || fail "no class-data archive made"
fi

# The options are appended, so [JavaOptions] must be the configuration's last section.
[[ "$(grep '^\[' "$config" | tail -1)" == "[JavaOptions]" ]] \
  || fail "unexpected launcher configuration in $config: [JavaOptions] is not its last section"
printf '%s\n' "${launch_options[@]}" >>"$config"
cache_file="$image/lib/app/app.$([[ "$start_cache" == aot ]] && echo aot || echo jsa)"
echo "app-image.sh: $image ready ($(du -sh "$image" | cut -f1), start-up cache $(du -h "$cache_file" | cut -f1))"
