"""Two programs on one database: the second is told, in Chinese, before it writes; a crash never leaves it locked."""

import subprocess
import sys

import pytest
from test_import import WAVE, Cadre

from burden_survey.cli import cli
from burden_survey.system.instance_lock import DatabaseInUse, LockUnavailable, acquire, lock_path
from burden_survey.store.storage import Storage

IN_USE = "另一个「指尖减负调查」窗口或命令正在使用这个数据文件（"
HOLDER = """
import sys, time
from burden_survey.system.instance_lock import acquire
lock = acquire(sys.argv[1])
print("held", flush=True)
time.sleep(120)
"""


@pytest.fixture
def county(tmp_path):
    """A supervisor's database with a wave, and one cadre's file to import into it."""
    storage = Storage.open(tmp_path / "county.db")
    storage.add_wave(WAVE)
    storage.close()
    cadre = Cadre(tmp_path / "cadres", 1)
    path = cadre.export()
    cadre.storage.close()
    return tmp_path / "county.db", path


@pytest.fixture
def holder():
    """Another process of the program holding a database's lock (an open window, say) until it is killed."""
    started = []

    def hold(db):
        process = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True)
        assert process.stdout.readline().strip() == "held"
        started.append(process)
        return process

    yield hold
    for process in started:
        process.kill()
        process.wait()


def database_bytes(db) -> bytes:
    return b"".join(p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists())


def test_a_second_lock_on_the_same_database_is_refused_with_the_file_named(tmp_path):
    db = tmp_path / "county.db"
    with acquire(db) as first:
        assert first.held
        with pytest.raises(DatabaseInUse) as refused:
            acquire(db)
    assert refused.value.title == "数据文件正在使用"
    assert str(refused.value) == (f"{IN_USE}{db}）。 请切换到已经打开的窗口；如果确定没有打开，请重启电脑后再试。")
    assert not first.held
    acquire(db).release()  # free again once the first let go


def test_the_lock_file_sits_next_to_the_database(tmp_path):
    db = tmp_path / "data" / "county.db"
    lock = acquire(db)
    assert lock_path(db) == tmp_path / "data" / "county.db.lock" and lock_path(db).exists()
    lock.release()
    lock.release()  # twice is harmless


def test_a_cli_import_while_another_process_holds_the_database_exits_with_the_chinese_message(county, holder):
    db, survey = county
    holder(db)
    before = database_bytes(db)
    finished = subprocess.run([sys.executable, "-m", "burden_survey", "import", "--db", str(db), str(survey)],
                              capture_output=True, text=True)
    assert finished.returncode == 1
    assert finished.stderr.startswith(f"错误：{IN_USE}{db}）。"), finished.stderr
    assert "Traceback" not in finished.stderr
    assert database_bytes(db) == before


def test_a_killed_holder_leaves_the_database_free_though_its_lock_file_remains(county, holder):
    db, survey = county
    process = holder(db)
    process.kill()  # SIGKILL: the operating system drops the lock with the process
    process.wait()
    assert lock_path(db).exists()
    assert cli.main(["import", "--db", str(db), str(survey)]) == 0


def test_a_stale_lock_file_from_another_computer_does_not_block(county, capsys):
    db, survey = county
    lock_path(db).write_text("12345 other-pc\n")
    assert cli.main(["import", "--db", str(db), str(survey)]) == 0
    assert "已导入" in capsys.readouterr().out


@pytest.mark.parametrize("args", [
    ["import", "{survey}"], ["export", "--out", "{out}", "--aggregate", "--wave", WAVE.id],
    ["wave", "--id", "XS2027A", "--title", "下一批"], ["demo", "--respondents", "2"],
], ids=["import", "export", "wave", "demo"])
def test_every_command_that_writes_is_refused_while_the_database_is_in_use(county, holder, capsys, tmp_path, args):
    db, survey = county
    holder(db)
    before = database_bytes(db)
    filled = [a.format(survey=survey, out=tmp_path / "up.bsurvey") for a in args]
    assert cli.main([filled[0], "--db", str(db), *filled[1:]]) == 1
    assert capsys.readouterr().err.startswith(f"错误：{IN_USE}{db}）。")
    assert database_bytes(db) == before
    assert not (tmp_path / "up.bsurvey").exists()


def test_reading_commands_work_while_a_window_is_open(county, holder, capsys):
    db, _ = county
    holder(db)
    assert cli.main(["stats", "--db", str(db)]) == 0
    assert "答卷 0 份" in capsys.readouterr().out


def test_a_lock_that_cannot_be_made_is_explained(tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    with pytest.raises(LockUnavailable) as refused:
        acquire(not_a_folder / "county.db")
    assert "无法在数据文件旁建立锁文件" in refused.value.message
    assert "写入权限" in refused.value.advice


def test_a_symlinked_name_of_the_database_shares_its_lock(tmp_path):
    """Found in the attack on format 1: a second name for the same file took a second lock and two windows wrote."""
    (tmp_path / "county.db").write_bytes(b"")
    (tmp_path / "alias.db").symlink_to(tmp_path / "county.db")
    with acquire(tmp_path / "county.db"):
        with pytest.raises(DatabaseInUse):
            acquire(tmp_path / "alias.db")
