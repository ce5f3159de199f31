"""One window per database: files double-clicked while it is open are handed to it, however many start at once."""

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from burden_survey.cli.demo import DEMO_WAVE, write_demo_files
from burden_survey.system.instance_lock import DatabaseInUse, acquire
from burden_survey.store.storage import Storage
from ui.shell import app as app_module
from ui.shell import single_instance
from ui.shell.single_instance import decode_request, encode_request, server_name

ROOT = Path(__file__).resolve().parent.parent


pytestmark = pytest.mark.usefixtures("one_program_per_test")


@pytest.fixture
def county(known_cadre, tmp_path):
    """A database whose notice is read, with the demo wave registered, and survey files for it."""
    return known_cadre, write_demo_files(tmp_path / "收到的文件", 12, seed=11)


def listening_window(qtbot, db: Path):
    """The window on `db`, once it listens for later starts; `came` collects what they hand over."""
    window = app_module.launch(db)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.instance_server is not None, timeout=10_000)
    came = []
    window.instance_server.files_received.connect(came.append)
    return window, came


def gui(db: Path, *files: Path) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "ui", "gui", "--db", str(db), *map(str, files)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def imported(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM respondent WHERE wave_id IS NOT NULL").fetchone()[0]
    finally:
        conn.close()


def lock_taken(db: Path) -> bool:
    try:
        acquire(db).release()
    except DatabaseInUse:
        return True
    return False


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


def test_files_opened_while_the_window_is_open_are_imported_there_and_the_second_program_ends(county):
    db, files = county
    first = gui(db)
    try:
        assert wait_for(lambda: lock_taken(db), 60)  # the first window is up before the file is double-clicked
        second = gui(db, files[0])
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err  # handed over: no 「数据文件正在使用」, no second window
        assert wait_for(lambda: imported(db) == 1, 60)
        assert first.poll() is None  # the first window is still open
    finally:
        first.kill()
        first.communicate()


def test_a_dozen_files_opened_at_once_start_one_window_and_every_file_is_imported(county):
    """Explorer starts one program per selected file (20 in the issue; 12 here, on two cores); none is open yet."""
    db, files = county
    programs = [gui(db, path) for path in files]
    try:
        assert wait_for(lambda: sum(p.poll() == 0 for p in programs) == len(files) - 1, 120)
        [window] = [p for p in programs if p.poll() is None]  # the one that took the lock
        assert wait_for(lambda: imported(db) == len(files), 120)
    finally:
        for program in programs:
            program.kill()
            program.communicate()
    conn = sqlite3.connect(db)
    batches = conn.execute("SELECT count(*) FROM import_batch").fetchone()[0]
    assert 1 <= batches < len(files)  # gathered, not one import per program
    print(f"{len(files)} programs at once: {batches} import runs")


def test_a_plain_second_start_brings_the_open_window_forward_and_ends(qtbot, county):
    db, _ = county
    window, came = listening_window(qtbot, db)
    second = gui(db)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    assert second.returncode == 0 and came == [[]]
    window.storage.close()


def test_only_absolute_paths_of_existing_survey_files_are_taken_from_a_request(tmp_path):
    survey = tmp_path / "a.bsurvey"
    survey.write_bytes(b"x")
    (tmp_path / "报告.docx").write_bytes(b"x")
    request = json.dumps({"version": 1, "paths": [str(survey), "a.bsurvey", str(tmp_path / "报告.docx"),
                                                  str(tmp_path / "gone.bsurvey"), 7, str(survey) + "\x00.zip"]})
    assert decode_request(request.encode()) == [survey]
    assert decode_request(encode_request([survey]).rstrip(b"\n")) == [survey]
    for hostile in (b"\xff\xfe", b"[]", b'{"version": 2, "paths": []}', b"{" * 10, b" " * (300 * 1024)):
        assert decode_request(hostile) is None


def test_the_window_ignores_a_request_that_is_not_ours_and_stays_usable(qtbot, county):
    db, files = county
    window, came = listening_window(qtbot, db)
    socket = QLocalSocket()
    socket.connectToServer(server_name(db))
    assert socket.waitForConnected(2000)
    socket.write(b"DELETE EVERYTHING\n")
    qtbot.waitUntil(lambda: socket.bytesAvailable() > 0)
    assert bytes(socket.readAll()) == b"no\n" and came == []
    assert window.isVisible() and window.storage is not None
    window.storage.close()


def test_each_database_and_each_user_has_its_own_window(tmp_path, monkeypatch):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    assert server_name(a) != server_name(b) and server_name(a) == server_name(tmp_path / "elsewhere" / ".." / "a.db")
    with monkeypatch.context() as patched:
        patched.setattr(single_instance, "_user", lambda: "另一位干部")
        other_user = server_name(a)
    assert other_user != server_name(a)


def test_files_handed_over_while_the_first_start_notice_is_on_screen_are_imported_once_it_is_read(
        qtbot, tmp_path, monkeypatch):
    from ui.shell.notice_dialog import NoticeDialog
    from ui.shell.role_dialog import RoleDialog

    monkeypatch.setattr(RoleDialog, "ask", classmethod(lambda cls, parent=None: "both"))  # a township's own answers
    db = tmp_path / "new.db"  # never opened: the notice comes before the window
    Storage.open(db).close()
    [survey] = write_demo_files(tmp_path / "files", 1, seed=12)
    handed = []

    def read_the_notice_while_a_file_arrives(parent, storage):
        # The cadre is still reading when another program hands a file over (forward() is what it runs).
        socket = QLocalSocket()
        socket.connectToServer(server_name(db))
        assert socket.waitForConnected(2000)
        socket.write(encode_request([survey]))
        socket.waitForBytesWritten(2000)
        qtbot.waitUntil(lambda: socket.bytesAvailable() > 0 or socket.waitForReadyRead(50), timeout=5000)
        handed.append(bytes(socket.readAll()))
        storage.acknowledge_notice("2026.1")
        storage.add_wave(DEMO_WAVE)
        return True

    monkeypatch.setattr(NoticeDialog, "ask", classmethod(lambda cls, parent, storage:
                                                         read_the_notice_while_a_file_arrives(parent, storage)))
    window = app_module.launch(db)
    qtbot.addWidget(window)
    assert handed == [b"ok\n"]
    page = window.pages["import"]
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=30_000)
    assert page.last_report.count("imported") == 1
    window.storage.close()


def test_the_socket_name_cannot_be_worked_out_from_the_user_and_path_alone(tmp_path, monkeypatch):
    """Another user who knows both cannot take the name first: it mixes in a secret from this user's data folder."""
    db = tmp_path / "county.db"
    mine = server_name(db)
    secret = tmp_path / "data" / "instance-secret"
    assert secret.is_file() and len(secret.read_text()) == 32 and server_name(db) == mine
    if sys.platform != "win32":
        assert secret.stat().st_mode & 0o077 == 0  # readable by this user only
    monkeypatch.setenv("BURDEN_SURVEY_DATA_DIR", str(tmp_path / "someone-else"))
    assert server_name(db) != mine


def test_a_secret_left_empty_by_a_crash_is_made_again(tmp_path):
    secret = tmp_path / "data" / "instance-secret"
    secret.parent.mkdir(parents=True)
    secret.write_text("")
    name = server_name(tmp_path / "county.db")
    assert len(secret.read_text()) == 32 and name == server_name(tmp_path / "county.db")
    assert [p.name for p in secret.parent.iterdir()] == ["instance-secret"]  # no half-written copy left over
