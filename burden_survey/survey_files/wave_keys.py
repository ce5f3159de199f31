"""A wave's key pair in the database (the supervisor's private half under a passphrase) and the keys an import needs."""

from __future__ import annotations

import json
import lzma
import sqlite3
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from burden_survey.store import audit
from burden_survey.store.storage import Storage, now
from burden_survey.system.errors import BurdenSurveyError

from . import crypto
from .inputs import Inputs, SurveyFileRejected

_HEAD_BYTES = len(crypto.MAGIC) + 4 + crypto.MAX_HEADER_BYTES
# What reading a file or an archive member may raise; sealed_waves skips such inputs (the import reports them).
_UNREADABLE = (OSError, ValueError, RuntimeError, EOFError, NotImplementedError, zipfile.BadZipFile, zlib.error,
               lzma.LZMAError)


class WaveKeyError(BurdenSurveyError):
    title = "批次密钥"


@dataclass(frozen=True)
class WaveKey:
    wave_id: str
    key_id: str
    public_pem: str
    has_private: bool  # a supervisor's database: it can decrypt; a cadre's holds the public half only
    roster: list[str]

    @property
    def shown_key_id(self) -> str:
        return crypto.shown_key_id(self.key_id)


def create_wave_key(storage: Storage, wave_id: str, passphrase: str, roster: list[str] = ()) -> WaveKey:
    """The supervisor's key pair for a wave: once per wave, since wave files and sealed files depend on it."""
    if storage.db.execute("SELECT 1 FROM wave WHERE id = ?", [wave_id]).fetchone() is None:
        raise WaveKeyError(f"没有调查批次「{wave_id}」。", "请先登记这个批次，再为它生成密钥。")
    existing = wave_key(storage, wave_id)
    if existing is not None:
        raise WaveKeyError(f"批次「{wave_id}」已有密钥（密钥编号 {existing.shown_key_id}），不能更换。",
                           "已发出的批次文件和已加密的调查文件都依赖这把密钥；如需新密钥，请新建一个批次。")
    pair = crypto.new_keypair(passphrase)
    units = clean_roster(roster)
    with storage.db.atomic():
        storage.db.execute(
            "INSERT INTO wave_key (wave_id, key_id, public_key, private_key, roster, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [wave_id, pair.key_id, pair.public_pem, pair.private_pem, json.dumps(units, ensure_ascii=False), now()])
        audit.record(storage.db.conn, "key", f"生成批次密钥，密钥编号 {crypto.shown_key_id(pair.key_id)}", wave_id)
    return WaveKey(wave_id, pair.key_id, pair.public_pem, True, units)


def wave_key(storage: Storage, wave_id: str) -> WaveKey | None:
    row = storage.db.execute(
        "SELECT wave_id, key_id, public_key, private_key IS NOT NULL, roster FROM wave_key WHERE wave_id = ?",
        [wave_id]).fetchone()
    return _wave_key(row) if row else None


def unlock_wave(storage: Storage, wave_id: str, passphrase: str):
    """The wave's private key (X25519PrivateKey), or WrongPassphrase naming the wave."""
    row = storage.db.execute("SELECT private_key FROM wave_key WHERE wave_id = ?", [wave_id]).fetchone()
    if row is None or row[0] is None:
        raise WaveKeyError(f"本库没有批次「{wave_id}」的私钥，无法解密。",
                           "加密的调查文件只能在生成批次密钥的组织者的数据文件中导入。")
    try:
        key = crypto.unlock(row[0], passphrase)
    except crypto.WrongPassphrase as wrong:
        raise crypto.WrongPassphrase(f"批次「{wave_id}」的{wrong.message}", wrong.advice) from wrong
    if crypto.is_old_wrapping(row[0]):  # re-wrapped under scrypt now that the passphrase is known
        with storage.db.atomic():
            storage.db.execute("UPDATE wave_key SET private_key = ? WHERE wave_id = ?",
                               [crypto.wrap_private(key, crypto.passphrase_bytes(passphrase)), wave_id])
    return key


class KeyRing:
    """Unlocked private keys by key id, handed to import_paths; lives only as long as the import needs it."""

    def __init__(self):
        self._keys: dict[str, object] = {}

    def add(self, key_id: str, private_key) -> None:
        self._keys[key_id] = private_key

    def get(self, key_id: str) -> object | None:
        return self._keys.get(key_id)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key_id: str) -> bool:
        return key_id in self._keys


def sealed_waves(paths: list[Path]) -> dict[str, str]:
    """{wave_id: key_id} of the sealed files among files, folders (*.bsurvey, recursively) and .zip archives.

    Reads only the first bytes of each file; never raises: what cannot be read is left to the import to report.
    """
    return {header.wave_id: header.key_id for header in _sealed_headers(paths)}


def waves_needing_passphrase(storage: Storage, paths: list[Path]) -> list[WaveKey]:
    """The waves whose private key this database holds and for which sealed files are among `paths`."""
    key_ids = {header.key_id for header in _sealed_headers(paths)}
    if not key_ids:
        return []
    marks = ", ".join("?" * len(key_ids))
    rows = storage.db.execute(
        "SELECT wave_id, key_id, public_key, 1, roster FROM wave_key "
        f"WHERE private_key IS NOT NULL AND key_id IN ({marks}) ORDER BY wave_id", sorted(key_ids)).fetchall()
    return [_wave_key(row) for row in rows]


def missing_key_reason(conn: sqlite3.Connection, header: crypto.SealedHeader) -> str:
    """Why a sealed file cannot be opened with the keys at hand, in the words of the import results."""
    row = conn.execute("SELECT wave_id FROM wave_key WHERE key_id = ? AND private_key IS NOT NULL",
                       [header.key_id]).fetchone()
    if row is not None:
        return f"文件已加密（批次 {row[0]}）。请输入这一批次的口令后再导入。"
    return (f"文件是加密发给另一位组织者的（密钥编号 {crypto.shown_key_id(header.key_id)}），本库没有对应的密钥。"
            "请把文件转交给发出这一批次文件的组织者；如果应由您导入，请让填报人载入您发出的批次文件后重新导出。")


def unseal(conn: sqlite3.Connection, keys: KeyRing | None, name: str, data: bytes) -> tuple[bytes, crypto.SealedHeader]:
    """The plain bytes of a sealed file and its header; SurveyFileRejected (Chinese reason) when no key opens it."""
    try:
        header = crypto.sealed_header(data)
        private_key = keys.get(header.key_id) if keys is not None else None
        if private_key is None:
            raise SurveyFileRejected(name, missing_key_reason(conn, header))
        return crypto.open_sealed(data, private_key), header
    except crypto.SealBroken as broken:
        raise SurveyFileRejected(name, broken.reason) from broken


def clean_roster(roster) -> list[str]:
    """Unit names as typed, trimmed, blanks and repeats left out, order kept."""
    units: list[str] = []
    for name in roster or ():
        name = str(name).strip()
        if name and name not in units:
            units.append(name)
    return units


# ------------------------------------------------------------------------------------------
def _wave_key(row) -> WaveKey:
    try:
        roster = json.loads(row[4] or "[]")
    except ValueError:
        roster = []
    return WaveKey(row[0], row[1], row[2], bool(row[3]), roster if isinstance(roster, list) else [])


def _sealed_headers(paths: list[Path]) -> Iterator[crypto.SealedHeader]:
    """The headers of the sealed files among what the supervisor picked, found as the import finds them: the
    same folders, archives and refusals (links, pipes, bombs, too many members), reading only each head."""
    with Inputs(paths) as inputs:
        for source in inputs.sources:
            if source.problem:
                continue
            try:
                head = inputs.head(source, _HEAD_BYTES)
                if crypto.is_sealed(head):
                    yield crypto.sealed_header(head)
            except (*_UNREADABLE, crypto.SealBroken, SurveyFileRejected):
                continue
