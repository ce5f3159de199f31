"""Old database files open in the new program: backed up first, then migrated; newer files are refused."""

import sqlite3

import pytest
from sqlite_utils import Database

from burden_survey.system.errors import DatabaseUnavailable
from burden_survey.store import migrations as schema
from burden_survey.store.storage import Storage


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
