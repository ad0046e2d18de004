#!/usr/bin/env bash
# The start-up class list's second training run (called by app-image.sh, route cds): the app-image's
# launcher started the way an analyst who signed in before starts it. The sandbox's demo profile is
# remembered, its token in a keychain, and 40 companies are known locally (training/
# SignedInDataFolder.java); the app signs in on its own (keychain read, embedded sandbox started, the
# token checked in the background) and --smoke exits once the dashboard shows its first rows. The classes it
# loads are written to the class list given, which app-image.sh adds to the sign-in form's.
#
# The keychain is gnome-keyring on a D-Bus session of its own, its keyring in a throwaway folder
# (Debian: apt-get install -y --no-install-recommends gnome-keyring dbus-x11). The run needs an X
# display like the first one (xvfb-run). It fails when the app shows anything but the dashboard.
#
# Usage: train-signed-in.sh <app-image-dir> <launcher-name> <class-list> <log>
#   JAVA: a JDK's java, to run SignedInDataFolder.java in source-file mode (default: java on PATH)
set -euo pipefail

[[ $# -eq 4 ]] || { sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2; exit 2; }
image=$1 name=$2 class_list=$3 log=$4
fail() { echo "train-signed-in.sh: $*" >&2; exit 1; }

if [[ -z "${TRAIN_SIGNED_IN_SESSION:-}" ]]; then
  command -v gnome-keyring-daemon >/dev/null && command -v dbus-run-session >/dev/null \
    || fail "no keychain for the signed-in training run:
  apt-get install -y --no-install-recommends gnome-keyring dbus-x11"
  session_home=$(mktemp -d)
  trap 'rm -rf "$session_home"' EXIT
  mkdir -m 700 "$session_home/data" "$session_home/runtime"
  # Everything said in the session, the D-Bus daemon's chatter included, goes to the log; shown on failure.
  TRAIN_SIGNED_IN_SESSION=1 XDG_DATA_HOME="$session_home/data" XDG_RUNTIME_DIR="$session_home/runtime" \
    dbus-run-session -- "$0" "$@" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
  exit
fi

# In the D-Bus session: a throwaway login keyring, created unlocked (its password protects nothing).
echo -n training | gnome-keyring-daemon --unlock --components=secrets >/dev/null
data_home=$(mktemp -d)
trap 'rm -rf "$data_home"' EXIT
XRAYDESK_HOME="$data_home" "${JAVA:-java}" -cp "$image/lib/app/*" "$(dirname "$0")/training/SignedInDataFolder.java" 40 \
  || fail "could not prepare the signed-in data folder"
probe="$data_home/probe.out"
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$class_list -Dxraydesk.startupProbe=true" XRAYDESK_HOME="$data_home" \
  xvfb-run -a -s "-screen 0 1440x900x24 -nolisten tcp" timeout 180 "$image/bin/$name" --smoke | tee "$probe" \
  || fail "the signed-in training run failed"
grep -q '^usable-screen-shown [0-9]* dashboard\.title$' "$probe" || fail "the signed-in training run did not end on the dashboard"
