"""Sealed files a collecting township holds for the organiser above: kept unread, counted per unit, forwarded as they are.

A township that only collects for the county has the county's wave file (the public key) and not the private key:
the cadres' files are sealed for the county and it cannot read them. Rather than refusing them, its import keeps
each one, byte for byte, with what the sealed header says: the wave, the key and the unit (county, township,
division code; never a person). 「回收情况」 counts them by that unit (store/report_sql.py), and the aggregate export
writes them unchanged into a folder beside the aggregate; the county imports that folder like any other, and each
file opens with its passphrase. A cadre who exported twice is two files here until the county reads them.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from burden_survey.store import audit, report_sql
from burden_survey.store.storage import Storage
from burden_survey.survey.survey_file import Manifest, default_file_name
from burden_survey.system import fileops

from . import crypto
from .filestore import export_aggregate
from .roll_up import ExportFailed

FOLDER_SUFFIX = "-待转交加密答卷"


@dataclass(frozen=True)
class RollUp:
    """What an export for the level above wrote: the aggregate (None when there was nothing readable to put in
    one) and the sealed files forwarded beside it."""

    manifest: Manifest | None
    forwarded: list[Path]
    folder: Path | None


def collects_for_above(conn: sqlite3.Connection, header: crypto.SealedHeader) -> bool:
    """Whether this database holds the file's wave key in its public half only: it collects for the key's holder."""
    return conn.execute("SELECT 1 FROM main.wave_key WHERE wave_id = ? AND key_id = ? AND private_key IS NULL",
                        [header.wave_id, header.key_id]).fetchone() is not None


def hold(conn: sqlite3.Connection, header: crypto.SealedHeader, data: bytes, batch_id: int | None = None) -> bool:
    """Keep a sealed file as received (inside the caller's transaction), with the import that brought it; False when
    the same file is kept already."""
    digest = hashlib.sha256(data).hexdigest()
    cursor = conn.execute(
        """INSERT OR IGNORE INTO main.sealed_file (wave_id, key_id, file_sha256, county_code, township_name,
                                                   township_code, received_on, data, batch_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [header.wave_id, header.key_id, digest, header.county, header.township.strip(), header.code,
         date.today().isoformat(), data, batch_id])
    return cursor.rowcount == 1


def held_reason(header: crypto.SealedHeader, new: bool) -> str:
    """The import result's words for a held file: which unit, and what to do with it."""
    unit = header.township or header.county or "未写明单位"
    if not new:
        return f"这份加密答卷（{unit}）已收存过，没有重复计数。"
    return (f"已收存加密答卷（{unit}）：它是加密发给上级组织者的（密钥编号 {crypto.shown_key_id(header.key_id)}），"
            "本库无法读取，已按单位计入「回收情况」。导出汇总文件时会原样一并转交。")


def held_count(storage: Storage, wave_id: str) -> int:
    return storage.db.execute("SELECT count(*) FROM sealed_file WHERE wave_id = ?", [wave_id]).fetchone()[0]


def held_by_unit(storage: Storage, wave_id: str) -> list[tuple[str, int]]:
    """(township as the headers name it, files) of the sealed files held for the wave: what 「回收情况」 notes."""
    return report_sql.sealed_returns(storage, wave_id)


def forward_sealed(storage: Storage, wave_id: str, folder: Path | str) -> list[Path]:
    """Write every held file of the wave into `folder`, unchanged, under a new name of place, wave, date and a
    random suffix (the name it came with is the sender's, and untrusted)."""
    folder = Path(folder)
    rows = storage.db.execute("SELECT county_code, township_name, data FROM sealed_file WHERE wave_id = ? ORDER BY id",
                              [wave_id]).fetchall()
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for county, township, data in rows:
            path = folder / default_file_name(county or None, township, wave_id, date.today())
            while path in written or path.exists():
                path = folder / default_file_name(county or None, township, wave_id, date.today())
            partial = fileops.new_partial(path)
            try:
                partial.write_bytes(data)
                fileops.replace(partial, path)
            finally:
                fileops.try_unlink(partial)
            written.append(path)
    except OSError as error:
        raise ExportFailed(f"无法把加密答卷写入文件夹 {folder}（{error.strerror or error}）。",
                           "请换一个文件夹，或检查U盘是否已插好、是否写保护；本库保存的加密答卷没有改变。") from error
    if written:
        audit.log(storage, "export", f"原样转交加密答卷 {len(written)} 份到文件夹 {folder.name}", wave_id)
    return written


def export_for_above(storage: Storage, wave_id: str, path: Path | str, division: str = "", seal_for=None) -> RollUp:
    """The aggregate of what this database could read, and beside it (in 「<name>-待转交加密答卷」) the sealed files
    it holds for the organiser. With only sealed files, no aggregate is written: it would hold no answer."""
    path = Path(path)
    readable = storage.db.execute("SELECT count(*) FROM respondent WHERE wave_id = ?", [wave_id]).fetchone()[0]
    held = held_count(storage, wave_id)
    manifest = export_aggregate(storage, wave_id, path, division, seal_for) if readable or not held else None
    if not held:
        return RollUp(manifest, [], None)
    folder = path.with_name(path.stem + FOLDER_SUFFIX)
    return RollUp(manifest, forward_sealed(storage, wave_id, folder), folder)
