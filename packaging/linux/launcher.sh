#!/bin/bash
# Kickoff's launcher on Linux, in place of jpackage's: that one asks rpm and then dpkg, at every start,
# which package it belongs to (to find its own library), which took a third of a second before the JVM
# even started. This one starts the image's runtime directly with what jpackage wrote in
# lib/app/Kickoff.cfg: the Java options (class-data archive, C1, serial collector; $APPDIR is lib/app),
# the class path (jpackage writes a line per jar) and the main class; the arguments follow unchanged. A
# command takes the commands' ahead-of-time cache instead of the window's, where there is one.
root=$(dirname "$(dirname "$(readlink -f "$0")")")
app=$root/lib/app
cfg=$app/Kickoff.cfg
options=() classpath= main=
while IFS= read -r line || [ -n "$line" ]; do
  line=${line//\$APPDIR/"$app"}
  case "$line" in
    java-options=*) options+=("${line#java-options=}") ;;
    app.classpath=*) classpath=${classpath:+$classpath:}${line#app.classpath=} ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
  esac
done < "$cfg" || { echo "Kickoff: cannot read $cfg" >&2; exit 1; }
[ -n "$classpath" ] && [ -n "$main" ] || { echo "Kickoff: no class path or main class in $cfg" >&2; exit 1; }
# a command (anything but no argument or one project file, as Main decides) starts from the commands'
# ahead-of-time cache where the build made one (packaging/linux/train.sh): the PDF engine's classes are in
# it, which the window's cache leaves out
if [ $# -gt 1 ] || { [ $# -eq 1 ] && [[ $1 == -* || ( $1 != *.kickoff && ! -f $1 ) ]]; }; then
  for i in "${!options[@]}"; do
    case "${options[$i]}" in
      -XX:AOTCache=*.aot)
        cli=${options[$i]#-XX:AOTCache=}
        cli=${cli%.aot}-cli.aot
        [ -f "$cli" ] && options[$i]=-XX:AOTCache=$cli ;;
    esac
  done
fi
exec "$root/lib/runtime/bin/java" "${options[@]}" -cp "$classpath" "$main" "$@"
