#!/usr/bin/env bash
# Rebuilds Layouts/press/newsprint-tr002.icc, the output profile of press PDFs: an ICC v2 CMYK printer
# profile made with ArgyllCMS's colprof from the ANSI CGATS/SNAP TR 002-2007 characterization data
# for coldset printing on newsprint, as Debian's icc-profiles-free ships it (TR002.ti3). TR 002
# permits derived profiles without further permission provided it is named as the source; it is.
# 260 % total ink is TR 002's own limit; Broadsheet limits photos further (240 % by default).
set -euo pipefail
cd "$(dirname "$0")"
sudo=$( [ "$(id -u)" -eq 0 ] || echo sudo )
$sudo apt-get install -y -qq argyll icc-profiles-free
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp /usr/share/color/icc/TR002.ti3 "$work/"
colprof -qm -kh -l260 -nc -A "Broadsheet" -M "CGATS TR 002 coldset newsprint" \
    -D "Newsprint (CGATS TR 002, SNAP 2007), 260% TAC, 0.5 K GCR" \
    -C "Made with ArgyllCMS from ANSI CGATS/SNAP TR 002-2007 characterization data (NPES); no rights reserved" \
    -O "$work/newsprint-tr002.icc" "$work/TR002"
mv "$work/newsprint-tr002.icc" newsprint-tr002.icc
echo "wrote $(pwd)/newsprint-tr002.icc"
