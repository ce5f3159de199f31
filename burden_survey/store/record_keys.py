"""A respondent's record key: a keyed hash of their random id under the database's secret (docs/PRIVACY.md).

Here, below the disclosure layer, so that the group summaries (store/group_summaries.py) can sum the keys of the
people in a group as they are written; disclosure/cell_key.py draws the noise from the sums.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3

SECRET_SETTING = "disclosure_secret"


def secret(conn: sqlite3.Connection) -> bytes:
    """The database's secret, made on first use (in the caller's transaction). Copies and backups of the database
    keep it; it never leaves the database."""
    read = "SELECT value FROM main.settings WHERE key = ?"
    row = conn.execute(read, [SECRET_SETTING]).fetchone()
    if row is None or not row[0]:  # read first: a figure's read then writes nothing, and waits for no one
        conn.execute("INSERT OR REPLACE INTO main.settings (key, value) VALUES (?, ?)",
                     [SECRET_SETTING, secrets.token_hex(32)])
        row = conn.execute(read, [SECRET_SETTING]).fetchone()
    return bytes.fromhex(row[0])


def record_key(secret: bytes, respondent_id: str) -> int:
    """32 bits, so that the keys of a county sum exactly in SQLite's 64-bit integers."""
    digest = hmac.new(secret, respondent_id.encode("utf-8"), hashlib.sha256).digest()
    return int.from_bytes(digest[:4], "big")
