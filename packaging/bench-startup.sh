#!/usr/bin/env bash
# Start-up benchmark: launch -> first window shown, for the packaged app and for a bare JavaFX
# hello-world (packaging/bench/) packaged by the same route (same JDK, same jpackage + jlink
# options, same runtime modules, same AppCDS training by packaging/linux/app-image.sh).
#
#   packaging/bench-startup.sh [runs]        (default 7 runs each, at least 5)
#
# Uses target/dist/XRayDesk if present, else builds it (./mvnw -Pdist -Ddist.appImageOnly package).
# Each launch runs with --smoke under one Xvfb server and -Dxraydesk.startupProbe=true, which makes
# the first window print "first-window-shown <epoch-ms>"; the time counted is from just before the
# launcher is exec'd to that stamp. One unmeasured warm-up launch each fills the file cache.
# Prints:
#   bench: startup-first-window <median> ms (runs: ...)
#   bench: startup-hello-world <median> ms (runs: ...)
#   bench: startup-ratio <x> (goal <= 1.25)
# Needs: JDK 17 with jpackage; Debian packages xvfb xauth libgtk-3-0.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-7}
[[ "$runs" =~ ^[0-9]+$ && "$runs" -ge 5 ]] || { echo "bench-startup.sh: runs must be a number >= 5" >&2; exit 2; }
fail() { echo "bench-startup.sh: $*" >&2; exit 1; }
command -v Xvfb >/dev/null || fail "Xvfb not found: apt-get install -y --no-install-recommends xvfb xauth libgtk-3-0"

app_image=target/dist/XRayDesk
if [[ ! -x "$app_image/bin/XRayDesk" ]]; then
  echo "bench-startup.sh: building the app-image"
  ./mvnw -B -q -Pdist -DskipTests -Ddist.appImageOnly package
fi

# The hello-world, packaged like the app: same JavaFX jars, same runtime modules (read back from the
# app's runtime), same script.
bench_dir=target/bench
rm -rf "$bench_dir"
mkdir -p "$bench_dir/classes" "$bench_dir/input"
javafx_jars=$(ls target/jpackage/javafx/*.jar | paste -sd:)
javac -d "$bench_dir/classes" --release 17 -cp "$javafx_jars" packaging/bench/io/xraydesk/bench/*.java
jar --create --file "$bench_dir/input/hello-world.jar" -C "$bench_dir/classes" .
modules=$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$app_image/lib/runtime/release" | tr ' ' ',')
[[ -n "$modules" ]] || fail "cannot read the runtime modules of $app_image"
packaging/linux/app-image.sh --name HelloWorld --input "$bench_dir/input" \
  --main-jar hello-world.jar --main-class io.xraydesk.bench.HelloWorldMain \
  --javafx target/jpackage/javafx --modules "$modules" --dest "$bench_dir" \
  --version 1.0 --vendor bench >/dev/null
hello_image="$bench_dir/HelloWorld"

display_number=90
while [[ -e "/tmp/.X11-unix/X$display_number" || -e "/tmp/.X$display_number-lock" ]]; do
  display_number=$((display_number + 1))
done
Xvfb ":$display_number" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
data_home=$(mktemp -d)
trap 'kill "$xvfb_pid" 2>/dev/null; rm -rf "$data_home"' EXIT
for _ in $(seq 50); do [[ -e "/tmp/.X11-unix/X$display_number" ]] && break; sleep 0.1; done
export DISPLAY=":$display_number" XRAYDESK_HOME="$data_home"

# Milliseconds from launch to the first window of one run of launcher $1.
time_first_window() {
  local launcher=$1 started output shown
  started=$(date +%s%3N)
  output=$(JAVA_TOOL_OPTIONS=-Dxraydesk.startupProbe=true timeout 60 "$launcher" --smoke 2>/dev/null) \
    || fail "$launcher --smoke failed"
  shown=$(sed -n 's/^first-window-shown \([0-9]*\)$/\1/p' <<<"$output")
  [[ -n "$shown" ]] || fail "$launcher printed no first-window-shown line"
  echo $((shown - started))
}

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

time_first_window "$app_image/bin/XRayDesk" >/dev/null
time_first_window "$hello_image/bin/HelloWorld" >/dev/null
app_times=() hello_times=()
for _ in $(seq "$runs"); do
  # Interleaved, so that a noisy neighbour on the machine weighs on both sides alike.
  app_times+=("$(time_first_window "$app_image/bin/XRayDesk")")
  hello_times+=("$(time_first_window "$hello_image/bin/HelloWorld")")
done

app_median=$(median "${app_times[@]}")
hello_median=$(median "${hello_times[@]}")
echo "bench: startup-first-window $app_median ms (runs: ${app_times[*]})"
echo "bench: startup-hello-world $hello_median ms (runs: ${hello_times[*]})"
echo "bench: startup-ratio $(awk -v a="$app_median" -v h="$hello_median" 'BEGIN { printf "%.2f", a / h }') (goal <= 1.25)"
