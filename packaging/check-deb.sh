#!/usr/bin/env bash
# Installs the .deb on this machine as a user would, starts the app from its menu entry, purges the
# package and checks that nothing of it is left.
#
#   packaging/check-deb.sh [path/to/xray-desk_<version>-1_amd64.deb]
#
# Without a path it builds the .deb first (./mvnw -B -q -Pdist -DskipTests package).
#  1. Sets /usr/share/desktop-directories aside if there is one (restored on exit): MATE, i3 and
#     minimal images have none, and that is where jpackage's default `xdg-desktop-menu install`
#     failed the configuration.
#  2. `apt-get install -y <deb>`: the package must end up installed and configured, its files as
#     its md5sums say (dpkg --verify).
#  3. The menu entry: exactly one in /usr/share/applications, valid (desktop-file-validate), its Icon
#     a theme name shipped in every hicolor size from 16 to 512 (each PNG that size) and as SVG, and
#     the icon theme's cache refreshed (by dpkg's triggers, not by the package's scripts).
#  3b. The relay's systemd unit: installed as /usr/lib/systemd/system/xraydesk-relay.service with its
#     env model in /usr/share/doc/xray-desk/examples, its ExecStart an installed program, and not
#     enabled (no link to it under /etc/systemd/system, and `systemctl is-enabled` says so where
#     systemd runs): a workstation never starts the relay by itself.
#  4. Runs the entry's Exec line with --smoke under xvfb-run; like CI's app-image check, the class
#     loading log must show the start-up archive that the postinst made being used.
#  5. `apt-get purge -y`, then: every file `dpkg -L` listed is gone, every listed folder too unless
#     another package owns it or it existed before the install, the install folder is gone whole
#     (files the scripts made included), the icon cache no longer names the icon.
#
# Needs root (it installs and purges the package xray-desk, and refuses to start if that package is
# already on the machine) and the Debian packages
#   xvfb xauth libgtk-3-0 desktop-file-utils gtk-update-icon-cache
set -euo pipefail
[[ $# -le 1 ]] || { sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2; exit 2; }
# A path given is read from where the script was called; apt-get takes a local package only as a
# path with a slash in it: an absolute one serves both.
deb=""
if [[ $# -eq 1 ]]; then
  deb=$(realpath -e -- "$1") || { echo "check-deb.sh: FAILED - no such file: $1" >&2; exit 1; }
fi
cd "$(dirname "$0")/.."

PACKAGE=xray-desk
ICON_SIZES=(16 24 32 48 64 128 256 512)
DESKTOP_DIRECTORIES=/usr/share/desktop-directories
ICON_CACHE=/usr/share/icons/hicolor/icon-theme.cache

fail() { echo "check-deb.sh: FAILED - $*" >&2; exit 1; }
say() { echo "check-deb.sh: $*"; }

[[ $(id -u) -eq 0 ]] || fail "needs root: it installs and purges the package $PACKAGE"
for tool in xvfb-run desktop-file-validate gtk-update-icon-cache; do
  command -v "$tool" >/dev/null || fail "$tool not found:
  apt-get install -y --no-install-recommends xvfb xauth libgtk-3-0 desktop-file-utils gtk-update-icon-cache"
done

# Empty, or dpkg's state word for the package ("installed", "half-configured", "config-files", ...).
package_state() {
  local state
  state=$(dpkg-query -W -f='${db:Status-Status}' "$PACKAGE" 2>/dev/null) || true
  [[ $state == not-installed ]] && state=""
  echo "$state"
}
[[ -z $(package_state) ]] \
  || fail "$PACKAGE is already on this machine ($(package_state)); purge it first: apt-get purge $PACKAGE"

if [[ -z $deb ]]; then
  say "building the .deb (./mvnw -B -q -Pdist -DskipTests package)"
  ./mvnw -B -q -Pdist -DskipTests package
  built=(target/dist/"$PACKAGE"_*_amd64.deb)
  [[ ${#built[@]} -eq 1 && -f ${built[0]} ]] || fail "expected one target/dist/${PACKAGE}_*_amd64.deb"
  deb=$(realpath "${built[0]}")
fi
[[ $(dpkg-deb -f "$deb" Package) == "$PACKAGE" ]] || fail "$deb is not the $PACKAGE package"

work=$(mktemp -d)
aside=""
apt_ran=false
purge_quietly() { apt-get purge -y -o DPkg::Lock::Timeout=300 "$PACKAGE" >/dev/null 2>&1; }
cleanup() {
  local status=$?
  if [[ -n $aside ]]; then
    mv "$aside" "$DESKTOP_DIRECTORIES" || echo "check-deb.sh: could not restore $DESKTOP_DIRECTORIES from $aside" >&2
  fi
  # A failed run leaves no package behind, so that the next run (and the machine) starts clean. A
  # package whose prerm runs xdg-desktop-menu (jpackage's default) cannot even be removed without a
  # menu folder: one is lent to it for the purge.
  if $apt_ran && [[ -n $(package_state) ]] && ! purge_quietly; then
    if [[ ! -e $DESKTOP_DIRECTORIES ]] && mkdir "$DESKTOP_DIRECTORIES"; then
      purge_quietly || true
      rm -rf "$DESKTOP_DIRECTORIES"
    fi
    [[ -z $(package_state) ]] || echo "check-deb.sh: could not purge $PACKAGE after the failure" >&2
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

# --- 1. a desktop without a menu-directories folder -------------------------------------------------
if [[ -e $DESKTOP_DIRECTORIES ]]; then
  [[ ! -e $DESKTOP_DIRECTORIES.check-deb ]] \
    || fail "$DESKTOP_DIRECTORIES.check-deb exists (an interrupted run?): move it back to $DESKTOP_DIRECTORIES first"
  mv "$DESKTOP_DIRECTORIES" "$DESKTOP_DIRECTORIES.check-deb"
  aside=$DESKTOP_DIRECTORIES.check-deb
  say "set $DESKTOP_DIRECTORIES aside for the run (as on MATE, i3 and minimal images)"
fi

# The package's paths that already exist: folders such as /opt belong to no package, and dpkg
# rightly leaves them in place on removal.
dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\./|/|; s|/$||' | grep -v '^\.\?$' \
  | while IFS= read -r path; do if [[ -e $path ]]; then echo "$path"; fi; done >"$work/existing-before"

# --- 2. install ---------------------------------------------------------------------------------
started=$SECONDS
apt_ran=true
# The lock timeout waits out another apt or dpkg run on the machine instead of failing at once.
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -o DPkg::Lock::Timeout=300 "$deb" \
    >"$work/install.log" 2>&1; then
  cat "$work/install.log" >&2
  fail "apt-get install $deb failed (state: $(package_state))"
fi
[[ $(package_state) == installed ]] || { cat "$work/install.log" >&2; fail "$PACKAGE is $(package_state) after apt-get install"; }
say "installed in $((SECONDS - started)) s: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg -L "$PACKAGE" >"$work/files"
# Every file as the package's md5sums say (deb.sh rewrites them after adding the desktop files).
verify_output=$(dpkg --verify "$PACKAGE" 2>&1) || true
[[ -z $verify_output ]] || fail "dpkg --verify $PACKAGE: $verify_output"

# --- 3. menu entry and icons ---------------------------------------------------------------------
mapfile -t entries < <(grep -E '^/usr/share/applications/[^/]+\.desktop$' "$work/files" || true)
[[ ${#entries[@]} -eq 1 ]] || fail "expected one menu entry in /usr/share/applications, the package has ${#entries[@]}"
entry=${entries[0]}
desktop-file-validate "$entry" || fail "$entry is not a valid desktop entry (messages above)"

# The value of a key of the entry's [Desktop Entry] group (other groups, e.g. actions, have their own).
entry_value() {
  awk -v key="$1" '
    /^\[/ { group = $0; next }
    group == "[Desktop Entry]" && index($0, key "=") == 1 { print substr($0, length(key) + 2); exit }
  ' "$entry"
}

icon=$(entry_value Icon)
[[ -n $icon && $icon != */* ]] || fail "$entry names its icon by path ('$icon'), not by theme name"
# Width and height from a PNG's IHDR chunk (big-endian, bytes 16-23).
png_size() {
  local b
  read -ra b < <(od -An -tu1 -j16 -N8 "$1")
  echo "$(( (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3] ))x$(( (b[4] << 24) | (b[5] << 16) | (b[6] << 8) | b[7] ))"
}
for size in "${ICON_SIZES[@]}"; do
  png=/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png
  grep -qxF "$png" "$work/files" || fail "the package has no $png"
  [[ $(od -An -c -j1 -N3 "$png" | tr -d ' ') == PNG ]] || fail "$png is not a PNG"
  [[ $(png_size "$png") == "${size}x${size}" ]] || fail "$png is $(png_size "$png"), not ${size}x${size}"
done
svg=/usr/share/icons/hicolor/scalable/apps/$icon.svg
grep -qxF "$svg" "$work/files" || fail "the package has no $svg"
grep -q '<svg' "$svg" || fail "$svg is not an SVG"
[[ -f $ICON_CACHE ]] && grep -qaF "$icon" "$ICON_CACHE" \
  || fail "the hicolor icon cache does not name '$icon' after the install (hicolor-icon-theme's trigger)"
say "menu entry $entry valid; icon '$icon' in ${#ICON_SIZES[@]} sizes and SVG, in the icon cache"

# --- 3b. the relay's unit, installed and not enabled -------------------------------------------
RELAY_UNIT=/usr/lib/systemd/system/xraydesk-relay.service
RELAY_ENV=/usr/share/doc/xray-desk/examples/xraydesk-relay.env.example
grep -qxF "$RELAY_UNIT" "$work/files" || fail "the package has no $RELAY_UNIT"
grep -qxF "$RELAY_ENV" "$work/files" || fail "the package has no $RELAY_ENV"
relay_exec=$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$RELAY_UNIT")
[[ -n $relay_exec && -x $relay_exec ]] || fail "the relay unit's ExecStart ($relay_exec) is not an installed program"
grep -q '^WantedBy=multi-user.target' "$RELAY_UNIT" || fail "$RELAY_UNIT cannot be enabled (no WantedBy)"
enabled_links=$(find /etc/systemd/system -name xraydesk-relay.service 2>/dev/null || true)
[[ -z $enabled_links ]] || fail "the install enabled the relay: $enabled_links"
if [[ -d /run/systemd/system ]]; then
  relay_state=$(systemctl is-enabled xraydesk-relay.service 2>/dev/null || true)
  [[ $relay_state == disabled ]] || fail "systemctl is-enabled xraydesk-relay says '$relay_state', not disabled"
fi
say "relay unit $RELAY_UNIT installed (ExecStart $relay_exec), not enabled; env model $RELAY_ENV"

# --- 4. start from the menu entry ----------------------------------------------------------------
exec_line=$(entry_value Exec)
# Only plain words are split here. Quoting and escapes (allowed by the desktop entry spec) stop the
# check rather than be half-parsed; %f %F %u %U stand for the files or URLs opened, none here.
[[ $exec_line != *[\"\'\\\`\$]* ]] || fail "cannot parse the quoting of Exec=$exec_line"
read -ra argv <<<"$exec_line"
command_line=()
for word in "${argv[@]}"; do
  case "$word" in
    %f|%F|%u|%U) ;;
    *%*) fail "unsupported field code in Exec=$exec_line" ;;
    *) command_line+=("$word") ;;
  esac
done
# The spec allows a program name looked up on PATH as well as an absolute path.
[[ ${#command_line[@]} -ge 1 ]] && program=$(command -v "${command_line[0]}") && [[ -x $program ]] \
  || fail "Exec=$exec_line does not start an installed program"

smoke_home="$work/home"
smoke_status=0
started=$SECONDS
# As CI's app-image check: the class-loading log shows whether the start-up archive (made here by the
# postinst) was used, since a path mismatch is silent. XRAYDESK_HOME keeps the data out of $HOME.
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/class-load.log" \
XRAYDESK_HOME="$smoke_home" xvfb-run -a -s "-screen 0 1440x900x24 -nolisten tcp" \
  timeout 90 "${command_line[@]}" --smoke >"$work/smoke.log" 2>&1 || smoke_status=$?
if [[ $smoke_status -ne 0 ]]; then
  cat "$work/smoke.log" >&2
  [[ $smoke_status -eq 124 ]] && fail "the installed app did not start and exit within 90 s (--smoke)"
  fail "the installed app exited with status $smoke_status on --smoke"
fi
grep -q 'io.xraydesk.Main source: shared objects file' "$work/class-load.log" \
  || fail "the installed app ignores the start-up archive its postinst made"
say "started from the menu entry (Exec=$exec_line --smoke) in $((SECONDS - started)) s, with its start-up archive"

# --- 5. purge and look for leftovers ---------------------------------------------------------------
# The app-image the entry starts: <install folder>/bin/<launcher>.
install_dir=$(dirname "$(dirname "$(realpath "$program")")")
started=$SECONDS
if ! DEBIAN_FRONTEND=noninteractive apt-get purge -y -o DPkg::Lock::Timeout=300 "$PACKAGE" \
    >"$work/purge.log" 2>&1; then
  cat "$work/purge.log" >&2
  fail "apt-get purge $PACKAGE failed"
fi
[[ -z $(package_state) ]] || fail "$PACKAGE is $(package_state) after apt-get purge"

leftovers=()
while IFS= read -r path; do
  [[ $path == /. ]] && continue
  [[ -e $path || -L $path ]] || continue
  # A folder, or a link to one (/lib on merged-/usr systems), that was there before or is another
  # package's stays.
  if [[ -d $path ]]; then
    grep -qxF "$path" "$work/existing-before" && continue
    dpkg-query -S "$path" >/dev/null 2>&1 && continue
  fi
  leftovers+=("$path")
done <"$work/files"
[[ ${#leftovers[@]} -eq 0 ]] || fail "left on disk after the purge: ${leftovers[*]}"
[[ ! -e $install_dir ]] || fail "$install_dir is left after the purge: $(find "$install_dir" | head -20 | tr '\n' ' ')"
if grep -qaF "$icon" "$ICON_CACHE"; then fail "the hicolor icon cache still names '$icon' after the purge"; fi
say "purged in $((SECONDS - started)) s: none of the $(wc -l <"$work/files") paths it installed is left, nor $install_dir"
