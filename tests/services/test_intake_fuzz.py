"""Whatever file a user picks, reading it gives a table / an e-mail or a known error."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from soosr_desk.services import mail_intake
from soosr_desk.services.importing.readers import read_csv
from soosr_desk.services.importing.table import UnreadableFile
from soosr_desk.services.importing.vcard import read_vcards
from tests.examples import examples

_PIECES = list('abc;,\t"\r\n=:é€\\ ') + [
    "BEGIN:VCARD",
    "END:VCARD",
    "N:",
    "\x00",
    "=E9",
    "ADR;ENCODING=QUOTED-PRINTABLE:",
    "TEL;WORK:",
]
_TEXTY = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=300), _TEXTY.map(lambda t: t.encode("utf-8"))))
def test_any_csv_or_vcard_bytes(data):
    for reader in (read_csv, read_vcards):
        try:
            table = reader(data)
        except UnreadableFile:
            continue
        assert all(isinstance(cell, str) for row in table.rows for cell in row)
        assert len(table.numbers) == len(table.rows)


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=400),
        st.binary(max_size=400).map(lambda b: mail_intake.OLE_MAGIC + b),
        _TEXTY.map(lambda t: ("From: a@b.nl\r\nSubject: " + t).encode("utf-8")),
    )
)
def test_any_mail_bytes(data):
    try:
        facts = mail_intake.read_mail_bytes(data, "x.eml")
    except mail_intake.UnreadableMail:
        return
    assert isinstance(facts.body, str) and isinstance(facts.subject, str)
    mail_intake.kept_copy(facts)  # the copy can always be written
