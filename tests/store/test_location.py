"""Where a database may live (RELIABILITY.md R20)."""

import pytest

from soosr_desk.store.location import PathKind, classify_path, default_database_path


@pytest.mark.parametrize(
    "path, kind",
    [
        (r"C:\Users\jan\AppData\Local\SOOSR\SOOSR Desk\soosr-desk.db", PathKind.LOCAL),
        (r"\\server\share\avg\soosr.db", PathKind.NETWORK),
        ("//server/share/soosr.db", PathKind.NETWORK),
        (r"\\?\UNC\server\share\soosr.db", PathKind.NETWORK),
        (r"\\?\C:\data\soosr.db", PathKind.LOCAL),
        (r"C:\Users\jan\OneDrive\Documenten\soosr.db", PathKind.SYNCED),
        (r"C:\Users\jan\OneDrive - SOOSR B.V\soosr.db", PathKind.SYNCED),
        (r"D:\Dropbox\soosr.db", PathKind.SYNCED),
        ("/home/jan/soosr.db", PathKind.LOCAL),
    ],
)
def test_classify(path, kind):
    assert classify_path(path) == kind


def test_mapped_network_drive():
    assert classify_path(r"Z:\avg\soosr.db", remote_drive=True) == PathKind.NETWORK


def test_default_location_is_not_synced():
    assert classify_path(str(default_database_path())) == PathKind.LOCAL
