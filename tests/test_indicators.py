"""The indicators match figures worked out by hand on a small known county (tests/known_county.py).

The arithmetic is checked before the noise: these tests pass a guard without cell keys (`EXACT`), which keeps
every other rule of the disclosure policy (k, the group sizes a median or a P90 needs, 「其他」, rounding to what the
group supports). What the noise does is tested in test_disclosure.py and test_disclosure_attacks.py.
"""

from datetime import date

import pytest

from burden_survey.disclosure.guard import Guard
from burden_survey.disclosure.policy import Policy
from burden_survey.indicators import indicator_sql
from burden_survey.cli.demo import write_demo
from burden_survey.survey_files.filestore import export_response
from burden_survey.survey_files.importer import import_paths
from burden_survey.indicators.figures import Filters
from burden_survey.indicators.indicators import compute, indicators_to_json
from burden_survey.indicators.shown import SUPPRESSED_TEXT
from burden_survey.survey.model import Profile, Tool
from burden_survey.store.report_sql import replace_roster
from burden_survey.store.storage import Storage
from burden_survey.survey.survey_file import Wave
from known_county import MON, SAT, TODAY, add_known_respondents, add_second_wave_respondents

EXACT = Guard(Policy(), keys=None)
OTHER = "其他（少于 5 人填报）"
FIRST = Wave("2026Q4", "2026年第四季度", "2026.1")
SECOND = Wave("2027Q1", "2027年第一季度", "2026.1")


@pytest.fixture
def county(storage):
    add_known_respondents(storage)
    return storage


@pytest.fixture
def two_waves(tmp_path):
    """A supervisor's database: R1–R7 answered the first wave, S1–S5 the second, all through survey files."""
    files = []
    for name, build, wave in (("first", add_known_respondents, FIRST), ("second", add_second_wave_respondents, SECOND)):
        field = Storage.open(tmp_path / f"{name}.db")
        ids = build(field)
        for number, rid in enumerate(ids.values() if isinstance(ids, dict) else ids):
            files.append(tmp_path / f"{name}-{number}.bsurvey")
            export_response(field, wave, files[-1], source_id=rid)
        field.close()
    supervisor = Storage.open(tmp_path / "county.db")
    report = import_paths(supervisor, files, accept_new_waves=True, today=TODAY)
    assert report.count("imported") == 12
    yield supervisor
    supervisor.close()


def labels(figures):
    return [f.label for f in figures]


def test_minutes_per_workday_leave_out_respondents_with_no_logged_workday(county):
    ind = compute(county, guard=EXACT)
    assert ind.respondents == 7
    # R1 80/2 = 40, R2 60/1 = 60 (the deleted tool's 50 left out), R3 40/2 = 20, R4 100/1 = 100, R5 60/2 = 30,
    # R6 50/1 = 50; R7 logged only a Saturday. Sorted: 20 30 40 50 60 100.
    m = ind.minutes_per_workday
    assert m.n == 6
    assert m.mean == 50  # 300 / 6, written to 5 minutes as a group of six supports
    # Six people have no median or P90 to show: each would be one of their own values (the P90 is R4's 100).
    assert (m.median, m.p90) == (None, None)
    assert ind.minutes_histogram == []  # bars of fewer than k, or one bar: no histogram below 20 respondents


def test_the_median_and_the_p90_need_room_on_either_side():
    # Medians from 10 respondents (k on each side), P90s from 50 (k at or above it), nearest rank ⌈0.9 × n⌉.
    values = list(range(1, 51))
    assert (EXACT.median(values[:9]), EXACT.median(values[:10])) == (None, 5.0)  # (5 + 6) / 2 = 5.5, to 5 minutes
    assert (EXACT.p90(values[:49]), EXACT.p90(values)) == (None, 45.0)
    assert EXACT.median(values[:10], unit="count") == 6.0 and EXACT.p90(values, unit="count") == 45.0


def test_formality_minutes_and_share_pool_every_workday(county):
    ind = compute(county, guard=EXACT)
    # Formality = minutes × formality %: R1 60×1 + 20×0.5 = 70 over 2 days → 35; R2 40 → 40; R3 20 + 20 = 40
    # over 2 → 20; R4 40 → 40; R5 40 over 2 → 20; R6 30 → 30. Sorted: 20 20 30 35 40 40.
    f = ind.formality_minutes_per_workday
    assert (f.n, f.mean) == (6, 30)  # 185 / 6 = 30.8, to 5 minutes
    # Σ formality 70+40+40+40+40+30 = 260 of Σ minutes 80+60+40+100+60+50 = 390: 67 %, to 10 % for six people.
    assert ind.formality_share == pytest.approx(0.7)


def test_a_share_left_unanswered_stays_out_of_the_formality_figures_and_is_not_counted_as_zero(county):
    """R8 logs 200 minutes on a tool whose 留痕占比 was never chosen and 20 on one at 100 %."""
    unanswered = Tool("河长制", kind="app", actions=["photo_video"])  # ticked, yet not answered
    county.add_respondent_bundle(Profile(province_code="320000", city_code="320200", county_code="320205",
                                         township_name="东港镇", unit_type="township_organ"),
                                 [unanswered, Tool("学习强国", formality_share=100)], [(0, MON, 200), (1, MON, 20)],
                                 [], [])
    ind = compute(county, guard=EXACT)

    # The share pools the minutes whose share was given: 260 + 20 of 390 + 20 = 68 %, to 10 %; as 0 % it would
    # have read 280 of 610 = 46 %, to 50 %.
    assert ind.formality_share == pytest.approx(0.7)
    # Minutes per workday count R8's 220; the formality minutes leave R8 out (one of its minutes has no share).
    assert ind.minutes_per_workday.n == 7
    assert (ind.formality_minutes_per_workday.n, ind.formality_minutes_per_workday.mean) == (6, 30)


def test_tools_per_respondent_count_live_tools_by_kind(county):
    tools = compute(county, guard=EXACT).tools_per_respondent
    # All kinds: R1 2, R2 2 (旧应用 deleted), R3 2, R4 3, R5 3, R6 2, R7 1 → 1 2 2 2 2 3 3.
    every = tools["all"]
    assert (every.n, every.mean, every.median) == (7, 2.0, None)  # 15 / 7 = 2.14, to half a tool
    # Apps: 1 2 1 1 3 2 1 → 11 / 7 = 1.57; work groups: 1 0 0 2 0 0 0 → 3 / 7 = 0.43.
    apps, groups = tools["app"], tools["work_group"]
    assert (apps.mean, groups.mean) == (1.5, 0.5)
    assert tools["h5_page"].mean == 0


def test_after_hours_counts_respondents_at_a_level_or_more_often(county):
    after = compute(county, guard=EXACT).after_hours
    # Most frequent level per respondent: R1 每天, R2 偶尔 (the deleted 每天 tool does not count), R3 从不, R4 每天,
    # R5 每周多次, R6 none answered, R7 偶尔.
    assert {level: (s.count, s.n) for level, s in after.items()} == {
        "never": (6, 7), "sometimes": (5, 7), "weekly": (3, 7), "daily": (2, 7)}


def test_tools_reported_by_fewer_than_five_are_never_named_only_counted_together(county):
    ind = compute(county, guard=EXACT)
    top = ind.top_tools_by_minutes
    # 学习强国: R1 75 (Saturday included), R2 40, R3 20, R5 40, R6 30, R7 25 = 230 minutes by 6 respondents;
    # workday minutes 190 over their 2+1+2+2+1+0 = 8 logged workdays: 23.75, to 5 minutes for six people.
    assert (top[0].label, top[0].respondents, top[0].total_minutes) == ("学习强国", 6, 230)
    assert top[0].minutes_per_workday == 25 and not top[0].suppressed
    # 网格通 (four people), 村两委群, 镇干部群, 防溺水打卡 and 河长制 (one each) are one row, last: 200 minutes of
    # R1–R6. The deleted 旧应用 is in no row.
    other = top[-1]
    assert labels(top) == ["学习强国", OTHER] and other.other
    assert (other.respondents, other.total_minutes) == (6, 200)
    assert labels(ind.top_tools_by_respondents) == ["学习强国", OTHER]


def test_sponsor_levels_and_line_departments_group_the_same_figures(county):
    ind = compute(county, guard=EXACT)
    levels = {f.label: f for f in ind.by_sponsor_level}
    assert labels(ind.by_sponsor_level) == ["中央部门", "省级", "县/区", "乡镇/街道"]
    # 县/区: 网格通 (R2 R4 R5 R6) and 防溺水打卡 (R3): 120 + 20 minutes, all on workdays, over 1+2+1+2+1 = 7 days.
    county_level = levels["县/区"]
    assert (county_level.respondents, county_level.total_minutes, county_level.suppressed) == (5, 140, False)
    assert county_level.minutes_per_workday == 20  # 140 / 7
    # The levels are the vocabulary's, in its order: a suppressed one keeps its row and shows no number.
    assert levels["乡镇/街道"].suppressed and levels["省级"].suppressed  # groups of R1 and R4; 河长制 of R5
    assert levels["省级"].respondents is None and levels["省级"].total_minutes is None
    # Departments are typed: those of fewer than five (政法委, 教育, 水利, the blank ones) are only 「其他」.
    assert labels(ind.by_line_department) == ["宣传部", OTHER]


def test_work_groups_and_instant_response(county):
    ind = compute(county, guard=EXACT)
    assert (ind.groups_per_respondent.mean, ind.groups_per_respondent.p90) == (0.5, None)
    # Three groups: 回"收到" and 限时回复 demand an instant response, 否 does not; they belong to two respondents only.
    instant = ind.groups_instant_response
    assert instant.suppressed and (instant.count, instant.n, instant.rate) == (0, 0, None)
    assert (ind.respondents_with_instant_groups.count, ind.respondents_with_instant_groups.n) == (2, 7)


def test_repeated_reporting_and_the_systems_named(county):
    ind = compute(county, guard=EXACT)
    # Q15: 是 R1 R2 R3 R4 R7, 否 R6, 不适用 R5 → 5 of 6 answered.
    assert (ind.repeated_reporting.count, ind.repeated_reporting.n) == (5, 6)
    systems = ind.repeated_reporting_systems  # 3 5 2 4 6
    assert (systems.n, systems.mean, systems.median, systems.p90) == (5, 4, None, None)


def test_quotas_count_live_quotas_only(county):
    q = compute(county, guard=EXACT).quotas
    # R1 苏服办 100/80 (a deleted 999 left out), R2 200/150, R3 50/50, R4 100/90, R5 50/20, R6 国家反诈中心 —/10.
    assert (q.quotas, q.target_total, q.achieved_total, q.hours_total) == (6, 500, 400, 25.0)
    assert q.achieved_rate == pytest.approx(0.8) and not q.suppressed
    assert (q.respondents_with_quota.count, q.respondents_with_quota.n) == (6, 7)
    assert (q.counted_in_assessment.count, q.counted_in_assessment.n) == (3, 5)  # R3 did not say
    assert q.by_tool == [("苏服办", 500, 390)]  # 国家反诈中心: one respondent, not even as 「其他」


def test_rule_rates_leave_out_not_applicable_and_blank_answers(county):
    rules = {r.code: r for r in compute(county, guard=EXACT).rules}
    assert len(rules) == 28
    # Q7: 是 R1 R2 R6, 否 R3, 不清楚 R4 (不适用 R5 and blank R7 left out) → 3 of 5.
    assert (rules["Q7"].answered, rules["Q7"].problems, rules["Q7"].unknown) == (5, 3, 1)
    assert rules["Q7"].rate == pytest.approx(0.6)
    assert (rules["Q27"].problems, rules["Q27"].answered) == (2, 5)  # 否 is the problem answer
    assert (rules["Q24"].problems, rules["Q24"].answered) == (0, 5)  # informational
    assert rules["Q1"].suppressed and rules["Q1"].rate is None and rules["Q28"].suppressed


def test_townships_break_minutes_down_by_kind_and_small_townships_read_lt5(county):
    ind = compute(county, guard=EXACT)
    east, north = ind.township_kinds
    assert (east.township, east.n, north.township, north.n) == ("东港镇", 5, "锡北镇", 1)
    # 东港镇 apps: R1 60/2 + R2 60/1 + R3 20/2 + R4 60/1 + R5 60/2 = 190, over 5; mini-programs: R3 20/2 = 10;
    # groups: R1 20/2 + R4 40/1 = 50. The kinds add up to the township's mean of 250 / 5 = 50 (each to 5 minutes).
    assert east.minutes_by_kind == {"app": 40, "mini_program": 0, "work_group": 10}
    assert north.suppressed and north.minutes_by_kind == {}
    assert indicators_to_json(ind)["township_kinds"][1]["minutes_by_kind"] == SUPPRESSED_TEXT


def test_township_and_unit_type_filters_narrow_the_respondents(county):
    east = compute(county, Filters(township="东港镇"), guard=EXACT)  # 40 60 20 100 30
    assert (east.respondents, east.minutes_per_workday.mean) == (5, 50)
    north = compute(county, Filters(township=" 锡北镇 "), guard=EXACT)
    assert north.respondents == 2 and north.minutes_per_workday.suppressed and north.minutes_per_workday.mean is None
    assert indicators_to_json(north)["minutes_per_workday"]["mean"] == SUPPRESSED_TEXT
    offices = compute(county, Filters(unit_type="township_organ"), guard=EXACT)  # R1 R2 R3 R4 R6: 40 60 20 100 50
    m = offices.minutes_per_workday
    assert (offices.respondents, m.mean) == (5, 55)  # 54, to 5 minutes


def test_a_tool_kind_filter_narrows_tools_and_minutes_not_respondents(county):
    apps = compute(county, Filters(tool_kind="app"), guard=EXACT)
    assert apps.respondents == 7
    # App minutes per logged workday: R1 60/2, R2 60, R3 20/2, R4 60, R5 60/2, R6 50 → 10 30 30 50 60 60.
    m = apps.minutes_per_workday
    assert (m.n, m.mean) == (6, 40)
    assert apps.formality_share == pytest.approx(0.6)  # 60+40+20+0+40+30 of 60+60+20+60+60+50 = 61 %
    assert set(apps.tools_per_respondent) == {"all", "app"}
    assert apps.groups_per_respondent.mean == 0
    assert labels(apps.top_tools_by_respondents) == ["学习强国"]  # 网格通 and 河长制: fewer than five, no groups


def test_each_wave_gets_its_own_figures_and_the_wave_filter_picks_one(two_waves):
    ind = compute(two_waves, guard=EXACT)
    assert ind.respondents == 12
    first, second = ind.waves
    assert (first.wave_id, first.n, first.minutes_per_workday) == ("2026Q4", 6, pytest.approx(50))
    # The first wave's apps 240/6 = 40, mini-programs 10/6, groups 50/6; the second moved to mini-programs.
    assert first.minutes_by_kind == {"app": 40, "mini_program": 0, "work_group": 10}
    assert second.minutes_by_kind == {"app": 10, "mini_program": 30, "work_group": 0}
    later = compute(two_waves, Filters(wave_id="2027Q1"), guard=EXACT)
    assert (later.respondents, later.minutes_per_workday.mean, later.minutes_per_workday.p90) == (5, 40, None)
    assert [w.wave_id for w in later.waves] == ["2026Q4", "2027Q1"]  # the comparison ignores the wave filter
    east = compute(two_waves, Filters(wave_id="2026Q4", township="东港镇"), guard=EXACT)
    assert east.respondents == 5 and [w.n for w in east.waves] == [5, 5]


def test_returns_come_from_the_roster_of_the_wave(two_waves):
    replace_roster(two_waves, "2026Q4", [("东港镇", "", 6), ("锡北镇", "", 3)])
    assert compute(two_waves, Filters(wave_id="2026Q4"), guard=EXACT).returned_of_expected == (7, 9)
    assert compute(two_waves, Filters(wave_id="2026Q4", township="东港镇"), guard=EXACT).returned_of_expected == (5, 6)
    assert compute(two_waves, Filters(wave_id="2027Q1"), guard=EXACT).returned_of_expected is None


def test_a_cadres_own_database_gives_suppressed_figures_not_errors(storage):
    tool = storage.save_tool(Tool("学习强国", actions=["points"]))
    storage.set_minutes_many([(tool.id, MON, 30), (tool.id, SAT, 10)], today=TODAY)
    ind = compute(storage, guard=EXACT)
    assert ind.respondents == 1 and ind.waves == [] and ind.returned_of_expected is None
    assert ind.minutes_per_workday.n == 1 and ind.minutes_per_workday.mean is None
    assert ind.minutes_histogram == [] and ind.formality_share is None
    assert ind.top_tools_by_minutes == []  # a tool of one person is not named, and a 「其他」 of one not shown
    assert indicators_to_json(ind)["respondents"] == "<5"
    assert indicators_to_json(ind)["minutes_per_workday"] == {
        "n": "<5", "mean": "<5", "median": "<5", "p90": "<5", "interval": "<5", "suppressed": True}


def test_an_empty_database_gives_empty_figures(storage):
    ind = compute(storage, guard=EXACT)
    assert ind.respondents == 0 and ind.minutes_per_workday.n == 0 and ind.top_tools_by_minutes == []


def test_per_tool_minutes_agree_with_the_summary_tables(tmp_path):
    write_demo(tmp_path / "demo.db", 6, seed=3, until=date(2026, 11, 20))
    storage = Storage.open(tmp_path / "demo.db")
    everyone = indicator_sql.params(None, None, None, None)
    workday = {}
    for tool in indicator_sql.tools(storage.db.conn, everyone):
        workday[tool.respondent_id] = workday.get(tool.respondent_id, 0) + tool.workday_minutes
    assert {p.id: p.workday_minutes for p in indicator_sql.respondents(storage.db.conn, everyone)} == workday
    storage.close()


def test_compute_never_scans_the_daily_minutes(county):
    # The dashboard must stay quick on millions of daily rows: it reads the summary tables only.
    statements = []
    county.db.conn.set_trace_callback(statements.append)
    compute(county, Filters(township="东港镇"), guard=EXACT)
    county.db.conn.set_trace_callback(None)
    assert statements and not any("daily_minutes" in s for s in statements)


def test_the_empty_self_respondent_the_app_creates_is_not_counted(tmp_path):
    from burden_survey.store.storage import Storage

    store = Storage.open(tmp_path / "fresh.db")
    store.self_id  # opening the app's pages creates it
    assert compute(store, Filters(), guard=EXACT).respondents == 0
    store.close()
