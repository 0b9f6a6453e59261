#!/usr/bin/env bash
# Interaction benchmark: drives the real Kickoff window (org.kickoff.bench.InteractionBenchmark) and prints,
# per interaction, the median and 95th percentile from the input event to the rendered frame that shows the
# complete result; for the built-in questionnaire with the example project and for a generated one of 2,000
# questions. Each size runs in a JVM of its own, with the JVM options of the README's start (the class-data
# archive left out: it only fits target/kickoff.jar). src/site/markdown/interactions.md has the method and
# the figures.
#
#   packaging/bench/interactions.sh [--size builtin|generated|both] [--xvfb] [--jfr DIR] [--jvm 'OPTIONS']
#                                   [-- BENCHMARK ARGUMENTS]
#
#   --size   which questionnaire (default both)
#   --xvfb   in a virtual X display with GTK (an Xvfb the script starts); without it the benchmark runs in
#            $DISPLAY when that is set, else headless with Monocle
#   --jfr    records each run with Java Flight Recorder into DIR (profile settings); then e.g.
#            jfr print --events jdk.ExecutionSample DIR/builtin.jfr | grep -A3 'JavaFX Application Thread'
#   --jvm    JVM options instead of the README's
#   after --: --samples N (default 30), --warmup N (default 5), --only open,keystroke,option,toggle,undo,
#            summary,language (interactions whose name starts so)
#
# Needs: Maven (the first run builds the test classes and the class path, offline) and for --xvfb, Xvfb.
set -euo pipefail
cd "$(dirname "$0")/../.."

size=both xvfb= jfr= jvm= bench_args=()
usage="usage: $0 [--size builtin|generated|both] [--xvfb] [--jfr DIR] [--jvm 'OPTIONS'] [-- BENCHMARK ARGUMENTS]"
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=$2; shift 2 ;;
    --xvfb) xvfb=yes; shift ;;
    --jfr) jfr=$2; shift 2 ;;
    --jvm) jvm=$2; shift 2 ;;
    --) shift; bench_args=("$@"); break ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
case "$size" in builtin) sizes=(builtin) ;; generated) sizes=(generated) ;; both) sizes=(builtin generated) ;;
  *) echo "$usage" >&2; exit 2 ;; esac

mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
classpath=target/test-classes:target/classes:$(cat target/bench.classpath)

if [ -z "$jvm" ]; then
  # the README's start command: the options of the first "java ... -jar target/kickoff.jar" after "mvn ... &&"
  jvm=$(grep -m1 -E '^mvn .*&& java .*-jar target/kickoff\.jar$' README.md \
        | sed 's/.*&& java //; s/ *-jar target\/kickoff\.jar$//; s/-XX:SharedArchiveFile=[^ ]* *//') \
    || { echo "no start command (mvn ... && java ... -jar target/kickoff.jar) in README.md" >&2; exit 2; }
fi

xpid=
cleanup() { [ -n "$xpid" ] && kill "$xpid" 2>/dev/null; return 0; }
trap cleanup EXIT
if [ -n "$xvfb" ]; then
  command -v Xvfb >/dev/null || { echo "--xvfb needs Xvfb (apt-get install xvfb)" >&2; exit 2; }
  d=90
  while [ -e /tmp/.X$d-lock ] || [ -e /tmp/.X11-unix/X$d ]; do d=$((d + 1)); done
  Xvfb :$d -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  xpid=$!
  for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done
  export DISPLAY=:$d
fi

for s in "${sizes[@]}"; do
  recording=()
  if [ -n "$jfr" ]; then
    mkdir -p "$jfr"
    recording=("-XX:StartFlightRecording=filename=$jfr/$s.jfr,settings=profile")
  fi
  # shellcheck disable=SC2086
  java $jvm ${recording[@]+"${recording[@]}"} -cp "$classpath" org.kickoff.bench.InteractionBenchmark \
    --size "$s" ${bench_args[@]+"${bench_args[@]}"}
  echo
done
