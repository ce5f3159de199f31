"""A wave's k, the smallest group its figures describe: raised by the organiser, never lowered, and audited."""

from __future__ import annotations

from burden_survey.survey.survey_file import K_FLOOR, k_problem
from burden_survey.system.errors import InputRejected

from . import audit
from .storage import Storage


def wave_k(storage: Storage, wave_id: str) -> int | None:
    """The wave's k (the floor when it never raised it), or None for a wave this database does not know."""
    row = storage.db.execute("SELECT coalesce(k, ?) FROM wave WHERE id = ?", [K_FLOOR, wave_id]).fetchone()
    return row and row[0]


def largest_k(storage: Storage) -> int | None:
    """The highest k any wave of this database asks for (None: none raised it)."""
    return storage.db.execute("SELECT max(k) FROM wave").fetchone()[0]


def raised(storage: Storage) -> list[tuple[str, int]]:
    """(wave id, k) of every wave that raised its k: what a restore must not take back."""
    return storage.db.execute("SELECT id, k FROM wave WHERE k IS NOT NULL").fetchall()


def keep_raised(storage: Storage, kept: list[tuple[str, int]]) -> None:
    """After a restore: each wave's k is the higher of the backup's and the one it had (`raised` before)."""
    storage.db.conn.executemany("UPDATE wave SET k = ? WHERE id = ? AND coalesce(k, 0) < ?",
                                [(k, wave_id, k) for wave_id, k in kept])


def raise_wave_k(storage: Storage, wave_id: str, k: int, source: str = "") -> None:
    """From now on the wave's figures describe groups of k or more. Lowering k is refused: figures published at
    the old k would then sit beside figures of the smaller groups they hid, and the difference is a person.
    `source` names where the raise came from (a wave file) in the audit log."""
    current = wave_k(storage, wave_id)
    if current is None:
        raise InputRejected("调查批次", f"「{wave_id}」不在本库中。", "请先登记这个批次。")
    problem = k_problem(k) or (k < current and f"低于现有的 {current}")
    if problem:
        raise InputRejected("最少显示人数", f"{k} {problem}。",
                            f"批次「{wave_id}」现为 {current} 人，只能提高：请输入 {current} 或更大的整数。")
    if k == current:
        return
    with storage.db.atomic():
        storage.db.execute("UPDATE wave SET k = ? WHERE id = ?", [k, wave_id])
        audit.record(storage.db.conn, "wave_k",
                     f"{source}将最少显示人数由 {current} 人提高到 {k} 人" if source else
                     f"最少显示人数由 {current} 人提高到 {k} 人", wave_id)
