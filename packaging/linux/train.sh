#!/usr/bin/env bash
# The training run of the build (Linux): starts the application image's window once with the example
# project, with GTK, until its first frame, and keeps what the JVM learnt for the next starts.
#   train.sh APP_IMAGE_DIR EXAMPLE_PROJECT
# What it keeps depends on the image's runtime, as lib/app/Kickoff.cfg tells (the build writes it):
#   -XX:AOTCache=FILE (a runtime of Java 24 or later): the ahead-of-time cache (JEP 483, and 515 on Java 25):
#     the classes loaded and linked, some of their objects and the method profiles of the run. The run
#     records them (-XX:AOTMode=record), a second JVM writes the cache (-XX:AOTMode=create), a third checks
#     that the launcher's options accept it (-XX:AOTMode=on). Both use exactly the options of Kickoff.cfg,
#     since the JVM uses a cache only with the options it was made with. The cache holds the class path as
#     it was here, and the JVM accepts it wherever the image is installed, as long as the jars keep their
#     places relative to each other (JDK 25: "longest common prefix" of the class path). A second cache,
#     kickoff-cli.aot, is trained the same way on a command (a PDF export of the example): the launcher
#     takes it for a command.
#   otherwise (Java 17 to 23): the list of the classes loaded, once for the window and once for a headless
#     command, from which the build and the .deb's postinst make the class-data archive (Java 17 accepts an
#     archive only at the class path it was made for, so the .deb makes it where it is installed).
# Needs a display: uses $DISPLAY, else xvfb-run. Without either it only warns; Kickoff then starts without.
set -u
image=$1 example=$2
app=$image/lib/app
java=$image/lib/runtime/bin/java
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
cp "$example" "$home/example.kickoff"

# the launcher's options, class path and main class, as packaging/linux/launcher.sh reads them
options=() classpath= main= cache=
while IFS= read -r line || [ -n "$line" ]; do
  line=${line//\$APPDIR/"$app"}
  case "$line" in
    java-options=-XX:AOTCache=*) cache=${line#java-options=-XX:AOTCache=} ;;
    java-options=*) options+=("${line#java-options=}") ;;
    app.classpath=*) classpath=${classpath:+$classpath:}${line#app.classpath=} ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
  esac
done < "$app/Kickoff.cfg"

run=()
if [ -z "${DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null; then
    run=(xvfb-run -a -s "-screen 0 1440x900x24")
  else
    echo "WARNING: no display and no xvfb-run: no training run; Kickoff will start slower" >&2
    exit 0
  fi
fi
probe=(-Dkickoff.home="$home" -Dkickoff.startupProbe=true -Dkickoff.exitAfterFirstFrame=true)

if [ -n "$cache" ]; then
  rm -f "$cache"
  timeout 180 ${run[@]+"${run[@]}"} "$java" "${options[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$home/kickoff.aotconf" \
    "${probe[@]}" -cp "$classpath" "$main" "$home/example.kickoff" > "$home/record.log" 2>&1
  if ! grep -q '^kickoff-first-frame ' "$home/record.log" || [ ! -s "$home/kickoff.aotconf" ]; then
    echo "WARNING: the training run did not show a first frame: no ahead-of-time cache; its output:" >&2
    tail -5 "$home/record.log" >&2
    exit 0
  fi
  if ! "$java" "${options[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$home/kickoff.aotconf" -XX:AOTCache="$cache" \
      -cp "$classpath" > "$home/create.log" 2>&1 \
     || ! "$java" "${options[@]}" -XX:AOTMode=on -XX:AOTCache="$cache" -cp "$classpath" "$main" --version \
      > "$home/check.log" 2>&1; then
    echo "WARNING: the ahead-of-time cache could not be made or is refused: Kickoff starts without it" >&2
    tail -5 "$home/create.log" "$home/check.log" >&2
    rm -f "$cache"
    exit 0
  fi
  echo "ahead-of-time cache: $cache, $(( $(stat -c %s "$cache") / 1048576 )) MB" >&2
  # the commands' cache beside it, which the launcher takes for a command: trained on the slowest thing a
  # command does cold, a PDF (the full record, whose classes include the brief's) of the example; in the
  # window's cache those classes would be loaded at every start of the window, which never needs them then
  cli=${cache%.aot}-cli.aot
  rm -f "$cli"
  if "$java" "${options[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$home/cli.aotconf" -Dkickoff.home="$home" \
       -cp "$classpath" "$main" export "$home/example.kickoff" --format pdf --document full -o "$home/example.pdf" \
       > "$home/cli-record.log" 2>&1 \
     && "$java" "${options[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$home/cli.aotconf" -XX:AOTCache="$cli" \
       -cp "$classpath" > "$home/cli-create.log" 2>&1 \
     && "$java" "${options[@]}" -XX:AOTMode=on -XX:AOTCache="$cli" -cp "$classpath" "$main" --version \
       > "$home/cli-check.log" 2>&1; then
    echo "ahead-of-time cache of the commands: $cli, $(( $(stat -c %s "$cli") / 1048576 )) MB" >&2
  else
    echo "WARNING: no ahead-of-time cache for the commands: they start with the window's" >&2
    tail -5 "$home/cli-record.log" "$home/cli-create.log" "$home/cli-check.log" 2>/dev/null >&2
    rm -f "$cli"
  fi
  exit 0
fi

if ! timeout 180 ${run[@]+"${run[@]}"} "$java" -XX:DumpLoadedClassList="$home/window.classlist" "${probe[@]}" \
    -cp "$app/kickoff.jar" "$main" "$home/example.kickoff" | grep -q kickoff-first-frame; then
  echo "WARNING: the training run did not show a first frame: no class-data-sharing archive" >&2
  exit 0
fi
"$java" -XX:DumpLoadedClassList="$home/cli.classlist" -cp "$app/kickoff.jar" "$main" \
  validate "$home/example.kickoff" >/dev/null
# the window's classes first; a class listed twice is archived once
cat "$home/window.classlist" "$home/cli.classlist" > "$app/kickoff.classlist"
echo "class list: $(grep -vc '^@' "$app/kickoff.classlist") classes" >&2
