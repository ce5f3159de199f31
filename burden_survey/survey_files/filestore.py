"""The SQL of survey files: write a cadre's response or an aggregate, and read manifests."""

from __future__ import annotations

import errno
import hashlib
import os
import secrets
import shutil
import sqlite3
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from burden_survey.store import audit
from burden_survey.store import migrations as schema
from burden_survey.store import response_tables
from burden_survey.store.response_tables import belongs
from burden_survey.store.storage import Database, Storage, now
from burden_survey.survey import survey_file
from burden_survey.survey.survey_file import KINDS, Manifest, ManifestResponse, Wave
from burden_survey.survey.workdays import workday_sql
from burden_survey.system import connections, fileops, paths
from burden_survey.system.connections import connect
from burden_survey.system.scratch import ScratchFolder

from . import content, crypto, roll_up, signing
from .content import fingerprint_of
from .roll_up import ExportFailed, SealFor
from .wave_keys import wave_key

if TYPE_CHECKING:
    from .wave_file import WaveFile

__all__ = ["ExportFailed", "SealFor", "export_aggregate", "export_response", "is_sealed_file", "read_manifest"]


def read_manifest(conn: sqlite3.Connection, schema: str = "main") -> Manifest:
    """The manifest of an open (or attached) survey file; KeyError names a missing key."""
    items = dict(conn.execute(f"SELECT key, value FROM {schema}.manifest").fetchall())
    columns = {row[1] for row in conn.execute(f"PRAGMA {schema}.table_info(manifest_response)")}
    keys = "public_key, signature" if "signature" in columns else "NULL, NULL"  # a format-1 file opened as it is
    keys += ", participation_code" if "participation_code" in columns else ", NULL"
    responses = [ManifestResponse(*row) for row in conn.execute(
        f"SELECT respondent_id, wave_id, revision, content_sha256, {keys} FROM {schema}.manifest_response "
        "ORDER BY respondent_id")]
    return Manifest(
        kind=items["kind"], wave_id=items["wave_id"], wave_title=items["wave_title"],
        questionnaire_version=items["questionnaire_version"], created_at=items["created_at"],
        division=items.get("division", ""), format_version=int(items["format_version"]),
        app_version=items.get("app_version", ""), encryption=items.get("encryption", "none"), responses=responses,
        questionnaire=items.get("questionnaire", survey_file.FIRST_CODEBOOK),
        vocabulary=items.get("vocabulary", survey_file.FIRST_CODEBOOK),
    )


def export_response(storage: Storage, wave: Wave, path: Path | str, source_id: str | None = None) -> Manifest:
    """Write one respondent's answers (the cadre's own by default) for a wave into a new survey file.

    Each export is a new revision of the same response, so a supervisor keeps only the newest. When the wave has a
    key (a wave file was loaded), the file is sealed for the organiser: only their passphrase opens it.
    """
    source_id = source_id or storage.self_id
    signing_key, revision_key = f"wave_signing_key:{wave.id}:{source_id}", f"wave_revision:{wave.id}:{source_id}"
    # The free text's salt, like the key, is one per wave: the same answers exported again are the same response.
    salt_key = f"wave_local_salt:{wave.id}:{source_id}"
    # A key pair per wave, made here and never sent: the id derives from its public half (random, new every wave,
    # so two waves' answers cannot be linked), and only this PC can sign a later revision (signing.py).
    # A filled paper template has an id made from its answers (intake_template) and no key: nothing proves who
    # wrote it, so it travels unsigned, as a format-1 response does.
    # (Not the format-1 program's "wave_respondent:" setting: a cadre who exported then signs from now on.)
    fixed_id = storage.get_setting(f"wave_template_respondent:{wave.id}:{source_id}")
    private_key = None if fixed_id else storage.get_setting(signing_key) or signing.new_key()
    public_key = private_key and signing.public_of(private_key)
    respondent_id = fixed_id or signing.respondent_id_of(public_key)
    revision = int(storage.get_setting(revision_key, "0")) + 1
    code = storage.get_setting(participation_key(wave.id, source_id)) or None
    profile = storage.load_profile(source_id)
    manifest = Manifest("response", wave.id, wave.title, wave.questionnaire_version, date.today().isoformat(),
                        profile.county_code or "")
    period = (wave.period_start or date.min, wave.period_end or date.max)
    key = wave_key(storage, wave.id)
    unit = {"county": profile.county_code or "", "township": profile.township_name.strip(),
            "code": profile.township_code or ""}  # a unit, never a person: what a collecting township counts by
    seal = key and SealFor(wave.id, key.key_id, key.public_pem, unit)
    with _new_file(storage, path, seal) as out:
        _copy_wave(storage, wave)
        _copy_respondent(storage, source_id, respondent_id, wave.id, revision, period, wave.workdays_only)
        salt = storage.get_setting(salt_key) or (content.template_salt(fixed_id) if fixed_id else content.new_salt())
        _salt_local_text(storage.db.conn, out, respondent_id, salt)
        roll_up.dates_only(storage.db.conn, out)
        sha = fingerprint_of(storage.db.conn, out, respondent_id)
        signature = private_key and signing.sign(private_key, wave.id, respondent_id, revision, sha, code)
        manifest.responses.append(ManifestResponse(respondent_id, wave.id, revision, sha, public_key, signature, code))
        _write_manifest(storage, out, manifest)
    if private_key:
        storage.set_setting(signing_key, private_key)
    storage.set_setting(salt_key, salt)
    storage.set_setting(revision_key, str(revision))
    _log_export(storage, "调查文件", Path(path), wave.id, seal)
    return manifest


def export_aggregate(storage: Storage, wave_id: str, path: Path | str, division: str = "",
                     seal_for: WaveFile | None = None) -> Manifest:
    """Every imported response of a wave in one file for the level above, ids, revisions and fingerprints kept.

    `seal_for`: the level above's wave file; the aggregate is then sealed for its key. Without one it is sealed
    for the wave's key when this database holds only its public half (roll_up.seal_for_above): never in the
    clear for a wave with a key above. The responses' free text stays here, their dates lose the time of day.
    """
    row = storage.db.execute("SELECT id, title, questionnaire_version FROM wave WHERE id = ?", [wave_id]).fetchone()
    if row is None:
        raise ExportFailed(f"没有调查批次「{wave_id}」。", "请先导入这一批次的调查文件。")
    manifest = Manifest("aggregate", row[0], row[1], row[2], date.today().isoformat(), division)
    responses = storage.db.execute(
        "SELECT id, wave_id, revision, content_sha256, public_key, signature, participation_code FROM respondent "
        "WHERE wave_id = ? "
        "ORDER BY id", [wave_id]
    ).fetchall()
    seal = roll_up.seal_for_above(storage, wave_id, seal_for)
    with _new_file(storage, path, seal) as out:
        conn = storage.db.conn
        conn.execute(f"INSERT INTO {out}.wave SELECT * FROM main.wave WHERE id = ?", [wave_id])
        in_wave = "SELECT id FROM main.respondent WHERE wave_id = ?1"
        for table in response_tables.tables():  # live rows only, as in a cadre's file
            conn.execute(f"INSERT INTO {out}.{table.name} SELECT * FROM main.{table.name} "
                         f"WHERE {belongs(table.name, 'main', in_wave, live=True)}", [wave_id])
        listed = [ManifestResponse(*r) for r in responses]
        manifest.responses = roll_up.leave_local_text(conn, out, listed)
        roll_up.dates_only(conn, out)
        _write_manifest(storage, out, manifest)
    unsigned = roll_up.unsigned_count(listed, manifest.responses)
    note = f"；{unsigned} 份旧版答卷去掉备注后不再带签名" if unsigned else ""
    _log_export(storage, f"汇总文件（{len(responses)} 份答卷，不含备注等文字{note}）", Path(path), wave_id, seal)
    return manifest


def is_sealed_file(path: Path | str) -> bool:
    """Whether a file written here is sealed (its first bytes say so)."""
    try:
        return crypto.is_sealed(fileops.read_bounded(path, len(crypto.MAGIC)))
    except OSError:
        return False


def _log_export(storage: Storage, what: str, path: Path, wave_id: str, seal: SealFor | None) -> None:
    """One audit line per export: the file's name (never a person) and whether, and for whom, it is sealed."""
    how = f"已加密，密钥编号 {crypto.shown_key_id(seal.key_id)}" if seal else "未加密"
    audit.log(storage, "export", f"{what} {path.name}（{how}）", wave_id)


class _new_file:
    """Build the file in a private scratch folder on this PC, then put it at its place in one step: written to
    `<name>.part` beside it and renamed when complete. A sealed file is sealed before it leaves the scratch folder,
    so its plain bytes never touch the USB stick, and a stick pulled out mid-way holds no half file."""

    def __init__(self, storage: Storage, path: Path | str, seal: SealFor | None = None):
        self.storage = storage
        self.path = Path(path)
        self.seal = seal
        self.scratch = ScratchFolder("export")

    def __enter__(self) -> str:
        self.scratch.__enter__()
        try:
            self.building = self.scratch.file("building.bsurvey")
            copy_empty_file(self.building)
            connections.attach(self.storage.db.conn, self.building, "survey_out")
        except (OSError, sqlite3.Error) as error:
            self.scratch.remove()
            held = isinstance(error, PermissionError)
            raise ExportFailed(f"无法在本机的数据文件夹中准备导出文件（{_why(error)}）。",
                               "文件正被其他程序（如杀毒软件）占用，请稍后重试；数据本身没有改变。" if held else
                               "请检查本机磁盘空间是否已满；数据本身没有改变。") from error
        self.storage.db.conn.execute("BEGIN")
        return "survey_out"

    def __exit__(self, exc_type, exc, tb) -> None:
        conn = self.storage.db.conn
        try:
            try:
                if exc is None:
                    conn.execute("COMMIT")
            finally:  # whatever happened, the connection is left as it was: no open transaction, nothing attached
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                conn.execute("DETACH DATABASE survey_out")
            if exc is None:
                # A survey file travels alone: fold the write-ahead log back in before it is read.
                single = connect(self.building)
                single.execute("PRAGMA journal_mode=DELETE")
                single.close()
                self._deliver(self.building.read_bytes())
        except sqlite3.Error as error:
            if exc is not None:
                return  # the error that stopped the export is the one to report
            raise ExportFailed(f"无法在本机写完导出文件（{error}）。",
                               "请检查本机磁盘空间后重试；数据本身没有改变。") from error
        finally:
            self.scratch.remove()

    def _deliver(self, data: bytes) -> None:
        partial = None
        try:
            if self.seal is not None:
                try:
                    data = crypto.seal(data, self.seal.public_pem, self.seal.wave_id, self.seal.unit)
                except ValueError as error:  # a key stored before keys were checked on loading
                    raise ExportFailed("批次文件中的公钥无效，无法加密，文件没有导出。",
                                       "请向组织者重新索取批次文件并载入；答卷没有写到任何地方。") from error
                if len(data) > survey_file.MAX_FILE_BYTES:  # the importer would refuse it: better to say so now
                    raise ExportFailed(f"加密后的文件太大（{len(data) / 1024 / 1024:.1f} MB），超过导入上限。",
                                       "请分批次或按乡镇分开导出。")
            partial = fileops.new_partial(self.path)  # on the stick only once the bytes are sealed
            with open(partial, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())  # on the stick before the name says the file is complete
            fileops.replace(partial, self.path)
        except OSError as error:
            if partial is not None:
                fileops.try_unlink(partial)
            raise ExportFailed(f"无法写入 {self.path}（{_why(error)}）。", _advice(error)) from error


def _why(error: BaseException) -> str:
    return getattr(error, "strerror", None) or str(error)


def _advice(error: OSError) -> str:
    """What to do, by what the system said: a full stick, a locked one, or a file another program holds."""
    if error.errno == errno.ENOSPC:
        return "U盘或磁盘空间已满，请删除一些文件或换一个U盘。"
    if error.errno == errno.EROFS:
        return "U盘处于写保护状态，请拨开U盘侧面的写保护开关，或换一个文件夹。"
    if isinstance(error, PermissionError):
        return "文件可能正被其他程序（杀毒软件、WPS 等）打开，或这个文件夹不允许写入：请关闭它们后重试，或换一个文件夹。"
    return "请换一个文件夹，或检查U盘是否已插好、是否写保护。"


def copy_empty_file(target: Path) -> None:
    """An empty database in the current schema at `target`, copied from a template kept in the data folder
    (copying beats migrating each new file); the template is made again whenever it is missing or damaged."""
    template = _template_path()
    for attempt in range(2):
        if not _looks_sound(template):
            _make_template(template)
        try:
            shutil.copyfile(template, target)
            return
        except FileNotFoundError:  # removed between the check and the copy (a clean-up tool): make it again
            if attempt:
                raise


SCHEMA_TIME = "2000-01-01"  # what every survey file says of when its schema was made (a date, as every stamp)
TEMPLATE_VERSION = 3  # part of the template's name: a change to how it is made replaces the kept one


def _template_path() -> Path:
    names = "\n".join([f"template {TEMPLATE_VERSION}", *schema.names()])
    return paths.data_dir() / "templates" / f"empty-{hashlib.sha256(names.encode()).hexdigest()[:12]}.bsurvey"


def _looks_sound(path: Path) -> bool:
    try:
        with open(path, "rb") as head:
            return head.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _make_template(path: Path) -> None:
    """Built under a name of its own and renamed into place, so two programs making it at once both succeed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f"{path.stem}-{secrets.token_hex(4)}.part")
    try:
        # Migrated directly, not through Storage.open: that gives a database its identity (a random id and the path
        # it was opened at), and every file made from the template would carry the path, user name and all.
        db = Database(connect(building))
        db.execute("PRAGMA page_size=1024")  # small pages keep ~20 tables and indexes small: the file travels
        schema.apply(db)
        # The template is kept for good, and every file made from it carries its schema history: a time of day
        # to the microsecond would be the same in every file from this PC, linking a cadre's answers across
        # waves. So the history says which migrations, not when; VACUUM leaves no old value in a free page.
        with db.atomic():
            db.execute(f"UPDATE {schema.TABLE} SET applied_at = ?", [SCHEMA_TIME])
        db.execute("VACUUM")
        db.close()
        fileops.replace(building, path)
    finally:
        fileops.try_unlink(building)


def _copy_wave(storage: Storage, wave: Wave) -> None:
    storage.db.conn.execute(
        """INSERT INTO survey_out.wave (id, title, questionnaire_version, period_start, period_end, workdays_only,
                                        created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
        [wave.id, wave.title, wave.questionnaire_version, wave.period_start and wave.period_start.isoformat(),
         wave.period_end and wave.period_end.isoformat(), int(wave.workdays_only), now()],
    )


def _copy_respondent(storage: Storage, source_id: str, target_id: str, wave_id: str, revision: int,
                     period: tuple[date, date], workdays_only: bool = False) -> None:
    """Copy one respondent's live rows under a new id; deleted tools and quotas stay behind, and so do the days
    outside the wave's diary window (its period, and only its workdays when it says so)."""
    conn = storage.db.conn
    columns = _columns(conn, "respondent")
    replaced = {"id": "?2", "wave_id": "?3", "revision": "?4", "content_sha256": "NULL", "public_key": "NULL",
                "signature": "NULL", "participation_code": "NULL",  # the file's own, written with its manifest
                "local_salt": "NULL", "local_sha256": "NULL"}
    select = ", ".join(replaced.get(c, c) for c in columns)
    conn.execute(f"INSERT INTO survey_out.respondent ({', '.join(columns)}) SELECT {select} FROM main.respondent WHERE id = ?1",
                 [source_id, target_id, wave_id, revision])
    chosen = {"source": source_id, "target": target_id, "start": period[0].isoformat(), "end": period[1].isoformat(),
              "workdays_only": int(workdays_only)}
    for table in response_tables.tables()[1:]:
        kept = (" AND c.deleted_at IS NULL" if table.soft_deleted else "") + (
            f" AND c.{table.day} BETWEEN :start AND :end AND (NOT :workdays_only OR {workday_sql(f'c.{table.day}')})"
            if table.day else "")
        if table.parent == "respondent":
            columns = _columns(conn, table.name)
            select = ", ".join(":target" if c == table.link else f"c.{c}" for c in columns)
            conn.execute(f"INSERT INTO survey_out.{table.name} ({', '.join(columns)}) SELECT {select} "
                         f"FROM main.{table.name} c WHERE c.{table.link} = :source{kept}", chosen)
        else:  # start from the parent's rows this file holds, so SQLite does not scan every respondent's
            conn.execute(f"""INSERT INTO survey_out.{table.name} SELECT c.* FROM survey_out.{table.parent} p
                             CROSS JOIN main.{table.name} c ON c.{table.link} = p.id WHERE 1{kept}""", chosen)


def _salt_local_text(conn: sqlite3.Connection, schema: str, respondent_id: str, salt: str) -> None:
    """The salt of the response's free text and the digest its fingerprint covers (content.local_digest)."""
    conn.execute(f"UPDATE {schema}.respondent SET local_salt = ? WHERE id = ?", [salt, respondent_id])
    conn.execute(f"UPDATE {schema}.respondent SET local_sha256 = ? WHERE id = ?",
                 [content.local_digest(conn, schema, respondent_id), respondent_id])


def _write_manifest(storage: Storage, schema: str, manifest: Manifest) -> None:
    if manifest.kind not in KINDS:
        raise ValueError(manifest.kind)
    conn = storage.db.conn
    conn.executemany(f"INSERT INTO {schema}.manifest (key, value) VALUES (?, ?)", list(manifest.items().items()))
    conn.executemany(
        f"""INSERT INTO {schema}.manifest_response (respondent_id, wave_id, revision, content_sha256, public_key,
                                                    signature, participation_code) VALUES (?, ?, ?, ?, ?, ?, ?)""",
        [(r.respondent_id, r.wave_id, r.revision, r.content_sha256, r.public_key, r.signature, r.participation_code)
         for r in manifest.responses],
    )
    conn.executemany(f"UPDATE {schema}.respondent SET content_sha256 = ?, public_key = ?, signature = ?, "
                     "participation_code = ? WHERE id = ?",
                     [(r.content_sha256, r.public_key, r.signature, r.participation_code, r.respondent_id)
                      for r in manifest.responses])


def participation_key(wave_id: str, source_id: str) -> str:
    """The setting that holds the participation code a cadre typed for a wave (normalised, participation.py)."""
    return f"wave_participation_code:{wave_id}:{source_id}"


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]
