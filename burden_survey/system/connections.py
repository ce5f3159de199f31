"""Every SQLite connection of the program, opened so that file: URIs work on any SQLite build.

python.org's Windows build of SQLite reads a name as a URI only on a connection opened with `uri=True` (Debian's
is compiled to read them everywhere), and the importer, the restore check and the exports ATTACH files by URI
(read-only, immutable). So nothing opens a connection but `connect()`, and files are named by `file_uri()`:
a test fails the build when a module calls sqlite3.connect itself.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

MEMORY = ":memory:"


def connect(target: Path | str = MEMORY, *, read_only: bool = False, immutable: bool = False,
            **options) -> sqlite3.Connection:
    """A connection to a file (or, by default, a new in-memory database) that reads URIs in ATTACH too.

    `read_only`: SQLite opens the file read-only; `immutable`: it also takes no locks and trusts that nobody
    changes the file (a received survey file, a backup being checked). `options` go to sqlite3.connect.
    """
    name = MEMORY if target == MEMORY else file_uri(Path(target), read_only=read_only, immutable=immutable)
    return sqlite3.connect(name, uri=True, **options)


def file_uri(path: Path, *, read_only: bool = False, immutable: bool = False) -> str:
    """A file: URI with an empty authority, which SQLite requires. Windows drives and shares (C:/…,
    //server/share/…) keep their form in the path; ?, #, % and every non-ASCII character (a folder named
    「调查」) are escaped, so no file name can smuggle in a URI parameter."""
    text = path.resolve().as_posix()
    text = text if text.startswith("/") else "/" + text
    query = "&".join(part for part, wanted in (("mode=ro", read_only or immutable), ("immutable=1", immutable))
                     if wanted)
    return "file:" + ("//" if text.startswith("//") else "") + quote(text, safe="/:") + (f"?{query}" if query else "")


def read_only_uri(path: Path) -> str:
    """The URI an untrusted file is attached by: read-only and immutable, so SQLite writes and locks nothing."""
    return file_uri(path, read_only=True, immutable=True)


def attach(conn: sqlite3.Connection, path: Path, alias: str, *, read_only: bool = False) -> None:
    """ATTACH a file under `alias` (a fixed identifier of ours, never user text), by URI."""
    uri = read_only_uri(path) if read_only else file_uri(path)
    conn.execute(f"ATTACH DATABASE ? AS {alias}", [uri])
