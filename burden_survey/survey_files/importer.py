"""Import survey files into a supervisor's database: check each untrusted file, then merge it in one transaction."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from burden_survey.store import audit, backups
from burden_survey.store import importer_sql as sql
from burden_survey.store import group_summaries, set_aside, summaries, wave_choice
from burden_survey.store import response_tables
from burden_survey.store.response_tables import belongs
from burden_survey.store.storage import Storage, now
from burden_survey.survey import survey_file, text_rules
from burden_survey.survey.choices import VOCABULARY_VERSION
from burden_survey.survey.questions import QUESTIONNAIRE_VERSION
from burden_survey.survey.survey_file import FORMAT_VERSION, KINDS, Manifest, valid_wave_id
from burden_survey.system import fileops
from burden_survey.system.connections import connect
from burden_survey.system.errors import PLACE_ADVICE, BurdenSurveyError, place_problem

from . import content, crypto, forwarding, participation, signing
from . import importer_values as values
from . import wave_keys
from .filestore import read_manifest
from .inputs import Inputs, Source, SurveyFileRejected, shown, too_big

STATUSES = ("imported", "duplicate", "replaced", "stale", "rejected")
STATUS_LABELS = {"imported": "已导入", "duplicate": "重复（已跳过）", "replaced": "已替换旧版本",
                 "stale": "旧版本（已跳过）", "rejected": "已拒绝"}

SQLITE_HEADER = b"SQLite format 3\x00"
SURVEY_FILES_MIGRATION = "m003_survey_files"  # the first schema with a manifest
NEWER_PROGRAM = "文件由更新版本的程序生成，请升级本程序后再导入。"
DAMAGED = "文件已损坏，无法读取（{}）。请让填报人重新导出并发送。"


STOPPED_ADVICE = "导入已停止；已完成的文件已保存。腾出空间或换到可写的文件夹后，把同一批文件再导入一次即可（已导入的会显示为重复）。"
WAVE_TITLE_LENGTH = 200  # as a wave file's title
NOT_DONE = "未处理：导入在这个文件处停止，数据库没有写入它的任何内容。"


class ImportFailed(BurdenSurveyError):
    """The supervisor's own database could not be written (disk full, read-only): the import stops."""

    title = "导入中断"


@dataclass(frozen=True)
class FileResult:
    name: str  # what the user recognises: the path, or "archive.zip › member.bsurvey"
    status: str  # one of STATUSES (for an aggregate file: the main outcome; details in reason)
    reason: str  # why rejected / what happened, in Chinese
    responses: int  # responses written by this file
    unsigned: int = 0  # of those, how many carry no signature (format 1, a paper template): nothing proves who wrote them
    set_aside: int = 0  # of those, how many are empty or nearly empty: in no figure until taken in (store/set_aside.py)
    wave_id: str = ""  # the wave the file's answers belong to (empty when the file was refused before it was read)


@dataclass
class ImportReport:
    batch_id: int
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False
    stopped: str = ""  # why the import stopped before the end (the database could not be written), in Chinese

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def rejected(self) -> int:
        return self.count("rejected")


def import_paths(storage: Storage, paths: list[Path | str], *, progress: Callable[[int, int, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, accept_new_waves: bool = False,
                 today: date | None = None, keys: wave_keys.KeyRing | None = None) -> ImportReport:
    """Check and merge files, folders (*.bsurvey, recursively) and .zip archives; one transaction per file.

    `progress(done, total, name)` follows each file; `cancelled()` is asked before each file, so a cancel keeps
    the files already done and nothing of the next. Every outcome is also kept in the import history.
    `keys`: the unlocked wave keys that open sealed files (a sealed file without its key is refused).
    """
    # No copy of the database first: an import is undone from its own records (import_undo.py), whatever its size.
    # But never into a damaged file: every incoming file would read as rejected.
    if storage.path is not None:
        backups.refuse_if_damaged(storage)
    conn = storage.db.conn
    merger = _Merger(conn, accept_new_waves, (today or date.today()).isoformat(), keys)
    with Inputs(paths) as inputs, sql.import_session(conn, values.vocabularies()):
        report = ImportReport(_started(conn))
        try:
            for done, source in enumerate(inputs.sources, 1):
                if cancelled is not None and cancelled():
                    report.cancelled = True
                    break
                try:
                    report.results.append(merger.import_source(inputs, source, report.batch_id))
                except ImportFailed as failed:  # the database cannot be written: every later file would fail too
                    report.stopped = f"{failed.message}{failed.advice}"
                    report.results += [FileResult(s.name, "rejected", NOT_DONE, 0) for s in inputs.sources[done - 1:]]
                    break
                inputs.release(source)
                if progress is not None:
                    progress(done, len(inputs.sources), source.name)
        finally:
            _finished(conn, report)
    _count_new(conn)
    return report


def _count_new(conn: sqlite3.Connection) -> None:
    """The new answers into the figures' groups, a few thousand a transaction (store/group_summaries.py). Left
    undone (a full disk, a kill), the next read of the figures does it: nothing depends on it but speed."""
    try:
        while True:
            with sql.transaction(conn):
                if not group_summaries.add_uncounted(conn):
                    return
    except sqlite3.DatabaseError:
        return


def _started(conn: sqlite3.Connection) -> int:
    try:
        return sql.start_batch(conn, now())
    except sqlite3.DatabaseError as error:
        if place_problem(error):
            raise ImportFailed(f"无法写入数据库：{place_problem(error)}，没有导入任何文件。", PLACE_ADVICE) from error
        raise


def _finished(conn: sqlite3.Connection, report: ImportReport) -> None:
    """Close the batch and write its audit line; on a full disk this may fail too, and then the next import
    closes the batch (sql.start_batch): the one message the user sees stays the first one."""
    try:
        sql.finish_batch(conn, report.batch_id, now(), report.cancelled or bool(report.stopped))
        with sql.transaction(conn):
            audit.record(conn, "import", _audit_line(report))
            wave_choice.record_import(conn, Counter({r.wave_id: r.responses for r in report.results if r.responses}))
    except sqlite3.DatabaseError:
        if not report.stopped:
            raise


def _audit_line(report: ImportReport) -> str:
    counts = "，".join(f"{STATUS_LABELS[s]} {report.count(s)}" for s in STATUSES if report.count(s))
    line = f"第 {report.batch_id} 次导入，{len(report.results)} 个文件" + (f"：{counts}" if counts else "")
    unsigned = sum(r.unsigned for r in report.results)
    if unsigned:  # the audit tells forged from genuine where it can: these it cannot
        line += f"；写入的答卷中 {unsigned} 份未签名（旧格式）"
    if report.stopped:
        line += "；因无法写入数据库而停止"
    return line + ("（已取消）" if report.cancelled else "")


def import_history(storage: Storage) -> list[dict]:
    """Past imports, newest first, as dicts: batch_id, started_at, finished_at, cancelled, files, responses,
    and a count for each of STATUSES."""
    return sql.history(storage.db.conn, STATUSES)


def read_received(name: str, path: Path) -> bytes:
    """The file's bytes, read once; one over the size limit is refused before it is read."""
    size, limit = path.stat().st_size, survey_file.MAX_FILE_BYTES
    if size > limit:
        raise SurveyFileRejected(name, too_big(size, limit))
    data = fileops.read_bounded(path, limit)  # the size said is not trusted: a file may grow while read
    if len(data) > limit:
        raise SurveyFileRejected(name, too_big(len(data), limit))
    return data


def check_container(name: str, data: bytes) -> str:
    """Size and SQLite header, read from the file's bytes before SQLite sees it; returns the file's SHA-256."""
    size = len(data)
    if size == 0:
        raise SurveyFileRejected(name, "文件是空的（0 字节），可能传输中断。请让填报人重新发送。")
    limit = survey_file.MAX_FILE_BYTES
    if size > limit:
        raise SurveyFileRejected(name, too_big(size, limit))
    if not data.startswith(SQLITE_HEADER):
        raise SurveyFileRejected(name, "不是调查文件：内容不是本程序的数据格式（可能是改了扩展名的文档或图片）。")
    page_size = int.from_bytes(data[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(data[28:32], "big") if data[24:28] == data[92:96] else 0
    if size < 100 or page_size < 512 or size % page_size or size < pages * page_size:
        raise SurveyFileRejected(name, "文件不完整（可能传输中断或被截断）。请让填报人重新发送。")
    return hashlib.sha256(data).hexdigest()


class _Merger:
    """The per-file work of one import: checks on the attached file, then the merge."""

    def __init__(self, conn: sqlite3.Connection, accept_new_waves: bool, today: str,
                 keys: wave_keys.KeyRing | None = None):
        self.conn = conn
        self.keys = keys
        self.decrypted = ""  # the audit line of the file in hand when it was sealed
        self.sealed_wave: str | None = None  # the wave its sealed header names: the manifest must name the same
        self.sealed_header: crypto.SealedHeader | None = None
        self.plain_copy: Path | None = None
        self.accept_new_waves = accept_new_waves
        self.today = today
        self.ours = sql.our_migrations()
        self.reference = sql.reference_schema(self.ours)  # once per import, not per file

    def import_source(self, inputs: Inputs, source: Source, batch_id: int) -> FileResult:
        digest = None
        try:
            try:
                path = inputs.local_path(source)
                held = self._held(source.name, path, batch_id)
                if held is not None:
                    return held
                digest, path = self._unsealed(inputs, source.name, path)
                manifest = self._checked(inputs, source.name, path)
                return self._merge(source.name, manifest, digest, batch_id)
            except OSError as error:
                raise SurveyFileRejected(source.name, f"无法读取这个文件（{error.strerror or error}）。") from error
            finally:
                sql.detach(self.conn)
                if self.plain_copy is not None:  # decrypted answers do not wait on disk for the whole import
                    fileops.try_unlink(self.plain_copy)  # if held, its scratch folder goes at the next start
                    self.plain_copy = None
        except SurveyFileRejected as rejected:
            try:
                with sql.transaction(self.conn):
                    sql.add_result(self.conn, batch_id, source.name, digest, "rejected", rejected.reason, 0, now())
            except sqlite3.DatabaseError as error:  # the refusal cannot even be noted: the disk is full
                raise ImportFailed(f"无法写入数据库：{place_problem(error) or error}。", STOPPED_ADVICE) from error
            return FileResult(source.name, "rejected", rejected.reason, 0)

    def _held(self, name: str, path: Path, batch_id: int) -> FileResult | None:
        """A sealed file for the organiser above, whose key this database holds only in its public half: kept
        unread and counted by the unit its header names (forwarding.py). None for every other file."""
        head = fileops.read_bounded(path, len(crypto.MAGIC) + 4 + crypto.MAX_HEADER_BYTES)
        if not crypto.is_sealed(head):
            return None
        try:
            header = crypto.sealed_header(head)
        except crypto.SealBroken:
            return None  # refused, with its reason, by the usual way
        if (self.keys is not None and header.key_id in self.keys) or not forwarding.collects_for_above(self.conn,
                                                                                                        header):
            return None
        data = read_received(name, path)  # whole and within the limit: it travels on as it came
        if crypto.sealed_header(data) != header:
            return None  # changed while read: left to the usual way
        digest = hashlib.sha256(data).hexdigest()
        try:
            with sql.transaction(self.conn):
                new = forwarding.hold(self.conn, header, data, batch_id)
                status, reason = ("imported" if new else "duplicate"), forwarding.held_reason(header, new)
                sql.add_result(self.conn, batch_id, name, digest, status, reason, 0, now())
        except sqlite3.DatabaseError as error:
            raise ImportFailed(f"无法写入数据库：{place_problem(error) or error}。", STOPPED_ADVICE) from error
        return FileResult(name, status, reason, 0)

    def _unsealed(self, inputs: Inputs, name: str, path: Path) -> tuple[str, Path]:
        """(SHA-256 of the file as received, the plain file to check): a sealed file is opened with its key
        into a private scratch copy; a plain one is returned as it is."""
        self.decrypted, self.sealed_wave, self.sealed_header = "", None, None
        data = read_received(name, path)
        if not crypto.is_sealed(data):
            return check_container(name, data), path
        plain, header = wave_keys.unseal(self.conn, self.keys, name, data)
        check_container(name, plain)
        self.plain_copy = inputs.scratch_file()
        self.plain_copy.write_bytes(plain)
        self.decrypted = f"解密 {name}（批次 {header.wave_id}，密钥编号 {crypto.shown_key_id(header.key_id)}）"
        self.sealed_wave, self.sealed_header = header.wave_id, header
        return hashlib.sha256(data).hexdigest(), self.plain_copy

    # checks -----------------------------------------------------------------------------
    def _checked(self, inputs: Inputs, name: str, path: Path) -> Manifest:
        try:
            sql.attach(self.conn, path)
            # Thorough: the checks below find rows through indexes, the copy reads whole tables; a damaged index
            # that disagrees with its table would let the checks see other rows than the ones copied.
            problem = sql.integrity_problem(self.conn, thorough=True)
            if problem:
                raise SurveyFileRejected(name, DAMAGED.format(f"完整性检查未通过：{problem}"))
            names = sql.applied_migrations(self.conn)
            if names is None:
                raise SurveyFileRejected(name, "不是本程序生成的调查文件（缺少结构版本记录）。")
            if any(n not in self.ours for n in names):
                raise SurveyFileRejected(name, NEWER_PROGRAM)
            if tuple(names) != self.ours[:len(names)]:
                raise SurveyFileRejected(name, "文件的结构版本记录不完整或顺序异常，可能被改动。")
            problem = sql.schema_problem(self.conn, sql.reference_schema(tuple(names)))
            if problem:
                raise SurveyFileRejected(name, problem)
            if len(names) < len(self.ours):
                self._attach_migrated_copy(inputs, name, path, names)
            manifest = self._manifest(name)
            if self.sealed_wave is not None and manifest.wave_id != self.sealed_wave:
                raise SurveyFileRejected(name, f"加密文件头写的是批次「{self.sealed_wave}」，里面的清单却是批次"
                                               f"「{manifest.wave_id}」，文件可能被改动。")
            self._unit_as_sealed(name, manifest)
            problem = values.value_problem(self.conn, self.reference, manifest.wave_id, self.today)
            if problem:
                raise SurveyFileRejected(name, problem)
            self._check_responses(name, manifest)
            self._outside_division(name, manifest)
            return manifest
        except sqlite3.DatabaseError as error:
            problem = place_problem(error)
            # SQLITE_FULL here is our own disk (the checks' temporary tables): stop the import.
            if getattr(error, "sqlite_errorname", "") == "SQLITE_FULL":
                raise ImportFailed(f"无法写入数据库：{problem}。", STOPPED_ADVICE) from error.with_traceback(None)
            if problem:  # the file's own place: a stick pulled out, a share gone
                raise SurveyFileRejected(name, f"无法读取这个文件：{problem}。") from error.with_traceback(None)
            # Kept without its traceback: the frames in it hold the cursor of a half-read query, and an open query
            # keeps the file from being detached (the import would then stop at the next statement).
            raise SurveyFileRejected(name, DAMAGED.format(error)) from error.with_traceback(None)
        except UnicodeDecodeError as error:  # SQLite's own message quoted damaged bytes (a name in the schema)
            raise SurveyFileRejected(name, DAMAGED.format("结构中有无法识别的文字")) from error
        except MemoryError as error:  # SQLite reports some damaged page structures as "out of memory"
            raise SurveyFileRejected(name, DAMAGED.format("文件结构异常，读取时内存不足")) from error.with_traceback(None)

    def _attach_migrated_copy(self, inputs: Inputs, name: str, path: Path, names: list[str]) -> None:
        """An older file is copied, brought up to our schema on the copy, and read from there."""
        if SURVEY_FILES_MIGRATION not in names:
            raise SurveyFileRejected(name, "这是旧版程序的数据库，不是调查文件：其中没有清单，无法确定调查批次和答卷版本。"
                                           "请让填报人升级程序后，用「导出调查文件」重新导出。")
        copy = inputs.scratch_file()
        shutil.copyfile(path, copy)
        try:
            Storage.open(copy, identity=False).close()
        except BurdenSurveyError as error:
            raise SurveyFileRejected(name, f"旧格式文件无法升级：{error.message}") from error
        single = connect(copy)  # fold the write-ahead log back in: the copy is attached read-only
        single.execute("PRAGMA journal_mode=DELETE")
        single.close()
        sql.detach(self.conn)
        sql.attach(self.conn, copy)
        problem = sql.schema_problem(self.conn, self.reference)
        if problem:
            raise SurveyFileRejected(name, f"旧格式文件升级后结构仍不一致：{problem}")

    def _manifest(self, name: str) -> Manifest:
        try:
            manifest = read_manifest(self.conn, sql.ALIAS)
        except KeyError as error:
            raise SurveyFileRejected(name, f"文件的清单缺少「{error.args[0]}」，文件不完整。") from error
        except (ValueError, TypeError) as error:
            raise SurveyFileRejected(name, "文件的清单格式有误（格式版本不是数字）。") from error
        if not all(isinstance(value, str) for value in manifest.items().values()):
            raise SurveyFileRejected(name, "文件的清单格式有误（有的值不是文字），文件可能被改动。")
        if manifest.format_version > FORMAT_VERSION:  # 1 and 2 are read; a format-1 response is unsigned
            raise SurveyFileRejected(name, NEWER_PROGRAM)
        for label, version, ours in (("问卷", manifest.questionnaire, QUESTIONNAIRE_VERSION),
                                     ("选项", manifest.vocabulary, VOCABULARY_VERSION)):
            if survey_file.version_key(version) is None:
                raise SurveyFileRejected(name, f"清单中的{label}版本「{shown(version)}」无效，文件可能被改动。")
            if survey_file.version_key(version) > survey_file.version_key(ours):
                raise SurveyFileRejected(name, f"文件使用了更新版本的{label}（{version}，本程序为 {ours}），"
                                               "请升级本程序后再导入。")
        if manifest.encryption != "none":
            raise SurveyFileRejected(name, "文件已加密，本程序版本无法读取，请升级本程序后再导入。")
        if manifest.kind not in KINDS:
            raise SurveyFileRejected(name, f"清单中的文件类型「{shown(manifest.kind)}」本程序不认识。")
        if not valid_wave_id(manifest.wave_id):
            raise SurveyFileRejected(name, f"清单中的调查批次编号「{manifest.wave_id}」无效。")
        # A new wave is registered with these titles, and every page, sheet and PDF shows them: one plain line.
        titles = [manifest.wave_title, *sql.file_wave_titles(self.conn)]
        for title in titles:
            problem = (text_rules.text_problem(title, WAVE_TITLE_LENGTH, lines=False) if isinstance(title, str)
                       else "不是文字。")
            if problem:
                raise SurveyFileRejected(name, f"调查批次名称「{shown(str(title))}」{problem}文件可能被改动。")
        count = len(manifest.responses)
        if manifest.kind == "response" and count != 1:
            raise SurveyFileRejected(name, f"个人答卷文件应只含 1 份答卷，清单却列出 {count} 份。")
        if count == 0:
            raise SurveyFileRejected(name, "文件中没有答卷。")
        return manifest

    def _check_responses(self, name: str, manifest: Manifest) -> None:
        listed = [(r.respondent_id, r.wave_id, r.revision, r.content_sha256, r.public_key, r.signature,
                   r.participation_code) for r in manifest.responses]
        if sql.file_responses(self.conn) != listed:
            raise SurveyFileRejected(name, "清单与文件中的答卷不一致（编号、版本或校验值不同），文件可能被改动。")
        for response in manifest.responses:
            version = content.version_of(response.content_sha256)
            if version is None:
                raise SurveyFileRejected(name, f"答卷 {response.respondent_id} 的校验值格式不对，文件可能被改动。")
            if version > content.CONTENT_VERSION:
                raise SurveyFileRejected(name, NEWER_PROGRAM)
            # Each response by the columns of its own version: a file written before a field was added still proves
            # its answers (burden_survey/survey_files/content.py).
            if content.fingerprint_of(self.conn, sql.ALIAS, response.respondent_id, version) != response.content_sha256:
                raise SurveyFileRejected(name, f"答卷 {response.respondent_id} 的内容与校验值不符，文件可能被改动。")
            if response.public_key is not None or response.signature is not None:
                problem = signing.problem(response.public_key, response.signature, response.wave_id,
                                          response.respondent_id, response.revision, response.content_sha256,
                                          response.participation_code)
                if problem:
                    raise SurveyFileRejected(name, f"答卷 {response.respondent_id} 的{problem}：文件被改动，"
                                                   "或不是这位填报人的电脑导出的。")
            uncovered = self._uncovered(response.respondent_id, version)
            if uncovered:
                raise SurveyFileRejected(name, f"答卷 {response.respondent_id} 的{uncovered}有内容，但它的校验值"
                                               f"（第 {version} 版）不包括这些内容，文件可能被改动。")

    def _unit_as_sealed(self, name: str, manifest: Manifest) -> None:
        """The unit a cadre's sealed header names is what a collecting township counted: it must be the response's."""
        header = self.sealed_header
        if header is None or manifest.kind != "response" or not (header.county or header.township or header.code):
            return
        row = self.conn.execute(f"SELECT coalesce(county_code, ''), trim(township_name), township_code "
                                f"FROM {sql.ALIAS}.respondent LIMIT 1").fetchone()
        if row is not None and tuple(row) != (header.county, header.township.strip(), header.code):
            raise SurveyFileRejected(name, f"加密文件头写的单位「{shown(header.township or header.county)}」与答卷中"
                                           f"填写的单位不符，文件可能被改动。请让填报人重新导出并发送。")

    def _outside_division(self, name: str, manifest: Manifest) -> None:
        """An aggregate declares the division it covers: a response placed in another county (or, for a township's
        aggregate, another township) was not collected there. Before: a forged township aggregate added invented
        respondents in another township. A response that names no place cannot be told apart and passes."""
        division = manifest.division if manifest.kind == "aggregate" and manifest.division.isdigit() else ""
        if len(division) < 6:
            return
        row = self.conn.execute(
            f"""SELECT id, county_code, township_code FROM {sql.ALIAS}.respondent
                WHERE (county_code IS NOT NULL AND county_code != '' AND county_code != :county)
                   OR (:township != '' AND township_code GLOB '[0-9]*' AND substr(township_code, 1, 9) != :township)
                LIMIT 1""", {"county": division[:6], "township": division[:9] if len(division) == 12 else ""}).fetchone()
        if row:
            raise SurveyFileRejected(name, f"汇总文件声明只含区划 {division} 的答卷，答卷 {row[0]} 却属于"
                                           f"{row[2] or row[1]}：文件可能被改动或伪造。")

    def _uncovered(self, respondent_id: str, version: int) -> str:
        """What of the response its fingerprint's version does not cover — rows of a newer table, or a newer column
        holding anything but what an older file migrated on the way in holds (the column's default): it would arrive
        unchecked. "" when there is none."""
        for table in response_tables.tables():
            mine = belongs(table.name, sql.ALIAS, "?")
            if table.since > version:
                if self.conn.execute(f"SELECT 1 FROM {sql.ALIAS}.{table.name} WHERE {mine} LIMIT 1",
                                     [respondent_id]).fetchone():
                    return f"「{table.label}」表"
                continue
            newer = content.newer_columns(table.name, version)  # none for a response of this program's version
            defaults = {c[0]: c[3] for c in self.reference.tables[table.name]} if newer else {}
            for column in newer:
                # The default is our own schema's SQL text (NULL when there is none), never the file's.
                if self.conn.execute(f"SELECT 1 FROM {sql.ALIAS}.{table.name} WHERE {mine} AND {column} IS NOT "
                                     f"{defaults[column] or 'NULL'} LIMIT 1", [respondent_id]).fetchone():
                    return f" {table.name}.{column} 列"
        return ""

    # the merge ---------------------------------------------------------------------------
    def _merge(self, name: str, manifest: Manifest, digest: str, batch_id: int) -> FileResult:
        conn = self.conn
        try:
            with sql.transaction(conn):
                at = now()
                if not sql.wave_known(conn, manifest.wave_id):
                    if not self.accept_new_waves:
                        raise SurveyFileRejected(name, f"未知的调查批次「{manifest.wave_id} {shown(manifest.wave_title)}」："
                                                       "请先新建这个批次，"
                                                       "或勾选「自动登记新批次」后重新导入。")
                    sql.register_wave(conn, manifest.wave_id, manifest.wave_title, manifest.questionnaire_version, at)
                expired = sql.retention_passed(conn, manifest.wave_id, self.today)
                if expired:
                    raise SurveyFileRejected(name, f"调查批次「{manifest.wave_id}」的保留期限（至 {expired}）已过，"
                                                   "这一批次的答卷已按规定销毁，不再接收它的文件。")
                outcomes = self._decide(name, manifest)
                for response in manifest.responses:
                    if outcomes[response.respondent_id][0] == "replaced":
                        old = content.response_content(conn, "main", response.respondent_id)
                        sql.archive_response(conn, response.respondent_id, old, response.revision, at, batch_id)
                taken = [rid for rid, (status, _) in outcomes.items() if status in ("imported", "replaced")]
                for response in manifest.responses:
                    if response.respondent_id in taken:
                        participation.claim(conn, response.wave_id, response.respondent_id, response.participation_code)
                if taken:
                    sql.copy_responses(conn, self.reference, None if len(taken) == len(outcomes) else taken)
                    sql.record_origin(conn, taken, batch_id)
                    summaries.refresh(conn, taken)
                held = set_aside.judge(conn, taken) if taken else 0
                result = replace(_result(name, manifest.kind, list(outcomes.values()), len(taken), held,
                                         sql.window_differs(conn, manifest.wave_id) if taken else ""),
                                 wave_id=manifest.wave_id)
                sql.add_result(conn, batch_id, name, digest, result.status, result.reason, result.responses, at)
                if self.decrypted:  # with its result: a file refused later leaves no decrypt line behind
                    audit.record(conn, "decrypt", self.decrypted, manifest.wave_id)
            return result
        except sqlite3.DatabaseError as error:
            if place_problem(error):
                raise ImportFailed(f"无法写入数据库：{place_problem(error)}。", STOPPED_ADVICE) from error
            raise SurveyFileRejected(name, f"无法合并这个文件（{error}）。") from error

    def _decide(self, name: str, manifest: Manifest) -> dict[str, tuple[str, str]]:
        """Per response: (status, what happened), by the rules of signature, fingerprint and revision."""
        stored = sql.stored_responses(self.conn, [r.respondent_id for r in manifest.responses])
        outcomes = {}

        def refuse(r, reason: str) -> None:
            # A cadre's file is refused whole; in an aggregate only the conflicting response is, so one forged
            # answer cannot keep a township's other answers out (each refusal is named in the file's line).
            if manifest.kind == "response":
                raise SurveyFileRejected(name, reason)
            outcomes[r.respondent_id] = ("rejected", reason)

        coded = participation.uses_codes(self.conn, manifest.wave_id)  # once per file, not once per response
        for r in manifest.responses:
            problem = coded and participation.code_problem(self.conn, r.wave_id, r.respondent_id, r.participation_code)
            if problem:  # the organiser's database: invented respondents carry no valid code
                refuse(r, problem)
                continue
            if r.respondent_id not in stored:
                outcomes[r.respondent_id] = ("imported", "")
                continue
            wave_id, revision, sha, key = stored[r.respondent_id]
            # Signed answers change only with the same key; an unsigned file (format 1, or forged) never replaces
            # them, and a signed one always replaces an unsigned one under its id — its key owns the id, in any
            # wave and whatever the unsigned one's revision says (an unsigned claim must not lock the cadre out).
            if key is None and r.public_key is not None:
                outcomes[r.respondent_id] = ("replaced", f"有签名的第 {r.revision} 版替换了未签名的版本（旧版本已存入历史）。")
                continue
            if wave_id != r.wave_id:
                refuse(r, f"答卷编号 {r.respondent_id} 已属于调查批次「{wave_id}」，不能再用于「{r.wave_id}」。")
                continue
            if key is not None and r.public_key != key:
                refuse(r, f"答卷 {r.respondent_id} 已有填报人签名的版本，这个文件"
                          f"{'没有签名' if r.public_key is None else '的签名密钥不同'}，不能替换它（文件可能是伪造的）。")
                continue
            if sha == r.content_sha256:
                outcomes[r.respondent_id] = ("duplicate", f"与已导入的答卷（第 {revision} 版）内容相同。")
            elif r.revision > revision:
                outcomes[r.respondent_id] = ("replaced", f"第 {r.revision} 版替换了已导入的第 {revision} 版（旧版本已存入历史）。")
            elif r.revision < revision:
                outcomes[r.respondent_id] = ("stale", f"已导入更新的第 {revision} 版，这个文件是第 {r.revision} 版。")
            else:
                refuse(r, f"答卷 {r.respondent_id} 的第 {revision} 版已导入，但内容不同。"
                          "请让填报人重新导出（版本号会增加）后再发送。")
        for r in manifest.responses:  # said in the import report: nothing proves who wrote these
            if r.public_key is None:
                status, what = outcomes[r.respondent_id]
                outcomes[r.respondent_id] = (status, f"{what}（旧格式文件，{UNSIGNED}）")
        return outcomes


UNSIGNED = "答卷未签名"


SET_ASIDE = "未计入统计：答卷是空的或几乎是空的（没有任何工具和用时），可在「导入答卷」页查看后纳入"


def _result(name: str, kind: str, outcomes: list[tuple[str, str]], written: int, held: int = 0,
            window: str = "") -> FileResult:
    """One line per file: a response says what happened to it; an aggregate gives its counts (`window`: how its
    wave's diary window differs from ours)."""
    taken_unsigned = sum(UNSIGNED in what for status, what in outcomes if status in ("imported", "replaced"))
    if kind == "response":
        status, reason = outcomes[0]
        reason = "；".join(part for part in (reason, SET_ASIDE if held else "", window) if part)
        return FileResult(name, status, reason, written, taken_unsigned, held)
    counts = Counter(status for status, _ in outcomes)
    status = next(s for s in ("imported", "replaced", "duplicate", "stale", "rejected") if counts[s])
    words = {"imported": "新增", "replaced": "替换", "duplicate": "重复", "stale": "旧版本", "rejected": "拒绝"}
    details = "，".join(f"{words[s]} {counts[s]}" for s in words if counts[s])
    refused = [what for status, what in outcomes if status == "rejected"]
    if refused:  # each named: the supervisor must be able to ask the township about exactly these
        details += "（拒绝的答卷：" + "；".join(refused[:5]) + ("……" if len(refused) > 5 else "") + "）"
    unsigned = sum(UNSIGNED in what for _, what in outcomes)
    if unsigned:
        details += f"；其中 {unsigned} 份未签名（旧格式）"
    if held:
        details += f"；{held} 份{SET_ASIDE}"
    if window:
        details += f"；{window}"
    return FileResult(name, status, f"含 {len(outcomes)} 份答卷：{details}", written, taken_unsigned, held)
