#!/usr/bin/env bash
# Makes the .deb's templates for the jpackage that builds it (packaging/linux/control, postinst, prerm into
# OUT_DIR, jpackage's --resource-dir). jpackage fills in the upper-case words; which ones it has changed
# between Java versions (Java 17's prerm has UTILITY_SCRIPTS, Java 25's COMMON_SCRIPTS and DESKTOP_SCRIPTS,
# the control file's version word changed too), so the parts that depend on them are taken from that
# jpackage's own templates: the helper lines before its scripts' "case" (in place of our line
# JPACKAGE_HELPERS) and its "Version:" line. finish-deb.sh fails if a word is left unfilled.
#
#   deb-templates.sh JDK_HOME OUT_DIR
set -euo pipefail
jdk=$1 out=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$jdk/bin/jimage" extract --dir "$work" \
  --include 'regex:.*/jdk/jpackage/internal/resources/template\.(postinst|prerm|control)' "$jdk/lib/modules"
own=$(find "$work" -type d -path '*/jdk/jpackage/internal/resources' | head -1)
[ -f "$own/template.prerm" ] && [ -f "$own/template.control" ] \
  || { echo "deb-templates: no jpackage templates in $jdk" >&2; exit 1; }

helpers() { # the placeholder lines (and jpackage's variables) before the "case" of jpackage's script $1
  sed -n '/^case "\$1" in/q; /^[A-Z][A-Z_]*[A-Z]$/p; /^package_type=/p' "$own/template.$1"
}
mkdir -p "$out"
for script in postinst prerm; do
  HELPERS=$(helpers "$script") awk '$0 == "JPACKAGE_HELPERS" { print ENVIRON["HELPERS"]; next } { print }' \
    "$here/$script" > "$out/$script"
done
version=$(grep -m1 '^Version: ' "$own/template.control")
awk -v v="$version" '/^Version: / { print v; next } { print }' "$here/control" > "$out/control"
