"""How long a wave's answers are kept, and their destruction when that time is up, with a record that outlives them."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from burden_survey.system.errors import BurdenSurveyError

from . import audit, backups, group_summaries
from .storage import SELF_KEY, Storage, now

# The wave's answers: this PC's own respondent (a cadre's) is never part of a wave's received answers.
_DOOMED = f"""SELECT id FROM respondent WHERE wave_id = :wave
              AND id IS NOT (SELECT value FROM settings WHERE key = '{SELF_KEY}')"""
WIPED = "（已销毁）"  # what stands in the logs where a destroyed answer's id was


@dataclass(frozen=True)
class WaveRetention:
    wave_id: str
    title: str
    responses: int
    retain_until: date | None  # None: kept until someone sets a date

    def is_due(self, today: date) -> bool:
        return self.retain_until is not None and self.retain_until < today and self.responses > 0


@dataclass(frozen=True)
class DestructionRecord:
    id: int
    wave_id: str
    wave_title: str
    retain_until: date
    destroyed_at: str
    responses: int
    rows_deleted: int
    backups_removed: int
    note: str


def set_retain_until(storage: Storage, wave_id: str, day: date | None) -> None:
    """Keep the wave's answers until `day` (inclusive); None removes the limit. Recorded in the audit log."""
    with storage.db.atomic():
        changed = storage.db.execute("UPDATE wave SET retain_until = ? WHERE id = ?",
                                     [day and day.isoformat(), wave_id]).rowcount
        if not changed:
            raise BurdenSurveyError(f"没有调查批次「{wave_id}」。", "请先登记或导入这一批次。")
        detail = f"保留至 {day.isoformat()}，到期后销毁全部答卷" if day else "取消保留期限（不限）"
        audit.record(storage.db.conn, "retention", detail, wave_id)


def wave_retention(storage: Storage) -> list[WaveRetention]:
    """Every wave with its answer count and retention date, in the order the waves were created."""
    rows = storage.db.execute(
        f"""SELECT w.id, w.title, (SELECT count(*) FROM ({_DOOMED.replace(':wave', 'w.id')})), w.retain_until
            FROM wave w ORDER BY w.created_at, w.rowid""").fetchall()
    return [WaveRetention(i, title, n, date.fromisoformat(until) if until else None) for i, title, n, until in rows]


def due_waves(storage: Storage, today: date | None = None) -> list[WaveRetention]:
    """Waves whose date has passed and that still hold answers."""
    today = today or date.today()
    return [w for w in wave_retention(storage) if w.is_due(today)]


def destroy_due(storage: Storage, today: date | None = None) -> list[DestructionRecord]:
    """Destroy the answers of every wave past its date, beyond recovery from this file or its backups.

    One transaction deletes the answers and every row that hangs off them, removes the wave's private key and
    writes the destruction record and audit line. Then the file is compacted (VACUUM, write-ahead log emptied) so
    no deleted page lingers, and the backups, which still hold the answers, are deleted and replaced by a fresh one.
    """
    due = due_waves(storage, today)
    if not due:
        return []
    conn = storage.db.conn
    secure = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete=ON")  # freed pages are zeroed, in the file and in the write-ahead log
    try:
        with storage.db.atomic():
            ids = [_destroy_wave(conn, wave) for wave in due]
    except sqlite3.OperationalError as error:  # a full disk or a read-only file: the transaction rolled back
        raise BurdenSurveyError(f"销毁未完成（{error}），数据没有改变。", "请检查磁盘空间和文件权限后重试。") from error
    finally:
        conn.execute(f"PRAGMA secure_delete={int(secure)}")
    note = _compact(conn)
    if storage.path is not None:
        removed, left = backups.remove_all(storage)
        if left:
            note = "；".join(filter(None, [note, f"{left} 个备份文件正被其他程序（如杀毒软件）占用，暂时无法删除，"
                                                 "下次启动本程序时会再次删除"]))
        with storage.db.atomic():
            conn.execute(f"UPDATE destruction_record SET backups_removed = ?, note = ? "
                         f"WHERE id IN ({', '.join('?' * len(ids))})", [removed, note, *ids])
        backups.make_backup(storage, "daily")  # the data that remains is protected again at once
    elif note:
        with storage.db.atomic():
            conn.execute(f"UPDATE destruction_record SET note = ? WHERE id IN ({', '.join('?' * len(ids))})",
                         [note, *ids])
    return [r for r in destruction_records(storage) if r.id in ids]


def destruction_records(storage: Storage) -> list[DestructionRecord]:
    """Every destruction so far, newest first."""
    rows = storage.db.execute(
        """SELECT id, wave_id, wave_title, retain_until, destroyed_at, responses, rows_deleted, backups_removed, note
           FROM destruction_record ORDER BY id DESC""").fetchall()
    return [DestructionRecord(r[0], r[1], r[2], date.fromisoformat(r[3]), *r[4:]) for r in rows]


# helpers ----------------------------------------------------------------------------------
def _destroy_wave(conn: sqlite3.Connection, wave: WaveRetention) -> int:
    """Delete one wave's answers inside the caller's transaction; returns the id of its destruction record."""
    params = {"wave": wave.wave_id}
    ids = [r[0] for r in conn.execute(_DOOMED, params)]
    names = {r[0] for r in conn.execute(f"SELECT DISTINCT name FROM tool WHERE respondent_id IN ({_DOOMED})", params)}
    by_respondent, by_tool = _dependent_tables(conn)
    # Wherever they were last counted (an earlier wave, before a replacement moved them): that stratum's groups list
    # them, and are counted again below, without them.
    group_summaries.changed(conn, ids)
    deleted = 0
    tools = f"SELECT id FROM tool WHERE respondent_id IN ({_DOOMED})"
    for table in by_tool:  # first: they point at the tools
        deleted += conn.execute(f"DELETE FROM {table} WHERE tool_id IN ({tools})", params).rowcount
    for table, has_wave in by_respondent:
        also = " OR wave_id = :wave" if has_wave else ""  # e.g. old versions kept in response_history
        deleted += conn.execute(f"DELETE FROM {table} WHERE respondent_id IN ({_DOOMED}){also}", params).rowcount
    deleted += conn.execute(f"DELETE FROM respondent WHERE id IN ({_DOOMED})", params).rowcount
    deleted += group_summaries.forget_wave(conn, wave.wave_id)  # they list small groups' people and minutes
    group_summaries.bring_up_to_date(conn)  # nothing of them left in a group elsewhere, nor in the next backup
    deleted += conn.execute("DELETE FROM sealed_file WHERE wave_id = :wave", params).rowcount  # held for above
    _scrub_mentions(conn, ids, names)
    conn.execute("UPDATE wave_key SET private_key = NULL WHERE wave_id = ?", [wave.wave_id])
    record_id = conn.execute(
        """INSERT INTO destruction_record (wave_id, wave_title, retain_until, destroyed_at, responses, rows_deleted)
           VALUES (?, ?, ?, ?, ?, ?)""",
        [wave.wave_id, wave.title, wave.retain_until.isoformat(), now(), len(ids), deleted]).lastrowid
    audit.record(conn, "destroy", f"保留期限 {wave.retain_until.isoformat()} 已到：销毁 {len(ids)} 份答卷"
                                  f"（共 {deleted} 行数据），批次密钥已删除", wave.wave_id)
    return record_id


def _dependent_tables(conn: sqlite3.Connection) -> tuple[list[tuple[str, bool]], list[str]]:
    """Tables holding answer rows, found by their columns so that a table added later is not forgotten:
    ([(table, has wave_id)] keyed by respondent_id, [tables keyed only by tool_id])."""
    by_respondent, by_tool = [], []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                 " AND name != 'respondent' ORDER BY name").fetchall():
        columns = {r[0] for r in conn.execute("SELECT name FROM pragma_table_info(?)", [table])}
        if "respondent_id" in columns:
            by_respondent.append((table, "wave_id" in columns))
        elif "tool_id" in columns:
            by_tool.append(table)
    by_respondent.sort(key=lambda t: t[0] == "tool")  # tools last: other tables may point at them
    return by_respondent, by_tool


def _scrub_mentions(conn: sqlite3.Connection, respondent_ids: list[str], tool_names: set[str]) -> None:
    """Logs that named a destroyed answer (a rejected file's reason, an audit line) keep their line, not the id;
    a name-matching example typed only in destroyed answers is cleared."""
    for table, column in (("import_result", "reason"), ("audit_log", "detail")):
        conn.executemany(f"UPDATE {table} SET {column} = replace({column}, ?1, ?2) WHERE instr({column}, ?1) > 0",
                         [(rid, WIPED) for rid in respondent_ids])
    remaining = {r[0] for r in conn.execute("SELECT DISTINCT name FROM tool")}
    conn.executemany("UPDATE tool_alias SET example = '' WHERE example = ?",
                     [(name,) for name in tool_names - remaining])


def _compact(conn: sqlite3.Connection) -> str:
    """Rewrite the file without free pages and empty the write-ahead log; a note when that could not finish."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlite3.OperationalError as error:
        return f"答卷已删除，但数据文件未能压缩（{error}）；删除的内容已被清零。"
    if busy:
        return "答卷已删除，但另一程序正在读取数据文件，预写日志未能清空；删除的内容已被清零。"
    return ""
