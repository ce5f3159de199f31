"""A database file's own identity: a random id (its backup folder's name) that follows the file wherever it goes.

A USB stick that comes back as F: instead of E:, or a file moved to another folder, keeps its id and so its
backups; a copy opened beside its original gets an id of its own. The id and the path the file was last opened
at live in the file's settings, which may have been written elsewhere (a restored backup, a file someone sent):
nothing here lets them name a folder or make the program open a network path.
"""

from __future__ import annotations

import os
import re
import secrets
import sqlite3
from pathlib import Path

from burden_survey.system import volumes
from burden_survey.system.connections import connect

DATABASE_ID_KEY = "database_id"  # settings: the id
DATABASE_PATH_KEY = "database_path"  # settings: where the file was opened last
_DATABASE_ID = re.compile(r"^[0-9a-f]{16}$")


def database_id(storage) -> str:
    """The file's id; a missing or doctored value (it must never name a path) is replaced by a new one."""
    value = storage.get_setting(DATABASE_ID_KEY) or ""
    if not _DATABASE_ID.match(value):
        value = secrets.token_hex(8)
        storage.set_setting(DATABASE_ID_KEY, value)
    return value


def settle(storage) -> None:
    """At open: a file opened at a new place keeps its id (it was moved, or its drive letter changed), unless the
    file last seen at the old place is still there with the same id: then this is a copy, and gets its own."""
    here = str(Path(storage.path).resolve())
    seen = storage.get_setting(DATABASE_PATH_KEY)
    if seen == here:
        return
    current = storage.get_setting(DATABASE_ID_KEY)
    if current is None or (seen and _is_copy(Path(seen), Path(here), current)):
        storage.set_setting(DATABASE_ID_KEY, secrets.token_hex(8))
    storage.set_setting(DATABASE_PATH_KEY, here)


def _is_copy(seen: Path, here: Path, current_id: str) -> bool:
    """Is the file last seen at `seen` another file than `here`, still there with the same id? Only a local path
    is looked at, never a share (opening \\\\server\\… would make Windows log in there, with this user's
    credentials)."""
    if not seen.is_absolute() or volumes.is_unc(str(seen)) or volumes.is_network_path(seen):
        return False
    try:
        if not seen.is_file() or os.path.samefile(seen, here):  # the same file by another name (a hard link)
            return False
    except OSError:
        return False
    return _database_id_of(seen) == current_id


def _database_id_of(path: Path) -> str | None:
    """The id of another database file, read-only; None when it is unreadable."""
    try:
        conn = connect(path, read_only=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", [DATABASE_ID_KEY]).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None
