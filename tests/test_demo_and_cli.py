"""The sample county is realistic and repeatable; the command line does what its help says."""

import sqlite3
import subprocess
import sys
from datetime import date

from burden_survey.cli.cli import main
from burden_survey.cli.demo import write_demo
from burden_survey.indicators.metrics import my_burden
from burden_survey.store.storage import Storage

UNTIL = date(2026, 11, 20)


def dump(path):
    """Every row but the random respondent ids and the time stamps."""
    con = sqlite3.connect(path)
    rows = []
    for table in ("tool", "daily_minutes", "quota", "rule_answer"):
        # In the order the respondents were made: the rule answers are kept in their key's order (m019), whose
        # respondent ids are random.
        cursor = con.execute(f"SELECT x.* FROM {table} x" + (" JOIN respondent r ON r.id = x.respondent_id ORDER BY "
                                                            "r.rowid, x.question" if table == "rule_answer" else ""))
        keep = [i for i, d in enumerate(cursor.description) if d[0] not in ("respondent_id", "created_at", "updated_at")]
        rows += [tuple(row[i] for i in keep) for row in cursor]
    con.close()
    return rows


def test_the_same_seed_gives_the_same_county(tmp_path):
    write_demo(tmp_path / "a.db", 3, seed=5, until=UNTIL)
    write_demo(tmp_path / "b.db", 3, seed=5, until=UNTIL)
    write_demo(tmp_path / "c.db", 3, seed=6, until=UNTIL)
    assert dump(tmp_path / "a.db") == dump(tmp_path / "b.db") != dump(tmp_path / "c.db")


def test_sample_respondents_fall_in_the_reported_ranges(tmp_path):
    write_demo(tmp_path / "d.db", 12, seed=1, until=UNTIL)
    storage = Storage.open(tmp_path / "d.db")
    respondents = [r[0] for r in storage.db.execute("SELECT id FROM respondent")]
    townships = {storage.load_profile(r).township_name for r in respondents}
    assert len(respondents) == 12 and len(townships) >= 3
    for rid in respondents:
        tools = storage.list_tools(rid)
        apps = [t for t in tools if not t.is_group]
        assert 5 <= len(apps) <= 15 and 10 <= len(tools) - len(apps) <= 60
    storage._self_id = respondents[0]
    per_day = my_burden(storage, UNTIL).month.minutes_per_workday
    assert 10 <= per_day <= 260
    assert storage.notice_acknowledged_at() is not None  # the demo opens straight on the data
    storage.close()


def test_the_demo_command_writes_the_database_it_names(tmp_path, capsys):
    assert main(["demo", "--db", str(tmp_path / "x.db"), "--respondents", "2", "--seed", "3"]) == 0
    assert "2 名干部" in capsys.readouterr().out
    assert Storage.open(tmp_path / "x.db").counts()["respondents"] == 2


def test_version_and_usage_errors_come_from_the_command_line():
    run = [sys.executable, "-m", "burden_survey"]
    version = subprocess.run(run + ["--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("burden-survey ")
    bad = subprocess.run(run + ["demo"], capture_output=True, text=True)
    assert bad.returncode == 2 and "--db" in bad.stderr
