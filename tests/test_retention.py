"""A wave's answers are kept until its date, then destroyed beyond recovery, with a record that stays."""

from datetime import date
from pathlib import Path

import pytest

from burden_survey.store import audit, backups
from burden_survey.cli.demo import write_demo, write_demo_files
from burden_survey.system.errors import BurdenSurveyError
from burden_survey.survey_files.filestore import export_response
from burden_survey.survey_files.importer import import_paths
from burden_survey.survey.model import Quota, Tool
from burden_survey.store.retention import destroy_due, destruction_records, due_waves, set_retain_until, wave_retention
from burden_survey.store.storage import Storage
from burden_survey.survey.survey_file import Wave

OLD_WAVE = Wave("XS2025A", "锡山区2025年第四季度", "2026.1")
NEW_WAVE = Wave("XS2026A", "锡山区2026年第四季度", "2026.1")
DAY = date(2026, 11, 20)
OLD_NOTE = "只在旧批次里写过的备注：镇里每天要截图三次"
NEW_NOTE = "新批次的备注：网格群晚上十点还在接龙"


def cadre_file(folder: Path, seed: int, wave: Wave, note: str, name: str = "") -> tuple[Path, str]:
    """A cadre's survey file for `wave` with a tool and a quota whose notes only this cadre wrote."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / f"cadre{seed}.db"
    if not db.exists():
        write_demo(db, 1, seed, until=DAY, days=7, apps=(3, 4), groups=(2, 3))
    cadre = Storage.open(db)
    try:
        if note:
            cadre.save_tool(Tool(name=f"专用打卡{seed}", kind="mini_program", note=note))
            cadre.save_quota(Quota(tool_name=f"专用打卡{seed}", target_count=50, note=note))
        path = folder / (name or f"cadre{seed}-{wave.id}.bsurvey")
        manifest = export_response(cadre, wave, path)
    finally:
        cadre.close()
    return path, manifest.responses[0].respondent_id


class County:
    """A supervisor's database holding answers to an old and a new wave, with backups made along the way."""

    def __init__(self, storage: Storage, folder: Path):
        self.storage = storage
        old_file, self.old_id = cadre_file(folder / "old", 1, OLD_WAVE, OLD_NOTE)
        self.old_demo = write_demo_files(folder / "old-demo", 3, seed=5, until=DAY, wave=OLD_WAVE, days=7,
                                         apps=(2, 3), groups=(1, 2))
        new_file, self.new_id = cadre_file(folder / "new", 2, NEW_WAVE, NEW_NOTE)
        import_paths(storage, [old_file, *self.old_demo], accept_new_waves=True)
        # The same cadre sends a second version: the first goes to the history, both hold the note.
        again, _ = cadre_file(folder / "old", 1, OLD_WAVE, "", name="again.bsurvey")
        import_paths(storage, [again, new_file], accept_new_waves=True)
        backups.make_backup(storage, "manual")
        backups.daily_backup_if_due(storage)
        self.old_ids = [r[0] for r in storage.db.execute("SELECT id FROM respondent WHERE wave_id = ?", [OLD_WAVE.id])]


@pytest.fixture
def county(storage, tmp_path):
    return County(storage, tmp_path / "files")


def every_byte(storage: Storage) -> bytes:
    """The database file, its write-ahead log, every backup of it and any copy made before a schema upgrade."""
    path = Path(storage.path)
    files = [path, Path(f"{path}-wal"), *path.parent.glob("*.bak"), *backups.backup_folder(storage).glob("*")]
    return b"".join(f.read_bytes() for f in files if f.is_file())


def test_a_wave_gets_a_retention_date_and_the_audit_log_says_so(county, storage):
    set_retain_until(storage, OLD_WAVE.id, date(2026, 12, 31))

    waves = {w.wave_id: w for w in wave_retention(storage)}
    assert waves[OLD_WAVE.id].retain_until == date(2026, 12, 31)
    assert waves[OLD_WAVE.id].responses == 4
    assert waves[NEW_WAVE.id].retain_until is None
    line = audit.entries(storage, "retention")[0]
    assert line.wave_id == OLD_WAVE.id and "2026-12-31" in line.detail


def test_a_wave_is_due_only_after_its_date_and_only_while_it_holds_answers(county, storage):
    set_retain_until(storage, OLD_WAVE.id, date(2026, 12, 31))

    assert due_waves(storage, date(2026, 12, 31)) == []  # the last day is still kept
    assert [w.wave_id for w in due_waves(storage, date(2027, 1, 1))] == [OLD_WAVE.id]
    set_retain_until(storage, OLD_WAVE.id, None)
    assert due_waves(storage, date(2030, 1, 1)) == []


def test_an_unknown_wave_cannot_get_a_date(storage):
    with pytest.raises(BurdenSurveyError, match="没有调查批次「NOPE」"):
        set_retain_until(storage, "NOPE", date(2026, 12, 31))


def test_destruction_leaves_no_trace_of_the_wave_in_the_file_its_log_or_any_backup(county, storage, tmp_path):
    assert backups.list_backups(storage)  # made by hand and daily: they hold the old answers
    before = every_byte(storage)
    assert county.old_id.encode() in before and OLD_NOTE.encode() in before  # the search itself finds things
    set_retain_until(storage, OLD_WAVE.id, date(2026, 12, 31))

    records = destroy_due(storage, today=date(2027, 1, 1))

    after = every_byte(storage)
    for secret in [OLD_NOTE, *county.old_ids]:
        assert secret.encode() not in after, secret
    assert NEW_NOTE.encode() in after and county.new_id.encode() in after
    [record] = records
    assert (record.wave_id, record.wave_title, record.retain_until) == (OLD_WAVE.id, OLD_WAVE.title, date(2026, 12, 31))
    assert record.responses == 4
    assert record.rows_deleted > 4 * 5  # respondents, tools, minutes, answers, summaries, the old version
    assert record.backups_removed == 2  # the manual and the daily one (an import makes none)
    assert not Path(f"{storage.path}-wal").exists() or Path(f"{storage.path}-wal").stat().st_size < 100_000


def test_other_waves_are_untouched_and_a_fresh_backup_holds_them(county, storage):
    new_before = storage.db.execute("SELECT count(*) FROM tool t JOIN respondent r ON r.id = t.respondent_id "
                                    "WHERE r.wave_id = ?", [NEW_WAVE.id]).fetchone()
    set_retain_until(storage, OLD_WAVE.id, date(2026, 12, 31))

    destroy_due(storage, today=date(2027, 1, 1))

    assert storage.counts()["respondents"] == 1
    assert storage.db.execute("SELECT count(*) FROM tool t JOIN respondent r ON r.id = t.respondent_id "
                              "WHERE r.wave_id = ?", [NEW_WAVE.id]).fetchone() == new_before
    [fresh] = backups.list_backups(storage)
    assert fresh.reason == "daily" and fresh.respondents == 1
    assert storage.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_wave_and_its_record_stay_but_its_key_cannot_decrypt_any_more(county, storage):
    storage.db.execute("INSERT INTO wave_key (wave_id, key_id, public_key, private_key, created_at) "
                       "VALUES (?, 'K1', 'PUBLIC', 'PRIVATE', '2026-01-01')", [OLD_WAVE.id])
    storage.db.conn.commit()
    set_retain_until(storage, OLD_WAVE.id, date(2026, 12, 31))

    destroy_due(storage, today=date(2027, 1, 1))

    assert OLD_WAVE.id in [w.id for w in storage.list_waves()]
    assert storage.db.execute("SELECT public_key, private_key FROM wave_key").fetchone() == ("PUBLIC", None)
    [record] = destruction_records(storage)
    assert record.responses == 4
    line = audit.entries(storage, "destroy")[0]
    assert line.wave_id == OLD_WAVE.id and "4 份答卷" in line.detail


def test_nothing_is_destroyed_before_the_date_and_a_second_run_finds_nothing_more(county, storage):
    set_retain_until(storage, OLD_WAVE.id, date(2026, 12, 31))

    assert destroy_due(storage, today=date(2026, 12, 31)) == []
    assert storage.counts()["respondents"] == 5
    assert len(destroy_due(storage, today=date(2027, 1, 1))) == 1
    assert destroy_due(storage, today=date(2027, 1, 2)) == []
    assert len(destruction_records(storage)) == 1


def test_an_in_memory_database_is_destroyed_all_the_same():
    storage = Storage.in_memory()
    storage.add_wave(OLD_WAVE)
    set_retain_until(storage, OLD_WAVE.id, date(2026, 12, 31))

    assert destroy_due(storage, date(2027, 1, 1)) == []  # no answers: nothing to destroy, no record
    assert destruction_records(storage) == []


def test_a_late_file_for_a_wave_past_its_date_is_refused_not_brought_back(storage, tmp_path):
    late, _ = cadre_file(tmp_path / "late", 3, OLD_WAVE, OLD_NOTE)
    storage.add_wave(OLD_WAVE)
    set_retain_until(storage, OLD_WAVE.id, date(2026, 10, 31))
    report = import_paths(storage, [late], today=DAY)
    assert [r.status for r in report.results] == ["rejected"]
    assert "保留期限（至 2026-10-31）已过" in report.results[0].reason
    assert storage.counts()["respondents"] == 0
