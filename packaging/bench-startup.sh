#!/usr/bin/env bash
# Start-up benchmark: launch -> first usable screen of the packaged app, against a bare JavaFX window
# with one text field (packaging/bench/) packaged by the same route (same JDK, same jpackage + jlink
# options, same runtime modules, same start-up cache training by packaging/linux/app-image.sh).
#
#   packaging/bench-startup.sh [runs]        (default 7 runs each, at least 5)
#   AOT_JDK=/usr/lib/jvm/temurin-25-jdk-amd64 packaging/bench-startup.sh [runs]
#
# Uses target/dist/XRayDesk if present, else builds it (./mvnw -Pdist -Ddist.appImageOnly package).
# With AOT_JDK (a JDK 25 or later) the same jars are packaged a second time with that JDK's jpackage
# and its ahead-of-time cache (app-image.sh --start-cache aot), and both routes are measured in the
# same run, their launches interleaved.
#
# Each launch runs with --smoke under one Xvfb server and -Dxraydesk.startupProbe=true: the app
# prints "usable-screen-shown <epoch-ms> <screen>" in the first pulse that lays out a screen with an
# editable text field and its data (the dashboard's first rows), and exits. The time counted is from just before the launcher is exec'd to
# that stamp. Two cases of the app:
#   sign-in    a data folder used before, no profile remembered: the sign-in form;
#   dashboard  a data folder whose sandbox demo profile is remembered (token in the keychain), with
#              40 companies known: the app signs in on its own (embedded sandbox started,
#              credentials checked) and shows the dashboard with its first rows.
# The whole run sits in its own D-Bus session with an unlocked gnome-keyring, as on a desktop.
# One unmeasured warm-up launch each fills the file cache.
# Prints, per route ("" for the JDK 17 route, "aot25-" for the other):
#   bench: <route>startup-sign-in <median> ms (...)
#   bench: <route>startup-dashboard <median> ms (...)
#   bench: <route>startup-hello-world <median> ms (...)
#   bench: <route>startup-sign-in-ratio <x> / startup-dashboard-ratio <x> (goal <= 1.2 and < 450 ms)
# and the load average before and after.
# Needs: JDK 17 with jpackage; Debian packages xvfb xauth libgtk-3-0 gnome-keyring dbus-x11.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-7}
[[ "$runs" =~ ^[0-9]+$ && "$runs" -ge 5 ]] || { echo "bench-startup.sh: runs must be a number >= 5" >&2; exit 2; }
fail() { echo "bench-startup.sh: $*" >&2; exit 1; }
command -v Xvfb >/dev/null || fail "Xvfb not found: apt-get install -y --no-install-recommends xvfb xauth libgtk-3-0"
command -v gnome-keyring-daemon >/dev/null && command -v dbus-run-session >/dev/null \
  || fail "no keychain to remember a profile in: apt-get install -y --no-install-recommends gnome-keyring dbus-x11"

# The rest runs in a D-Bus session of its own, where a throwaway keyring holds the remembered token.
if [[ -z "${BENCH_STARTUP_SESSION:-}" ]]; then
  keyring_data=$(mktemp -d)
  status=0
  BENCH_STARTUP_SESSION=1 XDG_DATA_HOME="$keyring_data" dbus-run-session -- "$0" "$@" || status=$?
  rm -rf "$keyring_data"
  exit "$status"
fi
echo -n bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null

app_image=target/dist/XRayDesk
if [[ ! -x "$app_image/bin/XRayDesk" ]]; then
  echo "bench-startup.sh: building the app-image"
  ./mvnw -B -q -Pdist -DskipTests -Ddist.appImageOnly package
fi

bench_dir=target/bench
rm -rf "$bench_dir"
mkdir -p "$bench_dir/hello-classes" "$bench_dir/input"
javafx_jars=$(ls target/jpackage/javafx/*.jar | paste -sd:)
app_jars=$(ls target/jpackage/input/*.jar | paste -sd:)
javac -d "$bench_dir/hello-classes" --release 17 -cp "$javafx_jars" packaging/bench/io/xraydesk/bench/HelloWorld*.java
jar --create --file "$bench_dir/input/hello-world.jar" -C "$bench_dir/hello-classes" .
modules=$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$app_image/lib/runtime/release" | tr ' ' ',')
[[ -n "$modules" ]] || fail "cannot read the runtime modules of $app_image"
# The app's jar comes first on the launcher's class path.
main_jar=$(sed -n 's/^app\.classpath=\$APPDIR\///p' "$app_image/lib/app/XRayDesk.cfg" | head -1)
main_class=$(sed -n 's/^app\.mainclass=//p' "$app_image/lib/app/XRayDesk.cfg")

# package <route-dir> <jpackage> <start-cache> <name> <input> <main-jar> <main-class>
package() {
  JPACKAGE=$2 packaging/linux/app-image.sh --name "$4" --input "$5" --main-jar "$6" --main-class "$7" \
    --javafx target/jpackage/javafx --modules "$modules" --dest "$1" --version 1.0 --vendor bench \
    --start-cache "$3" >/dev/null
}

routes=(jdk17)
package "$bench_dir/jdk17" "$(command -v jpackage)" cds HelloWorld "$bench_dir/input" hello-world.jar \
  io.xraydesk.bench.HelloWorldMain
declare -A app_of=([jdk17]="$app_image/bin/XRayDesk") hello_of=([jdk17]="$bench_dir/jdk17/HelloWorld/bin/HelloWorld")
declare -A prefix_of=([jdk17]="" [aot25]="aot25-")
if [[ -n "${AOT_JDK:-}" ]]; then
  [[ -x "$AOT_JDK/bin/jpackage" ]] || fail "AOT_JDK=$AOT_JDK has no bin/jpackage"
  routes+=(aot25)
  package "$bench_dir/aot25" "$AOT_JDK/bin/jpackage" aot XRayDesk target/jpackage/input "$main_jar" "$main_class"
  package "$bench_dir/aot25" "$AOT_JDK/bin/jpackage" aot HelloWorld "$bench_dir/input" hello-world.jar \
    io.xraydesk.bench.HelloWorldMain
  app_of[aot25]="$bench_dir/aot25/XRayDesk/bin/XRayDesk"
  hello_of[aot25]="$bench_dir/aot25/HelloWorld/bin/HelloWorld"
fi

display_number=90
while [[ -e "/tmp/.X11-unix/X$display_number" || -e "/tmp/.X$display_number-lock" ]]; do
  display_number=$((display_number + 1))
done
Xvfb ":$display_number" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sign_in_home=$(mktemp -d)
dashboard_home=$(mktemp -d)
trap 'kill "$xvfb_pid" 2>/dev/null; rm -rf "$sign_in_home" "$dashboard_home"' EXIT
for _ in $(seq 50); do [[ -e "/tmp/.X11-unix/X$display_number" ]] && break; sleep 0.1; done
export DISPLAY=":$display_number"

# The dashboard case's data folder: the sandbox demo profile remembered, as after one sign-in with
# "Remember me", and 40 companies known (written by the app's own store classes).
XRAYDESK_HOME="$dashboard_home" java -cp "$app_jars" packaging/linux/training/SignedInDataFolder.java 40

# Milliseconds from launch to the first usable screen of one run: launcher $1, data folder $2,
# expected screen $3 (the title key the app prints; "hello" for the bare window). A launch that fails
# or shows another screen prints "failed" (said on stderr, counted, left out of the medians): on a
# machine this loaded, the keychain's D-Bus calls sometimes time out.
time_usable() {
  local launcher=$1 home=$2 screen=$3 started output line
  started=$(date +%s%3N)
  if ! output=$(XRAYDESK_HOME="$home" JAVA_TOOL_OPTIONS=-Dxraydesk.startupProbe=true timeout 60 "$launcher" --smoke \
      2>/dev/null); then
    echo "bench-startup.sh: $launcher --smoke failed (data folder $home)" >&2
    echo failed
    return
  fi
  line=$(grep '^usable-screen-shown ' <<<"$output" || true)
  if [[ "$(cut -d' ' -f3 <<<"$line")" != "$screen" ]]; then
    echo "bench-startup.sh: $launcher showed '$line', expected $screen" >&2
    echo failed
    return
  fi
  echo $(($(cut -d' ' -f2 <<<"$line") - started))
}

median() { printf '%s\n' "$@" | grep -v failed | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

load_before=$(load)
declare -A times
for route in "${routes[@]}"; do
  time_usable "${app_of[$route]}" "$sign_in_home" signin.title >/dev/null
  time_usable "${app_of[$route]}" "$dashboard_home" dashboard.title >/dev/null
  time_usable "${hello_of[$route]}" "$sign_in_home" hello >/dev/null
done
for _ in $(seq "$runs"); do
  # Interleaved, so that a noisy neighbour on the machine weighs on every side alike.
  for route in "${routes[@]}"; do
    times["$route sign-in"]+=" $(time_usable "${app_of[$route]}" "$sign_in_home" signin.title)"
    times["$route dashboard"]+=" $(time_usable "${app_of[$route]}" "$dashboard_home" dashboard.title)"
    times["$route hello-world"]+=" $(time_usable "${hello_of[$route]}" "$sign_in_home" hello)"
  done
done

echo "bench: startup load average before $load_before, after $(load) (2 cores shared; figures are medians of $runs)"
for route in "${routes[@]}"; do
  prefix=${prefix_of[$route]}
  declare -A medians=()
  for case in sign-in dashboard hello-world; do
    # shellcheck disable=SC2086 # the runs are a space-separated list
    medians[$case]=$(median ${times["$route $case"]})
    echo "bench: ${prefix}startup-$case ${medians[$case]} ms (route $route; runs:${times["$route $case"]})"
  done
  for case in sign-in dashboard; do
    echo "bench: ${prefix}startup-$case-ratio $(awk -v a="${medians[$case]}" -v h="${medians[hello-world]}" \
      'BEGIN { printf "%.2f", a / h }') (route $route; goal <= 1.2 and < 450 ms)"
  done
done
