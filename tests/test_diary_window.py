"""A wave's diary window (issue 15): its dates and, when it says so, only workdays; days outside count nowhere."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from burden_survey.disclosure.guard import Guard
from burden_survey.disclosure.policy import Policy
from burden_survey.indicators.indicators import compute
from burden_survey.spreadsheets.intake_template import write_template
from burden_survey.store import audit
from burden_survey.store.storage import Storage
from burden_survey.survey.model import Profile, Tool
from burden_survey.survey.survey_file import Wave
from burden_survey.survey_files.filestore import export_response
from burden_survey.survey_files.importer import import_paths
from burden_survey.survey_files.wave_file import WaveFileRejected, load_wave_file, read_wave_file, write_wave_file

EXACT = Guard(Policy(), keys=None)
# Monday 28 September to Sunday 11 October 2026: National Day (1–7 October) off, Saturday 10 October worked (调休).
# The window ends on the 10th: its workdays are 28–30 September and 8–10 October.
WEEKS = [date(2026, 9, 28) + timedelta(days=d) for d in range(14)]
WORKDAYS_ONLY = Wave("GQ2026", "国庆前后两周", "2026.1", date(2026, 9, 28), date(2026, 10, 10), workdays_only=True)
EVERY_DAY = Wave("GQ2026", "国庆前后两周", "2026.1", date(2026, 9, 28), date(2026, 10, 10))
TODAY = date(2026, 10, 20)


def cadre_file(folder, number: int, wave: Wave):
    """A cadre who logs 60 minutes on every one of the fourteen days."""
    cadre = Storage.open(folder / f"cadre{number}.db")
    cadre.save_profile(Profile(county_code="320205", township_name="东港镇"))
    tool = cadre.save_tool(Tool(name="学习强国", kind="app", formality_share=50))
    cadre.set_minutes_many([(tool.id, day, 60) for day in WEEKS], today=TODAY)
    path = folder / f"cadre{number}.bsurvey"
    export_response(cadre, wave, path)
    cadre.close()
    return path


def county_of(tmp_path, wave: Wave, files) -> Storage:
    supervisor = Storage.open(tmp_path / "county.db")
    supervisor.add_wave(wave)
    assert import_paths(supervisor, files, today=TODAY).count("imported") == len(files)
    return supervisor


def organisers_wave_file(tmp_path, wave: Wave, name: str = "批次.bwave"):
    """The wave file another database (the organiser's) hands out for `wave`."""
    organiser = Storage.open(tmp_path / f"{name}.db")
    organiser.add_wave(wave)
    write_wave_file(organiser, wave.id, tmp_path / name)
    organiser.close()
    return tmp_path / name


def test_a_workdays_only_file_carries_only_the_windows_workdays(tmp_path):
    path = cadre_file(tmp_path, 0, WORKDAYS_ONLY)
    days = [row[0] for row in sqlite3.connect(path).execute("SELECT DISTINCT day FROM daily_minutes ORDER BY day")]
    # 28–30 September and 8–10 October, Saturday the 10th (调休) included; never the holiday, nor the 11th.
    assert days == ["2026-09-28", "2026-09-29", "2026-09-30", "2026-10-08", "2026-10-09", "2026-10-10"]


def test_days_outside_the_window_count_in_no_figure_even_when_a_file_carries_them(tmp_path):
    # The files were written for every day of the window (the cadres' program had an open window) and each carries
    # 13 days; the county's wave counts only the six workdays.
    files = [cadre_file(tmp_path, n, EVERY_DAY) for n in range(5)]
    county = county_of(tmp_path, WORKDAYS_ONLY, files)
    ind = compute(county, guard=EXACT)
    [tool] = ind.top_tools_by_minutes
    assert tool.total_minutes == 5 * 6 * 60  # six workdays each, not thirteen days
    assert ind.entered_promptly.n == 5 * 6
    assert ind.minutes_per_workday.mean == 60
    county.close()


def test_an_open_window_counts_every_day_of_the_period(tmp_path):
    files = [cadre_file(tmp_path, n, EVERY_DAY) for n in range(5)]
    county = county_of(tmp_path, EVERY_DAY, files)
    [tool] = compute(county, guard=EXACT).top_tools_by_minutes
    assert tool.total_minutes == 5 * 13 * 60  # 28 September to 10 October; the 11th is after the window
    county.close()


def test_a_database_from_before_windows_recounts_the_days_outside_its_waves_period(tmp_path):
    files = [cadre_file(tmp_path, n, Wave("GQ2026", "国庆前后两周", "2026.1")) for n in range(5)]  # no period
    county = county_of(tmp_path, EVERY_DAY, files)
    county.close()
    conn = sqlite3.connect(tmp_path / "county.db")  # as the previous program left it: every day counted
    conn.execute("UPDATE summary_respondent SET logged_days = 14")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm015_diary_window'")
    conn.execute("ALTER TABLE wave DROP COLUMN workdays_only")
    conn.commit()
    conn.close()
    county = Storage.open(tmp_path / "county.db")
    assert {row[0] for row in county.db.execute("SELECT logged_days FROM summary_respondent")} == {13}
    county.close()


def test_the_wave_file_hands_the_window_and_the_sampling_to_the_collectors(tmp_path, storage):
    storage.add_wave(replace(WORKDAYS_ONLY, sampling="census"))
    write_wave_file(storage, WORKDAYS_ONLY.id, tmp_path / "批次.bwave")
    handed = read_wave_file(tmp_path / "批次.bwave").wave
    assert (handed.workdays_only, handed.sampling) == (True, "census")
    for key, forged in (("workdays_only", "yes"), ("sampling", "all")):
        data = json.loads((tmp_path / "批次.bwave").read_text(encoding="utf-8"))
        data[key] = forged
        (tmp_path / "forged.bwave").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(WaveFileRejected) as refused:
            read_wave_file(tmp_path / "forged.bwave")
        assert key in refused.value.message


def test_the_paper_template_lists_only_the_windows_workdays(tmp_path):
    book = load_workbook(write_template(tmp_path / "模板.xlsx", WORKDAYS_ONLY))
    headers = [c.value for c in book["每日用时"][1]][1:]
    assert [d.date() for d in headers] == [date(2026, 9, 28), date(2026, 9, 29), date(2026, 9, 30),
                                          date(2026, 10, 8), date(2026, 10, 9), date(2026, 10, 10)]
    assert any("只记工作日" in str(c.value) for row in book["说明"].iter_rows() for c in row)


def test_a_survey_file_never_sets_the_window_of_a_wave_first_met_in_it(tmp_path):
    # The first file of a new wave claims a one-day window: every other cadre's days would count for nothing.
    first = cadre_file(tmp_path, 0, replace(EVERY_DAY, period_start=WEEKS[0], period_end=WEEKS[0]))
    others = [cadre_file(tmp_path, n, EVERY_DAY) for n in range(1, 5)]
    county = Storage.open(tmp_path / "county.db")
    report = import_paths(county, [first, *others], accept_new_waves=True, today=TODAY)
    assert report.count("imported") == 5
    [wave] = county.list_waves()
    assert (wave.period_start, wave.period_end, wave.workdays_only) == (None, None, False)
    assert "文件所带的调查时段（2026-09-28 至 2026-09-28）与本库的批次（不限）不同，按本库的时段计算" in report.results[0].reason
    [tool] = compute(county, guard=EXACT).top_tools_by_minutes
    assert tool.total_minutes == 60 + 4 * 13 * 60  # the first file carries one day, each other file thirteen
    county.close()


def test_the_organisers_wave_file_gives_a_file_registered_wave_its_window_and_recounts(tmp_path):
    files = [cadre_file(tmp_path, n, EVERY_DAY) for n in range(5)]
    county = Storage.open(tmp_path / "county.db")
    import_paths(county, files, accept_new_waves=True, today=TODAY)
    organisers_wave_file(tmp_path, WORKDAYS_ONLY)
    loaded = load_wave_file(county, tmp_path / "批次.bwave")
    assert "按批次文件定下调查时段：2026-09-28 至 2026-10-10，只计工作日" in loaded.note
    [tool] = compute(county, guard=EXACT).top_tools_by_minutes
    assert tool.total_minutes == 5 * 6 * 60  # recounted at once: the six workdays of the window
    assert any("定下调查时段" in e.detail for e in audit.entries(county))
    county.close()


def test_a_wave_file_corrects_a_window_a_cadres_file_once_set(tmp_path, storage):
    # As before this rule: the first cadre's file gave the wave a one-day window, and nothing could correct it.
    storage.add_wave(replace(EVERY_DAY, period_start=WEEKS[0], period_end=WEEKS[0]))
    organisers_wave_file(tmp_path, WORKDAYS_ONLY)
    loaded = load_wave_file(storage, tmp_path / "批次.bwave")
    assert "（原为2026-09-28 至 2026-09-28）" in loaded.note
    [wave] = storage.list_waves()
    assert (wave.period_end, wave.workdays_only) == (date(2026, 10, 10), True)


def test_a_program_killed_after_the_window_migration_still_recounts_at_the_next_start(tmp_path):
    files = [cadre_file(tmp_path, n, Wave("GQ2026", "国庆前后两周", "2026.1")) for n in range(5)]
    county_of(tmp_path, EVERY_DAY, files).close()
    conn = sqlite3.connect(tmp_path / "county.db")  # migrated, the recount still due, then killed
    conn.execute("UPDATE summary_respondent SET logged_days = 14")
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('summaries_recount_due', '1')")
    conn.commit()
    conn.close()
    county = Storage.open(tmp_path / "county.db")
    assert {row[0] for row in county.db.execute("SELECT logged_days FROM summary_respondent")} == {13}
    assert county.get_setting("summaries_recount_due") is None
    county.close()


def test_a_window_given_later_judges_again_who_said_nothing_within_it(tmp_path):
    # A sixth cadre logged only days after the window, and gave no township: once the window is known, nothing.
    files = [cadre_file(tmp_path, n, EVERY_DAY) for n in range(5)]
    late = Storage.open(tmp_path / "late.db")
    tool = late.save_tool(Tool(name="学习强国", kind="app", formality_share=50))
    late.set_minutes_many([(tool.id, date(2026, 10, 15), 60)], today=TODAY)
    export_response(late, Wave("GQ2026", "国庆前后两周", "2026.1"), tmp_path / "late.bsurvey")  # its program: 不限
    late.close()
    county = Storage.open(tmp_path / "county.db")
    import_paths(county, [*files, tmp_path / "late.bsurvey"], accept_new_waves=True, today=TODAY)
    assert compute(county, guard=EXACT).respondents == 6  # an open window: the 15th counts
    organisers_wave_file(tmp_path, EVERY_DAY)
    load_wave_file(county, tmp_path / "批次.bwave")
    assert compute(county, guard=EXACT).respondents == 5
    county.close()


def test_the_organisers_own_open_window_is_not_set_by_a_wave_file(tmp_path, storage):
    from burden_survey.survey_files.wave_keys import create_wave_key

    storage.add_wave(Wave("GQ2026", "国庆前后两周", "2026.1"))  # 不限, on purpose
    create_wave_key(storage, "GQ2026", "一个足够长的口令 2026")
    organisers_wave_file(tmp_path, EVERY_DAY, "别处.bwave")
    loaded = load_wave_file(storage, tmp_path / "别处.bwave")
    assert "本库是组织者的数据库" in loaded.note and "保留本库的" in loaded.note
    assert storage.list_waves()[0].period_start is None


def test_a_database_killed_while_it_was_first_made_still_opens(tmp_path):
    # Only the migrations' own table was written: no settings table to say a recount is due (found by the kill test).
    conn = sqlite3.connect(tmp_path / "new.db")
    conn.execute("CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)")
    conn.commit()
    conn.close()
    storage = Storage.open(tmp_path / "new.db")
    assert storage.list_waves() == []
    storage.close()
