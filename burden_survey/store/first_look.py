"""What the window asks of a database before opening it, read with the bare sqlite3 module: the first window
appears before sqlite-utils (and the migrations) load."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from burden_survey.system.connections import connect

ROLE_SETTING = "role"  # who works in this database: "cadre", "supervisor" or "both" (ui/shell/roles.py)


def ready_role(db_path: Path) -> str | None:
    """The database's role when the window can open straight on it, asking nothing first: the role is chosen, and
    a cadre has acknowledged the notice (a supervisor answers no survey). Any doubt (no file, no table, unreadable)
    gives None: the window takes the long way."""
    if not db_path.is_file():
        return None
    try:
        conn = connect(db_path, read_only=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", [ROLE_SETTING]).fetchone()
            if row is None:
                return None
            if row[0] == "supervisor" or conn.execute("SELECT EXISTS (SELECT 1 FROM notice_ack)").fetchone()[0] == 1:
                return row[0]
            return None
        finally:
            conn.close()
    except sqlite3.Error:
        return None
