"""A TCP proxy on a loopback port that misbehaves the way real networks do, for tests that put
it between a sync client and a real `tinjau-server` process.

Each connection carries one HTTP request (the proxy adds `Connection: close` both ways, so a
client never reuses a connection and every request meets a fault of its own). For each accepted
connection the proxy draws a fault from its own seeded `random.Random`, so a test whose client
sends its requests one after another sees the same faults in the same order on every run:

- `pass`: the request reaches the server and its whole answer comes back;
- `drop_before`: the request is read and the connection closed; the server never sees it;
- `drop_after`: the server gets the request and answers, but the connection is closed before
  any of the answer comes back (the server stored what the client will think was lost);
- `cut_response`: the status line, the headers and half of the body come back, then the
  connection closes;
- `delay`: a pause before the request goes on, and another before the answer comes back;
- `error_500`: the proxy itself answers 500 with a page (as a broken gateway does), without
  forwarding anything;
- `error_500_after`: the request reaches the server, whose answer is thrown away and replaced
  by the proxy's 500 (a gateway timing out on a server that did the work).
"""

from __future__ import annotations

import random
import socket
import threading
import time
from collections import Counter
from collections.abc import Sequence
from types import TracebackType

FAULTS = (
    "pass",
    "drop_before",
    "drop_after",
    "cut_response",
    "delay",
    "error_500",
    "error_500_after",
)
GATEWAY_PAGE = b"<html><body><h1>500 Internal Server Error</h1></body></html>"


class FaultProxy:
    """Forward connections on `127.0.0.1:<port>` to `upstream` ("127.0.0.1", port), drawing a
    fault from `faults` (weighted by `weights`) with `random.Random(seed)` for each one. Set
    `fault` to one name to force it for every later connection (`"pass"` for a clean run);
    `counts` says how often each fault was used."""

    def __init__(
        self,
        upstream: tuple[str, int],
        *,
        seed: int,
        faults: Sequence[str] = FAULTS,
        weights: Sequence[float] | None = None,
        delay: tuple[float, float] = (0.005, 0.05),
    ) -> None:
        unknown = set(faults) - set(FAULTS)
        if unknown:
            raise ValueError(f"unknown faults {sorted(unknown)}")
        self.upstream = upstream
        self.random = random.Random(seed)
        self.faults = list(faults)
        self.weights = list(weights) if weights is not None else None
        self.delay = delay
        self.fault: str | None = None
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._closed = threading.Event()
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def close(self) -> None:
        self._closed.set()
        try:
            self._listener.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._listener.close()
        self._acceptor.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:  # one draw per connection, in the order they arrive
                if self.fault is not None:
                    fault = self.fault
                else:
                    fault = self.random.choices(self.faults, self.weights)[0]
                pauses = (self.random.uniform(*self.delay), self.random.uniform(*self.delay))
                self.counts[fault] += 1
            thread = threading.Thread(
                target=self._handle, args=(client, fault, pauses), daemon=True
            )
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)
            thread.start()

    def _handle(self, client: socket.socket, fault: str, pauses: tuple[float, float]) -> None:
        with client:
            client.settimeout(60)
            try:
                request = read_message(client, until_close=False)
                if request is None or fault == "drop_before":
                    return
                if fault == "error_500":
                    client.sendall(gateway_error())
                    return
                if fault == "delay":
                    time.sleep(pauses[0])
                answer = self._forward(request)
                if fault == "drop_after":
                    return
                if fault == "error_500_after":
                    client.sendall(gateway_error())
                    return
                if fault == "cut_response":
                    head, _, body = answer.partition(b"\r\n\r\n")
                    client.sendall(head + b"\r\n\r\n" + body[: len(body) // 2])
                    return
                if fault == "delay":
                    time.sleep(pauses[1])
                client.sendall(answer)
            except OSError:
                return  # the client gave up (its own timeout); nothing more to do

    def _forward(self, request: bytes) -> bytes:
        with socket.create_connection(self.upstream, timeout=60) as upstream:
            upstream.sendall(request)
            answer = read_message(upstream, until_close=True)
        return answer or b""


def read_message(sock: socket.socket, *, until_close: bool) -> bytes | None:
    """One HTTP message from `sock` with `Connection: close` in its head: a request up to its
    `Content-Length`, or an answer up to the end of the stream (`until_close`). None when the
    peer closed before a whole head arrived."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    length = 0
    kept = [lines[0]]
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"connection":
            continue
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        kept.append(line)
    kept.append(b"Connection: close")
    while (until_close or len(body) < length) and (chunk := sock.recv(65536)):
        body += chunk
    return b"\r\n".join(kept) + b"\r\n\r\n" + body


def gateway_error() -> bytes:
    return (
        b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html\r\n"
        + f"Content-Length: {len(GATEWAY_PAGE)}\r\n".encode()
        + b"Connection: close\r\n\r\n"
        + GATEWAY_PAGE
    )
