"""One program at a time per database file: a second window or command is told, before it writes anything."""

from __future__ import annotations

from pathlib import Path
from typing import Self

from .errors import BurdenSurveyError
from .file_lock import HeldLock, try_lock

ADVICE = "请切换到已经打开的窗口；如果确定没有打开，请重启电脑后再试。"


class DatabaseInUse(BurdenSurveyError):
    """Another window or command of this program holds the database file."""

    title = "数据文件正在使用"

    def __init__(self, db_path: Path | str):
        super().__init__(f"另一个「指尖减负调查」窗口或命令正在使用这个数据文件（{db_path}）。", ADVICE)
        self.path = str(db_path)


class LockUnavailable(BurdenSurveyError):
    """The lock file cannot be made: the database's folder is read-only or gone."""

    title = "无法打开数据文件"


class InstanceLock:
    """Held while one window or writing command works on a database; released by `release()`, at the end of a
    `with` block, or by the operating system when the process ends in any way (even killed)."""

    def __init__(self, db_path: Path, lock: HeldLock):
        self.db_path = db_path
        self._lock = lock

    @property
    def held(self) -> bool:
        return self._lock.held

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def lock_path(db_path: Path | str) -> Path:
    """The lock file next to the database: county.db → county.db.lock (left in place; it holds no data). Beside the
    file a link points to, so two names of one database (a symlink, a junction) share one lock."""
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + ".lock")


def acquire(db_path: Path | str) -> InstanceLock:
    """Take the database's lock at once, or raise DatabaseInUse naming the file; never waits.

    An OS lock on the file (burden_survey/system/file_lock.py), not the file's existence, is what counts: a lock file
    left behind by a crash or a power cut does not block the next start.
    """
    db_path = Path(db_path)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        lock = try_lock(lock_path(db_path))
    except OSError as error:
        raise LockUnavailable(f"无法在数据文件旁建立锁文件（{error.strerror or error}；文件：{db_path}）。",
                              "请检查文件夹是否存在、是否有写入权限。") from error
    if lock is None:
        raise DatabaseInUse(db_path)
    return InstanceLock(db_path, lock)
