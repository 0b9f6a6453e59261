#!/usr/bin/env bash
# The class-data-sharing training run of the build (Linux): starts the application image's window once with
# the example project, until its first frame, and records the classes it loaded, then once more for a
# headless command; the .deb's postinst and the build make the archive from this list.
#   train.sh APP_IMAGE_DIR EXAMPLE_PROJECT
# Needs a display: uses $DISPLAY, else xvfb-run. Without either it only warns; the package then starts
# without the archive.
set -u
image=$1 example=$2
app=$image/lib/app
java=$image/lib/runtime/bin/java
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
cp "$example" "$home/example.kickoff"

run=()
if [ -z "${DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null; then
    run=(xvfb-run -a -s "-screen 0 1440x900x24")
  else
    echo "WARNING: no display and no xvfb-run: no class-data-sharing archive; Kickoff will start slower" >&2
    exit 0
  fi
fi

if ! timeout 180 "${run[@]}" "$java" -XX:DumpLoadedClassList="$home/window.classlist" -Dkickoff.home="$home" \
    -Dkickoff.startupProbe=true -Dkickoff.exitAfterFirstFrame=true -cp "$app/kickoff.jar" \
    org.kickoff.app.Main "$home/example.kickoff" | grep -q kickoff-first-frame; then
  echo "WARNING: the training run did not show a first frame: no class-data-sharing archive" >&2
  exit 0
fi
"$java" -XX:DumpLoadedClassList="$home/cli.classlist" -cp "$app/kickoff.jar" org.kickoff.app.Main \
  validate "$home/example.kickoff" >/dev/null
# the window's classes first; a class listed twice is archived once
cat "$home/window.classlist" "$home/cli.classlist" > "$app/kickoff.classlist"
echo "class list: $(grep -vc '^@' "$app/kickoff.classlist") classes" >&2
