"""The sample county `make demo` opens shows every page something, with the spread public reports describe (issue 15).

Before, it had one wave, no registry and no roster, every tool in the top ten cost 6.2–6.9 minutes and every cadre
faced daily after-hours demands: no chart told anything."""

from __future__ import annotations

from datetime import date

import pytest

from burden_survey.cli.demo_county import write_demo_county
from burden_survey.disclosure.guard import Guard
from burden_survey.disclosure.policy import Policy
from burden_survey.indicators.figures import Filters
from burden_survey.indicators.indicators import compute
from burden_survey.registry.governance import cleanup_progress
from burden_survey.registry.matching import unregistered
from burden_survey.store.report_sql import roster_totals
from burden_survey.store.storage import Storage

EXACT = Guard(Policy(), keys=None)
UNTIL = date(2026, 11, 20)


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "county.db"
    write_demo_county(path, 60, 7, until=UNTIL)
    storage = Storage.open(path)
    yield storage
    storage.close()


def test_two_waves_show_the_burden_moving_from_apps_to_mini_programs_and_groups(county):
    earlier, later = compute(county, guard=EXACT).waves
    assert (earlier.title, later.title) == ("示例县2026年第三季度调查", "示例县2026年第四季度调查")
    assert later.minutes_by_kind["app"] < earlier.minutes_by_kind["app"]
    assert later.minutes_by_kind["mini_program"] > earlier.minutes_by_kind["mini_program"]
    assert later.minutes_by_kind["work_group"] > earlier.minutes_by_kind["work_group"]


def test_a_few_tools_take_most_of_the_time_and_some_cadres_far_more_than_the_rest(county):
    ind = compute(county, Filters(wave_id="DEMO2026"), guard=EXACT)
    totals = [t.total_minutes for t in ind.top_tools_by_minutes if not t.other]
    assert totals[0] > 3 * totals[-1]  # before: the top ten all within 6.2–6.9 minutes
    minutes = ind.minutes_per_workday
    assert minutes.p90 > 1.8 * minutes.median
    daily = ind.after_hours["daily"].rate
    assert 0.2 < daily < 0.8  # before: 100 %


def test_the_registry_roster_and_matching_pages_have_something_to_show(county):
    progress = cleanup_progress(county, UNTIL)
    assert progress.overdue and progress.lacking_plan and progress.done
    assert {"志愿汇", "文明实践"} <= {name for name, *_ in unregistered(county, "DEMO2026")}
    expected, returned, _ = roster_totals(county, "DEMO2026")
    assert 0 < returned < expected
    [later] = [w for w in county.list_waves() if w.id == "DEMO2026"]
    assert later.sampling == "census" and later.period_end == UNTIL
    assert county.db.execute("SELECT count(*) FROM quota").fetchone()[0] > 0
