#!/usr/bin/env bash
# Makes jpackage's .deb one that Debian's tools accept, in place. jpackage installs everything under
# /opt/PACKAGE (/opt/kickoff-wizard); Debian also wants, and jpackage cannot make:
#   - /usr/share/doc/PACKAGE/copyright in the machine-readable format (COPYRIGHT, made by the build from the
#     third-party notice; jpackage puts the plain LICENSE into /opt/PACKAGE/share/doc instead),
#   - /usr/share/doc/PACKAGE/changelog.Debian.gz (packaging/linux/changelog),
#   - the lintian overrides for what Kickoff ships as its upstreams built it (packaging/linux/lintian-overrides,
#     and the JDK's libraries with their own copy of zlib and the like, found with readelf),
#   - DEBIAN/md5sums, no empty maintainer scripts, no executable shared libraries, each dependency once.
# It also links /usr/bin/kickoff to the launcher, so that "kickoff validate ..." works from any shell (the
# command keeps Kickoff's name; the package's name is another, see packaging/jpackage/linux-installer.args),
# and fails if a word of jpackage's templates was left unfilled (packaging/linux/deb-templates.sh).
#
#   finish-deb.sh DEB COPYRIGHT
set -euo pipefail
deb=$1 copyright=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root

dpkg-deb -R "$deb" "$root"
package=$(sed -n 's/^Package: //p' "$root/DEBIAN/control")
doc=$root/usr/share/doc/$package

rm -rf "$root/opt/$package/share"
install -d -m 0755 "$doc" "$root/usr/share/lintian/overrides" "$root/usr/bin"
install -m 0644 "$copyright" "$doc/copyright"
gzip -9n < "$here/changelog" > "$doc/changelog.Debian.gz"
chmod 0644 "$doc/changelog.Debian.gz"
install -m 0644 "$here/lintian-overrides" "$root/usr/share/lintian/overrides/$package"
# The JDK's own libraries are made with their own copy of zlib, libjpeg, Little CMS and FreeType by most JDK
# builds outside Linux distributions (Eclipse Temurin among them), and linked to the system's by Debian's
# OpenJDK: an override, with that reason, for each library of this runtime that needs no system copy. Kickoff
# ships the runtime as its upstream built it; the notices are in lib/runtime/legal.
runtime=opt/$package/lib/runtime/lib
for entry in libzip.so:libz.so:zlib libjli.so:libz.so:zlib libsplashscreen.so:libz.so:zlib \
             libsplashscreen.so:libjpeg.so:libjpeg libjavajpeg.so:libjpeg.so:libjpeg liblcms.so:liblcms2.so:lcms2 \
             libfreetype.so:libfreetype.so:freetype; do
  IFS=: read -r file system copy <<< "$entry"
  if [ -f "$root/$runtime/$file" ] && ! readelf -d "$root/$runtime/$file" | grep -q "(NEEDED).*\[$system"; then
    [ -n "${bundled:-}" ] || printf '# %s\n' "The Java runtime's own copies of libraries (finish-deb.sh)" \
      >> "$root/usr/share/lintian/overrides/$package"
    bundled=yes
    echo "$package: embedded-library $copy [$runtime/$file]" >> "$root/usr/share/lintian/overrides/$package"
  fi
done
ln -s "/opt/$package/bin/Kickoff" "$root/usr/bin/kickoff"

# a placeholder that this jpackage does not know stays as it is, and would fail in a script or the control file
for file in control preinst postinst prerm postrm; do
  if [ -f "$root/DEBIAN/$file" ] && grep -nE '^[A-Z][A-Z_]*_[A-Z_]*[A-Z]$|: *[A-Z]+_[A-Z_]+$' "$root/DEBIAN/$file"; then
    echo "finish-deb: DEBIAN/$file has words jpackage did not fill in (above)" >&2
    exit 1
  fi
done

# the changelog's newest entry is this package's version
version=$(sed -n 's/^Version: //p' "$root/DEBIAN/control")
head -1 "$here/changelog" | grep -q "^$package ($version) " \
  || { echo "finish-deb: packaging/linux/changelog has no entry for $version at its top" >&2; exit 1; }

# jpackage's preinst and postrm do nothing but check their argument; lintian warns about such scripts
does_nothing() { # only comments, "set -e", "exit", and a case over "$1" whose branches do nothing
  ! grep -vE '^\s*(#.*)?$|^\s*set -e\s*$|^\s*exit [01]\s*$|^\s*case "\$1" in\s*$|^\s*esac\s*$|^\s*;;\s*$|^\s*[a-z|*-]+\)\s*$|called with unknown argument' "$1" \
    | grep -q .
}
for script in preinst postrm; do
  if [ -f "$root/DEBIAN/$script" ] && does_nothing "$root/DEBIAN/$script"; then
    rm "$root/DEBIAN/$script"
  fi
done

find "$root" -path "$root/DEBIAN" -prune -o -type f -name '*.so' -exec chmod 0644 {} +
find "$root" -path "$root/DEBIAN" -prune -o -type d -exec chmod 0755 {} +

# each dependency once: jpackage adds the ones it finds to those the build names (libgtk-3-0)
depends=$(sed -n 's/^Depends: //p' "$root/DEBIAN/control" | tr ',' '\n' | sed 's/^ *//; s/ *$//' | awk 'NF && !seen[$0]++' \
  | paste -sd, - | sed 's/,/, /g')
# Installed-Size in KiB as dpkg-gencontrol counts it: each file rounded up to a KiB, each link one
size=$(find "$root" -path "$root/DEBIAN" -prune -o \( -type f -printf '%s\n' \) -o \( -type l -printf '1\n' \) \
  | awk '{ total += int(($1 + 1023) / 1024) } END { print total }')
sed -i -e "s/^Depends: .*/Depends: $depends/" -e "s/^Installed-Size: .*/Installed-Size: $size/" "$root/DEBIAN/control"

(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) \
  > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/md5sums"

dpkg-deb --root-owner-group --build "$root" "$work/out.deb" >/dev/null
mv "$work/out.deb" "$deb"
echo "finish-deb: $deb ($(du -h "$deb" | cut -f1))"
