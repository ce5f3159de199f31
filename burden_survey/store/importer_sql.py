"""The SQL of importing: an untrusted survey file attached read-only, its schema and values checked, rows copied in."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlite_utils import Database

from burden_survey.survey.survey_file import window_text
from burden_survey.system import connections
from burden_survey.system.connections import connect

from . import migrations as schema
from . import response_rows, response_tables
from .response_tables import belongs, children

ALIAS = "incoming"  # the schema name of the attached survey file


# the connection ------------------------------------------------------------------------
@contextlib.contextmanager
def import_session(conn: sqlite3.Connection, codes: dict[str, list[str]]):
    """For the length of an import: no schema code of any file may run, commits need not wait for the disk,
    and the codes each coded column accepts ("table.column" → codes) are at hand in a temporary table.

    synchronous=NORMAL is safe with WAL: a power cut may lose the last files, never corrupt the database. With the
    rollback journal (a database on a network drive) it is not, so there every commit still waits for the disk.
    """
    before = [conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("trusted_schema", "synchronous")]
    conn.execute("PRAGMA trusted_schema=OFF")
    if conn.execute("PRAGMA main.journal_mode").fetchone()[0] == "wal":
        conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS import_code "
                 "(vocabulary TEXT, code TEXT, PRIMARY KEY (vocabulary, code))")
    with transaction(conn):
        conn.executemany("INSERT OR IGNORE INTO temp.import_code VALUES (?, ?)",
                         [(name, code) for name, accepted in codes.items() for code in accepted])
    try:
        yield
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.import_code")
        conn.execute(f"PRAGMA trusted_schema={int(before[0])}")
        conn.execute(f"PRAGMA synchronous={int(before[1])}")


def attach(conn: sqlite3.Connection, path: Path) -> None:
    """Attach read-only and immutable: SQLite writes nothing, locks nothing and trusts nothing in the file."""
    connections.attach(conn, Path(path), ALIAS, read_only=True)


def detach(conn: sqlite3.Connection) -> None:
    if any(row[1] == ALIAS for row in conn.execute("PRAGMA database_list")):
        conn.execute(f"DETACH DATABASE {ALIAS}")


def integrity_problem(conn: sqlite3.Connection, thorough: bool = False) -> str:
    """SQLite's own check of every page (`thorough`: and that every index holds exactly its table's rows);
    the first finding (in English), or "" when the file is sound."""
    rows = [r[0] for r in conn.execute(f"PRAGMA {ALIAS}.{'integrity_check' if thorough else 'quick_check'}(3)")]
    if rows == ["ok"]:
        return ""
    findings = [line for row in rows for line in row.splitlines() if line.strip() and not line.startswith("***")]
    return findings[0] if findings else "未通过"


def applied_migrations(conn: sqlite3.Connection) -> list[str] | None:
    """The file's schema history, or None when it has none (not made by this program)."""
    if not conn.execute(f"SELECT 1 FROM {ALIAS}.sqlite_master WHERE type = 'table' AND name = ?",
                        [schema.TABLE]).fetchone():
        return None
    return [r[0] for r in conn.execute(f"SELECT name FROM {ALIAS}.{schema.TABLE} "
                                       "WHERE migration_set = ? ORDER BY rowid", [schema.set_name()])]


# the schema ------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)  # compared by identity: one object per migration list
class Schema:
    """What a schema is made of: sqlite_master rows, and per table its columns and indexes."""

    migrations: tuple[str, ...]
    master: frozenset
    tables: dict
    indexes: dict


def our_migrations() -> tuple[str, ...]:
    return tuple(schema.names())


@lru_cache(maxsize=8)
def reference_schema(names: tuple[str, ...]) -> Schema:
    """Our schema after the named migrations (a prefix of ours), built once in memory."""
    ours = our_migrations()
    db = Database(connect())
    schema.apply(db, stop_before=ours[len(names)] if len(names) < len(ours) else None)
    try:
        return describe(db.conn, "main", names)
    finally:
        db.close()


def describe(conn: sqlite3.Connection, schema: str, names: tuple[str, ...] = ()) -> Schema:
    master = frozenset(conn.execute(f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master"))
    tables, indexes = {}, {}
    for kind, name, _, _ in master:
        if kind != "table":
            continue
        tables[name] = tuple(conn.execute('SELECT name, type, "notnull", dflt_value, pk, hidden '
                                          "FROM pragma_table_xinfo(?, ?) ORDER BY cid", [name, schema]))
        for index, unique, partial in conn.execute(
                'SELECT name, "unique", partial FROM pragma_index_list(?, ?)', [name, schema]).fetchall():
            columns = tuple(conn.execute(
                'SELECT name, "desc", coll, "key" FROM pragma_index_xinfo(?, ?) ORDER BY seqno', [index, schema]))
            indexes[index] = (name, unique, partial, columns)
    return Schema(names, master, tables, indexes)


_verdicts: dict[tuple, str] = {}


def schema_problem(conn: sqlite3.Connection, reference: Schema) -> str:
    """Why the attached file's schema differs from the reference, or "" when it is the same.

    Files written by the same program have the very same sqlite_master text, so most files are settled by one
    query; other layouts are compared column by column once and the verdict is remembered.
    """
    master = frozenset(conn.execute(f"SELECT type, name, tbl_name, sql FROM {ALIAS}.sqlite_master"))
    if master == reference.master:
        return ""
    key = (reference.migrations, master)
    if key not in _verdicts:
        if len(_verdicts) > 64:
            _verdicts.clear()
        _verdicts[key] = _compare(conn, master, reference)
    return _verdicts[key]


def _compare(conn: sqlite3.Connection, master: frozenset, reference: Schema) -> str:
    # Views, triggers and unknown tables are named before anything reads them.
    for kind, word in (("view", "视图"), ("trigger", "触发器")):
        for row in sorted(r for r in master if r[0] == kind):
            return f"文件含有{word}「{row[1]}」；本程序的调查文件没有{word}，为安全起见不予导入。"
    names = {r[1] for r in master if r[0] == "table"}
    for extra in sorted(names - set(reference.tables)):
        return f"文件含有多余的表「{extra}」，不是本程序生成的调查文件。"
    for missing in sorted(set(reference.tables) - names):
        return f"文件缺少表「{missing}」，不是本程序生成的调查文件，或已被改动。"
    found = describe(conn, ALIAS)
    for table, columns in reference.tables.items():
        if found.tables[table] != columns:
            return f"表「{table}」的列与本程序不一致（{_column_difference(found.tables[table], columns)}），文件可能被改动。"
    for index in sorted(set(found.indexes) ^ set(reference.indexes)):
        word = "多出" if index in found.indexes else "缺少"
        return f"文件{word}索引「{index}」，与本程序的结构不一致。"
    for index, shape in reference.indexes.items():
        if found.indexes[index] != shape:
            return f"索引「{index}」的定义与本程序不一致。"
    return ""


def _column_difference(found: tuple, expected: tuple) -> str:
    names, wanted = [c[0] for c in found], [c[0] for c in expected]
    missing = [n for n in wanted if n not in names]
    extra = [n for n in names if n not in wanted]
    if missing:
        return "缺少列「" + "」「".join(missing) + "」"
    if extra:
        return "多出列「" + "」「".join(extra) + "」"
    changed = [f[0] for f, e in zip(found, expected) if f != e] or names
    return "列「" + "」「".join(changed) + "」的类型、顺序、非空、默认值或主键不同"


def file_responses(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(f"""SELECT id, wave_id, revision, content_sha256, public_key, signature, participation_code
                             FROM {ALIAS}.respondent ORDER BY id""").fetchall()


def file_wave_titles(conn: sqlite3.Connection) -> list:
    """The titles of the waves the attached file carries (a new wave is registered with them)."""
    return [row[0] for row in conn.execute(f"SELECT title FROM {ALIAS}.wave")]


# the supervisor's database ------------------------------------------------------------------
def wave_known(conn: sqlite3.Connection, wave_id: str) -> bool:
    return conn.execute("SELECT 1 FROM main.wave WHERE id = ?", [wave_id]).fetchone() is not None


def retention_passed(conn: sqlite3.Connection, wave_id: str, today: str) -> str | None:
    """The wave's retention date when it has passed: its answers are destroyed and must not come back."""
    row = conn.execute("SELECT retain_until FROM main.wave WHERE id = ? AND retain_until < ?", [wave_id, today]).fetchone()
    return row[0] if row else None


def register_wave(conn: sqlite3.Connection, wave_id: str, title: str, questionnaire_version: str, at: str) -> None:
    """A wave first met in a file, made from its manifest. Its diary window stays open: the window is the
    organiser's (the new-wave dialog, or the wave file loaded here), never what one file says — the first file
    would otherwise decide which days count for everyone after it."""
    conn.execute("INSERT OR IGNORE INTO main.wave (id, title, questionnaire_version, created_at) VALUES (?, ?, ?, ?)",
                 [wave_id, title, questionnaire_version, at])


def window_differs(conn: sqlite3.Connection, wave_id: str) -> str:
    """What the import line says when the file's wave row gives another diary window than the database's."""
    window = "SELECT period_start, period_end, workdays_only FROM {}.wave WHERE id = ?"
    theirs = conn.execute(window.format(ALIAS), [wave_id]).fetchone()
    ours = conn.execute(window.format("main"), [wave_id]).fetchone()
    if theirs is None or ours is None or tuple(theirs) == tuple(ours):
        return ""
    return (f"文件所带的调查时段（{window_text(*theirs)}）与本库的批次（{window_text(*ours)}）不同，按本库的时段计算；"
            "如需改用组织者定的时段，请载入组织者的批次文件")


def stored_responses(conn: sqlite3.Connection, ids: list[str]) -> dict[str, tuple]:
    """(wave id, revision, fingerprint, public key) of the responses already in the database, by respondent id."""
    rows = conn.execute("SELECT id, wave_id, revision, content_sha256, public_key FROM main.respondent "
                        "WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(ids)])
    return {r[0]: r[1:] for r in rows}


def archive_response(conn: sqlite3.Connection, respondent_id: str, content: str, by_revision: int, at: str,
                     batch_id: int) -> None:
    """Keep the replaced response in the history — its content, every row of it and the imports that brought and
    replaced it, so that undoing this import puts it back — then remove its rows."""
    conn.execute(
        """INSERT INTO main.response_history (respondent_id, wave_id, revision, content_sha256, replaced_at,
                                              replaced_by_revision, content, rows, replaced_in_batch, origin_batch)
           SELECT id, wave_id, revision, content_sha256, ?, ?, ?, ?, ?,
                  (SELECT o.batch_id FROM main.response_origin o WHERE o.respondent_id = id)
           FROM main.respondent WHERE id = ?""",
        [at, by_revision, content, response_rows.rows_json(conn, respondent_id), batch_id, respondent_id])
    for table in reversed(response_tables.tables()):  # children first: they point at their parents
        conn.execute(f"DELETE FROM main.{table.name} WHERE {belongs(table.name, 'main', '?1')}", [respondent_id])


def copy_responses(conn: sqlite3.Connection, reference: Schema, ids: list[str] | None) -> None:
    """Copy the chosen responses (None: all of the file) in SQL. Rows with ids of their own get new ones, numbered on
    from the database's own whatever the file says (ids near 2^63 must not push ours to the top of the range):
    those with children through a map the children follow, the others fresh."""
    take = json.dumps(ids)
    chosen = {t.name: "1" if ids is None else belongs(t.name, ALIAS, "SELECT value FROM json_each(:take)")
              for t in response_tables.tables()}
    mapped = set()
    for table in response_tables.tables():
        replace = {}
        if table.own_id and children(table.name):
            _number_ids(conn, table.name, chosen[table.name], take)
            mapped.add(table.name)
            replace["id"] = f"(SELECT new FROM temp.new_{table.name}_id WHERE old = id)"
        elif table.own_id:
            replace["id"] = None
        if table.parent in mapped:
            replace[table.link] = f"(SELECT new FROM temp.new_{table.parent}_id WHERE old = {table.link})"
        columns = [c[0] for c in reference.tables[table.name] if replace.get(c[0], "") is not None]
        select = ", ".join(replace.get(c) or f'"{c}"' for c in columns)
        conn.execute(f"""INSERT INTO main.{table.name} ({', '.join(f'"{c}"' for c in columns)})
                         SELECT {select} FROM {ALIAS}.{table.name} WHERE {chosen[table.name]}""", {"take": take})


def record_origin(conn: sqlite3.Connection, respondent_ids: list[str], batch_id: int) -> None:
    """These responses' current versions came with import `batch_id` (what undoing it removes)."""
    conn.execute("INSERT OR REPLACE INTO main.response_origin (respondent_id, batch_id) "
                 "SELECT value, ? FROM json_each(?)", [batch_id, json.dumps(respondent_ids)])


def _number_ids(conn: sqlite3.Connection, table: str, chosen: str, take: str) -> None:
    """temp.new_<table>_id: each chosen row's id in the file → the next free id here, in the file's order."""
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS new_{table}_id (old INTEGER PRIMARY KEY, new INTEGER NOT NULL)")
    conn.execute(f"DELETE FROM temp.new_{table}_id")
    conn.execute(f"""INSERT INTO temp.new_{table}_id (old, new)
                     SELECT id, (SELECT coalesce(max(id), 0) FROM main.{table}) + row_number() OVER (ORDER BY id)
                     FROM {ALIAS}.{table} WHERE {chosen}""", {"take": take})


# the import history ----------------------------------------------------------------------
def start_batch(conn: sqlite3.Connection, at: str) -> int:
    """A new batch; one left open (a full disk, a kill) is closed first as cancelled, at its last result:
    one import runs at a time (the instance lock), so an open batch now is one that never ended."""
    with transaction(conn):
        conn.execute("""UPDATE main.import_batch SET cancelled = 1, finished_at = coalesce(
                            (SELECT max(r.at) FROM main.import_result r WHERE r.batch_id = import_batch.id), started_at)
                        WHERE finished_at IS NULL""")
        return conn.execute("INSERT INTO main.import_batch (started_at) VALUES (?)", [at]).lastrowid


def finish_batch(conn: sqlite3.Connection, batch_id: int, at: str, cancelled: bool) -> None:
    with transaction(conn):
        conn.execute("UPDATE main.import_batch SET finished_at = ?, cancelled = ? WHERE id = ?",
                     [at, int(cancelled), batch_id])


def add_result(conn: sqlite3.Connection, batch_id: int, name: str, sha256: str | None, status: str, reason: str,
               responses: int, at: str) -> None:
    conn.execute("""INSERT INTO main.import_result (batch_id, file_name, file_sha256, status, reason, responses, at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", [batch_id, name, sha256, status, reason, responses, at])


def history(conn: sqlite3.Connection, statuses: tuple[str, ...]) -> list[dict]:
    counts = ", ".join("count(r.id) FILTER (WHERE r.status = ?)" for _ in statuses)
    cursor = conn.execute(
        f"""SELECT b.id, b.started_at, b.finished_at, b.cancelled, b.undone_at, count(r.id),
                   coalesce(sum(r.responses), 0), {counts}
            FROM main.import_batch b LEFT JOIN main.import_result r ON r.batch_id = b.id
            GROUP BY b.id ORDER BY b.id DESC""", list(statuses))
    keys = ["batch_id", "started_at", "finished_at", "cancelled", "undone_at", "files", "responses", *statuses]
    return [{**dict(zip(keys, row)), "cancelled": bool(row[3])} for row in cursor]


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection):
    """BEGIN … COMMIT on the raw connection; any error rolls back, so a refused file leaves no trace."""
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # some errors (a full disk) have rolled back already
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
