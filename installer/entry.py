"""The bundled program's entry point: the `tinjau` command (with no arguments, the app).

A worker starts the bundle by its icon, with no arguments: that is `tinjau gui`. Any arguments
are the command line's (`tinjau --self-test`, `tinjau --version`, `tinjau backup ...`).
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from app.cli import main

    raise SystemExit(main(sys.argv[1:] or ["gui"]))
