"""Private scratch folders in the app's own data folder, not in %TEMP%, and their clean-up at the next start.

Decrypted survey files, extracted archive members and files being built live here while the program works.
%TEMP% is emptied by 360 清理, Storage Sense and the like at any moment, so nothing of ours lives there. A folder
whose clean-up failed (antivirus held a file) is removed at the next start: each folder holds a lock file while
in use, so a start never touches the folder of another program still running.
"""

from __future__ import annotations

import secrets
import time
from pathlib import Path
from typing import Self

from . import fileops, paths
from .file_lock import HeldLock, try_lock

LOCK_NAME = ".in-use"
YOUNG_SECONDS = 60  # clean_leftovers leaves folders younger than this alone


def root() -> Path:
    return paths.data_dir() / "scratch"


class ScratchFolder:
    """A new, empty folder of our own; removed (with patience for held files) when the `with` block ends."""

    def __init__(self, purpose: str):
        self.purpose = purpose
        self.path = root() / f"{purpose}-{secrets.token_hex(6)}"
        self._lock: HeldLock | None = None

    def __enter__(self) -> Self:
        for _ in range(5):
            self.path.mkdir(parents=True)
            try:
                self._lock = try_lock(self.path / LOCK_NAME)
            except FileNotFoundError:
                self._lock = None
            if self._lock is not None:
                return self
            # A clean-up of another start took the new folder for a leftover (clean_leftovers skips young ones,
            # so this is all but impossible): take another.
            self.path = root() / f"{self.purpose}-{secrets.token_hex(6)}"
        raise OSError(f"无法建立临时文件夹 {root()}")

    def file(self, name: str) -> Path:
        return self.path / name

    def __exit__(self, *exc) -> None:
        self.remove()

    def remove(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        fileops.remove_tree(self.path)  # what stays (held by another program) goes at the next start


def clean_leftovers() -> int:
    """Remove scratch folders that no running program holds (left by a crash or a failed clean-up); errors are
    ignored, the next start tries again. Returns how many folders went."""
    removed = 0
    if not root().is_dir():
        return 0
    now = time.time()
    for folder in root().iterdir():
        try:
            if not folder.is_dir() or folder.is_symlink() or now - folder.stat().st_mtime < YOUNG_SECONDS:
                continue  # a folder made a moment ago may not hold its lock yet
        except OSError:
            continue
        try:
            lock = try_lock(folder / LOCK_NAME)
        except OSError:
            continue  # cannot even be opened: leave it
        if lock is None:
            continue  # in use by a program that is running now
        lock.release()
        removed += fileops.remove_tree(folder)
    return removed
