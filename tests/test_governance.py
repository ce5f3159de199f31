"""The governance view on a known county: burden per registry app, the 关停并转 list, clean-up progress, the pack."""

import shutil
import subprocess
from datetime import date

import pytest

from burden_survey.registry import matching, registry
from burden_survey.registry.governance import app_burdens, candidates, cleanup_progress
from burden_survey.survey.model import Profile, Quota, RuleAnswer, Tool
from burden_survey.registry.registry import RegistryApp
from burden_survey.report.report import ReportOptions, write_pdf
from burden_survey.report.report_governance import burden_row

from burden_survey.disclosure.guard import Guard
from burden_survey.disclosure.policy import Policy

EXACT = Guard(Policy(), keys=None)  # the sums by hand; what the noise does is tested in test_disclosure*.py
MONDAY, TUESDAY = date(2026, 11, 16), date(2026, 11, 17)
TODAY = date(2026, 11, 22)


def register(storage, name, **fields):
    return registry.save_app(storage, RegistryApp(name=name, owner_unit="示例县数据局", owner_level="county",
                                                  **fields)).id


def respondent(storage, tool, days, extra_tools=(), quotas=(), answers=()):
    """One cadre reporting `tool` with (day, minutes) logged on it, maybe more tools, quotas and rule answers."""
    logged = [(0, day, minutes) for day, minutes in days]
    storage.add_respondent_bundle(Profile(township_name="城关镇"), [tool, *extra_tools], logged, list(quotas),
                                  list(answers))


@pytest.fixture
def county(storage):
    return build_county(storage)


def build_county(storage):
    """Five registry apps and eighteen cadres; the figures each test expects are worked out here by hand.

    民情通 (in use, target 苏服办): R1–R6 report "民情通APP", 35 min on Monday and Tuesday each, all must check in,
        usefulness 2 → 6 people, 420 minutes, 420 / 12 workdays = 35 per workday, usefulness 2.0.
        R1, R2 answer Q7 是 and R4 answers Q27 否 (problem answers); R3 answers Q19 是 (a work-group rule) and
        Q24 是 (informational) → 3 violations. Quotas: R1 "民情通APP" 100/60, R2 "民情通" 50/50 → (2, 150, 110).
        Registry: 300 monthly actives of 10,000 registered (3.0%), similar app 苏服办走访模块.
    党建云 (in use, keep): R7–R11 report it, 10 min on Monday, usefulness 5,4,5,4,5 → 5 people, 50 minutes,
        10 per workday, usefulness 4.6; 600 of 1,000 active. The app that must NOT be a candidate.
    安全巡查 (整改中, to close by 2026-10-31 → overdue): R12–R16, 40 min Monday and Tuesday, screenshots demanded,
        R12–R14 ranked → 5 people, 400 minutes, 40 per workday, usefulness 4.0.
    安全巡查通 (in use, same level, similar name): R17, R18 report it, 100 min on Monday, usefulness 1 → suppressed
        (2 < 5); 5 monthly actives of 1,000 registered (0.5%).
    旧政务通 (已关停, no data plan): nobody reports it.
    Median minutes per workday over the apps with the figure: 10, 35, 40 → 35.
    R1–R5 also report the mini-program "村务通小程序" (unregistered, 5 people); R6 a work group "临时群" (1 person).
    """
    ids = {
        "民情通": register(storage, "民情通", registered_users=10_000, monthly_actives=300,
                        similar_apps="苏服办走访模块", disposition="migrate_province", target_platform="苏服办",
                        planned_date=date(2027, 3, 31), forced_features=["check_in", "points_ranking"]),
        "党建云": register(storage, "党建云", registered_users=1_000, monthly_actives=600, disposition="keep"),
        "安全巡查": register(storage, "安全巡查", status="rectifying", disposition="close",
                         planned_date=date(2026, 10, 31)),
        "安全巡查通": register(storage, "安全巡查通", registered_users=1_000, monthly_actives=5),
        "旧政务通": register(storage, "旧政务通", status="closed", disposition="close", similar_apps="民情通",
                         planned_date=date(2026, 6, 30), monthly_actives=0, registered_users=500),
    }
    answers = {0: [RuleAnswer("Q7", "yes")], 1: [RuleAnswer("Q7", "yes")],
               2: [RuleAnswer("Q19", "yes"), RuleAnswer("Q24", "yes")], 3: [RuleAnswer("Q27", "no")]}
    quotas = {0: [Quota("民情通APP", target_count=100, achieved_count=60)],
              1: [Quota("民情通", target_count=50, achieved_count=50)]}
    for n in range(6):
        extra = [Tool("村务通小程序", kind="mini_program")] if n < 5 else [Tool("临时群", kind="work_group")]
        respondent(storage, Tool("民情通APP", actions=["check_in"], usefulness=2), [(MONDAY, 35), (TUESDAY, 35)],
                   extra, quotas.get(n, ()), answers.get(n, ()))
    for usefulness in (5, 4, 5, 4, 5):
        respondent(storage, Tool("党建云", usefulness=usefulness), [(MONDAY, 10)],
                   quotas=[Quota("其他APP", target_count=30)])
    for n in range(5):
        respondent(storage, Tool("安全巡查", actions=["screenshot"], usefulness=4,
                                 ranked="notified" if n < 3 else "no"), [(MONDAY, 40), (TUESDAY, 40)],
                   answers=[RuleAnswer("Q1", "no")])
    for _ in range(2):
        respondent(storage, Tool("安全巡查通", usefulness=1), [(MONDAY, 100)])
    return ids


def burden_of(storage, name):
    return next(b for b in app_burdens(storage, guard=EXACT) if b.name == name)


# -- burden per app -------------------------------------------------------------------------------------------------
def test_every_live_app_is_listed_with_the_most_minutes_first_and_the_hidden_ones_last_by_name(storage, county):
    # 安全巡查通 has 200 minutes, but from two people: its place must not tell that it is more than 党建云's 50.
    assert [b.name for b in app_burdens(storage, guard=EXACT)] == ["民情通", "安全巡查", "党建云", "安全巡查通", "旧政务通"]


def test_an_apps_burden_adds_up_the_tools_that_resolve_to_it(storage, county):
    b = burden_of(storage, "民情通")
    assert (b.respondents, b.total_minutes, b.minutes_per_workday) == (6, 420, 35)
    assert b.forced_reported == {"check_in": 6}
    assert b.usefulness_mean == 2.0
    assert b.quotas is None  # two of the six hold these quotas: their totals would be theirs
    assert b.violations == 3
    assert (b.monthly_actives, b.registered_users, b.suppressed) == (300, 10_000, False)


def test_ranking_and_forced_actions_are_counted_per_respondent(storage, county):
    b = burden_of(storage, "安全巡查")
    assert (b.minutes_per_workday, b.ranked_respondents, b.forced_reported) == (40, 3, {"screenshot": 5})
    assert b.violations == 0  # Q1 answered 否 is no problem


def test_an_app_reported_by_fewer_than_five_hides_its_per_person_figures(storage, county):
    b = burden_of(storage, "安全巡查通")
    assert (b.respondents, b.suppressed) == (2, True)
    assert b.minutes_per_workday is None and b.usefulness_mean is None
    assert burden_row(b)[2:] == ["<5"] * 8


def test_an_app_nobody_reports_has_no_figures_but_stays_listed(storage, county):
    b = burden_of(storage, "旧政务通")
    assert (b.respondents, b.total_minutes, b.minutes_per_workday, b.suppressed) == (0, None, None, True)
    assert burden_row(b)[2:] == ["0"] + ["—"] * 7


def test_burdens_follow_the_supervisors_matching_decisions(storage, county):
    matching.reject(storage, "民情通APP", county["民情通"])
    assert burden_of(storage, "民情通").respondents == 0
    assert ("民情通APP", "app", 6, 420) in matching.unregistered(storage, guard=EXACT)
    matching.confirm(storage, "民情通APP", county["党建云"])  # a (wrong) alias is followed as well
    assert burden_of(storage, "党建云").respondents == 11


def test_a_wave_without_respondents_burdens_no_app(storage, county):
    assert all(b.respondents == 0 for b in app_burdens(storage, wave_id="W2027"))


# -- the 关停并转 list ---------------------------------------------------------------------------------------------
def test_the_list_names_three_apps_each_with_a_recommendation(storage, county):
    listed = {c.burden.name: c.recommendation for c in candidates(storage, guard=EXACT)}
    assert listed == {"民情通": "迁移至省级平台", "安全巡查": "关停", "安全巡查通": "整合"}


def test_a_useful_light_app_without_overlap_is_not_a_candidate(storage, county):
    assert "党建云" not in {c.burden.name for c in candidates(storage, guard=EXACT)}


def test_a_closed_app_is_not_a_candidate_even_with_overlap_and_no_users(storage, county):
    assert "旧政务通" not in {c.burden.name for c in candidates(storage, guard=EXACT)}


def test_every_reason_carries_its_figure(storage, county):
    reasons = {c.burden.name: c.reasons for c in candidates(storage, guard=EXACT)}
    assert reasons["民情通"] == ["人均每工作日 35 分钟，达到登记应用的中位数 35 分钟", "报告被要求的留痕操作：打卡 6 人",
                              "有用程度平均 2.0 分（满分 5）", "月活 300 人，仅为注册用户的 3.0%",
                              "与「苏服办走访模块」功能重叠", "要求打卡、积分排名"]
    assert reasons["安全巡查"] == ["人均每工作日 40 分钟，高于登记应用的中位数 35 分钟", "报告被要求的留痕操作：截图上传 5 人",
                               "与同级登记应用「安全巡查通」名称相近、功能重叠"]


def test_a_suppressed_app_is_listed_on_registry_facts_only(storage, county):
    [candidate] = [c for c in candidates(storage, guard=EXACT) if c.burden.name == "安全巡查通"]
    # Its two cadres rated it 1 and logged 100 minutes a day: neither figure may be a reason.
    assert candidate.reasons == ["月活 5 人，仅为注册用户的 0.5%", "与同级登记应用「安全巡查」名称相近、功能重叠"]


def test_an_app_at_another_owner_level_does_not_overlap_by_name(storage, county):
    app = registry.get_app(storage, county["安全巡查通"])
    app.owner_level = "city"
    registry.save_app(storage, app)
    names = {c.burden.name for c in candidates(storage, guard=EXACT)}
    assert "安全巡查通" not in names  # little use alone is one signal
    assert "安全巡查" not in names  # heavy alone is one signal


# -- clean-up progress ---------------------------------------------------------------------------------------------
def test_progress_counts_planned_and_done_and_names_the_overdue_and_those_lacking_a_plan(storage, county):
    p = cleanup_progress(storage, today=TODAY)
    assert (p.total, p.planned, p.done) == (5, 3, 1)
    assert p.by_status == {"in_use": 3, "rectifying": 1, "migrating": 0, "migrated": 0, "closed": 1,
                           "deregistered": 0}
    assert p.overdue == ["安全巡查"]  # 旧政务通's date has passed too, but it is closed
    assert p.lacking_plan == ["旧政务通"]


def test_nothing_is_overdue_before_its_planned_date(storage, county):
    assert cleanup_progress(storage, today=date(2026, 10, 31)).overdue == []


# -- the meeting pack --------------------------------------------------------------------------------------------
@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")
def test_the_pack_carries_the_governance_pages_with_candidates_and_unregistered_tools(storage, county, tmp_path):
    pdf = write_pdf(storage, tmp_path / "pack.pdf", options=ReportOptions(generated=TODAY))
    text = "".join(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True,
                                  check=True).stdout.split())
    for heading in ("应用登记与清理进度", "关停并转建议清单", "登记应用负担", "未登记的工具"):
        assert heading in text
    assert "迁移至省级平台" in text and "民情通" in text
    assert "月活300人，仅为注册用户的3.0%" in text
    unregistered = text[text.index("未登记的工具（按填报人数）"):text.rindex("方法说明")]
    assert "村务通小程序" in unregistered and "临时群" not in unregistered  # one person's group is not listed


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")
def test_without_a_registry_the_pack_has_no_governance_pages(storage, tmp_path):
    respondent(storage, Tool("民情通APP"), [(MONDAY, 35)])
    pdf = write_pdf(storage, tmp_path / "pack.pdf", options=ReportOptions(generated=TODAY))
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "关停并转建议清单" not in text


def test_an_app_run_by_a_central_or_provincial_department_is_reported_up_not_closed(storage, county):
    app = registry.get_app(storage, county["民情通"])
    app.owner_level = "province"
    registry.save_app(storage, app)
    listed = {c.burden.name: c.recommendation for c in candidates(storage, guard=EXACT)}
    assert listed["民情通"] == "向上级反映"  # a county cannot close it; its figures go to the department
