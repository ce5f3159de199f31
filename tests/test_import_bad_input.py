"""Every bad file is refused with a Chinese reason that names it, and the database stays exactly as it was."""

import shutil
import sqlite3
import zipfile

import pytest
from test_import import NEXT_WAVE, TODAY, WAVE, Cadre

from burden_survey.survey import survey_file
from burden_survey.survey_files.importer import import_history, import_paths

LOG_TABLES = ('INSERT INTO "import_batch"', 'INSERT INTO "import_result"', 'INSERT INTO "audit_log"')


@pytest.fixture
def good(tmp_path, storage):
    """A supervisor's database that already holds one cadre's answers, and a second cadre's untouched file."""
    storage.add_wave(WAVE)
    first, second = Cadre(tmp_path / "cadres", 1), Cadre(tmp_path / "cadres", 2)
    import_paths(storage, [first.export()], today=TODAY)
    path = second.export()
    first.storage.close()
    second.storage.close()
    return path


def dump(storage) -> list[str]:
    """Every table, schema and rows; only the import log itself may grow."""
    return [line for line in storage.db.conn.iterdump() if not line.startswith(LOG_TABLES)]


def refused(storage, path, reason: str, **options) -> str:
    before = dump(storage)
    report = import_paths(storage, [path], today=TODAY, **options)
    [result] = report.results
    assert (result.name, result.status, result.responses) == (str(path), "rejected", 0)
    assert reason in result.reason, result.reason
    assert dump(storage) == before
    assert import_history(storage)[0]["rejected"] == 1
    return result.reason


def tampered(good, tmp_path, *statements: str):
    """A copy of a good file edited with plain sqlite3, as someone with a database tool would."""
    path = tmp_path / "tampered.bsurvey"
    shutil.copyfile(good, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # the file's own CHECKs must not be what saves us
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def first_minute(column_value: str) -> str:
    return (f"UPDATE daily_minutes SET {column_value} "
            "WHERE (tool_id, day) = (SELECT tool_id, day FROM daily_minutes LIMIT 1)")


def test_an_empty_file(storage, good, tmp_path):
    path = tmp_path / "empty.bsurvey"
    path.write_bytes(b"")
    refused(storage, path, "0 字节")


@pytest.mark.parametrize("content", [b"\xef\xbb\xbf\xe5\xb7\xa5\xe4\xbd\x9c\xe6\x80\xbb\xe7\xbb\x93\n" * 50,
                                     b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(2000)], ids=["text", "png"])
def test_a_text_or_image_renamed_to_the_extension(storage, good, tmp_path, content):
    path = tmp_path / "renamed.bsurvey"
    path.write_bytes(content)
    refused(storage, path, "不是调查文件")


def test_a_truncated_file(storage, good, tmp_path):
    path = tmp_path / "cut.bsurvey"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2 + 100])
    refused(storage, path, "不完整")


def test_flipped_bytes_in_the_middle(storage, good, tmp_path):
    data = bytearray(good.read_bytes())
    # A whole page, header and all: flipped bytes in a page's unused space would harm nothing, and are let through.
    page = 1024 * (len(data) // 2 // 1024)
    data[page:page + 1024] = bytes(b ^ 0xFF for b in data[page:page + 1024])
    path = tmp_path / "flipped.bsurvey"
    path.write_bytes(bytes(data))
    reason = refused(storage, path, "")
    assert "损坏" in reason or "改动" in reason or "不是" in reason


def test_a_changed_minute_that_keeps_the_manifest(storage, good, tmp_path):
    path = tampered(good, tmp_path, first_minute("minutes = minutes + 1"))
    refused(storage, path, "内容与校验值不符，文件可能被改动")


FIRST_TOOL = "WHERE id = (SELECT min(id) FROM tool)"


@pytest.mark.parametrize("statement, reason", [
    (f"UPDATE tool SET name = '学习' || char(1) || '强国' {FIRST_TOOL}", "「名称」含有控制字符"),
    (f"UPDATE tool SET name = '学习' || char(10) || '强国' {FIRST_TOOL}", "「名称」含有控制字符"),
    (f"UPDATE tool SET name = 'a' || char(0) || hex(zeroblob(500000)) {FIRST_TOOL}", "「名称」含有控制字符"),
    (f"UPDATE tool SET name = hex(zeroblob(500000)) {FIRST_TOOL}", "「名称」有 1000000 个字，最多 60 个"),
    # A direction override shows 「报告」 where the file says 「告报」; a private-use character draws as a box.
    (f"UPDATE tool SET name = '学习' || char(0x202e) || '强国' {FIRST_TOOL}", "「名称」含有控制字符或无法显示的字符"),
    (f"UPDATE tool SET note = '见' || char(0xe123) {FIRST_TOOL}", "「备注」含有控制字符或无法显示的字符"),
    # A zero-width space hid a phone number from the personal-data check (found by the red-team pass).
    (f"UPDATE tool SET line_department = '138' || char(0x200b) || '00001111' {FIRST_TOOL}", "含有控制字符或无法显示的字符"),
    (f"UPDATE tool SET name = '学习' || char(0x10fffd) {FIRST_TOOL}", "「名称」含有控制字符或无法显示的字符"),
    (f"UPDATE tool SET name = '联系13912345678' {FIRST_TOOL}", "手机号码"),
    (f"UPDATE tool SET line_department = '110101199003074512' {FIRST_TOOL}", "身份证号码"),
    ("UPDATE rule_answer SET details = '{\"systems\": 10000}' WHERE question = 'Q15'", "补充回答"),
    ("UPDATE rule_answer SET details = '{\"x\": [[[[1]]]]}' WHERE question = 'Q1'", "补充回答"),
    ("UPDATE rule_answer SET details = '{\"frequency\": 5}' WHERE question = 'Q14'", "补充回答"),
    ("""INSERT INTO tool (respondent_id, name, kind, created_at, updated_at)
        SELECT r.id, 'x' || n.value, 'app', '2026-11-01', '2026-11-01' FROM respondent r,
        json_each((SELECT json_group_array(x) FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c
                                                     WHERE x < 20000) SELECT x FROM c))) n""", "最多 300 行"),
])
def test_content_that_would_break_the_outputs_is_refused_at_import(storage, good, tmp_path, statement, reason):
    """Found in the attack on format 1: such content passed the import and then broke the spreadsheets (control
    characters), the report (a megabyte name), the figures (20,000 apps in one answer) or named a person."""
    refused(storage, tampered(good, tmp_path, statement), reason)


def test_tool_ids_near_the_top_of_the_range_do_not_break_later_imports(storage, good, tmp_path):
    """Found in the attack on format 1: ids near 2^63 in one file pushed the database's own ids to the top, and every
    later file was refused with "datatype mismatch". Ids are numbered on from ours, whatever a file says."""
    top = 2**63 - 10_000
    path = tampered(good, tmp_path, f"UPDATE tool SET id = id + {top}", f"UPDATE daily_minutes SET tool_id = tool_id + {top}")
    [result] = import_paths(storage, [path], today=TODAY).results
    assert result.status == "imported"
    assert storage.db.execute("SELECT max(id) FROM tool").fetchone()[0] < 1_000
    assert storage.db.execute("SELECT count(*) FROM daily_minutes m LEFT JOIN tool t ON t.id = m.tool_id "
                              "WHERE t.id IS NULL").fetchone()[0] == 0  # every minute still has its tool
    later = Cadre(tmp_path / "later", 3)
    [result] = import_paths(storage, [later.export()], today=TODAY).results
    later.storage.close()
    assert result.status == "imported"


def test_a_deleted_tool_slipped_into_a_file_with_minutes(storage, good, tmp_path):
    """Found by the red-team pass: the fingerprint skips deleted tools, so one added with 600 minutes a day came in
    and counted in the summaries. A file this program writes holds only live rows."""
    path = tampered(good, tmp_path,
                    """INSERT INTO tool (id, respondent_id, name, kind, created_at, updated_at, deleted_at)
                       SELECT 9000, id, '虚构应用', 'app', '2026-11-01', '2026-11-01', '2026-11-02' FROM respondent""",
                    "INSERT INTO daily_minutes SELECT 9000, day, 600, NULL FROM daily_minutes GROUP BY day")
    refused(storage, path, "已删除的行")


@pytest.mark.parametrize("statement, reason", [
    ("CREATE TABLE notes (text TEXT)", "多余的表「notes」"),
    ("CREATE VIEW everything AS SELECT * FROM tool", "视图「everything」"),
    ("CREATE TRIGGER spy AFTER INSERT ON tool BEGIN SELECT 1; END", "触发器「spy」"),
    ("ALTER TABLE tool DROP COLUMN note", "表「tool」的列与本程序不一致（缺少列「note」）"),
], ids=["extra table", "view", "trigger", "missing column"])
def test_a_schema_that_is_not_ours(storage, good, tmp_path, statement, reason):
    refused(storage, tampered(good, tmp_path, statement), reason)


def test_text_where_a_number_belongs_names_the_table_and_column(storage, good, tmp_path):
    path = tampered(good, tmp_path, first_minute("minutes = '半小时'"))
    refused(storage, path, "「每日用时」表（daily_minutes）的 minutes 列应为整数，却有文字「半小时」")


@pytest.mark.parametrize("minutes", [-5, 601])
def test_negative_or_absurd_minutes(storage, good, tmp_path, minutes):
    path = tampered(good, tmp_path, first_minute(f"minutes = {minutes}"))
    refused(storage, path, f"minutes 列有 {minutes}，超出 0–600 的范围")


def test_a_day_with_more_than_24_hours(storage, good, tmp_path):
    last_day = "(SELECT max(day) FROM daily_minutes)"
    path = tampered(good, tmp_path, f"UPDATE daily_minutes SET minutes = 600 WHERE day = {last_day}")
    refused(storage, path, "超过一天的 1440 分钟")


def test_a_future_date(storage, good, tmp_path):
    path = tampered(good, tmp_path, first_minute("day = '2026-12-01'"))
    refused(storage, path, "将来的日期 2026-12-01（今天是 2026-11-22）")


def test_an_impossible_date(storage, good, tmp_path):
    path = tampered(good, tmp_path, first_minute("day = '2026-02-30'"))
    refused(storage, path, "「2026-02-30」不是有效的日期")


def test_an_unknown_choice(storage, good, tmp_path):
    path = tampered(good, tmp_path, "UPDATE tool SET kind = 'spaceship' WHERE rowid = (SELECT min(rowid) FROM tool)")
    refused(storage, path, "kind 列有本程序不认识的选项「spaceship」")


def test_a_zip_with_a_path_leaving_the_archive(storage, good, tmp_path):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(good, "ok.bsurvey")
        out.write(good, "../../escaped.bsurvey")
    refused(storage, archive, "指向压缩包以外的位置")
    assert not (tmp_path.parent / "escaped.bsurvey").exists()


def test_a_zip_bomb(storage, good, tmp_path):
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("bomb.bsurvey", bytes(15 * 1024 * 1024))
    refused(storage, archive, "压缩炸弹")


def test_a_file_over_the_size_limit(storage, good, monkeypatch):
    monkeypatch.setattr(survey_file, "MAX_FILE_BYTES", 10 * 1024)
    refused(storage, good, "文件太大")


def test_a_file_of_an_unknown_wave(storage, good, tmp_path):
    cadre = Cadre(tmp_path / "cadres", 3)
    path = cadre.export(wave=NEXT_WAVE)
    cadre.storage.close()
    refused(storage, path, "未知的调查批次「XS2027A 锡山区2027年第一季度」：请先新建这个批次，或勾选「自动登记新批次」后重新导入")


@pytest.mark.parametrize("statement", [
    "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('burden_survey', 'm999_future', 'x')",
    "UPDATE manifest SET value = '99' WHERE key = 'format_version'",
], ids=["newer schema", "newer manifest"])
def test_a_file_from_a_newer_program(storage, good, tmp_path, statement):
    refused(storage, tampered(good, tmp_path, statement), "文件由更新版本的程序生成，请升级")


@pytest.mark.parametrize("statement", [
    "UPDATE wave SET title = '锡山区' || char(0x202e) || char(10) || '第二行' || char(0xe000)",
    "UPDATE manifest SET value = '锡山区' || hex(zeroblob(3000)) WHERE key = 'wave_title'",
])
def test_a_wave_title_that_every_page_would_show_is_held_to_the_text_rules(storage, good, tmp_path, statement):
    """Found by the red-team pass: a new wave was registered with the file's title unchecked (5,000 characters, a
    direction override, a line break), and the refusal quoted it raw."""
    reason = refused(storage, tampered(good, tmp_path, statement), "调查批次名称", accept_new_waves=True)
    assert "\u202e" not in reason and len(reason) < 200


def test_a_zip_whose_header_names_an_unknown_zip_version_is_refused_alone(storage, good, tmp_path):
    """Found by the red-team pass: zipfile raises NotImplementedError for 'zip version 6.4'; it escaped, so one
    such archive stopped the passphrase scan and the whole import."""
    archive = tmp_path / "odd.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(good, "a.bsurvey")
    data = bytearray(archive.read_bytes())
    directory = data.rfind(b"PK\x01\x02")
    data[directory + 6] = 64
    archive.write_bytes(bytes(data))
    from burden_survey.survey_files.wave_keys import sealed_waves
    assert sealed_waves([archive]) == {}
    report = import_paths(storage, [archive, good], today=TODAY)
    assert [r.status for r in report.results] == ["rejected", "imported"] and "无法打开压缩包" in report.results[0].reason
