"""A cadre's survey file: the app's schema plus a manifest, the newest answers only, nothing that names anyone."""

import re
import sqlite3
from datetime import date

from burden_survey.survey_files.content import fingerprint, response_content
from burden_survey.survey_files.filestore import export_aggregate, export_response, read_manifest
from burden_survey.survey.model import Profile, RuleAnswer, Tool
from burden_survey.survey.survey_file import Wave, default_file_name

WAVE = Wave("XS2026A", "锡山区2026年第四季度", "2026.1", date(2026, 11, 1), date(2026, 11, 30))
TODAY = date(2026, 11, 22)


def open_file(path):
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)


def fill(storage):
    storage.save_profile(Profile(county_code="320205", township_name="东港镇", unit_type="township_organ"))
    kept = storage.save_tool(Tool("学习强国", actions=["points"])).id
    gone = storage.save_tool(Tool("已删除的群", kind="work_group")).id
    storage.set_minutes_many([(kept, date(2026, 11, 20), 30), (kept, date(2026, 10, 30), 99), (gone, date(2026, 11, 20), 5)],
                             today=TODAY)
    storage.delete_tool(gone)
    storage.save_answer(RuleAnswer("Q15", "yes", {"systems": 3}))


def test_an_exported_file_holds_the_answers_of_the_wave_and_a_manifest(storage, tmp_path):
    fill(storage)
    manifest = export_response(storage, WAVE, tmp_path / "a.bsurvey")
    conn = open_file(tmp_path / "a.bsurvey")
    assert read_manifest(conn) == manifest
    assert (manifest.kind, manifest.wave_id, manifest.division) == ("response", "XS2026A", "320205")
    assert conn.execute("SELECT name FROM tool").fetchall() == [("学习强国",)]  # the deleted group stays home
    assert conn.execute("SELECT day, minutes FROM daily_minutes").fetchall() == [("2026-11-20", 30)]  # in the period
    assert conn.execute("SELECT township_name, wave_id FROM respondent").fetchall() == [("东港镇", "XS2026A")]
    response = manifest.responses[0]
    assert fingerprint(response_content(conn, "main", response.respondent_id)) == response.content_sha256
    assert not (tmp_path / "a.bsurvey.part").exists()


def test_the_file_carries_a_random_id_per_wave_not_the_cadres_own(storage, tmp_path):
    fill(storage)
    first = export_response(storage, WAVE, tmp_path / "a.bsurvey").responses[0]
    other = export_response(storage, Wave("XS2027A", "下一批", "2026.1"), tmp_path / "b.bsurvey").responses[0]
    assert storage.self_id not in (first.respondent_id, other.respondent_id)
    assert first.respondent_id != other.respondent_id


def test_exporting_again_is_a_new_revision_of_the_same_response(storage, tmp_path):
    fill(storage)
    first = export_response(storage, WAVE, tmp_path / "a.bsurvey").responses[0]
    same = export_response(storage, WAVE, tmp_path / "b.bsurvey").responses[0]
    storage.save_answer(RuleAnswer("Q1", "no"))
    changed = export_response(storage, WAVE, tmp_path / "c.bsurvey").responses[0]
    assert (first.revision, same.revision, changed.revision) == (1, 2, 3)
    assert first.respondent_id == same.respondent_id == changed.respondent_id
    assert first.content_sha256 == same.content_sha256 != changed.content_sha256


def test_the_file_has_no_table_or_column_for_names_phones_or_id_numbers(storage, tmp_path):
    fill(storage)
    export_response(storage, WAVE, tmp_path / "a.bsurvey")
    conn = open_file(tmp_path / "a.bsurvey")
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    columns = {c[1] for t in tables for c in conn.execute(f"PRAGMA table_info({t})")}
    assert not columns & {"name_of_person", "phone", "id_number", "姓名", "电话"}
    assert conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 0


def test_the_default_file_name_names_the_place_and_date_not_a_person():
    name = default_file_name("320205", "东港镇", "XS2026A", TODAY, suffix="3F2A91")
    assert name == "江苏省无锡市锡山区-东港镇-XS2026A-20261122-3F2A91.bsurvey"


def test_every_default_file_name_ends_in_a_fresh_random_suffix():
    names = {default_file_name("320205", "东港镇", "XS2026A", TODAY) for _ in range(50)}
    assert len(names) == 50
    assert all(re.fullmatch(r"江苏省无锡市锡山区-东港镇-XS2026A-20261122-[0-9A-F]{6}\.bsurvey", n) for n in names)


def test_an_aggregate_lists_every_response_with_its_fingerprint(storage, tmp_path):
    fill(storage)
    storage.add_wave(WAVE)
    storage.db.execute("UPDATE respondent SET wave_id = ?, revision = 1", [WAVE.id])
    storage.db.conn.commit()
    content = response_content(storage.db.conn, "main", storage.self_id)
    storage.db.execute("UPDATE respondent SET content_sha256 = ?", [fingerprint(content)])
    storage.db.conn.commit()
    manifest = export_aggregate(storage, WAVE.id, tmp_path / "county.bsurvey", division="320205")
    conn = open_file(tmp_path / "county.bsurvey")
    assert manifest.kind == "aggregate" and len(manifest.responses) == 1
    assert fingerprint(response_content(conn, "main", storage.self_id)) == manifest.responses[0].content_sha256


def test_files_from_one_pc_carry_no_time_that_would_link_them_across_waves(storage, tmp_path):
    """The empty file every export starts from is kept between runs: its schema history must not say when."""
    from burden_survey.survey_files import filestore

    fill(storage)
    export_response(storage, WAVE, tmp_path / "a.bsurvey")
    for template in (tmp_path / "data" / "templates").iterdir():
        template.unlink()  # made again, at another time, as after an update
    export_response(storage, Wave("XS2027A", "下一批次", "2026.1"), tmp_path / "b.bsurvey")
    histories = [open_file(tmp_path / name).execute("SELECT DISTINCT applied_at FROM _sqlite_migrations").fetchall()
                 for name in ("a.bsurvey", "b.bsurvey")]
    assert histories == [[(filestore.SCHEMA_TIME,)]] * 2
    ids = [open_file(tmp_path / name).execute("SELECT id FROM respondent").fetchone() for name in ("a.bsurvey", "b.bsurvey")]
    assert ids[0] != ids[1]  # a fresh random id per wave, and nothing else in common that is about this PC


def test_an_export_whose_commit_fails_leaves_the_database_ready_for_the_next(storage, tmp_path):
    from burden_survey.survey_files.filestore import ExportFailed

    fill(storage)

    class FailingCommit:
        """The connection as it is, but its next COMMIT fails as a full disk makes it fail."""

        def __init__(self, conn):
            self.conn, self.failed = conn, False

        def execute(self, sql, *args):
            if sql == "COMMIT" and not self.failed:
                self.failed = True
                raise sqlite3.OperationalError("database or disk is full")
            return self.conn.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self.conn, name)

    real = storage.db.conn
    storage.db.conn = FailingCommit(real)
    try:
        try:
            export_response(storage, WAVE, tmp_path / "a.bsurvey")
            raise AssertionError("the export should have failed")
        except ExportFailed as failed:
            assert "无法在本机写完导出文件" in failed.message
    finally:
        storage.db.conn = real
    assert not real.in_transaction and "survey_out" not in [r[1] for r in real.execute("PRAGMA database_list")]
    export_response(storage, WAVE, tmp_path / "b.bsurvey")
    assert (tmp_path / "b.bsurvey").exists() and not (tmp_path / "a.bsurvey").exists()
