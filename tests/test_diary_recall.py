"""The diary against memory (issue 15): each cadre's own estimate of a workday beside the minutes they logged, and
how late each logged day was entered, as a band that never dates the cadre's sessions."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from burden_survey.disclosure.guard import Guard
from burden_survey.disclosure.policy import Policy
from burden_survey.indicators.indicators import compute, indicators_to_json
from burden_survey.indicators.key_figures import key_figures
from burden_survey.store.storage import Storage
from burden_survey.survey.model import Profile, Tool
from burden_survey.survey.survey_file import Wave
from burden_survey.survey_files import content
from burden_survey.survey_files.filestore import export_response, read_manifest
from burden_survey.survey_files.importer import import_paths
from burden_survey.system.errors import InputRejected

EXACT = Guard(Policy(), keys=None)
WAVE = Wave("XS2026A", "锡山区2026年第四季度", "2026.1")
MON = date(2026, 11, 16)  # an ordinary week: Monday 16 to Friday 20 November 2026
WEEK = [MON + timedelta(days=d) for d in range(5)]
TODAY = date(2026, 11, 30)


def banded(storage: Storage) -> list[tuple[str, str | None]]:
    return storage.db.execute("SELECT day, entered FROM daily_minutes ORDER BY day").fetchall()


def test_each_day_is_banded_by_how_late_it_was_first_entered(storage):
    tool = storage.save_tool(Tool(name="学习强国", kind="app"))
    storage.set_minutes(tool.id, WEEK[0], 30, today=WEEK[0])
    storage.set_minutes(tool.id, WEEK[1], 30, today=WEEK[1] + timedelta(days=2))
    storage.set_minutes(tool.id, WEEK[2], 30, today=WEEK[2] + timedelta(days=3))
    # A correction a week later changes the minutes, not when the day was first recalled.
    storage.set_minutes(tool.id, WEEK[0], 45, today=WEEK[0] + timedelta(days=7))
    assert banded(storage) == [("2026-11-16", "same_day"), ("2026-11-17", "within_two_days"),
                               ("2026-11-18", "later")]
    assert storage.minutes_between(WEEK[0], WEEK[0]) == {(tool.id, WEEK[0]): 45}


def test_the_survey_file_carries_the_band_and_the_estimate_but_no_time(tmp_path, storage):
    tool = storage.save_tool(Tool(name="学习强国", kind="app"))
    storage.set_minutes(tool.id, WEEK[0], 30, today=WEEK[0])
    storage.save_profile(Profile(usual_minutes=120))
    export_response(storage, WAVE, tmp_path / "cadre.bsurvey")
    conn = sqlite3.connect(tmp_path / "cadre.bsurvey")
    assert [c[1] for c in conn.execute("PRAGMA table_info(daily_minutes)")] == ["tool_id", "day", "minutes", "entered"]
    assert conn.execute("SELECT entered FROM daily_minutes").fetchall() == [("same_day",)]
    assert conn.execute("SELECT usual_minutes FROM respondent").fetchall() == [(120,)]
    # Both are answers the cadre's signature covers: the file's fingerprint is of the version that has them.
    assert content.version_of(read_manifest(conn).responses[0].content_sha256) == 3
    conn.close()


def test_an_estimate_outside_a_day_is_refused_naming_the_field(storage):
    with pytest.raises(InputRejected) as refused:
        storage.save_profile(Profile(usual_minutes=2000))
    assert "平时每个工作日用时" in str(refused.value)
    assert storage.load_profile().usual_minutes is None


def cadre_file(folder, number: int, estimate: int | None, minutes: int, late_by: int):
    """A cadre who logs `minutes` on each workday of the week, each entered `late_by` days after it."""
    cadre = Storage.open(folder / f"cadre{number}.db")
    cadre.save_profile(Profile(province_code="320000", city_code="320200", county_code="320205",
                               township_name="东港镇", usual_minutes=estimate))
    tool = cadre.save_tool(Tool(name="学习强国", kind="app", formality_share=50))
    for day in WEEK:
        cadre.set_minutes(tool.id, day, minutes, today=day + timedelta(days=late_by))
    path = folder / f"cadre{number}.bsurvey"
    export_response(cadre, WAVE, path)
    cadre.close()
    return path


@pytest.fixture
def county(tmp_path):
    """Six cadres who estimate 100 minutes a workday and log 60; two of them fill the week in four days late; a
    seventh logs 300 minutes and gives no estimate."""
    files = [cadre_file(tmp_path, n, 100, 60, late_by=4 if n >= 4 else n % 3) for n in range(6)]
    files.append(cadre_file(tmp_path, 6, None, 300, late_by=0))
    supervisor = Storage.open(tmp_path / "county.db")
    supervisor.add_wave(WAVE)
    assert import_paths(supervisor, files, today=TODAY).count("imported") == 7
    yield supervisor
    supervisor.close()


def test_the_county_reads_its_diary_against_its_estimate(county):
    ind = compute(county, guard=EXACT)
    check = ind.diary_check
    # The seventh gave no estimate: the 300 minutes are in the county's mean, not in this comparison.
    assert (check.n, check.diary_mean, check.estimate_mean, check.ratio) == (6, 60, 100, 0.6)
    assert ind.minutes_per_workday.mean == 95  # (6 × 60 + 300) / 7 = 94.3, to 5 minutes
    card = next(f for f in key_figures(ind) if f.key == "diary_check")
    assert (card.label, str(card.value)) == ("日志与本人估计之比", "60%")
    # The six are all alike (60 against 100): the interval is the one step either side it always has.
    assert str(card.note) == "6 人，95% 区间 50%–70%：日志记录每工作日 60 分钟（均值），本人估计 100 分钟（均值）"


def test_the_county_reads_how_many_days_were_entered_within_two_days(county):
    ind = compute(county, guard=EXACT)
    # 7 cadres × 5 days; the two who were four days late entered 10 of them.
    assert (ind.entered_promptly.count, ind.entered_promptly.n) == (25, 35)
    card = next(f for f in key_figures(ind) if f.key == "entered_promptly")
    assert (card.label, str(card.value)) == ("两天内记下的天数", "70%")  # 71 %, to what seven people support
    figures = indicators_to_json(ind)
    # The interval rests on the seven cadres, not on 35 days as if each were a cadre of its own ([0.5, 0.9]).
    assert figures["entered_promptly"] == {"count": 25, "n": 35, "rate": 0.7, "interval": [0.3, 1.0],
                                           "suppressed": False}
    assert figures["diary_check"] == {"n": 6, "diary_mean": 60, "estimate_mean": 100, "ratio": 0.6,
                                      "interval": [0.5, 0.7], "suppressed": False}


def test_fewer_than_k_estimates_are_not_shown(tmp_path):
    files = [cadre_file(tmp_path, n, 100 if n < 4 else None, 60, late_by=0) for n in range(6)]
    supervisor = Storage.open(tmp_path / "county.db")
    supervisor.add_wave(WAVE)
    import_paths(supervisor, files, today=TODAY)
    ind = compute(supervisor, guard=EXACT)
    supervisor.close()
    assert ind.diary_check.suppressed and ind.diary_check.ratio is None
    assert indicators_to_json(ind)["diary_check"]["ratio"] == "<5"
    card = next(f for f in key_figures(ind) if f.key == "diary_check")
    assert str(card.value) == "<5"


def test_an_estimate_with_a_fraction_of_a_minute_is_refused_as_not_a_whole_number(storage):
    with pytest.raises(InputRejected) as refused:
        storage.save_profile(Profile(usual_minutes=90.5))
    assert "应为整数" in str(refused.value)
    assert storage.load_profile().usual_minutes is None
