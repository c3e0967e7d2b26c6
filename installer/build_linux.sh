#!/usr/bin/env bash
# Build the Linux bundle: dist/tinjau/ (one folder, runs with nothing else installed) and
# dist/tinjau-<version>-linux-<arch>.tar.gz holding it with a .desktop file and the icon.
# Needs the [installer] extra: .venv/bin/pip install -e '.[installer]'. Then check it:
#   dist/tinjau/tinjau --self-test
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-$root/.venv/bin/python}"
cd "$root"
version="$("$python" -c 'import app; print(app.__version__)')"
arch="$(uname -m)"
started=$(date +%s)

# build/pyinstaller keeps PyInstaller's analysis between runs (a rebuild takes a fraction).
"$python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" installer/tinjau-linux.spec

bundle="$root/dist/tinjau"
cp resources/icons/tinjau.png "$bundle/tinjau.png"
cp installer/linux/tinjau.desktop "$bundle/tinjau.desktop"
cp installer/linux/install.sh "$bundle/install.sh"
chmod +x "$bundle/install.sh"
cp installer/linux/README.txt "$bundle/README.txt"

archive="$root/dist/tinjau-$version-linux-$arch.tar.gz"
tar -C "$root/dist" -czf "$archive" tinjau
echo "built $bundle ($(du -sm "$bundle" | cut -f1) MiB unpacked) and $archive" \
     "($(du -m "$archive" | cut -f1) MiB) in $(( $(date +%s) - started )) s"
