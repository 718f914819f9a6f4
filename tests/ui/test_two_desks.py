"""Two desks of one office on one PostgreSQL server (issue 18, "Done when"): two processes,
each the real window offscreen (tests/ui/desk_process.py), used as an office would.

- a request taken in at one desk appears in the other desk's list within seconds, with
  nobody touching the other desk (its window refreshes on the server's NOTIFY);
- the same request edited at both at once: the second save is refused, with who saved it
  meanwhile (login and computer) and when, and the form keeps the second desk's text;
- a person erased at one desk is gone at both: the other desk's list no longer shows the
  name, and its open form no longer holds the person's data."""

from __future__ import annotations

import getpass
import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]

SECONDS = 5.0  # "within seconds": the news arrives in about half a second
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def engine():
    return "postgresql"


class DeskProcess:
    def __init__(self, url: str, computer: str, home: Path):
        env = {
            **os.environ,
            "COMPUTERNAME": computer,
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.desk_process", url],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        ready = self._next(60)
        assert ready == {"ready": True}, ready

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line)

    def _next(self, timeout: float) -> dict:
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            self.proc.kill()
            raise AssertionError(f"the desk did not answer: {self.proc.stderr.read()}") from None
        try:
            return json.loads(line)
        except ValueError:
            raise AssertionError(f"the desk said: {line}") from None

    def do(self, *command) -> object:
        self.proc.stdin.write(json.dumps(list(command)) + "\n")
        self.proc.stdin.flush()
        reply = self._next(60)
        assert "error" not in reply, reply
        return reply["ok"]

    def wait_for(self, shown, what: str) -> float:
        """Seconds until `shown(rows on screen)` holds; fails after SECONDS."""
        start = time.monotonic()
        while time.monotonic() - start < SECONDS:
            if shown(self.do("rows")["rows"]):
                return time.monotonic() - start
            time.sleep(0.1)
        raise AssertionError(f"not within {SECONDS} s: {what}; shown: {self.do('rows')}")

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def desks(db_path, tmp_path):
    started = []
    try:
        for computer in ("BALIE-1", "BALIE-2"):
            started.append(DeskProcess(str(db_path), computer, tmp_path / computer))
        yield started
    finally:
        for desk in started:
            desk.close()
    for desk in started:
        assert desk.proc.returncode == 0, desk.proc.stderr.read()


def test_two_desks_on_one_office_server(desks):
    one, two = desks
    one.do("show", "requests")
    two.do("show", "requests")

    # a request taken in at desk 1 appears at desk 2, nobody touching desk 2
    saved = one.do("new_request", "Ans Visser")
    assert saved["message"] == ""
    reference = saved["heading"].split(" ")[0]
    assert reference.startswith("AVG-"), saved
    seconds = two.wait_for(lambda rows: any("Ans Visser" in r for r in rows), "the request")
    assert seconds < SECONDS

    # both open it, both edit it; desk 1 saves first, desk 2's save is refused
    assert one.do("open", reference) and two.do("open", reference)
    one.do("type", "requester_email", "ans@example.nl")
    two.do("type", "requester_email", "a.visser@example.nl")
    assert one.do("save")["message"] == ""
    refused = two.do("save")
    login = getpass.getuser()
    assert f"{login} saved it meanwhile on computer BALIE-1" in refused["message"]
    assert "Someone changed this request" in refused["message"]
    assert refused["fields"]["requester_email"] == "a.visser@example.nl"  # still in the form
    undone = two.do("undo")  # "Undo changes": what desk 1 saved
    assert undone["fields"]["requester_email"] == "ans@example.nl"
    assert undone["message"] == ""

    # a contact made at desk 1 shows at desk 2, open there; erased at desk 1: gone at both
    one.do("show", "contacts")
    two.do("show", "contacts")
    assert one.do("new_contact", "Bram", "Zwartveen")["message"] == ""
    two.wait_for(lambda rows: any("Zwartveen" in r for r in rows), "the new contact")
    assert two.do("open", "Zwartveen")
    assert two.do("form")["fields"]["last_name"] == "Zwartveen"
    assert one.do("open", "Zwartveen")
    erased = one.do("erase")
    assert erased["asked"] == 1
    assert not any("Zwartveen" in r for r in one.do("rows")["rows"])
    two.wait_for(lambda rows: not any("Zwartveen" in r for r in rows), "the erasure")
    form = two.do("form")
    assert "Zwartveen" not in json.dumps(form) and "Bram" not in json.dumps(form)
    assert not form["dirty"]  # nothing of the person left to be saved back
