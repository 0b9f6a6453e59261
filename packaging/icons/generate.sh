#!/usr/bin/env bash
# Regenerates the icon files from kickoff.svg; the results are committed, so a build never needs these tools.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils); on macOS, instead of
# png2icns: mkdir kickoff.iconset, put icon_16x16.png ... icon_512x512@2x.png in it, and run
#   iconutil -c icns kickoff.iconset -o kickoff.icns
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" kickoff.svg -o "kickoff-$size.png"
done
convert kickoff-16.png kickoff-24.png kickoff-32.png kickoff-48.png kickoff-64.png kickoff-256.png kickoff.ico
png2icns kickoff.icns kickoff-16.png kickoff-32.png kickoff-48.png kickoff-128.png kickoff-256.png kickoff-512.png
# the window icon, loaded by the application at start-up
mkdir -p ../../resources/icons
cp kickoff-32.png kickoff-64.png kickoff-256.png ../../resources/icons/
