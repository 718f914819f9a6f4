#!/usr/bin/env bash
# System libraries Qt needs on a bare Debian/Ubuntu machine (offscreen tests, or a desktop),
# plus poppler-utils (pdftoppm, to look at PDFs) and binutils (objdump, for PyInstaller). Windows and macOS need none of this.
set -euo pipefail
if ! command -v apt-get >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
PKGS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 fonts-dejavu-core poppler-utils binutils"
missing=""
for p in $PKGS; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
