"""One window per database: a later double-click hands its files to the window already open, and ends.

Selecting 20 survey files in Explorer and pressing Enter starts 20 programs at once. The first to take the
database's lock (burden_survey/system/instance_lock.py) opens the window and listens on a local socket (a named pipe on
Windows) named after the database; each of the others finds the lock taken, sends its files there and ends
without showing anything. The window collects what arrives for a moment and imports it in one batch.

Whatever reaches the socket is untrusted (any program of this user can connect): one bounded JSON request, only
absolute paths of existing survey files, archives and wave files are kept, and they go through the same checks as
files chosen in the window.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import secrets
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from burden_survey.system import paths

OPENED_FILES = (".bsurvey", ".zip", ".bwave")  # what a double-click may hand over (cli.OPENED_BY_DOUBLE_CLICK)
MAX_REQUEST_BYTES = 256 * 1024
MAX_PATHS = 2000
GATHER_MS = 600  # files arriving within this time of each other are imported together
REPLY = b"ok\n"


def server_name(db_path: Path) -> str:
    """The same for every program of this user on this database file, and different for another user or file.

    Pipe and socket names are visible to every user of the PC (\\\\.\\pipe\\…, /tmp/…): a name anyone could work out
    from a user name and a path could be taken first by another user, who would then receive the names of the
    files this user opens. So the name is mixed with a random secret kept in this user's own data folder.
    """
    key = f"{_secret()}\n{_user()}\n{_normalised(db_path)}"
    return "burden-survey-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _secret() -> str:
    """A random secret of this user, made by the first program that needs it (20 may start at once): written
    under a name of its own, then put in place only if no other program got there first, so that every program
    reads the same whole secret."""
    path = paths.data_dir() / "instance-secret"
    for _ in range(20):
        try:
            text = path.read_text(encoding="ascii").strip()
            if len(text) == 32:
                return text
            path.unlink()  # damaged (a crash while the old way wrote it): make it again
        except FileNotFoundError:
            pass
        except (OSError, UnicodeDecodeError):
            time.sleep(0.02)
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            own = path.with_name(f"instance-secret.{secrets.token_hex(4)}.part")
            fd = os.open(own, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as out:
                out.write(secrets.token_hex(16))
            try:
                # Neither replaces a secret already there: rename refuses on Windows, link everywhere.
                os.rename(own, path) if sys.platform == "win32" else os.link(own, path)
            except FileExistsError:
                pass  # another program was first: its secret is the one
            finally:
                if own.exists():
                    own.unlink()
        except OSError:
            return ""  # no data folder to write: a name without the secret still works
    return ""


def _normalised(db_path: Path) -> str:
    text = str(Path(db_path).resolve())
    return text.lower() if sys.platform == "win32" else text  # Windows paths ignore case


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def encode_request(paths: list[Path]) -> bytes:
    return json.dumps({"version": 1, "paths": [str(Path(p).resolve()) for p in paths]},
                      ensure_ascii=False).encode("utf-8") + b"\n"


def decode_request(data: bytes) -> list[Path] | None:
    """The files a request hands over, or None for a request that is not one of ours (it is then ignored)."""
    if len(data) > MAX_REQUEST_BYTES:
        return None
    try:
        request = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(request, dict) or request.get("version") != 1 or not isinstance(request.get("paths"), list):
        return None
    found = []
    for text in request["paths"][:MAX_PATHS]:
        if not isinstance(text, str) or "\x00" in text:
            continue
        path = Path(text)
        if path.is_absolute() and path.suffix.lower() in OPENED_FILES and path.is_file():
            found.append(path)
    return found


def forward(db_path: Path, paths: list[Path], wait_s: float = 15.0) -> bool:
    """Hand the files (none: just bring the window forward) to the window open on this database; False when no
    window answers within `wait_s` (the lock is held by a command, or by a window that hung)."""
    _allow_foreground()
    name = server_name(db_path)
    request = encode_request(paths)
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            socket.write(request)
            delivered = socket.waitForBytesWritten(3000) and _read_reply(socket)
            socket.disconnectFromServer()
            if delivered:
                return True
        socket.abort()
        time.sleep(0.1)  # the window may still be starting: it listens right after its database is open
    return False


def _read_reply(socket: QLocalSocket) -> bool:
    data = b""
    while len(data) < len(REPLY) and socket.waitForReadyRead(3000):
        data += bytes(socket.readAll())
    return data.startswith(REPLY)


def _allow_foreground() -> None:
    """Windows lets only the program in front bring a window forward: let the open window do it."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY


class InstanceServer(QObject):
    """Listens for later programs on the same database; `files_received` carries what they handed over
    (an empty list: a plain second start, which only asks for the window)."""

    files_received = Signal(list)

    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.name = server_name(db_path)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # this user's programs only
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; the caller holds the database's lock, so a leftover socket of a crashed window is ours
        to remove."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(self._forget)
            QTimer.singleShot(5000, socket, socket.abort)  # a client that never finishes its request is dropped

    def _read(self) -> None:
        socket = self.sender()
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll())
        if len(data) > MAX_REQUEST_BYTES:
            socket.abort()
            return
        self._buffers[socket] = data
        if b"\n" not in data:
            return
        del self._buffers[socket]  # one request a connection: anything sent after it is ignored
        paths = decode_request(data.split(b"\n", 1)[0])
        socket.write(REPLY if paths is not None else b"no\n")
        socket.flush()
        socket.disconnectFromServer()
        if paths is not None:
            self.files_received.emit(paths)

    def _forget(self) -> None:
        socket = self.sender()
        self._buffers.pop(socket, None)
        if socket is not None:
            socket.deleteLater()


class Inbox(QObject):
    """What later programs handed over, gathered for a moment and then opened in the window as one batch; kept
    until there is a window with its database open (the notice may be on screen first)."""

    def __init__(self):
        super().__init__()
        self.window = None
        self.pending: list[Path] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(GATHER_MS)
        self.timer.timeout.connect(self._deliver)

    def set_window(self, window) -> None:
        self.window = window
        if self.pending:
            self.timer.start()

    def add(self, paths: list) -> None:
        self._bring_forward()
        for path in paths:
            if path not in self.pending:
                self.pending.append(path)
        if self.pending:
            self.timer.start()  # again: the next program's files may be a moment away

    def _bring_forward(self) -> None:
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    def _deliver(self) -> None:
        if self.window is None or self.window.storage is None:  # the database is still opening
            if self.window is not None:
                self.timer.start()
            return
        paths, self.pending = self.pending, []
        self.window.open_files(paths)
