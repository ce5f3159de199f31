"""Optional one-time participation codes per wave: the organiser prints slips per unit, a cadre types one at export,
and the import takes each code once. Only hashes are kept, with their unit; who got which slip is never recorded."""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from burden_survey.store import audit
from burden_survey.store.storage import Storage, now
from burden_survey.system.errors import InputRejected

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a slip read aloud or typed from paper must not be mistaken.
ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
LENGTH = 10  # 25^10 ≈ 10^14: a guessed code is never right, and every wrong one is refused and counted
MOST_PER_UNIT = 2000


@dataclass(frozen=True)
class UnitCodes:
    unit: str
    made: int
    used: int


def shown(code: str) -> str:
    """As printed and typed: two groups of five."""
    return f"{code[:5]}-{code[5:]}"


def normalised(text: str | None) -> str | None:
    """The code as stored, from what a cadre typed (spaces, dashes and case ignored); None when empty;
    InputRejected when it cannot be a code."""
    if text is None or not text.strip():
        return None
    code = "".join(text.split()).replace("-", "").replace("－", "").upper()
    if len(code) != LENGTH or any(ch not in ALPHABET for ch in code):
        raise InputRejected("参与码", f"应为 {LENGTH} 位（如 {shown('ACDEF' + 'GHJKM')}），只含纸条上印的字母和数字。",
                            "请照纸条逐位输入；没有纸条可以不填。")
    return code


def make_codes(storage: Storage, wave_id: str, counts: dict[str, int],
               print_slips: Callable[[dict[str, list[str]]], object] | None = None) -> dict[str, list[str]]:
    """New codes for each unit (`counts`: unit → how many slips), kept as hashes; the plain codes are returned once,
    for the slips, and are never stored. `print_slips(codes)` runs inside the transaction: when the slips cannot
    be written, no code is kept either (codes nobody holds would only be guessed at)."""
    units = {unit.strip(): count for unit, count in counts.items() if unit.strip() and count > 0}
    if not units:
        raise InputRejected("份数", "至少要为一个单位生成一个参与码。")
    if any(count > MOST_PER_UNIT for count in units.values()):
        raise InputRejected("份数", f"每个单位最多 {MOST_PER_UNIT} 个。")
    made = {unit: ["".join(secrets.choice(ALPHABET) for _ in range(LENGTH)) for _ in range(count)]
            for unit, count in units.items()}
    with storage.db.atomic():
        storage.db.conn.executemany(
            "INSERT INTO participation_code (code_hash, wave_id, unit) VALUES (?, ?, ?)",
            [(_hash(wave_id, code), wave_id, unit) for unit, codes in made.items() for code in codes])
        audit.record(storage.db.conn, "participation_codes",
                     f"生成参与码 {sum(units.values())} 个（{len(units)} 个单位）", wave_id)
        if print_slips is not None:
            print_slips(made)
    return made


def uses_codes(conn: sqlite3.Connection, wave_id: str) -> bool:
    row = conn.execute("SELECT 1 FROM main.participation_code WHERE wave_id = ? LIMIT 1", [wave_id]).fetchone()
    return row is not None


def code_problem(conn: sqlite3.Connection, wave_id: str, respondent_id: str, code: str | None) -> str:
    """Why a response's code is not accepted in this database, in words; "" when it is, or when the wave has no
    codes here (a township passes its cadres' codes up; the organiser's database checks them)."""
    if not uses_codes(conn, wave_id):
        return ""
    if not code:
        return "缺少参与码：这一批次要求每份答卷附上组织者发的参与码。请让填报人在导出时输入纸条上的参与码。"
    row = conn.execute("SELECT respondent_id FROM main.participation_code WHERE code_hash = ? AND wave_id = ?",
                       [_hash(wave_id, code), wave_id]).fetchone()
    if row is None:
        return f"参与码 {shown(code)} 不是这一批次发出的，答卷未导入。请让填报人核对纸条。"
    if row[0] is not None and row[0] != respondent_id:
        return f"参与码 {shown(code)} 已被另一份答卷使用，每个参与码只能用一次。"
    return ""


def claim(conn: sqlite3.Connection, wave_id: str, respondent_id: str, code: str | None) -> None:
    """Mark the code used by this response (a later revision of the same response keeps it)."""
    if code:
        conn.execute("UPDATE main.participation_code SET respondent_id = ?, used_at = ? "
                     "WHERE code_hash = ? AND wave_id = ? AND respondent_id IS NULL",
                     [respondent_id, now(), _hash(wave_id, code), wave_id])


def code_returns(storage: Storage, wave_id: str) -> list[UnitCodes]:
    """Per unit: codes made and codes used, in unit order."""
    return [UnitCodes(*row) for row in storage.db.execute(
        "SELECT unit, count(*), count(respondent_id) FROM participation_code WHERE wave_id = ? GROUP BY unit "
        "ORDER BY unit", [wave_id])]


def _hash(wave_id: str, code: str) -> str:
    return hashlib.sha256(f"burden-survey participation\n{wave_id}\n{code}".encode()).hexdigest()
