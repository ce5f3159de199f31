"""When the supervisor's own disk fails mid-import: every file gets a line, one message says why, the batch closes."""

import subprocess

import pytest
from test_import import TODAY, WAVE, Cadre

from burden_survey.store.storage import Storage
from burden_survey.survey_files.importer import NOT_DONE, import_history, import_paths
from burden_survey.system.errors import DatabaseUnavailable


@pytest.fixture
def files(tmp_path):
    made = [Cadre(tmp_path / "cadres", seed) for seed in range(1, 7)]  # more than the slack in the last pages
    paths = [cadre.export() for cadre in made]
    for cadre in made:
        cadre.storage.close()
    return paths


def fill_the_disk(storage) -> None:
    """SQLite's own limit on the file's pages: writes then fail exactly as on a full disk (SQLITE_FULL)."""
    storage.db.execute("VACUUM")  # no free pages left inside the file either
    pages = storage.db.execute("PRAGMA page_count").fetchone()[0]
    storage.db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_gives_every_file_a_line_one_message_and_a_closed_batch(storage, files):
    """Before: the friendly message was hidden behind a second 'disk full' error and the batch stayed open."""
    storage.add_wave(WAVE)
    import_paths(storage, files[:1], today=TODAY)
    before = storage.db.execute("SELECT count(*) FROM respondent").fetchone()[0]
    fill_the_disk(storage)

    report = import_paths(storage, files, today=TODAY)

    assert "磁盘空间已满" in report.stopped and "再导入一次" in report.stopped
    assert [r.name for r in report.results] == [str(p) for p in files]
    statuses = [r.status for r in report.results]
    stop = next(i for i, r in enumerate(report.results) if r.reason == NOT_DONE)
    assert statuses[0] == "duplicate" and 0 < stop  # what was done before the disk filled is kept
    assert all(r.reason == NOT_DONE for r in report.results[stop:])  # the file in hand and the rest: untouched
    imported = statuses.count("imported")
    assert storage.db.execute("SELECT count(*) FROM respondent").fetchone()[0] == before + imported

    storage.db.execute("PRAGMA max_page_count = 1073741823")  # space was made
    again = import_paths(storage, files, today=TODAY)
    rest = len(files) - 1 - imported
    assert [r.status for r in again.results] == ["duplicate"] * (1 + imported) + ["imported"] * rest
    assert not again.stopped
    assert all(batch["finished_at"] for batch in import_history(storage))  # the stopped one was closed too
    assert import_history(storage)[1]["cancelled"]


def _immutable(folder, on: bool) -> bool:
    try:
        return subprocess.run(["chattr", "+i" if on else "-i", str(folder)], capture_output=True).returncode == 0
    except OSError:
        return False


def test_a_database_in_a_read_only_folder_is_called_read_only_not_damaged(tmp_path):
    """Before: 'not our data file, or damaged; restore a backup' — which would send the user to overwrite it."""
    folder = tmp_path / "只读"
    folder.mkdir()
    Storage.open(folder / "county.db").close()
    if not _immutable(folder, True):
        pytest.skip("chattr cannot make a folder read-only here (root ignores permissions)")
    try:
        with pytest.raises(DatabaseUnavailable) as refused:
            Storage.open(folder / "county.db")
    finally:
        _immutable(folder, False)
    assert "只读" in refused.value.message and "备份" not in str(refused.value)
