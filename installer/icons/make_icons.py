"""Render resources/icons/tinjau.svg to resources/icons/tinjau.png (the window's icon, the Linux
desktop entry's) and installer/icons/tinjau.ico (Windows) with Qt's own SVG renderer:
`python installer/icons/make_icons.py`. The outputs are committed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESOURCES = HERE.parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(RESOURCES / "tinjau.svg"))
    if not renderer.isValid():
        sys.stderr.write("tinjau.svg cannot be read\n")
        return 1
    images = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        images[size] = image
    images[256].save(str(RESOURCES / "tinjau.png"))
    # Qt writes a multi-size .ico only through its plug-in: write the 256 one, enough for Inno
    # Setup and Windows to scale.
    images[256].save(str(HERE / "tinjau.ico"))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
