"""A stand-in LiveSplit Server for tests: a loopback TCP listener that records every line it gets.

It can go away and come back on the same port, or drop its clients, like a real LiveSplit
closed or restarted; ``timer()`` tells what LiveSplit's timer would show after those lines.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

POLL = 0.02  # seconds: how often the listener's threads look up from their sockets


@dataclass(frozen=True, slots=True)
class TimerView:
    """What LiveSplit's timer shows, as far as our commands go."""

    running: bool = False
    split_times: tuple[str, ...] = ()  # the game time at each split
    game_time: str | None = None
    game_time_paused: bool = False  # False would mean LiveSplit runs its own clock


def timer_view(lines: list[str]) -> TimerView:
    """Play the commands the way LiveSplit's timer treats them."""
    view = TimerView()
    for line in lines:
        command, _, argument = line.partition(" ")
        if command == "reset":
            view = TimerView()
        elif command == "starttimer" and not view.running:
            view = TimerView(running=True, game_time="0:00:00.000")
        elif command == "pausegametime" and view.running:
            view = TimerView(True, view.split_times, view.game_time, game_time_paused=True)
        elif command == "setgametime" and view.running:
            view = TimerView(True, view.split_times, argument, view.game_time_paused)
        elif command == "split" and view.running:
            view = TimerView(True, (*view.split_times, view.game_time or ""), view.game_time,
                             view.game_time_paused)
    return view


class Listener:
    """Listens on 127.0.0.1 (a free port unless given); ``with Listener() as server: ...``."""

    def __init__(self, port: int = 0) -> None:
        self.port = port
        self._lock = threading.Lock()
        self._by_connection: list[list[str]] = []
        self._raw = bytearray()
        self._open = 0
        self._server: socket.socket | None = None
        self._accepting: threading.Thread | None = None
        self._readers: list[tuple[int, threading.Thread]] = []  # (generation, reader)
        self._stopping = threading.Event()
        self._generation = 0  # bumped to make the readers drop their connections

    def __enter__(self) -> Listener:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> Listener:
        """Listen (again, on the same port if it listened before)."""
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", self.port))
        server.listen()
        server.settimeout(POLL)
        self.port = server.getsockname()[1]
        self._server = server
        self._stopping.clear()
        self._accepting = threading.Thread(target=self._accept, args=(server,), daemon=True)
        self._accepting.start()
        return self

    def stop(self) -> None:
        """Go away: stop listening and close every connection, as a closed LiveSplit would."""
        self._stopping.set()
        if self._accepting is not None:
            self._accepting.join(timeout=2)
        self._join_readers(everyone=True)
        if self._server is not None:
            self._server.close()
            self._server = None

    def drop_clients(self) -> None:
        """Close the connections but keep listening."""
        with self._lock:
            self._generation += 1
        self._join_readers(everyone=False)

    @property
    def lines(self) -> list[str]:
        """Every line received, in order, over all connections."""
        with self._lock:
            return [line for lines in self._by_connection for line in lines]

    @property
    def connections(self) -> list[list[str]]:
        """The lines received on each connection, one list per connection accepted."""
        with self._lock:
            return [list(lines) for lines in self._by_connection]

    @property
    def raw(self) -> bytes:
        with self._lock:
            return bytes(self._raw)

    @property
    def open_connections(self) -> int:
        with self._lock:
            return self._open

    def timer(self) -> TimerView:
        return timer_view(self.lines)

    def wait_until(self, condition: Callable[[Listener], bool], timeout: float = 5.0) -> bool:
        """Poll until condition(self) holds; False if it still does not after the timeout."""
        deadline = time.monotonic() + timeout
        while not condition(self):
            if time.monotonic() > deadline:
                return False
            time.sleep(POLL / 2)
        return True

    def _accept(self, server: socket.socket) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self._by_connection.append([])
                index = len(self._by_connection) - 1
                self._open += 1
                generation = self._generation
            reader = threading.Thread(target=self._read, args=(conn, index, generation), daemon=True)
            reader.start()
            with self._lock:
                self._readers.append((generation, reader))

    def _read(self, conn: socket.socket, index: int, generation: int) -> None:
        conn.settimeout(POLL)
        pending = b""
        try:
            while not self._stopping.is_set() and generation == self._generation:
                try:
                    data = conn.recv(4096)
                except TimeoutError:
                    continue
                except OSError:
                    return
                if not data:
                    return
                *complete, pending = (pending + data).split(b"\n")
                with self._lock:
                    self._raw += data
                    self._by_connection[index] += [line.rstrip(b"\r").decode() for line in complete]
        finally:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            conn.close()
            with self._lock:
                self._open -= 1

    def _join_readers(self, everyone: bool) -> None:
        """Wait for the readers to close their connections: all, or those of older generations
        (a client may already be back on a new connection, which stays)."""
        with self._lock:
            readers = [(g, r) for g, r in self._readers if everyone or g < self._generation]
        for _, reader in readers:
            reader.join(timeout=2)
        with self._lock:
            self._readers = [(g, r) for g, r in self._readers if r.is_alive()]
