"""The summary tables always agree with the daily minutes they summarise, whatever was edited or imported."""

from datetime import date

from burden_survey.cli.demo import write_demo, write_demo_files
from burden_survey.survey_files.importer import import_paths
from burden_survey.survey.model import Tool
from burden_survey.store.storage import Storage

TODAY = date(2026, 11, 22)


def from_scratch(storage):
    day_kind = storage.db.execute(
        """SELECT t.respondent_id, m.day, t.kind, sum(m.minutes),
                  round(total(m.minutes * t.formality_share / 100.0), 6), total(CASE WHEN t.formality_share IS NOT NULL THEN m.minutes END)
           FROM daily_minutes m JOIN tool t ON t.id = m.tool_id WHERE t.deleted_at IS NULL
           GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""").fetchall()
    return day_kind


def kept(storage):
    return storage.db.execute(
        """SELECT respondent_id, day, kind, minutes, round(formality_minutes, 6), share_given_minutes
           FROM summary_day_kind
           ORDER BY 1, 2, 3""").fetchall()


def per_tool_agrees(storage):
    expected = storage.db.execute(
        """SELECT t.id, sum(m.minutes) FROM daily_minutes m JOIN tool t ON t.id = m.tool_id GROUP BY t.id ORDER BY 1"""
    ).fetchall()
    return storage.db.execute("SELECT tool_id, minutes FROM summary_tool ORDER BY 1").fetchall() == expected


def per_respondent_agrees(storage):
    rows = storage.db.execute(
        """SELECT s.workday_minutes, (SELECT coalesce(sum(minutes), 0) FROM summary_day_kind k
                                      WHERE k.respondent_id = s.respondent_id AND k.workday)
           FROM summary_respondent s""").fetchall()
    return all(a == b for a, b in rows)


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
    assert kept(storage) == from_scratch(storage) and per_respondent_agrees(storage) and per_tool_agrees(storage)
    workdays, minutes = storage.db.execute(
        "SELECT logged_workdays, workday_minutes FROM summary_respondent").fetchone()
    assert (workdays, minutes) == (1, 40)  # Friday counts, Saturday does not


def test_imports_and_replacements_keep_the_summaries_true(tmp_path):
    files = write_demo_files(tmp_path / "files", 4, seed=9, until=date(2026, 11, 20))
    county = Storage.open(tmp_path / "county.db")
    import_paths(county, files, accept_new_waves=True, today=TODAY)
    assert kept(county) == from_scratch(county) and per_respondent_agrees(county) and per_tool_agrees(county)
    assert county.db.execute("SELECT count(*) FROM summary_respondent").fetchone()[0] == 4
    county.close()


def test_the_demo_county_arrives_with_its_summaries(tmp_path):
    write_demo(tmp_path / "demo.db", 3, seed=2, until=date(2026, 11, 20))
    storage = Storage.open(tmp_path / "demo.db")
    assert kept(storage) == from_scratch(storage) and per_respondent_agrees(storage)
    storage.close()
