"""「完整数据（仅限组织者）」: only for the wave's passphrase, checked before anything is written, and audited; and the
`export --xlsx / --csv [--full]` command end to end."""

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from burden_survey.cli.demo import DEMO_WAVE, write_demo
from burden_survey.spreadsheets import full_export
from burden_survey.store import audit
from burden_survey.store.storage import Storage
from burden_survey.survey.survey_file import Wave
from burden_survey.survey_files.crypto import WrongPassphrase
from burden_survey.survey_files.wave_keys import create_wave_key

PASSPHRASE = "锡山区减负调查口令2026"
KEYLESS = "KEYLESS2026"


@pytest.fixture(scope="module")
def county_file(tmp_path_factory) -> Path:
    """Twenty sample cadres in a wave with a key, and a second wave without one."""
    path = tmp_path_factory.mktemp("county") / "county.db"
    write_demo(path, 20, seed=3, days=5, apps=(2, 4), groups=(1, 3))
    storage = Storage.open(path)
    try:
        storage.add_wave(DEMO_WAVE)
        storage.add_wave(Wave(KEYLESS, "无密钥批次", DEMO_WAVE.questionnaire_version))
        with storage.db.atomic():
            storage.db.execute("UPDATE respondent SET wave_id = ?", [DEMO_WAVE.id])
        create_wave_key(storage, DEMO_WAVE.id, PASSPHRASE)
    finally:
        storage.close()
    return path


@pytest.fixture
def county_db(county_file, tmp_path) -> Path:
    target = tmp_path / "county.db"
    target.write_bytes(county_file.read_bytes())
    return target


@pytest.fixture
def county(county_db):
    store = Storage.open(county_db)
    yield store
    store.close()


def test_a_wrong_passphrase_is_refused_and_nothing_is_written(county, tmp_path):
    with pytest.raises(WrongPassphrase):
        full_export.unlock(county, DEMO_WAVE.id, "不是这个口令")

    assert list(tmp_path.glob("*.xlsx")) == [] and audit.entries(county, "export_full") == []


def test_the_right_passphrase_gives_the_full_data_and_an_audit_line(county, tmp_path):
    access = full_export.unlock(county, DEMO_WAVE.id, PASSPHRASE)
    book = load_workbook(full_export.export_full_xlsx(county, tmp_path / "full.xlsx", access), read_only=True)
    header, *respondents = list(book["答卷"].iter_rows(values_only=True))
    notes = {row[0]: row[1] for row in book["说明"].iter_rows(min_row=2, values_only=True)}
    book.close()

    database_ids = {row[0] for row in county.db.execute("SELECT id FROM respondent")}
    assert {row[0] for row in respondents} == database_ids  # the full data keeps the database's ids
    assert "乡镇/村区划代码" in header and "修订版本" in header
    assert notes["数据"] == "完整数据（仅限组织者）" and "可以据此被认出" in notes["注意"]
    [entry] = audit.entries(county, "export_full")
    assert (entry.wave_id, entry.detail, entry.action_label) == (DEMO_WAVE.id, "完整数据 Excel 表格：full.xlsx",
                                                                 "导出完整数据")


def test_a_wave_without_a_key_has_no_full_data_and_the_organiser_is_told_why(county):
    with pytest.raises(full_export.FullExportRefused) as refused:
        full_export.unlock(county, KEYLESS, PASSPHRASE)

    assert "没有批次密钥" in refused.value.message and "去标识化" in refused.value.advice
    assert "生成密钥" in refused.value.advice


def test_the_full_csv_files_say_in_their_names_what_they_hold(county, tmp_path):
    access = full_export.unlock(county, DEMO_WAVE.id, PASSPHRASE)
    written = full_export.export_full_csv(county, tmp_path / "csv", access)

    assert all(p.name.startswith(f"{DEMO_WAVE.id}-完整数据-") for p in written) and len(written) == 7
    assert audit.entries(county, "export_full")[0].detail.startswith("完整数据 CSV 文件 7 个")


# the command line ---------------------------------------------------------------------

def run(*args, passphrase_line: str | None = None):
    env = {k: v for k, v in os.environ.items() if k != "BURDEN_SURVEY_PASSPHRASE"}
    return subprocess.run([sys.executable, "-m", "burden_survey", *map(str, args)], capture_output=True, text=True,
                          input=passphrase_line, env=env)


def test_the_command_line_writes_the_de_identified_workbook_and_csv_files(county_db, tmp_path):
    xlsx = run("export", "--db", county_db, "--wave", DEMO_WAVE.id, "--xlsx", tmp_path / "表格.xlsx")
    files = run("export", "--db", county_db, "--wave", DEMO_WAVE.id, "--csv", tmp_path / "csv")

    assert (xlsx.returncode, files.returncode) == (0, 0), xlsx.stderr + files.stderr
    assert "已导出去标识化数据" in xlsx.stdout and "Traceback" not in xlsx.stderr
    ids = {r[0] for r in load_workbook(tmp_path / "表格.xlsx", read_only=True)["答卷"].iter_rows(
        min_row=2, values_only=True)}
    with open(tmp_path / "csv" / f"{DEMO_WAVE.id}-答卷.csv", encoding="utf-8-sig", newline="") as f:
        csv_ids = {row["答卷编号"] for row in csv.DictReader(f) if row["答卷编号"]}
    assert ids and csv_ids and not ids & csv_ids  # every export its own ids


def test_the_command_line_full_export_reads_the_passphrase_from_standard_input(county_db, tmp_path):
    wrong = run("export", "--db", county_db, "--wave", DEMO_WAVE.id, "--xlsx", tmp_path / "a.xlsx", "--full",
                passphrase_line="不是这个口令\n")
    right = run("export", "--db", county_db, "--wave", DEMO_WAVE.id, "--xlsx", tmp_path / "b.xlsx", "--full",
                passphrase_line=PASSPHRASE + "\n")

    assert wrong.returncode == 1 and "口令不正确" in wrong.stderr and "Traceback" not in wrong.stderr
    assert not (tmp_path / "a.xlsx").exists()
    assert right.returncode == 0, right.stderr
    assert "已导出完整数据（仅限组织者）" in right.stdout and "注意：完整数据包含" in right.stderr
    storage = Storage.open(county_db)
    try:
        assert [e.detail for e in audit.entries(storage, "export_full")] == ["完整数据 Excel 表格：b.xlsx"]
    finally:
        storage.close()


def test_the_command_line_refuses_a_keyless_wave_and_wrong_usage_in_chinese(county_db, tmp_path):
    keyless = run("export", "--db", county_db, "--wave", KEYLESS, "--csv", tmp_path / "c", "--full",
                  passphrase_line=PASSPHRASE + "\n")
    several = run("export", "--db", county_db, "--xlsx", tmp_path / "d.xlsx")
    alone = run("export", "--db", county_db, "--wave", DEMO_WAVE.id, "--full")

    assert keyless.returncode == 1 and "没有批次密钥" in keyless.stderr and not (tmp_path / "c").exists()
    assert several.returncode == 2 and "请用 --wave 指定调查批次" in several.stderr
    assert alone.returncode == 2 and "--full 只与 --xlsx 或 --csv 一起使用" in alone.stderr
    assert "Traceback" not in keyless.stderr + several.stderr + alone.stderr
