"""Contact import of 100,000 rows, from a Dutch-Excel CSV (Windows-1252, `;`) and from an
.xlsx: SOOSR Desk's import (read, map, check every row, insert as one batch) next to the
bare library reading the same file plus a bare bulk insert (sqlite3 executemany), each in
a fresh database, in the same run.

    python bench/import.py [ROWS] [REPEAT] [csv|xlsx]

The three runs are interleaved REPEAT times (default 3) and the median and the fastest
(min) of each are shown, with the load average before and after each round: on a shared
machine only a ratio measured in the same minutes means anything.

The bare side reads the same file with the same library (csv.reader with the file's
encoding and separator; openpyxl read-only) and inserts the same contact rows the import
stores: every column, a company row per distinct company name and the contact's company
id, a sort name and a search line made of the same texts, in one transaction with
sqlite3's executemany. What the import does on top is the import's cost: detecting the
encoding and separator, mapping the columns, the checks, the duplicate check by e-mail, the
batch row with the runs of new ids (for the undo), the audit event, progress and cancel.

Target (issue 17): within 2x the bare read plus insert. A third run reads the same way
and puts every row through `contacts.validate` (the checks every contact typed in gets:
lengths, control characters, BSN, e-mail, phone numbers normalised) before the bulk
insert, to show what the checks cost by themselves."""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys

from _common import OUT, ROOT

HEADERS = ["Voornaam", "Achternaam", "Bedrijf", "Functie", "E-mailadres", "Telefoon", "Plaats"]
FIRST = ["Anna", "Bram", "Céline", "Daan", "Eva", "Finn", "Jörg", "Lotte", "Noah", "Zoë"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Müller"]
CITIES = ["Noordwijk", "Leiden", "Katwijk", "Den Haag", "Lisse", "Sassenheim"]

# The bare bulk insert both bare runs share: the same contact rows SOOSR Desk stores (the
# same columns, a company row per distinct name and the contact's company id, a sort name
# and a search line of the same texts), in one transaction, with sqlite3 alone. What the
# import writes on top (the batch and its runs of new ids for the undo, one audit event) it pays.
INSERT = r"""
def bare_insert(conn, rows):
    today = dt.date.today().isoformat()
    now = dt.datetime.now().replace(microsecond=0).isoformat(" ")
    with conn:
        names = list(dict.fromkeys(r[2] for r in rows if r[2]))
        conn.executemany(
            "INSERT INTO company (name, street, postcode, city, country, kvk_number,"
            " created_at, updated_at) VALUES (?, '', '', '', 'NL', '', ?, ?)",
            [(name, now, now) for name in names])
        ids = dict(conn.execute("SELECT name, id FROM company"))
        conn.executemany(
            "INSERT INTO contact (first_name, last_name, gender, job_title, company_id, street,"
            " postcode, city, country, phone, email, signing_authority, location, source,"
            " relation, language, received_on, restricted, restricted_reason,"
            " objected_marketing, legal_hold, legal_hold_reason, erased, sort_name,"
            " search_text, created_at, updated_at)"
            " VALUES (?, ?, 'unknown', ?, ?, '', '', ?, 'NL', ?, ?, '', '', 'contract', 'lead',"
            " 'nl', ?, 0, '', 0, 0, '', 0, ?, ?, ?, ?)",
            [(r[0], r[1], r[3], ids.get(r[2]), r[6], r[5], r[4], today,
              f"{r[1]} {r[0]}".lower(), " ".join((r[0], r[1], r[4], r[5], r[6], r[2])).lower(),
              now, now)
             for r in rows])
    return len(rows)


def bare_read(path):
    if path.endswith(".xlsx"):
        from openpyxl import load_workbook
        book = load_workbook(path, read_only=True, data_only=True)
        rows = [[("" if v is None else str(v)) for v in r]
                for r in book.worksheets[0].iter_rows(min_row=2, values_only=True)]
        book.close()
        return rows
    with open(path, encoding="cp1252", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))[1:]
"""

CHECKED = (
    r"""
import csv, datetime as dt, json, resource, sqlite3, sys, time
from soosr_desk.services.contacts import ContactData, validate
from soosr_desk.store.opening import open_database
"""
    + INSERT
    + r"""
open_database(sys.argv[1]).close()
conn = sqlite3.connect(sys.argv[1])
t0, c0 = time.perf_counter(), time.process_time()
rows = bare_read(sys.argv[2])
today = dt.date.today()
out = []
for r in rows:
    d = ContactData(first_name=r[0], last_name=r[1], company_name=r[2], job_title=r[3],
                    email=r[4], phone=r[5], city=r[6], received_on=today)
    if not validate(d, today):
        out.append([d.first_name, d.last_name, d.company_name, d.job_title, d.email, d.phone,
                    d.city])
n = bare_insert(conn, out)
seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak, "rows": n}))
"""
)

OURS = r"""
import datetime as dt, json, resource, sys, time
from soosr_desk.services.importing.batch import run_import
from soosr_desk.services.importing.checks import ImportOptions
from soosr_desk.services.importing.mapping import guess_mapping
from soosr_desk.services.importing.readers import read_table
from soosr_desk.store.opening import open_database
db = open_database(sys.argv[1])
t0, c0 = time.perf_counter(), time.process_time()
table = read_table(sys.argv[2])
result = run_import(table, guess_mapping(table.headers), ImportOptions(source="contract"))
seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak, "rows": result.added,
                  "skipped": len(result.skipped)}))
"""

BARE = (
    r"""
import csv, datetime as dt, json, resource, sqlite3, sys, time
from soosr_desk.store.opening import open_database
"""
    + INSERT
    + r"""
open_database(sys.argv[1]).close()
conn = sqlite3.connect(sys.argv[1])
t0, c0 = time.perf_counter(), time.process_time()
n = bare_insert(conn, bare_read(sys.argv[2]))
seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak, "rows": n}))
"""
)


def rows(n: int) -> list[list[str]]:
    rng = random.Random(17)
    out = []
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        out.append(
            [
                first,
                last,
                f"Bedrijf {i % 5000}",
                "Inkoper",
                f"p{i}@bedrijf{i % 5000}.nl",
                f"06-{10_000_000 + i}",
                rng.choice(CITIES),
            ]
        )
    return out


def write_files(n: int):
    from openpyxl import Workbook

    OUT.mkdir(parents=True, exist_ok=True)
    data = rows(n)
    csv_path = OUT / f"import-{n}.csv"
    lines = [";".join(HEADERS)] + [";".join(r) for r in data]
    csv_path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    xlsx_path = OUT / f"import-{n}.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Contacten")
    sheet.append(HEADERS)
    for r in data:
        sheet.append(r)
    book.save(xlsx_path)
    return csv_path, xlsx_path


def child(code: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def fresh(name: str):
    from pathlib import Path

    path = OUT / name
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def _load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    only = sys.argv[3] if len(sys.argv) > 3 else ""  # csv or xlsx: that file alone
    for path in write_files(n):
        kind = path.suffix[1:]
        if only and kind != only:
            continue
        runs: dict[str, list[float]] = {"bare": [], "checked": [], "ours": []}
        peaks: dict[str, float] = {}
        counts: dict[str, int] = {}
        cpus: dict[str, list[float]] = {"bare": [], "checked": [], "ours": []}
        loads = [_load()]
        for _ in range(repeat):  # interleaved, so a busy machine slows all three alike
            for name, code in (("bare", BARE), ("checked", CHECKED), ("ours", OURS)):
                out = child(code, str(fresh(f"import-{name}-{kind}.db")), str(path))
                runs[name].append(out["seconds"])
                cpus[name].append(out["cpu"])
                peaks[name] = max(peaks.get(name, 0.0), out["peak_mb"])
                counts[name] = out["rows"]
                if name == "ours":
                    rows, skipped = out["rows"], out["skipped"]
            loads.append(_load())
        med = {k: statistics.median(v) for k, v in runs.items()}
        low = {k: min(v) for k, v in runs.items()}
        print(
            f"{kind:4} {rows:,} rows ({skipped} skipped), {repeat} interleaved runs,"
            f" load average (1 min) {' '.join(loads)}"
        )
        if len(set(counts.values())) != 1:  # each side must have stored the same rows
            raise SystemExit(f"{kind}: the runs stored different numbers of rows: {counts}")
        cpu = {k: statistics.median(v) for k, v in cpus.items()}
        print("                            median     min   peak   CPU median")
        for key, label in (
            ("bare", "bare read + insert      "),
            ("checked", "same + contacts.validate"),
            ("ours", "SOOSR Desk import       "),
        ):
            print(
                f"  {label}: {med[key]:6.2f} s {low[key]:6.2f} s {peaks[key]:5.0f} MB"
                f" {cpu[key]:7.2f} s"
            )
        print(
            f"  ratio to bare           : {med['ours'] / med['bare']:6.2f}x median,"
            f" {low['ours'] / low['bare']:5.2f}x min (target <= 2x)"
        )
        print(
            f"  ratio to bare, CPU time : {cpu['ours'] / cpu['bare']:6.2f}x median"
            " (the process's own time: what a busy machine disturbs least)"
        )
        print(
            f"  ratio to bare + checks  : {med['ours'] / med['checked']:6.2f}x median,"
            f" {low['ours'] / low['checked']:5.2f}x min"
        )


if __name__ == "__main__":
    main()
