"""Letters of rights requests: the access answer for a contact with 200 notes, and 100
letters in a row (answers to 100 different access requests), through the real services.

    python bench/letters.py

Target (issue 6): under 0.5 s for one, under 20 s for 100."""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from soosr_desk.services import contacts as cs  # noqa: E402
from soosr_desk.services import demo  # noqa: E402
from soosr_desk.services import requests as rq  # noqa: E402
from soosr_desk.services.requests import letters as rl  # noqa: E402
from soosr_desk.store import models as m  # noqa: E402
from soosr_desk.store.opening import open_database  # noqa: E402


def main() -> None:
    today = dt.date.today()
    folder = Path(tempfile.mkdtemp(prefix="soosr-bench-letters-"))
    db = open_database(folder / "letters.db")
    demo.generate_demo(db, contacts=1000, today=today)
    person = cs.save_contact(
        cs.ContactData(first_name="Bench", last_name="Persoon", email="bench@example.nl")
    )
    with db.atomic():
        for i in range(200):
            m.ContactNote.create(
                contact=person.id, text=f"Notitie {i}: " + "tekst " * 30, author="bench"
            )
    one = []
    for _ in range(5):
        req = rq.save_request(
            rq.RequestData(received_on=today, requester_name="Bench Persoon", contact_id=person.id)
        )
        t0 = time.perf_counter()
        letter = rl.make_letter(req.id, "answer", today=today)
        one.append(time.perf_counter() - t0)
    pages = rl.letter_file(letter.id)[1].count(b"/Type /Page\n") or "?"
    print(
        f"access answer, 200 notes: median {statistics.median(one):.3f} s over 5 "
        f"(min {min(one):.3f}, max {max(one):.3f}), {pages} pages   target < 0.5 s"
    )
    people = [
        c.id
        for c in m.Contact.select(m.Contact.id)
        .where(~m.Contact.erased)
        .order_by(m.Contact.id)
        .limit(100)
    ]
    ids = [
        rq.save_request(
            rq.RequestData(received_on=today, requester_name=f"Bench {i}", contact_id=cid)
        ).id
        for i, cid in enumerate(people)
    ]
    t0 = time.perf_counter()
    for rid in ids:
        rl.make_letter(rid, "answer", today=today)
    total = time.perf_counter() - t0
    print(
        f"100 access answers in a row: {total:.1f} s ({total / len(ids) * 1000:.0f} ms each)"
        "   target < 20 s"
    )
    db.close()


if __name__ == "__main__":
    main()
