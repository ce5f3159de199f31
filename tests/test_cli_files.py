"""The command line moves survey files: demo files out, a cadre's file out, folders in, an aggregate up."""

import subprocess
import sys

import pytest

from burden_survey.cli.cli import main
from burden_survey.store.storage import Storage


def run(*args):
    return subprocess.run([sys.executable, "-m", "burden_survey", *map(str, args)], capture_output=True, text=True)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("received")
    assert main(["demo", "--out-dir", str(folder), "--respondents", "6", "--seed", "4"]) == 0
    return folder


def count_respondents(db):
    store = Storage.open(db)
    try:
        return store.db.execute("SELECT count(*) FROM respondent WHERE wave_id IS NOT NULL").fetchone()[0]
    finally:
        store.close()


def test_demo_writes_one_survey_file_per_respondent(files):
    assert len(list(files.glob("*.bsurvey"))) == 6


def test_importing_a_folder_prints_a_line_per_file_and_a_total(files, tmp_path):
    result = run("import", "--db", tmp_path / "county.db", "--new-waves", files)
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 0
    assert len(lines) == 7 and all(line.startswith("已导入\t") for line in lines[:6])
    assert lines[-1].startswith("共 6 个文件：已导入 6")
    assert count_respondents(tmp_path / "county.db") == 6


def test_an_import_is_undone_by_its_number_and_a_second_undo_says_why_not(files, tmp_path):
    db = tmp_path / "county.db"
    run("import", "--db", db, "--new-waves", files)

    undone = run("import", "--db", db, "--undo", "1")
    again = run("import", "--db", db, "--undo", "1")

    assert (undone.returncode, undone.stdout.strip()) == (0, "已撤销第 1 次导入：移除它新增的 6 份答卷。")
    assert count_respondents(db) == 0
    assert again.returncode != 0 and "第 1 次导入已于" in again.stderr and "Traceback" not in again.stderr
    both = run("import", "--db", db, "--undo", "1", files)
    assert both.returncode == 2 and "二者选一" in both.stderr


def test_a_rejected_file_makes_the_exit_code_1_but_the_others_still_land(files, tmp_path):
    bad = tmp_path / "坏文件.bsurvey"
    bad.write_text("这不是调查文件")
    result = run("import", "--db", tmp_path / "county.db", "--new-waves", files, bad)
    assert result.returncode == 1
    assert any(line.startswith("已拒绝\t") and "坏文件" in line for line in result.stdout.splitlines())
    assert count_respondents(tmp_path / "county.db") == 6


def test_files_of_an_unregistered_wave_are_refused_until_the_wave_is_registered(files, tmp_path):
    db = tmp_path / "county.db"
    assert run("import", "--db", db, files).returncode == 1
    assert count_respondents(db) == 0
    assert run("wave", "--db", db, "--id", "DEMO2026", "--title", "示例县2026年第四季度调查").returncode == 0
    assert run("import", "--db", db, files).returncode == 0
    assert count_respondents(db) == 6


def test_a_usage_error_exits_with_2(tmp_path):
    assert run("import", tmp_path).returncode == 2
    assert run("export", "--db", tmp_path / "x.db").returncode == 2


def test_an_aggregate_rolls_up_and_a_cadres_own_file_is_not_counted_twice(files, tmp_path):
    township = tmp_path / "township.db"
    one_file = sorted(files.glob("*.bsurvey"))[0]
    assert run("import", "--db", township, "--new-waves", files).returncode == 0
    assert run("export", "--db", township, "--out", tmp_path / "up.bsurvey", "--aggregate").returncode == 0

    county = tmp_path / "county.db"
    result = run("import", "--db", county, "--new-waves", tmp_path / "up.bsurvey", one_file)
    assert result.returncode == 0
    assert "重复" in result.stdout.splitlines()[1]
    assert count_respondents(county) == 6


def test_a_cadre_exports_their_answers_for_a_named_wave(tmp_path):
    db = tmp_path / "cadre.db"
    assert main(["demo", "--db", str(db), "--respondents", "1", "--seed", "2"]) == 0
    result = run("export", "--db", db, "--out", tmp_path / "mine.bsurvey", "--wave", "XS2026A", "--title", "锡山区")
    assert result.returncode == 0 and "1 份答卷" in result.stdout
    assert run("import", "--db", tmp_path / "county.db", "--new-waves", tmp_path / "mine.bsurvey").returncode == 0


def test_output_the_console_cannot_show_never_fails_a_command_that_did_its_work(files, tmp_path):
    """Redirected on Chinese Windows, output is GBK; a file name with 𠮷 (outside GBK) must not crash the import."""
    import os
    import shutil

    odd = tmp_path / "in"
    odd.mkdir()
    shutil.copy(next(files.glob("*.bsurvey")), odd / "吉祥𠮷😀.bsurvey")
    env = {**os.environ, "PYTHONIOENCODING": "gbk"}
    result = subprocess.run([sys.executable, "-m", "burden_survey", "import", "--db", str(tmp_path / "c.db"),
                             "--new-waves", str(odd)], capture_output=True, env=env)
    assert result.returncode == 0, result.stderr.decode("gbk", "replace")
    out = result.stdout.decode("gbk")
    assert "已导入" in out and "吉祥??" in out
    assert count_respondents(tmp_path / "c.db") == 1


@pytest.mark.skipif(sys.platform == "win32", reason="closes the child's standard input before it starts (POSIX)")
def test_a_command_run_without_any_console_input_does_not_ask_and_does_not_crash():
    """The windowed program has no stdin (None): asking for a passphrase says "nobody to ask", not a traceback."""
    import os

    script = "import sys; assert sys.stdin is None; from burden_survey.cli.cli_waves import _ask; print(_ask('口令：'))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            preexec_fn=lambda: os.close(0))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "None"


def test_a_file_name_with_a_newline_or_a_terminal_escape_cannot_forge_output_lines(files, tmp_path):
    """Found in the attack on format 1: such names were printed raw, so a name could fake 「已导入」 lines."""
    forged = tmp_path / "x\n已导入\tgenuine.bsurvey\x1b[2J.bsurvey"
    forged.write_text("这不是调查文件")
    result = run("import", "--db", tmp_path / "county.db", "--new-waves", forged)
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("已拒绝\t") and "\\x0a已导入\\x09genuine" in lines[0]
    assert "\x1b" not in result.stdout
