#!/bin/sh
# Add Tinjau to this user's applications menu, from wherever this folder was unpacked
# (no administrator rights needed; nothing outside your home folder changes). Run it again
# after moving the folder. Remove with: ./install.sh --remove
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
entry="$apps/tinjau.desktop"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry"
    echo "Tinjau is no longer in your applications menu (your data folder is kept)."
    exit 0
fi
mkdir -p "$apps"
sed -e "s|^Exec=tinjau gui|Exec=\"$here/tinjau\" gui|" -e "s|^Icon=tinjau|Icon=$here/tinjau.png|" \
    "$here/tinjau.desktop" > "$entry"
chmod 644 "$entry"
echo "Tinjau is in your applications menu ($entry)."
