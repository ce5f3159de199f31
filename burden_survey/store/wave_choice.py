"""Which survey wave a supervisor page opens on, kept in the database (not per Windows user): the supervisor's own
last choice on that page, else the wave most answers of the newest import belong to, else the newest wave.

Before, every page opened on the newest-registered wave: after 200 files of one wave and one file of another, the
dashboard and the clean-up page opened on the wave of one respondent, where everything reads "<5"."""

from __future__ import annotations

import sqlite3
from collections import Counter

from .storage import Storage

NEWEST_IMPORT = "newest_import_wave"
ALL_WAVES = "*"  # a page's choice of 「全部批次」


def _key(page: str) -> str:
    return f"chosen_wave:{page}"


def record_import(conn: sqlite3.Connection, answers_by_wave: Counter) -> None:
    """After an import, in the caller's transaction: the wave most of its written answers belong to (none written:
    nothing changes)."""
    if answers_by_wave:
        wave_id = max(sorted(answers_by_wave), key=lambda w: answers_by_wave[w])
        conn.execute("INSERT OR REPLACE INTO main.settings (key, value) VALUES (?, ?)", [NEWEST_IMPORT, wave_id])


def remember(storage: Storage, page: str, wave_id: str | None) -> None:
    """The supervisor chose this wave (None: 全部批次) on `page`."""
    storage.set_setting(_key(page), wave_id or ALL_WAVES)


def wave_to_open(storage: Storage, page: str, wave_ids: list[str], with_all: bool) -> str | None:
    """The wave id `page` shows (None: 全部批次, or there are no waves), among `wave_ids` (oldest first)."""
    chosen = storage.get_setting(_key(page))
    if chosen == ALL_WAVES and with_all:
        return None
    for candidate in (chosen, storage.get_setting(NEWEST_IMPORT)):
        if candidate in wave_ids:
            return candidate
    return wave_ids[-1] if wave_ids else None
