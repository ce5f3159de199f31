"""Backups are made before every import and once a day, rotate, and bring the data back into the open app."""

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from burden_survey.store import audit, backup_budget, backups

from burden_survey.cli import cli
from burden_survey.store.backups import RestoreRefused
from burden_survey.cli.demo import write_demo, write_demo_files
from burden_survey.survey_files.importer import import_paths
from burden_survey.store import migrations as schema
from burden_survey.survey.model import Profile
from burden_survey.store.storage import Storage
from burden_survey.survey.survey_file import Wave

WAVE = Wave("XS2026A", "锡山区2026年第四季度", "2026.1")
DAY = date(2026, 11, 20)


@pytest.fixture
def county(storage, tmp_path):
    """A supervisor's database with three imported answers."""
    files = write_demo_files(tmp_path / "files", 3, seed=3, until=DAY, wave=WAVE, days=7, apps=(2, 3), groups=(1, 2))
    import_paths(storage, files, accept_new_waves=True)
    return storage


def answers(storage: Storage) -> int:
    return storage.counts()["respondents"]


def test_a_backup_is_one_readable_file_in_a_folder_of_its_own_database(county, tmp_path):
    path = backups.make_backup(county, "manual")

    assert path.parent == backups.backup_folder(county)
    assert path.parent.parent == tmp_path / "data" / "backups" and path.name.endswith("-manual.db")
    assert not list(path.parent.glob("*.part"))
    assert sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("SELECT count(*) FROM respondent").fetchone() == (3,)
    [info] = backups.list_backups(county)
    assert (info.path, info.reason, info.reason_label, info.respondents) == (path, "manual", "手动", 3)
    assert info.size == path.stat().st_size and info.made_at.date() == date.today()
    assert "手动备份" in audit.entries(county, "backup")[0].detail


def test_two_databases_with_the_same_name_keep_their_backups_apart(county, tmp_path):
    other = Storage.open(tmp_path / "elsewhere" / "survey.db")
    try:
        assert backups.backup_folder(other) != backups.backup_folder(county)
    finally:
        other.close()


def test_a_database_that_comes_back_under_another_drive_letter_keeps_its_backups(county, tmp_path):
    """A USB stick that was E: and comes back as F:, simulated by moving the database to another folder."""
    made = backups.make_backup(county, "manual")
    county.close()
    moved = tmp_path / "F" / "survey.db"
    moved.parent.mkdir()
    (tmp_path / "survey.db").rename(moved)
    again = Storage.open(moved)
    try:
        assert [b.path for b in backups.list_backups(again)] == [made]
        assert backups.remove_all(again) == (1, 0) and not made.exists()  # so retention still finds them
    finally:
        again.close()


def test_a_copy_opened_beside_the_original_gets_a_backup_folder_of_its_own(county, tmp_path):
    original = backups.backup_folder(county)
    copy = tmp_path / "copy" / "survey.db"
    copy.parent.mkdir()
    county.db.conn.backup(sqlite3.connect(copy))
    other = Storage.open(copy)
    try:
        assert backups.backup_folder(other) != original
        assert backups.backup_folder(county) == original
    finally:
        other.close()


def test_backups_in_a_folder_named_after_the_old_full_path_are_taken_over(county, tmp_path):
    import hashlib

    path = (tmp_path / "survey.db").resolve()
    legacy = tmp_path / "data" / "backups" / f"survey-{hashlib.sha256(str(path).encode()).hexdigest()[:8]}"
    made = backups.make_backup(county, "manual")
    legacy.mkdir(parents=True)
    made.rename(legacy / "20261101-080000-daily.db")
    county.db.execute("DELETE FROM settings WHERE key = 'database_id'")  # as a database of the old version has none
    county.db.conn.commit()
    assert [b.made_at.day for b in backups.list_backups(county)] == [1]
    assert not legacy.exists()


def test_a_backup_folder_id_from_a_doctored_file_cannot_point_outside_the_backups(county, tmp_path):
    county.set_setting("database_id", "../../../Documents")
    folder = backups.backup_folder(county)
    assert folder.parent == tmp_path / "data" / "backups" and ".." not in folder.name


def test_only_the_newest_backups_of_each_kind_are_kept(county):
    made = [backups.make_backup(county, "import") for _ in range(12)]
    for _ in range(3):
        backups.make_backup(county, "manual")
    for _ in range(7):
        backups.make_backup(county, "before-restore")

    kinds = [b.reason for b in backups.list_backups(county)]
    assert (kinds.count("import"), kinds.count("manual"), kinds.count("before-restore")) == (10, 3, 5)
    assert [b.path for b in backups.list_backups(county) if b.reason == "import"] == made[:1:-1]  # the newest ten


def test_beyond_their_size_limit_the_oldest_automatic_backups_go_and_what_a_person_made_stays(county, monkeypatch):
    """At a city's size seven daily and ten manual copies would be 24 GB: the total is bounded (issue 17)."""
    manual = [backups.make_backup(county, "manual") for _ in range(2)]
    one_copy = manual[0].stat().st_size
    monkeypatch.setattr(backup_budget, "COPIES", 0)
    monkeypatch.setattr(backup_budget, "FLOOR", int(4.5 * one_copy))  # room for four copies
    daily = [backups.daily_backup_if_due(county, date(2026, 11, day)) for day in range(22, 26)]

    kept = backups.list_backups(county)
    assert [b.path for b in kept] == manual[::-1] + daily[:1:-1]  # both manual (made today), the two latest days
    assert sum(b.size for b in kept) <= backups.size_limit(county)


def test_the_backup_just_made_stays_even_when_it_alone_is_over_the_limit(county, monkeypatch):
    for _ in range(3):
        backups.make_backup(county, "daily")
    monkeypatch.setattr(backup_budget, "COPIES", 0)
    monkeypatch.setattr(backup_budget, "FLOOR", 1)

    newest = backups.make_backup(county, "daily")

    assert [b.path for b in backups.list_backups(county)] == [newest]
    copy = sqlite3.connect(f"file:{newest}?mode=ro", uri=True)
    assert copy.execute("SELECT count(*) FROM respondent").fetchone() == (3,)


def test_no_backup_is_made_when_it_would_leave_the_disk_without_room_for_the_data(county, monkeypatch):
    before = backups.make_backup(county, "manual")
    monkeypatch.setattr(backup_budget, "RESERVE", 2 ** 62)  # more than any disk has free

    with pytest.raises(backups.BackupFailed) as refused:
        backups.make_backup(county, "manual")

    assert "磁盘只剩" in refused.value.message and "没有备份" in refused.value.message
    assert "数据本身没有改变" in refused.value.advice
    assert sorted(p.name for p in before.parent.iterdir()) == [before.name]  # no half copy, the old one kept
    assert answers(county) == 3


def test_the_daily_backup_is_made_once_a_calendar_day(county):
    first = backups.daily_backup_if_due(county, date(2026, 11, 22))

    assert first is not None and first.name.startswith("20261122-")
    assert backups.daily_backup_if_due(county, date(2026, 11, 22)) is None
    assert backups.daily_backup_if_due(county, date(2026, 11, 23)).name.startswith("20261123-")
    for day in range(24, 31):
        backups.daily_backup_if_due(county, date(2026, 11, day))
    assert [b.reason for b in backups.list_backups(county)].count("daily") == 7


def test_an_empty_or_in_memory_database_is_not_backed_up(storage):
    assert backups.daily_backup_if_due(storage) is None
    assert backups.daily_backup_if_due(Storage.in_memory()) is None
    assert backups.list_backups(storage) == []


def test_an_import_makes_no_backup_copy_of_the_database(county, tmp_path):
    """Issue 17: the copy before each import cost gigabytes and minutes at a city's size; an import is undone from
    its own records now (tests/test_import_undo.py)."""
    more = write_demo_files(tmp_path / "more", 2, seed=9, until=DAY, wave=WAVE, days=7, apps=(2, 3), groups=(1, 2))

    import_paths(county, more)

    assert answers(county) == 5
    assert [b for b in backups.list_backups(county) if b.reason == "import"] == []


def test_a_restore_brings_deleted_data_back_into_the_open_database(county, reopen):
    saved = backups.make_backup(county, "manual")
    with county.db.atomic():
        county.db.execute("DELETE FROM rule_answer")
        county.db.execute("DELETE FROM summary_respondent")
    county.add_respondent(Profile(township_name="后来加的"))

    safety = backups.restore(county, saved)

    assert answers(county) == 3 and county.counts()["rule_answers"] > 0  # the open Storage sees it, no reopen
    assert reopen().counts() == county.counts()
    assert safety.name.endswith("-before-restore.db")
    assert sqlite3.connect(safety).execute("SELECT count(*) FROM respondent").fetchone() == (4,)
    line = audit.entries(county, "restore")[0]
    assert saved.name in line.detail and safety.name in line.detail
    assert county.db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_a_backup_about_to_be_restored_is_not_rotated_away_by_the_safety_backup(county):
    oldest = backups.make_backup(county, "before-restore")
    for _ in range(4):
        backups.make_backup(county, "before-restore")

    backups.restore(county, oldest)

    assert answers(county) == 3


def test_a_backup_of_an_older_program_is_upgraded_after_the_restore(county, tmp_path):
    old = tmp_path / "old.db"
    db = Database(old)
    schema.apply(db, stop_before="m007_trust")
    db.execute("INSERT INTO respondent (id, created_at, updated_at) VALUES ('ROLD', '2025-01-01', '2025-01-01')")
    db.conn.commit()
    db.close()

    backups.restore(county, old)

    assert [r[0] for r in county.db.execute("SELECT id FROM respondent")] == ["ROLD"]
    assert audit.entries(county, "restore")  # the log table came with the upgrade


def not_restorable(storage: Storage, path: Path) -> str:
    before = storage.counts()
    with pytest.raises(RestoreRefused) as refused:
        backups.restore(storage, path)
    assert storage.counts() == before
    assert not [b for b in backups.list_backups(storage) if b.reason == "before-restore"]
    return refused.value.message


def test_a_damaged_backup_is_refused_in_chinese_and_changes_nothing(county, tmp_path):
    good = backups.make_backup(county, "manual")
    damaged = tmp_path / "damaged.db"
    data = bytearray(good.read_bytes())
    data[len(data) // 2:] = bytes(len(data) - len(data) // 2)  # the second half overwritten with zeros
    damaged.write_bytes(data)

    assert "已损坏" in not_restorable(county, damaged)


def test_a_file_that_is_not_a_backup_of_ours_is_refused(county, tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("这不是数据库", encoding="utf-8")
    other_app = tmp_path / "other.db"
    sqlite3.connect(other_app).execute("CREATE TABLE contacts (name TEXT)").connection.commit()

    assert "不是本程序的备份" in not_restorable(county, text)
    assert "不是本程序的备份" in not_restorable(county, other_app)
    assert "找不到备份文件" in not_restorable(county, tmp_path / "missing.db")


def test_a_backup_from_a_newer_program_is_refused(county, tmp_path):
    newer = backups.make_backup(county, "manual")
    copy = tmp_path / "newer.db"
    copy.write_bytes(newer.read_bytes())
    with sqlite3.connect(copy) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('burden_survey', 'm999_future', '2030-01-01')")

    assert "更新版本的程序" in not_restorable(county, copy)


def test_a_survey_file_is_not_taken_for_a_backup(county, tmp_path):
    [survey_file] = write_demo_files(tmp_path / "one", 1, seed=4, until=DAY, wave=WAVE, days=7, apps=(2, 3),
                                     groups=(1, 2))

    assert "是调查文件" in not_restorable(county, survey_file)


def test_a_backup_folder_that_cannot_be_written_is_reported_with_advice(county):
    folder = backups.backup_folder(county)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder should be")

    with pytest.raises(backups.BackupFailed) as failed:
        backups.make_backup(county, "manual")
    assert "无法在" in failed.value.message and "磁盘空间" in failed.value.advice


# the command line ----------------------------------------------------------------------
def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_backs_up_lists_and_restores(tmp_path, capsys):
    db = tmp_path / "county.db"
    write_demo(db, 4, seed=2, until=DAY, days=7, apps=(2, 3), groups=(1, 2))

    code, out, _ = run(capsys, "backup", "--db", db)
    made = Path(out.strip())
    assert code == 0 and made.is_file()
    code, out, _ = run(capsys, "backups", "--db", db)
    assert code == 0 and "手动" in out and "3 份答卷" in out and str(made) in out  # the demo counts its first as its own

    storage = Storage.open(db)
    with storage.db.atomic():
        storage.db.execute("DELETE FROM rule_answer")
    storage.close()
    code, out, _ = run(capsys, "restore", "--db", db, made)
    assert code == 0 and "已从" in out
    storage = Storage.open(db)
    assert storage.counts()["rule_answers"] > 0
    storage.close()


def test_the_command_line_refuses_a_bad_backup_and_a_missing_database(tmp_path, capsys):
    db = tmp_path / "county.db"
    write_demo(db, 1, seed=2, until=DAY, days=7, apps=(2, 3), groups=(1, 2))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk")

    code, _, err = run(capsys, "restore", "--db", db, junk)
    assert code == 1 and err.startswith("错误：") and "不是本程序的备份" in err
    code, _, err = run(capsys, "backup", "--db", tmp_path / "nowhere.db")
    assert code == 1 and "找不到数据文件" in err
    assert not (tmp_path / "nowhere.db").exists()


def test_the_command_line_sets_a_retention_date_and_destroys_what_is_due(county, tmp_path, capsys):
    db = county.path
    county.close()

    code, out, _ = run(capsys, "retention", "--db", db, "--wave", WAVE.id, "--until", "2026-12-31")
    assert code == 0 and "2026-12-31" in out
    code, out, _ = run(capsys, "destroy-due", "--db", db, "--today", "2026-12-31")
    assert code == 0 and "没有到期" in out
    code, out, _ = run(capsys, "destroy-due", "--db", db, "--today", "2027-01-01")
    assert code == 0 and f"已销毁调查批次 {WAVE.id}" in out and "3 份答卷" in out
    code, _, err = run(capsys, "retention", "--db", db, "--wave", WAVE.id, "--until", "明年")
    assert code == 2 and "YYYY-MM-DD" in err
    reopened = Storage.open(db)
    try:
        assert reopened.counts()["respondents"] == 0
    finally:
        reopened.close()
    county.db = Database(db)  # the fixture closes it again


def test_a_restored_backup_of_another_database_does_not_take_over_its_backups(county, tmp_path):
    other = Storage.open(tmp_path / "other" / "b.db")
    try:
        theirs = backups.make_backup(other, "manual")
        mine = backups.make_backup(county, "manual")
        backups.restore(county, theirs)
        assert backups.backup_folder(county) == mine.parent != theirs.parent
        removed, _ = backups.remove_all(county)  # what retention does after destroying answers
        assert theirs.exists() and not mine.exists() and removed >= 2  # ours (and the one made before restoring)
    finally:
        other.close()


def test_a_backup_older_than_the_ids_restores_without_losing_sight_of_the_backups(county):
    made = backups.make_backup(county, "manual")
    conn = sqlite3.connect(made)
    conn.execute("DELETE FROM settings WHERE key IN ('database_id', 'database_path')")
    conn.commit()
    conn.close()
    backups.restore(county, made)
    assert made in [b.path for b in backups.list_backups(county)]


def test_the_same_file_under_another_name_keeps_its_backups(county, tmp_path):
    made = backups.make_backup(county, "manual")
    county.close()
    (tmp_path / "survey.db").rename(tmp_path / "real.db")
    (tmp_path / "survey.db").hardlink_to(tmp_path / "real.db")  # as one share reached by name and by address
    again = Storage.open(tmp_path / "real.db")
    try:
        assert made in [b.path for b in backups.list_backups(again)]
    finally:
        again.close()


def test_an_old_style_folder_that_could_not_be_moved_at_once_is_emptied_later(county, tmp_path, windows_sharing):
    import hashlib

    path = (tmp_path / "survey.db").resolve()
    legacy = tmp_path / "data" / "backups" / f"survey-{hashlib.sha256(str(path).encode()).hexdigest()[:8]}"
    made = backups.make_backup(county, "manual")  # the new folder exists already
    legacy.mkdir(parents=True)
    old = legacy / "20261101-080000-daily.db"
    old.write_bytes(made.read_bytes())
    windows_sharing.hold(old)  # a scanner has it open: it cannot move yet
    assert len(backups.list_backups(county)) == 1 and old.exists()
    windows_sharing.release(old)
    assert len(backups.list_backups(county)) == 2 and not legacy.exists()


def test_a_damaged_database_is_named_and_neither_backed_up_nor_imported_into(tmp_path):
    """Found in the attack on format 1: a damaged database made every incoming file "rejected", and the backup
    before each import copied the damage, so after ten imports every kept backup was damaged."""
    db = tmp_path / "county.db"
    write_demo(db, 20, 3, until=date(2026, 11, 20))
    storage = Storage.open(db)
    good = backups.make_backup(storage, "manual")
    storage.close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=DELETE")
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    page = conn.execute("SELECT pageno FROM dbstat WHERE name = 'daily_minutes' AND pagetype = 'leaf' "
                        "LIMIT 1 OFFSET 3").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    data[(page - 1) * size + 100:(page - 1) * size + 400] = b"\xab" * 300
    db.write_bytes(bytes(data))

    storage = Storage.open(db)
    before = sorted(p.name for p in good.parent.iterdir())
    files = write_demo_files(tmp_path / "in", 2, seed=5, until=date(2026, 11, 20))
    with pytest.raises(backups.DatabaseDamaged) as damaged:
        import_paths(storage, files, accept_new_waves=True, today=date(2026, 11, 22))
    assert str(db) in damaged.value.message and good.name in damaged.value.advice
    assert sorted(p.name for p in good.parent.iterdir()) == before  # no copy of the damage pushed a good one out
    storage.close()
