#!/usr/bin/env bash
# Checks that the build is reproducible: builds target/kickoff.jar twice from the same commit, each time in
# a fresh copy of it (git archive) at a different path, with a different time zone, locale and umask, and
# compares the two jars byte for byte. Prints their SHA-256; on a difference, the entries that differ.
#
#   packaging/reproducible.sh [COMMIT] [-- MAVEN_OPTIONS...]     (COMMIT defaults to HEAD; e.g. -- -o)
#
# Needs git, Maven and a JDK; about two normal builds' time (the tests and the class-data archive are
# skipped: neither is part of the jar).
set -euo pipefail
commit=HEAD
if [ $# -gt 0 ] && [ "$1" != "--" ]; then commit=$1; shift; fi
[ "${1:-}" = "--" ] && shift
cd "$(git rev-parse --show-toplevel)"
id=$(git rev-parse --short "$commit")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build() { # build NUMBER FOLDER TZ LANG UMASK [MAVEN_OPTIONS...]
  local n=$1 dir=$2 tz=$3 lang=$4 mask=$5
  shift 5
  mkdir -p "$dir"
  git archive "$commit" | tar -x -C "$dir"
  echo "build $n of $id in $dir (TZ=$tz, LANG=$lang, umask $mask)" >&2
  (cd "$dir" && umask "$mask" && TZ=$tz LANG=$lang LC_ALL=$lang mvn -B -q -DskipTests -Dcds.skip=true package "$@" >"$work/build-$n.log" 2>&1) \
    || { echo "build $n failed; its log:" >&2; tail -40 "$work/build-$n.log" >&2; exit 2; }
  cp "$dir/target/kickoff.jar" "$work/kickoff-$n.jar"
}

build 1 "$work/one/kickoff" UTC C.UTF-8 022 "$@"
build 2 "$work/second build/somewhere else/kickoff" Pacific/Auckland de_DE.UTF-8 077 "$@"

sha256sum "$work/kickoff-1.jar" "$work/kickoff-2.jar" | sed "s|$work/||"
if cmp -s "$work/kickoff-1.jar" "$work/kickoff-2.jar"; then
  echo "reproducible: the two builds of $id made the same kickoff.jar ($(stat -c %s "$work/kickoff-1.jar") bytes)"
else
  echo "NOT reproducible: the two builds of $id differ; entries (size, date, time, CRC, name) that are not the same:"
  diff <(unzip -v "$work/kickoff-1.jar" | awk 'NR > 3 && $8 != "" {print $1, $5, $6, $7, $8}' | sort -k5) \
       <(unzip -v "$work/kickoff-2.jar" | awk 'NR > 3 && $8 != "" {print $1, $5, $6, $7, $8}' | sort -k5) | head -40 || true
  exit 1
fi
