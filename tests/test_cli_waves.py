"""The command line hands out a keyed wave, a cadre seals for it, and the organiser imports with the passphrase."""

import pytest

from burden_survey.store import audit

from burden_survey.survey_files import crypto
from burden_survey.cli.cli import main
from burden_survey.cli.cli_waves import PASSPHRASE_ENV
from burden_survey.store.storage import Storage
from burden_survey.survey_files.wave_keys import wave_key

PASSPHRASE = "锡山区减负办2026"


@pytest.fixture
def run(capsys, monkeypatch):
    """Run a command in this process; returns (exit code, printed output, error output)."""
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)

    def _run(*args):
        try:
            code = main([str(a) for a in args])
        except SystemExit as exit_:  # argparse ends a usage error this way
            code = exit_.code
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def handout(run, tmp_path):
    """The organiser's database with a keyed wave and the wave file handed out; a cadre with sample answers."""
    db = tmp_path / "county.db"
    code, out, _ = run("wave", "--db", db, "--id", "XS2026A", "--title", "锡山区2026年第四季度",
                       "--start", "2026-11-01", "--end", "2026-11-30", "--key", "--unit", "东港镇", "--unit", "羊尖镇")
    assert code == 0 and "已生成批次密钥，密钥编号" in out
    code, out, _ = run("wave-file", "--db", db, "--wave", "XS2026A", "--out", tmp_path / "XS2026A.bwave",
                       "--organiser", "锡山区减负办")
    assert code == 0 and "含公钥" in out
    assert run("demo", "--db", tmp_path / "cadre.db", "--respondents", "1", "--seed", "3")[0] == 0
    return tmp_path


def opened(db):
    return Storage.open(db)


def test_a_keyed_wave_goes_from_wave_file_to_sealed_export_to_import(run, handout):
    county, cadre, sent = handout / "county.db", handout / "cadre.db", handout / "sent.bsurvey"
    code, out, _ = run("load-wave", "--db", cadre, handout / "XS2026A.bwave")
    store = opened(county)
    shown = wave_key(store, "XS2026A").shown_key_id
    store.close()
    assert code == 0 and shown in out and "加密" in out
    code, out, _ = run("export", "--db", cadre, "--wave", "XS2026A", "--out", sent)
    assert code == 0 and f"已加密，密钥编号 {shown}" in out
    assert sent.read_bytes().startswith(crypto.MAGIC)
    code, out, _ = run("import", "--db", county, "--passphrase-env", sent)
    assert code == 0 and out.splitlines()[0] == f"已导入\t{sent}"
    store = opened(county)
    actions = [entry.action for entry in audit.entries(store)]
    key = wave_key(store, "XS2026A")
    store.close()
    assert key.roster == ["东港镇", "羊尖镇"]
    assert {"key", "wave_file", "decrypt", "import"} <= set(actions)


def test_a_wrong_passphrase_stops_the_import_before_any_file(run, handout, monkeypatch):
    run("load-wave", "--db", handout / "cadre.db", handout / "XS2026A.bwave")
    run("export", "--db", handout / "cadre.db", "--wave", "XS2026A", "--out", handout / "sent.bsurvey")
    monkeypatch.setenv(PASSPHRASE_ENV, "不对的口令12345")
    code, out, err = run("import", "--db", handout / "county.db", handout / "sent.bsurvey")
    assert code == 1 and "错误：批次「XS2026A」的口令不正确" in err and out == ""


def test_without_a_passphrase_the_sealed_file_is_refused_with_the_reason(run, handout, monkeypatch):
    run("load-wave", "--db", handout / "cadre.db", handout / "XS2026A.bwave")
    run("export", "--db", handout / "cadre.db", "--wave", "XS2026A", "--out", handout / "sent.bsurvey")
    monkeypatch.delenv(PASSPHRASE_ENV)
    code, _, err = run("import", "--db", handout / "county.db", "--passphrase-env", handout / "sent.bsurvey")
    assert code == 1 and PASSPHRASE_ENV in err
    code, out, _ = run("import", "--db", handout / "county.db", handout / "sent.bsurvey")  # no terminal to ask on
    assert code == 1 and "请输入这一批次的口令" in out


def test_an_aggregate_is_sealed_for_the_wave_file_of_the_level_above(run, handout):
    township, sent, up = handout / "township.db", handout / "sent.bsurvey", handout / "up.bsurvey"
    run("export", "--db", handout / "cadre.db", "--wave", "XS2026A", "--out", sent)  # no wave file: plain
    assert sent.read_bytes().startswith(b"SQLite format 3\x00")
    assert run("import", "--db", township, "--new-waves", sent)[0] == 0
    code, out, _ = run("export", "--db", township, "--aggregate", "--out", up, "--seal-for", handout / "XS2026A.bwave")
    assert code == 0 and "已加密" in out and up.read_bytes().startswith(crypto.MAGIC)
    code, out, _ = run("import", "--db", handout / "county.db", up)
    assert code == 0 and out.startswith("已导入")
    assert run("export", "--db", township, "--out", up, "--seal-for", handout / "XS2026A.bwave")[0] == 2


def test_a_passphrase_too_short_registers_nothing(run, tmp_path, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, "1234")
    code, _, err = run("wave", "--db", tmp_path / "x.db", "--id", "W1", "--title", "批次", "--key")
    assert code == 1 and "「口令」至少需要 8 个字符" in err
    store = opened(tmp_path / "x.db")
    assert store.list_waves() == []
    store.close()


def test_a_key_is_made_once_per_wave(run, handout):
    code, _, err = run("wave", "--db", handout / "county.db", "--id", "XS2026A", "--title", "again", "--key")
    assert code == 1 and "已有密钥" in err


@pytest.mark.parametrize("args", [
    ("--start", "2026-11-31"),
    ("--start", "2026-12-01", "--end", "2026-11-01"),
    ("--unit", "东港镇"),
])
def test_bad_wave_options_are_usage_errors(run, tmp_path, args):
    assert run("wave", "--db", tmp_path / "x.db", "--id", "W1", "--title", "批次", *args)[0] == 2


def test_loading_junk_as_a_wave_file_is_refused_in_chinese(run, tmp_path):
    junk = tmp_path / "junk.bwave"
    junk.write_text("这不是批次文件")
    code, _, err = run("load-wave", "--db", tmp_path / "cadre.db", junk)
    assert code == 1 and "错误：junk.bwave 不是批次文件" in err


def test_a_wave_file_for_an_unknown_wave_is_refused(run, tmp_path):
    code, _, err = run("wave-file", "--db", tmp_path / "x.db", "--wave", "NOPE", "--out", tmp_path / "x.bwave")
    assert code == 1 and "没有调查批次「NOPE」" in err
