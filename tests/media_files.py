"""Small real media files made in tests: a PNG of any size, and the first bytes of sound, video
and PDF files (enough for content sniffing)."""

from __future__ import annotations

import struct
import zlib


def png_bytes(width: int, height: int, shade: int = 120) -> bytes:
    """A valid grey PNG of `width` x `height` pixels (`shade` makes different contents)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\0" + bytes([shade % 256]) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def wav_bytes(samples: int = 800) -> bytes:
    """A valid mono 8 kHz 8-bit WAV of silence."""
    data = b"\x80" * samples
    fmt = struct.pack("<HHIIHH", 1, 1, 8000, 8000, 1, 8)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data"
    body += struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


def mp4_head() -> bytes:
    """The start of an MP4 file (its `ftyp` box) and some padding."""
    return struct.pack(">I", 24) + b"ftypisom" + b"\0\0\2\0" + b"isomiso2" + b"\0" * 200


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
