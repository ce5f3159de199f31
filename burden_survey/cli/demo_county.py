"""The sample county `make demo` opens (issue 15): every page has something to show, with the spread reports describe.

Two waves a quarter apart, the later lighter on apps and heavier on mini-programs and groups (换马甲); a roster the
later wave is counted against; a registry with plans and statuses, some overdue, some apps never registered; quotas;
a few apps and groups taking most of the time and most tools little; most cadres near the middle and some far above;
after-hours demands that differ by township. Deterministic: the same seed and day give the same county.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from burden_survey.registry import registry
from burden_survey.registry.registry import DataPlanItem, RegistryApp
from burden_survey.store.first_look import ROLE_SETTING
from burden_survey.store.report_sql import replace_roster
from burden_survey.store.storage import SELF_KEY, Storage
from burden_survey.survey.notice import NOTICE_VERSION
from burden_survey.survey.questions import QUESTIONNAIRE_VERSION
from burden_survey.survey.survey_file import Wave
from burden_survey.system import fileops

from . import demo

DAYS = 28  # each wave's diary window: four weeks
# Minutes weight of each app by name: a few take most of the time (the rest weigh 0.2–0.8).
HEAVY_APPS = {"学习强国": 6.0, "网格通": 5.0, "一表通": 4.0, "安全生产巡查": 3.0, "全国防返贫监测信息系统": 2.5}
HEAVY_GROUPS = {"镇干部工作群": 4.0, "村两委工作群": 3.0, "网格员工作群": 2.0}
# The share of a township's work groups that demand something every day after hours (the rest: weekly or less).
DAILY_AFTER_HOURS = {"东港镇": 0.12, "锡北镇": 0.05, "羊尖镇": 0.02, "鹅湖镇": 0.01, "东北塘街道": 0.0, "东亭街道": 0.04}
# 换马甲: from the first wave to the second, apps lighten and mini-programs and groups take their place.
TREND = ({"app": 1.3, "mini_program": 0.6, "work_group": 0.9}, {"app": 0.8, "mini_program": 1.5, "work_group": 1.15})


def waves(until: date) -> tuple[Wave, Wave]:
    """The earlier wave (a quarter before) and the demo wave, each four weeks ending on its last day, a census."""
    earlier_end = until - timedelta(days=91)
    return (Wave("DEMO2026Q3", "示例县2026年第三季度调查", QUESTIONNAIRE_VERSION, earlier_end - timedelta(days=DAYS - 1),
                 earlier_end, sampling="census"),
            replace(demo.DEMO_WAVE, period_start=until - timedelta(days=DAYS - 1), period_end=until, sampling="census"))


def write_demo_county(path: Path | str, respondents: int, seed: int, until: date | None = None,
                      replace_file: bool = False) -> str:
    """Fill a database with the sample county: `respondents` cadres in each of two waves, its roster and registry."""
    path = Path(path)
    if replace_file and path.exists():
        for suffix in ("", "-wal", "-shm"):
            fileops.unlink(Path(str(path) + suffix))
    until = until or date.today()
    rng = random.Random(f"{seed} county")
    storage = Storage.open(path)
    try:
        for number, wave in enumerate(waves(until)):
            storage.add_wave(wave)
            for _ in range(respondents):
                profile, tools, minutes, quotas, answers = _cadre(rng, wave.period_end, number)
                profile.usual_minutes, minutes = demo._recalled(rng, minutes, wave.period_end)
                rid = storage.add_respondent_bundle(profile, tools, minutes, quotas, answers, wave_id=wave.id)
                if storage.get_setting(SELF_KEY) is None:
                    storage.set_setting(SELF_KEY, rid)
        later = waves(until)[1]
        # The roster: each township owes more answers than it sent, one township far behind.
        sent = dict(storage.db.execute("SELECT trim(township_name), count(*) FROM respondent WHERE wave_id = ? "
                                       "GROUP BY 1", [later.id]).fetchall())
        replace_roster(storage, later.id, [(town, f"{demo.COUNTY[2]}{code}", round(sent.get(town, 0) * 1.25) + 2)
                                           for town, code in demo.TOWNSHIPS])
        _registry(storage, until)
        if storage.notice_acknowledged_at() is None:
            storage.acknowledge_notice(NOTICE_VERSION)
        if storage.get_setting(ROLE_SETTING) is None:  # a sample to look round in: a cadre's pages and a supervisor's
            storage.set_setting(ROLE_SETTING, "both")
        counts = storage.counts()
    finally:
        storage.close()
    return (f"示例县：两个批次各 {respondents} 名干部，{counts['tools']} 个工具，{counts['daily_minutes']} 条每日用时，"
            "回收名单和应用登记")


def _cadre(rng: random.Random, until: date, wave_number: int):
    """One cadre of the county, with the county's spread (see the module's docstring)."""
    profile, tools, _, quotas, answers = demo._respondent(rng, until, DAYS, (5, 12), (8, 30))
    daily = DAILY_AFTER_HOURS[profile.township_name]
    weekly = 2 * daily + 0.01
    for tool in tools:
        draw = rng.random()
        tool.after_hours = ("daily" if draw < daily else "weekly" if draw < daily + weekly else
                            rng.choice(["never", "never", "sometimes"]))
    return profile, tools, _minutes(rng, tools, until, wave_number), quotas, answers


def _minutes(rng: random.Random, tools, until: date, wave_number: int) -> list[tuple[int, date, int]]:
    """A workday load skewed across cadres (most near an hour, some far above) and across tools (a few take most)."""
    load = min(420.0, rng.lognormvariate(4.2, 0.55))  # median about 67 minutes
    trend = TREND[wave_number]
    weights = [(HEAVY_GROUPS.get(t.name, rng.uniform(0.03, 0.25)) if t.is_group else
                HEAVY_APPS.get(t.name, rng.uniform(0.2, 0.8))) * trend.get(t.kind, 1.0) for t in tools]
    return demo.spread_minutes(rng, weights, load, until, DAYS, wobble=0.2, day_off=0.25)


def _registry(storage: Storage, until: date) -> None:
    """The county's registry: most reported apps, in every state of the clean-up; 志愿汇 and 文明实践 unregistered."""
    month = timedelta(days=30)
    entries = [
        ("学习强国", "central", "keep", "in_use", None, []),
        ("网格通", "county", "merge_local", "rectifying", until - month, []),  # overdue
        ("一表通", "county", "keep", "in_use", None, []),
        ("安全生产巡查", "county", "merge_local", "migrating", until + 2 * month, []),
        ("平安建设", "county", "close", "closed", until - 3 * month, [("用户账号", "destroy", True),
                                                                    ("上报记录", "migrate", True)]),
        ("防溺水打卡", "county", "close", "closed", until - 2 * month, [("打卡记录", "destroy", False)]),  # unsigned
        ("智慧党建", "city", "migrate_province", "migrating", until - 2 * month, []),  # overdue
        ("本地融媒体中心", "county", "keep", "in_use", None, []),
        ("林长制巡护", "province", "close", "in_use", until + month, []),
    ]
    for name, level, disposition, status, planned, plan in entries:
        kind = next(k for n, k, _, _ in demo.APPS if n == name)
        app = registry.save_app(storage, RegistryApp(name, kind=kind, owner_level=level, owner_unit="县数据局",
                                                     disposition=disposition, planned_date=planned),
                                changed_on=until - 6 * month)
        path = {"rectifying": ["rectifying"], "migrating": ["migrating"], "closed": ["closed"]}.get(status, [])
        for step in path:
            registry.change_status(storage, app.id, step, (planned or until) - month, "按减负要求")
        if plan:
            registry.save_data_plan(storage, app.id, [
                DataPlanItem(category, action, planned, planned if signed else None, "县数据局" if signed else "")
                for category, action, signed in plan])
