"""Files for the level above: the cadre's free text stays with the township, stamps are dates, keyed waves sealed."""

import re
import sqlite3

import pytest
from test_import import TODAY, WAVE, Cadre

from burden_survey.cli.cli import main
from burden_survey.store import audit
from burden_survey.store.storage import Storage
from burden_survey.survey.model import Quota, Tool
from burden_survey.survey_files import content, crypto, signing
from burden_survey.survey_files.filestore import export_aggregate, read_manifest
from burden_survey.survey_files.importer import import_paths
from burden_survey.survey_files.wave_file import load_wave_file, write_wave_file
from burden_survey.survey_files.wave_keys import KeyRing, create_wave_key, unlock_wave, wave_key

NOTE = "张三让我每天截图"
OPEN_ANSWER = "与钉钉上的一表通重复"
PASSPHRASE = "锡山区减负办2026"
TIME_OF_DAY = re.compile(r"[0-9]{2}:[0-9]{2}")


@pytest.fixture
def cadre(tmp_path):
    made = Cadre(tmp_path / "cadres", 1)
    made.storage.save_tool(Tool("网格通", note=NOTE, same_data_as=OPEN_ANSWER))
    made.storage.save_quota(Quota(tool_name="苏服办", note=NOTE))
    yield made
    made.storage.close()


def level(tmp_path, name: str) -> Storage:
    storage = Storage.open(tmp_path / f"{name}.db")
    storage.add_wave(WAVE)
    return storage


def file_text(path) -> list[str]:
    """Every text value of every table of a plain survey file."""
    conn = sqlite3.connect(path)
    values = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            values += [v for v in row if isinstance(v, str)]
    conn.close()
    return values


def stamps(path) -> list[str]:
    """Every value of every time-stamp column (*_at) and of the manifest's created_at."""
    conn = sqlite3.connect(path)
    found = [conn.execute("SELECT value FROM manifest WHERE key = 'created_at'").fetchone()[0]]
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for column in [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")') if c[1].endswith("_at")]:
            found += [v for (v,) in conn.execute(f'SELECT "{column}" FROM "{table}"') if v is not None]
    conn.close()
    return found


def test_the_township_keeps_the_cadres_note_and_its_aggregate_carries_none_yet_the_county_checks_the_signature(
        tmp_path, cadre):
    township, county = level(tmp_path, "township"), level(tmp_path, "county")
    path = cadre.export()
    assert NOTE in file_text(path)  # the cadre's file carries it to the township, which collected it
    [result] = import_paths(township, [path], today=TODAY).results
    assert result.status == "imported"
    assert township.db.execute("SELECT count(*) FROM tool WHERE note = ?", [NOTE]).fetchone()[0] == 1

    export_aggregate(township, WAVE.id, tmp_path / "township.bsurvey")

    # Before: the aggregate held 「张三让我每天截图」 for the county and every level above to read.
    texts = file_text(tmp_path / "township.bsurvey")
    assert not any(NOTE in t or OPEN_ANSWER in t for t in texts)
    conn = sqlite3.connect(tmp_path / "township.bsurvey")
    assert conn.execute("SELECT count(*) FROM respondent WHERE local_salt IS NOT NULL").fetchone()[0] == 0
    [response] = read_manifest(conn).responses
    conn.close()
    assert response.signature is not None and content.version_of(response.content_sha256) == content.CONTENT_VERSION
    assert signing.problem(response.public_key, response.signature, response.wave_id, response.respondent_id,
                           response.revision, response.content_sha256, response.participation_code) == ""
    [result] = import_paths(county, [tmp_path / "township.bsurvey"], today=TODAY).results
    assert (result.status, result.unsigned) == ("imported", 0), result.reason
    assert county.db.execute("SELECT public_key IS NOT NULL FROM respondent").fetchone()[0] == 1
    assert county.db.execute("SELECT count(*) FROM tool WHERE note != '' OR same_data_as != ''").fetchone()[0] == 0
    # The county that later receives the cadre's own file too counts the response once.
    [result] = import_paths(county, [path], today=TODAY).results
    assert result.status == "duplicate"


def test_free_text_put_back_into_an_aggregate_is_refused_as_altered(tmp_path, cadre):
    township, county = level(tmp_path, "township"), level(tmp_path, "county")
    import_paths(township, [cadre.export()], today=TODAY)
    forged = tmp_path / "township.bsurvey"
    export_aggregate(township, WAVE.id, forged)
    conn = sqlite3.connect(forged)
    conn.execute("UPDATE tool SET note = '李四说的' WHERE id = (SELECT min(id) FROM tool)")
    conn.commit()
    conn.close()
    [result] = import_paths(county, [forged], today=TODAY).results
    assert result.status == "rejected" and "内容与校验值不符" in result.reason
    assert county.db.execute("SELECT count(*) FROM tool WHERE note != ''").fetchone()[0] == 0


def test_a_changed_note_in_a_cadres_file_is_an_altered_file(tmp_path, cadre):
    path = cadre.export()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE quota SET note = '王五让我每天截图'")
    conn.commit()
    conn.close()
    [result] = import_paths(level(tmp_path, "township"), [path], today=TODAY).results
    assert result.status == "rejected" and "内容与校验值不符" in result.reason


def test_an_earlier_programs_signed_response_leaves_its_note_behind_and_travels_unsigned(tmp_path, cadre,
                                                                                          monkeypatch):
    monkeypatch.setattr(content, "CONTENT_VERSION", 1)  # the program before free text stayed at its level
    path = cadre.export()
    monkeypatch.undo()
    conn = sqlite3.connect(path)  # that program had no answers of version 3: its file held them empty
    conn.execute("UPDATE daily_minutes SET entered = NULL")
    conn.execute("UPDATE respondent SET usual_minutes = NULL")
    conn.commit()
    conn.close()
    township, county = level(tmp_path, "township"), level(tmp_path, "county")
    [result] = import_paths(township, [path], today=TODAY).results
    assert result.status == "imported" and result.unsigned == 0

    export_aggregate(township, WAVE.id, tmp_path / "township.bsurvey")

    assert not any(NOTE in t for t in file_text(tmp_path / "township.bsurvey"))
    [result] = import_paths(county, [tmp_path / "township.bsurvey"], today=TODAY).results
    assert (result.status, result.unsigned) == ("imported", 1), result.reason
    [line] = [e.detail for e in audit.entries(township, "export")]
    assert "1 份旧版答卷去掉备注后不再带签名" in line


def test_the_first_released_files_free_text_stays_at_the_township(tmp_path):
    from test_content_versions import WAVE as FIRST_WAVE
    from pathlib import Path

    township = Storage.open(tmp_path / "township.db")
    township.add_wave(FIRST_WAVE)
    old = tmp_path / "written.bsurvey"
    old.write_bytes((Path(__file__).parent / "data" / "written-2026-12.bsurvey").read_bytes())
    assert import_paths(township, [old], today=TODAY).results[0].status == "imported"
    assert township.db.execute("SELECT count(*) FROM tool WHERE rank_metric = '积分'").fetchone()[0] == 2
    export_aggregate(township, FIRST_WAVE.id, tmp_path / "township.bsurvey")
    assert "积分" not in file_text(tmp_path / "township.bsurvey")
    county = Storage.open(tmp_path / "county.db")
    county.add_wave(FIRST_WAVE)
    [result] = import_paths(county, [tmp_path / "township.bsurvey"], today=TODAY).results
    assert (result.status, result.responses) == ("imported", 1), result.reason


def test_no_time_stamp_in_a_cadres_file_or_an_aggregate_carries_a_time_of_day(tmp_path, cadre):
    path = cadre.export()
    township = level(tmp_path, "township")
    import_paths(township, [path], today=TODAY)
    export_aggregate(township, WAVE.id, tmp_path / "township.bsurvey")
    for written in (path, tmp_path / "township.bsurvey"):
        found = stamps(written)
        assert found and all(re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", s) for s in found), found
        # Before: 2026-11-20T09:41:07+08:00 on every row, the same in the cadre's database and every copy.
        assert not any(TIME_OF_DAY.search(s) for s in found)


def test_a_sealed_files_header_says_the_date_it_was_sealed_not_the_time(tmp_path, cadre):
    organiser = level(tmp_path, "organiser")
    create_wave_key(organiser, WAVE.id, PASSPHRASE)
    write_wave_file(organiser, WAVE.id, tmp_path / "XS2026A.bwave")
    load_wave_file(cadre.storage, tmp_path / "XS2026A.bwave")
    header = crypto.sealed_header(cadre.export().read_bytes())
    assert re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", header.created_at)


@pytest.fixture
def collecting(tmp_path, cadre):
    """The county organises the wave with a key; the township loaded its wave file (the public half only) and has
    the answers of one cadre who sent a plain file."""
    county = level(tmp_path, "county")
    create_wave_key(county, WAVE.id, PASSPHRASE)
    write_wave_file(county, WAVE.id, tmp_path / "XS2026A.bwave")
    township = level(tmp_path, "township")
    import_paths(township, [cadre.export()], today=TODAY)
    load_wave_file(township, tmp_path / "XS2026A.bwave")
    yield county, township
    county.close()
    township.close()


def keys_of(county) -> KeyRing:
    keys = KeyRing()
    keys.add(wave_key(county, WAVE.id).key_id, unlock_wave(county, WAVE.id, PASSPHRASE))
    return keys


def test_an_aggregate_for_a_wave_whose_key_is_above_is_sealed_though_nobody_asked(tmp_path, collecting):
    county, township = collecting
    out = tmp_path / "township.bsurvey"
    export_aggregate(township, WAVE.id, out)  # before: written in the clear, as the UI's button always did
    data = out.read_bytes()
    assert crypto.is_sealed(data) and b"SQLite format 3" not in data
    assert crypto.sealed_header(data).key_id == wave_key(county, WAVE.id).key_id
    [result] = import_paths(county, [out], today=TODAY, keys=keys_of(county)).results
    assert (result.status, result.responses) == ("imported", 1)


def test_the_command_line_cannot_write_it_in_the_clear_either(tmp_path, collecting, capsys):
    county, township = collecting
    township.close()
    out = tmp_path / "cli.bsurvey"
    assert main(["export", "--db", str(tmp_path / "township.db"), "--aggregate", "--wave", WAVE.id,
                 "--out", str(out)]) == 0
    assert crypto.is_sealed(out.read_bytes())
    assert "已加密" in capsys.readouterr().out


def sealed_cadre(tmp_path, seed: int, township: str, wave_file) -> Cadre:
    from burden_survey.survey.model import Profile

    made = Cadre(tmp_path / "sealed", seed)
    profile = made.storage.load_profile()
    made.storage.save_profile(Profile(**{**profile.__dict__, "county_code": "320205", "township_name": township,
                                         "township_code": ""}))
    load_wave_file(made.storage, wave_file)
    return made


def test_a_collecting_township_keeps_sealed_files_it_cannot_read_counts_them_per_unit_and_forwards_them(
        tmp_path, collecting):
    from burden_survey.spreadsheets.roster import returns
    from burden_survey.store import report_sql
    from burden_survey.survey_files.forwarding import export_for_above, held_by_unit

    county, township = collecting
    senders = [sealed_cadre(tmp_path, seed, name, tmp_path / "XS2026A.bwave")
               for seed, name in ((11, "东港镇"), (12, "东港镇"), (13, "锡北镇"))]
    paths = [c.export(f"sealed{c.seed}.bsurvey") for c in senders]
    for sender in senders:
        sender.storage.close()
    header = crypto.sealed_header(paths[0].read_bytes())
    assert (header.county, header.township) == ("320205", "东港镇")  # the unit, readable without the key

    # Before: each was refused as 「加密发给另一位组织者」 and the township's returns never saw them.
    report = import_paths(township, paths, today=TODAY)
    assert [r.status for r in report.results] == ["imported"] * 3, [r.reason for r in report.results]
    assert all("已收存加密答卷" in r.reason for r in report.results)
    assert [r.status for r in import_paths(township, paths[:1], today=TODAY).results] == ["duplicate"]
    assert held_by_unit(township, WAVE.id) == [("东港镇", 2), ("锡北镇", 1)]
    report_sql.replace_roster(township, WAVE.id, [("东港镇", "", 5), ("锡北镇", "", 2)])
    rows = returns(township, WAVE.id)
    counted = {r.unit_name: r.returned for r in rows if r.kind == "unit"}
    plain = township.db.execute("SELECT trim(township_name) FROM respondent").fetchone()[0]
    assert counted["锡北镇"] == 1 + (plain == "锡北镇") and counted["东港镇"] == 2 + (plain == "东港镇")

    (tmp_path / "up").mkdir()
    rolled = export_for_above(township, WAVE.id, tmp_path / "up" / "township.bsurvey")
    assert len(rolled.forwarded) == 3 and rolled.folder.name == "township-待转交加密答卷"
    assert sorted(p.read_bytes() for p in rolled.forwarded) == sorted(p.read_bytes() for p in paths)  # unchanged
    report = import_paths(county, [tmp_path / "up"], today=TODAY, keys=keys_of(county))
    assert sorted(r.status for r in report.results) == ["imported"] * 4, [r.reason for r in report.results]
    assert county.db.execute("SELECT count(*) FROM respondent").fetchone()[0] == 4
    assert county.db.execute("SELECT count(*) FROM sealed_file").fetchone()[0] == 0


def test_a_sealed_header_naming_another_unit_than_the_answers_is_refused(tmp_path, collecting):
    county, _ = collecting
    sender = sealed_cadre(tmp_path, 14, "东港镇", tmp_path / "XS2026A.bwave")
    path = sender.export("moved.bsurvey")
    sender.storage.close()
    plain = crypto.open_sealed(path.read_bytes(), unlock_wave(county, WAVE.id, PASSPHRASE))
    moved = tmp_path / "moved-unit.bsurvey"
    moved.write_bytes(crypto.seal(plain, wave_key(county, WAVE.id).public_pem, WAVE.id,
                                  {"county": "320205", "township": "锡北镇", "code": ""}))
    [result] = import_paths(county, [moved], today=TODAY, keys=keys_of(county)).results
    assert result.status == "rejected" and "文件头写的单位" in result.reason
