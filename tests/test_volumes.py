"""A database on the office file server uses the rollback journal: SQLite's write-ahead log fails over a network."""

import sqlite3

import pytest

from burden_survey.system import volumes
from burden_survey.store.importer_sql import import_session
from burden_survey.store.storage import Storage

MOUNTS = r"""/dev/sda1 / ext4 rw,relatime 0 0
//fileserver/乡镇共享 /mnt/township cifs rw,vers=3.0 0 0
server:/export /mnt/county\040data nfs4 rw 0 0
/dev/sdb1 /mnt/township/usb vfat rw 0 0
"""


@pytest.mark.parametrize("path, network", [
    (r"\\fileserver\乡镇共享\减负调查.db", True),
    ("//fileserver/share/county.db", True),
    (r"\\?\UNC\fileserver\share\county.db", True),
    (r"C:\Users\干部\AppData\Local\BurdenSurvey\burden_survey.db", False),
    (r"\\?\C:\data\county.db", False),
    (r"\\.\PhysicalDrive0", False),
    ("E:/调查/county.db", False),
])
def test_windows_shares_are_told_from_local_and_usb_drives(path, network):
    assert volumes.is_unc(path) is network


@pytest.mark.parametrize("path, network", [
    ("/mnt/township/county.db", True),
    ("/mnt/county data/county.db", True),
    ("/mnt/township/usb/county.db", False),  # a USB stick mounted inside the share: the deeper mount decides
    ("/mnt/townshipx/county.db", False),
    ("/home/cadre/county.db", False),
])
def test_linux_network_mounts_are_found_in_the_mount_table(path, network):
    assert volumes.mounted_over_network(path, MOUNTS) is network


def test_this_machines_own_test_folder_is_local(tmp_path):
    assert volumes.is_network_path(tmp_path / "county.db") is False


def test_a_database_on_a_network_drive_keeps_the_rollback_journal_and_waits_for_the_disk(tmp_path, monkeypatch):
    monkeypatch.setattr(volumes, "is_network_path", lambda path: True)  # as a mapped drive Z: would answer
    storage = Storage.open(tmp_path / "county.db")
    try:
        conn = storage.db.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert not (tmp_path / "county.db-wal").exists()
        with import_session(conn, {}):
            assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL: no shortcut without WAL
    finally:
        storage.close()


def test_a_local_database_that_was_on_a_share_goes_back_to_the_write_ahead_log(tmp_path, monkeypatch):
    with monkeypatch.context() as patched:
        patched.setattr(volumes, "is_network_path", lambda path: True)
        Storage.open(tmp_path / "county.db").close()
    storage = Storage.open(tmp_path / "county.db")
    try:
        assert storage.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        storage.close()
    assert sqlite3.connect(tmp_path / "county.db").execute("PRAGMA journal_mode").fetchone()[0] == "wal"
