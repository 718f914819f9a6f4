"""The child process of the crash test: makes real edits through the services in a loop
and prints an acknowledgement line after each one returns. It is killed at a random
moment; the parent then checks the database against the acknowledgements."""

from __future__ import annotations

import datetime as dt
import random
import sys

from soosr_desk.services import breaches, contacts, erasure
from soosr_desk.services import requests as rq
from soosr_desk.store.opening import open_database


def main(path: str, seed: int) -> None:
    db = open_database(path)
    rng = random.Random(seed)
    today = dt.date(2026, 11, 25)
    out = sys.stdout
    # the parent times its kill from here, not from the start of a slow import on a busy machine
    print("ready", file=out, flush=True)
    ids: list[int] = []
    n = 0
    while True:
        n += 1
        action = rng.random()
        if action < 0.45 or not ids:
            c = contacts.save_contact(
                contacts.ContactData(
                    first_name=f"Kill{seed}",
                    last_name=f"Proef{n}",
                    email=f"k{seed}.{n}@example.nl",
                    city="Noordwijk",
                ),
                today=today,
            )
            ids.append(c.id)
            print(f"contact {c.id} Proef{n}", file=out, flush=True)
        elif action < 0.7:
            cid = rng.choice(ids)
            note = contacts.add_note(cid, f"notitie {n} " + "x" * rng.randint(0, 3000))
            print(f"note {note.id} {cid}", file=out, flush=True)
        elif action < 0.8:
            cid = rng.choice(ids)
            consent = contacts.give_consent(cid, "Nieuwsbrief", today, f"bewijs {n}", today=today)
            print(f"consent {consent.id} {cid}", file=out, flush=True)
        elif action < 0.86:
            req = rq.save_request(
                rq.RequestData(
                    received_on=today, requester_name=f"Kill {n}", contact_id=rng.choice(ids)
                ),
                today=today,
            )
            print(f"request {req.id} {req.reference}", file=out, flush=True)
        elif action < 0.89:
            b = breaches.save_breach(
                breaches.BreachData(
                    found_at=dt.datetime(2026, 11, 25, 9, 0), description=f"lek {n}"
                ),
                now=dt.datetime(2026, 11, 25, 10, 0),
            )
            print(f"breach {b.id} {b.reference}", file=out, flush=True)
        elif action < 0.91 and len(ids) > 1:
            cid = ids.pop(rng.randrange(len(ids)))
            erasure.erase_contact(cid, reason="manual", today=today)
            print(f"erased {cid}", file=out, flush=True)
        else:
            cid = rng.choice(ids)
            data = contacts.get_contact(cid)
            data.job_title = f"Functie {n}"
            contacts.save_contact(data, today=today)
            print(f"edit {cid} Functie {n}", file=out, flush=True)
        if n % 50 == 0:
            db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
