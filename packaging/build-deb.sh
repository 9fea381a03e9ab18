#!/bin/sh
# Builds deadlined_VERSION_ARCH.deb in .build/deb/ and checks it with lintian (no error, no
# warning). `make deb` runs it after the release build, `make man` and `make completions`.
#   sh packaging/build-deb.sh VERSION
# The build tree, .build/deb/deadlined-VERSION/, is a copy of what the package is made of:
# packaging/debian/ as debian/, the changelog written for VERSION, and the built files in built/.
set -eu
version=$1
repo=$(cd "$(dirname "$0")/.." && pwd)
out=$repo/.build/deb
tree=$out/deadlined-$version

rm -rf "$out"
mkdir -p "$tree/built/release"
cp -R "$repo/packaging/debian" "$tree/debian"
cp -R "$repo/systemd" "$repo/Config" "$repo/README.md" "$tree/"
cp "$repo/.build/release/deadlined" "$tree/built/release/"
cp -R "$repo/.build/man" "$repo/.build/completions" "$tree/built/"

# The version is written once, in Sources/deadlined/Version.swift; the changelog is made from it,
# dated by the last commit so that two builds of one commit are the same.
maintainer=$(sed -n 's/^Maintainer: //p' "$tree/debian/control")
date=$(git -C "$repo" log -1 --format=%aD 2>/dev/null || date -R)
cat > "$tree/debian/changelog" <<CHANGELOG
deadlined ($version) unstable; urgency=medium

  * Release $version.

 -- $maintainer  $date
CHANGELOG

(cd "$tree" && dpkg-buildpackage --build=binary --no-sign)
lintian --fail-on error,warning --info "$out"/deadlined_"$version"_*.changes
echo "built: $(ls "$out"/deadlined_"$version"_*.deb)"
