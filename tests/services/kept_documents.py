"""What the program keeps of documents, looked at and spoiled as a person with access to
the folder, or to the server, could: for tests on either engine (issue 18)."""

from __future__ import annotations

import datetime as dt

from soosr_desk.services import agreements, scratch, third_parties
from soosr_desk.store import documents, server_documents
from soosr_desk.store import models as m


def _server():
    db = m.database_proxy.obj
    return None if documents.folder() is not None else db


def kept_names() -> list[str]:
    """The names of the documents kept: the files in the folder, or the server's rows."""
    folder = documents.folder()
    if folder is None:
        return server_documents.names(_server())
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def overwrite(name: str, data: bytes) -> None:
    folder = documents.folder()
    if folder is None:
        _server().execute_sql(
            'UPDATE "stored_document" SET "content" = %s WHERE "file" = %s', (data, name)
        )
    else:
        (folder / name).write_bytes(data)


def remove(name: str) -> None:
    folder = documents.folder()
    if folder is None:
        server_documents.delete(_server(), [name])
    else:
        (folder / name).unlink()


def opened_from():
    """Where a document opened for another program is: the folder itself, or (server)
    this process's scratch folder."""
    return documents.folder() or scratch.own_folder()


def agreement_with(path, today: dt.date) -> int:
    """A processor's draft agreement with the file at `path` attached; its id."""
    party = third_parties.save_third_party(
        third_parties.ThirdPartyData(name="Boekhoudt B.V.", role="processor", country="NL")
    )
    ag = agreements.save_agreement(
        agreements.AgreementData(third_party_id=party.id, title="VWO", status="draft"),
        today=today,
    )
    agreements.attach_document(ag.id, path)
    return ag.id
