"""Is a file on a network drive? SQLite's write-ahead log needs shared memory, which network file systems lack.

A township may keep its database on the office file server (\\\\server\\共享\\减负调查.db, or a mapped drive such as
Z:). SQLite's documentation says WAL does not work over a network file system: readers and writers on different
PCs would not see each other's shared-memory index, and the file can be corrupted. Such databases use the
classic rollback journal (journal_mode=DELETE) instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive
# File systems of Linux mounts that reach another machine (as reported in /proc/mounts).
NETWORK_FILE_SYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs",
                        "fuse.sshfs", "fuse.davfs2", "davfs", "fuse.rclone", "fuse.glusterfs", "fuse.cephfs"}


def is_network_path(path: Path | str) -> bool:
    """True for a UNC path, a mapped network drive (Windows) or a network mount (Linux); False when unsure."""
    text = os.path.abspath(os.fspath(path))
    if sys.platform == "win32":
        return is_unc(text) or _remote_drive(text)
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False  # macOS and others: no mount table to read; a local disk is by far the common case
    return mounted_over_network(text, mounts)


def is_unc(text: str) -> bool:
    r"""\\server\share\…, //server/share/… and \\?\UNC\server\share\…; not \\?\C:\… or a device path \\.\…"""
    drive = PureWindowsPath(text).drive.replace("/", "\\")
    if drive.upper().startswith("\\\\?\\UNC\\"):
        return True
    return drive.startswith("\\\\") and not drive.startswith(("\\\\?\\", "\\\\.\\"))


def _remote_drive(text: str) -> bool:
    import ctypes

    anchor = PureWindowsPath(text).anchor
    if not anchor:
        return False
    return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(anchor)) == DRIVE_REMOTE


def mounted_over_network(path: str, mounts: str) -> bool:
    """Is `path` (absolute) under a network mount of this mount table (/proc/mounts' text)? The deepest mount
    point that holds the path decides."""
    best, network = "", False
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1])
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, network = point, fields[2] in NETWORK_FILE_SYSTEMS
    return network


def _unescape(field: str) -> str:
    """/proc/mounts writes a space in a mount point as \\040, a tab as \\011, a backslash as \\134."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field
