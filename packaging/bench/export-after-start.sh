#!/usr/bin/env bash
# The first PDF export in the window after a start (org.kickoff.bench.ExportAfterStartBenchmark): fresh JVMs with
# the README's JVM options show the example, stay idle for a moment after the first frame, then export the
# summary as PDF; alternately with the PDF engine's warm-up off (the baseline) and on. Prints medians and the ratio.
#
#   packaging/bench/export-after-start.sh [--rounds N] [--idle MS] [--document brief|full] [--project FILE]
#
# Needs: Maven (the first run builds the test classes and the class path, offline).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
classpath=target/test-classes:target/classes:$(cat target/bench.classpath)
# the README's start command: the options of the first "java ... -jar target/kickoff.jar" after "mvn ... &&"
jvm=$(grep -m1 -E '^mvn .*&& java .*-jar target/kickoff\.jar$' README.md \
      | sed 's/.*&& java //; s/ *-jar target\/kickoff\.jar$//; s/-XX:SharedArchiveFile=[^ ]* *//') \
  || { echo "no start command (mvn ... && java ... -jar target/kickoff.jar) in README.md" >&2; exit 2; }
# shellcheck disable=SC2086
exec java $jvm -cp "$classpath" org.kickoff.bench.ExportAfterStartBenchmark "$@"
