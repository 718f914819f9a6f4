"""Excel export of a 100,000-contact database: time and peak memory of SOOSR Desk's
export, next to a bare openpyxl write-only loop over the same rows, in the same run.

    python bench/export.py

Target (issue 4): within 1.3x the bare loop, peak memory under 300 MB."""

from __future__ import annotations

import json
import subprocess
import sys

from _common import OUT, ROOT, demo_database, fresh_copy

OURS = r"""
import json, resource, sys, time
from soosr_desk.services import registers
from soosr_desk.store.opening import open_database
db = open_database(sys.argv[1])
t0 = time.perf_counter()
report = registers.export("contacts", sys.argv[2])
seconds = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak, "rows": report.rows["Contacten"]}))
"""

BARE = r"""
import json, resource, sqlite3, sys, time
from openpyxl import Workbook
conn = sqlite3.connect(sys.argv[1])
t0 = time.perf_counter()
wb = Workbook(write_only=True)
ws = wb.create_sheet("Contacten")
ws.append(["Nr.", "Achternaam", "Voornaam", "Bedrijf", "Functie", "E-mail", "Telefoon",
           "Straat", "Postcode", "Plaats", "Relatie", "Bron", "Ontvangen", "Beperkt", "Bezwaar"])
n = 0
for row in conn.execute(
    "SELECT c.id, c.last_name, c.first_name, co.name, c.job_title, c.email, c.phone, c.street,"
    " c.postcode, c.city, c.relation, c.source, c.received_on, c.restricted,"
    " c.objected_marketing FROM contact c LEFT JOIN company co ON c.company_id = co.id"
    " WHERE c.erased = 0 ORDER BY c.id"):
    ws.append(list(row))
    n += 1
wb.save(sys.argv[2])
seconds = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak, "rows": n}))
"""


def child(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         check=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    db = fresh_copy(demo_database(), "bench-export.db")
    bare = child(BARE, str(db), str(OUT / "bare.xlsx"))
    ours = child(OURS, str(db), str(OUT / "ours.xlsx"))
    print(f"rows                         : {ours['rows']:,} x 15 cells")
    print(
        f"bare openpyxl write-only loop : {bare['seconds']:6.1f} s, peak {bare['peak_mb']:5.0f} MB"
    )
    print(
        f"SOOSR Desk export (contacts)  : {ours['seconds']:6.1f} s, peak {ours['peak_mb']:5.0f} MB"
    )
    print(f"ratio                        : {ours['seconds'] / bare['seconds']:6.2f}x  "
          "(target <= 1.3x, peak < 300 MB)")  # fmt: skip


if __name__ == "__main__":
    main()
