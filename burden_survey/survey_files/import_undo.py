"""「撤销这次导入」: the responses one import brought leave, the versions it replaced come back whole, the sealed files
it held go — in one transaction, from the database's own records, without a copy of the database (issue 17).

Before, every import first copied the whole database as its way back: at a city's 50,000 cadres that was gigabytes
and minutes before each import. Now each response knows the import that brought its current version
(response_origin), and a replaced version keeps every row, the import that replaced it and the one that had brought
it (response_history). An import is undone only while no later import has replaced what it brought: the later one
is undone first, so each step puts back exactly what was there before it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from burden_survey.store import audit, response_tables, set_aside, summaries
from burden_survey.store.importer_sql import transaction
from burden_survey.store.response_rows import restore_rows
from burden_survey.store.response_tables import belongs
from burden_survey.store.storage import Storage, now
from burden_survey.system.errors import BurdenSurveyError

_IDS = "SELECT value FROM json_each(:ids)"


class UndoRefused(BurdenSurveyError):
    title = "无法撤销这次导入"


@dataclass(frozen=True)
class Undone:
    batch_id: int
    removed: int  # responses the import brought new, now gone
    restored: int  # earlier versions it had replaced, put back
    held: int  # sealed files for the level above it had kept, taken off

    def text(self) -> str:
        parts = [f"移除它新增的 {self.removed} 份答卷"] if self.removed else []
        parts += [f"恢复它替换掉的 {self.restored} 份旧版本"] if self.restored else []
        parts += [f"删除它收存的 {self.held} 份加密答卷"] if self.held else []
        return f"已撤销第 {self.batch_id} 次导入：" + "，".join(parts) + "。"


def undo_problems(storage: Storage) -> dict[int, str]:
    """Import → why it cannot be undone now ("" when it can), for every import in the history."""
    conn = storage.db.conn
    later = dict(conn.execute(
        """SELECT origin_batch, min(replaced_in_batch) FROM main.response_history
           WHERE origin_batch IS NOT NULL AND replaced_in_batch > origin_batch GROUP BY origin_batch"""))
    written = {row[0] for row in conn.execute(
        """SELECT batch_id FROM main.response_origin UNION SELECT replaced_in_batch FROM main.response_history
           UNION SELECT batch_id FROM main.sealed_file""")}
    return {batch: _problem(batch, recorded, undone_at, later.get(batch), batch in written)
            for batch, recorded, undone_at in conn.execute("SELECT id, recorded, undone_at FROM main.import_batch")}


def _problem(batch: int, recorded: int, undone_at: str | None, later: int | None, written: bool) -> str:
    if undone_at:
        return f"第 {batch} 次导入已于 {undone_at[:16].replace('T', ' ')} 撤销。"
    if not recorded:
        return (f"第 {batch} 次导入是在本程序升级之前做的，没有留下撤销所需的记录。如需撤销，"
                "请在「数据安全」里恢复它之前的备份。")
    if later is not None:
        return f"之后的第 {later} 次导入又替换了这次导入的答卷：请先撤销第 {later} 次导入。"
    if not written:
        return f"第 {batch} 次导入没有写入任何答卷，无需撤销。"
    return ""


def undo_import(storage: Storage, batch_id: int) -> Undone:
    """Undo import `batch_id` whole, or refuse (UndoRefused, saying why and what to do) and change nothing."""
    conn = storage.db.conn
    with transaction(conn):
        problem = undo_problems(storage).get(batch_id)
        if problem is None:
            raise UndoRefused(f"导入记录里没有第 {batch_id} 次导入。", "请刷新「导入记录」后重试。")
        if problem:
            raise UndoRefused(problem)
        brought = [row[0] for row in conn.execute(
            "SELECT respondent_id FROM main.response_origin WHERE batch_id = ?", [batch_id])]
        # Per respondent, the version that was there before this import: the first it replaced. (One import may
        # replace a response twice — two revisions in one batch — or replace what it brought itself: neither of
        # those versions was there before it.)
        kept = conn.execute("""SELECT h.id, h.respondent_id, h.rows, h.origin_batch FROM main.response_history h
                               WHERE h.replaced_in_batch = :batch AND h.origin_batch IS NOT :batch
                                 AND h.id = (SELECT min(f.id) FROM main.response_history f
                                             WHERE f.respondent_id = h.respondent_id AND f.replaced_in_batch = :batch)
                               ORDER BY h.id""", {"batch": batch_id}).fetchall()
        ids = {"ids": json.dumps(brought)}
        for table in reversed(response_tables.tables()):  # children first: they point at their parents
            conn.execute(f"DELETE FROM main.{table.name} WHERE {belongs(table.name, 'main', _IDS)}", ids)
        conn.execute(f"DELETE FROM main.response_origin WHERE respondent_id IN ({_IDS})", ids)
        for _, respondent_id, rows, origin in kept:
            if rows is None:  # (the importer of this program keeps them always)
                raise UndoRefused(f"答卷 {respondent_id} 被替换的旧版本没有完整保存，无法恢复。",
                                  "请在「数据安全」里恢复这次导入之前的备份。")
            restore_rows(conn, rows)
            if origin is not None:
                conn.execute("INSERT INTO main.response_origin (respondent_id, batch_id) VALUES (?, ?)",
                             [respondent_id, origin])
        conn.execute("DELETE FROM main.response_history WHERE replaced_in_batch = ?", [batch_id])
        restored = [row[1] for row in kept]
        gone = json.dumps(sorted(set(brought) - set(restored)))
        # A participation code used by an answer that is gone may be used again; a restored version keeps its own.
        conn.execute(f"UPDATE main.participation_code SET respondent_id = NULL, used_at = NULL "
                     f"WHERE respondent_id IN ({_IDS})", {"ids": gone})
        conn.execute(f"DELETE FROM main.set_aside WHERE respondent_id IN ({_IDS})", {"ids": gone})
        summaries.refresh(conn, brought + restored)
        set_aside.judge(conn, restored)
        held = conn.execute("DELETE FROM main.sealed_file WHERE batch_id = ?", [batch_id]).rowcount
        conn.execute("UPDATE main.import_batch SET undone_at = ? WHERE id = ?", [now(), batch_id])
        undone = Undone(batch_id, len(json.loads(gone)), len(restored), held)
        audit.record(conn, "import", undone.text())
    return undone

