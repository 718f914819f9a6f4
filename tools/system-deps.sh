#!/usr/bin/env bash
# System libraries Qt needs on a bare Debian/Ubuntu machine (offscreen tests, or a desktop),
# plus poppler-utils (pdftoppm, to look at PDFs) and binutils (objdump, for PyInstaller). Windows and macOS need none of this.
# postgresql: the tests start a throwaway cluster from its initdb and pg_ctl (issue 18,
# tests/pg_cluster.py); the program itself needs no server on the desk.
set -euo pipefail
if ! command -v apt-get >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
# The xcb (X11) platform plugin links libxcb-icccm4, -keysyms1, -image0, -randr0, ... and
# loads libxcb-cursor0 at run time: without one of them the window does not open (exit 134,
# and Qt's message names libxcb-cursor0 even when another one is missing).
XCB="libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1"
PKGS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 fonts-dejavu-core poppler-utils binutils postgresql"
missing=""
for p in $PKGS $XCB; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
