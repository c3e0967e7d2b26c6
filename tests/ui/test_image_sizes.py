"""The attachment store's own reading of image files (no Qt in app/survey): pictures written by
Qt in each format a camera or phone makes are recognised by their content and measured right,
so `max-pixels` holds for JPEG photos (progressive too) as for PNG."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.survey.records.sniff import HEAD_BYTES, image_size, sniff
from app.ui.qt import QImage, QImageWriter, Qt


@pytest.mark.parametrize(
    ("fmt", "media_type", "progressive"),
    [
        ("JPEG", "image/jpeg", False),
        ("JPEG", "image/jpeg", True),
        ("PNG", "image/png", False),
        ("BMP", "image/bmp", False),
        ("WEBP", "image/webp", False),
    ],
)
def test_each_format_is_recognised_and_measured(
    tmp_path: Path, fmt: str, media_type: str, progressive: bool
) -> None:
    """A 1234 x 567 picture saved by Qt is an image of its format, 1234 x 567 pixels."""
    image = QImage(1234, 567, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    path = tmp_path / f"picture.{fmt.lower()}"
    writer = QImageWriter(str(path), fmt.encode())
    if progressive:
        writer.setProgressiveScanWrite(True)
    assert writer.write(image), writer.errorString()
    data = path.read_bytes()
    found = sniff(data[:HEAD_BYTES])
    assert (found.kind, found.media_type) == ("image", media_type)
    assert image_size(data, media_type) == (1234, 567)
