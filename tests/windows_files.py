"""Windows' file sharing, simulated: a file that another handle holds open cannot be renamed, replaced or deleted.

On Windows, a program that opens a file without FILE_SHARE_DELETE (as antivirus scanners, the search indexer and
WPS do) makes os.replace and os.unlink of it fail with PermissionError until it lets go. Linux allows both, so
here the os functions are wrapped: while a real handle of ours holds a path, they fail as Windows would.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import threading
from pathlib import Path

WINDOWS_MESSAGE = "另一个程序正在使用此文件，进程无法访问。"


class WindowsSharing:
    def __init__(self, monkeypatch):
        self._held: dict[str, object] = {}
        self._scanners: list[tuple[str, float | None]] = []
        self._seen: set[str] = set()
        self._lock = threading.Lock()
        self.refused: list[str] = []  # every operation refused, by path
        for name in ("replace", "rename", "unlink", "remove", "rmdir"):
            monkeypatch.setattr(os, name, self._guarded(getattr(os, name)))

    def hold(self, path: Path | str, seconds: float | None = None) -> None:
        """Open the file as another program would; let go after `seconds` (never, when None)."""
        key = _key(path)
        with self._lock:
            if key in self._held:
                return
            self._held[key] = open(key, "rb") if os.path.isfile(key) else None
        if seconds is not None:
            timer = threading.Timer(seconds, self.release, [path])
            timer.daemon = True
            timer.start()

    def release(self, path: Path | str) -> None:
        with self._lock:
            handle = self._held.pop(_key(path), None)
        if handle is not None:
            handle.close()

    def release_all(self) -> None:
        for key in list(self._held):
            self.release(key)

    def scan_new_files(self, pattern: str, seconds: float | None) -> None:
        """An antivirus that opens every new file whose name matches `pattern`, the moment the program first tries
        to rename or delete it, and lets go after `seconds`."""
        self._scanners.append((pattern, seconds))

    def _guarded(self, operation):
        def guarded(*paths, **kwargs):
            for path in paths[:2]:
                key = _key(path)
                for pattern, seconds in self._scanners:
                    if fnmatch.fnmatch(os.path.basename(key), pattern) and key not in self._seen:
                        self._seen.add(key)
                        self.hold(key, seconds)
                if key in self._held:
                    self.refused.append(key)
                    raise PermissionError(errno.EACCES, WINDOWS_MESSAGE, os.fspath(path))
            return operation(*paths, **kwargs)

        return guarded



def _key(path) -> str:
    return os.path.abspath(os.fspath(path))
