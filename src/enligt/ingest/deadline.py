"""A total time budget for one URL fetch: every hop, the headers and the body, whatever the server does.

httpx's timeouts bound each socket operation, so a server that sends one byte a second is never
"timed out": `--timeout 3` once ran for 62 s. A `Deadline` is fixed when a fetch starts; each
request gets the time that is left as its httpx timeout, the body is checked after every chunk
received, and a watchdog shuts the request's socket down when the time is up, which ends a read
that is blocked in the middle of the headers (httpcore's `trace` extension hands us the socket).
"""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from enligt.errors import FetchTimeoutError

_SOCKET_EVENTS = ("connection.connect_tcp.complete", "connection.start_tls.complete")


class Deadline:
    """`seconds` from now, on the monotonic clock."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.end - time.monotonic()

    def expired(self) -> bool:
        return self.remaining() <= 0

    def check(self, where: str) -> None:
        """Raise `FetchTimeoutError` once the time is up."""
        if self.expired():
            raise self.error(where)

    def error(self, where: str) -> FetchTimeoutError:
        return FetchTimeoutError(f"no complete answer within {self.seconds:g} s (see --timeout)", where=where)

    @contextmanager
    def watch(self) -> Iterator[dict[str, Any]]:
        """Request extensions for one httpx request: its sockets are shut down when the time is up."""
        sockets: list[socket.socket] = []
        lock = threading.Lock()
        fired = threading.Event()

        def shut(sock: socket.socket) -> None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed, or detached by the TLS wrapper

        def trace(event: str, info: dict[str, Any]) -> None:
            if event not in _SOCKET_EVENTS or info.get("return_value") is None:
                return
            sock = info["return_value"].get_extra_info("socket")
            if isinstance(sock, socket.socket):
                with lock:
                    sockets.append(sock)
                if fired.is_set():
                    shut(sock)

        def fire() -> None:
            fired.set()
            with lock:
                for sock in sockets:
                    shut(sock)

        timer = threading.Timer(max(self.remaining(), 0.0), fire)
        timer.daemon = True
        timer.start()
        try:
            yield {"trace": trace}
        finally:
            timer.cancel()
