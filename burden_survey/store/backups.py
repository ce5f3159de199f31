"""Rotating backups of the open database (SQLite's backup API), and restoring one into the running app."""

from __future__ import annotations

import glob
import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from burden_survey.system import fileops
from burden_survey.system.connections import connect
from burden_survey.system.errors import BurdenSurveyError
from burden_survey.system.paths import data_dir

from . import audit, backup_budget
from . import importer_sql as sql
from . import migrations as schema
from . import wave_k, workday_calendar
from .identity import DATABASE_ID_KEY, DATABASE_PATH_KEY, database_id
from .storage import SELF_KEY, Storage, journal_mode_for, say_recount_due

# How many of each kind are kept; the oldest beyond these go when a new one of the kind is made.
KEEP = {"import": 10, "daily": 7, "manual": 10, "before-restore": 5, "before-destroy": 5}
REASONS = {"import": "导入前", "daily": "每日自动", "manual": "手动", "before-restore": "恢复前", "before-destroy": "销毁前"}
_NAME = re.compile(r"^(\d{8}-\d{6})-(" + "|".join(map(re.escape, KEEP)) + r")(?:-(\d+))?\.db$")
_STAMP = "%Y%m%d-%H%M%S"
# The answers a backup holds: every respondent but this PC's own (the cadre using the app, if any).
_ANSWERS = f"SELECT count(*) FROM respondent WHERE id IS NOT (SELECT value FROM settings WHERE key = '{SELF_KEY}')"
NOT_OURS = "这个文件不是本程序的备份"
PENDING_KEY = "pending_deletions"  # settings: backups a destruction could not delete yet (held by another program)
_OWN_SETTINGS = (DATABASE_ID_KEY, DATABASE_PATH_KEY, PENDING_KEY)  # the file's, not its contents': kept by a restore


class BackupFailed(BurdenSurveyError):
    title = "备份未完成"


class DatabaseDamaged(BurdenSurveyError):
    """This PC's own database fails SQLite's check: nothing is imported into it and no backup is made of it."""

    title = "本机数据文件已损坏"


class RestoreRefused(BurdenSurveyError):
    title = "无法恢复这个备份"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str  # one of KEEP
    size: int  # bytes
    respondents: int | None  # answers held (this PC's own respondent not counted); None when unreadable

    @property
    def reason_label(self) -> str:
        return REASONS[self.reason]


def backup_folder(storage: Storage) -> Path:
    """Each database has its own folder, named by the random id the database carries (store/identity.py): a USB stick
    that comes back as F: instead of E:, or a file moved to another folder, keeps its backups, and retention still
    finds them to delete. A folder of the old kind, named after the file's full path, is taken over."""
    if storage.path is None:
        raise BackupFailed("内存中的数据库没有文件，无法备份。", "请打开一个数据文件后再备份。")
    folder = _backups_root() / database_id(storage)
    path = Path(storage.path).resolve()
    legacy = _backups_root() / f"{path.stem}-{hashlib.sha256(str(path).encode('utf-8')).hexdigest()[:8]}"
    if legacy.is_dir():
        _take_over(legacy, folder)
    return folder


def _take_over(legacy: Path, folder: Path) -> None:
    """Move an old-style folder's backups into the new one: the whole folder at once when it can, else file by
    file; what another program holds stays for the next time this is asked (so retention still finds it)."""
    if not folder.exists():
        try:
            fileops.replace(legacy, folder)
            return
        except OSError:
            folder.mkdir(parents=True, exist_ok=True)
    for item in legacy.iterdir():
        if item.is_file() and not item.is_symlink() and not (folder / item.name).exists():
            try:
                fileops.replace(item, folder / item.name)
            except OSError:
                pass
    try:
        legacy.rmdir()
    except OSError:
        pass


def _backups_root() -> Path:
    return data_dir() / "backups"


def make_backup(storage: Storage, reason: str, *, at: datetime | None = None, spare: Path | None = None) -> Path:
    """A consistent copy of the database as it is now; copies of the same kind beyond KEEP go, oldest first, and
    then the oldest automatic ones while all of them take more than backup_budget.limit (never `spare`, the backup
    a restore is about to read). Refused, with nothing written, when the disk has no room for it."""
    if reason not in KEEP:
        raise ValueError(reason)
    if reason != "before-restore":  # restoring is the way out of a damaged database: never blocked
        refuse_if_damaged(storage)  # a damaged copy would push a good backup out of the rotation
    folder = backup_folder(storage)
    target = partial = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        needed = backup_budget.database_bytes(storage.db.conn)
        free = backup_budget.shortfall(folder, needed)
        if free is not None:
            raise BackupFailed(
                f"{folder} 所在的磁盘只剩 {backup_budget.size_label(free)}，这次备份需要约 "
                f"{backup_budget.size_label(needed)}，还要给数据本身留出 {backup_budget.size_label(backup_budget.RESERVE)}"
                "，所以没有备份。",
                "请清理这个磁盘（或在「数据安全」→ 备份中打开备份文件夹，删除不再需要的较早备份）后再备份；数据本身没有改变。")
        target = _free_name(folder, (at or datetime.now()).strftime(_STAMP), reason)
        partial = target.with_name(target.name + ".part")
        _copy(storage.db.conn, partial)
        fileops.replace(partial, target)  # a crash leaves a .part file, never a half backup under a final name
    except (OSError, sqlite3.Error) as error:
        if partial is not None:
            fileops.try_unlink(partial)
        reason_text = getattr(error, "strerror", None) or str(error)
        raise BackupFailed(f"无法在 {folder} 写入备份（{reason_text}）。",
                           "请检查磁盘空间是否已满、这个文件夹是否可以写入；数据本身没有改变。") from error
    _rotate(folder, reason, spare)
    _trim(folder, {target, spare}, backup_budget.limit(needed))
    if reason == "manual":  # automatic ones would only bury the lines that matter
        audit.log(storage, "backup", f"手动备份：{target.name}")
    return target


def daily_backup_if_due(storage: Storage, today: date | None = None) -> Path | None:
    """At most one a calendar day, and only once the database holds something worth keeping."""
    if storage.path is None or not _has_data(storage.db.conn):
        return None
    today = today or date.today()
    if any(reason == "daily" and made_at.date() == today for _, made_at, reason, _ in _parsed(backup_folder(storage))):
        return None
    return make_backup(storage, "daily", at=datetime.combine(today, datetime.now().time()))


def list_backups(storage: Storage) -> list[BackupInfo]:
    """Newest first (backups of one second in the order they were written); the answer count is read from each
    file, read-only."""
    found = []
    for path, made_at, reason, number in _parsed(backup_folder(storage)):
        try:
            stat = path.stat()
        except OSError:
            continue  # removed meanwhile
        found.append(((made_at, stat.st_mtime_ns, number), BackupInfo(path, made_at, reason, stat.st_size, None)))
    found.sort(key=lambda item: item[0], reverse=True)
    return [replace(info, respondents=_respondents(info.path)) for _, info in found]


def size_limit(storage: Storage) -> int:
    """The most this database's backups take together (backup_budget.limit of its size now)."""
    return backup_budget.limit(backup_budget.database_bytes(storage.db.conn))


def restore(storage: Storage, backup_path: Path | str) -> Path:
    """Replace the open database's contents with a backup's; returns the backup of what was there before.

    The file is checked first (readable, intact, made by this program and not by a newer one), so a refused file
    changes nothing. The copy goes into the open connection, so the running app sees the restored data at once.
    """
    backup_path = Path(backup_path)
    applied = _check_restorable(backup_path)
    safety = make_backup(storage, "before-restore", spare=backup_path)
    # What belongs to this file, not to its contents: its id (its backup folder), where it is, what is left to
    # delete. A backup of another database, or one older than the ids, must not take them over.
    kept = {key: storage.get_setting(key) for key in _OWN_SETTINGS}
    conn = storage.db.conn
    # A wave's k never goes down, not even to an older backup's: figures were published at the higher one.
    raised_k = wave_k.raised(storage)
    source = connect(backup_path, read_only=True, immutable=True)
    try:
        source.backup(conn)
    except sqlite3.Error as error:
        raise BurdenSurveyError(f"恢复时出错（{error}），当前数据没有被替换。",
                                f"请检查磁盘空间后重试。恢复前的数据另有备份：{safety.name}") from error
    finally:
        source.close()
    conn.execute(f"PRAGMA journal_mode={journal_mode_for(storage.path)}")
    if len(applied) < len(schema.names()):  # an older backup is brought up to this program's schema
        say_recount_due(storage.db, schema.pending(storage.db))  # and its summaries to this program's rules
        schema.apply(storage.db)
    with storage.db.atomic():
        for key, value in kept.items():
            storage.db.execute("DELETE FROM settings WHERE key = ?", [key])
            if value is not None:
                storage.db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [key, value])
        wave_k.keep_raised(storage, raised_k)
        workday_calendar.sync(storage.db)  # a backup from an older program counted Monday to Friday
    storage.recount_if_due()
    storage._self_id = None  # the restored file may name another respondent as this PC's own
    # Written after the copy, which replaced the log too: so this line survives.
    audit.log(storage, "restore", f"从备份 {backup_path.name} 恢复；恢复前的数据已备份为 {safety.name}")
    return safety


def remove_all(storage: Storage) -> tuple[int, int]:
    """Delete every backup of this database, the copies made before a schema upgrade included (after data they
    still hold was destroyed). Returns (files deleted, files left): a file another program holds past the retries
    is remembered and deleted at the next start (retry_pending)."""
    folder = backup_folder(storage)
    found = [p for p in folder.iterdir() if _NAME.match(p.name) or p.name.endswith(".db.part")] if folder.is_dir() else []
    found += _upgrade_copies(storage)
    left = [str(backup) for backup in found if not fileops.try_unlink(backup)]
    pending = [p for p in _pending(storage) if p not in left] + left
    storage.set_setting(PENDING_KEY, json.dumps(pending, ensure_ascii=False))
    return len(found) - len(left), len(left)


def retry_pending(storage: Storage) -> int:
    """Delete the backups an earlier destruction had to leave; returns how many are still left."""
    pending = _pending(storage)
    if not pending:
        return 0
    left = [p for p in pending if not fileops.try_unlink(p)]
    storage.set_setting(PENDING_KEY, json.dumps(left, ensure_ascii=False))
    return len(left)


def _upgrade_copies(storage: Storage) -> list[Path]:
    path = Path(storage.path)
    return list(path.parent.glob(f"{glob.escape(path.stem)}.before-*.bak"))  # written by Storage.open


def _pending(storage: Storage) -> list[str]:
    """The remembered paths, only those that are backups of this database: the list lives in a file that may
    have come from elsewhere (a restored backup), and must never make us delete anything else."""
    try:
        listed = json.loads(storage.get_setting(PENDING_KEY) or "[]")
    except ValueError:
        return []
    allowed_folder = backup_folder(storage)
    upgrade_copies = {str(p) for p in _upgrade_copies(storage)}
    return [p for p in listed if isinstance(p, str) and (
        p in upgrade_copies or (Path(p).parent == allowed_folder and
                                (_NAME.match(Path(p).name) or Path(p).name.endswith(".db.part"))))]


# helpers ----------------------------------------------------------------------------------
def refuse_if_damaged(storage: Storage) -> None:
    """Before a backup and before every import: found by the attack on format 1, a damaged database made every
    incoming file "rejected", and after ten imports every kept backup was a copy of the damage. (One read of the
    file, not the copy that each import used to make.)"""
    try:
        found = storage.db.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as error:
        found = str(error)
    if found == "ok":
        return
    good = next((b for b in list_backups(storage) if b.respondents is not None), None)
    advice = (f"请在「数据安全」中恢复最近的备份（{good.made_at:%Y-%m-%d %H:%M}，{good.path.name}），再重新导入。"
              if good else "没有可用的备份。请把这个数据文件交给技术支持人员，不要继续使用它。")
    raise DatabaseDamaged(f"本机的数据文件 {storage.path} 已损坏（{found.splitlines()[-1][:120]}），"
                          "这次没有备份，也没有导入任何文件；已有的备份都保留着。", advice)


def _copy(conn: sqlite3.Connection, target: Path) -> None:
    """SQLite's backup API, then the copy leaves write-ahead mode: one self-contained file, readable read-only."""
    fileops.unlink(target)
    destination = connect(target)
    try:
        conn.backup(destination)
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()


def _free_name(folder: Path, stamp: str, reason: str) -> Path:
    """Two backups of one kind within a second get -2, -3 …, always above the highest there, so that the order
    of the names stays the order they were made in even after rotation removed the first."""
    taken = [number for _, made_at, kind, number in _parsed(folder)
             if kind == reason and made_at.strftime(_STAMP) == stamp]
    if not taken and not (folder / f"{stamp}-{reason}.db").exists():
        return folder / f"{stamp}-{reason}.db"
    return folder / f"{stamp}-{reason}-{max(taken, default=1) + 1}.db"


def _parsed(folder: Path) -> list[tuple[Path, datetime, str, int]]:
    """(path, made at, reason, number within the second) of every backup in the folder; other files are ignored."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            try:
                made_at = datetime.strptime(match[1], _STAMP)
            except ValueError:
                continue
            found.append((path, made_at, match[2], int(match[3] or 1)))
    return found


def _rotate(folder: Path, reason: str, spare: Path | None) -> None:
    same_kind = sorted((b for b in _parsed(folder) if b[2] == reason), key=lambda b: (b[1], b[3]), reverse=True)
    for path, *_ in same_kind[KEEP[reason]:]:
        if spare is None or path.resolve() != spare.resolve():
            fileops.try_unlink(path)  # still held by another program: the next backup tries again


def _trim(folder: Path, kept: set[Path | None], bound: int) -> None:
    found = []
    for path, made_at, kind, number in _parsed(folder):
        try:
            found.append((path, kind, (made_at, number), path.stat().st_size))
        except OSError:
            continue  # removed meanwhile
    for path in backup_budget.beyond_limit(found, bound, {p.resolve() for p in kept if p is not None}):
        fileops.try_unlink(path)


def _has_answers(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT EXISTS (SELECT 1 FROM respondent)").fetchone()[0] == 1


def _has_data(conn: sqlite3.Connection) -> bool:
    return _has_answers(conn) or conn.execute("SELECT EXISTS (SELECT 1 FROM registry_app)").fetchone()[0] == 1


def _respondents(path: Path) -> int | None:
    try:
        source = connect(path, read_only=True, immutable=True)
        try:
            return source.execute(_ANSWERS).fetchone()[0]
        finally:
            source.close()
    except sqlite3.Error:
        return None


def _check_restorable(path: Path) -> list[str]:
    """The backup's applied migrations, or RestoreRefused saying in Chinese why it cannot be restored."""
    advice = "请在列表中选择另一个备份；当前数据没有改变。"
    if not path.is_file():
        raise RestoreRefused(f"找不到备份文件 {path}。", advice)
    with open(path, "rb") as head:
        if head.read(16) != b"SQLite format 3\x00":
            raise RestoreRefused(f"{NOT_OURS}（{path.name}），或者已损坏。", advice)
    probe = connect()
    try:
        sql.attach(probe, path)
        problem = sql.integrity_problem(probe)
        if problem:
            raise RestoreRefused(f"备份文件 {path.name} 已损坏（完整性检查未通过：{problem}）。", advice)
        names = sql.applied_migrations(probe)
        ours = sql.our_migrations()
        if not names:
            raise RestoreRefused(f"{NOT_OURS}（{path.name} 中没有本程序的结构版本记录）。", advice)
        if any(name not in ours for name in names):
            raise RestoreRefused(f"备份文件 {path.name} 由更新版本的程序创建。", "请升级本程序后再恢复。")
        if tuple(names) != ours[:len(names)]:
            raise RestoreRefused(f"备份文件 {path.name} 的结构版本记录不完整或顺序异常，可能被改动。", advice)
        problem = sql.schema_problem(probe, sql.reference_schema(tuple(names)))
        if problem:
            raise RestoreRefused(f"{NOT_OURS}（{path.name}）：{problem}", advice)
        if "m003_survey_files" in names and probe.execute(f"SELECT EXISTS (SELECT 1 FROM {sql.ALIAS}.manifest)").fetchone()[0]:
            raise RestoreRefused(f"{path.name} 是调查文件，不是备份。", "调查文件请在「导入答卷」页导入。")
        return names
    except sqlite3.DatabaseError as error:
        raise RestoreRefused(f"{NOT_OURS}（{path.name}），或者已损坏（{error}）。", advice) from error
    finally:
        probe.close()
