"""Files written before a field was added keep importing; files from a newer program ask for an upgrade."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from burden_survey.survey import choices, fields, questions, survey_file

from burden_survey.store import response_tables
from burden_survey.survey_files import content, importer_values

from burden_survey.store import migrations as schema
from burden_survey.cli.demo import write_demo
from later_schema import extended
from burden_survey.survey_files.filestore import export_aggregate, export_response, read_manifest
from burden_survey.survey_files.importer import import_paths
from burden_survey.survey.model import Quota, Tool
from burden_survey.store.storage import Storage
from burden_survey.survey.survey_file import Wave

WAVE = Wave("XS2026A", "锡山区2026年第四季度", "2026.1")
DAY, TODAY = date(2026, 11, 20), date(2026, 11, 22)
CODEBOOKS = sorted((Path(__file__).parent / "data").glob("codebook-*.json"))
CURRENT = content.CONTENT_VERSION  # what this program's files carry
NEXT = CURRENT + 1  # the next program's
PHONE_MINUTES = fields.Field("phone_minutes", "其中在手机上的分钟", fields.INT, low=0, high=600, section="opinion",
                             since=NEXT)


def cadre_file(folder: Path, seed: int) -> Path:
    """One cadre's answers exported as a survey file by this program."""
    folder.mkdir(parents=True, exist_ok=True)
    write_demo(folder / f"cadre{seed}.db", 1, seed, until=DAY, days=7, apps=(3, 4), groups=(2, 3))
    storage = Storage.open(folder / f"cadre{seed}.db")
    try:
        export_response(storage, WAVE, folder / f"cadre{seed}.bsurvey")
    finally:
        storage.close()
    return folder / f"cadre{seed}.bsurvey"


@pytest.fixture
def upgrade(monkeypatch):
    """Turns this program into its next version: a per-tool field added through a real migration, in the field
    table, and in the content (the next version)."""
    def m900_phone_minutes(db):
        db.execute("ALTER TABLE tool ADD COLUMN phone_minutes INTEGER")

    def to_the_next_version() -> None:
        monkeypatch.setattr(schema, "migrations", extended("m900_phone_minutes", m900_phone_minutes))
        monkeypatch.setattr(fields, "RECORDS", {**fields.RECORDS, "tool": (*fields.TOOL_FIELDS, PHONE_MINUTES)})
        monkeypatch.setattr(content, "CONTENT_VERSION", NEXT)

    return to_the_next_version


def manifest_of(path: Path) -> dict:
    return dict(sqlite3.connect(path).execute("SELECT key, value FROM manifest").fetchall())


def rewrite(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_the_field_tables_declare_every_field_of_the_records():
    assert fields.covers(fields.TOOL_FIELDS, Tool) and fields.covers(fields.QUOTA_FIELDS, Quota)
    assert all(f.kind in fields.KINDS for table in fields.RECORDS.values() for f in table)
    assert all(f.vocabulary is not None for table in fields.RECORDS.values() for f in table if f.kind == fields.CODES)


def test_version_1_covers_exactly_the_fields_declared_since_version_1_in_their_order():
    for table, declared in fields.RECORDS.items():
        pinned = [c for c in content.columns(table, 1) if c != "wave_id"]
        assert pinned == [f.key for f in declared if f.since == 1], table
    assert all(f.since <= content.CONTENT_VERSION for table in fields.RECORDS.values() for f in table)


def test_a_file_written_before_a_content_column_was_added_still_imports(tmp_path, upgrade):
    old_files = [cadre_file(tmp_path / "old", seed) for seed in range(1, 7)]
    upgrade()
    supervisor = Storage.open(tmp_path / "supervisor.db")  # the later program's own database
    supervisor.add_wave(WAVE)
    assert "phone_minutes" in {c.name for c in supervisor.db["tool"].columns}

    report = import_paths(supervisor, old_files, today=TODAY)

    assert [r.status for r in report.results] == ["imported"] * 6
    # What refused every one of them before: a fingerprint over today's columns is not the one the file carries.
    [(rid, sha)] = supervisor.db.execute("SELECT id, content_sha256 FROM respondent LIMIT 1").fetchall()
    assert content.fingerprint_of(supervisor.db.conn, "main", rid) != sha
    assert content.fingerprint_of(supervisor.db.conn, "main", rid, version=CURRENT) == sha


def test_a_file_with_the_new_column_carries_its_version_and_its_value_arrives(tmp_path, upgrade):
    old = cadre_file(tmp_path / "old", 1)
    upgrade()
    folder = tmp_path / "new"
    write_demo(folder / "cadre.db", 1, 3, until=DAY, days=7, apps=(3, 4), groups=(2, 3))
    cadre = Storage.open(folder / "cadre.db")  # migrated by the later program
    cadre.db.execute("UPDATE tool SET phone_minutes = 25")
    cadre.db.conn.commit()
    export_response(cadre, WAVE, folder / "new.bsurvey")
    cadre.close()
    supervisor = Storage.open(tmp_path / "supervisor.db")
    supervisor.add_wave(WAVE)

    [new_sha] = [r.content_sha256 for r in read_manifest(sqlite3.connect(folder / "new.bsurvey")).responses]
    assert content.version_of(new_sha) == NEXT and new_sha.startswith(f"{NEXT}:")
    report = import_paths(supervisor, [folder / "new.bsurvey", old], today=TODAY)
    assert [r.status for r in report.results] == ["imported", "imported"]
    assert {m for (m,) in supervisor.db.execute("SELECT DISTINCT phone_minutes FROM tool")} == {25, None}

    # An aggregate mixes both versions; the level above checks each response by its own.
    export_aggregate(supervisor, WAVE.id, tmp_path / "township.bsurvey")
    city = Storage.open(tmp_path / "city.db")
    city.add_wave(WAVE)
    [result] = import_paths(city, [tmp_path / "township.bsurvey"], today=TODAY).results
    assert (result.status, result.responses) == ("imported", 2)


def test_a_response_of_a_newer_content_version_asks_for_an_upgrade(tmp_path, storage):
    path = cadre_file(tmp_path / "files", 1)
    [response] = read_manifest(sqlite3.connect(path)).responses
    newer = f"{NEXT}:{response.content_sha256.split(':')[-1]}"
    rewrite(path, f"UPDATE manifest_response SET content_sha256 = '{newer}'",
            f"UPDATE respondent SET content_sha256 = '{newer}'")
    storage.add_wave(WAVE)
    [result] = import_paths(storage, [path], today=TODAY).results
    assert result.status == "rejected" and "请升级本程序" in result.reason


@pytest.mark.parametrize("key, value, words", [
    ("questionnaire", "2027.1", "更新版本的问卷"),
    ("vocabulary", "2026.9", "更新版本的选项"),
    ("vocabulary", "最新", "选项版本「最新」无效"),
])
def test_codes_from_a_newer_questionnaire_or_vocabulary_ask_for_an_upgrade(tmp_path, storage, key, value, words):
    path = cadre_file(tmp_path / "files", 1)
    assert manifest_of(path)[key] == {"questionnaire": questions.QUESTIONNAIRE_VERSION,
                                      "vocabulary": choices.VOCABULARY_VERSION}[key]
    rewrite(path, f"UPDATE manifest SET value = '{value}' WHERE key = '{key}'")
    storage.add_wave(WAVE)
    [result] = import_paths(storage, [path], today=TODAY).results
    assert result.status == "rejected" and words in result.reason
    if survey_file.version_key(value):
        assert "请升级本程序" in result.reason


def test_a_file_from_before_the_manifest_named_its_codes_reads_as_the_first_codebook(tmp_path, storage):
    path = cadre_file(tmp_path / "files", 1)
    rewrite(path, "DELETE FROM manifest WHERE key IN ('questionnaire', 'vocabulary')")
    storage.add_wave(WAVE)
    [result] = import_paths(storage, [path], today=TODAY).results
    assert result.status == "imported"
    assert read_manifest(sqlite3.connect(path)).vocabulary == survey_file.FIRST_CODEBOOK


@pytest.mark.parametrize("codebook", CODEBOOKS, ids=lambda p: p.stem)
def test_every_code_a_released_version_wrote_is_still_accepted(codebook):
    """Codes are only ever added: an older file's answers mean today what they meant then."""
    written = json.loads(codebook.read_text(encoding="utf-8"))["codes"]
    accepted = importer_values.vocabularies()
    for name, codes in written.items():
        assert set(codes) <= set(accepted[name]), name


def test_a_new_code_comes_with_a_new_vocabulary_version_and_its_codebook():
    newest = json.loads(CODEBOOKS[-1].read_text(encoding="utf-8"))
    assert (newest["vocabulary"], newest["questionnaire"]) == (choices.VOCABULARY_VERSION,
                                                               questions.QUESTIONNAIRE_VERSION), \
        "a version was raised: add tests/data/codebook-<version>.json with its codes"
    assert importer_values.vocabularies() == newest["codes"], \
        "codes changed: raise VOCABULARY_VERSION (or QUESTIONNAIRE_VERSION) and add its codebook"


def test_a_field_that_is_not_asked_is_stored_empty(storage):
    tool = storage.save_tool(Tool(name="学习强国", kind="app", ranked="no", rank_metric="积分", group_size="50_199"))
    assert (tool.rank_metric, tool.group_size) == ("", None)
    assert replace(storage.get_tool(tool.id), id=None) == replace(tool, id=None)


def test_an_older_fingerprint_cannot_carry_values_in_columns_it_does_not_cover(tmp_path, upgrade):
    """Found by the red-team pass: a version-1 fingerprint with a value in a version-2 column let it in unchecked."""
    old = cadre_file(tmp_path / "old", 1)
    upgrade()
    supervisor = Storage.open(tmp_path / "supervisor.db")
    supervisor.add_wave(WAVE)
    forged = tmp_path / "forged.bsurvey"
    forged.write_bytes(old.read_bytes())
    Storage.open(forged, identity=False).close()  # migrated by the later program, as an attacker could
    rewrite(forged, "UPDATE tool SET phone_minutes = 599")
    [result] = import_paths(supervisor, [forged], today=TODAY).results
    assert result.status == "rejected" and "tool.phone_minutes" in result.reason
    [result] = import_paths(supervisor, [old], today=TODAY).results  # the same file as written: still fine
    assert result.status == "imported"


@pytest.mark.parametrize("table, key", [("manifest_response", "content_sha256"), ("manifest", "value")])
def test_a_value_with_a_trailing_line_break_is_not_a_fingerprint_or_a_version(tmp_path, storage, table, key):
    path = cadre_file(tmp_path / "files", 1)
    conn = sqlite3.connect(path)
    if table == "manifest":
        conn.execute("UPDATE manifest SET value = value || char(10) WHERE key = 'vocabulary'")
    else:
        conn.execute("UPDATE manifest_response SET content_sha256 = content_sha256 || char(10)")
        conn.execute("UPDATE respondent SET content_sha256 = content_sha256 || char(10)")
    conn.commit()
    conn.close()
    storage.add_wave(WAVE)
    [result] = import_paths(storage, [path], today=TODAY).results
    assert result.status == "rejected" and ("格式不对" in result.reason or "无效" in result.reason)


def test_a_crafted_version_is_quoted_without_its_direction_characters(tmp_path, storage):
    path = cadre_file(tmp_path / "files", 1)
    rewrite(path, "UPDATE manifest SET value = 'abc' || char(8238) || 'def' WHERE key = 'questionnaire'")
    storage.add_wave(WAVE)
    [result] = import_paths(storage, [path], today=TODAY).results
    assert result.status == "rejected" and "\u202e" not in result.reason


def test_every_number_field_has_both_limits_or_none():
    """The import rules check a number between its limits: one limit alone would be an SQL error on every file."""
    numbers = [f for table in fields.RECORDS.values() for f in table if f.kind in (fields.INT, fields.NUMBER)]
    assert all((f.low is None) == (f.high is None) for f in numbers)


REMARK = response_tables.ResponseTable("respondent_remark", "补充说明", "respondent", "respondent_id",
                                       soft_deleted=False, own_id=False, since=NEXT)


@pytest.fixture
def upgrade_with_a_table(monkeypatch):
    """Turns this program into its next version: a content table (a remark per topic) added through a real
    migration, in the list of response tables and in the content (the next version)."""
    def m900_respondent_remark(db):
        db.execute("""CREATE TABLE respondent_remark (respondent_id TEXT NOT NULL REFERENCES respondent(id),
                      topic TEXT NOT NULL, remark TEXT NOT NULL DEFAULT '', PRIMARY KEY (respondent_id, topic))""")

    def to_the_next_version() -> None:
        monkeypatch.setattr(schema, "migrations", extended("m900_respondent_remark", m900_respondent_remark))
        monkeypatch.setattr(response_tables, "RESPONSE_TABLES", (*response_tables.RESPONSE_TABLES, REMARK))
        monkeypatch.setitem(content._PINNED, "respondent_remark", (("topic", "remark"), "topic"))
        monkeypatch.setattr(content, "CONTENT_VERSION", NEXT)

    return to_the_next_version


def test_every_response_table_has_its_pinned_content():
    for table in response_tables.tables():
        assert content.columns(table.name, table.since), table.name
    assert set(content._PINNED) == set(response_tables.names()), "a response table without content: add it to _PINNED"


def test_a_file_written_by_the_first_released_format_imports_with_its_fingerprint(tmp_path, storage):
    """tests/data/written-2026-12.bsurvey was written by the program of December 2026 (one tool and one quota
    deleted): any change to what version 1 covers, or how, refuses it."""
    path = tmp_path / "written.bsurvey"
    path.write_bytes((Path(__file__).parent / "data" / "written-2026-12.bsurvey").read_bytes())
    storage.add_wave(WAVE)
    [result] = import_paths(storage, [path], today=TODAY).results
    assert (result.status, result.responses) == ("imported", 1)
    [(rid, sha)] = storage.db.execute("SELECT id, content_sha256 FROM respondent").fetchall()
    assert content.fingerprint_of(storage.db.conn, "main", rid, version=1) == sha
    counts = [storage.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("tool", "quota", "rule_answer")]
    assert counts == [6, 2, 28]  # live rows only: the deleted ones stayed with the cadre


def test_a_new_content_table_is_fingerprinted_imported_and_passed_up_while_older_files_still_import(
        tmp_path, upgrade_with_a_table):
    old = cadre_file(tmp_path / "old", 1)
    upgrade_with_a_table()
    folder = tmp_path / "new"
    write_demo(folder / "cadre.db", 1, 3, until=DAY, days=7, apps=(3, 4), groups=(2, 3))
    cadre = Storage.open(folder / "cadre.db")  # migrated by the later program
    cadre.db.execute("INSERT INTO respondent_remark (respondent_id, topic, remark) VALUES (?, 'groups', '群太多')",
                     [cadre.self_id])
    cadre.db.conn.commit()
    export_response(cadre, WAVE, folder / "new.bsurvey")
    cadre.close()
    supervisor = Storage.open(tmp_path / "supervisor.db")
    supervisor.add_wave(WAVE)

    report = import_paths(supervisor, [folder / "new.bsurvey", old], today=TODAY)
    assert [r.status for r in report.results] == ["imported", "imported"]
    assert supervisor.db.execute("SELECT topic, remark FROM respondent_remark").fetchall() == [("groups", "群太多")]

    export_aggregate(supervisor, WAVE.id, tmp_path / "township.bsurvey")
    city = Storage.open(tmp_path / "city.db")
    city.add_wave(WAVE)
    [result] = import_paths(city, [tmp_path / "township.bsurvey"], today=TODAY).results
    assert (result.status, result.responses) == ("imported", 2)
    assert city.db.execute("SELECT remark FROM respondent_remark").fetchall() == [("群太多",)]

    # The fingerprint covers the new table: a changed remark is an altered file.
    altered = tmp_path / "altered.bsurvey"
    altered.write_bytes((folder / "new.bsurvey").read_bytes())
    rewrite(altered, "UPDATE respondent_remark SET remark = '群不多'")
    [result] = import_paths(Storage.open(tmp_path / "other.db"), [altered], today=TODAY).results
    assert result.status == "rejected" and "内容与校验值不符" in result.reason


def test_an_older_fingerprint_cannot_carry_rows_of_a_table_it_does_not_cover(tmp_path, upgrade_with_a_table):
    old = cadre_file(tmp_path / "old", 1)
    upgrade_with_a_table()
    forged = tmp_path / "forged.bsurvey"
    forged.write_bytes(old.read_bytes())
    Storage.open(forged, identity=False).close()  # migrated by the later program, as an attacker could
    rewrite(forged, "INSERT INTO respondent_remark SELECT id, 'groups', '伪造' FROM respondent")
    supervisor = Storage.open(tmp_path / "supervisor.db")
    supervisor.add_wave(WAVE)
    [result] = import_paths(supervisor, [forged], today=TODAY).results
    assert result.status == "rejected" and "「补充说明」表" in result.reason
    assert supervisor.db.execute("SELECT count(*) FROM respondent_remark").fetchone()[0] == 0
