"""store.session: the one way services start a transaction (issue 19, item 7)."""

from __future__ import annotations

import threading
from pathlib import Path

import soosr_desk
from soosr_desk.store import models, session


def test_a_transaction_holds_the_connection_lock_until_it_commits(db):
    """Another thread cannot slip a statement into the middle of it (store/db.py); the
    peewee proxy's own atomic(), which services used before, took no lock at all."""
    seen = []

    def other_thread() -> None:
        got = session.lock().acquire(timeout=0.05)
        seen.append(got)
        if got:
            session.lock().release()

    with session.transaction():
        models.Setting.create(key="probe", value="1")
        probe = threading.Thread(target=other_thread)
        probe.start()
        probe.join()
    assert seen == [False]
    assert models.Setting.get_by_id("probe").value == "1"


def test_a_failed_transaction_leaves_nothing_and_frees_the_lock(db):
    try:
        with session.transaction():
            models.Setting.create(key="probe", value="1")
            raise RuntimeError("stop")
    except RuntimeError:
        pass
    assert models.Setting.get_or_none(models.Setting.key == "probe") is None
    got = []

    def other_thread() -> None:
        got.append(session.lock().acquire(timeout=1))
        if got[-1]:
            session.lock().release()

    probe = threading.Thread(target=other_thread)
    probe.start()
    probe.join()
    assert got == [True]


def test_no_service_reaches_the_database_through_a_model():
    services = Path(soosr_desk.__file__).parent / "services"
    offenders = [p.name for p in services.rglob("*.py") if "_meta.database" in p.read_text()]
    assert offenders == []
