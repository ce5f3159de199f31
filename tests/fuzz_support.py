"""Survey files to damage, a supervisor's database to import them into, and what "whole or not at all" means."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, settings

from burden_survey.store import group_summaries, migrations, summaries
from burden_survey.cli.demo import write_demo
from burden_survey.store.response_tables import names as response_table_names
from burden_survey.survey_files.content import CONTENT_VERSION, fingerprint, response_content, version_of
from burden_survey.survey_files.filestore import export_aggregate, export_response
from burden_survey.survey_files.importer import FileResult, import_paths
from burden_survey.system.connections import connect
from burden_survey.store.importer_sql import ALIAS
from burden_survey.store.wave_choice import NEWEST_IMPORT
from burden_survey.survey.model import RuleAnswer
from burden_survey.survey.questions import QUESTIONNAIRE_VERSION
from burden_survey.store.storage import Storage
from burden_survey.survey.survey_file import Wave

# CI runs a fixed, repeatable sample; `make stress` (HYPOTHESIS_PROFILE=stress) draws thousands of fresh ones.
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("ci", max_examples=150, deadline=None, derandomize=True, database=None,
                          suppress_health_check=_QUIET)
settings.register_profile("stress", max_examples=2000, deadline=None, database=None, suppress_health_check=_QUIET)
FUZZ = settings(settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci")))

WAVE = Wave("FUZZ2026", "模糊测试2026年第四季度", QUESTIONNAIRE_VERSION)
DAY = date(2026, 11, 20)  # the last day the sample cadres logged
TODAY = date(2026, 11, 22)
CJK = re.compile(r"[\u4e00-\u9fff]")
# Only the record of the attempt may grow when a file is refused.
LOG_TABLES = ("import_batch", "import_result", "audit_log")  # and the settings row NEWEST_IMPORT (dump)
# What an accepted file may change; every other row and the schema stay as they were.
MERGED_TABLES = (*response_table_names(), "summary_respondent", "summary_respondent_kind", "summary_tool",
                 "summary_group", "summary_answer", "summary_member", "summary_stale", "response_history", "response_origin", "wave")
SUMMARY_TABLES = ("summary_respondent", "summary_respondent_kind", "summary_tool")
_COUNTS = [
    "SELECT count(*) FROM {s}.tool WHERE respondent_id = ?1",
    "SELECT count(*) FROM {s}.daily_minutes WHERE tool_id IN (SELECT id FROM {s}.tool WHERE respondent_id = ?1)",
    "SELECT count(*) FROM {s}.quota WHERE respondent_id = ?1",
    "SELECT count(*) FROM {s}.rule_answer WHERE respondent_id = ?1",
]


class Specimens:
    """Untouched survey files (by name) and a supervisor's database that already holds another cadre's answers."""

    def __init__(self, folder: Path, files: dict[str, Path], template: Path):
        self.folder = folder
        self.files = files
        self.template = template
        self.expected: dict[str, tuple[str, dict]] = {}  # name → (status, content after import)
        self.pages: dict[str, dict[str, list[int]]] = {}  # name → pages of the schema and of the answers
        self.columns: dict[tuple[str, str], list[str]] = {}  # (name, table) → its columns
        self.rows: dict[tuple[str, str], int] = {}  # (name, table) → how many rows it has

    def __repr__(self) -> str:  # hypothesis prints its arguments with a failing case
        return f"Specimens({self.folder})"

    def bytes_of(self, name: str) -> bytes:
        return self.files[name].read_bytes()


def make_specimens(folder: Path) -> Specimens:
    """Three sample cadres: A's file (already imported), B's file, A's second revision, an aggregate of A, B, C,
    and C's file as the program wrote it before its last migration.

    Importing them untouched gives: B imported, A's revision replaced, the aggregate imported (A a duplicate),
    C's older file migrated on a copy and imported.
    """
    folder.mkdir(parents=True, exist_ok=True)
    county = folder / "cadres.db"
    write_demo(county, 3, 11, until=DAY, days=7, apps=(3, 4), groups=(2, 3))
    cadres = Storage.open(county)
    try:
        a, b, c = [r[0] for r in cadres.db.execute("SELECT id FROM respondent ORDER BY rowid")]
        files = {}
        for name, rid in (("a", a), ("response", b), ("c", c)):
            files[name] = folder / f"{name}.bsurvey"
            export_response(cadres, WAVE, files[name], source_id=rid)
        old = cadres.load_answers(a)["Q1"].answer
        cadres.save_answer(RuleAnswer("Q1", "no" if old != "no" else "yes"), respondent_id=a)
        files["revision"] = folder / "revision.bsurvey"
        export_response(cadres, WAVE, files["revision"], source_id=a)
    finally:
        cadres.close()
    upper = Storage.open(folder / "upper.db")
    try:
        import_paths(upper, [files["a"], files["response"], files["c"]], accept_new_waves=True, today=TODAY)
        files["aggregate"] = folder / "aggregate.bsurvey"
        export_aggregate(upper, WAVE.id, files["aggregate"])
    finally:
        upper.close()
    template = folder / "template.db"
    supervisor = Storage.open(template)
    try:
        import_paths(supervisor, [files["a"]], accept_new_waves=True, today=TODAY)
    finally:
        supervisor.close()  # the last connection folds the write-ahead log in: the template is one file
    files["older"] = folder / "older.bsurvey"
    _as_before_last_migration(files["c"], files["older"])
    specimens = Specimens(folder, {k: files[k] for k in ("response", "revision", "aggregate", "older")}, template)
    for name, path in specimens.files.items():
        result, content = _import_untouched(specimens, path)
        specimens.expected[name] = (result.status, content)
    return specimens


_AS_ROW_TABLES = (  # m023 … m019_lean_tables the other way round
    "ALTER TABLE summary_group DROP COLUMN first_day", "ALTER TABLE summary_group DROP COLUMN last_day",
    "DELETE FROM _sqlite_migrations WHERE name = 'm023_group_days'",
    "DROP TABLE summary_respondent_kind", "DROP TABLE summary_answer", "DELETE FROM _sqlite_migrations WHERE name = 'm022_kind_and_answer_summaries'",
    "DROP TABLE summary_group", "DROP TABLE summary_member", "DROP TABLE summary_stale",
    "DELETE FROM _sqlite_migrations WHERE name = 'm021_group_summaries'",
    """CREATE TABLE summary_day_kind (respondent_id TEXT NOT NULL, day TEXT NOT NULL, kind TEXT NOT NULL,
       workday INTEGER NOT NULL, minutes INTEGER NOT NULL, formality_minutes REAL NOT NULL,
       share_given_minutes INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (respondent_id, day, kind)) WITHOUT ROWID""",
    """INSERT INTO summary_day_kind SELECT t.respondent_id, m.day, t.kind, 1, sum(m.minutes), 0, sum(m.minutes)
       FROM daily_minutes m JOIN tool t ON t.id = m.tool_id WHERE t.deleted_at IS NULL GROUP BY 1, 2, 3""",
    "ALTER TABLE summary_tool DROP COLUMN first_day", "ALTER TABLE summary_tool DROP COLUMN last_day",
    "DELETE FROM _sqlite_migrations WHERE name = 'm020_no_day_summary'",
    """CREATE TABLE daily_minutes_rows (tool_id INTEGER NOT NULL REFERENCES tool(id), day TEXT NOT NULL,
       minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 600), entered TEXT, PRIMARY KEY (tool_id, day))""",
    "INSERT INTO daily_minutes_rows SELECT * FROM daily_minutes", "DROP TABLE daily_minutes",
    "ALTER TABLE daily_minutes_rows RENAME TO daily_minutes", "CREATE INDEX daily_minutes_by_day ON daily_minutes(day)",
    """CREATE TABLE summary_day_kind_rows (respondent_id TEXT NOT NULL, day TEXT NOT NULL, kind TEXT NOT NULL,
       workday INTEGER NOT NULL, minutes INTEGER NOT NULL, formality_minutes REAL NOT NULL,
       share_given_minutes INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (respondent_id, day, kind))""",
    "INSERT INTO summary_day_kind_rows SELECT * FROM summary_day_kind", "DROP TABLE summary_day_kind",
    "ALTER TABLE summary_day_kind_rows RENAME TO summary_day_kind",
    """CREATE TABLE rule_answer_rows (respondent_id TEXT NOT NULL REFERENCES respondent(id), question TEXT NOT NULL,
       answer TEXT, details TEXT NOT NULL DEFAULT '{}', updated_at TEXT NOT NULL,
       PRIMARY KEY (respondent_id, question))""",
    "INSERT INTO rule_answer_rows SELECT * FROM rule_answer", "DROP TABLE rule_answer",
    "ALTER TABLE rule_answer_rows RENAME TO rule_answer",
)


def _as_before_last_migration(source: Path, target: Path) -> None:
    """The file without what m008_signed_responses … m023_group_days changed (a format-1
    file, unsigned, its fingerprint of content version 1): the importer must bring it up to date on a copy of its
    own."""
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        [rid] = [row[0] for row in conn.execute("SELECT id FROM respondent")]
        _share_guessed_again(conn)  # before the fingerprint: the old file held its 未填 shares as 0
        first = fingerprint(response_content(conn, "main", rid, version=1), version=1)
        for statement in (*_AS_ROW_TABLES, "DELETE FROM _sqlite_migrations WHERE name = 'm019_lean_tables'",
                          "DROP TABLE response_origin", "DROP INDEX response_history_by_batch",
                          *(f"ALTER TABLE response_history DROP COLUMN {c}" for c in ("replaced_in_batch",
                                                                                      "origin_batch", "rows")),
                          "ALTER TABLE sealed_file DROP COLUMN batch_id",
                          "ALTER TABLE import_batch DROP COLUMN recorded",
                          "ALTER TABLE import_batch DROP COLUMN undone_at",
                          "DELETE FROM _sqlite_migrations WHERE name = 'm018_import_undo'",
                          "ALTER TABLE wave DROP COLUMN sampling",
                          "DELETE FROM _sqlite_migrations WHERE name = 'm017_wave_sampling'",
                          "DROP TABLE set_aside", "DELETE FROM _sqlite_migrations WHERE name = 'm016_set_aside'",
                          "ALTER TABLE wave DROP COLUMN workdays_only",
                          "DELETE FROM _sqlite_migrations WHERE name = 'm015_diary_window'",
                          "ALTER TABLE respondent DROP COLUMN usual_minutes",
                          "ALTER TABLE daily_minutes DROP COLUMN entered",
                          "ALTER TABLE summary_respondent DROP COLUMN banded_days",
                          "ALTER TABLE summary_respondent DROP COLUMN prompt_days",
                          "DELETE FROM _sqlite_migrations WHERE name = 'm014_diary_and_recall'",
                          "ALTER TABLE summary_day_kind DROP COLUMN share_given_minutes",
                          "ALTER TABLE summary_respondent DROP COLUMN workday_share_given_minutes",
                          "DELETE FROM _sqlite_migrations WHERE name = 'm013_formality_unanswered'",
                          "DROP TABLE workday_calendar",
                          "DELETE FROM _sqlite_migrations WHERE name = 'm012_workday_calendar'",
                          "ALTER TABLE wave DROP COLUMN k", "DELETE FROM _sqlite_migrations WHERE name = 'm011_wave_k'",
                          f"UPDATE respondent SET content_sha256 = '{first}'",
                          f"UPDATE manifest_response SET content_sha256 = '{first}'",
                          "DROP TABLE sealed_file", "ALTER TABLE respondent DROP COLUMN local_salt",
                          "ALTER TABLE respondent DROP COLUMN local_sha256",
                          "DELETE FROM _sqlite_migrations WHERE name = 'm010_roll_up'",
                          "DROP TABLE participation_code", "ALTER TABLE respondent DROP COLUMN participation_code",
                          "ALTER TABLE manifest_response DROP COLUMN participation_code",
                          "DELETE FROM _sqlite_migrations WHERE name = 'm009_participation_codes'",
                          "ALTER TABLE respondent DROP COLUMN public_key", "ALTER TABLE respondent DROP COLUMN signature",
                          "ALTER TABLE manifest_response DROP COLUMN public_key",
                          "ALTER TABLE manifest_response DROP COLUMN signature",
                          "UPDATE manifest SET value = '1' WHERE key = 'format_version'",
                          "DELETE FROM _sqlite_migrations WHERE name = 'm008_signed_responses'", "VACUUM"):
            conn.execute(statement)
    finally:
        conn.close()


def _share_guessed_again(conn: sqlite3.Connection) -> None:
    """The tool table as before m013: 留痕占比 NOT NULL DEFAULT 0, a 未填 share stored as the 0 it used to be."""
    [sql] = [row[0] for row in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'tool'")]
    old = re.sub(r'^CREATE TABLE "?tool"? \(', "CREATE TABLE tool_old (",
                 sql.replace(migrations._SHARE_ASKED, migrations._SHARE_GUESSED))
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.executescript(f"""BEGIN; UPDATE tool SET formality_share = 0 WHERE formality_share IS NULL; {old};
                           INSERT INTO tool_old SELECT * FROM tool; DROP TABLE tool;
                           ALTER TABLE tool_old RENAME TO tool; CREATE INDEX tool_by_respondent ON tool(respondent_id);
                           COMMIT;""")


def _import_untouched(specimens: Specimens, path: Path) -> tuple[FileResult, dict]:
    db = specimens.folder / "pristine.db"
    shutil.copyfile(specimens.template, db)
    storage = Storage.open(db)
    try:
        [result] = import_paths(storage, [path], today=TODAY).results
        return result, content_state(storage.db.conn, "main")
    finally:
        storage.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)


# what the database holds -----------------------------------------------------------------
def content_state(conn: sqlite3.Connection, schema: str) -> dict[str, tuple]:
    """Per respondent: wave, revision, stored fingerprint, the fingerprint of its rows now, and its row counts."""
    state = {}
    for rid, wave_id, revision, sha in conn.execute(
            f"SELECT id, wave_id, revision, content_sha256 FROM {schema}.respondent").fetchall():
        counts = tuple(conn.execute(q.format(s=schema), [rid]).fetchone()[0] for q in _COUNTS)
        version = version_of(sha) or CONTENT_VERSION  # each by its own version, as the importer checks it
        state[rid] = (wave_id, revision, sha, fingerprint(response_content(conn, schema, rid, version), version),
                      counts)
    return state


def dump(conn: sqlite3.Connection, skip: tuple[str, ...] = LOG_TABLES) -> list[str]:
    """Schema and rows, as tests/test_import_bad_input.py compares them; the rows of `skip` tables left out, and
    the import's note of its wave (store/wave_choice.py), which belongs with the import history."""
    prefixes = (*(f'INSERT INTO "{t}"' for t in skip), f'INSERT INTO "settings" VALUES(\'{NEWEST_IMPORT}\'')
    return [line for line in conn.iterdump() if not line.startswith(prefixes)]


def summaries_are_fresh(conn: sqlite3.Connection) -> bool:
    """The summary tables hold what rebuilding them from the rows gives."""
    def rows():
        return {t: sorted(conn.execute(f"SELECT * FROM main.{t}").fetchall(), key=repr) for t in SUMMARY_TABLES}

    kept = rows()
    conn.execute("SAVEPOINT fresh_summaries")
    try:
        group_summaries.bring_up_to_date(conn)
        groups = _groups(conn)
        for table in ("summary_group", "summary_answer", "summary_member", "summary_stale"):
            conn.execute(f"DELETE FROM main.{table}")
        group_summaries.bring_up_to_date(conn)  # every group counted from scratch
        if _groups(conn) != groups:
            return False
        summaries.refresh(conn, [r[0] for r in conn.execute("SELECT id FROM main.respondent")])
        return rows() == kept
    finally:
        conn.execute("ROLLBACK TO fresh_summaries")
        conn.execute("RELEASE fresh_summaries")


def _groups(conn: sqlite3.Connection) -> list:
    """The group summaries, each group's members in one order (an import appends them, a recount lists them)."""
    return sorted((*row[:-1], sorted(json.loads(row[-1])) if row[-1] else None)
                  for row in conn.execute(
                      """SELECT wave_id, township, unit_type, kind, dimension, label, n, key_sum, minutes, minutes_low,
                                minutes_high, workday_minutes, workday_low, workday_high, workdays, first_day,
                                last_day, members FROM main.summary_group""")) + sorted(
        conn.execute("SELECT * FROM main.summary_answer"))


def file_state(path: Path) -> dict[str, tuple]:
    """The content of an accepted file, read with plain sqlite3 as the importer read it: read-only, immutable."""
    conn = connect(path, read_only=True, immutable=True)
    try:
        return content_state(conn, "main")
    finally:
        conn.close()


# one case ------------------------------------------------------------------------------------


def run_case(specimens: Specimens, name: str, write: Callable[[Path], None], same_content: bool) -> FileResult:
    """Import the file `write` makes into a copy of the supervisor's database and check the outcome:
    imported exactly as the file says (and, for `same_content`, exactly as the untouched file would be),
    or refused in Chinese with the database as it was. Either way SQLite finds the database sound."""
    case = specimens.folder / "case"
    shutil.rmtree(case, ignore_errors=True)
    case.mkdir()
    received = case / "received.bsurvey"
    write(received)
    shutil.copyfile(specimens.template, case / "county.db")
    storage = Storage.open(case / "county.db")
    try:
        conn = storage.db.conn
        before, state_before = dump(conn), content_state(conn, "main")
        [result] = import_paths(storage, [received], accept_new_waves=True, today=TODAY).results
        assert result.name == str(received)
        assert ALIAS not in [r[1] for r in conn.execute("PRAGMA database_list")], "the file stayed attached"
        if result.status == "rejected":
            assert result.responses == 0
            assert CJK.search(result.reason), f"no Chinese reason: {result.reason!r}"
            assert dump(conn) == before, f"a refused file changed the database ({result.reason})"
        else:
            _assert_merged_whole(conn, received, before, state_before)
            if same_content:
                expected_status, expected_state = specimens.expected[name]
                assert (result.status, content_state(conn, "main")) == (expected_status, expected_state), \
                    "a damaged file was imported with other content than the untouched file"
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return result
    finally:
        storage.close()


def _assert_merged_whole(conn: sqlite3.Connection, received: Path, before: list[str], state_before: dict) -> None:
    incoming = file_state(received)
    after = content_state(conn, "main")
    assert set(after) == set(state_before) | set(incoming)
    for rid, state in after.items():
        assert state[2] == state[3], f"respondent {rid}: stored fingerprint differs from its rows"
        old, new = state_before.get(rid), incoming.get(rid)
        taken = new is not None and (old is None or (new[1] > old[1] and new[2] != old[2]))
        assert state == (new if taken else old), f"respondent {rid} holds neither its old rows nor the file's"
    assert summaries_are_fresh(conn)
    untouched = LOG_TABLES + MERGED_TABLES
    assert dump(conn, untouched) == [line for line in before if not line.startswith(
        tuple(f'INSERT INTO "{t}"' for t in MERGED_TABLES))], "an import changed rows outside the responses"
