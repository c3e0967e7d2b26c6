"""Record identifiers made on the device: UUID version 7 (RFC 9562), as 36-character text.

uuid7 puts the Unix time in milliseconds in the top 48 bits, so ids sort by creation time and
index well; Python 3.11's `uuid` module has no uuid7, hence this small implementation.
"""

from __future__ import annotations

import os
import random
import threading
import time
import uuid

_VERSION = 0x7
_VARIANT = 0b10
_lock = threading.Lock()
_last_ms = 0
_counter = 0


def _compose(ms: int, rand_a: int, rand_b: int) -> str:
    value = (ms & 0xFFFF_FFFF_FFFF) << 80
    value |= _VERSION << 76
    value |= (rand_a & 0xFFF) << 64
    value |= _VARIANT << 62
    value |= rand_b & 0x3FFF_FFFF_FFFF_FFFF
    h = f"{value:032x}"  # what str(uuid.UUID(int=value)) gives, several times faster
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def uuid7() -> str:
    """A new uuid7 string; ids made by this process are strictly increasing.

    Within one millisecond the 12-bit `rand_a` field is a counter (RFC 9562 method 1), so two ids
    made in the same millisecond still sort in the order they were made.
    """
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            _last_ms = ms
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF  # leave room to count up
        else:
            _counter += 1
            if _counter > 0xFFF:  # counter exhausted: borrow the next millisecond
                _last_ms += 1
                _counter = 0
        ms, counter = _last_ms, _counter
    return _compose(ms, counter, int.from_bytes(os.urandom(8), "big"))


class SeededUUID7:
    """Deterministic uuid7 ids for reproducible data (demo workspaces, tests).

    Starts at `start_ms` and counts up; the random bits come from `rng`, so the same seed gives
    the same ids in the same order.
    """

    def __init__(self, rng: random.Random, start_ms: int) -> None:
        self._rng = rng
        self._ms = start_ms
        self._counter = 0

    def __call__(self) -> str:
        if self._counter > 0xFFF:
            self._ms += 1
            self._counter = 0
        value = _compose(self._ms, self._counter, self._rng.getrandbits(62))
        self._counter += 1
        return value


def uuid7_time_ms(value: str) -> int:
    """The Unix time in milliseconds stored in a uuid7 string."""
    return uuid.UUID(value).int >> 80
