"""An import or export killed at any moment (power cut, task manager) leaves a sound database and whole files only.

The command line runs in a subprocess and gets SIGKILL at a random moment, many times (BURDEN_SURVEY_KILLS, 20 by
default; `make stress` runs 200). After each kill SQLite finds the database sound, every respondent in it holds
exactly the answers of its file, and importing the folder again ends with every file in, once.
"""

import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fuzz_support import content_state, file_state, summaries_are_fresh
from tally import TALLY

from burden_survey.cli.demo import DEMO_WAVE, write_demo_files
from burden_survey.survey_files.filestore import export_aggregate
from burden_survey.survey_files.importer import import_paths
from burden_survey.store.importer_sql import our_migrations
from burden_survey.store.storage import Storage

FILES = 30
KILLS = int(os.environ.get("BURDEN_SURVEY_KILLS", "20"))


@pytest.fixture(scope="module")
def survey_folder(tmp_path_factory, request):
    """Thirty cadres' files, and what each holds (respondent id → content), read once."""
    TALLY.register(request.config)
    folder = tmp_path_factory.mktemp("kill") / "files"
    paths = write_demo_files(folder, FILES, 21)
    contents = {}
    for path in paths:
        [(rid, state)] = file_state(path).items()
        contents[rid] = (path, state)
    return folder, contents


def command(*args) -> list[str]:
    return [sys.executable, "-m", "burden_survey", *map(str, args)]


def remove_database(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def run_and_kill(args: list[str], delay: float, after: Path | None = None) -> float | None:
    """Start the command and kill it `delay` seconds after it started, or after the file `after` appeared (the
    moment the work begins, whatever the load on the machine made the start-up take).

    Returns None when it was killed, else how long it ran (counted the same way) before it finished by itself."""
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    start = time.perf_counter()
    while after is not None and not after.exists() and process.poll() is None:
        time.sleep(0.002)
        start = time.perf_counter()
    try:
        _, errors = process.communicate(timeout=delay)
    except subprocess.TimeoutExpired:
        process.kill()  # SIGKILL: no handler, no atexit, no rollback by Python
        process.communicate()
        return None
    assert process.returncode == 0 and b"Traceback" not in errors, errors.decode("utf-8", "replace")
    return time.perf_counter() - start


def timed(args: list[str], cleanup=lambda: None, after: Path | None = None) -> float:
    """The shorter of two runs: other work on the machine only ever makes a run longer."""
    took = []
    for _ in range(2):
        took.append(run_and_kill(args, 600, after))
        cleanup()
    return min(took)


def assert_sound_after_kill(db: Path, contents: dict) -> int:
    """What a killed import must leave: a sound file, respondents whole, results only for what is in. Returns how
    many respondents are in."""
    if not db.exists():
        return 0  # killed before the database was made
    conn = sqlite3.connect(db)  # a plain connection, as after a crash: SQLite rolls the write-ahead log forward
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        applied = conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] if tables else 0
        if applied < len(our_migrations()):  # killed while the schema was being made, one migration at a time
            assert "respondent" not in tables or not conn.execute("SELECT count(*) FROM respondent").fetchone()[0]
            return 0
        held = content_state(conn, "main")
        for rid, state in held.items():
            assert state == contents[rid][1], f"respondent {rid} is not whole"
        imported = [r[0] for r in conn.execute("SELECT file_name FROM import_result WHERE status = 'imported'")]
        by_file = {str(path): rid for rid, (path, _) in contents.items()}
        assert sorted(by_file[name] for name in imported) == sorted(held), "import results and respondents differ"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert summaries_are_fresh(conn)
        return len(held)
    finally:
        conn.close()


def assert_everything_imports_again(db: Path, folder: Path, contents: dict) -> None:
    storage = Storage.open(db)
    try:
        report = import_paths(storage, [folder], accept_new_waves=True)
        assert {r.status for r in report.results} <= {"imported", "duplicate"}, [r.reason for r in report.results]
        assert content_state(storage.db.conn, "main") == {rid: state for rid, (_, state) in contents.items()}
        assert storage.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        storage.close()


def test_an_import_killed_at_any_moment_leaves_each_file_whole_or_absent(survey_folder, tmp_path):
    folder, contents = survey_folder
    db = tmp_path / "county.db"
    args = command("import", "--db", db, "--new-waves", folder)
    full = timed(args, lambda: remove_database(db))
    work = timed(args, lambda: remove_database(db), after=db)  # from the database's creation to the end
    rng = random.Random()
    landed, finished, in_a_row = [], 0, 0
    for kill in range(KILLS):
        # Most kills land while the database is being written; some during start-up.
        took = (run_and_kill(args, rng.uniform(0.05, full)) if rng.random() < 0.2
                else run_and_kill(args, rng.uniform(0, work * 1.05), after=db))
        if took is not None:
            finished += 1
        count = assert_sound_after_kill(db, contents)
        landed.append(count)
        # Now and then the next kill hits an import that resumes a killed one (most files already in).
        if count < FILES and in_a_row < 2 and rng.random() < 0.3:
            in_a_row += 1
            continue
        in_a_row = 0
        assert_everything_imports_again(db, folder, contents)
        remove_database(db)
    assert_everything_imports_again(db, folder, contents)
    partial = sum(1 for n in landed if 0 < n < FILES)
    TALLY.notes.append(f"import killed: {KILLS} kills over a {full:.2f} s import of {FILES} files "
                       f"({finished} ended first): {landed.count(0)} before the first file, {partial} part-way, "
                       f"{landed.count(FILES)} after the last; every one sound and whole")


def test_an_export_killed_at_any_moment_leaves_no_half_file(survey_folder, tmp_path):
    folder, contents = survey_folder
    db = tmp_path / "county.db"
    storage = Storage.open(db)
    import_paths(storage, [folder], accept_new_waves=True)
    storage.close()
    target = tmp_path / "out" / "county.bsurvey"
    target.parent.mkdir()
    args = command("export", "--db", db, "--out", target, "--aggregate", "--wave", DEMO_WAVE.id)
    partial = target.with_name(target.name + ".part")  # made first, renamed to the target when complete
    full = timed(args, lambda: target.unlink())
    work = timed(args, lambda: target.unlink(), after=partial)
    rng = random.Random()
    written = 0
    for kill in range(max(KILLS // 4, 3)):
        target.unlink(missing_ok=True)
        partial.unlink(missing_ok=True)
        if rng.random() < 0.2:
            run_and_kill(args, rng.uniform(0.05, full))
        else:
            run_and_kill(args, rng.uniform(0, work * 1.1), after=partial)
        if target.exists():  # then whole: every answer, and sound
            written += 1
            assert file_state(target) == {rid: state for rid, (_, state) in contents.items()}
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
    storage = Storage.open(db)
    try:
        export_aggregate(storage, DEMO_WAVE.id, target)  # a .part file left by a kill is no obstacle
    finally:
        storage.close()
    assert len(file_state(target)) == FILES
    TALLY.notes.append(f"export killed: {max(KILLS // 4, 3)} kills over a {full:.2f} s export ({work:.2f} s of "
                       f"writing): {written} left a finished file, the others none")
