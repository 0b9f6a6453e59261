#!/usr/bin/env bash
# Start-up benchmark: time from process start to the first rendered frame of Kickoff's main window with the
# example project open, against a bare JavaFX window with one label (the baseline), and the peak memory
# (RSS) of each. Runs the candidates alternately, N times each, and prints medians and ratios, and the
# targets of issue 16: the packaged launcher's first frame at most 0.8x the baseline's, the README's start
# at most 1.3x; the peak RSS of each at most 1.2x. src/site/markdown/startup.md has the figures.
#
#   packaging/bench/startup.sh [-n RUNS] [--no-image] [--image NAME=DIR]... [--try 'NAME=JVM OPTIONS']...
#                              [--try-jar 'NAME=JVM OPTIONS']...
#   (--no-image leaves out the packaged launcher)
#
#   baseline  java -cp target/test-classes:target/kickoff.jar org.kickoff.app.BareWindow   (a plain JVM start)
#   jar       the README's command (its "java ..." after "mvn ... &&") with example.kickoff: as users start it
#   image     target/app-image/Kickoff/bin/Kickoff example.kickoff (the packaged launcher)
#   and, to show where the difference comes from (no targets):
#   jar-plain      java -jar target/kickoff.jar example.kickoff, without the README's options
#   baseline-opts  the baseline with the README's options (the class-data archive then only holds JavaFX's
#                  classes for it, as the bare window has no others)
#   --image   another application image, started by its launcher like "image": an earlier build, or one
#             made with -Dpackage.jdk=$JAVA_HOME (Java 17 and its class-data archive), e.g.
#             --image 'java17=/tmp/Kickoff' (an image built elsewhere needs its archive made anew there)
#   --try     the image's runtime and class path with these JVM options and no others ($APPDIR is lib/app), to
#             choose the launcher's options; e.g. --try 'c1=-XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$APPDIR/kickoff.jsa'.
#             An ahead-of-time cache serves only the options it was trained with (see train.sh): to try
#             others with it, train an image with them.
#   --try-jar java -jar target/kickoff.jar with these JVM options, to choose the README's; e.g.
#             --try-jar 'xmn8=-XX:SharedArchiveFile=target/kickoff.jsa -XX:TieredStopAtLevel=1 -Xmn8m'
#
# Needs: mvn -q -DskipTests package (and for "image" mvn -Ppackage -DskipTests package), /usr/bin/time,
# and a display: $DISPLAY, or an Xvfb that the script starts. Each run gets its own settings folder, so
# the user's settings are never touched; the project is a copy of the example.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=10 image=target/app-image/Kickoff launcher=yes tries=() jar_tries=() images=()
usage="usage: $0 [-n RUNS] [--no-image] [--image NAME=DIR]... [--try 'NAME=JVM OPTIONS']... [--try-jar 'NAME=JVM OPTIONS']..."
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs=$2; shift 2 ;;
    --no-image) launcher=; shift ;;
    --image) images+=("$2"); shift 2 ;;
    --try) tries+=("$2"); shift 2 ;;
    --try-jar) jar_tries+=("$2"); shift 2 ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
[ -f target/kickoff.jar ] && [ -f target/test-classes/org/kickoff/app/BareWindow.class ] \
  || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
if [ -n "$image" ] && [ ! -x "$image/bin/Kickoff" ]; then
  echo "no $image (mvn -Ppackage -DskipTests package); measuring without it" >&2
  image=
fi
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

work=$(mktemp -d)
xvfb=
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "no DISPLAY and no Xvfb (apt-get install xvfb)" >&2; exit 2; }
  d=90
  while [ -e /tmp/.X$d-lock ] || [ -e /tmp/.X11-unix/X$d ]; do d=$((d + 1)); done
  Xvfb :$d -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done
  export DISPLAY=:$d
fi

probe=(-Dkickoff.startupProbe=true -Dkickoff.exitAfterFirstFrame=true)
# the README's start command: the first "java ... target/kickoff.jar" after "mvn ... &&"
readme=$(grep -m1 -E '^mvn .*&& java .*-jar target/kickoff\.jar$' README.md | sed 's/.*&& java //; s/ *-jar target\/kickoff\.jar$//') \
  || { echo "no start command (mvn ... && java ... -jar target/kickoff.jar) in README.md" >&2; exit 2; }
read -r -a readme_opts <<< "$readme"
names=(baseline jar jar-plain baseline-opts)
[ -n "$image" ] && [ -n "$launcher" ] && names+=(image)
for t in ${tries[@]+"${tries[@]}"}; do
  [ -n "$image" ] || { echo "--try needs the application image" >&2; exit 2; }
  names+=("${t%%=*}")
done
for t in ${jar_tries[@]+"${jar_tries[@]}"} ${images[@]+"${images[@]}"}; do names+=("${t%%=*}"); done
for t in ${images[@]+"${images[@]}"}; do
  [ -x "${t#*=}/bin/Kickoff" ] || { echo "--image $t: no bin/Kickoff there" >&2; exit 2; }
done
# the value after "NAME=" of the first of the lists given that has NAME
valueOf() { local name=$1 t; shift; for t in "$@"; do [ "${t%%=*}" = "$name" ] && { echo "${t#*=}"; return 0; }; done; return 1; }
# what an image starts from: its runtime's Java version and the cache its launcher names
describe() {
  local cfg=$1/lib/app/Kickoff.cfg version
  version=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$1/lib/runtime/release")
  if grep -q '^java-options=-XX:AOTCache=' "$cfg"; then echo "Java $version, ahead-of-time cache"
  elif grep -q '^java-options=-XX:SharedArchiveFile=' "$cfg"; then echo "Java $version, class-data archive"
  else echo "Java $version"; fi
}

# one start of candidate $1, run $2: appends "ms rss_kb cpu_s" to $work/$1
measure() {
  local name=$1 run=$2 home=$work/home-$1-$2 opts=""
  mkdir -p "$home"
  cp resources/examples/example.kickoff "$home/example.kickoff"
  local cmd=()
  case "$name" in
    baseline) cmd=(java "${probe[@]}" -cp target/test-classes:target/kickoff.jar org.kickoff.app.BareWindow) ;;
    baseline-opts) cmd=(java ${readme_opts[@]+"${readme_opts[@]}"} "${probe[@]}"
                        -cp target/kickoff.jar:target/test-classes org.kickoff.app.BareWindow) ;;
    jar) cmd=(java ${readme_opts[@]+"${readme_opts[@]}"} "${probe[@]}" -Dkickoff.home="$home"
              -jar target/kickoff.jar "$home/example.kickoff") ;;
    jar-plain) cmd=(java "${probe[@]}" -Dkickoff.home="$home" -jar target/kickoff.jar "$home/example.kickoff") ;;
    image) cmd=(env KICKOFF_STARTUP_PROBE=exit XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
                "$image/bin/Kickoff" "$home/example.kickoff") ;;
    *)
      local dir app classpath
      if dir=$(valueOf "$name" ${images[@]+"${images[@]}"}); then
        cmd=(env KICKOFF_STARTUP_PROBE=exit XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
             "$dir/bin/Kickoff" "$home/example.kickoff")
      elif opts=$(valueOf "$name" ${jar_tries[@]+"${jar_tries[@]}"}); then
        # shellcheck disable=SC2086
        cmd=(java $opts "${probe[@]}" -Dkickoff.home="$home" -jar target/kickoff.jar "$home/example.kickoff")
      else
        opts=$(valueOf "$name" "${tries[@]}")
        app=$(cd "$image/lib/app" && pwd)
        opts=${opts//\$APPDIR/$app}
        classpath=$(sed -n 's/^app\.classpath=//p' "$app/Kickoff.cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
        # shellcheck disable=SC2086
        cmd=("$image/lib/runtime/bin/java" $opts "${probe[@]}" -Dkickoff.home="$home"
             -cp "$classpath" org.kickoff.app.Main "$home/example.kickoff")
      fi ;;
  esac
  local start end line
  start=$(date +%s%3N)
  line=$(timeout 120 /usr/bin/time -f '%M %U %S' -o "$work/time" "${cmd[@]}" 2>"$work/err" | grep '^kickoff-first-frame ' || true)
  if [ -z "$line" ]; then
    echo "$name: no first frame (run $run); its errors:" >&2
    tail -5 "$work/err" >&2
    return
  fi
  end=${line##* }
  read -r rss user sys < <(tail -1 "$work/time")
  echo "$((end - start)) $rss $(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" >> "$work/$name"
}

echo "startup benchmark: $runs runs each of ${names[*]}, alternating; DISPLAY=$DISPLAY; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "the README's options: ${readme:-(none)}; java: $(java -version 2>&1 | head -1)" >&2
[ -n "$image" ] && echo "image: $(describe "$image")" >&2
for t in ${images[@]+"${images[@]}"}; do echo "${t%%=*}: $(describe "${t#*=}")" >&2; done
for run in $(seq "$runs"); do
  for name in "${names[@]}"; do measure "$name" "$run"; done
  printf '.' >&2
done
echo >&2

median() { sort -n | awk '{v[NR]=$1} END {if (NR == 0) print "nan"; else if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
declare -A ms rss cpu
printf '%-18s %5s %12s %10s %12s %10s %9s\n' candidate runs "first frame" "min..max" "peak RSS" "CPU time" "vs base"
for name in "${names[@]}"; do
  f=$work/$name
  [ -s "$f" ] || { printf '%-18s %5s\n' "$name" 0; continue; }
  ms[$name]=$(cut -d' ' -f1 "$f" | median)
  rss[$name]=$(cut -d' ' -f2 "$f" | median)
  cpu[$name]=$(cut -d' ' -f3 "$f" | median)
  lo=$(cut -d' ' -f1 "$f" | sort -n | head -1); hi=$(cut -d' ' -f1 "$f" | sort -n | tail -1)
  ratio=-
  [ -n "${ms[baseline]:-}" ] && ratio=$(awk -v a="${ms[$name]}" -v b="${ms[baseline]}" 'BEGIN {printf "%.2fx", a / b}')
  printf '%-18s %5d %9.0f ms %10s %9.0f MB %8.2f s %9s\n' "$name" "$(wc -l < "$f")" "${ms[$name]}" "$lo..$hi" \
    "$(awk -v k="${rss[$name]}" 'BEGIN {print k / 1024}')" "${cpu[$name]}" "$ratio"
done

verdict() { awk -v a="$2" -v b="$3" -v t="$4" -v what="$1" 'BEGIN {r = a / b; printf "%-48s %.2fx (target <= %.1fx) %s\n", what, r, t, (r <= t ? "met" : "MISSED")}'; }
if [ -n "${ms[baseline]:-}" ]; then
  echo
  [ -n "${ms[jar]:-}" ] && verdict "first frame, java -jar vs baseline" "${ms[jar]}" "${ms[baseline]}" 1.3 \
    && verdict "peak RSS, java -jar vs baseline" "${rss[jar]}" "${rss[baseline]}" 1.2
  [ -n "${ms[image]:-}" ] && verdict "first frame, packaged launcher vs baseline" "${ms[image]}" "${ms[baseline]}" 0.8 \
    && verdict "peak RSS, packaged launcher vs baseline" "${rss[image]}" "${rss[baseline]}" 1.2
fi
