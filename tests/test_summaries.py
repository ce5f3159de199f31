"""The summary tables always agree with the daily minutes they summarise, whatever was edited or imported."""

from collections import defaultdict
from datetime import date

from burden_survey.cli.demo import write_demo, write_demo_files
from burden_survey.survey_files.importer import import_paths
from burden_survey.survey.model import Tool
from burden_survey.survey.workdays import is_workday
from burden_survey.store.storage import Storage

TODAY = date(2026, 11, 22)


def from_scratch(storage):
    """(respondent, logged days, logged workdays, workday minutes, formality minutes, minutes with a share given) of
    every respondent with a logged day, summed here in Python from the live tools' daily minutes."""
    days = defaultdict(lambda: [0, 0.0, 0])  # (respondent, day) → minutes, formality minutes, minutes with a share
    for rid, day, minutes, share in storage.db.execute(
            """SELECT t.respondent_id, m.day, m.minutes, t.formality_share
               FROM daily_minutes m JOIN tool t ON t.id = m.tool_id WHERE t.deleted_at IS NULL"""):
        entry = days[rid, day]
        entry[0] += minutes
        entry[1] += minutes * (share or 0) / 100
        entry[2] += minutes if share is not None else 0
    people = defaultdict(lambda: [0, 0, 0, 0.0, 0])
    for (rid, day), (minutes, formality, given) in days.items():
        person = people[rid]
        person[0] += 1
        if is_workday(date.fromisoformat(day)):
            person[1] += 1
            person[2] += minutes
            person[3] += formality
            person[4] += given
    return sorted((rid, logged, workdays, minutes, round(formality, 6), given)
                  for rid, (logged, workdays, minutes, formality, given) in people.items())


def kept(storage):
    return storage.db.execute(
        """SELECT respondent_id, logged_days, logged_workdays, workday_minutes, round(workday_formality_minutes, 6),
                  workday_share_given_minutes
           FROM summary_respondent ORDER BY 1""").fetchall()


def per_tool_agrees(storage):
    expected = storage.db.execute(
        """SELECT t.id, sum(m.minutes), min(m.day), max(m.day) FROM daily_minutes m JOIN tool t ON t.id = m.tool_id
           GROUP BY t.id ORDER BY 1""").fetchall()
    return storage.db.execute(
        "SELECT tool_id, minutes, first_day, last_day FROM summary_tool ORDER BY 1").fetchall() == expected


def test_a_cadres_edits_keep_the_summaries_true(storage):
    a = storage.save_tool(Tool("学习强国", actions=["points"])).id
    b = storage.save_tool(Tool("镇干部群", kind="work_group")).id
    storage.set_minutes_many([(a, date(2026, 11, 20), 30), (b, date(2026, 11, 20), 10), (a, date(2026, 11, 21), 5)],
                             today=TODAY)
    assert kept(storage) == from_scratch(storage)
    tool = storage.get_tool(b)
    tool.kind, tool.formality_share = "app", 50
    storage.save_tool(tool)
    assert kept(storage) == from_scratch(storage)
    storage.delete_tool(a)
    assert kept(storage) == from_scratch(storage)
    storage.restore_tool(a)
    assert kept(storage) == from_scratch(storage) and per_tool_agrees(storage)
    workdays, minutes = storage.db.execute(
        "SELECT logged_workdays, workday_minutes FROM summary_respondent").fetchone()
    assert (workdays, minutes) == (1, 40)  # Friday counts, Saturday does not


def test_imports_and_replacements_keep_the_summaries_true(tmp_path):
    files = write_demo_files(tmp_path / "files", 4, seed=9, until=date(2026, 11, 20))
    county = Storage.open(tmp_path / "county.db")
    import_paths(county, files, accept_new_waves=True, today=TODAY)
    assert kept(county) == from_scratch(county) and per_tool_agrees(county)
    assert county.db.execute("SELECT count(*) FROM summary_respondent").fetchone()[0] == 4
    county.close()


def test_the_demo_county_arrives_with_its_summaries(tmp_path):
    write_demo(tmp_path / "demo.db", 3, seed=2, until=date(2026, 11, 20))
    storage = Storage.open(tmp_path / "demo.db")
    assert kept(storage) == from_scratch(storage)
    storage.close()
