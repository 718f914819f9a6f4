"""One desk of an office at work, for the concurrency test (test_server_office.py) and the
bench (bench/server.py): for SECONDS it takes in contacts and requests, searches, raises
a shared counter kept in a contact (read, add one, save: the lost-update probe) and now
and then erases someone, each through the services as the window would. Then it prints
one JSON line: what it did, what was refused with a message (a stale copy, a contact
already erased) and what failed otherwise (a deadlock or any error the user would see).

    python tests/store/desk_mix.py DATABASE DESK SECONDS SEED [COUNTER_IDS]
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from soosr_desk.services import contact_list, contacts, erasure, requests  # noqa: E402
from soosr_desk.services.errors import ServiceError  # noqa: E402
from soosr_desk.store import models  # noqa: E402
from soosr_desk.store.opening import close_database, open_database  # noqa: E402

WORDS = ("jan", "van de", "amst", "bakker", "@gmail", "06", "vries", "ma", "utrecht")
MIX = (  # operation, weight
    ("search", 40),
    ("counter", 25),
    ("contact", 15),
    ("request", 15),
    ("erase", 5),
)


def main(where: str, desk: str, seconds: float, seed: int, counters: list[int]) -> dict:
    rnd = random.Random(seed)
    database = open_database(where if where.startswith("postgres") else Path(where), create=False)
    done: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    failed: list[str] = []
    times: dict[str, list[float]] = {}
    mine: list[int] = []  # contacts this desk made (erased from these: no one else's)
    raised: dict[int, int] = {c: 0 for c in counters}
    references: list[str] = []
    ops, weights = zip(*MIX, strict=True)
    end = time.monotonic() + seconds
    try:
        while time.monotonic() < end:
            op = rnd.choices(ops, weights)[0]
            if op == "counter" and not counters:
                op = "search"
            t0 = time.perf_counter()
            try:
                if op == "search":
                    contact_list.search_ids(rnd.choice(WORDS))
                elif op == "contact":
                    saved = contacts.save_contact(
                        contacts.ContactData(
                            first_name=f"Desk{desk}", last_name=f"Nummer{len(mine)}"
                        )
                    )
                    mine.append(saved.id)
                elif op == "request":
                    made = requests.save_request(
                        requests.RequestData(
                            kind="access",
                            received_on=dt.date.today(),
                            requester_name=f"Aanvrager {desk}",
                            requester_email=f"desk{desk}@example.nl",
                        )
                    )
                    references.append(made.reference)
                elif op == "counter":
                    cid = rnd.choice(counters)
                    data = contacts.get_contact(cid)
                    data.job_title = str(int(data.job_title or "0") + 1)
                    contacts.save_contact(data)
                    raised[cid] += 1
                elif op == "erase":
                    if not mine:
                        continue
                    erasure.erase_contact(mine.pop(0), reason="manual")
                done[op] += 1
            except ServiceError as exc:  # said to the user as a message: a refusal
                refused[f"{op}:{type(exc).__name__}"] += 1
            except Exception as exc:  # anything else would reach the user as a failure
                failed.append(f"{op}:{type(exc).__name__}:{str(exc)[:120]}")
            times.setdefault(op, []).append(time.perf_counter() - t0)
    finally:
        close_database(database)
        models.database_proxy.initialize(None)
    return {
        "desk": desk,
        "done": dict(done),
        "refused": dict(refused),
        "failed": failed,
        "raised": {str(k): v for k, v in raised.items()},
        "references": references,
        "times": times,
    }


if __name__ == "__main__":
    counter_ids = [int(x) for x in sys.argv[5].split(",")] if len(sys.argv) > 5 else []
    result = main(sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4]), counter_ids)
    print(json.dumps(result))
