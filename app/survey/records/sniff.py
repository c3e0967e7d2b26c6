"""What a file is, from its first bytes (never from its name), and an image's size in pixels.

Enough for the kinds of file an interview takes: the picture formats cameras and phones make
(JPEG, PNG, GIF, WebP, BMP, HEIC), the sound ones (MP3, WAV, Ogg, FLAC, AMR, M4A) and the video
ones (MP4, 3GP, QuickTime, WebM/Matroska, AVI). Anything else is `application/octet-stream`,
which only a `file` question takes.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

HEAD_BYTES = 64  # the sniffing reads this much of the file's start

# ISO base media files (MP4 and its family): the brand after `ftyp` says which.
_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"F4A "}
_IMAGE_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1", b"avif"}
_THREE_GP = (b"3gp", b"3g2")


@dataclass(frozen=True)
class Sniffed:
    """A file's kind ("image", "audio", "video" or "other"), its media type and the file
    name extension Tinjau gives it."""

    kind: str
    media_type: str
    extension: str


OTHER = Sniffed("other", "application/octet-stream", ".bin")


def sniff(head: bytes) -> Sniffed:
    """The kind of file whose first bytes are `head` (at least `HEAD_BYTES` when it is that
    long)."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed("image", "image/png", ".png")
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed("image", "image/jpeg", ".jpg")
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return Sniffed("image", "image/gif", ".gif")
    if head.startswith(b"BM") and len(head) >= 26 and head[6:10] == b"\0\0\0\0":
        return Sniffed("image", "image/bmp", ".bmp")
    if head.startswith(b"RIFF") and len(head) >= 12:
        form = head[8:12]
        if form == b"WEBP":
            return Sniffed("image", "image/webp", ".webp")
        if form == b"WAVE":
            return Sniffed("audio", "audio/wav", ".wav")
        if form == b"AVI ":
            return Sniffed("video", "video/x-msvideo", ".avi")
    if head[4:8] == b"ftyp" and len(head) >= 12:
        brand = head[8:12]
        if brand in _IMAGE_BRANDS:
            return Sniffed("image", "image/heic", ".heic")
        if brand in _AUDIO_BRANDS:
            return Sniffed("audio", "audio/mp4", ".m4a")
        if brand.startswith(_THREE_GP):
            return Sniffed("video", "video/3gpp", ".3gp")
        if brand == b"qt  ":
            return Sniffed("video", "video/quicktime", ".mov")
        return Sniffed("video", "video/mp4", ".mp4")
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return Sniffed("video", "video/webm", ".webm")
    if head.startswith(b"ID3") or (len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return Sniffed("audio", "audio/mpeg", ".mp3")
    if head.startswith(b"OggS"):
        # Theora inside is a video; Vorbis or Opus a sound. The codec's name is in page one.
        if b"theora" in head:
            return Sniffed("video", "video/ogg", ".ogv")
        return Sniffed("audio", "audio/ogg", ".ogg")
    if head.startswith(b"fLaC"):
        return Sniffed("audio", "audio/flac", ".flac")
    if head.startswith(b"#!AMR"):
        return Sniffed("audio", "audio/amr", ".amr")
    if head.startswith(b"%PDF-"):
        return Sniffed("other", "application/pdf", ".pdf")
    return OTHER


def image_size(data: bytes, media_type: str) -> tuple[int, int] | None:
    """(width, height) of the image `data`, or None when its header cannot say."""
    try:
        if media_type == "image/png" and data[12:16] == b"IHDR":
            width, height = struct.unpack(">II", data[16:24])
            return int(width), int(height)
        if media_type == "image/gif":
            width, height = struct.unpack("<HH", data[6:10])
            return int(width), int(height)
        if media_type == "image/bmp":
            width, height = struct.unpack("<ii", data[18:26])
            return abs(int(width)), abs(int(height))
        if media_type == "image/jpeg":
            return _jpeg_size(data)
        if media_type == "image/webp":
            return _webp_size(data)
    except struct.error:
        return None
    return None


# JPEG start-of-frame markers (baseline, progressive, ...): they hold the picture's size.
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill bytes
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if marker in _SOF:
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return int(width), int(height)
        at += 2 + length
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X":
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    if chunk == b"VP8 ":
        width, height = struct.unpack("<HH", data[26:30])
        return int(width) & 0x3FFF, int(height) & 0x3FFF
    if chunk == b"VP8L":
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None
