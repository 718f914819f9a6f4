"""One desk of the office for test_server_desks: opens the server database, takes in
requests and saves contacts, each in its own transaction, then exits."""

from __future__ import annotations

import datetime as dt
import sys

from soosr_desk.services import contacts, requests
from soosr_desk.store.opening import close_database, open_database


def main(url: str, desk: str, rounds: int) -> None:
    database = open_database(url, create=False)
    try:
        for i in range(rounds):
            requests.save_request(
                requests.RequestData(
                    kind="access",
                    received_on=dt.date.today(),
                    requester_name=f"Aanvrager {desk}{i}",
                    requester_email=f"a{desk}{i}@example.nl",
                )
            )
            contacts.save_contact(contacts.ContactData(first_name=f"Desk{desk}", last_name=f"N{i}"))
    finally:
        close_database(database)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
