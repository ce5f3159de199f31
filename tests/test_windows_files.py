"""When antivirus or Windows holds a file for a moment, exports, imports, backups and retention wait and go on."""

import os
import time
from pathlib import Path

import pytest
from test_import import TODAY, WAVE, Cadre
from test_import_sealed import PASSPHRASE, ring

from burden_survey.store import backups, retention

from burden_survey.system import connections, fileops, scratch

from burden_survey.survey_files import crypto
from burden_survey.survey_files.filestore import ExportFailed, export_response
from burden_survey.survey_files.importer import import_paths
from burden_survey.store.storage import Storage
from burden_survey.survey_files.wave_file import load_wave_file, write_wave_file
from burden_survey.survey_files.wave_keys import create_wave_key


@pytest.fixture
def cadre(tmp_path):
    made = Cadre(tmp_path / "cadre", 1)
    yield made
    made.storage.close()


def test_a_rename_waits_while_another_handle_holds_the_file_for_a_moment(tmp_path, windows_sharing):
    source, target = tmp_path / "a.part", tmp_path / "a.bsurvey"
    source.write_bytes(b"answers")
    windows_sharing.hold(source, seconds=0.3)
    fileops.replace(source, target)
    assert target.read_bytes() == b"answers" and not source.exists()
    assert windows_sharing.refused  # it was refused at first, as Windows would


def test_a_file_held_for_good_gives_up_after_a_few_tries_with_the_systems_reason(tmp_path, windows_sharing):
    path = tmp_path / "held.db"
    path.write_bytes(b"x")
    windows_sharing.hold(path)
    with pytest.raises(PermissionError):
        fileops.unlink(path)
    assert len(windows_sharing.refused) == len(fileops.RETRY_DELAYS) + 1
    assert fileops.try_unlink(path) is False and path.exists()


def test_an_export_succeeds_when_antivirus_scans_the_new_file_before_it_is_renamed(cadre, windows_sharing):
    windows_sharing.scan_new_files("*.part", seconds=0.3)
    path = cadre.export()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    assert list(path.parent.glob("*.part")) == []


def test_a_sealed_export_that_cannot_be_renamed_leaves_nothing_readable_on_the_stick(tmp_path, windows_sharing,
                                                                                   monkeypatch):
    organiser = Storage.open(tmp_path / "organiser.db")
    organiser.add_wave(WAVE)
    create_wave_key(organiser, WAVE.id, PASSPHRASE)
    write_wave_file(organiser, WAVE.id, tmp_path / "wave.bwave")
    cadre = Cadre(tmp_path / "cadre", 2)
    load_wave_file(cadre.storage, tmp_path / "wave.bwave")
    stick = tmp_path / "stick"
    stick.mkdir()
    windows_sharing.scan_new_files("answers.bsurvey.*.part", seconds=None)  # never lets go
    built_in = []  # where the plain file is built (the old code built it as <name>.part on the stick)
    real_attach = connections.attach

    def attach(conn, path, alias, **options):
        built_in.append(Path(path).parent)
        return real_attach(conn, path, alias, **options)

    monkeypatch.setattr(connections, "attach", attach)
    try:
        with pytest.raises(ExportFailed, match="其他程序"):
            export_response(cadre.storage, WAVE, stick / "answers.bsurvey")
        assert built_in and stick not in built_in
        leftovers = list(stick.iterdir())
        assert [p.suffix for p in leftovers] == [".part"]  # held: it stays, sealed
        assert leftovers[0].read_bytes().startswith(crypto.MAGIC)
    finally:
        cadre.storage.close()
        organiser.close()


def test_an_export_still_works_after_a_clean_up_tool_emptied_the_template_folder(cadre, tmp_path):
    cadre.export("first.bsurvey")
    templates = tmp_path / "data" / "templates"
    for made in templates.iterdir():
        made.unlink()  # what 360 清理 or Storage Sense does to %TEMP% mid-run
    second = cadre.export("second.bsurvey")
    assert second.read_bytes().startswith(b"SQLite format 3\x00") and list(templates.glob("*.bsurvey"))


def test_a_held_decrypted_copy_neither_stops_the_import_nor_survives_the_next_start(tmp_path, windows_sharing):
    organiser = Storage.open(tmp_path / "organiser.db")
    organiser.add_wave(WAVE)
    create_wave_key(organiser, WAVE.id, PASSPHRASE)
    write_wave_file(organiser, WAVE.id, tmp_path / "wave.bwave")
    files = []
    for seed in (3, 4):
        cadre = Cadre(tmp_path / "cadres", seed)
        load_wave_file(cadre.storage, tmp_path / "wave.bwave")
        files.append(cadre.export())
        cadre.storage.close()
    windows_sharing.scan_new_files("0*.bsurvey", seconds=None)  # the decrypted copies in the scratch folder
    try:
        report = import_paths(organiser, files, today=TODAY, keys=ring(organiser))
        assert [r.status for r in report.results] == ["imported", "imported"]
        left = list(scratch.root().iterdir())
        assert left  # held, so still there
        windows_sharing.release_all()
        assert scratch.clean_leftovers() == 0  # made a moment ago: perhaps not locked yet, so left alone
        for folder in left:
            os.utime(folder, (time.time() - 3600, time.time() - 3600))  # the next start, later
        assert scratch.clean_leftovers() == len(left) and list(scratch.root().iterdir()) == []
    finally:
        organiser.close()


def test_a_scratch_folder_in_use_is_not_cleaned_by_another_start(tmp_path):
    with scratch.ScratchFolder("import") as busy:
        busy.file("a.bsurvey").write_bytes(b"x")
        assert scratch.clean_leftovers() == 0 and busy.file("a.bsurvey").exists()
    assert not busy.path.exists()


def test_a_backup_waits_for_a_scanner_instead_of_failing(tmp_path, windows_sharing):
    """(An import makes no backup since issue 17; the daily and manual ones still meet the scanner.)"""
    county = Storage.open(tmp_path / "county.db")
    cadre = Cadre(tmp_path / "cadres", 5)
    try:
        import_paths(county, [cadre.export()], accept_new_waves=True, today=TODAY)
        windows_sharing.scan_new_files("*-manual.db.part", seconds=0.3)
        made = backups.make_backup(county, "manual")
        assert made.exists() and [b.reason for b in backups.list_backups(county)] == ["manual"]
    finally:
        cadre.storage.close()
        county.close()


def test_backups_of_destroyed_answers_that_another_program_holds_are_deleted_at_the_next_start(tmp_path,
                                                                                              windows_sharing):
    county = Storage.open(tmp_path / "county.db")
    cadre = Cadre(tmp_path / "cadres", 7)
    try:
        import_paths(county, [cadre.export()], accept_new_waves=True, today=TODAY)
        held = backups.make_backup(county, "manual")
        retention.set_retain_until(county, WAVE.id, TODAY)
        windows_sharing.hold(held)  # a scanner or a sync client has it open
        started = time.monotonic()
        [record] = retention.destroy_due(county, date_after(TODAY))
        assert held.exists() and "下次启动" in record.note, record.note
        assert time.monotonic() - started < 30
        windows_sharing.release(held)
        assert backups.retry_pending(county) == 0 and not held.exists()
    finally:
        cadre.storage.close()
        county.close()


def test_the_remembered_deletions_of_a_doctored_file_cannot_delete_anything_else(storage, tmp_path):
    precious = tmp_path / "报告.docx"
    precious.write_bytes(b"not ours")
    storage.set_setting(backups.PENDING_KEY, f'["{precious}", "{tmp_path / "survey.db"}"]')
    assert backups.retry_pending(storage) == 0
    assert precious.exists() and (tmp_path / "survey.db").exists()


def date_after(day):
    from datetime import timedelta

    return day + timedelta(days=1)


def test_removing_a_scratch_folder_removes_a_link_inside_it_never_what_it_points_at(tmp_path):
    """A link (on Windows also a junction) planted in a scratch folder must not empty the folder it points to."""
    precious = tmp_path / "文档"
    precious.mkdir()
    (precious / "报告.docx").write_bytes(b"keep")
    with scratch.ScratchFolder("import") as folder:
        (folder.path / "sub").mkdir()
        (folder.path / "sub" / "link").symlink_to(precious, target_is_directory=True)
    assert not folder.path.exists() and (precious / "报告.docx").read_bytes() == b"keep"
