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
# Workspaces are encrypted: this invented one gets a passphrase from a file.
printf 'screenshots only\n' > "$work/passphrase"
export TINJAU_PASSPHRASE_FILE="$work/passphrase"
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
# The unlock screen after a wrong passphrase, in English and in Persian (right to left).
for lang in en fa; do
    "$root/.venv/bin/python" - "$work/data" "$lang" "$out/unlock-$lang.png" <<'PY'
import sys
from pathlib import Path
from app.paths import database_path
from app.survey.db import keys
from app.ui import i18n
from app.ui.qt import QApplication
from app.ui.unlock import UnlockDialog
app = QApplication([])
i18n.set_language(sys.argv[2])
db_path = database_path(Path(sys.argv[1]))
keys.forget(db_path)
dialog = UnlockDialog(db_path, "unlock")
dialog.setMinimumWidth(460)
dialog.show()
dialog.field.setText("not the passphrase")
dialog.buttons.accepted.emit()
while not dialog.buttons.isEnabled():
    app.processEvents()
dialog.adjustSize()
app.processEvents()
dialog.grab().save(sys.argv[3])
PY
    echo "wrote docs/screenshots/unlock-$lang.png"
done
