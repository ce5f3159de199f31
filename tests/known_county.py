"""A small county built by hand, so that every indicator can be worked out on paper (see test_indicators.py).

The week of Monday 16 to Saturday 21 November 2026. 东港镇 has five respondents (R1–R5), 锡北镇 two (R6, R7).
Tools as (kind, sponsor level, department, after hours, formality %); minutes as logged:

R1 乡镇机关  学习强国 (app, central, 宣传部, daily, 100), 镇干部群 (group, township, weekly, 50, 回"收到");
             Mon 30+10, Tue 30+10, Saturday 学习强国 15. Quotas: 苏服办 100/80, and a deleted one.
R2 乡镇机关  学习强国 (sometimes, 100), 网格通 (app, county, 政法委, never, 0), 旧应用 (daily, deleted);
             Wed 40+20 (旧应用's 50 deleted with it).
R3 乡镇机关  学习强国 (blank, 100), 防溺水打卡 (mini-program, county, 教育, never, 100); Mon 10+10, Tue 10+10.
R4 乡镇机关  网格通 (sometimes, 0), 村两委群 (group, daily, 100, 否), 森林防火群 (group, sometimes, 50, 限时回复);
             Thu 60+40.
R5 村两委    学习强国 (weekly, 100), 网格通 (never, 0), 河长制 (app, province, 水利, never, 0); Mon 20+10, Tue 20+10.
R6 乡镇机关  学习强国 (blank, 100), 网格通 (blank, 0); Fri 30+20.
R7 网格员    学习强国 (sometimes, 100); Saturday 25 only: no logged workday.
"""

from __future__ import annotations

from datetime import date

from burden_survey.survey.model import Profile, Quota, RuleAnswer, Tool

MON, TUE, WED, THU, FRI, SAT = (date(2026, 11, d) for d in range(16, 22))
TODAY = date(2026, 11, 22)
COUNTY = dict(province_code="320000", city_code="320200", county_code="320205")


def _profile(township: str, unit_type: str) -> Profile:
    return Profile(**COUNTY, township_name=township, unit_type=unit_type)


def _app(name, kind="app", level="central", department="宣传部", after=None, formality=100) -> Tool:
    return Tool(name, kind=kind, sponsor_level=level, line_department=department, after_hours=after,
                formality_share=formality)


def _group(name, after, formality, instant) -> Tool:
    return Tool(name, kind="work_group", sponsor_level="township", after_hours=after, formality_share=formality,
                group_instant_response=instant)


def _quota(tool, target, achieved, counted, hours) -> Quota:
    return Quota(tool, target_count=target, achieved_count=achieved, counted_in_assessment=counted, hours_spent=hours)


def _answers(**given) -> list[RuleAnswer]:
    """Q15=("yes", 3) gives a 是 with 3 systems named; Q7="yes" a plain answer; None a blank."""
    answers = []
    for code, value in given.items():
        if isinstance(value, tuple):
            answers.append(RuleAnswer(code, value[0], {"systems": value[1]}))
        else:
            answers.append(RuleAnswer(code, value))
    return answers


def add_known_respondents(storage) -> dict[str, str]:
    """Add R1–R7 to `storage`; returns their ids by name."""
    ids = {}
    xuexi = lambda after=None: _app("学习强国", after=after)  # noqa: E731
    wangge = lambda after=None: _app("网格通", level="county", department="政法委", after=after, formality=0)  # noqa: E731

    ids["R1"] = storage.add_respondent_bundle(
        _profile("东港镇", "township_organ"),
        [xuexi("daily"), _group("镇干部群", "weekly", 50, "ack")],
        [(0, MON, 30), (1, MON, 10), (0, TUE, 30), (1, TUE, 10), (0, SAT, 15)],
        [_quota("苏服办", 100, 80, True, 10), _quota("苏服办", 999, 999, True, 99)],
        _answers(Q15=("yes", 3), Q7="yes", Q27="no", Q24="yes", Q1="yes"),
    )
    old_quota = storage.list_quotas(ids["R1"])[1]
    storage.delete_quota(old_quota.id)

    r2_tools = [xuexi("sometimes"), wangge("never"), _app("旧应用", level="city", department="组织部", after="daily")]
    ids["R2"] = storage.add_respondent_bundle(
        _profile("东港镇", "township_organ"), r2_tools, [(0, WED, 40), (1, WED, 20), (2, WED, 50)],
        [_quota("苏服办", 200, 150, False, 5.5)],
        _answers(Q15=("yes", 5), Q7="yes", Q27="no", Q24="yes", Q1="no"),
    )
    storage.delete_tool(r2_tools[2].id)

    ids["R3"] = storage.add_respondent_bundle(
        _profile("东港镇", "township_organ"),
        [xuexi(), _app("防溺水打卡", kind="mini_program", level="county", department="教育", after="never")],
        [(0, MON, 10), (1, MON, 10), (0, TUE, 10), (1, TUE, 10)],
        [_quota("苏服办", 50, 50, None, None)],
        _answers(Q15=("yes", 2), Q7="no", Q27="yes", Q24="yes"),
    )
    ids["R4"] = storage.add_respondent_bundle(
        _profile("东港镇", "township_organ"),
        [wangge("sometimes"), _group("村两委群", "daily", 100, "no"), _group("森林防火群", "sometimes", 50, "timed")],
        [(0, THU, 60), (1, THU, 40)],
        [_quota("苏服办", 100, 90, True, 4.5)],
        _answers(Q15=("yes", 4), Q7="unknown", Q27="yes", Q24="yes"),
    )
    ids["R5"] = storage.add_respondent_bundle(
        _profile("东港镇", "village_committee"),
        [xuexi("weekly"), wangge("never"),
         _app("河长制", level="province", department="水利", after="never", formality=0)],
        [(0, MON, 20), (1, MON, 10), (0, TUE, 20), (1, TUE, 10)],
        [_quota("苏服办", 50, 20, True, 2)],
        _answers(Q15="na", Q7="na", Q27="yes", Q24="yes"),
    )
    ids["R6"] = storage.add_respondent_bundle(
        _profile("锡北镇", "township_organ"), [xuexi(), wangge()], [(0, FRI, 30), (1, FRI, 20)],
        [_quota("国家反诈中心", None, 10, False, 3)],
        _answers(Q15="no", Q7="yes"),
    )
    ids["R7"] = storage.add_respondent_bundle(
        _profile("锡北镇", "grid_worker"), [xuexi("sometimes")], [(0, SAT, 25)], [],
        _answers(Q15=("yes", 6), Q7=None),
    )
    return ids


def add_second_wave_respondents(storage) -> list[str]:
    """S1–S5 in 东港镇: 防溺水打卡 (mini-program) 30 and 学习强国 (app) 10 minutes on Monday — the 换马甲 wave."""
    return [
        storage.add_respondent_bundle(
            _profile("东港镇", "township_organ"),
            [_app("防溺水打卡", kind="mini_program", level="county", department="教育"), _app("学习强国")],
            [(0, MON, 30), (1, MON, 10)], [], [],
        )
        for _ in range(5)
    ]
