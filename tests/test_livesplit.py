"""LiveSplit shows the game's run: the commands arrive in order with the right game times, and
LiveSplit being absent, late or restarted never stalls the game nor leaves LiveSplit out of line."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from livesplit_listener import Listener, TimerView

from coraline_game.speedrun.livesplit import LiveSplitClient, parse_address

START = ["reset", "starttimer", "initgametime", "pausegametime", "setgametime 0:00:00.000"]


@pytest.fixture
def server() -> Iterator[Listener]:
    with Listener() as listener:
        yield listener


@pytest.fixture
def client_for() -> Iterator:
    """Clients made by a test are closed after it, whatever happens."""
    clients: list[LiveSplitClient] = []

    def make(port: int) -> LiveSplitClient:
        clients.append(LiveSplitClient("127.0.0.1", port, retry_seconds=0.05))
        return clients[-1]

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def connected(server, client_for) -> LiveSplitClient:
    """A client already talking to the server, so every line it is given goes out as such.
    (Lines given before a connection are folded into the run as it stands; see below.)"""
    client = client_for(server.port)
    assert wait(lambda: client.connected)
    return client


def free_port() -> int:
    """A port nobody listens on (a listener that came and went)."""
    listener = Listener().start()
    listener.stop()
    return listener.port


def wait(condition, timeout: float = 5.0) -> bool:
    """Poll until condition() holds; False if it still does not after the (generous) timeout."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


# Addresses typed by a person

@pytest.mark.parametrize(("text", "address"), [
    ("16834", ("127.0.0.1", 16834)),
    (" 16834 ", ("127.0.0.1", 16834)),
    ("192.168.1.20:16834", ("192.168.1.20", 16834)),
    ("localhost:9000", ("localhost", 9000)),
    ("[::1]:16834", ("::1", 16834)),
])
def test_addresses_a_person_would_type_are_understood(text, address):
    assert parse_address(text) == address


@pytest.mark.parametrize(("text", "says"), [
    ("abc", "'abc' is not a port: add ':' and the port, like abc:16834"),
    ("", "type an address like 127.0.0.1:16834"),
    (":16834", "the host before ':' is missing"),
    ("localhost:", "the port after ':' is missing (LiveSplit uses 16834)"),
    ("localhost:abc", "the port must be a number from 1 to 65535, not 'abc'"),
    ("0", "from 1 to 65535"),
    ("65536", "from 1 to 65535"),
    ("127.0.0.1:99999", "from 1 to 65535"),
    ("::1:16834", "put an IPv6 address in brackets, like [::1]:16834"),
    ("[::1]", "put ':' and the port after the ']'"),
    ("-5", "'-5' is not a port"),
])
def test_bad_addresses_say_what_to_write(text, says):
    with pytest.raises(ValueError) as error:
        parse_address(text)
    assert says in str(error.value)


# A run as LiveSplit receives it

def test_a_run_arrives_in_order_with_exact_game_times(server, connected):
    client = connected
    client.start_run()
    client.game_time(1)
    client.split(600)  # 10 s
    client.split(1234)  # 20.566 s
    client.reset()
    assert client.flush(timeout=5)
    assert server.wait_until(lambda s: len(s.lines) == 11)
    assert server.lines == [*START, "setgametime 0:00:00.016",
                            "setgametime 0:00:10.000", "split",
                            "setgametime 0:00:20.566", "split", "reset"]
    assert server.raw.count(b"\r\n") == 11 and server.raw.endswith(b"reset\r\n")
    assert server.connections == [server.lines]  # one connection for the whole run


def test_livesplit_shows_the_splits_and_our_game_time_not_its_own(server, connected):
    client = connected
    client.start_run()
    for tick in range(1, 601):
        client.game_time(tick)
    client.split(600)
    for tick in range(601, 700):
        client.game_time(tick)
    assert client.flush(timeout=5)
    # the last IGT sent is tick 691 (every 15 ticks from 601, the first after the split)
    assert server.wait_until(lambda s: s.timer().game_time == "0:00:11.516")
    assert server.timer() == TimerView(running=True, split_times=("0:00:10.000",),
                                       game_time="0:00:11.516", game_time_paused=True)


def test_game_time_is_sent_four_times_a_second_of_igt_and_right_after_each_split(server, connected):
    client = connected
    client.start_run()
    for tick in range(1, 50):
        client.game_time(tick)
    client.split(50)
    client.game_time(51)
    client.game_time(52)
    assert client.flush(timeout=5)
    assert server.wait_until(lambda s: s.lines[-1:] == ["setgametime 0:00:00.850"])
    sent = [line.removeprefix("setgametime ") for line in server.lines[len(START):]]
    assert sent == ["0:00:00.016", "0:00:00.266", "0:00:00.516", "0:00:00.766",  # ticks 1, 16, 31, 46
                    "0:00:00.833", "split", "0:00:00.850"]  # split at 50, then 51 at once, not 52

    client.start_run()  # a new run: its first game time goes out at once too
    client.game_time(60)
    assert client.flush(timeout=5)
    assert server.wait_until(lambda s: s.lines[-1:] == ["setgametime 0:00:01.000"])
    assert server.lines[-len(START) - 1:] == [*START, "setgametime 0:00:01.000"]


def test_game_time_and_splits_outside_a_run_are_not_sent(server, connected):
    client = connected
    client.game_time(100)
    client.split(100)
    client.start_run()
    client.reset()
    client.split(200)
    assert client.flush(timeout=5)
    assert server.wait_until(lambda s: len(s.lines) == len(START) + 1)
    assert server.lines == [*START, "reset"]


def test_the_settings_screen_says_whether_livesplit_is_there(server, client_for):
    client = client_for(server.port)
    assert wait(lambda: client.connected)
    assert client.status == f"connected to 127.0.0.1:{server.port}"
    server.stop()
    refused = f"not connected to 127.0.0.1:{server.port} (connection refused); retrying every 0.05 s"
    assert wait(lambda: client.status == refused), client.status
    assert not client.connected
    assert server.lines == []  # no run yet: connecting alone tells LiveSplit nothing


def test_the_status_names_the_address_as_typed_and_the_retry_in_seconds():
    port = free_port()
    client = LiveSplitClient("::1", port)  # retries every 2 s by default
    try:
        assert wait(lambda: not client.status.startswith("connecting"))
        assert client.status.startswith(f"not connected to [::1]:{port} (")
        assert client.status.endswith("); retrying every 2 s")
    finally:
        client.close()


# LiveSplit absent, late, or going away

def test_without_livesplit_the_game_goes_on_and_livesplit_catches_up_when_it_opens(client_for):
    port = free_port()
    client = client_for(port)
    assert wait(lambda: client.status.startswith("not connected"))
    calls = 0
    client.start_run()
    calls += 1
    for tick in range(1, 998):
        if tick in (300, 700):
            client.split(tick)
        else:
            client.game_time(tick)
        calls += 1
    client.game_time(998)
    calls += 1
    client.split(999)
    calls += 1
    assert calls == 1000  # every call came back while nobody listened
    assert not client.connected
    assert client.status.startswith(f"not connected to 127.0.0.1:{port}")
    assert not client.flush(timeout=0.1)  # nothing could be delivered

    with Listener(port) as late:
        assert late.wait_until(lambda s: s.timer().split_times == ("0:00:05.000", "0:00:11.666", "0:00:16.650"))
        assert late.timer() == TimerView(running=True, split_times=("0:00:05.000", "0:00:11.666", "0:00:16.650"),
                                         game_time="0:00:16.650", game_time_paused=True)
        assert client.flush(timeout=5)
        assert late.lines[0] == "reset"  # whatever LiveSplit showed before is cleared first
        assert len(late.lines) < 20  # the picture, not a thousand stale lines
        client.game_time(1020)
        assert client.flush(timeout=5)
        assert late.wait_until(lambda s: s.timer().game_time == "0:00:17.000")


def test_livesplit_dropping_the_connection_mid_run_is_put_back_in_line(server, client_for):
    client = client_for(server.port)
    client.start_run()
    client.game_time(100)
    client.split(600)
    client.game_time(700)
    assert client.flush(timeout=5)
    assert server.wait_until(lambda s: s.timer().game_time == "0:00:11.666")

    server.drop_clients()
    # The client notices by itself, connects again and sends the run as it stands.
    assert server.wait_until(lambda s: len(s.connections) == 2 and s.connections[1][-1:] == ["setgametime 0:00:11.666"])
    assert server.connections[1] == ["reset", "starttimer", "initgametime", "pausegametime",
                                     "setgametime 0:00:10.000", "split", "setgametime 0:00:11.666"]
    assert wait(lambda: client.connected)

    client.split(1200)  # ...and the run goes on
    assert client.flush(timeout=5)
    assert server.wait_until(lambda s: len(s.timer().split_times) == 2)
    assert server.timer() == TimerView(running=True, split_times=("0:00:10.000", "0:00:20.000"),
                                       game_time="0:00:20.000", game_time_paused=True)


def test_a_run_split_while_livesplit_restarts_is_complete_when_it_is_back(server, client_for):
    client = client_for(server.port)
    client.start_run()
    client.split(600)
    assert client.flush(timeout=5)
    server.stop()
    assert wait(lambda: not client.connected)
    client.split(1200)  # nobody hears these...
    client.game_time(1300)
    server.start()  # ...LiveSplit is back on the same port
    assert server.wait_until(lambda s: s.timer().game_time == "0:00:21.666")
    assert server.timer().split_times == ("0:00:10.000", "0:00:20.000")


def test_a_run_reset_while_livesplit_was_away_is_reset_there_too(server, client_for):
    client = client_for(server.port)
    client.start_run()
    client.split(600)
    assert client.flush(timeout=5)
    server.stop()
    assert wait(lambda: not client.connected)
    client.reset()
    server.start()
    assert server.wait_until(lambda s: len(s.connections) == 2 and s.connections[1] == ["reset"])
    assert client.flush(timeout=5)
    assert not server.timer().running


def test_closing_the_client_hangs_up_and_later_calls_are_harmless(server, client_for):
    client = client_for(server.port)
    assert wait(lambda: client.connected)
    assert server.wait_until(lambda s: s.open_connections == 1)
    client.close()
    assert server.wait_until(lambda s: s.open_connections == 0)
    assert not client.connected
    client.start_run()
    client.split(60)
    assert not client.flush(timeout=0.1)
