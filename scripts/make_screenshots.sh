#!/usr/bin/env bash
# Rebuild every screenshot in docs/screenshots/ from a fresh demo workspace (tinjau demo --seed 1),
# with the app's own `tinjau gui --screenshot`. Run from anywhere: scripts/make_screenshots.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tinjau="${TINJAU:-$root/.venv/bin/tinjau}"
out="$root/docs/screenshots"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The demo data and the app's settings live in the temp folder: the user's own are not touched.
export TINJAU_CONFIG_DIR="$work/config"
export QT_QPA_PLATFORM=offscreen
"$tinjau" demo --data-dir "$work/data" --seed 1 >/dev/null 2>&1
mkdir -p "$out"
shot() {  # shot VIEW LANG
    "$tinjau" gui --data-dir "$work/data" --view "$1" --lang "$2" --screenshot "$out/$1-$2.png"
    echo "wrote docs/screenshots/$1-$2.png"
}
shot list en
shot list ms
shot list fa
shot interview en
shot interview fa
shot members en
shot members fa
# The sign-in dialog and the sync panel, against a real server process on a loopback port.
"$root/.venv/bin/python" "$root/scripts/sync_screenshots.py"
# The first-run assistant, every page in English and Persian (docs/install.md).
"$root/.venv/bin/python" "$root/scripts/first_run_screenshots.py"
# The reports page's pictures (Reports window, site grid, ward map, a PDF page), en and fa.
"$root/.venv/bin/python" "$root/scripts/make_report_screenshots.py"
