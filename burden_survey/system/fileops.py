"""Renames and deletions that wait a moment for Windows: a file another program holds cannot be moved or deleted.

On Windows, a file that 360, 火绒, Defender, the search indexer or a sync client has open (they open every new
file to scan it) refuses to be replaced or deleted with PermissionError, usually for a fraction of a second.
So every rename and deletion of the program goes through here and is tried again a few times over about a
second before it gives up. On Linux and macOS the first try succeeds and nothing waits.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path

# Pauses between tries, in seconds: about one second in all.
RETRY_DELAYS = (0.02, 0.05, 0.08, 0.12, 0.18, 0.25, 0.3)
REPARSE_POINT = 0x400  # FILE_ATTRIBUTE_REPARSE_POINT: a junction or a symlink on Windows


class NotRegularFile(OSError):
    """A name that is a pipe, a device or a folder: reading it could wait forever or never end."""

    def __init__(self, path: Path | str):
        super().__init__(f"不是普通文件（可能是设备、管道或文件夹）：{path}")
        self.strerror = "不是普通文件（可能是设备、管道或文件夹），未读取"
        self.filename = str(path)

    def __str__(self) -> str:
        return f"{self.strerror}：{self.filename}"


def read_bounded(path: Path | str, limit: int) -> bytes:
    """A regular file's bytes, at most limit + 1 of them (so the caller sees it was too big); anything else
    raises NotRegularFile before a byte is read. The check is made on the opened file, so a name swapped for
    a pipe in between changes nothing; O_NONBLOCK keeps the open itself from waiting for a pipe's writer."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags)
    except IsADirectoryError as error:
        raise NotRegularFile(path) from error
    with os.fdopen(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise NotRegularFile(path)
        return file.read(limit + 1)


def new_partial(path: Path | str) -> Path:
    """A new, empty file beside `path` to write into and then replace() it with: a random name made with O_EXCL,
    so a link or a pipe someone planted at a fixed NAME.part in a shared folder is never written through.
    OSError when the folder cannot be written (before any work is done)."""
    path = Path(path)
    handle, made = tempfile.mkstemp(dir=path.parent, prefix=f"{path.name}.", suffix=".part")
    os.close(handle)
    os.chmod(made, 0o644)  # mkstemp's 0600 would hide the file from colleagues on a shared folder
    return Path(made)


def is_regular(path: Path | str) -> bool:
    """True for a regular file (a link is followed), False for a pipe, a device, a folder or nothing."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _retried(operation, *args):
    for delay in RETRY_DELAYS:
        try:
            return operation(*args)
        except PermissionError:
            time.sleep(delay)
    return operation(*args)  # the last try raises what the system says


def replace(source: Path | str, target: Path | str) -> None:
    """os.replace, tried again while another program holds either file; PermissionError when it never lets go."""
    _retried(os.replace, source, target)


def unlink(path: Path | str) -> None:
    """Delete a file (gone already is fine), tried again while another program holds it."""
    try:
        _retried(os.unlink, path)
    except FileNotFoundError:
        pass


def try_unlink(path: Path | str) -> bool:
    """unlink() for clean-up that must not stop the work: False (never an exception) when the file stayed."""
    try:
        unlink(path)
    except OSError:
        return not os.path.lexists(path)
    return True


def remove_tree(folder: Path | str) -> bool:
    """Delete a folder and everything in it, each file with unlink()'s patience; errors are ignored (the caller
    tries again later). A link inside (a symlink, or an NTFS junction, which Python 3.11 does not count as a link)
    is removed itself, never what it points at. True when the folder is gone."""
    folder = Path(folder)
    if not folder.exists():
        return True
    _remove_entries(folder)
    _try_rmdir(folder)
    return not folder.exists()


def _remove_entries(folder: Path) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if _is_link(entry):
            if not try_unlink(entry.path):
                _try_rmdir(Path(entry.path))  # a link to a folder goes with rmdir on Windows
        elif entry.is_dir(follow_symlinks=False):
            _remove_entries(Path(entry.path))
            _try_rmdir(Path(entry.path))
        else:
            try_unlink(entry.path)


def _is_link(entry: os.DirEntry) -> bool:
    try:
        attributes = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
    except OSError:
        return False
    return entry.is_symlink() or bool(attributes & REPARSE_POINT)


def _try_rmdir(path: Path) -> None:
    try:
        _retried(os.rmdir, path)
    except OSError:
        pass
