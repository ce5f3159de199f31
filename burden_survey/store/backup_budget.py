"""How much disk a database's backups may take: a bound on their total, and room left on the disk for the data itself.

At a city's size (issue 17: 50,000 cadres, about 1.4 GB) seven daily and ten manual copies would be 24 GB. The
bound keeps at least COPIES whole copies, and never less than FLOOR in all, so a county's database keeps every
backup the counts allow. A backup that would leave the disk with less than RESERVE free is not made: a full disk
would stop the database itself from writing (its write-ahead log grows with every import).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

FLOOR = 4 * 1024 ** 3
COPIES = 3
RESERVE = 512 * 1024 ** 2
# Removed first when the total is over the bound: the automatic kinds, then the safety copies made before a restore
# or a destruction, and last the ones a person asked for.
_ORDER = {"import": 0, "daily": 0, "before-restore": 1, "before-destroy": 1, "manual": 2}


def size_label(size: int) -> str:
    """A size as a person reads it: 820 KB, 35.2 MB, 1.4 GB."""
    if size < 1024 ** 2:
        return f"{size / 1024:.0f} KB"
    if size < 1024 ** 3:
        return f"{size / 1024 ** 2:.1f} MB"
    return f"{size / 1024 ** 3:.1f} GB"


def database_bytes(conn: sqlite3.Connection) -> int:
    """What a copy with the backup API writes: every page of the file, free ones included."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    return pages * conn.execute("PRAGMA page_size").fetchone()[0]


def limit(database_size: int) -> int:
    """The most a database's backups may take together."""
    return max(FLOOR, COPIES * database_size)


def shortfall(folder: Path, needed: int) -> int | None:
    """The bytes free on the folder's disk when a copy of `needed` bytes would leave less than RESERVE; else None."""
    free = shutil.disk_usage(folder).free
    return free if free < needed + RESERVE else None


def beyond_limit(found: list[tuple[Path, str, tuple, int]], bound: int, kept: set[Path]) -> list[Path]:
    """Which backups go so that the rest fit in `bound`: of (path, kind, order made, bytes), the automatic ones
    first, oldest first within a kind's rank; never one of `kept` (the one just made, the one a restore reads)."""
    total = sum(size for *_, size in found)
    removable = sorted((item for item in found if item[0].resolve() not in kept),
                       key=lambda item: (_ORDER[item[1]], item[2]))
    going = []
    for path, _, _, size in removable:
        if total <= bound:
            break
        going.append(path)
        total -= size
    return going
