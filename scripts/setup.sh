# Sourced by ./run and ./test: make .venv and install the project into it when pyproject.toml
# changed since the last install. $1 is the extra to install ("" or "dev").
set -euo pipefail
extra="${1:-}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
py="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
    "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
        echo "Tinjau needs Python 3.11 or newer; set PYTHON=/path/to/python3.11 and try again." >&2
        exit 1
    }
    echo "Creating $venv ..."
    "$py" -m venv "$venv"
fi
stamp="$venv/.tinjau-installed${extra:+-$extra}"
want="$(sha256sum < "$root/pyproject.toml" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "Installing Tinjau${extra:+ with [$extra]} into .venv (first run or pyproject.toml changed) ..."
    target="$root"
    [ -n "$extra" ] && target="$root[$extra]"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$target"
    echo "$want" > "$stamp"
fi
