"""SQLite as python.org's Windows build has it: file: URIs are read as URIs only on connections that ask for it.

Debian's libsqlite3 is compiled with SQLITE_USE_URI, so every connection reads "file:…?mode=ro" as a URI; the
Windows build is not, so a connection opened without `uri=True` takes the whole URI for a file name (and ATTACH
fails with "unable to open database"). `BURDEN_SURVEY_SIMULATE_WINDOWS_SQLITE=1` turns the global URI setting off
through SQLite's own `sqlite3_config(SQLITE_CONFIG_URI, 0)`, before the process opens its first connection, which
is what that build does. `make test-windows-sqlite` runs the suites that read and write files this way.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sqlite3

ENV = "BURDEN_SURVEY_SIMULATE_WINDOWS_SQLITE"
SQLITE_CONFIG_URI = 17  # sqlite3.h


def wanted() -> bool:
    return os.environ.get(ENV) == "1"


def _library() -> ctypes.CDLL:
    """The libsqlite3 the sqlite3 module is linked against (one copy per process, so its settings are ours)."""
    name = ctypes.util.find_library("sqlite3") or "libsqlite3.so.0"
    return ctypes.CDLL(name)


def switch_uri_off() -> None:
    """Global URI names off for the rest of the process; raises when SQLite refused (a connection was open)."""
    lib = _library()
    if lib.sqlite3_shutdown() != 0 or lib.sqlite3_config(SQLITE_CONFIG_URI, ctypes.c_int(0)) != 0:
        raise RuntimeError("SQLite refused to change its URI setting: a connection was opened before the tests")
    if uri_names_everywhere():
        raise RuntimeError("the Windows SQLite simulation did not take: plain connections still read URIs")


def uri_names_everywhere() -> bool:
    """Does a connection opened without uri=True still read an ATTACHed file: name as a URI?"""
    conn = sqlite3.connect(":memory:")
    try:
        # Read as a URI, this is an in-memory database; read as a name, a file in a folder "file:" that is not there.
        conn.execute("ATTACH DATABASE 'file:/burden-survey-probe/none.db?mode=memory' AS probe")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()
