"""The LiveSplit Server client: shows the game's run (start, in-game time, splits, reset) in LiveSplit.

A background thread owns the socket and reconnects on its own; the game thread only queues
lines under a short lock and never waits on the network, nor sees an error from it.

How LiveSplit stays in line with the game. The client keeps a *run picture*: whether a run is
on, the IGT of every split done, and the latest IGT. On every fresh connection (the first one,
or after LiveSplit went away) it drops whatever was waiting and sends the picture instead:
``reset``, then for a run on ``starttimer``, ``initgametime``, ``pausegametime``, each split as
``setgametime <its time>`` + ``split``, and the current ``setgametime``. A run reset while
LiveSplit was away becomes a single ``reset``; before the game ever starts a run, nothing.
LiveSplit's game time stays paused, so it shows exactly the times we set, never its own clock.
"""

from __future__ import annotations

import ipaddress
import select
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, replace

from coraline_game.world.walkthrough import format_time

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 16834
GAME_TIME_EVERY = 15  # ticks of IGT between two ``setgametime`` lines (4 a second)
MAX_QUEUED = 256  # lines waiting to be sent; past this the run picture stands in for them
CONNECT_TIMEOUT = 1.0  # seconds
SEND_TIMEOUT = 2.0  # seconds
IDLE_POLL = 0.1  # seconds between checks that LiveSplit is still there when nothing is sent



def parse_address(text: str) -> tuple[str, int]:
    """(host, port) from ``HOST:PORT``, ``[IPv6]:PORT`` or ``PORT`` (on this computer).

    Raises ValueError saying what is wrong, in words a player can act on.
    """
    text = text.strip()
    if not text:
        raise ValueError(f"type an address like {DEFAULT_HOST}:{DEFAULT_PORT}")
    if text.startswith("["):
        host, sep, rest = text[1:].partition("]")
        if not sep:
            raise ValueError("a '[' needs a closing ']' after the IPv6 address")
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            raise ValueError(f"'{host}' is not an IPv6 address") from None
        if not rest.startswith(":"):
            raise ValueError("put ':' and the port after the ']'")
        return host, _parse_port(rest[1:])
    if text.count(":") > 1:
        raise ValueError("put an IPv6 address in brackets, like [::1]:16834")
    host, sep, port = text.partition(":")
    if not sep:
        if text.isascii() and text.isdigit():
            return DEFAULT_HOST, _parse_port(text)
        raise ValueError(f"'{text}' is not a port: add ':' and the port, like {text}:{DEFAULT_PORT}")
    if not host:
        raise ValueError(f"the host before ':' is missing ({DEFAULT_HOST} is this computer)")
    return _check_host(host), _parse_port(port)


def _parse_port(text: str) -> int:
    if not text:
        raise ValueError(f"the port after ':' is missing (LiveSplit uses {DEFAULT_PORT})")
    if not (text.isascii() and text.isdigit()) or len(text) > 5 or not 1 <= int(text) <= 65535:
        raise ValueError(f"the port must be a number from 1 to 65535, not '{text}'")
    return int(text)


def _check_host(host: str) -> str:
    labels = host.split(".")
    if all(label.isdigit() for label in labels):
        try:
            return str(ipaddress.IPv4Address(host))
        except ValueError:
            raise ValueError(f"'{host}' is not an IP address (each part is 0-255)") from None
    if len(host) > 253 or not all(_good_label(label) for label in labels):
        raise ValueError(f"'{host}' is not a host name (letters, digits, '-' and '.')")
    return host


def _good_label(label: str) -> bool:
    return (0 < len(label) <= 63 and label.isascii() and not label.startswith("-")
            and not label.endswith("-") and all(c.isalnum() or c == "-" for c in label))


def format_address(host: str, port: int) -> str:
    """host:port as a person would type it back ([::1]:16834 for IPv6)."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def set_game_time(ticks: int) -> str:
    return f"setgametime {format_time(ticks)}"


@dataclass(frozen=True, slots=True)
class RunPicture:
    """What LiveSplit should be showing now."""

    told: bool = False  # the game has started or reset a run since the client began
    running: bool = False
    split_ticks: tuple[int, ...] = ()  # IGT of each split done, in order
    ticks: int = 0  # the latest IGT the game gave

    def lines(self) -> list[str]:
        """The commands that bring a LiveSplit in any state to this picture."""
        if not self.told:
            return []
        if not self.running:
            return ["reset"]
        lines = ["reset", "starttimer", "initgametime", "pausegametime"]
        for ticks in self.split_ticks:
            lines += [set_game_time(ticks), "split"]
        return [*lines, set_game_time(self.ticks)]


class LiveSplitClient:
    """Mirrors the run to a LiveSplit Server at host:port. Every method but ``flush`` returns at once.

    Call ``start_run`` first; ``game_time`` and ``split`` outside a run are ignored. Times are
    IGT in ticks.
    """

    def __init__(self, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                 retry_seconds: float = 2.0) -> None:
        self.host = host
        self.port = port
        self.retry_seconds = retry_seconds
        self.address = format_address(host, port)
        self._cond = threading.Condition()
        # Everything below is shared with the thread: read and written under self._cond only.
        self._picture = RunPicture()
        self._waiting: deque[str] = deque()  # lines to send after the picture is in LiveSplit
        self._catch_up = True  # the next thing to send is the whole picture, not ``_waiting``
        self._queued = 0  # lines ever queued
        self._delivered = 0  # of those, how many LiveSplit has (sent, or stood in for by the picture)
        self._connected = False
        self._status = f"connecting to {self.address}…"
        self._last_game_time: int | None = None  # IGT last sent; None: the next game_time is sent
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"livesplit {self.address}", daemon=True)
        self._thread.start()

    # The game's side: short work under the lock, no network.

    def start_run(self) -> None:
        """A new run from 0:00:00.000 (any run LiveSplit shows is reset first)."""
        with self._cond:
            self._picture = RunPicture(told=True, running=True)
            self._last_game_time = None
            self._queue(self._picture.lines())

    def game_time(self, ticks: int) -> None:
        """The run's IGT now: sent if GAME_TIME_EVERY ticks passed since the last one sent, or if
        it is the first since the start or the last split."""
        with self._cond:
            if not self._picture.running:
                return
            self._picture = replace(self._picture, ticks=ticks)
            last = self._last_game_time
            if last is None or ticks - last >= GAME_TIME_EVERY or ticks < last:
                self._last_game_time = ticks
                self._queue([set_game_time(ticks)])

    def split(self, ticks: int) -> None:
        """A split reached at this IGT."""
        with self._cond:
            if not self._picture.running:
                return
            self._picture = replace(self._picture, ticks=ticks,
                                    split_ticks=(*self._picture.split_ticks, ticks))
            self._last_game_time = None
            self._queue([set_game_time(ticks), "split"])

    def reset(self) -> None:
        """The run is over or abandoned: LiveSplit's timer is reset."""
        with self._cond:
            self._picture = RunPicture(told=True)
            self._last_game_time = None
            self._queue(["reset"])

    @property
    def status(self) -> str:
        """One line for the settings screen: connected, connecting, or why not and when it retries."""
        with self._cond:
            return self._status

    @property
    def connected(self) -> bool:
        with self._cond:
            return self._connected

    def flush(self, timeout: float = 2.0) -> bool:
        """Wait until LiveSplit has everything queued so far (True), or the timeout passes (False).

        This one blocks: it is for headless replays and tests, not for the game loop."""
        deadline = time.monotonic() + timeout
        with self._cond:
            target = self._queued
            while self._delivered < target:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._stop.is_set():
                    return False
                self._cond.wait(remaining)
            return True

    def close(self) -> None:
        """Stop the thread and close the connection (waits at most half a second)."""
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        self._thread.join(timeout=0.5)

    def _queue(self, lines: list[str]) -> None:
        """Called with the lock held, after the picture was updated to include these lines."""
        self._queued += len(lines)
        if not self._catch_up:  # otherwise the picture, sent on connection, carries them
            self._waiting.extend(lines)
            if len(self._waiting) > MAX_QUEUED:
                self._waiting.clear()
                self._catch_up = True
        self._cond.notify_all()

    # The thread's side: network, and the lock only to trade lines and status.

    def _run(self) -> None:
        sock: socket.socket | None = None
        try:
            while not self._stop.is_set():
                if sock is None:
                    sock = self._connect()
                    if sock is None:
                        self._stop.wait(self.retry_seconds)
                        continue
                if not self._pump(sock):
                    sock.close()
                    sock = None
                    self._lost("connection lost")
        finally:
            if sock is not None:
                sock.close()
            with self._cond:
                self._connected = False
                self._status = f"not connected to {self.address} (closed)"
                self._cond.notify_all()

    def _connect(self) -> socket.socket | None:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=CONNECT_TIMEOUT)
        except (OSError, ValueError) as exc:  # ValueError: a host name the resolver refuses
            self._lost(_reason(exc))
            return None
        sock.settimeout(SEND_TIMEOUT)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._cond:
            self._catch_up = True
            self._waiting.clear()
            self._connected = True
            self._status = f"connected to {self.address}"
        return sock

    def _lost(self, reason: str) -> None:
        with self._cond:
            self._catch_up = True
            self._waiting.clear()
            self._connected = False
            self._status = (f"not connected to {self.address} ({reason}); "
                            f"retrying every {self.retry_seconds:g} s")
            self._cond.notify_all()

    def _pump(self, sock: socket.socket) -> bool:
        """Send what is waiting (the picture first if needed); False if the connection is gone."""
        with self._cond:
            if not (self._catch_up or self._waiting or self._stop.is_set()):
                self._cond.wait(IDLE_POLL)
            if self._catch_up:
                lines = self._picture.lines()
                self._catch_up = False
            else:
                lines = list(self._waiting)
            self._waiting.clear()
            upto = self._queued
        # Lines taken but not sent are not lost: _lost asks for the picture again.
        if _peer_closed(sock):
            return False
        if lines:
            try:
                sock.sendall("".join(f"{line}\r\n" for line in lines).encode("ascii"))
            except OSError:
                return False
        with self._cond:
            self._delivered = max(self._delivered, upto)
            self._cond.notify_all()
        return True


def _peer_closed(sock: socket.socket) -> bool:
    """True if LiveSplit closed the connection (it answers none of our commands, so any read is EOF)."""
    try:
        readable, _, _ = select.select([sock], [], [], 0)
        return bool(readable) and not sock.recv(4096)
    except OSError:
        return True


def _reason(exc: Exception) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, TimeoutError):
        return "no answer"
    if isinstance(exc, socket.gaierror):
        return "unknown host"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__
