"""Old database files open in the new program: backed up first, then migrated; newer files are refused."""

import sqlite3
from datetime import date

import pytest
from sqlite_utils import Database

from burden_survey.indicators.figures import Filters
from burden_survey.report.report_scope_sql import logged_span
from burden_survey.system.errors import DatabaseUnavailable
from burden_survey.store import migrations as schema
from burden_survey.store.storage import Storage
from burden_survey.survey.model import Tool


def test_a_database_made_by_the_first_schema_is_backed_up_and_migrated(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    schema.apply(old, stop_before="m002_respondent_indexes")
    old.execute("INSERT INTO respondent (id, created_at, updated_at, township_name) VALUES ('R1', 'x', 'x', '东港镇')")
    old.conn.commit()
    old.close()

    storage = Storage.open(path)
    assert schema.applied(storage.db) == schema.names()
    assert "tool_by_respondent" in {i.name for i in storage.db["tool"].indexes}
    assert storage.load_profile("R1").township_name == "东港镇"
    backup = tmp_path / "old.before-m002_respondent_indexes.bak"
    assert sqlite3.connect(backup).execute("SELECT township_name FROM respondent").fetchone() == ("东港镇",)
    storage.close()


def test_a_file_from_a_newer_program_is_refused_with_advice_to_upgrade(tmp_path):
    path = tmp_path / "new.db"
    Storage.open(path).close()
    db = Database(path)
    db["_sqlite_migrations"].insert({"migration_set": "burden_survey", "name": "m999_future", "applied_at": "x"})
    db.close()
    with pytest.raises(DatabaseUnavailable, match="更新版本"):
        Storage.open(path)


def test_a_file_that_is_not_a_database_is_refused_with_a_chinese_message(tmp_path):
    path = tmp_path / "photo.db"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 2000)
    with pytest.raises(DatabaseUnavailable, match="不是本程序的数据文件"):
        Storage.open(path)


def test_an_older_database_keeps_its_tools_and_minutes_when_the_share_may_be_left_unanswered(tmp_path):
    path = tmp_path / "m012.db"
    old = Database(path)
    schema.apply(old, stop_before="m013_formality_unanswered")
    old.execute("INSERT INTO respondent (id, created_at, updated_at) VALUES ('R1', 'x', 'x')")
    old.execute("INSERT INTO tool (id, respondent_id, name, kind, formality_share, created_at, updated_at)"
                " VALUES (1, 'R1', '学习强国', 'app', 60, 'x', 'x'), (2, 'R1', '镇干部群', 'work_group', 0, 'x', 'x')")
    old.execute("INSERT INTO daily_minutes (tool_id, day, minutes) VALUES (1, '2026-11-20', 30), (2, '2026-11-20', 10)")
    old.conn.commit()
    old.close()

    storage = Storage.open(path)
    shares = storage.db.execute("SELECT name, formality_share FROM tool ORDER BY id").fetchall()
    assert shares == [("学习强国", 60), ("镇干部群", 0)]  # what was stored is kept as it was given
    assert storage.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert storage.db.execute("PRAGMA foreign_keys").fetchone() == (1,)
    with pytest.raises(sqlite3.IntegrityError):  # the minutes still belong to a tool
        with storage.db.atomic():
            storage.db.execute("INSERT INTO daily_minutes (tool_id, day, minutes) VALUES (99, '2026-11-20', 5)")
    unanswered = storage.save_tool(Tool("河长制")).id
    assert storage.get_tool(unanswered).formality_share is None
    storage.close()


def test_the_share_migration_run_again_after_a_crash_changes_nothing(tmp_path):
    path = tmp_path / "twice.db"
    Storage.open(path).close()
    db = Database(path)
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm013_formality_unanswered'")  # killed before the record
    db.conn.commit()
    db.close()
    storage = Storage.open(path)
    assert sorted(schema.applied(storage.db)) == sorted(schema.names())
    assert "workday_share_given_minutes" in storage.db["summary_respondent"].columns_dict
    storage.close()


def _stopped_before(path, migration: str, *statements: str) -> None:
    """A database file as the program left it before `migration`, holding what `statements` put in."""
    old = Database(path)
    schema.apply(old, stop_before=migration)
    for statement in statements:
        old.execute(statement)
    old.conn.commit()
    old.close()


def test_the_lean_tables_keep_every_minute_and_summary_and_their_checks(tmp_path):
    """Issue 17: the minutes and the day summaries move into tables ordered by their key (WITHOUT ROWID)."""
    path = tmp_path / "m018.db"
    _stopped_before(
        path, "m019_lean_tables",
        "INSERT INTO respondent (id, created_at, updated_at) VALUES ('R1', 'x', 'x')",
        "INSERT INTO tool (id, respondent_id, name, kind, created_at, updated_at)"
        " VALUES (1, 'R1', '学习强国', 'app', 'x', 'x')",
        "INSERT INTO daily_minutes (tool_id, day, minutes, entered)"
        " VALUES (1, '2026-11-20', 30, 'same_day'), (1, '2026-11-21', 0, NULL)",
        "INSERT INTO summary_day_kind VALUES ('R1', '2026-11-20', 'app', 1, 30, 7.5, 30)")

    storage = Storage.open(path)
    try:
        assert storage.db.execute("SELECT * FROM daily_minutes ORDER BY day").fetchall() == [
            (1, "2026-11-20", 30, "same_day"), (1, "2026-11-21", 0, None)]
        assert storage.db.execute("SELECT logged_days, logged_workdays, workday_minutes FROM summary_respondent"
                                  ).fetchall() == [(2, 1, 30)]  # made again from the minutes by m020
        lean = storage.db.execute("SELECT name FROM sqlite_master WHERE sql LIKE '%WITHOUT ROWID'").fetchall()
        assert {"daily_minutes", "rule_answer"} <= {row[0] for row in lean}
        assert storage.db.execute("PRAGMA foreign_key_check").fetchall() == []
        for bad in ("(99, '2026-11-22', 5)", "(1, '2026-11-22', 601)", "(1, '2026-11-20', 5)"):
            with pytest.raises(sqlite3.IntegrityError):  # unknown tool, too many minutes, the same day twice
                with storage.db.atomic():
                    storage.db.execute(f"INSERT INTO daily_minutes (tool_id, day, minutes) VALUES {bad}")
    finally:
        storage.close()


def test_the_day_summary_goes_and_every_figure_it_served_is_made_again_from_the_minutes(tmp_path):
    """Issue 17: a third of a city's database was the summary per respondent, day and kind; m020 drops it."""
    path = tmp_path / "m019.db"
    _stopped_before(
        path, "m020_no_day_summary",
        "INSERT INTO respondent (id, created_at, updated_at) VALUES ('R1', 'x', 'x')",
        "INSERT INTO tool (id, respondent_id, name, kind, formality_share, created_at, updated_at)"
        " VALUES (1, 'R1', '学习强国', 'app', 50, 'x', 'x'), (2, 'R1', '镇干部群', 'work_group', NULL, 'x', 'x')",
        "INSERT INTO daily_minutes (tool_id, day, minutes)"
        " VALUES (1, '2026-11-19', 20), (1, '2026-11-20', 30), (2, '2026-11-20', 10), (2, '2026-11-21', 15)",
        "INSERT INTO summary_day_kind VALUES ('R1', '2026-11-20', 'app', 1, 999, 0, 0)")  # stale: never read

    storage = Storage.open(path)
    try:
        assert not storage.db["summary_day_kind"].exists()
        # Thursday and Friday are workdays, Saturday is not: 3 days, 2 workdays, 60 workday minutes of which the
        # app's 50 have a share (half of it trace-leaving) and the group's 10 have none.
        assert storage.db.execute(
            """SELECT logged_days, logged_workdays, workday_minutes, workday_formality_minutes,
                      workday_share_given_minutes FROM summary_respondent""").fetchall() == [(3, 2, 60, 25.0, 50)]
        assert storage.db.execute("SELECT tool_id, first_day, last_day FROM summary_tool ORDER BY 1").fetchall() == [
            (1, "2026-11-19", "2026-11-20"), (2, "2026-11-20", "2026-11-21")]
        assert logged_span(storage, Filters()) == (date(2026, 11, 19), date(2026, 11, 21))
        assert logged_span(storage, Filters(tool_kind="work_group")) == (date(2026, 11, 20), date(2026, 11, 21))
    finally:
        storage.close()


def test_a_program_killed_after_the_day_summary_went_counts_everyone_again_at_the_next_start(tmp_path):
    path = tmp_path / "killed.db"
    storage = Storage.open(path)
    tool = storage.save_tool(Tool("学习强国")).id
    storage.set_minutes_many([(tool, date(2026, 11, 20), 30)], today=date(2026, 11, 22))
    storage.close()
    conn = sqlite3.connect(path)  # m020 applied, its recount still due, then killed before it ran
    conn.execute("UPDATE summary_tool SET first_day = NULL, last_day = NULL")
    conn.execute("DELETE FROM summary_respondent")
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('summaries_recount_due', 'everyone')")
    conn.commit()
    conn.close()

    storage = Storage.open(path)
    try:
        assert storage.get_setting("summaries_recount_due") is None
        assert storage.db.execute("SELECT first_day, last_day FROM summary_tool").fetchall() == [
            ("2026-11-20", "2026-11-20")]
        assert storage.db.execute("SELECT logged_days, workday_minutes FROM summary_respondent").fetchall() == [(1, 30)]
    finally:
        storage.close()


def test_the_tools_by_kind_are_counted_at_the_first_start_after_m022(tmp_path):
    """Issue 17: minutes, tools and after-hours demand per respondent and kind, read instead of every tool row."""
    path = tmp_path / "m021.db"
    _stopped_before(
        path, "m022_kind_and_answer_summaries",
        "INSERT INTO respondent (id, created_at, updated_at) VALUES ('R1', 'x', 'x')",
        "INSERT INTO tool (id, respondent_id, name, kind, formality_share, after_hours, group_instant_response,"
        " created_at, updated_at) VALUES (1, 'R1', '学习强国', 'app', 50, 'sometimes', NULL, 'x', 'x'),"
        " (2, 'R1', '镇干部群', 'work_group', NULL, 'daily', 'yes', 'x', 'x'),"
        " (3, 'R1', '村务群', 'work_group', NULL, NULL, 'no', 'x', 'x')",
        "INSERT INTO daily_minutes (tool_id, day, minutes) VALUES (1, '2026-11-20', 30), (2, '2026-11-20', 10)")

    storage = Storage.open(path)
    try:
        assert storage.db.execute(
            """SELECT kind, tools, workday_minutes, workday_formality_minutes, workday_share_given_minutes,
                      instant_groups, after_hours_rank FROM summary_respondent_kind ORDER BY kind""").fetchall() == [
            ("app", 1, 30, 15.0, 30, 0, 1), ("work_group", 2, 10, 0.0, 0, 1, 3)]
    finally:
        storage.close()
