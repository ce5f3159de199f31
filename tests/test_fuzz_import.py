"""Damaged and altered survey files, made by the thousand: each is imported whole or refused in Chinese, never a crash.

The cases are drawn by hypothesis (CI: a fixed sample; `make stress`: thousands of fresh ones, see fuzz_support).
"""

import itertools
import json
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from fuzz_support import FUZZ, make_specimens, run_case
from tally import TALLY
from hypothesis import given
from hypothesis import strategies as st

from burden_survey.system.connections import connect, read_only_uri
from burden_survey.store.response_tables import names as response_table_names
from burden_survey.survey_files.content import fingerprint, response_content
from burden_survey.store.importer_sql import ALIAS

NAMES = ("response", "revision", "aggregate", "older")


@dataclass(frozen=True)
class Case:
    """One file to import: which untouched file it was made from and how it was changed."""

    name: str
    change: str
    write: Callable[[Path], None]
    same_content: bool = True  # False when the change re-signed the answers: then they may differ from the original

    def __repr__(self) -> str:  # what hypothesis prints for a failing case
        return f"Case({self.name}: {self.change})"


@pytest.fixture(scope="module")
def specimens(tmp_path_factory, request):
    TALLY.register(request.config)
    made = make_specimens(tmp_path_factory.mktemp("fuzz"))
    made.pages = {name: _pages(path) for name, path in made.files.items()}
    made.columns, made.rows = {}, {}
    for name, path in made.files.items():
        conn = sqlite3.connect(path)
        for table in RESPONSE_TABLES:
            made.columns[name, table] = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            made.rows[name, table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        conn.close()
    return made


def _pages(path: Path) -> dict[str, list[int]]:
    """The page numbers of the schema and of the answers and manifest, to aim some damage where it matters."""
    wanted = {*response_table_names(), "manifest", "manifest_response"}
    conn = sqlite3.connect(path)
    try:
        wanted |= {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(wanted))])}
        try:
            rows = conn.execute("SELECT name, pageno FROM dbstat").fetchall()
        except sqlite3.OperationalError:  # an SQLite built without the dbstat table: aim anywhere
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            rows = [("sqlite_schema", 1)] + [(next(iter(wanted)), p) for p in range(2, pages + 1)]
    finally:
        conn.close()
    return {"schema": [p for n, p in rows if n == "sqlite_schema"],
            "data": [p for n, p in rows if n in wanted]}


def _bytes_case(name: str, change: str, data: bytes) -> Case:
    return Case(name, change, lambda path: path.write_bytes(data))


def _check(specimens, test: str, case: Case) -> None:
    result = run_case(specimens, case.name, case.write, case.same_content)
    TALLY.add(test, result.status)


# byte damage ------------------------------------------------------------------------------------
@st.composite
def truncations(draw, specimens):
    name = draw(st.sampled_from(NAMES))
    data = specimens.bytes_of(name)
    page = int.from_bytes(data[16:18], "big")
    length = draw(st.one_of(st.integers(0, len(data) - 1),
                            st.integers(1, len(data) // page - 1).map(lambda pages: pages * page)))
    cut = bytearray(data[:length])
    # Older writers leave the size field of the header stale; then only SQLite itself can notice the missing pages.
    forget_size = length >= 100 and draw(st.booleans())
    if forget_size:
        cut[92:96] = b"\0\0\0\0"
    return _bytes_case(name, f"cut to {length} bytes" + (", header size forgotten" if forget_size else ""), bytes(cut))


@st.composite
def flips(draw, specimens):
    name = draw(st.sampled_from(NAMES))
    data = bytearray(specimens.bytes_of(name))
    page = int.from_bytes(data[16:18], "big")
    pages = specimens.pages[name]
    done = []
    for _ in range(draw(st.integers(1, 8))):
        where = draw(st.sampled_from(["header", "schema", "data", "data", "anywhere"]))
        if where == "header":
            offset = draw(st.integers(0, 99))
        elif where == "anywhere":
            offset = draw(st.integers(0, len(data) - 1))
        else:
            offset = (draw(st.sampled_from(pages[where])) - 1) * page + draw(st.integers(0, page - 1))
        bits = draw(st.integers(1, 255))
        data[offset] ^= bits
        done.append(f"{offset}^{bits:#04x}")
    return _bytes_case(name, "flipped " + " ".join(done), bytes(data))


@st.composite
def overwrites(draw, specimens):
    name = draw(st.sampled_from(NAMES))
    data = bytearray(specimens.bytes_of(name))
    start = draw(st.integers(0, len(data) - 1))
    fill = draw(st.one_of(
        st.binary(min_size=1, max_size=2048),
        st.tuples(st.sampled_from([b"\0", b"\xff"]), st.integers(1, 4096)).map(lambda t: t[0] * t[1])))
    data[start:start + len(fill)] = fill[:len(data) - start]
    return _bytes_case(name, f"{len(fill)} bytes overwritten at {start}", bytes(data))


@given(data=st.data())
@FUZZ
def test_a_truncated_file_is_refused_or_imported_whole(specimens, data):
    _check(specimens, "truncated", data.draw(truncations(specimens)))


@given(data=st.data())
@FUZZ
def test_flipped_bytes_are_refused_or_imported_whole(specimens, data):
    _check(specimens, "flipped bytes", data.draw(flips(specimens)))


@given(data=st.data())
@FUZZ
def test_an_overwritten_stretch_is_refused_or_imported_whole(specimens, data):
    _check(specimens, "overwritten", data.draw(overwrites(specimens)))


# changes made with a database tool ----------------------------------------------------------------
def _edited(specimens, name: str, *statements: str, resign: bool = False, writable_schema: bool = False):
    """A writer that copies the untouched file and runs `statements` on it with plain sqlite3."""
    def write(path: Path) -> None:
        shutil.copyfile(specimens.files[name], path)
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA ignore_check_constraints = ON")  # the file's CHECKs are not what protects us
            if writable_schema:
                conn.execute("PRAGMA writable_schema = ON")
            for statement in statements:
                conn.execute(statement)
            if resign:
                _resign(conn)
        finally:
            conn.close()
    return write


def _resign(conn: sqlite3.Connection) -> None:
    """Make the fingerprints match the changed rows, as a forger would; leave them when the rows cannot be read."""
    try:
        for (rid,) in conn.execute("SELECT id FROM respondent").fetchall():
            sha = fingerprint(response_content(conn, "main", rid))
            conn.execute("UPDATE respondent SET content_sha256 = ? WHERE id = ?", [sha, rid])
            conn.execute("UPDATE manifest_response SET content_sha256 = ? WHERE respondent_id = ?", [sha, rid])
    except (sqlite3.Error, UnicodeError, ValueError, TypeError):  # TypeError: a respondent without an id
        pass


LAST_MINUTE = "(SELECT tool_id, day FROM daily_minutes ORDER BY tool_id DESC, day DESC LIMIT 1)"  # no rowid: m019
FIRST_MIGRATION, LAST_MIGRATION = (f"(SELECT {f}(rowid) FROM _sqlite_migrations)" for f in ("min", "max"))
SCHEMA_CHANGES = {
    "an extra table": ["CREATE TABLE notes (text TEXT)"],
    "a view": ["CREATE VIEW everything AS SELECT * FROM tool"],
    "a trigger": ["CREATE TRIGGER spy AFTER INSERT ON tool BEGIN SELECT 1; END"],
    "an extra index": ["CREATE INDEX tool_by_name ON tool(name)"],
    "an index on an expression": ["CREATE INDEX tool_by_lower_name ON tool(lower(name))"],
    "a dropped index": ["DROP INDEX tool_by_respondent"],
    "a table rebuilt without its keys": [
        "CREATE TABLE quota_copy AS SELECT * FROM quota", "DROP TABLE quota", "ALTER TABLE quota_copy RENAME TO quota"],
    "an added column": ["ALTER TABLE tool ADD COLUMN secret TEXT"],
    "a dropped column": ["ALTER TABLE tool DROP COLUMN note"],
    "a renamed column": ["ALTER TABLE quota RENAME COLUMN note TO remark"],
    "a deleted minute": [f"DELETE FROM daily_minutes WHERE (tool_id, day) = {LAST_MINUTE}"],
    "a deleted tool": ["DELETE FROM tool WHERE rowid = (SELECT max(rowid) FROM tool)"],
    "a deleted respondent": ["DELETE FROM respondent WHERE rowid = (SELECT max(rowid) FROM respondent)"],
    "a deleted answer": ["DELETE FROM rule_answer WHERE (respondent_id, question) = "
                         "(SELECT respondent_id, question FROM rule_answer ORDER BY 1, 2 LIMIT 1)"],
    "no manifest rows": ["DELETE FROM manifest"],
    "no manifest table": ["DROP TABLE manifest"],
    "no listed responses": ["DELETE FROM manifest_response"],
    "a duplicated listed response": [
        "INSERT INTO manifest_response (respondent_id, wave_id, revision, content_sha256) "
        "SELECT respondent_id || 'X', wave_id, revision, content_sha256 FROM manifest_response LIMIT 1"],
    "a second respondent with no list entry": [
        "INSERT INTO respondent (id, created_at, updated_at, province_code, city_code, county_code, division_year, "
        "township_name, township_code, unit_type, post, tenure, staffing, work_phone, wave_id, revision, content_sha256) "
        "SELECT id || 'X', created_at, updated_at, province_code, city_code, county_code, "
        "division_year, township_name, township_code, unit_type, post, tenure, staffing, work_phone, wave_id, "
        "revision, content_sha256 FROM respondent LIMIT 1"],
    "a stranger's tool": ["INSERT INTO tool (respondent_id, name, kind, created_at, updated_at) "
                          "VALUES ('RNOBODY', 'x', 'app', '2026-01-01', '2026-01-01')"],
    "a deleted tool with minutes": [
        "UPDATE tool SET deleted_at = '2026-11-01T00:00:00+08:00' WHERE rowid = (SELECT max(rowid) FROM tool)"],
    "no schema history": ["DROP TABLE _sqlite_migrations"],
    "an empty schema history": ["DELETE FROM _sqlite_migrations"],
    "the last migration forgotten": [f"DELETE FROM _sqlite_migrations WHERE rowid = {LAST_MIGRATION}"],
    "the first migration forgotten": [f"DELETE FROM _sqlite_migrations WHERE rowid = {FIRST_MIGRATION}"],
    "a migration from the future": ["INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                                    "VALUES ('burden_survey', 'm999_future', 'x')"],
    "migrations in another order": ["UPDATE _sqlite_migrations SET name = CASE name WHEN 'm001_initial' THEN 'm002_x' "
                                    "ELSE name END"],
    "a user_version": ["PRAGMA user_version = 7"],
    "an application_id": ["PRAGMA application_id = 1112756819"],
    "WAL mode in the header": ["PRAGMA journal_mode = WAL"],
    "4 KB pages": ["PRAGMA page_size = 4096", "VACUUM"],
    "64 KB pages": ["PRAGMA page_size = 65536", "VACUUM"],
    "auto-vacuum": ["PRAGMA auto_vacuum = FULL", "VACUUM"],
    "free pages full of old rows": ["CREATE TABLE filler AS SELECT a.* FROM daily_minutes a, daily_minutes b",
                                    "DROP TABLE filler"],
    "an unknown manifest key": ["INSERT INTO manifest VALUES ('secret', 'x')"],
    "an encrypted manifest": ["UPDATE manifest SET value = 'aes-256-gcm' WHERE key = 'encryption'"],
    "an aggregate claim": ["UPDATE manifest SET value = 'aggregate' WHERE key = 'kind'"],
}
WRITABLE_SCHEMA_CHANGES = {
    "a changed CHECK": ["UPDATE sqlite_master SET sql = replace(sql, 'BETWEEN 0 AND 600', 'BETWEEN 0 AND 6000') "
                        "WHERE name = 'daily_minutes'"],
    "a CHECK removed and a huge minute": [
        "UPDATE sqlite_master SET sql = replace(sql, 'CHECK (minutes BETWEEN 0 AND 600)', '') "
        "WHERE name = 'daily_minutes'"],
    "broken table text": ["UPDATE sqlite_master SET sql = 'CREATE TABLE tool(' WHERE name = 'tool'"],
    "a table pointing at a wrong page": ["UPDATE sqlite_master SET rootpage = rootpage + 1 WHERE name = 'tool'"],
    "an index made unique": ["UPDATE sqlite_master SET sql = replace(sql, 'CREATE INDEX', 'CREATE UNIQUE INDEX') "
                             "WHERE name = 'daily_minutes_by_day'"],
    "a table renamed in the schema only": ["UPDATE sqlite_master SET name = 'tool2', tbl_name = 'tool2', "
                                           "sql = replace(sql, 'TABLE tool', 'TABLE tool2') WHERE name = 'tool'"],
    "a generated column": ["UPDATE sqlite_master SET sql = replace(sql, 'note TEXT NOT NULL DEFAULT ''''', "
                           "'note TEXT GENERATED ALWAYS AS (name) VIRTUAL') WHERE name = 'quota'"],
}
MANIFEST_KEYS = ("format_version", "kind", "wave_id", "wave_title", "questionnaire_version", "created_at", "division",
                 "app_version", "encryption")
# (SQL expression, parameter): text that is not valid UTF-8 can only be made by a cast in SQL.
ODD_VALUES = st.one_of(
    st.one_of(st.none(), st.integers(-2 ** 63, 2 ** 63 - 1), st.floats(), st.text(max_size=30), st.binary(max_size=30),
              st.sampled_from(["", " 1", "1 ", "١", "1_0", "0x1", "9" * 5000, "1e999", "-0", "2026-02-30", "2026-11-23",
                               "[]", "{}", "null", '["x"]', '{"a": 1}', "\0", "FUZZ2026", "response", "aggregate",
                               "none", "DEMO2026"])).map(lambda value: ("?", value)),
    st.one_of(st.binary(min_size=1, max_size=30), st.just(b"\xed\xa0\x80"), st.just(b"\xff\xfe"))
    .map(lambda raw: ("CAST(? AS TEXT)", raw)))
RESPONSE_TABLES = (*response_table_names(), "wave", "manifest", "manifest_response")


@st.composite
def schema_changes(draw, specimens):
    name = draw(st.sampled_from(NAMES))
    plain, writable = sorted(SCHEMA_CHANGES), sorted(WRITABLE_SCHEMA_CHANGES)
    change = draw(st.sampled_from(plain + writable))
    statements = SCHEMA_CHANGES.get(change) or WRITABLE_SCHEMA_CHANGES[change]
    if change == "a CHECK removed and a huge minute":
        statements = [*statements, f"UPDATE daily_minutes SET minutes = 5000 WHERE (tool_id, day) = {LAST_MINUTE}"]
    resign = draw(st.booleans())
    return Case(name, change + (", re-signed" if resign else ""),
                _edited(specimens, name, *statements, resign=resign, writable_schema=change in writable),
                same_content=not resign)


@st.composite
def value_changes(draw, specimens):
    """One value of the answers, the wave or the manifest replaced by an odd one, sometimes with the fingerprints
    made to match."""
    name = draw(st.sampled_from(NAMES))
    table = draw(st.sampled_from(RESPONSE_TABLES))
    if table == "manifest":
        column, where = "value", f"key = '{draw(st.sampled_from(MANIFEST_KEYS))}'"
    else:
        column = draw(st.sampled_from(specimens.columns[name, table]))
        row = draw(st.integers(0, max(specimens.rows[name, table] - 1, 0)))  # an empty table: nothing changes
        # The minutes and the rule answers have no rowid (m019_lean_tables): their key instead.
        key = {"daily_minutes": "tool_id, day", "rule_answer": "respondent_id, question"}.get(table, "rowid")
        where = f"({key}) = (SELECT {key} FROM {table} ORDER BY {key} LIMIT 1 OFFSET {row})"
    expression, value = draw(ODD_VALUES)
    resign = draw(st.booleans())

    def write(path: Path) -> None:
        _edited(specimens, name)(path)
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA ignore_check_constraints = ON")
            try:
                conn.execute(f'UPDATE {table} SET "{column}" = {expression} WHERE {where}', [value])
            except sqlite3.IntegrityError:
                pass  # a NOT NULL or key the value breaks: the file stays as it was
            if resign:
                _resign(conn)
        finally:
            conn.close()

    shown = expression.replace("?", repr(value) if len(repr(value)) < 60 else repr(value)[:57] + "...")
    return Case(name, f"{table}.{column} = {shown} where {where}" + (", re-signed" if resign else ""), write,
                same_content=not resign)


@st.composite
def companions(draw, specimens):
    """Files left beside the survey file by a copy made while the cadre's program was writing it."""
    name = draw(st.sampled_from(NAMES))
    mode = draw(st.sampled_from(["wal", "journal"]))
    spill = draw(st.booleans())

    def write(path: Path) -> None:
        shutil.copyfile(specimens.files[name], path)
        scratch = path.with_name("writing.bsurvey")
        shutil.copyfile(specimens.files[name], scratch)
        conn = sqlite3.connect(scratch, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL" if mode == "wal" else "PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA wal_autocheckpoint = 0")
            conn.execute("PRAGMA cache_size = 1" if spill else "PRAGMA cache_size = 2000")  # spill: half-written file
            conn.execute("BEGIN")
            conn.execute("UPDATE daily_minutes SET minutes = minutes / 2")
            conn.execute("UPDATE tool SET note = hex(randomblob(200))")
            if mode == "wal":
                conn.execute("COMMIT")
            # Copied now, as a cloud folder or a USB copy would while the program still runs.
            shutil.copyfile(scratch, path)
            for suffix in ("-wal", "-journal"):
                if Path(f"{scratch}{suffix}").exists():
                    shutil.copyfile(f"{scratch}{suffix}", f"{path}{suffix}")
        finally:
            conn.close()
    # The importer reads the file alone (immutable): changes in a wal or half-written pages never match the
    # fingerprints, so what is imported is always the file as it was exported.
    return Case(name, f"copied while writing ({mode}{', cache spilled' if spill else ''})", write)


@given(data=st.data())
@FUZZ
def test_a_changed_schema_is_refused_or_imported_whole(specimens, data):
    _check(specimens, "schema changed", data.draw(schema_changes(specimens)))


@given(data=st.data())
@FUZZ
def test_an_odd_value_is_refused_or_imported_whole(specimens, data):
    _check(specimens, "value changed", data.draw(value_changes(specimens)))


@given(data=st.data())
@FUZZ
def test_a_file_copied_while_being_written_is_refused_or_imported_whole(specimens, data):
    _check(specimens, "copied while written", data.draw(companions(specimens)))


def test_the_untouched_files_import_as_expected(specimens):
    statuses = {name: run_case(specimens, name, lambda p, n=name: shutil.copyfile(specimens.files[n], p), True).status
                for name in NAMES}
    assert statuses == {"response": "imported", "revision": "replaced", "aggregate": "imported", "older": "imported"}


# what the fuzzing found -----------------------------------------------------------------------------
FIRST_TOOL = "rowid = (SELECT min(rowid) FROM tool)"


def test_a_time_stamp_that_is_not_utf8_is_refused(specimens):
    """Found by flipping bytes: a time stamp is not part of the fingerprint, so a damaged one was imported and the
    supervisor's database then held text the program cannot read back."""
    result = run_case(specimens, "response", _edited(
        specimens, "response", f"UPDATE tool SET created_at = CAST(X'323032362dff' AS TEXT) WHERE {FIRST_TOOL}"), True)
    assert (result.status, result.reason) == (
        "rejected", "「数字任务」表（tool）的 created_at 列有无法识别的文字（不是 UTF-8 编码），文件可能已损坏。")


def test_a_choice_that_is_not_utf8_is_refused(specimens):
    """Found by odd values: reading the bad choice to name it failed half-way, the half-read query kept the file
    attached, and the whole import stopped with "database table is locked"."""
    result = run_case(specimens, "aggregate", _edited(
        specimens, "aggregate", f"UPDATE tool SET kind = CAST(X'617070ff' AS TEXT) WHERE {FIRST_TOOL}",
        resign=True), False)
    assert result.status == "rejected"
    # Only codes pass a choice's rule, so the bytes are named as an unknown choice, shown as far as they read.
    assert "的 kind 列有本程序不认识的选项「app�」" in result.reason


def test_a_table_name_that_is_not_utf8_is_refused(specimens):
    """Found by flipping bytes in the schema: SQLite's message quoted the damaged name, Python could not decode the
    message, and the UnicodeDecodeError stopped the whole import."""
    result = run_case(specimens, "response", _edited(
        specimens, "response", "UPDATE sqlite_master SET name = CAST(X'746f6f6ccb' AS TEXT), sql = 'CREATE TABLE' "
                               "WHERE name = 'tool'", writable_schema=True), True)
    assert result.status == "rejected"
    assert "文件已损坏" in result.reason


def test_a_listed_response_that_is_not_utf8_is_refused(specimens):
    """Found by odd values: the manifest could not be read to the end, the half-read query kept the file attached,
    and the whole import stopped with "database incoming is locked"."""
    result = run_case(specimens, "response", _edited(
        specimens, "response", "UPDATE manifest_response SET respondent_id = CAST(X'eda080' AS TEXT)"), True)
    assert result.status == "rejected"
    assert result.reason.startswith("文件已损坏，无法读取（Could not decode to UTF-8 column 'respondent_id'")


def test_a_schema_page_sqlite_takes_for_out_of_memory_is_refused(specimens):
    """Found by `make stress`: a stretch of 0xFF bytes over the cell pointers of a schema page makes SQLite answer
    "out of memory" when the file is attached; Python raised MemoryError, which stopped the whole import."""
    original = specimens.bytes_of("response")
    page = int.from_bytes(original[16:18], "big")
    leaves = [p for p in specimens.pages["response"]["schema"] if p > 1]
    if not leaves:
        pytest.skip("this SQLite has no dbstat table to find the schema's pages")
    # Where the stretch must go depends on the file's layout: take the first that makes SQLite itself say so.
    probe = specimens.folder / "probe.bsurvey"
    for leaf, offset, length in itertools.product(leaves, range(8, 32, 2), (100, 200, 465, 700)):
        data = bytearray(original)
        start = (leaf - 1) * page + offset
        data[start:start + length] = b"\xff" * length
        probe.write_bytes(bytes(data))
        if _out_of_memory_on_attach(probe):
            break
    else:
        raise AssertionError("no stretch of 0xFF over the schema pages made SQLite run out of memory")
    result = run_case(specimens, "response", lambda path: path.write_bytes(bytes(data)), True)
    assert (result.status, result.reason) == (
        "rejected", "文件已损坏，无法读取（文件结构异常，读取时内存不足）。请让填报人重新导出并发送。")


def _out_of_memory_on_attach(path: Path) -> bool:
    conn = connect()
    try:
        conn.execute(f"ATTACH DATABASE ? AS {ALIAS}", [read_only_uri(path)])
        conn.execute(f"SELECT count(*) FROM {ALIAS}.sqlite_master").fetchall()
    except MemoryError:
        return True
    except (sqlite3.Error, UnicodeDecodeError):
        return False
    finally:
        conn.close()
    return False


def test_a_manifest_value_stored_as_bytes_is_refused(specimens):
    """Found by `make stress`: a wave id stored as a BLOB reached the wave id check as bytes: TypeError."""
    result = run_case(specimens, "response", _edited(
        specimens, "response", "UPDATE manifest SET value = CAST(value AS BLOB) WHERE key = 'wave_id'"), True)
    assert (result.status, result.reason) == ("rejected", "文件的清单格式有误（有的值不是文字），文件可能被改动。")


def test_an_index_that_disagrees_with_its_table_is_refused(specimens):
    """Found by `make stress`: one flipped bit turned a respondent id R… into S… in the table but not in its index.
    SQLite's quick check does not compare the two; the checks found the answers through the index and the
    aggregate was imported, by luck with the right id (a whole-file copy reads the table and would take S…)."""
    data = bytearray(specimens.bytes_of("aggregate"))
    page = int.from_bytes(data[16:18], "big")
    conn = sqlite3.connect(specimens.files["aggregate"])
    try:
        # Signed rows are long: the table may span pages (an interior one and its leaves); the id sits in a leaf.
        table_pages = [p for (p,) in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'respondent' AND pagetype = 'leaf'")]
        newest = conn.execute("SELECT id FROM respondent ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table to find the respondent page")
    finally:
        conn.close()
    at = next(data.find(newest.encode(), (p - 1) * page, p * page) for p in reversed(table_pages)
              if data.find(newest.encode(), (p - 1) * page, p * page) >= 0)
    data[at] ^= 0x01  # "R" → "S"
    result = run_case(specimens, "aggregate", lambda path: path.write_bytes(bytes(data)), True)
    assert result.status == "rejected"
    assert "完整性检查未通过：row 3 missing from index sqlite_autoindex_respondent_1" in result.reason
