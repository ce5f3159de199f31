#!/usr/bin/env bash
# The bundled program run headless as a supervisor would, in an empty folder of its own: version, demo survey files
# imported, the meeting pack as a PDF, the window open 10 s on the offscreen platform, a second start handing its
# file to the open window. Usage: tools/bundle_check.sh PROGRAM FOLDER (make installer-test runs it on the bundle
# and on the copy the .deb installed).
set -euo pipefail
exe="$1"
rm -rf "$2" && mkdir -p "$2" && cd "$2"
export HOME="$PWD" XDG_CONFIG_HOME="$PWD/config" XDG_DATA_HOME="$PWD/data"
"$exe" --version | grep -qx 'burden-survey [0-9][0-9.]*'
"$exe" demo --out-dir files --respondents 12 --seed 3 >/dev/null
"$exe" import --db county.db --new-waves files >/dev/null
"$exe" report --db county.db --pdf meeting.pdf >/dev/null
head -c 5 meeting.pdf | grep -q '%PDF-'; test "$(wc -c < meeting.pdf)" -gt 20000
if command -v pdfinfo >/dev/null; then pdfinfo meeting.pdf | grep -Eq '^Pages: +[1-9]'; fi
rc=0; QT_QPA_PLATFORM=offscreen timeout 10 "$exe" gui --db county.db 2>gui.log || rc=$?
if [ "$rc" != 124 ] || grep -q Traceback gui.log; then
  cat gui.log; echo "bundle_check: $exe: the window did not stay open (exit $rc)"; exit 1
fi
QT_QPA_PLATFORM=offscreen "$exe" gui --db county.db 2>first.log & first=$!; sleep 5
one="$(ls files/*.bsurvey | head -1)"
rc=0; QT_QPA_PLATFORM=offscreen timeout 30 "$exe" gui --db county.db "$one" 2>second.log || rc=$?
kill $first; wait $first 2>/dev/null || true
if [ "$rc" != 0 ]; then
  cat first.log second.log
  echo "bundle_check: $exe: a second start did not hand its file to the open window (exit $rc)"
  exit 1
fi
echo "bundle_check: $exe runs: --version, import, report ($(wc -c < meeting.pdf) bytes PDF), window," \
  "a second start handed over"
