#!/usr/bin/env bash
# Checks the built .deb with Debian's own tools (releasing.md says when): lintian must report no error but
# dir-or-file-in-opt (Kickoff installs into /opt/kickoff-wizard, see the README); the desktop entry and the MIME
# type that the package installs must pass desktop-file-validate and xmllint.
#
#   packaging/linux/check-deb.sh [target/installer/kickoff-wizard_*.deb]
# Needs lintian, desktop-file-utils and libxml2-utils (apt-get install lintian desktop-file-utils libxml2-utils).
set -euo pipefail
deb=${1:-$(ls target/installer/kickoff-wizard_*.deb | head -1)}
package=$(dpkg-deb -f "$deb" Package)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

lintian --tag-display-limit 0 "$deb" > "$work/lintian.txt" 2>&1 || true
grep -v '^running with root privileges' "$work/lintian.txt" | grep -v ' dir-or-file-in-opt ' || true
echo "lintian: $(grep -c ' dir-or-file-in-opt ' "$work/lintian.txt") x dir-or-file-in-opt (expected: Kickoff is in /opt)"
errors=$(grep '^E: ' "$work/lintian.txt" | grep -vc ' dir-or-file-in-opt ' || true)

dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work"/root/opt/"$package"/lib/*.desktop && echo "desktop-file-validate: the desktop entry is valid"
xmllint --noout "$work/root/opt/$package/lib/kickoff-project.xml" && echo "xmllint: the MIME type is well-formed"

if [ "$errors" -gt 0 ]; then
  echo "FAILED: lintian reports $errors error(s) besides dir-or-file-in-opt" >&2
  exit 1
fi
echo "ok: $deb"
