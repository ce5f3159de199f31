"""What the window asks of a database before opening it, read with the bare sqlite3 module: the first window
appears before sqlite-utils (and the migrations) load."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from burden_survey.system.connections import connect


def notice_seen(db_path: Path) -> bool:
    """Has this database's notice been acknowledged? Any doubt (no file, no table, unreadable) says no."""
    if not db_path.is_file():
        return False
    try:
        conn = connect(db_path, read_only=True)
        try:
            return conn.execute("SELECT EXISTS (SELECT 1 FROM notice_ack)").fetchone()[0] == 1
        finally:
            conn.close()
    except sqlite3.Error:
        return False
