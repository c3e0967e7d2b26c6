#!/usr/bin/env bash
# Build dist/Tinjau.app on a Mac (not on Linux: PyInstaller builds for the system it runs on).
# Needs the [installer] extra, and Xcode's command-line tools for sips and iconutil.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-$root/.venv/bin/python}"
cd "$root"
mkdir -p build/tinjau.iconset
for size in 16 32 64 128 256; do
    sips -z $size $size resources/icons/tinjau.png --out "build/tinjau.iconset/icon_${size}x${size}.png" >/dev/null
done
iconutil -c icns build/tinjau.iconset -o build/tinjau.icns
"$python" -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller installer/tinjau-macos.spec
dist/Tinjau.app/Contents/MacOS/tinjau --self-test
echo "built dist/Tinjau.app"
