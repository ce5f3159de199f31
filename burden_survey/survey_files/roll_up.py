"""What a file for the level above may carry: dates without times, no free text, and a seal when the wave has a key.

Issue 14. The township (or county) that imported a cadre's file keeps the cadre's free text; an aggregate it writes
for the level above keeps each response's signature and fingerprint but only the digest of that text
(content.local_digest). Every time stamp in a survey file is cut to its date: a time of day to the second, the same
in the cadre's database and every copy, links a cadre's files and tells when they sat at the PC. And an aggregate of
a wave whose key this database holds only in its public half (the level above's wave file, loaded here) is sealed for
that key whatever the caller asked.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from burden_survey.store import response_tables
from burden_survey.store.storage import Storage
from burden_survey.survey.survey_file import ManifestResponse
from burden_survey.system.errors import BurdenSurveyError

from . import content
from .wave_keys import wave_key

if TYPE_CHECKING:
    from .wave_file import WaveFile


class ExportFailed(BurdenSurveyError):
    title = "导出未完成"


@dataclass(frozen=True)
class SealFor:
    """Whom a file is sealed for: the public key of a wave (the cadre's wave file, or the level above's)."""

    wave_id: str
    key_id: str
    public_pem: str
    unit: dict | None = None  # a cadre's file: the place its sealed header names (crypto.UNIT_KEYS)


def seal_for_above(storage: Storage, wave_id: str, wave_file: WaveFile | None) -> SealFor | None:
    """The key an aggregate is sealed for: the level above's wave file when one is given; otherwise the wave's key
    when this database holds only its public half (it collects for the organiser above, who holds the private
    one). None only for a wave without a key here, or one this database organises itself (it has no key above)."""
    if wave_file is not None:
        if not wave_file.public_pem or not wave_file.key_id:
            raise ExportFailed("所选的批次文件没有公钥，无法加密。",
                               "请向上级组织者索取含密钥的批次文件，或不选批次文件直接导出。")
        if wave_file.wave.id != wave_id:
            raise ExportFailed(f"所选的批次文件属于批次「{wave_file.wave.id}」，而汇总的是批次「{wave_id}」。",
                               "请选择上级为这一批次发出的批次文件。")
        return SealFor(wave_id, wave_file.key_id, wave_file.public_pem)
    key = wave_key(storage, wave_id)
    if key is not None and not key.has_private:
        return SealFor(wave_id, key.key_id, key.public_pem)
    return None


def dates_only(conn: sqlite3.Connection, schema: str) -> None:
    """Cut every time stamp (a column named *_at) of the file being written to its date: 2026-11-20."""
    tables = [row[0] for row in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")]
    for table in tables:
        stamps = [row[1] for row in conn.execute(f'PRAGMA {schema}.table_info("{table}")') if row[1].endswith("_at")]
        if stamps:
            sets = ", ".join(f'"{c}" = substr("{c}", 1, 10)' for c in stamps)
            conn.execute(f'UPDATE {schema}."{table}" SET {sets}')


def leave_local_text(conn: sqlite3.Connection, schema: str, responses: list[ManifestResponse]
                     ) -> list[ManifestResponse]:
    """Drop the free text of every response in the aggregate being written, keep its digest; the manifest entries
    to write. A response whose fingerprint covers its text itself (content version 1, from an earlier program) can
    keep neither text nor signature: it leaves refingerprinted and unsigned, as a paper template travels."""
    kept = []
    for response in responses:
        rid = response.respondent_id
        version = content.version_of(response.content_sha256) or 1
        text = content.local_text(conn, schema, rid)
        if version < content.LOCAL_SINCE and text != content.local_text(conn, schema, rid, blank=True):
            conn.execute(f"UPDATE {schema}.respondent SET local_salt = ? WHERE id = ?", [content.new_salt(), rid])
            response = replace(response, content_sha256="", public_key=None, signature=None)
        if version >= content.LOCAL_SINCE or not response.content_sha256:
            conn.execute(f"UPDATE {schema}.respondent SET local_sha256 = ? WHERE id = ?",
                         [content.local_digest(conn, schema, rid), rid])
        kept.append(response)
    _blank(conn, schema)
    return [r if r.content_sha256 else replace(r, content_sha256=content.fingerprint_of(conn, schema, r.respondent_id))
            for r in kept]


def _blank(conn: sqlite3.Connection, schema: str) -> None:
    """Every free-text column of the file emptied, every salt removed: what is left proves, but cannot tell."""
    for table in response_tables.tables():
        listed = content.local_columns(table.name)
        if listed:
            conn.execute(f"UPDATE {schema}.{table.name} SET " + ", ".join(f"{c} = ''" for c in listed))
    conn.execute(f"UPDATE {schema}.respondent SET local_salt = NULL")


def unsigned_count(before: list[ManifestResponse], after: list[ManifestResponse]) -> int:
    """How many responses lost their signature with their free text (the export's audit line says so)."""
    return sum(1 for b, a in zip(before, after) if b.signature is not None and a.signature is None)
