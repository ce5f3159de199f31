"""「我的负担」 figures match what a cadre would work out by hand."""

from datetime import date

from burden_survey.indicators.metrics import my_burden, summarize_period
from burden_survey.survey.model import DailyTotal, Quota, Tool

TODAY = date(2026, 11, 20)  # a Friday


def test_minutes_per_workday_average_only_logged_weekdays():
    totals = [DailyTotal(date(2026, 11, 16), 60, 30.0, 60), DailyTotal(date(2026, 11, 17), 90, 30.0, 90),
              DailyTotal(date(2026, 11, 15), 500, 0.0, 500)]
    week = summarize_period(totals, date(2026, 11, 16), TODAY)
    assert (week.logged_workdays, week.minutes_per_workday, week.formality_per_workday) == (2, 75, 30)
    assert week.formality_share == 60 / 150


def test_a_cadres_burden_counts_tools_quotas_and_formality(storage):
    points = storage.save_tool(Tool("学习强国", kind="app", actions=["points"], formality_share=100)).id
    group = storage.save_tool(Tool("镇干部群", kind="work_group", formality_share=50)).id
    storage.set_minutes_many([(points, date(2026, 11, 19), 30), (group, date(2026, 11, 19), 20),
                              (points, date(2026, 11, 2), 10)], today=TODAY)
    storage.save_quota(Quota("苏服办", target_count=160, achieved_count=100, hours_spent=6, counted_in_assessment=True))

    burden = my_burden(storage, TODAY)

    assert burden.week.minutes_per_workday == 50
    assert burden.week.formality_per_workday == 40
    assert burden.month.total_minutes == 60 and burden.month.logged_workdays == 2
    assert burden.tools_by_kind == {"app": 1, "work_group": 1}
    assert (burden.quotas.count, burden.quotas.target_total, burden.quotas.counted_in_assessment) == (1, 160, 1)
    assert burden.warnings == []


def test_more_than_25_apps_gives_a_warning_but_no_refusal(storage):
    for i in range(26):
        storage.save_tool(Tool(f"应用{i}"))
    assert any("26 个应用" in w for w in my_burden(storage, TODAY).warnings)
