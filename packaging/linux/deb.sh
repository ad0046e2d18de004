#!/usr/bin/env bash
# Builds the .deb from the app-image, in two steps:
#  1. jpackage --type deb packs the app-image into /opt/xray-desk and works out the package's
#     dependencies from the runtime's native libraries. The start-up archive is left out: it only
#     fits the build's paths (JDK 17), so the package's postinst makes a fresh one (see
#     jpackage-resources/postinst and make-start-archive.sh).
#  2. dpkg-deb unpacks that package and packs it again with the desktop integration as files of
#     the package: the menu entry in /usr/share/applications, naming its icon by name; the icon in
#     every hicolor size (icons/png, made by icons/generate.sh) and as SVG; the AppStream metadata.
#     The team's relay comes with it, for the server that runs it (docs/team.md): its systemd unit in
#     /usr/lib/systemd/system (systemd reads it there on merged-/usr systems and older ones alike; a
#     file under /lib would sit behind the /lib -> usr/lib link, which dpkg does not know), not enabled
#     (the postinst never enables or starts it: the relay needs /etc/xraydesk/relay.env first), and the
#     model of that file in /usr/share/doc/xray-desk/examples.
#     jpackage (JDK 17) cannot add files outside its install folder, and its own desktop
#     integration runs `xdg-desktop-menu install` in the postinst, which fails on desktops without
#     /usr/share/desktop-directories (MATE, i3, minimal images): so it is refused below.
#
# Usage: deb.sh <app-image-dir> <staging-dir> <jpackage options...>
#   The jpackage options get --type deb --app-image <staged copy> added in front; their --dest is
#   where the final .deb is written.
# Needs: a JDK 17's jpackage, fakeroot and dpkg-deb (Debian: fakeroot, dpkg).
set -euo pipefail
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2; exit 2; }
fail() { echo "deb.sh: $*" >&2; exit 1; }
[[ $# -ge 2 ]] || usage
image=$1
staging=$2
shift 2

here=$(cd "$(dirname "$0")" && pwd)
icons=$(cd "$here/../../icons" && pwd)
# Every hicolor size from 16 to 512 that icons/generate.sh draws (1024 is beyond the theme's sizes).
HICOLOR_SIZES=(16 24 32 48 64 128 256 512)
DESKTOP_ID=io.xraydesk.desk
ICON_NAME=xray-desk

dest=""
jpackage_options=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dest) [[ $# -ge 2 ]] || usage; dest=$2; shift 2 ;;
    --linux-shortcut|--icon|--file-associations)
      fail "$1 turns on jpackage's own desktop integration (xdg-desktop-menu in the postinst); the menu entry and icons are added by this script" ;;
    *) jpackage_options+=("$1"); shift ;;
  esac
done
[[ -n "$dest" ]] || fail "--dest is required"

# The build passes the JDK it runs on as JPACKAGE; run by hand, the jpackage on PATH.
jpackage_tool=${JPACKAGE:-$(command -v jpackage || true)}
[[ -x "$jpackage_tool" ]] || fail "jpackage not found: set JPACKAGE or put a JDK 17's bin on PATH"

staged="$staging/$(basename "$image")"
jpackage_out="$staging/jpackage-out"
root="$staging/root"
rm -rf "$staging"
mkdir -p "$staging" "$jpackage_out" "$dest"
cp -a "$image" "$staged"
rm -f "$staged/lib/app/app.jsa"
# jpackage's package is only unpacked again below: stored uncompressed (dpkg-deb reads this variable
# since dpkg 1.21.10; older ones compress anyway), so the image is compressed once, by the final pack.
DPKG_DEB_COMPRESSOR_TYPE=none \
  "$jpackage_tool" --type deb --app-image "$staged" --dest "$jpackage_out" "${jpackage_options[@]}"

built=("$jpackage_out"/*.deb)
[[ ${#built[@]} -eq 1 && -f "${built[0]}" ]] || fail "expected one .deb from jpackage in $jpackage_out"
deb_name=$(basename "${built[0]}")
dpkg-deb --raw-extract "${built[0]}" "$root"
rm -rf "$staged" "$jpackage_out"

desktop_file="$here/$DESKTOP_ID.desktop"
# The menu entry starts the launcher by absolute path: it must be where the package puts it.
launcher=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop_file")
[[ -n "$launcher" && -x "$root$launcher" ]] \
  || fail "the menu entry's Exec ($launcher) is not an executable of the package"

install -D -m 644 "$desktop_file" "$root/usr/share/applications/$DESKTOP_ID.desktop"
install -D -m 644 "$here/$DESKTOP_ID.metainfo.xml" "$root/usr/share/metainfo/$DESKTOP_ID.metainfo.xml"
for size in "${HICOLOR_SIZES[@]}"; do
  install -D -m 644 "$icons/png/$ICON_NAME-$size.png" \
    "$root/usr/share/icons/hicolor/${size}x${size}/apps/$ICON_NAME.png"
done
install -D -m 644 "$icons/$ICON_NAME.svg" "$root/usr/share/icons/hicolor/scalable/apps/$ICON_NAME.svg"
# The unit starts the relay from the package's launcher: it must be where the package puts it.
relay_unit="$here/xraydesk-relay.service"
relay_launcher=$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$relay_unit")
[[ -n "$relay_launcher" && -x "$root$relay_launcher" ]] \
  || fail "the relay unit's ExecStart ($relay_launcher) is not an executable of the package"
install -D -m 644 "$relay_unit" "$root/usr/lib/systemd/system/xraydesk-relay.service"
install -D -m 644 "$here/xraydesk-relay.env.example" \
  "$root/usr/share/doc/xray-desk/examples/xraydesk-relay.env.example"
# install -D makes parent folders by the builder's umask; a package's folders are 755.
find "$root/usr" -type d -exec chmod 755 {} +

# The control data describes what is now in the package: its size (what apt shows before
# installing) and the checksums `dpkg --verify` compares against.
installed_kib=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $installed_kib/" "$root/DEBIAN/control"
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) \
  >"$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/md5sums"

# gzip, not dpkg-deb's default xz: the payload is mostly compressed already (jlink --compress=2,
# jars), so xz saves only ~5 % (63 against 66 MB) for ten times the CPU time; every dpkg reads gzip.
# Earlier versions' packages go, so that target/dist holds the one .deb that was just built.
rm -f "$dest/${deb_name%%_*}"_*.deb
dpkg-deb --root-owner-group -Zgzip --build "$root" "$dest/$deb_name"
rm -rf "$staging"
