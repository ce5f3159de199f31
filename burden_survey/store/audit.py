"""The audit log: who-knows-what was done to the data (exports, imports, decryptions, backups, destruction)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .storage import Storage, now

# The actions the log knows, with the words the supervisor reads.
ACTIONS = {
    "export": "导出",
    "export_full": "导出完整数据",
    "import": "导入",
    "decrypt": "解密",
    "key": "批次密钥",
    "wave_file": "批次文件",
    "backup": "备份",
    "restore": "恢复备份",
    "retention": "保留期限",
    "destroy": "到期销毁",
    "participation_codes": "参与码",
    "wave_k": "最少显示人数",
    "set_aside": "纳入统计",
}


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    action: str
    wave_id: str | None
    detail: str

    @property
    def action_label(self) -> str:
        return ACTIONS.get(self.action, self.action)


def record(conn: sqlite3.Connection, action: str, detail: str, wave_id: str | None = None) -> None:
    """Add one line; it joins the caller's transaction (so a rolled-back import leaves no line behind)."""
    if action not in ACTIONS:
        raise ValueError(action)
    conn.execute("INSERT INTO audit_log (at, action, wave_id, detail) VALUES (?, ?, ?, ?)",
                 [now(), action, wave_id, detail])


def log(storage: Storage, action: str, detail: str, wave_id: str | None = None) -> None:
    """Add one line in a transaction of its own."""
    with storage.db.atomic():
        record(storage.db.conn, action, detail, wave_id)


def entries(storage: Storage, action: str | None = None, limit: int | None = None) -> list[AuditEntry]:
    """Newest first; optionally one action only."""
    sql = "SELECT id, at, action, wave_id, detail FROM audit_log"
    params: list = []
    if action:
        sql += " WHERE action = ?"
        params.append(action)
    sql += " ORDER BY id DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [AuditEntry(*row) for row in storage.db.execute(sql, params).fetchall()]
