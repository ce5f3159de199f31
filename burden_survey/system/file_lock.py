"""An operating-system lock on a file, taken at once or not at all, and let go when the process ends in any way.

What counts is the OS lock (flock on Linux and macOS, a locked byte through msvcrt on Windows), never the file's
existence: a lock file left behind by a crash or a power cut blocks nobody. Two handles of one process conflict
too, so a second window or command in the same process is refused like one in another process. It takes well
under a millisecond to load: the window takes this lock before it is drawn (the filelock package would add about
45 ms to the start).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl


class HeldLock:
    """A lock this process holds; `release()` (any number of times) lets go."""

    def __init__(self, path: Path, fd: int):
        self.path = path
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if sys.platform == "win32":
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)  # closing lets go in any case


def try_lock(path: Path | str) -> HeldLock | None:
    """Lock `path` (created when missing) for this process, or None when another handle holds it.
    OSError when the file cannot be made (a read-only or missing folder)."""
    path = Path(path)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # one byte at offset 0; beyond the end of an empty file is fine
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        os.close(fd)
        if sys.platform == "win32" or isinstance(error, BlockingIOError):
            return None  # Windows says EACCES or EDEADLOCK: held by someone
        raise
    return HeldLock(path, fd)
